"""The 2-D view: heat map, contour lines, colour bar, atlas markers, arrows, curvature and ‖g‖ layers.

Left click or drag selects a point (Ctrl+click: sets the optimizers' start); a click within
CLICK_SNAP_PIXELS of a critical point selects exactly that point (Alt+click: no snapping);
Shift+drag or middle drag pans; the wheel zooms.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsItem, QLabel, QVBoxLayout, QWidget

from critexplorer.core.analysis.taylor import quadratic_patch
from critexplorer.core.contours import contour_levels, contour_segments, display_values, finite_range
from critexplorer.core.display_words import shown_word
from critexplorer.core.label_layout import label_centres
from critexplorer.core.legend_corner import legend_corner
from critexplorer.core.limits import CLICK_SNAP_PIXELS
from critexplorer.ui import style
from critexplorer.ui.model import ExplorerModel, Landscape
from critexplorer.ui.views.axes import PlainColorBar, plain_axes
from critexplorer.ui.views.legend_words import curve_name
from critexplorer.ui.views.markers import DrawnScatter

ARROW_FRACTION = 0.14  # longest arrow, as a fraction of the window
TAYLOR_PATCH_FRACTION = 0.2  # half-width of the Taylor patch, as a fraction of the window
TAYLOR_LEVEL_COUNT = 7
GRADIENT_MAP_Z = 1.2  # above the curvature map (the one switched on for ‖g‖ is what shows), below basins


class SelectingViewBox(pg.ViewBox):
    """A ViewBox where the left button selects instead of panning (Ctrl: sets the optimizers' start)."""

    pointPicked = Signal(float, float, bool, bool)  # x, y, set_start (Ctrl held), snap (a click, no Alt)

    def mouseClickEvent(self, ev):
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            snap = not ev.modifiers() & Qt.KeyboardModifier.AltModifier
            self._pick(ev.scenePos(), ev.modifiers(), snap)
        else:
            super().mouseClickEvent(ev)

    def _resetTarget(self):
        # pyqtgraph replaces the range asked for by the range shown before every wheel zoom and pan.
        # With a locked aspect the shown range is the window padded along the pane's longer axis, so
        # after one zoom the padding became part of the window and every resize padded it again
        # (a [-2, 2] window came to show y from -4 to 4). Zooms and pans scale and move the range
        # asked for instead, which keeps the point under the mouse fixed all the same.
        if self.state["aspectLocked"] is False:
            super()._resetTarget()

    def requested_range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """The x and y ranges asked for (the window, zoomed and panned): the shown range is this,
        extended along one axis when the aspect is locked."""
        (x0, x1), (y0, y1) = self.targetRange()
        return (float(x0), float(x1)), (float(y0), float(y1))

    def mouseDragEvent(self, ev, axis=None):
        shift = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if ev.button() == Qt.MouseButton.LeftButton and not shift:
            ev.accept()
            self._pick(ev.scenePos(), ev.modifiers())
        else:
            if shift and ev.button() == Qt.MouseButton.LeftButton:
                self.setMouseMode(pg.ViewBox.PanMode)
            super().mouseDragEvent(ev, axis)

    def _pick(self, scene_pos, modifiers, snap: bool = False) -> None:
        p = self.mapSceneToView(scene_pos)
        set_start = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        self.pointPicked.emit(p.x(), p.y(), set_start, snap)


LEGEND_MARGIN = 8  # px between the critical-point legend and the plot's edges
# While a slider's knob is held (Landscape.live) the contour lines of a grid finer than this are
# traced on every other node: a quarter of the marching squares and of the path to paint; the full
# lines follow when the knob rests.
LIVE_CONTOUR_GRID = 128


def _arrow_points(start, vector, span) -> np.ndarray:
    """Shaft and a two-stroke head as consecutive segment pairs; the head is sized in window units."""
    start, vector, span = (np.asarray(v, float) for v in (start, vector, span))
    tip = start + vector
    unit = vector / span
    length = float(np.hypot(*unit))
    if length == 0 or not np.isfinite(length):
        return np.empty((0, 2))
    unit /= length
    head = 0.25 * min(length, 0.2)
    out = [start, tip]
    for angle in (2.7, -2.7):
        c, s = np.cos(angle), np.sin(angle)
        wing = np.array([c * unit[0] - s * unit[1], s * unit[0] + c * unit[1]]) * head * span
        out += [tip, tip + wing]
    return np.array(out)


class ContourView(QWidget):
    def __init__(self, model: ExplorerModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self._landscape: Landscape | None = None
        self._display = None
        self._levels = np.array([])
        self._reference_min = 0.0
        # (contour_log, min L, levels) of the colour scale last fitted to a landscape at rest: a held
        # slider knob keeps it (see _redraw_field).
        self._fitted_scale: tuple[bool, float, tuple[float, float]] | None = None
        self.cmap = pg.colormap.get(style.COLORMAP_NAME)

        self.view_box = SelectingViewBox()
        self.plot_widget = pg.PlotWidget(
            viewBox=self.view_box, axisItems=plain_axes(), background=style.VIEW_BACKGROUND
        )
        self.plot_item = self.plot_widget.getPlotItem()
        self.plot_item.showGrid(x=False, y=False)
        self.plot_item.setContentsMargins(2, 10, 4, 2)  # room for the colour bar's top tick label
        self.plot_item.setMenuEnabled(True)

        self.heat = pg.ImageItem(axisOrder="row-major")
        self.curvature = pg.ImageItem(axisOrder="row-major")
        self.curvature.setZValue(1)
        # log₁₀‖∇L‖ (core/gradient_map.py), opaque like the curvature map; while it shows, the colour
        # bar describes it instead of the heat map it covers.
        self.gradient_map = pg.ImageItem(axisOrder="row-major")
        self.gradient_map.setZValue(GRADIENT_MAP_Z)
        self.gradient_map.setVisible(False)
        self.gradient_cmap = pg.colormap.get(style.GRADIENT_COLORMAP_NAME)
        self._bar_on_gradient = False
        self.contours = pg.PlotDataItem(connect="pairs", pen=pg.mkPen((255, 255, 255, 120), width=1))
        self.contours.setZValue(2)
        self.taylor_contours = pg.PlotDataItem(
            connect="pairs", pen=pg.mkPen((255, 170, 60, 230), width=1.5, style=Qt.PenStyle.DashLine)
        )
        self.taylor_contours.setZValue(3)
        for item in (self.heat, self.curvature, self.gradient_map, self.contours, self.taylor_contours):
            self.plot_item.addItem(item)
        self.color_bar = PlainColorBar(colorMap=self.cmap, interactive=False, width=14)
        self.color_bar.setImageItem(self.heat, insert_in=self.plot_item)

        self.legend = self.plot_item.addLegend(
            offset=(LEGEND_MARGIN, LEGEND_MARGIN), labelTextSize="9pt", brush=pg.mkBrush(20, 20, 20, 150)
        )
        self.legend.hide()
        self.legend_corner = "top-left"  # moved by _place_legend to a corner that covers no marker
        self.atlas_items: list[pg.GraphicsObject] = []
        self.arrow_items: list[pg.GraphicsObject] = []  # the arrow items shown now
        self._arrow_pool: list[tuple] = []
        self.overlay_items: dict[str, list[pg.GraphicsObject]] = {}
        self.selection = DrawnScatter(
            size=style.SELECTION_RING_SIZE,
            symbol="o",
            pen=pg.mkPen(style.SELECTION, width=style.SELECTION_RING_WIDTH),
            brush=pg.mkBrush(0, 0, 0, 0),
        )
        self.selection.setZValue(20)
        self.plot_item.addItem(self.selection)

        self.curvature_legend = QLabel()
        self.curvature_legend.setTextFormat(Qt.TextFormat.RichText)
        self.curvature_legend.setWordWrap(True)
        self.curvature_legend.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.curvature_legend)

        self._atlas = None
        self.retranslate()
        self.view_box.pointPicked.connect(self._on_point_picked)
        self._arrow_labels: list[tuple] = []  # (TextItem, start, vector) of the arrows shown now
        self.view_box.sigRangeChanged.connect(self._place_arrow_labels)
        self.view_box.sigResized.connect(self._place_arrow_labels)
        for signal in (self.view_box.sigRangeChanged, self.view_box.sigResized, model.runs.runsChanged):
            signal.connect(self._place_legend)
        model.runs.stepped.connect(self._place_legend)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        model.landscapeChanged.connect(self._on_landscape)
        model.displayChanged.connect(self._on_display)
        model.selectionChanged.connect(self._on_selection)
        model.atlasChanged.connect(self._on_atlas)
        model.overlaysChanged.connect(self.show_overlays)
        self._on_display(model.display)

    def retranslate(self) -> None:
        """Texts in the current language: the tooltip, and the legends drawn with words."""
        self.plot_widget.setToolTip(
            QCoreApplication.translate(
                "ContourView",
                "Left click or drag: select a point · Ctrl+click: optimizer start · "
                "Shift+drag or middle drag: pan · wheel: zoom · right click: view menu",
            )
        )
        if self._landscape is not None and self._display is not None:
            self._draw_curvature()
            self._draw_gradient_map()  # the colour bar's title, while the ‖g‖ map shows
        if self._atlas is not None:
            self._on_atlas(self._atlas)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def cache_contour_lines(self, on: bool = True) -> None:
        """Keep the contour lines as a pixmap until the view moves or the lines change.

        While runs play, every frame repaints the whole plot under the trails, and redrawing
        ~10k antialiased contour segments was half of it. For the window on screen only: export
        copies paint to SVG and PDF, where a cached pixmap would replace the vector lines.
        """
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        self.contours.curve.setCacheMode(mode)

    # ---- helpers used by tests and exporters ----------------------------------------------
    def scene_position_of(self, x: float, y: float):
        """Where data point (x, y) is in the plot widget's viewport coordinates (for clicks in tests)."""
        scene = self.view_box.mapViewToScene(pg.Point(x, y))
        return self.plot_widget.mapFromScene(scene)

    def show_state(self) -> None:
        """Draw everything the model holds now. The signals keep a view current from then on; a view
        built after the model was set up (an export's copy) starts here."""
        model = self.model
        self._on_display(model.display)
        if model.landscape is not None:
            self._on_landscape(model.landscape)
        self._on_selection(model.analysis)
        self._on_atlas(model.atlas)
        self.show_overlays(dict(model.overlays))

    def snap_radius(self) -> np.ndarray:
        """CLICK_SNAP_PIXELS in data units along x and y (the axes' scales differ when unlocked)."""
        vb = self.view_box
        (x0, x1), (y0, y1) = vb.viewRange()
        with np.errstate(divide="ignore", invalid="ignore"):
            return CLICK_SNAP_PIXELS * np.array([(x1 - x0) / vb.width(), (y1 - y0) / vb.height()])

    # ---- slots ----------------------------------------------------------------------------
    def _on_point_picked(self, x: float, y: float, set_start: bool, snap: bool) -> None:
        radius = self.snap_radius() if snap else None
        if radius is not None and not (np.all(np.isfinite(radius)) and np.all(radius > 0)):
            radius = None  # a view not laid out yet has no pixels to measure
        self.model.pick((x, y), set_start, snap_radius=radius)

    def _on_mouse_moved(self, scene_pos) -> None:
        if self._landscape is None or not self.view_box.sceneBoundingRect().contains(scene_pos):
            return
        p = self.view_box.mapSceneToView(scene_pos)
        self.model.hover(p.x(), p.y())

    def _on_landscape(self, landscape: Landscape) -> None:
        self._landscape = landscape
        vx, vy = landscape.loss.vars
        for side, name in (("bottom", vx), ("left", vy)):
            if self.plot_item.getAxis(side).labelText != name:  # a new label redraws the whole axis
                self.plot_item.setLabel(side, name)
        (x0, x1), (y0, y1) = landscape.xlim, landscape.ylim
        self._redraw_field()
        self._draw_curvature()
        self._draw_gradient_map()
        self.view_box.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.0)
        self._draw_taylor()

    def _on_display(self, display) -> None:
        previous, self._display = self._display, display
        self.view_box.setAspectLocked(display.lock_aspect, ratio=1.0)
        if self._landscape is None:
            return
        if previous is None or (previous.contour_log, previous.contour_count) != (
            display.contour_log,
            display.contour_count,
        ):
            self._redraw_field()
        self._draw_curvature()
        self._draw_gradient_map()
        self._draw_taylor()
        self._draw_arrows(self.model.analysis)

    def _redraw_field(self) -> None:
        ls, log = self._landscape, self._display.contour_log
        values = ls.value
        fitted = self._fitted_scale
        # While a slider's knob is held the colour scale stays the one fitted before the drag (a scale
        # that holds still while dragging, as in Desmos and GeoGebra), and the colour bar is left
        # alone: new levels regenerated its ticks and re-laid out the plot on every move. The heat
        # map is clipped to those levels (by the image item); a rest or the release fits the scale
        # again exactly.
        held = ls.live and fitted is not None and fitted[0] == log and not self._bar_on_gradient
        if held:
            _, self._reference_min, (lo, hi) = fitted
            shown = display_values(
                np.maximum(values, self._reference_min) if log else values, log, self._reference_min
            )
        else:
            finite = values[np.isfinite(values)]
            self._reference_min = float(finite.min()) if finite.size else 0.0
            shown = display_values(values, log, self._reference_min)
            lo, hi = finite_range(shown)
            self._fitted_scale = (log, self._reference_min, (lo, hi))
        (x0, x1), (y0, y1) = ls.xlim, ls.ylim
        nx, ny = len(ls.xs), len(ls.ys)
        dx, dy = (x1 - x0) / max(nx - 1, 1), (y1 - y0) / max(ny - 1, 1)
        self.heat.setImage(shown, levels=(lo, hi))  # the image item clips to the levels
        self.heat.setRect(QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy))
        if not held:
            self.color_bar.setLevels((lo, hi))
            bar_axis, title = self.color_bar.getAxis("right"), "log(1 + L − min L)" if log else "L"
            if bar_axis.labelText != title:  # a new label redraws the whole axis: only when it changes
                bar_axis.setLabel(title)
            self.color_bar.fit_width()
        self._levels = contour_levels(shown, self._display.contour_count)
        lines, xs, ys = shown, ls.xs, ls.ys
        if ls.live and min(shown.shape) > LIVE_CONTOUR_GRID:  # a held slider knob: every other node
            lines, xs, ys = shown[::2, ::2], xs[::2], ys[::2]
        segments = contour_segments(lines, xs, ys, self._levels)
        self.contours.setData(segments[:, 0], segments[:, 1])

    def _draw_curvature(self) -> None:
        show = self._display.show_curvature and self._landscape is not None
        self.curvature.setVisible(show)
        self.curvature_legend.setVisible(show)
        if not show:
            return
        ls = self._landscape
        lut = np.zeros((256, 4), np.uint8)
        for code, rgba in style.CURVATURE_RGBA.items():
            lut[code % 256] = rgba
        # A held slider knob: the map on every other node, stretched over the same cells.
        classes, values = (ls.preview_curvature, ls.value[::2, ::2]) if ls.live else (ls.curvature, ls.value)
        rgba = lut[classes.astype(np.int16) % 256]
        rgba[~np.isfinite(values)] = 0
        self.curvature.setImage(rgba, levels=None)
        self.curvature.setRect(self.heat.mapRectToParent(self.heat.boundingRect()))
        shown = [code for code in (1, -1, 0, 2) if code != 2 or np.any(classes == 2)]
        title = QCoreApplication.translate("ContourView", "Curvature map:")
        legend = f"{html.escape(title, quote=False)} " + " &nbsp; ".join(
            f"<span style='color: {style.curvature_css(code)}'>■</span> "
            f"{html.escape(QCoreApplication.translate('Style', style.CURVATURE_NAMES[code]), quote=False)}"
            for code in shown
        )
        if self.curvature_legend.text() != legend:  # a word-wrapped label re-lays out the view
            self.curvature_legend.setText(legend)

    def _draw_gradient_map(self) -> None:
        show = self._display.show_gradient_map and self._landscape is not None
        self.gradient_map.setVisible(show)
        if not show:
            if self._bar_on_gradient:  # the colour bar goes back to the heat map's L
                self._bar_on_gradient = False
                self.color_bar.setImageItem(self.heat)
                self.color_bar.setColorMap(self.cmap)
                if self._landscape is not None:
                    self._redraw_field()
            return
        ls, gmap = self._landscape, self._landscape.gradient_map
        shown = gmap.shown
        shown[~np.isfinite(ls.value)] = np.nan  # no colour where L itself is undefined
        self.gradient_map.setImage(shown, levels=(gmap.low, gmap.high))
        self.gradient_map.setRect(self.heat.mapRectToParent(self.heat.boundingRect()))
        if not self._bar_on_gradient:
            self._bar_on_gradient = True
            self.color_bar.setImageItem(self.gradient_map)
            self.color_bar.setColorMap(self.gradient_cmap)
        self.color_bar.setLevels((gmap.low, gmap.high))
        bar_axis = self.color_bar.getAxis("right")
        title = self.gradient_bar_title()
        if bar_axis.labelText != title:
            bar_axis.setLabel(title)
        self.color_bar.fit_width()

    @staticmethod
    def gradient_bar_title() -> str:
        return QCoreApplication.translate("ContourView", "‖g‖ (log₁₀)")

    def _draw_taylor(self) -> None:
        analysis = self.model.analysis
        if not (
            self._display.show_taylor
            and analysis is not None
            and analysis.finite
            and self._landscape is not None
        ):
            self.taylor_contours.setData([], [])
            return
        ls = self._landscape
        half = (
            TAYLOR_PATCH_FRACTION * (ls.xlim[1] - ls.xlim[0]),
            TAYLOR_PATCH_FRACTION * (ls.ylim[1] - ls.ylim[0]),
        )
        xs, ys, q = quadratic_patch(analysis, half)
        shown = display_values(q, self._display.contour_log, self._reference_min)
        # Levels of the patch's own range: the window's levels are too coarse to show a local model.
        segments = contour_segments(shown, xs, ys, contour_levels(shown, TAYLOR_LEVEL_COUNT))
        (x0, x1), (y0, y1) = (xs[0], xs[-1]), (ys[0], ys[-1])
        outline = np.array([[x0, y0], [x1, y0], [x1, y0], [x1, y1], [x1, y1], [x0, y1], [x0, y1], [x0, y0]])
        segments = np.concatenate([segments, outline])
        self.taylor_contours.setData(segments[:, 0], segments[:, 1])

    def _on_selection(self, analysis) -> None:
        if analysis is None:
            self.selection.setData([], [])
        else:
            self.selection.setData([analysis.point[0]], [analysis.point[1]])
        self._draw_arrows(analysis)
        self._draw_taylor()

    def _arrow_slot(self, index: int):
        """The index-th reusable arrow (shadow, line, label): re-adding items costs ~10 ms a click."""
        while len(self._arrow_pool) <= index:
            shadow = pg.PlotDataItem(connect="pairs", pen=pg.mkPen((0, 0, 0, 160), width=4.5))
            line = pg.PlotDataItem(connect="pairs")
            text = pg.TextItem(anchor=(0.5, 0.5))
            for item, z in ((shadow, 15), (line, 16), (text, 16)):
                item.setZValue(z)
                item.hide()
                self.plot_item.addItem(item)
            self._arrow_pool.append((shadow, line, text))
        return self._arrow_pool[index]

    def _draw_arrows(self, analysis) -> None:
        self.arrow_items = []
        self._arrow_labels = []
        for slot in self._arrow_pool:
            for item in slot:
                item.hide()
        if (
            analysis is None
            or not analysis.finite
            or not self._display.show_arrows
            or self._landscape is None
        ):
            return
        ls = self._landscape
        span = np.array([ls.xlim[1] - ls.xlim[0], ls.ylim[1] - ls.ylim[0]])
        start = analysis.point

        def window_length(v):
            return float(np.hypot(*(np.asarray(v) / span)))

        arrows = []
        if analysis.gradient_norm > 0 and not analysis.critical:
            descent = -analysis.gradient
            arrows.append((descent * ARROW_FRACTION / window_length(descent), style.DESCENT, "−g"))
        biggest = float(np.max(np.abs(analysis.eigenvalues)))
        if biggest > 0:
            for i, (lam, u) in enumerate(zip(analysis.eigenvalues, analysis.eigenvectors, strict=True)):
                size = ARROW_FRACTION * max(abs(lam) / biggest, 0.15)
                color = style.NEGATIVE_CURVATURE if lam < 0 else style.POSITIVE_CURVATURE
                arrows.append((u * size / window_length(u), color, f"u{'₁₂'[i]}"))
        for index, (vector, color, label) in enumerate(arrows):
            points = _arrow_points(start, vector, span)
            shadow, line, text = self._arrow_slot(index)
            shadow.setData(points[:, 0], points[:, 1])
            line.setData(points[:, 0], points[:, 1])
            line.setPen(pg.mkPen(color, width=2.5))
            text.setText(label, color=color)
            self._arrow_labels.append((text, start, vector))
            for item in (shadow, line, text):
                item.show()
                self.arrow_items.append(item)
        self._place_arrow_labels()

    def _place_arrow_labels(self, *_) -> None:
        """Each label just past its arrow's tip, in screen pixels, none on top of another (the −g label
        covered u₁'s whenever the two arrows pointed the same way); again after every zoom."""
        if not self._arrow_labels:
            return
        vb = self.view_box
        tips, directions, sizes = [], [], []
        for text, start, vector in self._arrow_labels:
            base = vb.mapViewToScene(pg.Point(*start))
            tip = vb.mapViewToScene(pg.Point(*(start + vector)))
            tips.append((tip.x(), tip.y()))
            directions.append((tip.x() - base.x(), tip.y() - base.y()))
            box = text.boundingRect()
            sizes.append((box.width(), box.height()))
        centres = label_centres(tips, directions, sizes)
        if not np.all(np.isfinite(centres)):
            return
        for (text, _, _), (x, y) in zip(self._arrow_labels, centres, strict=True):
            p = vb.mapSceneToView(pg.Point(float(x), float(y)))
            text.setPos(p.x(), p.y())

    def _on_atlas(self, atlas) -> None:
        for item in self.atlas_items:
            self.plot_item.removeItem(item)
        self.atlas_items = []
        self.legend.clear()
        self.legend.hide()
        self._atlas = atlas
        if atlas is None:
            return
        for critical_set in atlas.sets:
            s = style.class_style(critical_set.classification)
            pieces = []
            for branch in critical_set.branches:
                pieces += [np.asarray(branch, float), np.full((1, 2), np.nan)]
            if not pieces:
                continue
            path = np.concatenate(pieces)
            curve = pg.PlotDataItem(
                path[:, 0],
                path[:, 1],
                connect="finite",
                pen=pg.mkPen(s["color"], width=3, style=Qt.PenStyle.DashLine),
                name=curve_name(critical_set.classification),
            )
            curve.setZValue(10)
            self.plot_item.addItem(curve)
            self.atlas_items.append(curve)
        by_class: dict[str, list] = {}
        for cp in atlas.points:
            by_class.setdefault(cp.classification, []).append(cp.point)
        for classification, points in by_class.items():
            s = style.class_style(classification)
            pts = np.asarray(points, float)
            scatter = DrawnScatter(
                pts[:, 0],
                pts[:, 1],
                symbol=s["symbol"],
                size=style.MARKER_SIZE,
                brush=pg.mkBrush(s["color"]),
                pen=pg.mkPen("#111111", width=1.2),
                name=f"{shown_word(classification)} ({len(points)})",
            )
            scatter.setZValue(17)  # above the arrows that start at a selected point, under the ring
            self.plot_item.addItem(scatter)
            self.atlas_items.append(scatter)
        # Nothing in view, nothing to explain: an empty legend box only puzzled people.
        self.legend.setVisible(bool(self.atlas_items))
        self._place_legend()

    def _place_legend(self, *_) -> None:
        """The legend in the corner where it covers none of the critical points, the selection or the
        runs' trails (and the least of the map): it sat in the top-left corner on whatever was there."""
        if not self.legend.isVisible() or self._landscape is None:
            return
        vb = self.view_box
        (x0, x1), (y0, y1) = self._landscape.xlim, self._landscape.ylim
        a, b = vb.mapFromView(pg.Point(x0, y0)), vb.mapFromView(pg.Point(x1, y1))
        if not all(np.isfinite([a.x(), a.y(), b.x(), b.y()])) or x1 == x0 or y1 == y0:
            return
        scale = np.array([(b.x() - a.x()) / (x1 - x0), (b.y() - a.y()) / (y1 - y0)])
        offset = np.array([a.x(), a.y()]) - scale * (x0, y0)
        pieces = [np.asarray(cp.point, float).reshape(1, 2) for cp in getattr(self.model.atlas, "points", [])]
        pieces += [
            np.asarray(branch, float)
            for cs in getattr(self.model.atlas, "sets", [])
            for branch in cs.branches
        ]
        if self.model.analysis is not None:
            pieces.append(np.asarray(self.model.analysis.point, float).reshape(1, 2))
        pieces += [run.trail.points for run in self.model.runs.runs]
        points = np.concatenate(pieces) * scale + offset if pieces else np.empty((0, 2))
        box = self.legend.boundingRect()
        view = vb.boundingRect()
        corner = legend_corner(
            (view.width(), view.height()),
            (box.width(), box.height()),
            points,
            (min(a.x(), b.x()), min(a.y(), b.y()), max(a.x(), b.x()), max(a.y(), b.y())),
            LEGEND_MARGIN,
            self.legend_corner,
        )
        if corner != self.legend_corner or not hasattr(self, "_legend_anchored"):
            self._legend_anchored = True
            self.legend_corner = corner
            right, bottom = corner.endswith("right"), corner.startswith("bottom")
            at = (float(right), float(bottom))
            m = LEGEND_MARGIN
            self.legend.anchor(at, at, (-m if right else m, -m if bottom else m))

    def show_overlays(self, overlays: dict) -> None:
        """Draw these overlays in place of the ones shown (the model's, or an export's with its runs)."""
        for items in self.overlay_items.values():
            for item in items:
                self.plot_item.removeItem(item)
        self.overlay_items = {}
        for key, overlay in overlays.items():
            pts = np.asarray(overlay.points, float)
            if pts.size == 0:
                continue
            items = []
            if overlay.style == "path":
                items.append(
                    pg.PlotDataItem(pts[:, 0], pts[:, 1], pen=pg.mkPen(overlay.color, width=overlay.width))
                )
                items.append(
                    DrawnScatter(pts[:1, 0], pts[:1, 1], size=7, brush=pg.mkBrush(overlay.color), pen=None)
                )
            else:
                items.append(
                    DrawnScatter(pts[:, 0], pts[:, 1], size=7, brush=pg.mkBrush(overlay.color), pen=None)
                )
            for item in items:
                item.setZValue(14)
                self.plot_item.addItem(item)
            self.overlay_items[key] = items
