"""NAME=VALUE lists: the grammar, the facts a bad piece reports, and round trips of formatted values."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from critexplorer.core.assignments import (
    NOT_A_NUMBER,
    NOT_AN_ASSIGNMENT,
    NOT_FINITE,
    AssignmentError,
    format_assignments,
    parse_assignments,
)

NAMES = st.from_regex(r"\A[A-Za-z_][A-Za-z0-9_]{0,8}\Z")
FINITE = st.floats(allow_nan=False, allow_infinity=False)


def test_pieces_are_separated_by_commas_or_semicolons_and_spaces_do_not_matter():
    assert parse_assignments("a=2, b = -0.5; c=1e3,") == {"a": 2.0, "b": -0.5, "c": 1000.0}
    assert parse_assignments("") == {} and parse_assignments(" , ;") == {}
    assert parse_assignments("a=1,a=3") == {"a": 3.0}  # a later value wins


@pytest.mark.parametrize(
    ("text", "problem", "name", "value"),
    [
        ("a", NOT_AN_ASSIGNMENT, None, None),
        ("=2", NOT_AN_ASSIGNMENT, None, None),
        ("2a=1", NOT_AN_ASSIGNMENT, None, None),
        ("a=two", NOT_A_NUMBER, "a", "two"),
        ("a=", NOT_A_NUMBER, "a", ""),
        ("b=1, a=inf", NOT_FINITE, "a", "inf"),
        ("a=nan", NOT_FINITE, "a", "nan"),
    ],
)
def test_a_bad_piece_reports_what_is_wrong(text, problem, name, value):
    with pytest.raises(AssignmentError) as info:
        parse_assignments(text)
    assert (info.value.problem, info.value.name, info.value.value) == (problem, name, value)
    assert info.value.piece in text


@given(st.dictionaries(NAMES, FINITE, max_size=6))
def test_formatted_values_read_back_exactly(values):
    assert parse_assignments(format_assignments(values)) == values


def test_formatting_is_short_where_that_is_exact():
    assert format_assignments({"a": 2.0, "b": 0.5, "c": -1e-7}) == "a=2, b=0.5, c=-1e-07"
    assert format_assignments({"a": 0.1234567891}) == "a=0.1234567891"


@given(st.text(max_size=40))
def test_garbage_raises_only_assignment_error(text):
    try:
        values = parse_assignments(text)
    except AssignmentError:
        return
    assert all(math.isfinite(v) for v in values.values())
