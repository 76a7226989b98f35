"""What a Chinese keyboard types: full-width ASCII, −, ×, ·, ÷ and superscript powers parse as their ASCII
forms (same Loss: value and gradient at random points), and errors point into the text as typed."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import formulas

from critexplorer.core.assignments import parse_assignments
from critexplorer.core.formula import FormulaError, parse_formula
from critexplorer.core.text_input import normalize, to_ascii

POINTS = np.random.default_rng(13).uniform(-1.5, 1.5, size=(8, 2))

# (as a Chinese keyboard or a slide gives it, the ASCII form)
EQUIVALENT = [
    ("（1－w1＊w2）＾2", "(1-w1*w2)^2"),
    ("1 − x²", "1 - x^2"),
    ("x·y", "x*y"),
    ("w1²+w2²", "w1^2+w2^2"),
    ("２*x", "2*x"),
    ("x×y÷３", "x*y/3"),
    ("ｓｉｎ（ｘ）＋ｙ³", "sin(x)+y^3"),
    ("x⁻¹ + y⁻²", "x^(-1) + y^(-2)"),
    ("(x+y)⁽²⁾", "(x+y)^2"),
    ("maximum（x，y）＋０．５", "maximum(x, y) + 0.5"),
    ("x\u3000+\u3000y", "x + y"),
    ("-x²", "-(x^2)"),  # a superscript is a power of the term before it, as in the notes
    ("2³²", "2^32"),
]


def _same_loss(typed: str, ascii_text: str) -> None:
    a, b = parse_formula(typed), parse_formula(ascii_text)
    assert a.vars == b.vars
    for x, y in POINTS:
        if x == 0 or y == 0:
            continue
        np.testing.assert_allclose(a.value(x, y), b.value(x, y), rtol=1e-12)
        np.testing.assert_allclose(a.gradient(x, y), b.gradient(x, y), rtol=1e-12)


@pytest.mark.parametrize("typed, ascii_text", EQUIVALENT)
def test_chinese_keyboard_input_is_the_same_loss_as_ascii(typed, ascii_text):
    _same_loss(typed, ascii_text)


def test_the_loss_keeps_the_text_as_typed():
    assert parse_formula("（1－w1＊w2）＾2").formula == "（1－w1＊w2）＾2"


_FULL_WIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_OTHER_FORMS = {"-": ["\u2212"], "*": ["\u00d7", "\u00b7"], "/": ["\u00f7"], " ": ["\u3000"]}
_SUPERSCRIPT_DIGITS = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))


def _mix(text: str, choices: list[int]) -> str:
    """Each character of `text` as itself, full width, or another form the issue lists."""
    out = []
    for char, choice in zip(text, choices, strict=False):
        forms = [char, _FULL_WIDTH.get(char, char), *_OTHER_FORMS.get(char, [])]
        out.append(forms[choice % len(forms)])
    out.extend(text[len(choices) :])
    return "".join(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(formulas(max_leaves=8), st.lists(st.integers(0, 3), max_size=200), st.booleans())
def test_random_mixes_of_full_width_and_ascii_are_the_same_loss(text, choices, superscripts):
    typed = _mix(text, choices)
    if superscripts:  # ")^2" as ")²": the strategies put powers after brackets
        typed = typed.replace(")^2", ")²").replace(")＾２", ")²").replace(")^4", ")⁴")
    _same_loss(typed, text)


@given(st.text(alphabet="x+-*/^()1.,²⁻³（）＋－＊／＾，．１ａ−×·÷\u3000", max_size=40))
def test_normalisation_maps_every_character_back_into_the_typed_text(text):
    normalized = normalize(text)
    assert len(normalized.origin) == len(normalized.text) + 1
    assert all(1 <= column <= len(text) + 1 for column in normalized.origin)
    assert list(normalized.origin) == sorted(normalized.origin)  # in order, as typed
    assert normalized.text.isascii()
    try:
        error = None
        parse_formula(text)
    except FormulaError as caught:
        error = caught
    if error is not None and error.column is not None:
        assert 1 <= error.column <= len(text) + 1


@pytest.mark.parametrize(
    "typed, column, char",
    [
        ("x² ＋ ｙ ＋ х", 10, "х"),  # Cyrillic х, after a square and full-width text
        ("x²＋y²＋ｚ", 7, "ｚ"),  # the third free name, where it was typed
        ("（x＋y", 1, "（"),  # the bracket never closed, as typed
        ("x² + y²＝1", 8, "＝"),
        ("x²＋", 4, None),  # nothing after the full-width plus: just past the end
        ("x³ ½", 4, "½"),  # everything else non-ASCII keeps its error
    ],
)
def test_error_columns_point_into_the_typed_text(typed, column, char):
    with pytest.raises(FormulaError) as info:
        parse_formula(typed)
    assert info.value.column == column, info.value.message
    assert info.value.text == typed
    assert (typed[column - 1] if column <= len(typed) else None) == char


def test_other_non_ascii_keeps_its_clear_error():
    with pytest.raises(FormulaError, match=r"U\+0445.*plain ASCII"):
        parse_formula("\u0445 + y")
    with pytest.raises(FormulaError, match=r"U\+2013.*type - for minus"):
        parse_formula("x \u2013 y")


def test_parameters_from_a_chinese_keyboard():
    assert parse_assignments("ａ＝２，ｂ＝－０．５") == {"a": 2.0, "b": -0.5}
    assert to_ascii("１，２") == "1,2" and to_ascii("plain") == "plain"
