"""Printing for the command line: strict JSON (non-finite -> null) and rounded numbers for people."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from critexplorer.core.display_words import shown_word


def jsonable(value: Any) -> Any:
    """A copy of `value` with numpy types turned into Python ones and NaN/±inf into None."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, np.ndarray):
        return jsonable(value.tolist())
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None
    return value


def to_json(value: Any) -> str:
    """Strict JSON text: allow_nan=False guarantees no NaN/Infinity tokens slip through."""
    return json.dumps(jsonable(value), allow_nan=False)


def number(value: Any, digits: int = 6, zero_below: float = 0.0) -> str:
    """A float rounded to `digits` significant digits for reading: 0.707107, -2, 1.5e-08, undefined.

    |value| < zero_below prints as 0: a root found at 1e-31 is 0 to a reader of the window.
    """
    if value is None:
        return shown_word("undefined")
    value = float(value)
    if not math.isfinite(value):
        return shown_word("undefined") if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if abs(value) < zero_below:
        return "0"
    text = f"{value:.{digits}g}"
    return "0" if text in ("-0", "0") else text


def pair(values: Iterable[Any], digits: int = 6) -> str:
    """(a, b) with each number rounded."""
    return "(" + ", ".join(number(v, digits) for v in values) + ")"


def matrix_rows(rows: Iterable[Iterable[Any]], digits: int = 6) -> list[str]:
    """A small matrix as lines of right-aligned columns: ['[  0  -2 ]', '[ -2   0 ]']."""
    cells = [[number(v, digits) for v in row] for row in rows]
    width = max((len(c) for row in cells for c in row), default=1)
    return ["[ " + "  ".join(c.rjust(width) for c in row) + " ]" for row in cells]


def display_width(text: str) -> int:
    """Columns a terminal gives `text`: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def pad(text: str, width: int) -> str:
    """`text` padded with spaces to `width` terminal columns (ljust counts characters, not columns)."""
    return text + " " * max(0, width - display_width(text))


def labelled(label: str, text: str, width: int = 16) -> str:
    return pad(label, width) + text


def table(header: list[str], rows: list[list[str]], indent: str = "  ") -> list[str]:
    """Left-aligned columns sized to their widest cell."""
    widths = [max(display_width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [
        indent + "  ".join(pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]


_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"  # CJK characters and punctuation
_CLOSING = set("，。；：、）」』！？”")
_TOKENS = re.compile(rf"\s+|[{_WIDE}]|[^\s{_WIDE}]+")  # spaces, one wide character, or a word


def wrap_columns(text: str, width: int) -> list[str]:
    """`text` wrapped into lines of at most `width` terminal columns: at spaces, and between two Chinese
    characters (which need none); textwrap counts characters, and a Chinese one takes two columns."""
    lines, line = [], ""
    for token in _TOKENS.findall(text):
        if token.isspace():
            if line:
                line += " "
            continue
        # A line never starts with closing punctuation (，。；）): it stays on the line it closes.
        if line and display_width(line.rstrip() + token) > width and token not in _CLOSING:
            lines.append(line.rstrip())
            line = ""
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def paragraph(text: str, width: int = 90) -> str:
    """A command's description for --help: `text` wrapped to `width` terminal columns."""
    return "\n".join(wrap_columns(" ".join(text.split()), width))
