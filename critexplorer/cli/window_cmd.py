"""critexplorer window (also: critexplorer with no command, python main.py): open the explorer window.

The options are read and checked here, before any window (or Qt) exists, so bad input ends as exit 2
and one line on stderr at once; the window itself gets a ready StartState.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from critexplorer.cli.arguments import (
    add_slice_arguments,
    formula_error_message,
    parse_params,
    parse_vars,
    resolve_slice,
)
from critexplorer.cli.display import window_refusal
from critexplorer.cli.language import add_language_argument
from critexplorer.cli.output import paragraph
from critexplorer.cli.values import (
    ONE_LOSS_SOURCE,
    SLICE_OPTIONS_ALONE,
    CliError,
    parse_pair,
    parse_size,
    parse_whole,
    parse_window,
)
from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.limits import MAX_RESOLUTION, MAX_STEP_LIMIT, MIN_RESOLUTION
from critexplorer.core.run_axis import RUN_AXES

if TYPE_CHECKING:
    from critexplorer.ui.start_state import StartState

MIN_SIZE, MAX_SIZE = 200, 8000  # pixels per side of the window
EXIT_INTERNAL = 1

EXAMPLES = QT_TRANSLATE_NOOP(
    "CLIHelp",
    """
examples:
  critexplorer                                   the lecture example
  critexplorer --preset himmelblau --find-critical
  critexplorer "a*x^2 - y^2" --param a=2 --select=-1,0.5
  critexplorer lecture.critx                     a saved session
  critexplorer --preset himmelblau --race gd,adam,newton --start=-0.2,-1.9 --screenshot race.png
  critexplorer --slice results.json --slice-run 3 --directions eig-min,eig-max
""",
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "window",
        help=translate("CLIHelp", "open the explorer window (what critexplorer does with no command)"),
        description=paragraph(
            translate(
                "CLIHelp",
                "Open the explorer window on a formula, a preset or a .critx session. Without a command, "
                "critexplorer takes these options and opens the window.",
            )
        ),
        epilog=translate("CLIHelp", EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_window_arguments(parser)
    parser.set_defaults(run=run)


def add_window_arguments(parser) -> None:
    """The window's options, on a parser or an argument group (the top-level --help lists them too)."""
    parser.add_argument(
        "source",
        nargs="?",
        metavar="FORMULA | FILE.critx",
        help=translate("CLIHelp", 'a formula such as "(1 - w1*w2)^2", or a .critx session'),
    )
    parser.add_argument(
        "--preset",
        metavar="NAME",
        help=translate("CLIHelp", "open a preset by name (see: critexplorer presets)"),
    )
    add_slice_arguments(parser)
    parser.add_argument(
        "--vars", metavar="A,B", help=translate("CLIHelp", "the two variables of the formula, in order")
    )
    parser.add_argument(
        "--param",
        action="append",
        metavar="NAME=VALUE",
        help=translate("CLIHelp", "bind a parameter of the formula; repeatable"),
    )
    parser.add_argument("--xlim", metavar="A,B", help=translate("CLIHelp", "x range of the window"))
    parser.add_argument("--ylim", metavar="A,B", help=translate("CLIHelp", "y range of the window"))
    parser.add_argument(
        "--resolution",
        metavar="N",
        help=translate("CLIHelp", "grid points per axis ({low}-{high})").format(
            low=MIN_RESOLUTION, high=MAX_RESOLUTION
        ),
    )
    parser.add_argument("--select", metavar="X,Y", help=translate("CLIHelp", "select this point at start"))
    parser.add_argument(
        "--find-critical",
        action="store_true",
        help=translate("CLIHelp", "find every critical point at start"),
    )
    parser.add_argument(
        "--taylor", action="store_true", help=translate("CLIHelp", "show the second-order Taylor overlay")
    )
    parser.add_argument(
        "--curvature", action="store_true", help=translate("CLIHelp", "show the curvature map layer")
    )
    parser.add_argument(
        "--log",
        action="store_true",
        help=translate("CLIHelp", "log(1 + L − min L) surface and contour levels"),
    )
    parser.add_argument(
        "--gradient-map",
        action="store_true",
        help=translate("CLIHelp", "show the ‖g‖ map layer (colour by log10 of the gradient's length)"),
    )
    parser.add_argument(
        "--race",
        metavar="NAMES",
        help=translate(
            "CLIHelp",
            "optimizer runs to add at start, comma-separated (e.g. gd,adam,newton); "
            "they run to the end before a --screenshot",
        ),
    )
    parser.add_argument(
        "--x-axis",
        choices=RUN_AXES,
        help=translate(
            "CLIHelp", "what the run plots count: step, epoch or samples seen (data-backed presets)"
        ),
    )
    parser.add_argument(
        "--start", metavar="X,Y", help=translate("CLIHelp", "start point of the optimizer runs")
    )
    parser.add_argument(
        "--steps",
        metavar="N",
        help=translate("CLIHelp", "step limit of the optimizer runs (at most {most})").format(
            most=MAX_STEP_LIMIT
        ),
    )
    parser.add_argument(
        "--lesson",
        metavar="NAME | FILE.json",
        help=translate("CLIHelp", "open a lesson (see: critexplorer lessons) or a lesson file"),
    )
    parser.add_argument(
        "--step", metavar="K", help=translate("CLIHelp", "with --lesson: open it at step K (from 1)")
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help=translate("CLIHelp", "save a PNG of the whole window and exit"),
    )
    parser.add_argument("--size", metavar="WxH", help=translate("CLIHelp", "window size, e.g. 1400x900"))
    parser.add_argument(
        "--presenter",
        action="store_true",
        help=translate("CLIHelp", "presenter mode: full screen, large text (with --screenshot: at --size)"),
    )
    add_language_argument(parser)


def run(args: argparse.Namespace) -> int:
    start = start_state(args)
    refusal = window_refusal()  # before Qt: with no display it would abort the process
    if refusal is not None:
        raise CliError(refusal)
    # Imported here so that the other commands never load Qt.
    try:
        from critexplorer.ui.app import run_window
    except ImportError as error:
        print(
            translate("CLI", "critexplorer: cannot open the window: {error}").format(error=error),
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    return run_window(start)


def start_state(args: argparse.Namespace) -> StartState:
    """The StartState the options ask for; CliError (or PresetError) if any of them is bad."""
    from critexplorer.ui.start_state import StartState  # on use: --help needs no ui module

    xlim = parse_window(args.xlim, "--xlim") if args.xlim is not None else None
    ylim = parse_window(args.ylim, "--ylim") if args.ylim is not None else None
    options = dict(
        xlim=xlim,
        ylim=ylim,
        resolution=_optional_whole(args.resolution, "--resolution", MIN_RESOLUTION, MAX_RESOLUTION),
        select=parse_pair(args.select, "--select") if args.select is not None else None,
        find_critical=args.find_critical,
        taylor=args.taylor,
        curvature=args.curvature,
        gradient_map=args.gradient_map,
        run_axis=args.x_axis,
        log=args.log,
        race=_race(args.race),
        start=parse_pair(args.start, "--start") if args.start is not None else None,
        steps=_optional_whole(args.steps, "--steps", 1, MAX_STEP_LIMIT),
        screenshot=_screenshot(args.screenshot),
        size=parse_size(args.size, "--size", MIN_SIZE, MAX_SIZE) if args.size is not None else None,
        presenter=args.presenter,
        language=args.lang,
        **_lesson(args),
    )
    return StartState(**_loss(args, (xlim, ylim) if xlim and ylim else None), **options)


def _loss(args: argparse.Namespace, window) -> dict:
    """formula, params, vars, window, preset or session: what the loss options ask for."""
    from critexplorer.core import presets
    from critexplorer.core.formula import FormulaError, parse_formula
    from critexplorer.core.limits import DEFAULT_FORMULA, DEFAULT_WINDOW

    source = args.source.strip() if args.source is not None else None  # see join_option_values
    if args.preset is not None and source:
        raise CliError(translate("CLI", "give either --preset NAME or a formula, not both"))
    if getattr(args, "slice", None) is not None:
        if source or args.preset is not None:
            raise CliError(translate("CLI", ONE_LOSS_SOURCE))
        made = resolve_slice(args)
        return dict(
            formula=made.formula, vars=("a", "b"), window=window or made.window, slice=made.network_slice
        )
    if getattr(args, "slice_run", None) is not None or getattr(args, "directions", None) is not None:
        raise CliError(translate("CLI", SLICE_OPTIONS_ALONE))
    names = parse_vars(args.vars) if args.vars is not None else None
    params = parse_params(args.param)
    if source and source.endswith(".critx"):
        return dict(window=window, session=Path(source))
    preset = None
    if source:
        formula = source
    else:
        try:
            preset = presets.get_preset(args.preset or "lecture")
        except presets.PresetError:
            if args.preset is not None:
                raise
        if preset is None:  # no presets file: the built-in default
            formula, window = DEFAULT_FORMULA, window or DEFAULT_WINDOW
        else:
            formula, params = preset.formula, {**preset.params, **params}
            names = names or preset.vars
            window = window or (preset.xlim, preset.ylim)
    try:
        loss = parse_formula(formula, vars=names, params=params)
    except FormulaError as error:
        raise CliError(
            translate("CLI", "bad formula: {message}").format(message=formula_error_message(error))
        ) from None
    return dict(formula=formula, params=params, vars=loss.vars, window=window, preset=preset)


def _lesson(args: argparse.Namespace) -> dict:
    """--lesson NAME|FILE.json and --step K: the lesson, read and checked now (LessonError names the
    step and field of a broken file), and the step from 0."""
    lesson_name, step = getattr(args, "lesson", None), getattr(args, "step", None)
    if lesson_name is None:
        if step is not None:
            raise CliError(translate("CLI", "--step goes with --lesson NAME"))
        return {}
    from critexplorer.files.lesson_file import find_lesson

    lesson = find_lesson(lesson_name)
    index = parse_whole(step, "--step", 1, len(lesson.steps)) - 1 if step is not None else 0
    return {"lesson": lesson, "lesson_step": index}


def _optional_whole(text: str | None, option: str, low: int, high: int) -> int | None:
    return parse_whole(text, option, low, high) if text is not None else None


def _race(text: str | None) -> tuple[str, ...]:
    if text is None:
        return ()
    from critexplorer.core.optimizers.registry import optimizer_names

    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in optimizer_names()]
    if unknown or not names:
        raise CliError(
            translate("CLI", "--race takes optimizer names from: {known}; got '{names}'").format(
                known=", ".join(optimizer_names()), names=",".join(unknown) or translate("CLI", "nothing")
            )
        )
    return names


def _screenshot(text: str | None) -> Path | None:
    if text is None:
        return None
    if not text.lower().endswith(".png"):
        raise CliError(translate("CLI", "--screenshot must name a .png file; got '{text}'").format(text=text))
    return Path(text)
