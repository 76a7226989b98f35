"""The critexplorer command: subcommands for scripting, or the window when none is given.

Each subcommand lives in its own module exposing `register(subparsers)`; the parser it adds sets
`run(args) -> int` as its default. With no command, the arguments go to the window command. Bad input
of any kind ends as exit status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import os
import sys
from collections.abc import Sequence

from critexplorer import __version__
from critexplorer.cli.arguments import CliParser, ParserExit, formula_error_message, join_option_values
from critexplorer.cli.language import add_language_argument, install_cli_language
from critexplorer.cli.values import CliError
from critexplorer.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

# Modules under critexplorer.cli, in the order their commands appear in --help.
COMMAND_MODULES = [
    "window_cmd",
    "inspect_cmd",
    "critical_cmd",
    "presets_cmd",
    "run_cmd",
    "basins_cmd",
    "export_cmd",
    "experiment_cmd",
    "lessons_cmd",
]
WINDOW_COMMAND = "window"  # what no command means
EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2

USAGE = QT_TRANSLATE_NOOP(
    "CLIHelp",
    """critexplorer [WINDOW OPTIONS] [FORMULA | FILE.critx]
       critexplorer COMMAND [OPTIONS]    (critexplorer COMMAND --help shows a command's options)""",
)

# --help's words, marked here and looked up when the parser is built (after the catalogue is installed).
DESCRIPTION = QT_TRANSLATE_NOOP(
    "CLIHelp",
    """
Explore the critical points of 2-parameter loss surfaces.

With no command, critexplorer opens the window:
  critexplorer                          the window with the lecture example
  critexplorer --preset himmelblau      the window with a built-in loss
  critexplorer "x^2 - y^2"              the window with your formula
  critexplorer session.critx            the window with a saved session
""",
)

EPILOG = QT_TRANSLATE_NOOP(
    "CLIHelp",
    """
examples:
  critexplorer inspect "(1-w1*w2)^2" --at 0,0
  critexplorer inspect "x^2 - y^2" --at=-1.5,2 --json
  critexplorer critical --preset himmelblau --json
  critexplorer presets

Formulas use + - * / and ^ or ** for powers, pi, e and functions such as exp, log, sin, sqrt, tanh,
sigmoid, softplus, relu, maximum(a, b). Run "critexplorer COMMAND --help" for a command's options.
Exit status: 0 on success, 2 on bad input (with one line on stderr).
""",
)


def command_name(module: str) -> str:
    return module.removesuffix("_cmd")


def build_parser(only: str | None = None) -> CliParser:
    """The parser with just the command `only` (so one broken command cannot stop another), or, for
    --help, with every command and the window's options (which apply when no command is given)."""
    parser = CliParser(
        prog="critexplorer",
        description=translate("CLIHelp", DESCRIPTION),
        epilog=translate("CLIHelp", EPILOG),
        allow_abbrev=False,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"critexplorer {__version__}")
    if only is None:
        from critexplorer.cli.window_cmd import add_window_arguments

        add_window_arguments(
            parser.add_argument_group(translate("CLIHelp", "window options (with no COMMAND)"))
        )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    for module in COMMAND_MODULES:
        if only is None or command_name(module) == only:
            importlib.import_module(f"critexplorer.cli.{module}").register(subparsers)
    for sub in subparsers.choices.values():
        sub.allow_abbrev = False  # exact option names keep join_option_values unambiguous
        if "--lang" not in sub._option_string_actions:  # the window's options already have it
            add_language_argument(sub)
    parser.usage = translate(
        "CLIHelp", USAGE
    )  # only now: add_subparsers builds the commands' usage lines from it
    return parser


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(argv)
    except ParserExit as done:
        return done.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, without a second error at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_INTERNAL
    except Exception as error:  # the boundary to the user: never a traceback
        return _fail(error, argv)


def _dispatch(argv: list[str]) -> int:
    commands = [command_name(module) for module in COMMAND_MODULES]
    argv = _language_after_command(argv, commands)
    # Before any parser is built, so that --help and argparse's errors are in that language too; the
    # window then chooses its own (--lang, View → Language's choice, or the system's).
    install_cli_language(_language_option(argv))
    first = argv[0] if argv else None
    if first in ("-h", "--help") or (first not in commands and _asks_for_help(argv)):
        build_parser().parse_args(["--help"])  # prints every command and the window's options
    if argv == ["--version"]:
        print(f"critexplorer {__version__}")
        return EXIT_OK
    if first not in commands:
        if first and not first.startswith("-"):
            guess = difflib.get_close_matches(first, list(commands), n=1, cutoff=0.75)
            if guess:
                raise CliError(
                    translate("CLI", "unknown command '{command}'; did you mean '{guess}'?").format(
                        command=first, guess=guess[0]
                    )
                )
        argv = [WINDOW_COMMAND, *argv]
        first = WINDOW_COMMAND
    parser = build_parser(only=first)
    tokens = [first, *join_option_values(argv[1:], _subparsers(parser)[first])]
    args = parser.parse_args(tokens)
    return run_without_float_warnings(args)


def _language_after_command(argv: list[str], commands: list[str]) -> list[str]:
    """`--lang X COMMAND ...` (the language given first) as `COMMAND --lang X ...`, which argparse reads."""
    if argv and argv[0].startswith("--lang="):
        head, rest = argv[:1], argv[1:]
    elif len(argv) >= 2 and argv[0] == "--lang":
        head, rest = argv[:2], argv[2:]
    else:
        return argv
    if rest and rest[0] in commands:
        return [rest[0], *head, *rest[1:]]
    return argv


def _language_option(argv: list[str]) -> argparse.Namespace:
    """--lang as given (--lang X or --lang=X), before argparse has read the rest; a bad value is left to
    argparse to refuse."""
    options = argv[: argv.index("--")] if "--" in argv else argv
    for i, token in enumerate(options):
        value = token.split("=", 1)[1] if token.startswith("--lang=") else None
        if token == "--lang" and i + 1 < len(options):
            value = options[i + 1]
        if value in LANGUAGES:
            return argparse.Namespace(lang=value)
    return argparse.Namespace(lang=None)


def run_without_float_warnings(args: argparse.Namespace) -> int:
    """Run the parsed command with numpy's floating-point warnings off.

    The engine turns overflow and undefined values into non-finite numbers and handles them; a
    floating-point warning is never news to a user, so none reaches stderr (the window's event loop
    runs inside this too). tests/cli/test_no_warnings.py checks that its corpus needs this guard.
    """
    import numpy as np

    with np.errstate(all="ignore"):
        return args.run(args)


def _asks_for_help(argv: list[str]) -> bool:
    options = argv[: argv.index("--")] if "--" in argv else argv
    return "-h" in options or "--help" in options


def _fail(error: Exception, argv: list[str]) -> int:
    """Print one line on stderr; bad input is status 2, anything unexpected status 1."""
    from critexplorer.core.formula import FormulaError
    from critexplorer.core.presets import PresetError

    commands = {command_name(module) for module in COMMAND_MODULES}
    prog = f"critexplorer {argv[0]}" if argv and argv[0] in commands else "critexplorer"
    from critexplorer.files.lesson_file import LessonError

    if isinstance(error, (CliError, FormulaError, PresetError, LessonError)):
        text = formula_error_message(error) if isinstance(error, FormulaError) else str(error)
        print(
            translate("CLI", "{prog}: error: {text}").format(prog=prog, text=_one_line(text)), file=sys.stderr
        )
        return EXIT_BAD_INPUT
    if os.environ.get("CRITEXPLORER_DEBUG"):
        raise error
    text = translate(
        "CLI",
        "{prog}: internal error: {kind}: {text} (please report it; CRITEXPLORER_DEBUG=1 shows the traceback)",
    ).format(prog=prog, kind=type(error).__name__, text=_one_line(str(error)))
    print(text, file=sys.stderr)
    return EXIT_INTERNAL


def _one_line(text: str) -> str:
    return " ".join(text.split())
