"""Issue 9: a bound name is never a variable, so --param (or the parameters box) is never ignored."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from critexplorer.core.formula import FormulaError, parse_formula

NAMES = ["x", "y", "z", "a", "b", "w1", "w2", "u", "v"]


@settings(max_examples=200, deadline=None)
@given(
    used=st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True),
    bound=st.dictionaries(st.sampled_from(NAMES), st.integers(-9, 9).map(float), max_size=4),
    point=st.tuples(st.integers(-5, 5).map(float), st.integers(-5, 5).map(float)),
    vars_=st.none() | st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True),
)
def test_a_bound_name_always_takes_its_value(used, bound, point, vars_):
    weights = {name: float(3**i) for i, name in enumerate(used)}  # distinct, so nothing cancels
    text = " + ".join(f"{w:g}*{name}" for name, w in weights.items())
    try:
        loss = parse_formula(text, vars=vars_, params=bound)
    except FormulaError:
        return  # a clear refusal (too many free names, a bound name in --vars) is allowed
    assert not set(loss.vars) & set(bound)
    at = dict(zip(loss.vars, point, strict=True))
    expected = sum(w * (bound[n] if n in bound else at[n]) for n, w in weights.items())
    assert float(loss.value(*point)) == expected


def test_binding_y_of_x_times_y_makes_the_other_variable_z():
    loss = parse_formula("x*y", params={"y": 3.0})
    assert loss.vars == ("x", "z")
    assert float(loss.value(1.0, 1.0)) == 3.0


def test_naming_a_bound_name_as_a_variable_is_refused():
    with pytest.raises(FormulaError, match="both a variable and a parameter"):
        parse_formula("x*y", vars=("x", "y"), params={"y": 3.0})
