"""Presenter mode: F11, text at least twice as large at 1920×1080, Ctrl+=/Ctrl+−/Ctrl+0 remembered,
PageDown / PageUp step the runs, --presenter."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontInfo

from critexplorer.core.presets import load_presets
from critexplorer.core.runs import RunSpec
from critexplorer.ui.presenter import TEXT_SCALE_KEY, Presenter


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


def _activate(window, qtbot) -> None:
    """Window shortcuts fire only in the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _panel_points(window) -> dict[str, float]:
    """Point sizes of the text the room reads: the badge, the reason, a value, the table, the formula."""
    panel = window.point_panel
    widgets = {
        "badge": panel.badge,
        "reason": panel.reason,
        "value": panel.values["θ"],
        "table": window.critical_table,
        "formula": window.formula_bar,
    }
    return {name: widget.font().pointSizeF() for name, widget in widgets.items()}


def _contour_tick_points(window) -> float:
    axis = window.contour_view.plot_item.getAxis("bottom")
    return (axis.style["tickFont"] or window.contour_view.font()).pointSizeF()


def test_f11_enters_and_leaves_presenter_mode(window, qtbot):
    _activate(window, qtbot)
    window.model.select((0.0, 0.0))
    before = _panel_points(window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen())
    presenter = window.presenter
    assert presenter.active and presenter.toggle_action.isChecked()
    assert not window.window_controls.isVisible()
    during = _panel_points(window)
    assert all(during[name] >= 2 * before[name] for name in before), (before, during)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not presenter.active and window.window_controls.isVisible()
    assert _panel_points(window) == before


def test_text_and_lines_are_at_least_twice_as_large_at_1920x1080(window, qtbot):
    window.model.select((0.0, 0.0))
    before = _panel_points(window)
    ticks_before = _contour_tick_points(window)
    widths_before = sorted(_line_widths(window))
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.height() == 1080)
    window.presenter.enter(full_screen=False)
    during = _panel_points(window)
    assert all(during[name] >= 2 * before[name] for name in before), (before, during)
    assert _contour_tick_points(window) >= 2 * ticks_before
    widths = sorted(_line_widths(window))
    assert widths and all(w >= 2 * max(b, 1.0) for w, b in zip(widths, widths_before, strict=True))
    # The side column is no longer capped at 520 px: it gets about a third of the screen.
    qtbot.waitUntil(lambda: window.side.width() >= 0.3 * 1920)
    # A redraw (a new selection makes new arrow pens) is restyled too, without compounding.
    window.model.select((0.5, 0.25))
    qtbot.waitUntil(lambda: all(w >= 2 for w in _line_widths(window)))
    window.model.select((0.0, 0.0))
    qtbot.waitUntil(lambda: sorted(_line_widths(window)) == widths)
    window.presenter.leave()
    assert _panel_points(window) == before and _contour_tick_points(window) == ticks_before
    assert sorted(_line_widths(window)) == widths_before


def _line_widths(window) -> list[float]:
    """Pen widths of the contour view's lines, arrows and marker outlines."""
    items = window.contour_view.plot_widget.scene().items()
    return [
        i.opts["pen"].widthF()
        for i in items
        if isinstance(i, (pg.PlotDataItem, pg.ScatterPlotItem))
        and i.opts.get("pen") is not None
        and i.isVisible()
    ]


def test_ctrl_plus_changes_the_text_size_and_remembers_it(window, qtbot, model):
    _activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.presenter.active)
    reason = window.point_panel.reason
    size = QFontInfo(reason.font()).pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.presenter.text_scale == pytest.approx(1.1)
    assert QFontInfo(reason.font()).pointSizeF() == pytest.approx(size * 1.1, rel=0.05)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert float(
        QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "critexplorer", "critexplorer"
        ).value(TEXT_SCALE_KEY)
    ) == pytest.approx(1.2)
    # The next window starts at the remembered size.
    assert Presenter(window, window.presenter.navigation).text_scale == pytest.approx(1.2)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.presenter.text_scale == pytest.approx(1.1)
    # Ctrl+0 is the text size's in presenter mode, not Reset window's.
    model.load_preset("lecture")
    model.set_window((-1.0, 1.0), (-1.0, 1.0))
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.presenter.text_scale == 1.0
    assert tuple(model.landscape.xlim) == (-1.0, 1.0)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.presenter.active)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    # Outside presenter mode Ctrl+0 resets the window again.
    qtbot.waitUntil(lambda: tuple(model.landscape.xlim) == (-2.0, 2.0))


def test_page_down_steps_the_runs_and_page_up_steps_them_back(window, qtbot, model):
    _activate(window, qtbot)
    model.load_preset("lecture")
    run = model.runs.add_run(RunSpec("momentum", (0.3, -0.2)))
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert run.steps_taken == 0  # outside presenter mode PageDown is left to the widgets
    window.presenter.enter()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert run.steps_taken == 1
    after_one = run.point.copy()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert run.steps_taken == 2
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert run.steps_taken == 1
    np.testing.assert_array_equal(run.point, after_one)  # replayed: exactly the first step again
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # at the start: stays there
    assert run.steps_taken == 0
    np.testing.assert_array_equal(run.point, [0.3, -0.2])
    window.presenter.leave()


def test_presenter_option_reaches_the_start_state(monkeypatch):
    from critexplorer.cli import main
    from critexplorer.ui import app

    starts = []
    monkeypatch.setattr(app, "run_window", lambda start: starts.append(start) or 0)
    assert main(["--presenter", "--size", "1920x1080"]) == 0
    assert main([]) == 0
    assert [start.presenter for start in starts] == [True, False]


def test_screenshot_in_presenter_mode_is_drawn_at_the_given_size(tmp_path, run_main):
    from PySide6.QtGui import QImage

    out = tmp_path / "presenter.png"
    result = run_main(
        [
            "--preset",
            "lecture",
            "--select",
            "0,0",
            "--presenter",
            "--size",
            "1920x1080",
            "--screenshot",
            str(out),
        ]
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)  # large text does not grow the window


def _every_text(window) -> dict:
    """Every widget that shows text in the window, its drop-down menus and its combo boxes' popups
    (popups are windows of their own: they inherit no font from the window)."""
    from PySide6.QtWidgets import QComboBox, QMenu, QWidget

    widgets = {w: w for w in window.findChildren(QWidget)}
    for menu in window.findChildren(QMenu):
        widgets[menu] = menu
    for combo in window.findChildren(QComboBox):
        widgets[combo.view()] = combo.view()
    return widgets


def _pixels(widget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def _item_fonts(combo) -> list:
    """Pixel sizes of the items that carry a font (the preset groups' titles), as the popup draws them
    (the delegate resolves an item's font against the view's)."""
    model, view = combo.model(), combo.view()
    fonts = [model.data(model.index(row, 0), Qt.ItemDataRole.FontRole) for row in range(model.rowCount())]
    return [QFontInfo(f.resolve(view.font())).pixelSize() if f is not None else None for f in fonts]


def test_every_text_menus_and_combo_popups_included_is_twice_as_large_at_1920x1080(window, qtbot):
    from PySide6.QtWidgets import QMenu

    window.model.select((0.0, 0.0))
    window.side_tabs.setCurrentWidget(window.optimizer_panel)
    widgets = _every_text(window)
    before = {w: _pixels(w) for w in widgets}
    menus = window.findChildren(QMenu)
    assert {m.title() for m in menus} >= {"&File", "&Edit", "&View", "&Point", "&Help"}
    window.formula_bar.set_presets(load_presets())
    presets = window.formula_bar.combo
    headings_before = _item_fonts(presets)
    assert any(headings_before)  # the preset list's group titles carry a font of their own
    popup_width = presets.view().minimumWidth()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.height() == 1080)
    window.presenter.enter(full_screen=False)
    # Font matching rounds to whole pixels: 2× the size asked for can render one pixel short.
    small = {
        f"{type(w).__name__} {w.objectName()!r}": (before[w], _pixels(w))
        for w in widgets
        if _pixels(w) < 2 * before[w] - 1
    }
    assert not small, small
    assert all(_pixels(menu) >= 2 * before[menu] for menu in menus)
    assert all(
        after >= 2 * was - 1
        for was, after in zip(headings_before, _item_fonts(presets), strict=True)
        if was is not None
    )
    assert presets.view().minimumWidth() >= 2 * popup_width
    window.presenter.leave()
    assert {w: _pixels(w) for w in widgets} == before
    assert _item_fonts(presets) == headings_before and presets.view().minimumWidth() == popup_width


def test_the_display_toggles_under_their_style_sheet_grow_too(window, qtbot):
    """The display toolbar's style sheet fixed its buttons' fonts when they were polished: in presenter
    mode Arrows, Taylor overlay, … stayed at 12 px beside 24 px text."""
    from PySide6.QtWidgets import QToolButton

    buttons = [b for b in window.display_toolbar.findChildren(QToolButton) if b.text()]
    assert len(buttons) >= 5
    before = {b: _pixels(b) for b in buttons}
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.height() == 1080)
    window.presenter.enter(full_screen=False)
    assert all(_pixels(b) >= 2 * before[b] - 1 for b in buttons), {b.text(): _pixels(b) for b in buttons}
    assert all(b.sizeHint().height() > 1.5 * 21 for b in buttons)
    window.presenter.leave()
    assert {b: _pixels(b) for b in buttons} == before


def test_run_names_are_whole_in_the_presenters_run_list(window, qtbot, model):
    """Scaling the normal widths gave the colour dot's column 98 px and cut "Gradient descent" to
    "Grad…cent" in the 1920×1080 side column; the fixed columns now fit the presenter's text."""
    model.load_preset("lecture")
    model.runs.add_race(["gd", "momentum", "nesterov", "adam", "rmsprop", "newton"], start=(0.5, 0.8))
    panel = window.optimizer_panel
    window.side_tabs.setCurrentWidget(panel)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.height() == 1080)
    window.presenter.enter(full_screen=False)
    table, header = panel.table, panel.table.horizontalHeader()
    qtbot.waitUntil(lambda: table.rowCount() == 6)
    model.runs.step(60)  # L down to ~1e−11: the widest numbers of a race
    panel.refresh_table()
    metrics = table.fontMetrics()
    names = [table.item(row, 1).text() for row in range(6)]
    assert "Gradient descent" in names[0]
    widths = [header.sectionSize(i) for i in range(5)], table.viewport().width()
    assert all(header.sectionSize(1) >= metrics.horizontalAdvance(n) + 8 for n in names), (names, widths)
    assert header.sectionSize(0) <= 2 * metrics.horizontalAdvance("●") + 8
    for column in (2, 3, 4):  # the numbers and outcomes stay whole
        for row in range(6):
            text = table.item(row, column).text()
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 8, (column, text)
    window.presenter.leave()
    assert header.sectionSize(0) <= table.fontMetrics().horizontalAdvance("●") + 20


def test_a_slider_move_in_presenter_mode_restyles_only_what_it_redrew(window, qtbot, model, monkeypatch):
    """Every redraw restyled every axis and marker again (setTickFont, resize, setSize): a slider move
    in presenter mode repainted all the axes and re-rendered the markers' symbols each time."""
    bar = window.formula_bar
    bar.params.setText("a=1, b=1")
    bar.editor.setText("a*x^2 + b*y^2")
    assert bar.apply()
    model.select((0.5, 0.5))
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.height() == 1080)
    window.presenter.enter(full_screen=False)
    qtbot.waitUntil(lambda: not window.presenter._restyle_due)
    calls = []
    for name in ("setTickFont", "setWidth"):
        real = getattr(pg.AxisItem, name)
        monkeypatch.setattr(
            pg.AxisItem,
            name,
            lambda self, *a, real=real, name=name: (calls.append((name, self)), real(self, *a)),
        )
    slider = bar.sliders.sliders["a"].slider
    slider.setSliderDown(True)
    for step in (300, 320):
        slider.setValue(step)
        qtbot.waitUntil(lambda step=step: model.loss.params["a"] == -1.0 + 4.0 * step / 1000)
        qtbot.waitUntil(lambda: not window.presenter._restyle_due)
    # Nothing: while the knob is held the colour bar keeps its levels and width too (re-fitted at rest).
    restyled = {axis for name, axis in calls if name == "setTickFont"}
    assert restyled == set()
    axis = window.contour_view.plot_item.getAxis("bottom")
    assert axis.style["tickFont"].pointSizeF() >= 2 * 8  # still the presenter's size
    slider.setSliderDown(False)


def test_the_colour_bar_keeps_its_presenter_size_when_it_refits_to_new_levels(window, qtbot, model):
    """The colour bar fits its width to its tick labels on every new landscape; the presenter must
    not take the fonts it applied for the axis's own and scale them again (the labels grew with each
    new loss until the contour map was a strip)."""
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.height() == 1080)
    axis = window.contour_view.color_bar.axis
    base = (axis.style["tickFont"] or window.contour_view.font()).pointSizeF()
    window.presenter.enter(full_screen=False)
    qtbot.waitUntil(lambda: (axis.style["tickFont"] or window.font()).pointSizeF() >= 2 * base)
    presented = axis.style["tickFont"].pointSizeF()
    widths = []
    for formula in ("x^2 + y^2", "1000*x^2 + y^2", "0.001*x*y", "x^2 + y^2"):
        model.apply_formula(formula)
        qtbot.waitUntil(lambda f=formula: model.loss.formula == f)
        window.presenter._restyle_now()  # what the queued restyle does after the redraw
        assert axis.style["tickFont"].pointSizeF() == pytest.approx(presented), formula
        widths.append(axis.width())
    assert widths[0] == widths[-1]  # the same loss, the same width: nothing compounds
    window.presenter.leave()
    assert (axis.style["tickFont"] or window.contour_view.font()).pointSizeF() == pytest.approx(base)
