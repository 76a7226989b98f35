"""Edit → Undo / Redo bring back the formula, the window, the grid and the selection."""

import numpy as np
from PySide6.QtGui import QKeySequence


def test_undo_and_redo_a_formula_and_a_window_change(qtbot, window, model):
    model.load_preset("himmelblau")
    model.select((3.0, 2.0))
    assert not window.undo_action.isEnabled()
    model.apply_formula("x^2 - y^2")
    model.set_window((-1, 1), (-3, 3))
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()

    window.undo_action.trigger()  # back to x² − y² on Himmelblau's window
    assert model.formula_text == "x^2 - y^2"
    assert (model.landscape.xlim, model.landscape.ylim) == ((-6.0, 6.0), (-6.0, 6.0))
    window.undo_action.trigger()  # back to Himmelblau, with its selection and preset
    assert model.formula_text == model.preset.formula and model.preset.name == "himmelblau"
    assert window.formula_bar.editor.text() == model.preset.formula
    np.testing.assert_allclose(model.analysis.point, [3.0, 2.0])
    assert model.analysis.classification == "minimum"
    assert not window.undo_action.isEnabled() and window.redo_action.isEnabled()

    window.redo_action.trigger()
    window.redo_action.trigger()
    assert model.formula_text == "x^2 - y^2"
    assert (model.landscape.xlim, model.landscape.ylim) == ((-1.0, 1.0), (-3.0, 3.0))
    assert not window.redo_action.isEnabled()
    assert model.landscape.fields.value[0, 0] == (-1.0) ** 2 - (-3.0) ** 2


def test_a_failed_formula_or_the_same_formula_again_is_not_an_undo_step(qtbot, window, model):
    model.apply_formula("x^2 + y^2")
    model.apply_formula("x^2 +")  # a FormulaError: nothing changed
    model.apply_formula("x^2 + y^2")  # the same again: nothing changed
    model.select((0.5, 0.5))  # selecting alone is not a change to undo
    assert not model.history.can_undo
    model.set_resolution(64)
    assert model.undo() and model.resolution == 256 and model.landscape.fields.value.shape == (256, 256)


def test_undo_uses_the_standard_shortcuts(window):
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
