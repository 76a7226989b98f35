"""Pictures of the explorer for slides: the contour view, the 3-D view, both, or the whole window.

Views are never restyled or resized on screen. An ExportScene builds throwaway copies of the views,
fed from the same ExplorerModel, lays them out at the requested size, applies the theme and renders
them. Formats live in `critexplorer.ui.export.formats` (one small class per format, registered and
discovered there).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QObject, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QApplication, QWidget

from critexplorer.core.limits import hex_to_rgb
from critexplorer.core.runs import Run
from critexplorer.files.atomic_write import describe_os_error, write_atomically
from critexplorer.ui.export.basin_legend import legend_width, paint_legend
from critexplorer.ui.export.caption import caption_band, caption_problem, paint_caption
from critexplorer.ui.export.errors import ExportError
from critexplorer.ui.export.pictures import (
    BASINS,
    BOTH,
    CONTOUR,
    CONTOUR_VIEWS,
    MAX_SIDE,
    MIN_SIDE,
    NEEDS_GL,
    SURFACE,
    VIEWS,
    WINDOW,
)
from critexplorer.ui.export.theme import (
    SCREEN,
    SLIDE,
    THEMES,
    apply_contour_theme,
    apply_surface_theme,
    theme_spec,
    thicken_item,
)

SIZE_PRESETS = ((1280, 720), (1920, 1080), (3840, 2160))
# The run markers as the window's contour view draws them (ui/views/trails.py), in logical pixels.
MARKER_NOW_PX, MARKER_START_PX, MARKER_OUTLINE = 11, 16, "#111111"
MIN_SCALE, MAX_SCALE = 0.25, 8.0


def _no_gl() -> str:
    return QCoreApplication.translate(
        "Export", "the 3-D view needs OpenGL, and none is available here; {hint}"
    ).format(hint=_xvfb_hint())


def _xvfb_hint() -> str:
    return QCoreApplication.translate(
        "Export", "run it under a display, e.g. xvfb-run -a critexplorer export ..."
    )


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how: `width`×`height` are the picture's pixels; `scale` enlarges the content
    (text and lines) by laying the views out at width/scale × height/scale."""

    view: str = CONTOUR
    width: int = 1920
    height: int = 1080
    scale: float = 1.0
    theme: str = SLIDE
    transparent: bool = False
    basin_map: object | None = field(default=None, compare=False)  # drawn on the basins view
    caption: str = ""  # text in a band under the picture (ui/export/caption.py); empty: none

    def checked(self) -> ExportOptions:
        if self.view not in VIEWS:
            raise ExportError(
                QCoreApplication.translate("Export", "unknown view {view}; choose {views}").format(
                    view=repr(self.view), views=", ".join(VIEWS)
                )
            )
        if self.view == BASINS and self.basin_map is None:
            raise ExportError(
                QCoreApplication.translate(
                    "Export",
                    "the basins view needs a basin map (critexplorer export --view basins makes one)",
                )
            )
        if self.theme not in THEMES:
            raise ExportError(
                QCoreApplication.translate("Export", "unknown theme {theme}; choose {themes}").format(
                    theme=repr(self.theme), themes=QCoreApplication.translate("Export", " or ").join(THEMES)
                )
            )
        for side in (self.width, self.height):
            if not (isinstance(side, int) and MIN_SIDE <= side <= MAX_SIDE):
                raise ExportError(
                    QCoreApplication.translate(
                        "Export", "the size must be {low} to {high} pixels per side, got {size}"
                    ).format(low=MIN_SIDE, high=MAX_SIDE, size=f"{self.width}x{self.height}")
                )
        if not (math.isfinite(self.scale) and MIN_SCALE <= self.scale <= MAX_SCALE):
            raise ExportError(
                QCoreApplication.translate(
                    "Export", "the scale must be between {low} and {high}, got {scale}"
                ).format(low=MIN_SCALE, high=MAX_SCALE, scale=self.scale)
            )
        problem = caption_problem(self.caption)
        if problem:
            raise ExportError(problem)
        if self.height - caption_band(self.caption, self.width, self.scale) < MIN_SIDE:
            raise ExportError(
                QCoreApplication.translate(
                    "Export", "a {size} picture has no room for its caption; make it taller"
                ).format(size=f"{self.width}x{self.height}")
            )
        return self

    @property
    def logical(self) -> tuple[int, int]:
        return max(1, round(self.width / self.scale)), max(1, round(self.height / self.scale))


def auto_scale(width: int, height: int) -> float:
    """Text size that reads the same on every slide size: 1 up to 1080p, 2 at 4K (quarter steps)."""
    return max(1.0, round(4 * min(width / 1920, height / 1080)) / 4)


def run_overlay(key: str, run: Run, upto: int | None = None):
    """A run's trail (up to step `upto`) as an overlay of the export copies, which draw no runs themselves."""
    from critexplorer.ui.model import Overlay

    points = run.trail.points if upto is None else run.trail.points[: max(1, upto + 1)]
    points = points[np.isfinite(points).all(axis=1)]
    return Overlay(key, points, (*hex_to_rgb(run.spec.color), 255), run.spec.shown_name, "path", 2.5)


def run_position_overlay(key: str, run: Run, upto: int | None = None):
    """Where a run is (at step `upto`): a point in its colour, for the 3-D copy."""
    from critexplorer.ui.model import Overlay

    points = run.trail.points if upto is None else run.trail.points[: max(1, upto + 1)]
    points = points[np.isfinite(points).all(axis=1)]
    return Overlay(key, points[-1:], (*hex_to_rgb(run.spec.color), 255), run.spec.shown_name, "points")


def image_is_blank(image: QImage) -> bool:
    """True when every pixel has the same colour (what a failed GL render or an empty scene gives)."""
    pixels = image_array(image)
    return bool(pixels.size == 0 or (pixels == pixels.reshape(-1, 4)[0]).all())


def image_array(image: QImage) -> np.ndarray:
    """Pixels as an (h, w, 4) uint8 array in B, G, R, A order (QImage's ARGB32 in memory)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    view = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return (
        view.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]
        .reshape(image.height(), image.width(), 4)
        .copy()
    )


def image_bytes(image: QImage, fmt: str = "PNG") -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt):
        raise ExportError(
            QCoreApplication.translate("Export", "Qt could not encode the picture as {format}").format(
                format=fmt
            )
        )
    return bytes(buffer.data())


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


class ExportScene:
    """Throwaway copies of the views, fed from `model`, styled and sized for one export."""

    def __init__(
        self,
        model,
        options: ExportOptions,
        gl_available: bool,
        window=None,
        view_range=None,
        camera: dict | None = None,
    ):
        self.model = model
        self.options = options.checked()
        self.gl_available = gl_available
        self.window = window
        self.view_range = view_range  # ((x0, x1), (y0, y1)) of the on-screen contour view
        self.camera = camera  # elevation, azimuth, distance, center of the on-screen 3-D view
        self._contour = None
        self._surface = None
        self._contour_base: tuple[int, int, QImage, QTransform] | None = None
        self.trails: list[Run] = []
        self.trails_upto: int | None = None
        if model.landscape is None:
            raise ExportError(
                QCoreApplication.translate("Export", "there is nothing to export yet: apply a formula first")
            )
        if options.view in NEEDS_GL and not gl_available:
            raise ExportError(_no_gl())

    # ---- the copies ----------------------------------------------------------------------
    def _new_copy(self, cls):
        view = cls(self.model)
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        view.show_state()
        return view

    def contour_copy(self):
        if self._contour is None:
            from critexplorer.ui.views.contour import ContourView

            self._contour = self._new_copy(ContourView)
            apply_contour_theme(self._contour, theme_spec(self.options.theme), self.options.transparent)
            if self.options.basin_map is not None:
                from critexplorer.ui.views.basin_layer import BasinLayer

                self.basin_layer = BasinLayer(self._contour)
                self.basin_layer.show_map(self.options.basin_map)
            if self.trails:
                self._draw_trails(self._contour)
        return self._contour

    def surface_copy(self):
        if self._surface is None:
            if not self.gl_available:
                raise ExportError(_no_gl())
            from critexplorer.ui.views.surface import SurfaceView

            view = self._new_copy(SurfaceView)
            if self.options.transparent:
                surface_format = view.gl_widget.format()
                surface_format.setAlphaBufferSize(8)
                view.gl_widget.setFormat(surface_format)
            apply_surface_theme(
                view, theme_spec(self.options.theme), self.options.transparent, self.options.scale
            )
            self._surface = view
            if self.trails:
                self._draw_trails(view)
        return self._surface

    def set_trails(self, trails: list[Run], upto: int | None = None) -> None:
        """Draw these runs (each up to step `upto`) in the copies, on top of the model's own overlays."""
        self.trails, self.trails_upto = list(trails), upto
        for view in (self._contour, self._surface):
            if view is not None:
                self._draw_trails(view)

    def _draw_trails(self, view) -> None:
        overlays = dict(self.model.overlays)
        overlays.update(
            {f"run:{i}": run_overlay(f"run:{i}", run, self.trails_upto) for i, run in enumerate(self.trails)}
        )
        if view is self._surface:  # the contour's markers are painted over its picture (paint_run_markers)
            overlays.update(
                {
                    f"run-now:{i}": run_position_overlay(f"run-now:{i}", run, self.trails_upto)
                    for i, run in enumerate(self.trails)
                }
            )
        view.show_overlays(overlays)
        spec = theme_spec(self.options.theme)
        if view is self._contour:
            for items in view.overlay_items.values():
                for item in items:
                    thicken_item(item, spec)
        else:
            apply_surface_theme_to_new_items(view, spec, self.options.scale)

    def close(self) -> None:
        """Unhook the copies from the model now (deleteLater waits for the event loop) and drop them."""
        for view in (self._contour, self._surface):
            if view is None:
                continue
            QObject.disconnect(self.model, None, view, None)  # every model signal the copy follows
            view.hide()
            view.deleteLater()
        self._contour = self._surface = None

    # ---- rendering -------------------------------------------------------------------------
    def background(self) -> QColor:
        if self.options.transparent:
            return QColor(0, 0, 0, 0)
        spec = theme_spec(self.options.theme)
        return QColor(spec.background or "#000000")

    def render(self) -> QImage:
        """The picture for the options' view, exactly width×height pixels (the caption's band included).
        The caption is also the image's "Description" text, which a PNG keeps (searchable, and what a
        test reads back)."""
        image = self._captioned(self._render_views)
        if self.options.caption.strip():
            image.setText("Description", self.options.caption)
        return image

    def _render_views(self, width: int, height: int) -> QImage:
        o = self.options
        if o.view in CONTOUR_VIEWS:
            return self.render_contour(width, height)
        if o.view == SURFACE:
            return self.render_surface(width, height)
        if o.view == BOTH:
            left = width // 2
            image = self._blank(width, height)
            painter = QPainter(image)
            painter.drawImage(0, 0, self.render_surface(left, height))
            painter.drawImage(left, 0, self.render_contour(width - left, height))
            painter.end()
            return image
        return self.render_window(width, height)

    # ---- the caption -----------------------------------------------------------------------
    def caption_band(self) -> int:
        """Pixels the caption takes at the bottom of the picture (0 without one)."""
        o = self.options
        return caption_band(o.caption, o.width, o.scale)

    def _captioned(self, draw) -> QImage:
        """`draw(width, height)` above the caption's band, or the whole picture without a caption."""
        o, band = self.options, self.caption_band()
        if not band:
            return draw(o.width, o.height)
        image = self._blank(o.width, o.height)
        painter = QPainter(image)
        painter.drawImage(0, 0, draw(o.width, o.height - band))
        paint_caption(
            painter, QRect(0, o.height - band, o.width, band), o.caption, self._ink(), self.options.scale
        )
        painter.end()
        return image

    def _ink(self) -> str | None:
        return theme_spec(self.options.theme).ink

    def paint_picture(self, painter: QPainter, width: int, height: int) -> None:
        """The contour view and its caption on any painter, at logical size (SVG and PDF stay vector)."""
        o = self.options
        band = caption_band(o.caption, width, 1.0)
        self.paint_contour(painter, width, height - band)
        if band:
            paint_caption(painter, QRect(0, height - band, width, band), o.caption, self._ink(), 1.0)

    def _blank(self, width: int, height: int) -> QImage:
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.background())
        return image

    def _lay_out(self, view: QWidget, width: int, height: int) -> None:
        view.resize(width, height)
        if not view.isVisible():
            view.show()
        _settle()

    def render_contour(self, width: int, height: int) -> QImage:
        view = self.contour_copy()
        scale = self.options.scale
        logical_width, logical_height = max(1, round(width / scale)), max(1, round(height / scale))
        strip = self._legend_strip(logical_width)
        self._lay_out(view, logical_width - strip, logical_height)
        if self.view_range is not None:
            view.view_box.setRange(xRange=self.view_range[0], yRange=self.view_range[1], padding=0.0)
            _settle()
        if not getattr(view, "_export_primed", False):
            # Axes size their text space while painting; a first paint lets the layout catch up
            # with the theme's larger fonts (otherwise the widest tick labels are dropped).
            view.plot_widget.grab()
            _settle()
            view._export_primed = True
        image = self._blank(width, height)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(scale, scale)
        view.render(painter, QPoint(0, 0), renderFlags=QWidget.RenderFlag.DrawChildren)
        self._paint_basin_legend(painter, logical_width - strip, strip, logical_height)
        painter.resetTransform()
        self.paint_run_markers(painter, self.contour_transform(), self.trails_upto)
        painter.end()
        return image

    def paint_run_markers(
        self, painter: QPainter, transform: QTransform, upto: int | None, scale: float | None = None
    ) -> None:
        """Each run's start (a cross) and where it is now (a dot in its colour, outlined), as the window
        draws them; `transform` maps data to the painter's pixels. Clipped to the plot."""
        runs = self.trails
        if not runs:
            return
        spec = theme_spec(self.options.theme)
        size = (self.options.scale if scale is None else scale) * spec.marker_factor
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(self._plot_rect(transform))
        for run in runs:
            points = run.trail.points if upto is None else run.trail.points[: max(1, upto + 1)]
            points = points[np.isfinite(points).all(axis=1)]
            if not len(points):
                continue
            start, now = (transform.map(QPointF(float(x), float(y))) for x, y in (points[0], points[-1]))
            arm = MARKER_START_PX / 2 * size
            cross = QPen(QColor(spec.ink or "#ffffff"), 2.5 * size)
            cross.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(cross)
            painter.drawLine(QPointF(start.x() - arm, start.y()), QPointF(start.x() + arm, start.y()))
            painter.drawLine(QPointF(start.x(), start.y() - arm), QPointF(start.x(), start.y() + arm))
            painter.setPen(QPen(QColor(MARKER_OUTLINE), 1.5 * size))
            painter.setBrush(QColor(run.spec.color))
            radius = MARKER_NOW_PX / 2 * size
            painter.drawEllipse(now, radius, radius)
        painter.restore()

    def contour_transform(self, scale: float | None = None) -> QTransform:
        """Data coordinates -> pixels of the last render_contour picture (for painting trails fast);
        `scale` 1 for the logical pixels a vector device paints in."""
        view = self.contour_copy()
        scale = self.options.scale if scale is None else scale
        offset = view.plot_widget.pos()
        corners = []
        for x, y in ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0)):
            p = view.plot_widget.mapFromScene(view.view_box.mapViewToScene(QPointF(x, y)))
            corners.append(QPointF((p.x() + offset.x()) * scale, (p.y() + offset.y()) * scale))
        o, ex, ey = corners
        return QTransform(ex.x() - o.x(), ex.y() - o.y(), ey.x() - o.x(), ey.y() - o.y(), o.x(), o.y())

    def render_frame(self, upto: int) -> QImage:
        """One animation frame: the runs drawn up to step `upto`. The contour picture is rendered once
        and the trails painted over it; the 3-D view is re-rendered (the surface hides trail parts)."""
        return self._captioned(lambda width, height: self._frame_views(width, height, upto))

    def _frame_views(self, width: int, height: int, upto: int) -> QImage:
        o = self.options
        if o.view in CONTOUR_VIEWS:
            return self._contour_frame(width, height, upto)
        if o.view == SURFACE:
            self._surface_trails(upto)
            return self.render_surface(width, height)
        left = width // 2
        self._surface_trails(upto)
        image = self._blank(width, height)
        painter = QPainter(image)
        painter.drawImage(0, 0, self.render_surface(left, height))
        painter.drawImage(left, 0, self._contour_frame(width - left, height, upto))
        painter.end()
        return image

    def _surface_trails(self, upto: int) -> None:
        self.trails_upto = upto
        self._draw_trails(self.surface_copy())

    def _contour_frame(self, width: int, height: int, upto: int) -> QImage:
        if self._contour_base is None or self._contour_base[:2] != (width, height):
            trails, self.trails = self.trails, []
            if self._contour is not None:
                self._draw_trails(self._contour)  # the base picture without the runs
            base = self.render_contour(width, height)
            self._contour_base = (width, height, base, self.contour_transform())
            self.trails = trails
        _, _, base, transform = self._contour_base
        image = base.copy()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        spec = theme_spec(self.options.theme)
        width_px = 2.5 * spec.line_factor * self.options.scale
        painter.setClipRect(self._plot_rect(transform))
        for run in self.trails:
            points = run.trail.points[: upto + 1]
            points = points[np.isfinite(points).all(axis=1)]
            mapped = [transform.map(QPointF(float(x), float(y))) for x, y in points]
            if not mapped:
                continue
            color = QColor(run.spec.color)
            painter.setPen(
                QPen(
                    color, width_px, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
                )
            )
            painter.drawPolyline(QPolygonF(mapped))
        painter.setClipping(False)
        self.paint_run_markers(painter, transform, upto)
        painter.end()
        return image

    def _plot_rect(self, transform: QTransform) -> QRectF:
        view = self.contour_copy()
        (x0, x1), (y0, y1) = view.view_box.viewRange()
        return transform.mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1))).normalized()

    def _legend_strip(self, width: int) -> int:
        """Logical pixels at the right kept for the basin map's legend (0 without a map)."""
        layer = getattr(self, "basin_layer", None) if self.options.view == BASINS else None
        return 0 if layer is None else legend_width(layer.legend_rows, width)

    def _paint_basin_legend(self, painter: QPainter, left: int, width: int, height: int) -> None:
        if width:
            paint_legend(painter, self.basin_layer.legend_rows, QRectF(left, 0, width, height), self._ink())

    def paint_contour(self, painter: QPainter, width: int, height: int) -> None:
        """Draw the contour copy on any painter (an SVG or PDF device keeps it vector)."""
        view = self.contour_copy()
        strip = self._legend_strip(width)
        self._lay_out(view, width - strip, height)
        if self.view_range is not None:
            view.view_box.setRange(xRange=self.view_range[0], yRange=self.view_range[1], padding=0.0)
            _settle()
        view.render(painter, QPoint(0, 0), renderFlags=QWidget.RenderFlag.DrawChildren)
        self._paint_basin_legend(painter, width - strip, strip, height)
        self.paint_run_markers(painter, self.contour_transform(1.0), self.trails_upto, scale=1.0)

    def render_surface(self, width: int, height: int) -> QImage:
        view = self.surface_copy()
        self._lay_out(view, width, height)
        if self.camera:  # the on-screen camera the user set; without one the copy frames the box
            view.keep_camera()
            view.gl_widget.setCameraPosition(
                elevation=self.camera.get("elevation"),
                azimuth=self.camera.get("azimuth"),
                distance=self.camera.get("distance"),
            )
            if "center" in self.camera:
                import pyqtgraph as pg

                view.gl_widget.opts["center"] = pg.Vector(*self.camera["center"])
        frame = view.gl_widget.grabFramebuffer()
        if frame.isNull() or image_is_blank(frame):
            raise ExportError(
                QCoreApplication.translate(
                    "Export", "the 3-D view rendered an empty picture (no working OpenGL); {hint}"
                ).format(hint=_xvfb_hint())
            )
        image = self._blank(width, height)
        painter = QPainter(image)
        painter.drawImage(QRect(0, 0, width, height), frame)
        if hasattr(view, "paint_overlay_widgets"):
            view.paint_overlay_widgets(painter, QPoint(0, 0))
        painter.end()
        return image

    def render_window(self, width: int, height: int) -> QImage:
        window = self.window
        if window is None:
            raise ExportError(QCoreApplication.translate("Export", "there is no window to export"))
        scale = self.options.scale
        logical = (max(1, round(width / scale)), max(1, round(height / scale)))
        previous = window.size()
        if (window.width(), window.height()) != logical:
            window.resize(*logical)
        _settle()
        try:
            image = self._blank(width, height)
            image.fill(QColor(window.palette().window().color()))
            painter = QPainter(image)
            painter.scale(width / max(window.width(), 1), height / max(window.height(), 1))
            window.render(painter, QPoint(0, 0))
            surface = getattr(window, "surface_view", None)
            if surface is not None and surface.isVisible():
                # QWidget.render leaves out what pyqtgraph paints over GL (tick labels, glyphs);
                # the GL widget's framebuffer has it.
                gl_widget = surface.gl_widget
                origin = gl_widget.mapTo(window, QPoint(0, 0))
                painter.drawImage(QRect(origin, gl_widget.size()), gl_widget.grabFramebuffer())
                if hasattr(surface, "paint_overlay_widgets"):
                    surface.paint_overlay_widgets(painter, origin)
            painter.end()
        finally:
            if window.size() != previous:
                window.resize(previous)
        return image


def apply_surface_theme_to_new_items(view, spec, scale: float) -> None:
    """Thicken trail lines added to a themed 3-D copy after the theme was applied."""
    import pyqtgraph.opengl as gl

    for item in getattr(view, "overlay_items", []):
        if isinstance(item, gl.GLLinePlotItem):
            item.setData(width=item.width * spec.line_factor * scale)


def write_export(path: str | Path, data: bytes) -> None:
    """Write the exported bytes atomically; ExportError (one line) if the disk or path refuses."""
    try:
        write_atomically(path, data)
    except OSError as error:
        raise ExportError(describe_os_error(error, path)) from None


__all__ = [
    "BOTH",
    "CONTOUR",
    "SURFACE",
    "WINDOW",
    "VIEWS",
    "SCREEN",
    "SLIDE",
    "ExportError",
    "ExportOptions",
    "ExportScene",
    "auto_scale",
    "image_array",
    "image_bytes",
    "image_is_blank",
    "write_export",
]
