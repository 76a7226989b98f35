"""Argument parsing shared by the commands: the parser class, argv rewriting for values that start with
'-', and the loss (FORMULA or --preset, --vars, --param) and window options."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from dataclasses import dataclass

from critexplorer.cli.output import wrap_columns
from critexplorer.cli.values import (
    ONE_LOSS_SOURCE,
    SLICE_OPTIONS_ALONE,
    CliError,
    option_error,
    parse_assignment_list,
    parse_names,
    parse_whole,
    parse_window,
)
from critexplorer.core import formula
from critexplorer.core.formula import FormulaError, parse_formula
from critexplorer.core.i18n import translate
from critexplorer.core.limits import DEFAULT_LIMITS
from critexplorer.core.loss import Loss
from critexplorer.core.os_reason import cannot_read
from critexplorer.core.presets import Preset, get_preset
from critexplorer.core.text_input import to_ascii


class ParserExit(Exception):
    """argparse wanted to exit (after --help or --version): main() returns `status`."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


class CliHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """--help in the chosen language: argparse's own words ("usage:") from our catalogue, and help texts
    wrapped by terminal columns (a Chinese character takes two; textwrap counts it as one)."""

    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = translate("CLIHelp", "usage: ")
        return super().add_usage(usage, actions, groups, prefix)

    def _split_lines(self, text, width):
        return wrap_columns(" ".join(text.split()), width)

    def start_section(self, heading):
        self._headings = [*getattr(self, "_headings", []), heading]
        return super().start_section(heading)

    def format_help(self):
        # argparse puts an ASCII ':' after each heading; a Chinese heading takes the full-width one.
        text = super().format_help()
        for heading in getattr(self, "_headings", []):
            if heading and not heading.isascii():
                text = re.sub(rf"(?m)^(\s*){re.escape(heading)}:$", rf"\g<1>{heading}：", text)
        return text


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing usage and calling sys.exit, and words its
    --help in the chosen language (the catalogue is installed before any parser is built)."""

    def __init__(self, *args, **kwargs):
        kwargs["formatter_class"] = CliHelpFormatter  # our descriptions come wrapped (output.paragraph)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("CLIHelp", "positional arguments")
        self._optionals.title = translate("CLIHelp", "options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = translate("CLIHelp", "show this help message and exit")

    def add_argument(self, *args, **kwargs):
        if kwargs.get("action") == "version":
            kwargs.setdefault("help", translate("CLIHelp", "show the version number and exit"))
        return super().add_argument(*args, **kwargs)

    def error(self, message: str):  # type: ignore[override]
        hint = "unrecognized arguments: --" in message
        message = argparse_words(message)
        if hint:
            message += translate(
                "CLI", '; a formula that starts with -- goes after a lone --, like: -- "--x"'
            )
        raise CliError(
            translate("CLI", "{message} (see: {prog} --help)").format(message=message, prog=self.prog)
        )

    def exit(self, status: int = 0, message: str | None = None):  # type: ignore[override]
        if message:
            self._print_message(message)
        raise ParserExit(status)


def argparse_words(message: str) -> str:
    """argparse's own error messages (English: it has no catalogue of ours) in the chosen language; the
    ones it words otherwise stay as they are."""
    match = re.fullmatch(r"the following arguments are required: (.*)", message)
    if match:
        return translate("CLI", "the following arguments are required: {names}").format(names=match[1])
    match = re.fullmatch(r"unrecognized arguments: (.*)", message)
    if match:
        return translate("CLI", "unrecognized arguments: {names}").format(names=match[1])
    match = re.fullmatch(r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)", message)
    if match:
        return translate("CLI", "argument {option}: invalid choice: {value} (choose from {choices})").format(
            option=match[1], value=match[2], choices=match[3]
        )
    match = re.fullmatch(r"argument (\S+): expected one argument", message)
    if match:
        return translate("CLI", "argument {option}: expected one argument").format(option=match[1])
    return message


def parse_params(items: Sequence[str] | None) -> dict[str, float]:
    """--param values: ['a=2', 'b=-1,c=3'] -> {'a': 2.0, 'b': -1.0, 'c': 3.0}."""
    return parse_assignment_list(items, "--param", "--param a=2")


def parse_vars(text: str) -> tuple[str, str]:
    return parse_names(text, "--vars")


def formula_error_message(error: FormulaError) -> str:
    """A FormulaError in the command line's words: the facts, then the option that fixes them."""
    if error.kind == formula.BAD_VARIABLES:
        message = translate("CLI", "--vars needs two different names, like x,y; got {names}").format(
            names=",".join(error.names)
        )
    else:
        message = error.message + _formula_advice(error.kind)
    if error.column is None:
        return message
    return translate("CLI", "{message} (column {column})").format(message=message, column=error.column)


def _formula_advice(kind: str) -> str:
    """How to fix a FormulaError of this kind with the command line's options (in the chosen language)."""
    advice = {
        formula.ASSIGNMENT: lambda: translate("CLI", " (parameters such as a=2 go in --param NAME=VALUE)"),
        formula.UNBOUND_NAMES: lambda: translate("CLI", ": bind with --param NAME=VALUE"),
        formula.TOO_MANY_VARIABLES: lambda: translate(
            "CLI", ". Bind the extra ones with --param NAME=VALUE, or choose the two with --vars"
        ),
        formula.MISSING_TERM: lambda: translate("CLI", ": a term is missing after it"),
        formula.ABSOLUTE_BARS: lambda: translate("CLI", ": {fix}").format(fix=formula.absolute_bars_fix()),
    }.get(kind)
    return advice() if advice else ""


def value_options(parser: argparse.ArgumentParser) -> set[str]:
    """The option strings of `parser` that take a value (not flags such as --json, nor options whose
    value may be left out, such as --caption [TEXT])."""
    return {
        s for a in parser._actions if a.option_strings and a.nargs not in (0, "?") for s in a.option_strings
    }


def optional_value_options(parser: argparse.ArgumentParser) -> set[str]:
    """Options whose value may be left out (--caption [TEXT]): the next token is theirs unless it is an
    option (a value starting with '-' needs --caption=-TEXT)."""
    return {s for a in parser._actions if a.option_strings and a.nargs == "?" for s in a.option_strings}


def flag_options(parser: argparse.ArgumentParser) -> set[str]:
    return {s for a in parser._actions if a.option_strings and a.nargs == 0 for s in a.option_strings}


_OPTION_NAME = re.compile(r"--[A-Za-z][A-Za-z0-9-]*")


def join_option_values(tokens: Sequence[str], parser: argparse.ArgumentParser) -> list[str]:
    """Rewrite argv so that values starting with '-' reach their option instead of looking like options.

    argparse reads `--at -1.5,2` as the option --at followed by an unknown option -1.5,2. Joining
    it into `--at=-1.5,2` is unambiguous. A positional starting with '-' (a formula like -x^2+y^2)
    gets a leading space, which argparse never mistakes for an option; the formula is stripped later.
    """
    takes_value, flags = value_options(parser), flag_options(parser)
    may_take_value = optional_value_options(parser)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "--":
            out.extend(tokens[i:])
            break
        if i + 1 < len(tokens) and (
            token in takes_value or (token in may_take_value and not tokens[i + 1].startswith("-"))
        ):
            out.append(f"{token}={tokens[i + 1]}")
            i += 2
            continue
        if len(token) > 1 and token[0] == "-" and token[1] != "-" and token not in flags:
            token = " " + token
        elif token.startswith("--") and not _OPTION_NAME.fullmatch(token.split("=", 1)[0]):
            token = " " + token  # no option looks like --x^2: a formula with a double minus
        out.append(token)
        i += 1
    return out


def add_loss_arguments(parser: argparse.ArgumentParser) -> None:
    """FORMULA or --preset NAME, with --vars and --param."""
    parser.add_argument(
        "formula",
        nargs="?",
        metavar="FORMULA",
        help=translate("CLIHelp", 'the loss, e.g. "(1-w1*w2)^2"; ^ means power (quote it for the shell)'),
    )
    parser.add_argument(
        "--preset",
        metavar="NAME",
        help=translate("CLIHelp", "use a built-in loss instead of FORMULA (list them: critexplorer presets)"),
    )
    parser.add_argument(
        "--vars",
        metavar="A,B",
        help=translate(
            "CLIHelp", "the two variables, in order (default: detected, x before y, w1 before w2)"
        ),
    )
    parser.add_argument(
        "--param",
        action="append",
        metavar="NAME=VALUE",
        help=translate("CLIHelp", "bind an extra name in the formula to a number; repeat for more"),
    )
    add_slice_arguments(parser)


def add_slice_arguments(parser: argparse.ArgumentParser) -> None:
    """--slice RESULTS.json --slice-run K --directions A,B: a network's loss through a run's point."""
    parser.add_argument(
        "--slice",
        metavar="RESULTS.json",
        help=translate(
            "CLIHelp",
            "instead of FORMULA: the slice of a network's loss through a run of `critexplorer experiment`",
        ),
    )
    parser.add_argument(
        "--slice-run",
        metavar="K",
        help=translate("CLIHelp", "the run of RESULTS.json to slice through (default 0)"),
    )
    parser.add_argument(
        "--directions",
        metavar="A,B",
        help=translate(
            "CLIHelp", "slice directions: eig-min, eig-max, eig:K, random:SEED (default eig-min,eig-max)"
        ),
    )


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("CLIHelp", "print JSON only (non-finite numbers as null)"),
    )


@dataclass(frozen=True)
class ResolvedLoss:
    """The loss a command works on, and the preset it came from (if any)."""

    loss: Loss
    formula: str
    preset: Preset | None
    window: tuple[tuple[float, float], tuple[float, float]] | None = None  # a slice's default window
    network_slice: object = None  # the NetworkSlice itself (the window and sessions keep it)


def resolve_loss(args: argparse.Namespace) -> ResolvedLoss:
    """Build the Loss from FORMULA or --preset, --vars and --param, or --slice; FormulaError/PresetError
    pass up."""
    if getattr(args, "slice", None) is not None:
        if args.formula is not None or args.preset is not None:
            raise CliError(translate("CLI", ONE_LOSS_SOURCE))
        return resolve_slice(args)
    if getattr(args, "slice_run", None) is not None or getattr(args, "directions", None) is not None:
        raise CliError(translate("CLI", SLICE_OPTIONS_ALONE))
    formula = (args.formula or "").strip() if args.formula is not None else None
    names = parse_vars(args.vars) if args.vars is not None else None
    params = parse_params(args.param)
    if args.preset is not None and formula is not None:
        raise CliError(translate("CLI", "give either FORMULA or --preset NAME, not both"))
    if args.preset is not None:
        preset = get_preset(args.preset)
        if names is None and not params:
            return ResolvedLoss(preset.loss(), preset.formula, preset)
        loss = parse_formula(preset.formula, vars=names or preset.vars, params={**preset.params, **params})
        return ResolvedLoss(loss, preset.formula, preset)
    if formula is None:
        raise CliError(
            translate("CLI", 'give a FORMULA, e.g. "x^2-y^2", or --preset NAME (see: critexplorer presets)')
        )
    return ResolvedLoss(parse_formula(formula, vars=names, params=params), formula, None)


def resolve_slice(args: argparse.Namespace) -> ResolvedLoss:
    """The slice --slice RESULTS.json --slice-run K --directions A,B as a loss with its window."""
    import json

    from critexplorer.core.limits import MAX_RESULTS_BYTES
    from critexplorer.core.networks.network import NetworkError
    from critexplorer.core.networks.slices import SliceError, slice_from_report
    from critexplorer.files.fields import json_error_words
    from critexplorer.files.regular_file import read_regular_file

    run = parse_whole(args.slice_run, "--slice-run", 0, 10**9) if args.slice_run is not None else 0
    directions = to_ascii(args.directions or "eig-min,eig-max").split(",")  # ，from a Chinese keyboard too
    if len(directions) != 2 or not all(d.strip() for d in directions):
        raise CliError(
            translate("CLI", "--directions needs two directions like eig-min,eig-max; got {text}").format(
                text=repr(args.directions)
            )
        )
    text = ""
    try:
        text = read_regular_file(args.slice, MAX_RESULTS_BYTES).decode("utf-8")
        report = json.loads(text)
    except OSError as error:
        raise option_error("--slice", cannot_read(args.slice, error)) from None
    except json.JSONDecodeError as error:
        named = option_error(args.slice, json_error_words(text, error))  # "FILE: why", worded alike
        raise option_error("--slice", named) from None
    except (ValueError, UnicodeDecodeError, RecursionError) as error:  # RecursionError: [[[[… nested
        problem = translate("CLI", "{path} is not JSON ({problem})").format(path=args.slice, problem=error)
        raise option_error("--slice", problem) from None
    try:
        made = slice_from_report(report if isinstance(report, dict) else {}, run, directions)
    except (SliceError, NetworkError) as error:
        raise option_error("--slice", error) from None
    return ResolvedLoss(made.loss, made.loss.formula, None, (made.xlim, made.ylim), made)


def resolve_window(
    args: argparse.Namespace, preset: Preset | None, default=None
) -> tuple[tuple[float, float], tuple[float, float]]:
    """--xlim/--ylim if given, else the preset's window (or `default`, a slice's), else DEFAULT_LIMITS."""
    home = (preset.xlim, preset.ylim) if preset else (default or (DEFAULT_LIMITS, DEFAULT_LIMITS))
    xlim = parse_window(args.xlim, "--xlim") if args.xlim is not None else home[0]
    ylim = parse_window(args.ylim, "--ylim") if args.ylim is not None else home[1]
    return xlim, ylim
