"""Export themes, applied to throwaway copies of the views (never to the ones on screen).

"slide": white background, dark axes, thicker lines and larger fonts, so a picture reads from the
back of a lecture hall. "screen": the views as they look in the window. Both scale fonts and line
widths by the export's scale factor for the 3-D view, whose GL pane is always drawn at full pixel size.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QPalette

SLIDE, SCREEN = "slide", "screen"
THEMES = (SLIDE, SCREEN)

INK = "#1b1b1f"  # axes, ticks and labels on a slide
SLIDE_TICK_PT = 13
SLIDE_LABEL_PT = 16
SLIDE_LINE_FACTOR = 2.0  # contour lines, trails and curves get this much thicker
SLIDE_MARKER_FACTOR = 1.4


@dataclass(frozen=True)
class ThemeSpec:
    """What a theme does to a view: background, ink, and how much bigger fonts and lines get."""

    name: str
    background: str | None  # None keeps the view's own
    ink: str | None
    line_factor: float
    marker_factor: float
    tick_pt: int | None
    label_pt: int | None


def theme_spec(name: str) -> ThemeSpec:
    if name == SLIDE:
        return ThemeSpec(
            SLIDE, "#ffffff", INK, SLIDE_LINE_FACTOR, SLIDE_MARKER_FACTOR, SLIDE_TICK_PT, SLIDE_LABEL_PT
        )
    if name == SCREEN:
        return ThemeSpec(SCREEN, None, None, 1.0, 1.0, None, None)
    raise ValueError(f"unknown theme {name!r}; choose {' or '.join(THEMES)}")


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _thicker(pen, factor: float):
    pen = pg.mkPen(pen)
    pen.setWidthF(max(pen.widthF(), 1.0) * factor)
    return pen


def apply_contour_theme(view, spec: ThemeSpec, transparent: bool) -> None:
    """Restyle a ContourView copy: background, axes, colour bar, legend, lines and markers."""
    plot_widget = view.plot_widget
    if transparent:
        plot_widget.setBackground(None)
        for widget in (view, plot_widget, plot_widget.viewport()):  # else Qt paints the palette's grey
            widget.setAutoFillBackground(False)
            palette = widget.palette()
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                palette.setColor(role, QColor(0, 0, 0, 0))
            widget.setPalette(palette)
    elif spec.background is not None:
        plot_widget.setBackground(spec.background)
    if hasattr(view, "curvature_legend"):
        view.curvature_legend.setStyleSheet(f"color: {spec.ink};" if spec.ink else "")
    if spec.tick_pt is not None:
        view.plot_item.setContentsMargins(8, 16, 12, 8)  # room for the top tick label and the colour bar
    axes = [view.plot_item.getAxis(side) for side in ("left", "bottom", "top", "right")]
    color_bar = getattr(view, "color_bar", None)
    if color_bar is not None:
        axes.append(color_bar.getAxis("right"))
        if spec.tick_pt is not None:
            color_bar.getAxis("right").setWidth(None)  # its fixed 45 px cannot hold larger tick labels
    for axis in axes:
        if spec.ink is not None:
            axis.setPen(pg.mkPen(spec.ink, width=1.6))
            axis.setTextPen(pg.mkPen(spec.ink))
            axis.label.setDefaultTextColor(QColor(spec.ink))
        if spec.tick_pt is not None:
            axis.setTickFont(_font(spec.tick_pt))
            axis.setStyle(tickLength=-8, tickTextOffset=6)
            axis.label.setFont(_font(spec.label_pt, bold=True))
            axis.resizeEvent()
    legend = getattr(view, "legend", None)
    if legend is not None and spec.ink is not None:
        legend.setBrush(pg.mkBrush(255, 255, 255, 225))
        legend.setPen(pg.mkPen(spec.ink, width=1))
        legend.setLabelTextColor(spec.ink)
        legend.setLabelTextSize(f"{spec.tick_pt}pt")
        for _, label in legend.items:  # LabelItem only re-renders its text on setText
            label.setText(label.text, color=spec.ink, size=f"{spec.tick_pt}pt")
    if spec.line_factor != 1.0 or spec.marker_factor != 1.0:
        for item in view.plot_item.items:
            thicken_item(item, spec)


def thicken_item(item, spec: ThemeSpec) -> None:
    """Thicker lines, bigger markers and labels for one plot item (no-op in the screen theme)."""
    if spec.line_factor == 1.0 and spec.marker_factor == 1.0:
        return
    if isinstance(item, pg.PlotDataItem):
        pen = item.opts.get("pen")
        if pen is not None:
            item.setPen(_thicker(pen, spec.line_factor))
    elif isinstance(item, pg.ScatterPlotItem):
        item.setSize(item.opts.get("size", 7) * spec.marker_factor)
    elif isinstance(item, pg.TextItem):
        item.setFont(_font(spec.label_pt or 12, bold=True))


def apply_surface_theme(view, spec: ThemeSpec, transparent: bool, scale: float) -> None:
    """Restyle a SurfaceView copy (GL items drawn at full pixel size, so fonts scale with `scale`)."""
    import pyqtgraph.opengl as gl  # only here: contour exports must not need OpenGL

    from critexplorer.ui.views.gl_labels import GLLabels

    widget = view.gl_widget
    if transparent:
        widget.setBackgroundColor((0, 0, 0, 0))
    elif spec.background is not None:
        widget.setBackgroundColor(spec.background)
    ink = QColor(spec.ink) if spec.ink else None
    line_factor = spec.line_factor * scale
    for item in list(widget.items):
        if isinstance(item, gl.GLGridItem) and ink is not None:
            item.setColor((ink.red(), ink.green(), ink.blue(), 55))
        elif isinstance(item, GLLabels):
            item.set_labels([_restyled_label(label, spec, ink, scale) for label in item.labels])
        elif isinstance(item, gl.GLLinePlotItem):
            options = {"width": item.width * line_factor}
            if ink is not None and _is_greyish(item.color):
                options["color"] = (ink.redF(), ink.greenF(), ink.blueF(), 1.0)
            item.setData(**options)
        elif isinstance(item, gl.GLScatterPlotItem):
            item.setData(size=item.size * spec.marker_factor * scale)
    legend = getattr(view, "legend", None)
    if legend is not None and spec.ink is not None:
        legend.setStyleSheet(
            f"background: rgba(255,255,255,230); color: {spec.ink}; padding: 6px; "
            f"border: 1px solid {spec.ink}; font-size: {int(spec.tick_pt * scale)}pt;"
        )
        legend.adjustSize()


def _restyled_label(label, spec: ThemeSpec, ink: QColor | None, scale: float):
    """A 3-D label in the theme: larger for slides, and in ink where it was light grey or white."""
    font = QFont(label.font)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    font.setPointSizeF(size * (1.6 if spec.tick_pt else 1.0) * scale)
    color = ink if ink is not None and _is_greyish(label.color) else label.color
    return dataclasses.replace(label, font=font, color=color)


def _is_greyish(color) -> bool:
    """Light grey or white GL colours (axes, ticks, stems) become ink; coloured ones (trails) stay."""
    if isinstance(color, QColor):
        qcolor = color
    elif (
        isinstance(color, (tuple, list))
        and len(color) >= 3
        and all(isinstance(c, (int, float)) for c in color[:3])
    ):
        rgb = [float(c) for c in color[:3]]
        qcolor = QColor.fromRgbF(*rgb) if max(rgb) <= 1.0 else QColor(*(int(c) for c in rgb))
    else:
        return False
    return qcolor.hslSaturation() < 40 and qcolor.lightness() > 150
