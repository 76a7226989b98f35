"""The formula bar: Enter applies, errors show inline and keep the previous surface, presets, params."""

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from critexplorer.core.presets import load_presets
from critexplorer.ui.panels.formula_bar import PRESET_ROLE


def type_formula(qtbot, window, text, params=""):
    bar = window.formula_bar
    bar.editor.setText(text)
    bar.params.setText(params)
    qtbot.keyClick(bar.editor, Qt.Key.Key_Return)


def test_enter_applies_the_formula(qtbot, window, model):
    type_formula(qtbot, window, "x^2 - y^2")
    qtbot.waitUntil(lambda: model.loss is not None and model.loss.formula == "x^2 - y^2")
    assert model.landscape.fields.value.shape == (256, 256)
    assert window.formula_bar.history[0] == "x^2 - y^2"
    assert not window.formula_bar.error_shown()


def test_bad_formula_keeps_the_previous_state_and_shows_the_error(qtbot, window, model):
    model.load_preset("lecture")
    model.select((0.5, 0.5))
    landscape, analysis = model.landscape, model.analysis
    heat_before = window.contour_view.heat.image.copy()
    type_formula(qtbot, window, "x^2 + sinn(y)")
    qtbot.waitUntil(window.formula_bar.error_shown)
    text = window.formula_bar.error.text()
    assert "column 7" in text and "unknown function 'sinn'" in text
    assert "background: #c0392b" in text  # the offending column is highlighted
    assert window.formula_bar.editor.cursorPosition() == 6
    assert model.landscape is landscape and model.analysis is analysis
    assert model.loss.formula == "(1 - w1*w2)^2"
    assert np.array_equal(window.contour_view.heat.image, heat_before, equal_nan=True)
    # fixing it clears the error
    type_formula(qtbot, window, "x^2 + sin(y)")
    qtbot.waitUntil(lambda: not window.formula_bar.error_shown())
    assert model.loss.formula == "x^2 + sin(y)"


def test_parameters_are_editable(qtbot, window, model):
    type_formula(qtbot, window, "a*x^2 + b*y^2", "a=3, b=0.5")
    qtbot.waitUntil(lambda: model.loss is not None and model.loss.params == {"a": 3.0, "b": 0.5})
    model.select((0.0, 0.0))
    assert np.allclose(model.analysis.hessian, [[6.0, 0.0], [0.0, 1.0]])
    type_formula(qtbot, window, "a*x^2 + b*y^2", "a=-1, b=0.5")
    qtbot.waitUntil(lambda: model.loss.params["a"] == -1.0)
    assert model.analysis.classification == "saddle"  # the selection is re-analyzed
    type_formula(qtbot, window, "a*x^2 + b*y^2", "a=two")
    qtbot.waitUntil(window.formula_bar.error_shown)
    assert "parameter a needs a number" in window.formula_bar.error.text()
    assert model.loss.params["a"] == -1.0


def test_errors_say_what_to_do_in_the_window(qtbot, window, model):
    model.load_preset("lecture")
    cases = {
        "a=2": "'=' is not allowed (parameters such as a=2 go in the parameters box)",
        "w1*w2*w3": "has 3: w1, w2, w3. Give it a value in the parameters box, e.g. w3=1",
    }
    for formula, words in cases.items():
        type_formula(qtbot, window, formula)
        qtbot.waitUntil(window.formula_bar.error_shown)
        text = window.formula_bar.error.text()
        assert words in text, text
        assert "--param" not in text and "--vars" not in text
    assert model.loss.formula == "(1 - w1*w2)^2"


def test_parameter_values_show_exactly_what_was_applied(qtbot, window, model):
    type_formula(qtbot, window, "a*x^2 + y^2", "a=0.1234567891")
    qtbot.waitUntil(lambda: model.loss is not None and model.loss.params == {"a": 0.1234567891})
    assert window.formula_bar.params.text() == "a=0.1234567891"  # it used to show a=0.123457


def test_presets_load_from_the_drop_down(qtbot, window, model):
    presets = load_presets()
    window.formula_bar.set_presets(presets)
    combo = window.formula_bar.combo
    names = [combo.itemData(i, PRESET_ROLE) for i in range(combo.count())]
    assert [p.name for p in presets] == [n for n in names if n]
    index = names.index("rosenbrock")
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: model.preset is not None and model.preset.name == "rosenbrock")
    assert model.landscape.xlim == (-2.0, 2.0) and model.landscape.ylim == (-1.0, 3.0)
    assert window.formula_bar.editor.text() == presets[[p.name for p in presets].index("rosenbrock")].formula
    assert window.window_controls.y_max.value() == 3.0
    # reset goes back to the preset's window after a change
    model.set_window((-1, 1), (-1, 1))
    assert model.landscape.ylim == (-1.0, 1.0)
    qtbot.mouseClick(window.window_controls.reset, Qt.MouseButton.LeftButton)
    assert model.landscape.ylim == (-1.0, 3.0)


def test_window_controls_change_the_range_and_resolution(qtbot, window, model):
    model.load_preset("bowl")
    controls = window.window_controls
    controls.x_min.setValue(-1.0)
    controls.x_min.editingFinished.emit()
    qtbot.waitUntil(lambda: model.landscape.xlim == (-1.0, 2.0))
    controls.resolution.setValue(64)
    controls.resolution.editingFinished.emit()
    qtbot.waitUntil(lambda: model.landscape.fields.value.shape == (64, 64))
    assert window.contour_view.heat.image.shape == (64, 64)


def test_copy_as_text_and_latex(qtbot, window, model):
    model.load_preset("lecture")
    model.select((0.0, 0.0))
    window.point_panel.copy_text_button.click()
    text = QGuiApplication.clipboard().text()
    assert "λ₁ = −2" in text and "classification: Saddle point" in text and "L(w1, w2) = " in text
    window.point_panel.copy_latex_button.click()
    latex = QGuiApplication.clipboard().text()
    assert latex.startswith("\\begin{align*}") and "\\lambda_1 &= -2" in latex


def test_after_enter_single_letter_shortcuts_act_and_never_type(qtbot, window, model):
    window.activateWindow()  # shortcuts act in the active window only
    qtbot.waitUntil(window.isActiveWindow)
    type_formula(qtbot, window, "(1 - w1*w2)^2")
    qtbot.waitUntil(lambda: model.loss is not None)
    assert not model.display.show_taylor
    focused = window.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: model.display.show_taylor)
    assert window.formula_bar.editor.text() == "(1 - w1*w2)^2"
    # Esc in the box hands the keyboard back too
    window.formula_bar.editor.setFocus()
    qtbot.waitUntil(window.formula_bar.editor.hasFocus)
    qtbot.keyClick(window.formula_bar.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.formula_bar.editor.hasFocus())
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_T)
    qtbot.waitUntil(lambda: not model.display.show_taylor)
    assert window.formula_bar.editor.text() == "(1 - w1*w2)^2"


def test_a_bare_preset_name_loads_the_preset(qtbot, window, model):
    type_formula(qtbot, window, "rosenbrock")
    qtbot.waitUntil(lambda: model.preset is not None and model.preset.name == "rosenbrock")
    assert model.loss.vars == ("x", "y") and model.landscape.ylim == (-1.0, 3.0)
    assert window.formula_bar.editor.text() == "(1 - x)^2 + 100*(y - x^2)^2"


def test_reapplying_the_same_formula_changes_nothing(qtbot, window, model):
    type_formula(qtbot, window, "x^2 - y^2")
    qtbot.waitUntil(lambda: model.loss is not None)
    landscape = model.landscape
    window.session_actions.dirty = False
    type_formula(qtbot, window, "x^2 - y^2")
    assert model.landscape is landscape and not window.session_actions.dirty


def test_the_drop_down_lists_every_preset_once_under_its_group(qtbot, window, model):
    from critexplorer.ui.panels.formula_bar import DESCRIPTION_ROLE

    bar = window.formula_bar
    presets = load_presets()
    bar.set_presets(presets)
    model.load_preset("lecture")
    model.load_preset("bowl")
    type_formula(qtbot, window, "x^3")
    qtbot.waitUntil(lambda: model.loss.formula == "x^3")
    combo = bar.combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert bar.history == ["x^3"]  # the presets are not repeated as history
    assert [t for t in texts if t in ("Lecture", "Textbook shapes", "Test functions", "Data-backed")] == [
        "Lecture",
        "Textbook shapes",
        "Test functions",
        "Data-backed",
    ]
    rows = [i for i in range(combo.count()) if combo.itemData(i, PRESET_ROLE)]
    assert len(rows) == len(presets) == 18  # every preset, plateau included
    assert [combo.itemData(i, DESCRIPTION_ROLE) for i in rows] == [p.description for p in presets]
    assert combo.maxVisibleItems() >= combo.count()


def test_extra_names_can_be_bound_and_each_gets_a_live_slider(qtbot, window, model):
    bar = window.formula_bar
    type_formula(qtbot, window, "a*x^2 + b*y^2")
    qtbot.waitUntil(bar.bind_button.isVisible)
    assert bar.bind_button.text() == "Bind a, b as parameters"
    assert "e.g. a=1" in bar.error.text()
    bar.bind_button.click()
    qtbot.waitUntil(lambda: model.loss is not None and model.loss.params == {"a": 1.0, "b": 1.0})
    assert model.loss.vars == ("x", "y") and bar.params.text() == "a=1, b=1"
    qtbot.waitUntil(bar.sliders.isVisible)
    slider = bar.sliders.sliders["a"]
    assert (slider.low.value(), slider.high.value()) == (-1.0, 3.0)
    applied = bar.sliders.applied_count
    for step in range(0, 101, 5):  # a burst of moves, no event processed between them
        slider.slider.setValue(step)
    qtbot.waitUntil(lambda: model.loss.params["a"] == -1.0 + 4.0 * 100 / 1000)
    # Coalesced: the first move at once (slider and views repaint together), the latest after.
    assert bar.sliders.applied_count == applied + 2
    model.select((1.0, 1.0))
    assert np.allclose(model.analysis.hessian, [[2 * (-0.6), 0.0], [0.0, 2.0]])
    assert bar.params.text() == "a=-0.6, b=1"


def test_an_error_does_not_move_the_views_and_says_what_to_do(qtbot, window, model):
    model.load_preset("lecture")
    qtbot.waitUntil(lambda: window.main_split.y() > 0)
    top = window.main_split.geometry().top()
    for text, words in (("x^2+", "missing term after +"), ("|x|", "use abs(x) for |x|")):
        type_formula(qtbot, window, text)
        qtbot.waitUntil(window.formula_bar.error_shown)
        assert words in window.formula_bar.error.text()
        assert "invalid syntax" not in window.formula_bar.error.text()
        QCoreApplication.sendPostedEvents()  # a relayout, if one were coming
        QCoreApplication.processEvents()
        assert window.main_split.geometry().top() == top


def test_range_and_parameter_boxes_read_a_chinese_keyboard(qtbot, window, model):
    """－１．５ typed into the x-range box and the start box, as a full-width input method types it."""
    model.load_preset("bowl")
    controls = window.window_controls
    controls.x_min.lineEdit().setText("－１．５")
    controls.x_min.interpretText()
    controls.x_min.editingFinished.emit()
    qtbot.waitUntil(lambda: model.landscape.xlim == (-1.5, 2.0))
    start = window.optimizer_panel.start_x
    start.lineEdit().setText("−０．２５")
    start.interpretText()
    assert start.value() == -0.25
