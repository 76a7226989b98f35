"""One parser per kind of command-line value: numbers, X,Y pairs, windows, WxH sizes, whole numbers and
NAME=VALUE lists. Each raises CliError naming the option, so every command words a bad value alike.
Each reads what a Chinese keyboard types (--at １，２, --xlim －２，２) through core.text_input.to_ascii."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from critexplorer.core.assignments import NOT_A_NUMBER, NOT_AN_ASSIGNMENT, AssignmentError, parse_assignments
from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.limits import WindowError, check_axis_range
from critexplorer.core.text_input import to_ascii

_BRACKETS = "()[] "
_SIZE = re.compile(r"^\s*([0-9]{1,9})\s*[xX×*]\s*([0-9]{1,9})\s*$")


class CliError(Exception):
    """Bad command-line input: main() prints it as one line on stderr and exits with status 2."""


def option_error(option: str, problem: object) -> CliError:
    """'--data: bad.csv line 2, …': the option a problem came through, then the problem's own words."""
    return CliError(translate("CLI", "{option}: {problem}").format(option=option, problem=problem))


# Said by every command that takes a loss, whichever way it was given.
ONE_LOSS_SOURCE = QT_TRANSLATE_NOOP("CLI", "give one of FORMULA, --preset NAME or --slice RESULTS.json")
SLICE_OPTIONS_ALONE = QT_TRANSLATE_NOOP("CLI", "--slice-run and --directions go with --slice RESULTS.json")


def parse_number(text: str, what: str) -> float:
    """A finite float from text, or a CliError naming `what`."""
    try:
        value = float(to_ascii(text).strip())
    except ValueError:
        raise CliError(
            translate("Values", "{what} must be a number, got {text}").format(
                what=what, text=repr(text.strip())
            )
        ) from None
    if not math.isfinite(value):
        raise CliError(
            translate("Values", "{what} must be a finite number, got {text}").format(
                what=what, text=repr(text.strip())
            )
        )
    return value


def parse_number_in(text: str, option: str, low: float, high: float, unit: str = "") -> float:
    """A number from low to high (both allowed), e.g. a GIF's frame rate; `unit` follows it in messages."""
    value = parse_number(text, option)
    if not low <= value <= high:
        raise CliError(
            translate("Values", "{option} must be from {low} to {high}{unit}, got {text}").format(
                option=option, low=f"{low:g}", high=f"{high:g}", unit=unit, text=repr(text.strip())
            )
        )
    return value


def parse_pair(text: str, option: str, names: tuple[str, str] = ("X", "Y")) -> tuple[float, float]:
    """'X,Y' (optionally in brackets, with spaces) -> two finite floats."""
    parts = to_ascii(text).strip().strip(_BRACKETS).split(",")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise CliError(
            translate(
                "Values", "{option} needs two numbers like {a},{b} (e.g. {option}=-1.5,2), got {text}"
            ).format(option=option, a=names[0], b=names[1], text=repr(text))
        )
    return parse_number(parts[0], f"{option} {names[0]}"), parse_number(parts[1], f"{option} {names[1]}")


def parse_window(text: str, option: str) -> tuple[float, float]:
    """'A,B' that make a window axis (core.limits.check_axis_range: A < B, within bounds)."""
    low, high = parse_pair(text, option, ("A", "B"))
    try:
        return check_axis_range(low, high, option)
    except WindowError as error:
        raise CliError(str(error)) from None


def parse_size(text: str, option: str, low: int, high: int) -> tuple[int, int]:
    """'1920x1080' (x, X or ×) -> (1920, 1080), each side from low to high pixels."""
    match = _SIZE.match(to_ascii(text))
    if not match:
        raise CliError(
            translate("Values", "{option} needs WIDTHxHEIGHT in pixels, like 1920x1080; got {text}").format(
                option=option, text=repr(text)
            )
        )
    width, height = int(match.group(1)), int(match.group(2))
    if not (low <= width <= high and low <= height <= high):
        raise CliError(
            translate(
                "Values", "{option} must be {low} to {high} pixels per side; got {width}x{height}"
            ).format(option=option, low=low, high=high, width=width, height=height)
        )
    return width, height


def parse_whole(text: str, option: str, low: int, high: int) -> int:
    """A whole number from low to high; '1e3' and '10.0' count, '2.5' does not."""
    stripped = to_ascii(text).strip()
    try:
        value = int(stripped)
    except ValueError:
        try:
            number = float(stripped)
        except ValueError:
            number = math.nan
        value = int(number) if math.isfinite(number) and number.is_integer() else None
    if value is None or not low <= value <= high:
        raise CliError(
            translate("Values", "{option} must be a whole number from {low} to {high}, got {text}").format(
                option=option, low=low, high=high, text=repr(text)
            )
        )
    return value


def parse_names(text: str, option: str) -> tuple[str, str]:
    """'x,y' -> ('x', 'y')."""
    names = [n.strip() for n in to_ascii(text).split(",")]
    if len(names) != 2 or not all(names):
        raise CliError(
            translate("Values", "{option} needs two names like x,y, got {text}").format(
                option=option, text=repr(text)
            )
        )
    return names[0], names[1]


def parse_assignment_list(items: Sequence[str] | None, what: str, example: str) -> dict[str, float]:
    """['a=2', 'b=-1,c=3'] -> {'a': 2.0, 'b': -1.0, 'c': 3.0}; a later value for a name wins.

    `what` names the values in messages (e.g. '--param'), `example` shows a good one ('--param a=2').
    """
    values: dict[str, float] = {}
    for item in items or ():
        try:
            values.update(parse_assignments(item))
        except AssignmentError as error:
            raise CliError(_assignment_message(error, what, example)) from None
    return values


def _assignment_message(error: AssignmentError, what: str, example: str) -> str:
    if error.problem == NOT_AN_ASSIGNMENT:
        return translate("Values", "{what} needs NAME=VALUE (e.g. {example}), got {piece}").format(
            what=what, example=example, piece=repr(error.piece)
        )
    if error.problem == NOT_A_NUMBER:
        text = translate("Values", "{what} {name} must be a number, got {value}")
    else:
        text = translate("Values", "{what} {name} must be a finite number, got {value}")
    return text.format(what=what, name=error.name, value=repr(error.value))
