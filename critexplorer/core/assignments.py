"""NAME=VALUE lists such as 'a=2, b=0.5': formula parameters, hyperparameters, schedule settings.

One grammar for every front end: pieces separated by ',' or ';' (blank pieces are skipped), each an
identifier, '=', and a finite number; full-width ASCII and − are read as ASCII (core/text_input.py).
A bad piece raises AssignmentError with the facts; the command line and the window each put them in
their own words.
"""

from __future__ import annotations

import math
import re

from critexplorer.core.text_input import to_ascii

_ASSIGNMENT = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$", re.DOTALL)
_SEPARATORS = re.compile(r"[,;]")

# What is wrong with a piece (AssignmentError.problem).
NOT_AN_ASSIGNMENT = "not NAME=VALUE"
NOT_A_NUMBER = "not a number"
NOT_FINITE = "not finite"


class AssignmentError(ValueError):
    """A piece of a NAME=VALUE list that cannot be read.

    `piece` is the piece as written (stripped), `name` its NAME (None if it has none), `value` the
    text after '=' (stripped; None without one) and `problem` one of the constants above.
    """

    def __init__(self, piece: str, problem: str, name: str | None = None, value: str | None = None):
        self.piece, self.problem, self.name, self.value = piece, problem, name, value
        super().__init__(f"{piece!r}: {problem}")


def parse_assignment(piece: str) -> tuple[str, float]:
    """'a=2' -> ('a', 2.0)."""
    match = _ASSIGNMENT.match(piece)
    if not match:
        raise AssignmentError(piece.strip(), NOT_AN_ASSIGNMENT)
    name, text = match.group(1), match.group(2).strip()
    try:
        value = float(text)
    except ValueError:
        raise AssignmentError(piece.strip(), NOT_A_NUMBER, name, text) from None
    if not math.isfinite(value):
        raise AssignmentError(piece.strip(), NOT_FINITE, name, text)
    return name, value


def parse_assignments(text: str) -> dict[str, float]:
    """'a=2, b=0.5' -> {'a': 2.0, 'b': 0.5}; a later value for a name wins."""
    values: dict[str, float] = {}
    for piece in _SEPARATORS.split(to_ascii(text)):  # a Chinese keyboard's ａ＝２，ｂ＝０．５ too
        if piece.strip():
            name, value = parse_assignment(piece)
            values[name] = value
    return values


def format_assignments(values: dict[str, float]) -> str:
    """{'a': 2.0, 'b': 0.1} -> 'a=2, b=0.1': short, and parse_assignments gives back the same numbers."""
    return ", ".join(f"{name}={_shortest(value)}" for name, value in values.items())


def _shortest(value: float) -> str:
    short = f"{value:g}"
    return short if float(short) == value else repr(float(value))
