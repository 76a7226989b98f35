"""Loss.values_on_grid: L on the grid of Loss.fields, without tracing derivatives; the same numbers."""

import numpy as np
import pytest

from critexplorer.core.formula import parse_formula


@pytest.mark.parametrize(
    "formula",
    [
        "(1 - w1*w2)^2",
        "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
        "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)",
        "log(x) + y",  # NaN where x ≤ 0
        "3",  # a constant still fills the grid
        "x^3",  # one variable
    ],
)
@pytest.mark.parametrize("resolution", [16, 64, 256])  # ≤ 4096 points take the stacked trace
def test_values_on_grid_are_the_fields_values_bit_for_bit(formula, resolution):
    loss = parse_formula(formula)
    xs, ys, value = loss.values_on_grid((-2, 3), (-1.5, 2.5), resolution)
    fields = loss.fields((-2, 3), (-1.5, 2.5), resolution)
    assert value.shape == (resolution, resolution)
    assert np.array_equal(xs, fields.xs) and np.array_equal(ys, fields.ys)
    assert np.array_equal(value, fields.value, equal_nan=True)
    X, Y = np.meshgrid(xs, ys)
    assert np.array_equal(value, np.broadcast_to(loss.value(X, Y), X.shape), equal_nan=True)
