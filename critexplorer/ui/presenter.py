"""Presenter mode (View → Presenter mode, F11): the window for a projector.

Full screen; the controls a lecture does not need (window ranges, grid, z-scale) hidden; every font
and every line of the 2-D plots and the 3-D view scaled so that the panels read from the back of a room:
at least PRESENTER_MIN_FACTOR times the normal size, more on screens taller than 1080 px. Ctrl+= and
Ctrl+− change the text size (remembered in QSettings), Ctrl+0 puts it back (in presenter mode Ctrl+0
is the text size's, not Reset window's). PageDown / PageUp, what presentation clickers send, go
forward and back through ui/navigation.py.

The views are restyled from the outside, item by item, and again whenever they redraw (they make new
pens and labels as the state changes); each item remembers what it looked like, so leaving presenter
mode puts everything back exactly.
"""

from __future__ import annotations

import dataclasses
import operator

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QHeaderView, QMenu, QWidget

from critexplorer.ui.navigation import Navigation
from critexplorer.ui.settings import settings

PRESENTER_MIN_FACTOR = 2.0  # text and lines at least twice their normal size...
REFERENCE_HEIGHT_PX = 540  # ...and more on taller screens: 1080 px → 2×, 1440 px → 2.67×
TEXT_SCALE_KEY = "presenter/text_scale"
TEXT_SCALE_STEP = 0.1
TEXT_SCALE_MIN, TEXT_SCALE_MAX = 0.5, 2.0
SIDE_COLUMN_FRACTION = 0.36  # of the window's width: the panels are what the room reads
SIZE_RESOLVED = 0x0002  # QFont::SizeResolved, which PySide6 does not export: a widget set its own size
ROW_TEXT_PADDING = 6  # px above and below a table row's text
PRESENTER_KEYS = ("Ctrl+0", "PgDown", "PgUp")  # other actions give these up while presenting
# The critical table keeps at least this many rows in sight under the tabs (a race's Optimizers tab,
# at twice the text size, left it one).
CRITICAL_TABLE_ROWS = 4


def presenter_factor(height_px: int, text_scale: float) -> float:
    """How much bigger text and lines are on a screen `height_px` tall at the user's text scale."""
    return max(PRESENTER_MIN_FACTOR, height_px / REFERENCE_HEIGHT_PX) * text_scale


def clamp_text_scale(value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 1.0
    if number != number:  # NaN from a hand-edited settings file
        return 1.0
    return round(min(max(number, TEXT_SCALE_MIN), TEXT_SCALE_MAX), 2)


class Presenter(QObject):
    def __init__(self, window, navigation: Navigation):
        super().__init__(window)
        self.window, self.navigation = window, navigation
        self.active = False
        self.factor = 1.0
        self.text_scale = clamp_text_scale(settings().value(TEXT_SCALE_KEY, 1.0))
        self._height = 0
        self._saved: dict = {}
        self._taken_keys: list[tuple[QAction, list[QKeySequence]]] = []
        self._restyle_due = False

        self.toggle_action = QAction(window, checkable=True)
        self.toggle_action.setShortcut(QKeySequence("F11"))
        self.toggle_action.toggled.connect(self._on_toggled)
        self.larger_action = self._action(("Ctrl+=", "Ctrl++"), lambda: self.change_text(+1))
        self.smaller_action = self._action(("Ctrl+-",), lambda: self.change_text(-1))
        self.normal_text_action = self._action((), lambda: self.change_text(0))
        self.forward_action = self._action((), navigation.forward)
        self.back_action = self._action((), navigation.back)
        self.retranslate()
        model = window.model
        for signal in (
            model.landscapeChanged,
            model.selectionChanged,
            model.atlasChanged,
            model.displayChanged,
            model.overlaysChanged,
            model.escapeChanged,
            model.runs.runsChanged,
            model.runs.stepped,
        ):
            signal.connect(self._schedule_restyle)

    def retranslate(self) -> None:
        """The actions' texts in the current language (the window's retranslate() calls this)."""
        self.toggle_action.setText(QCoreApplication.translate("Presenter", "Presenter mode"))
        self.toggle_action.setToolTip(
            QCoreApplication.translate("Presenter", "Full screen, large text, lecture controls only (F11)")
        )
        self.larger_action.setText(QCoreApplication.translate("Presenter", "Larger text"))
        self.smaller_action.setText(QCoreApplication.translate("Presenter", "Smaller text"))
        self.normal_text_action.setText(QCoreApplication.translate("Presenter", "Normal text size"))
        self.forward_action.setText(QCoreApplication.translate("Presenter", "Next (step the runs)"))
        self.back_action.setText(QCoreApplication.translate("Presenter", "Previous (step the runs back)"))
        self._schedule_restyle()  # the views draw their legends anew in the new language

    def _action(self, keys: tuple[str, ...], slot) -> QAction:
        action = QAction(self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setEnabled(False)
        action.triggered.connect(slot)
        self.window.addAction(action)  # its keys work with the menu bar hidden or not
        return action

    def add_to_menu(self, menu) -> None:
        menu.addSeparator()
        for action in (self.toggle_action, self.larger_action, self.smaller_action, self.normal_text_action):
            menu.addAction(action)

    # ---- entering and leaving -----------------------------------------------------------------
    def toggle(self) -> None:
        self.toggle_action.toggle()

    def enter(self, full_screen: bool = True) -> None:
        """Presenter mode; full_screen False keeps the window's size (screenshots at a given size)."""
        if self.active:
            return
        self.toggle_action.blockSignals(True)
        self.toggle_action.setChecked(True)
        self.toggle_action.blockSignals(False)
        window = self.window
        self.active = True
        self._saved = {
            "geometry": window.saveGeometry(),
            "was_full_screen": window.isFullScreen(),
            "controls_visible": window.window_controls.isVisibleTo(window),
            "side_widths": (window.side.minimumWidth(), window.side.maximumWidth()),
            "split": window.main_split.sizes(),
            "side_split": window.side.sizes(),
            "window_font": window.font() if window.testAttribute(Qt.WidgetAttribute.WA_SetFont) else None,
            "own_fonts": {},
        }
        if full_screen:
            window.showFullScreen()
            screen = window.screen().geometry()
            width, self._height = screen.width(), screen.height()
        else:
            width, self._height = window.width(), window.height()
        window.window_controls.hide()
        self._take_keys()
        for action in (self.larger_action, self.smaller_action, self.normal_text_action):
            action.setEnabled(True)
        self.normal_text_action.setShortcut(QKeySequence("Ctrl+0"))
        self.forward_action.setShortcuts([QKeySequence("PgDown")])
        self.back_action.setShortcuts([QKeySequence("PgUp")])
        for action in (self.forward_action, self.back_action):
            action.setEnabled(True)
        side_width = round(width * SIDE_COLUMN_FRACTION)
        window.side.setMaximumWidth(side_width)
        window.side.setMinimumWidth(min(side_width, window.side.minimumWidth()))
        window.main_split.setSizes([width - side_width, side_width])
        window.side.installEventFilter(self)
        self._apply_scale()

    def leave(self) -> None:
        if not self.active:
            return
        self.toggle_action.blockSignals(True)
        self.toggle_action.setChecked(False)
        self.toggle_action.blockSignals(False)
        window, saved = self.window, self._saved
        self.active = False
        self._scale_fonts(1.0)
        self._scale_table_columns(1.0)
        self._restyle_graphics(1.0)
        for action in (self.larger_action, self.smaller_action, self.normal_text_action):
            action.setEnabled(False)
        self.normal_text_action.setShortcuts([])
        for action in (self.forward_action, self.back_action):
            action.setShortcuts([])
            action.setEnabled(False)
        self._give_back_keys()
        window.side.removeEventFilter(self)
        window.window_controls.setVisible(saved["controls_visible"])
        window.side.setMinimumWidth(saved["side_widths"][0])
        window.side.setMaximumWidth(saved["side_widths"][1])
        if not saved["was_full_screen"] and window.isFullScreen():
            window.showNormal()
        window.restoreGeometry(saved["geometry"])
        window.main_split.setSizes(saved["split"])
        window.side.setSizes(saved["side_split"])

    def _on_toggled(self, on: bool) -> None:
        self.enter() if on else self.leave()

    def _take_keys(self) -> None:
        """Presenter keys mean the presenter's action: other actions give them up until leave()."""
        presenter_keys = {QKeySequence(k) for k in PRESENTER_KEYS}
        mine = {self.normal_text_action, self.forward_action, self.back_action}
        self._taken_keys = []
        for action in self.window.findChildren(QAction):
            if action in mine:
                continue
            keys = action.shortcuts()
            kept = [k for k in keys if k not in presenter_keys]
            if len(kept) != len(keys):
                self._taken_keys.append((action, keys))
                action.setShortcuts(kept)

    def _give_back_keys(self) -> None:
        for action, keys in self._taken_keys:
            action.setShortcuts(keys)
        self._taken_keys = []

    # ---- text size ------------------------------------------------------------------------------
    def change_text(self, direction: int) -> None:
        """+1 larger, −1 smaller, 0 back to the presenter's normal size; remembered for next time."""
        if direction == 0:
            scale = 1.0
        else:
            scale = self.text_scale + direction * TEXT_SCALE_STEP
        self.text_scale = clamp_text_scale(scale)
        settings().setValue(TEXT_SCALE_KEY, self.text_scale)
        if self.active:
            self._apply_scale()
            percent = round(self.text_scale * 100)
            self.window.model.say(
                lambda: QCoreApplication.translate("Presenter", "Text size {percent} %").format(
                    percent=percent
                )
            )

    def _apply_scale(self) -> None:
        self.factor = presenter_factor(self._height, self.text_scale)
        self._scale_fonts(self.factor)
        self._scale_table_columns(self.factor)
        self._restyle_graphics(self.factor)
        QTimer.singleShot(0, self._fit_side_column)  # once the larger text is laid out

    def eventFilter(self, watched, event) -> bool:
        # The side column shrinks after the fonts grow (the formula bar above it gets taller), and
        # the splitter takes its share from the table too: fit it again at each resize.
        if watched is self.window.side and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_side_column)
        return False

    def _fit_side_column(self) -> None:
        """Room for CRITICAL_TABLE_ROWS rows of the critical table under the tabs, taken from the
        tabs (the splitter keeps what their panel needs at least)."""
        if not self.active:
            return
        side, table = self.window.side, self.window.critical_table
        sizes = side.sizes()
        want = table.height_for_rows(CRITICAL_TABLE_ROWS)
        if len(sizes) == 2 and sizes[1] < want:
            side.setSizes([sum(sizes) - want, want])

    def _scale_fonts(self, factor: float) -> None:
        """The window's font scaled (every widget that inherits it follows). Scaled one by one from
        the size they had: widgets that set a size of their own (the classification badge), the
        drop-down menus (popups: windows of their own, which inherit no font), and widgets with a
        style sheet (Qt fixes their font when it polishes them). Then the combo boxes' popups (their
        views are children of the combo boxes, so their text follows the window's font)."""
        window, saved = self.window, self._saved
        own_fonts: dict = saved["own_fonts"]
        if factor == 1.0:
            for widget, (font, had_own) in own_fonts.items():
                widget.setFont(font if had_own else QFont())  # an empty font: inherit again
            own_fonts.clear()
            window.setFont(saved["window_font"] if saved["window_font"] is not None else QFont())
            self._scale_combo_popups(1.0)
            return
        if not own_fonts:
            # Found before the window's font changes: after it, every child's font has a size.
            for widget in window.findChildren(QWidget):
                had_own = widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
                if (
                    (had_own and widget.font().resolveMask() & SIZE_RESOLVED)
                    or isinstance(widget, QMenu)
                    or _under_style_sheet(widget, window)
                ):
                    own_fonts[widget] = (QFont(widget.font()), had_own)
        base = saved["window_font"] or QApplication.font()
        window.setFont(_scaled(base, factor))
        for widget, (font, _) in own_fonts.items():
            widget.setFont(_scaled(font, factor))
        self._scale_combo_popups(factor)

    def _scale_combo_popups(self, factor: float) -> None:
        """The combo boxes' popups are as wide as their longer text needs (factor 1 puts them back)."""
        for combo in self.window.findChildren(QComboBox):
            view = combo.view()
            width = _original(view, view.minimumWidth())
            view.setMinimumWidth(round(width * factor))
            setattr(view, _APPLIED, view.minimumWidth())

    def _scale_table_columns(self, factor: float) -> None:
        """Columns the tables sized for their text (fixed widths) grow with it; stretched ones follow."""
        sized = (QHeaderView.ResizeMode.Fixed, QHeaderView.ResizeMode.Interactive)
        for header in self.window.findChildren(QHeaderView):
            if header.orientation() != Qt.Orientation.Horizontal:
                # Rows at least as tall as their text (the run list's have a fixed height).
                height = _original(header, header.defaultSectionSize())
                table = header.parentWidget()
                text = table.fontMetrics().height() + ROW_TEXT_PADDING if table is not None else 0
                header.setDefaultSectionSize(height if factor == 1.0 else max(height, text))
                setattr(header, _APPLIED, header.defaultSectionSize())
                continue
            if header.property("sizedByText"):  # the run list fits its columns to its font itself
                continue
            columns = [i for i in range(header.count()) if header.sectionResizeMode(i) in sized]
            widths = _original(header, {i: header.sectionSize(i) for i in columns})
            for column, width in widths.items():
                header.resizeSection(column, round(width * factor))
            setattr(header, _APPLIED, {i: header.sectionSize(i) for i in columns})

    # ---- the views --------------------------------------------------------------------------------
    def _schedule_restyle(self, *_) -> None:
        """After a view redraws (new pens, labels): restyle once the event loop is back."""
        if self.active and not self._restyle_due:
            self._restyle_due = True
            QTimer.singleShot(0, self._restyle_now)

    def _restyle_now(self) -> None:
        self._restyle_due = False
        if self.active:
            self._restyle_graphics(self.factor)

    def _restyle_graphics(self, factor: float) -> None:
        for view in self.window.findChildren(pg.GraphicsView):
            for item in view.scene().items():
                _restyle_plot_item(item, factor)
        surface = getattr(self.window, "surface_view", None)
        if surface is not None:
            import pyqtgraph.opengl as gl  # the 3-D view exists, so OpenGL is there

            from critexplorer.ui.views.gl_labels import GLLabels

            surface.set_legend_scale(factor)
            for item in list(surface.gl_widget.items):
                if isinstance(item, GLLabels):
                    _restyle_labels(item, factor)
                elif isinstance(item, gl.GLLinePlotItem):
                    _restyle_gl_line(item, factor)
            surface.gl_widget.update()


def _under_style_sheet(widget: QWidget, window: QWidget) -> bool:
    """Whether a style sheet of the widget or of an ancestor below the window styles it: Qt fixes
    the font of such widgets when it polishes them (the display toolbar's toggle buttons kept 12 px
    while the rest of the window doubled), so they are scaled one by one."""
    while widget is not None and widget is not window:
        if widget.styleSheet():
            return True
        widget = widget.parentWidget()
    return False


def _scaled(font: QFont, factor: float) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        scaled.setPixelSize(round(font.pixelSize() * factor))
    return scaled


# Each restyled item keeps its own look in an attribute, taken again when the view has replaced the
# pen, font or labels since (what it shows is no longer what the presenter applied).
_ORIGINAL, _APPLIED = "_presenter_original", "_presenter_applied"


def _original(item, current, same=operator.eq):
    """What `item` looked like before the presenter touched it (re-read if the view changed it)."""
    if not hasattr(item, _APPLIED) or not same(getattr(item, _APPLIED), current):
        setattr(item, _ORIGINAL, current)
    return getattr(item, _ORIGINAL)


_FACTOR = "_presenter_factor"


def _already_styled(item, current, factor: float, same=operator.eq) -> bool:
    """True when the item shows what the presenter applied at this factor: a redraw that kept its
    pens and fonts (a slider move) needs no restyle, whose setPen/setFont/resize repainted every axis
    and re-rendered every marker symbol on each move."""
    return (
        hasattr(item, _APPLIED)
        and same(getattr(item, _APPLIED), current)
        and getattr(item, _FACTOR, None) == factor
    )


def _restyle_plot_item(item, factor: float) -> None:
    key = _item_state(item)
    if key is not None and _already_styled(item, key[0], factor, key[1]):
        return
    _restyle_plot_item_now(item, factor)
    if key is not None:
        setattr(item, _FACTOR, factor)


def _item_state(item):
    """(what the presenter compares, how) for the items it restyles; None for the others."""
    if isinstance(item, pg.PlotDataItem):
        return item.opts.get("pen"), operator.is_
    if isinstance(item, pg.ScatterPlotItem):
        return (item.opts["pen"], item.opts["size"]), operator.eq
    if isinstance(item, pg.AxisItem):
        return (item.style["tickFont"], item.label.font(), item.fixedWidth), operator.eq
    if isinstance(item, pg.LabelItem):
        return item.opts.get("size"), operator.eq
    if isinstance(item, pg.TextItem):
        return item.textItem.font(), operator.eq
    return None


def _restyle_plot_item_now(item, factor: float) -> None:
    if isinstance(item, pg.PlotDataItem):
        pen = item.opts.get("pen")
        if pen is None:
            return
        original = _original(item, pen, operator.is_)
        new = pg.mkPen(original)
        if factor != 1.0:
            new.setWidthF(max(original.widthF(), 1.0) * factor)
        item.setPen(new)
        setattr(item, _APPLIED, item.opts["pen"])
    elif isinstance(item, pg.ScatterPlotItem):  # markers: outline and default size
        pen, size = _original(item, (item.opts["pen"], item.opts["size"]))
        new = pg.mkPen(pen)
        if factor != 1.0:
            new.setWidthF(max(pen.widthF(), 1.0) * factor)
        item.setPen(new)
        item.setSize(size * factor)
        setattr(item, _APPLIED, (item.opts["pen"], item.opts["size"]))
    elif isinstance(item, pg.AxisItem):
        tick_font, label_font, fixed_width, fitted = _axis_original(item)
        if factor == 1.0:
            item.setTickFont(tick_font)
            item.label.setFont(label_font)
            item.textWidth, item.textHeight = 30, 18  # pyqtgraph's start values: shrink back
        else:
            item.setTickFont(_scaled(tick_font or QApplication.font(), factor))
            item.label.setFont(_scaled(label_font, factor))
        if fixed_width is not None and not fitted:
            item.setWidth(round(fixed_width * factor))
        item.resizeEvent()
        setattr(item, _APPLIED, (item.style["tickFont"], item.label.font(), item.fixedWidth))
        item.update()
    elif isinstance(item, pg.LabelItem):  # legend entries: their size is in their HTML
        size = _original(item, item.opts.get("size"))
        if factor == 1.0 and size is None:
            item.opts.pop("size", None)
            item.setText(item.text)
        else:
            points = float(size[:-2]) if size and size.endswith("pt") else QApplication.font().pointSizeF()
            item.setText(item.text, size=f"{points * factor:.1f}pt")
        setattr(item, _APPLIED, item.opts.get("size"))
    elif isinstance(item, pg.TextItem):
        font = _original(item, item.textItem.font())
        item.setFont(_scaled(font, factor))
        setattr(item, _APPLIED, item.textItem.font())


def _axis_original(item):
    """An axis's own tick font, title font and width, part by part. A view that re-fits only the width
    (the colour bar fits it to its tick labels, measured in the font the presenter applied) leaves the
    fonts the presenter's: taking the whole triple as new originals scaled them again on every fit,
    and the colour bar's labels grew until the contour map was a strip. Returns (tick font, title
    font, width, fitted): fitted when the view's width is already for the presenter's font."""
    current = (item.style["tickFont"], item.label.font(), item.fixedWidth)
    applied, stored = getattr(item, _APPLIED, None), getattr(item, _ORIGINAL, None)
    if applied is None or stored is None or len(stored) != 3:
        setattr(item, _ORIGINAL, current)
        return (*current, False)
    tick_font = stored[0] if current[0] == applied[0] else current[0]
    label_font = stored[1] if current[1] == applied[1] else current[1]
    fitted = current[2] != applied[2] and current[0] == applied[0]
    width = stored[2] if current[2] == applied[2] else current[2]
    factor = getattr(item, _FACTOR, 1.0) or 1.0
    setattr(item, _ORIGINAL, (tick_font, label_font, width / factor if fitted and width else width))
    return tick_font, label_font, width, fitted


def _restyle_labels(item, factor: float) -> None:
    labels = _original(item, item.labels, operator.is_)
    item.set_labels([dataclasses.replace(label, font=_scaled(label.font, factor)) for label in labels])
    setattr(item, _APPLIED, item.labels)


def _restyle_gl_line(item, factor: float) -> None:
    width = _original(item, item.width, operator.is_)
    item.setData(width=width * factor)
    setattr(item, _APPLIED, item.width)


def install_presenter(window) -> Presenter:
    """Presenter mode and its keys in the window's View menu (clickers' keys go to the Navigation)."""
    presenter = Presenter(window, Navigation(window.model, window.run_player))
    presenter.add_to_menu(window.view_menu)
    return presenter
