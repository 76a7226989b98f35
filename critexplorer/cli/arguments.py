"""Argument parsing shared by the subcommands: number pairs, --param, --vars, --preset and the formula."""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from critexplorer.core.formula import parse_formula
from critexplorer.core.limits import DEFAULT_LIMITS
from critexplorer.core.loss import Loss
from critexplorer.core.presets import Preset, get_preset

# The window `critexplorer critical` searches when neither --xlim/--ylim nor --preset says otherwise.
_BRACKETS = "()[] "


class CliError(Exception):
    """Bad command-line input: main() prints it as one line on stderr and exits with status 2."""


class ParserExit(Exception):
    """argparse wanted to exit (after --help or --version): main() returns `status`."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing usage and calling sys.exit."""

    def error(self, message: str):  # type: ignore[override]
        raise CliError(f"{message} (see: {self.prog} --help)")

    def exit(self, status: int = 0, message: str | None = None):  # type: ignore[override]
        if message:
            self._print_message(message)
        raise ParserExit(status)


def parse_number(text: str, what: str) -> float:
    """A finite float from text, or a CliError naming `what`."""
    try:
        value = float(text.strip())
    except ValueError:
        raise CliError(f"{what} must be a number, got {text.strip()!r}") from None
    if not math.isfinite(value):
        raise CliError(f"{what} must be a finite number, got {text.strip()!r}")
    return value


def parse_pair(text: str, option: str, names: tuple[str, str] = ("X", "Y")) -> tuple[float, float]:
    """'X,Y' (optionally in brackets, with spaces) -> two finite floats."""
    parts = text.strip().strip(_BRACKETS).split(",")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise CliError(f"{option} needs two numbers like {names[0]},{names[1]} (e.g. {option}=-1.5,2), "
                       f"got {text!r}")
    return parse_number(parts[0], f"{option} {names[0]}"), parse_number(parts[1], f"{option} {names[1]}")


def parse_window(text: str, option: str) -> tuple[float, float]:
    """'A,B' with A < B, both finite, and a finite width."""
    low, high = parse_pair(text, option, ("A", "B"))
    if not low < high:
        raise CliError(f"{option} needs A < B, got {text!r}")
    if not math.isfinite(high - low):
        raise CliError(f"{option} is too wide to sample: {text!r}")
    return low, high


def parse_vars(text: str) -> tuple[str, str]:
    names = [n.strip() for n in text.split(",")]
    if len(names) != 2 or not all(names):
        raise CliError(f"--vars needs two names like x,y, got {text!r}")
    return names[0], names[1]


_PARAM_RE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$")


def parse_params(items: Sequence[str] | None) -> dict[str, float]:
    """['a=2', 'b=-1,c=3'] -> {'a': 2.0, 'b': -1.0, 'c': 3.0}; a later value for a name wins."""
    params: dict[str, float] = {}
    for item in items or ():
        for piece in item.split(","):
            match = _PARAM_RE.match(piece)
            if not match:
                raise CliError(f"--param needs NAME=VALUE (e.g. --param a=2), got {piece.strip()!r}")
            params[match.group(1)] = parse_number(match.group(2), f"--param {match.group(1)}")
    return params


def value_options(parser: argparse.ArgumentParser) -> set[str]:
    """The option strings of `parser` that take a value (not flags such as --json)."""
    return {s for a in parser._actions if a.option_strings and a.nargs != 0 for s in a.option_strings}


def flag_options(parser: argparse.ArgumentParser) -> set[str]:
    return {s for a in parser._actions if a.option_strings and a.nargs == 0 for s in a.option_strings}


def join_option_values(tokens: Sequence[str], parser: argparse.ArgumentParser) -> list[str]:
    """Rewrite argv so that values starting with '-' reach their option instead of looking like options.

    argparse reads `--at -1.5,2` as the option --at followed by an unknown option -1.5,2. Joining
    it into `--at=-1.5,2` is unambiguous. A positional starting with '-' (a formula like -x^2+y^2)
    gets a leading space, which argparse never mistakes for an option; the formula is stripped later.
    """
    takes_value, flags = value_options(parser), flag_options(parser)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "--":
            out.extend(tokens[i:])
            break
        if token in takes_value and i + 1 < len(tokens):
            out.append(f"{token}={tokens[i + 1]}")
            i += 2
            continue
        if len(token) > 1 and token[0] == "-" and token[1] != "-" and token not in flags:
            token = " " + token
        out.append(token)
        i += 1
    return out


def add_loss_arguments(parser: argparse.ArgumentParser) -> None:
    """FORMULA or --preset NAME, with --vars and --param."""
    parser.add_argument("formula", nargs="?", metavar="FORMULA",
                        help='the loss, e.g. "(1-w1*w2)^2"; ^ means power (quote it for the shell)')
    parser.add_argument("--preset", metavar="NAME",
                        help="use a built-in loss instead of FORMULA (list them: critexplorer presets)")
    parser.add_argument("--vars", metavar="A,B",
                        help="the two variables, in order (default: detected, x before y, w1 before w2)")
    parser.add_argument("--param", action="append", metavar="NAME=VALUE",
                        help="bind an extra name in the formula to a number; repeat for more")


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON only (non-finite numbers as null)")


@dataclass(frozen=True)
class ResolvedLoss:
    """The loss a command works on, and the preset it came from (if any)."""

    loss: Loss
    formula: str
    preset: Preset | None


def resolve_loss(args: argparse.Namespace) -> ResolvedLoss:
    """Build the Loss from FORMULA or --preset, --vars and --param; FormulaError/PresetError pass up."""
    formula = (args.formula or "").strip() if args.formula is not None else None
    names = parse_vars(args.vars) if args.vars is not None else None
    params = parse_params(args.param)
    if args.preset is not None and formula is not None:
        raise CliError("give either FORMULA or --preset NAME, not both")
    if args.preset is not None:
        preset = get_preset(args.preset)
        if names is None and not params:
            return ResolvedLoss(preset.loss(), preset.formula, preset)
        loss = parse_formula(preset.formula, vars=names or preset.vars, params={**preset.params, **params})
        return ResolvedLoss(loss, preset.formula, preset)
    if formula is None:
        raise CliError("give a FORMULA, e.g. \"x^2-y^2\", or --preset NAME (see: critexplorer presets)")
    return ResolvedLoss(parse_formula(formula, vars=names, params=params), formula, None)


def resolve_window(args: argparse.Namespace, preset: Preset | None) -> tuple[tuple[float, float],
                                                                             tuple[float, float]]:
    """--xlim/--ylim if given, else the preset's window, else DEFAULT_LIMITS."""
    xlim = parse_window(args.xlim, "--xlim") if args.xlim is not None else \
        (preset.xlim if preset else DEFAULT_LIMITS)
    ylim = parse_window(args.ylim, "--ylim") if args.ylim is not None else \
        (preset.ylim if preset else DEFAULT_LIMITS)
    return xlim, ylim
