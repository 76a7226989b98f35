"""The field readers shared by the files a user may hand the window (sessions, lessons): one definition
of what a number, a pair, a text, a name, an object with known fields, a whole number in a range, a
flag and a learning-rate schedule are, and of the (translated) sentence each one says when a field is
wrong. A reader raises Invalid naming the field; the file's own reader turns it into its error
(SessionError, LessonError) naming the file.

The sentences keep the context "Session" they were first translated under, so both catalogues keep
their entries.
"""

from __future__ import annotations

import math
import re
from typing import Any

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.limits import MAX_COORDINATE
from critexplorer.core.optimizers.hyperparams import OptimizerError
from critexplorer.core.optimizers.schedules import Schedule

MAX_TEXT = 2000
MAX_OPTIONS = 200

_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z_0-9.\-]{0,63}$")


class Invalid(Exception):
    """A field that fails validation; the file's reader makes it its own error, naming the file."""


def reject_constant(name: str) -> float:
    raise Invalid(
        translate("Session", "it contains {name}, which is not a number JSON allows").format(name=name)
    )


def read_number(value: Any, where: str, limit: float | None = MAX_COORDINATE) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Invalid(
            translate("Session", "{where} must be a number, not {kind}").format(
                where=where, kind=kind_of(value)
            )
        )
    try:
        number = float(value)
    except OverflowError:
        raise Invalid(translate("Session", "{where} is too large").format(where=where)) from None
    if not math.isfinite(number):
        raise Invalid(translate("Session", "{where} must be finite").format(where=where))
    if limit is not None and abs(number) > limit:
        raise Invalid(
            translate("Session", "{where} is {number}; its magnitude must be at most {limit}").format(
                where=where, number=f"{number:g}", limit=f"{limit:g}"
            )
        )
    return number


def read_pair(value: Any, where: str, limit: float | None = MAX_COORDINATE) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:
        raise Invalid(translate("Session", "{where} must be a list of two numbers").format(where=where))
    return read_number(value[0], f"{where}[0]", limit), read_number(value[1], f"{where}[1]", limit)


def read_text(value: Any, where: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise Invalid(
            translate("Session", "{where} must be text, not {kind}").format(where=where, kind=kind_of(value))
        )
    if len(value) > limit:
        raise Invalid(
            translate("Session", "{where} is too long ({length} characters; the limit is {limit})").format(
                where=where, length=len(value), limit=limit
            )
        )
    return value


def read_name(value: Any, where: str) -> str:
    text = read_text(value, where, 64)
    if not _NAME_RE.match(text):
        raise Invalid(
            translate("Session", "{where} {text} is not a valid name").format(where=where, text=repr(text))
        )
    return text


def read_object(value: Any, where: str, required: set[str], optional: set[str] = frozenset()) -> dict:
    if not isinstance(value, dict):
        raise Invalid(
            translate("Session", "{where} must be an object, not {kind}").format(
                where=where, kind=kind_of(value)
            )
        )
    missing = sorted(required - value.keys())
    if missing:
        raise Invalid(
            translate("Session", "{where} is missing {names}").format(
                where=where, names=", ".join(repr(m) for m in missing)
            )
        )
    unknown = sorted(value.keys() - required - optional)
    if unknown:
        names = ", ".join(repr(u) for u in unknown[:5])
        if len(unknown) > 1:
            raise Invalid(
                translate("Session", "{where} has unknown fields {names}").format(where=where, names=names)
            )
        raise Invalid(
            translate("Session", "{where} has unknown field {names}").format(where=where, names=names)
        )
    return value


_KINDS = {
    dict: QT_TRANSLATE_NOOP("Session", "an object"),
    list: QT_TRANSLATE_NOOP("Session", "a list"),
    str: QT_TRANSLATE_NOOP("Session", "text"),
    bool: QT_TRANSLATE_NOOP("Session", "true/false"),
    type(None): QT_TRANSLATE_NOOP("Session", "null"),
}


def kind_of(value: Any) -> str:
    """What a JSON value is, as a sentence names it, in the chosen language."""
    return translate("Session", _KINDS.get(type(value), QT_TRANSLATE_NOOP("Session", "a number")))


def read_numbers(value: Any, where: str) -> dict[str, float]:
    """An object of name: number (ranges are the RunSpec's to check)."""
    if not isinstance(value, dict) or len(value) > MAX_OPTIONS:
        raise Invalid(translate("Session", "{where} must be an object of name: number").format(where=where))
    return {
        read_name(key, f"{where} key"): read_number(item, f"{where}.{key}", 1e300)
        for key, item in value.items()
    }


def read_schedule(value: Any, where: str) -> Schedule:
    schedule = read_object(value, where, {"name"}, {"values"})
    try:
        return Schedule.make(
            read_name(schedule["name"], f"{where}.name"),
            read_numbers(schedule.get("values", {}), f"{where}.values"),
        )
    except OptimizerError as error:
        raise Invalid(f"{where}: {error}") from None


def whole_from(**values) -> str:
    return translate("Session", "{where} must be a whole number from {low} to {high}").format(**values)


def read_whole(value: Any, where: str, low: int, high: int) -> int:
    """A whole number from low to high (true/false is not a number here)."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise Invalid(whole_from(where=where, low=low, high=high))
    return value


def read_flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise Invalid(
            translate("Session", "{where} must be true or false, not {kind}").format(
                where=where, kind=kind_of(value)
            )
        )
    return value


def read_name_pair(value: Any, where: str) -> tuple[str, str]:
    """Two names, like a formula's variables ["x", "y"]."""
    if not isinstance(value, list) or len(value) != 2:
        raise Invalid(translate("Session", "{where} must be a list of two names").format(where=where))
    return read_name(value[0], f"{where}[0]"), read_name(value[1], f"{where}[1]")


def read_choice(value: Any, where: str, choices) -> str:
    """One of a fixed list of words (an overlay, an x-axis, a classification)."""
    if not isinstance(value, str) or value not in choices:  # a list or {} would be unhashable
        shown = repr(value) if isinstance(value, str) else kind_of(value)
        raise Invalid(
            translate("Session", "{where} is {shown}; it must be one of {choices}").format(
                where=where, shown=shown, choices=", ".join(choices)
            )
        )
    return value


def read_version(document: dict) -> int:
    """A file's "version": a whole number of at least 1 (whether it is too new is the file's to say)."""
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise Invalid(translate("Session", 'its "version" must be a whole number of at least 1'))
    return version


def unknown_optimizer(where: str, name: Any, known) -> str:
    return translate("Session", "{where}: unknown optimizer {name} (known: {known})").format(
        where=where, name=repr(name), known=", ".join(known)
    )


def formula_words(error) -> str:
    """A formula's error (core.formula.FormulaError) in the chosen language: the core's words, and the
    column (str(error) says it in English)."""
    if error.column is None:
        return error.message
    return translate("Session", "{message} (column {column})").format(
        message=error.message, column=error.column
    )


def json_error_words(text: str, error) -> str:
    """Why a file's text is not JSON (a json.JSONDecodeError), in the chosen language."""
    if not text.strip():
        return translate("Session", "it is empty")
    reason = _JSON_REASONS.get(error.msg)
    return translate("Session", "it is not valid JSON: {reason} (line {line}, column {column})").format(
        reason=translate("Session", reason) if reason else error.msg, line=error.lineno, column=error.colno
    )


# Python's json module's reasons (JSONDecodeError.msg), as a hand-edited file meets them; others stay as
# the module words them.
_JSON_REASONS = {
    "Expecting value": QT_TRANSLATE_NOOP("Session", "a value is expected"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("Session", "a ',' is expected"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("Session", "a ':' is expected"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "Session", "a name in double quotes is expected"
    ),
    "Unterminated string starting at": QT_TRANSLATE_NOOP("Session", "a string is not closed"),
    "Invalid control character at": QT_TRANSLATE_NOOP("Session", "a string holds a control character"),
    "Extra data": QT_TRANSLATE_NOOP("Session", "there is more after the end of the JSON"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("Session", "a backslash escape is not valid"),
}
