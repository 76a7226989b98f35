"""critexplorer export: slide pictures (PNG, SVG, PDF), race animations (GIF) and trajectories (CSV),
without opening a window.

The contour view needs no display: without one the command switches Qt to its offscreen platform.
The 3-D view needs OpenGL, which needs a display (a desktop session or xvfb-run); without one the
command says so and exits 2 before any GL call (GL without a context segfaults instead of failing).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from critexplorer.cli.arguments import add_loss_arguments, resolve_loss
from critexplorer.cli.display import XVFB_HINT, has_display
from critexplorer.cli.output import paragraph
from critexplorer.cli.run_options import (
    add_hyperparameter_arguments,
    add_optimizer_arguments,
    add_seed_argument,
    hyperparameters_from_args,
    parse_seed,
    schedule_from_text,
)
from critexplorer.cli.values import (
    CliError,
    option_error,
    parse_assignment_list,
    parse_number,
    parse_number_in,
    parse_pair,
    parse_size,
    parse_whole,
    parse_window,
)
from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.limits import (
    DEFAULT_BASIN_GRID,
    DEFAULT_BASIN_STEPS,
    DEFAULT_LIMITS,
    MAX_BASIN_GRID,
    MAX_RESOLUTION,
    MIN_BASIN_GRID,
    MIN_RESOLUTION,
)
from critexplorer.core.limits import DEFAULT_CLI_STEPS as DEFAULT_STEPS
from critexplorer.core.limits import MAX_STEP_LIMIT as MAX_STEPS

# Qt-free: the formats declare themselves as data, and this command builds its checks and help from them.
from critexplorer.ui.export.errors import ExportError
from critexplorer.ui.export.formats import Exporter, all_suffixes, exporter_for, exporters
from critexplorer.ui.export.pictures import BASINS, MAX_SIDE, MIN_SIDE, NEEDS_GL, VIEWS, view_phrase

DEFAULT_CAPTION = object()  # --caption without TEXT: the words come from ui/export/caption.py

EXAMPLES = QT_TRANSLATE_NOOP(
    "CLIHelp",
    """
examples:
  critexplorer export "(1-w1*w2)^2" --view contour --out lecture.png --point 0,0 --critical
  critexplorer export --preset himmelblau --view contour --out himmelblau.svg --critical
  critexplorer export --preset lecture --out saddle.png --point 0,0 --caption
  critexplorer export --preset himmelblau --view contour --out race.gif --run gd:0.2,-0.3 \\
      --run adam:0.2,-0.3:lr=0.1 --run newton:0.2,-0.3 --steps 60 --fps 12 --size 1280x720
  xvfb-run -a critexplorer export --preset rosenbrock --view both --out slide.png --size 3840x2160
  critexplorer export --preset himmelblau --view basins --optimizer newton --grid 128 --out newton.png
  critexplorer export "x^2 - y^2" --out trails.csv --run gd:1,0.01 --run momentum:1,0.01

Runs: OPTIMIZER:X,Y[:NAME=VALUE,...], e.g. adam:-1,2:lr=0.05.
""",
)


def formats_help() -> str:
    """The formats, as the epilog lists them: what each draws, needs and takes."""
    lines = [translate("CLIHelp", "formats (the suffix of --out):")]
    for e in exporters():
        facts = [f"--view {_or(e.views)}" if e.draws_picture else translate("CLIHelp", "no picture")]
        if e.needs_runs:
            facts.append(translate("CLIHelp", "needs --run"))
        if e.transparent:
            facts.append("--transparent")
        facts += [o.flag for o in e.options]
        described = translate("CLIHelp", "{name}, {kind}: {facts}").format(
            name=e.name, kind=e.shown_kind(), facts=translate("CLIHelp", "; ").join(facts)
        )
        lines.append(f"  {' '.join(e.suffixes):6}{described}")
    return "\n".join(lines) + "\n"


def _or(words) -> str:
    words = list(words)
    if len(words) == 1:
        return words[0]
    return translate("CLIHelp", "{first} or {last}").format(first=", ".join(words[:-1]), last=words[-1])


def _format_options() -> dict:
    """Every format's options by CLI flag (one flag may serve several formats)."""
    return {o.flag: o for e in exporters() for o in e.options}


def register(subparsers) -> None:
    suffixes = [s.lstrip(".") for s in all_suffixes()]
    parser = subparsers.add_parser(
        "export",
        help=translate("CLIHelp", "save the views or the runs to a file ({suffixes})").format(
            suffixes="/".join(suffixes)
        ),
        description=paragraph(
            translate(
                "CLIHelp",
                "Render the explorer's views to a file without opening a window: the contour view, the "
                "3-D surface, both side by side, or the whole window. The contour view works with no "
                "display at all; the 3-D view needs OpenGL (a desktop or xvfb-run).",
            )
        ),
        epilog=translate("CLIHelp", EXAMPLES) + "\n" + formats_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_loss_arguments(parser)
    parser.add_argument(
        "--view",
        default="contour",
        choices=VIEWS,
        help=translate("CLIHelp", "what to draw (default: contour)"),
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=translate("CLIHelp", "output file: {suffixes}").format(suffixes=", ".join(all_suffixes())),
    )
    parser.add_argument(
        "--size",
        default=None,
        metavar="WxH",
        help=translate("CLIHelp", "picture size in pixels (default: {sizes})").format(sizes=_default_sizes()),
    )
    parser.add_argument(
        "--scale",
        default=None,
        metavar="S",
        help=translate("CLIHelp", "enlarge text and lines by S (default: 1 up to 1080p, 2 at 4K)"),
    )
    parser.add_argument(
        "--theme",
        default="slide",
        choices=("slide", "screen"),
        help=translate(
            "CLIHelp", "slide: white background, dark axes, larger text (default); screen: as shown"
        ),
    )
    parser.add_argument(
        "--transparent",
        action="store_true",
        help=translate("CLIHelp", "transparent background ({formats})").format(
            formats=", ".join(e.suffix.lstrip(".") for e in exporters() if e.transparent)
        ),
    )
    parser.add_argument(
        "--caption",
        nargs="?",
        const=DEFAULT_CAPTION,
        default=None,
        metavar="TEXT",
        help=translate(
            "CLIHelp",
            "a caption under the picture: TEXT, or without it the formula and the --point with its type",
        ),
    )
    parser.add_argument(
        "--gradient-map",
        action="store_true",
        help=translate("CLIHelp", "the ‖g‖ map layer: colour by log10 of the gradient's length"),
    )
    parser.add_argument(
        "--xlim", metavar="A,B", help=translate("CLIHelp", "x range (default: the preset's, else -2,2)")
    )
    parser.add_argument(
        "--ylim", metavar="A,B", help=translate("CLIHelp", "y range (default: the preset's, else -2,2)")
    )
    parser.add_argument(
        "--resolution",
        default="256",
        metavar="N",
        help=translate("CLIHelp", "grid points per axis (default 256)"),
    )
    parser.add_argument(
        "--point",
        metavar="X,Y",
        help=translate("CLIHelp", "select this point: marker, −g and eigenvector arrows"),
    )
    parser.add_argument(
        "--critical", action="store_true", help=translate("CLIHelp", "mark every critical point in view")
    )
    parser.add_argument(
        "--run",
        action="append",
        dest="runs",
        metavar="OPT:X,Y",
        help=translate("CLIHelp", "add an optimizer run; repeatable"),
    )
    parser.add_argument(
        "--steps",
        default=None,
        metavar="N",
        help=translate(
            "CLIHelp",
            "step limit of the runs (default {default}, at most {most}; a run stops once it settles) "
            "or of each start of a basin map (default {basin_default})",
        ).format(default=DEFAULT_STEPS, most=MAX_STEPS, basin_default=DEFAULT_BASIN_STEPS),
    )
    basins = parser.add_argument_group(
        translate("CLIHelp", "the basin map (--view basins; the options of critexplorer basins)")
    )
    add_optimizer_arguments(basins)
    add_hyperparameter_arguments(basins)
    add_seed_argument(
        basins,
        translate("CLIHelp", "seed of the noise and shuffling; cell i starts with seed + i (default: 0)"),
    )
    basins.add_argument(
        "--grid",
        default=str(DEFAULT_BASIN_GRID),
        metavar="N",
        help=translate("CLIHelp", "N x N starts (default {default})").format(default=DEFAULT_BASIN_GRID),
    )
    for flag, option in _format_options().items():
        parser.add_argument(
            flag,
            default=None,
            metavar="N" if option.whole else "F",
            help=translate("CLIHelp", "{help} (default {default})").format(
                help=option.shown_help(), default=f"{option.default:g}"
            ),
        )
    parser.set_defaults(run=run)


def _default_sizes() -> str:
    sizes: dict[tuple[int, int], list[str]] = {}
    for e in exporters():
        if e.draws_picture:
            sizes.setdefault(e.default_size, []).append(e.suffix.lstrip("."))
    common = max(sizes, key=lambda size: len(sizes[size]))
    rest = [
        translate("CLIHelp", "{size} for {formats}").format(size=f"{w}x{h}", formats=_or(names))
        for (w, h), names in sizes.items()
        if (w, h) != common
    ]
    return "; ".join([f"{common[0]}x{common[1]}", *rest])


def parse_run(text: str) -> tuple[str, tuple[float, float], dict[str, float]]:
    """'adam:-1,2' or 'adam:-1,2:lr=0.1,beta1=0.9' -> (name, start, hyperparameters)."""
    parts = text.split(":")
    if len(parts) not in (2, 3) or not parts[0].strip():
        raise CliError(
            translate(
                "CLI", "--run needs OPTIMIZER:X,Y[:NAME=VALUE,...] like adam:-1,2:lr=0.1; got {text}"
            ).format(text=repr(text))
        )
    name = parts[0].strip()
    start = parse_pair(parts[1], f"--run {name}")
    values = parse_assignment_list(parts[2:], f"--run {name}", f"--run {name}:-1,2:lr=0.1")
    return name, start, values


def chosen_format(out: Path, view: str) -> Exporter:
    """The format of --out, if it can draw --view; CliError saying what would work otherwise."""
    try:
        exporter = exporter_for(out)
    except ExportError:
        raise CliError(
            translate("CLI", "--out must end in {suffixes}; got {out}").format(
                suffixes=", ".join(all_suffixes()), out=repr(str(out))
            )
        ) from None
    refusal = exporter.refusal(view)
    if refusal:
        raise CliError(refusal)
    return exporter


def format_values(exporter: Exporter, args: argparse.Namespace) -> dict:
    """The format's options from their flags (defaults for those not given), checked."""
    values = {}
    for option in exporter.options:
        text = getattr(args, option.flag.lstrip("-").replace("-", "_"))
        if text is None:
            values[option.name] = option.default
        elif option.whole:
            values[option.name] = parse_whole(text, option.flag, int(option.low), int(option.high))
        elif option.low_inclusive:
            values[option.name] = parse_number_in(
                text, option.flag, option.low, option.high, option.shown_unit()
            )
        else:
            try:
                values[option.name] = option.checked(parse_number(text, option.flag))
            except ExportError as error:
                raise option_error(option.flag, error) from None
    return values


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    exporter = chosen_format(out, args.view)
    runs_given = [parse_run(text) for text in args.runs or ()]
    if exporter.needs_runs and not runs_given:
        raise CliError(
            translate(
                "CLI", "a {suffix} file shows optimizer runs: add at least one --run OPTIMIZER:X,Y"
            ).format(suffix=exporter.suffix)
        )
    size = parse_size(args.size, "--size", MIN_SIDE, MAX_SIDE) if args.size else exporter.default_size
    scale = parse_number(args.scale, "--scale") if args.scale is not None else None
    default_steps = DEFAULT_BASIN_STEPS if args.view == BASINS else DEFAULT_STEPS
    steps = parse_whole(args.steps, "--steps", 0, MAX_STEPS) if args.steps is not None else default_steps
    values = format_values(exporter, args)
    resolution = parse_whole(args.resolution, "--resolution", MIN_RESOLUTION, MAX_RESOLUTION)
    point = parse_pair(args.point, "--point") if args.point else None

    resolved = resolve_loss(args)
    preset = resolved.preset
    own = resolved.window or ((preset.xlim, preset.ylim) if preset else (DEFAULT_LIMITS, DEFAULT_LIMITS))
    xlim = parse_window(args.xlim, "--xlim") if args.xlim else own[0]
    ylim = parse_window(args.ylim, "--ylim") if args.ylim else own[1]
    runs = _run_all(resolved.loss, preset, runs_given, steps)
    if exporter.draws_picture:  # too large for the format (a GIF's size and frames): before Qt starts
        refusal = exporter.request_refusal(size, runs, values)
        if refusal:
            raise CliError(refusal)
    else:
        return _write_data(exporter, out, resolved.loss.vars, runs, values)
    basin_map = _basin_map(args, resolved, (xlim, ylim), steps) if args.view == BASINS else None
    needs_gl = args.view in NEEDS_GL
    if not has_display():
        if needs_gl:
            raise CliError(
                translate("CLI", "the {view} view needs OpenGL and there is no display; {hint}").format(
                    view=args.view, hint=translate("CLI", XVFB_HINT)
                )
            )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _in_qt(
        lambda widgets: _draw_and_write(
            widgets,
            args,
            resolved,
            (xlim, ylim),
            resolution,
            point,
            runs,
            exporter,
            out,
            size,
            scale,
            values,
            basin_map,
        )
    )
    width, height = size
    details = f"{width}x{height}, {view_phrase(args.view)}"
    print(translate("CLI", "wrote {out} ({details})").format(out=out, details=details))
    return 0


def _basin_map(args, resolved, window, steps: int):
    """The basin map --view basins draws: --optimizer and its options over the window, --grid N."""
    from critexplorer.core.atlas.find import AtlasError, find_critical_points
    from critexplorer.core.basins.basin_map import BasinError, compute_basin_map
    from critexplorer.core.data import DataError
    from critexplorer.core.optimizers.hyperparams import OptimizerError
    from critexplorer.core.runs import RunSpec, loss_for_runs

    grid = parse_whole(args.grid, "--grid", MIN_BASIN_GRID, MAX_BASIN_GRID)
    notes: list[str] = []
    try:
        spec = RunSpec(
            args.optimizer,
            (0.0, 0.0),
            hyperparameters_from_args(args, notes),
            schedule_from_text(args.schedule),
            max_steps=steps,
            seed=parse_seed(args),
        )
        loss = loss_for_runs(resolved.loss, resolved.preset)
        atlas = find_critical_points(resolved.loss, *window)
        basin_map = compute_basin_map(loss, spec, *window, grid, atlas=atlas)
    except (OptimizerError, DataError, AtlasError, BasinError) as error:
        raise CliError(str(error)) from None
    for note in notes:
        print(
            translate("CLI", "{prog}: note: {note}").format(prog="critexplorer export", note=note),
            file=sys.stderr,
        )
    return basin_map


def _run_all(loss, preset, runs_given, steps: int) -> list:
    """Each --run as a run to its end, labelled by its optimizer (gd, gd #2, …) in the palette's colours;
    on a data-backed preset the runs walk its samples, as `critexplorer run` does."""
    from critexplorer.core.data import DataError
    from critexplorer.core.limits import palette_color
    from critexplorer.core.optimizers.hyperparams import OptimizerError
    from critexplorer.core.runs import Run, RunSpec, loss_for_runs

    try:
        loss = loss_for_runs(loss, preset)
    except DataError as error:
        raise CliError(str(error)) from None
    runs, seen = [], {}
    for index, (name, start, values) in enumerate(runs_given):
        seen[name] = seen.get(name, 0) + 1
        label = name if seen[name] == 1 else f"{name} #{seen[name]}"
        try:
            spec = RunSpec(name, start, values, max_steps=steps, color=palette_color(index), label=label)
            runs.append(Run(loss, spec).run_to_end())
        except (OptimizerError, DataError) as error:
            raise option_error(f"--run {name}", error) from None
    return runs


def _write_data(exporter: Exporter, out: Path, variable_names, runs, values: dict) -> int:
    """A file that is no picture (CSV), made from the runs alone: no Qt application, no display."""
    try:
        exporter.export_to(out, None, runs, tuple(variable_names), **values)
    except ExportError as error:  # the disk or the path refused too: one line
        raise CliError(str(error)) from None
    print(translate("CLI", "wrote {out} ({details})").format(out=out, details=exporter.summary(runs)))
    return 0


# The offscreen platform warns about window-manager hints it cannot pass on; harmless for pictures.
_HARMLESS_QT_MESSAGES = ("propagateSizeHints",)


def _quiet_qt_messages(mode, context, message: str) -> None:
    if not any(text in message for text in _HARMLESS_QT_MESSAGES):
        print(message, file=sys.stderr)


def _in_qt(draw) -> None:
    """Start Qt, call draw(widgets) (it adds every window it makes to `widgets`), and end Qt in an
    order that cannot crash at exit: the widgets are closed and deleted while the app lives."""
    from PySide6.QtCore import QCoreApplication, Qt, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from critexplorer.ui.teardown import close_widgets

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    qInstallMessageHandler(_quiet_qt_messages)
    app = QApplication.instance() or QApplication(["critexplorer-export"])
    # The pictures speak the command's language (--lang or the locale): the views' axis labels and
    # legends, the caption and the basin legend are looked up through the application's catalogues.
    from critexplorer.core.i18n import current_language
    from critexplorer.ui.translations import set_language

    set_language(current_language())
    widgets: list = []
    try:
        draw(widgets)
    finally:
        close_widgets(app, *widgets)
        del widgets[:]


def _draw_and_write(
    widgets: list,
    args,
    resolved,
    window,
    resolution,
    point,
    runs,
    exporter,
    out,
    size,
    scale,
    values,
    basin_map,
) -> None:
    """Build the model (and, for --view window, the window, added to `widgets`), draw, write the file."""
    import pyqtgraph as pg
    from PySide6.QtCore import Qt

    from critexplorer.ui.atlas_search import stop_all_searches
    from critexplorer.ui.export.scene import ExportOptions, ExportScene, auto_scale
    from critexplorer.ui.model import ExplorerModel
    from critexplorer.ui.views.gl_support import probe_gl

    pg.setConfigOptions(antialias=True)
    gl_status = probe_gl()
    if args.view in NEEDS_GL and not gl_status.available:
        raise CliError(
            translate("CLI", "the {view} view needs OpenGL: {reason} {hint}").format(
                view=args.view, reason=gl_status.reason, hint=translate("CLI", XVFB_HINT)
            )
        )
    model = ExplorerModel()
    model.resolution = resolution
    main_window = None
    if args.view == "window":  # built first: its widgets learn the state from the model's signals
        from critexplorer.ui.main_window import MainWindow

        main_window = MainWindow(model, gl_status)
        widgets.append(main_window)
        main_window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        main_window.show()
    errors: list = []
    model.formulaError.connect(lambda error: error is not None and errors.append(error))
    loss = resolved.loss
    if resolved.network_slice is not None:  # a network's slice: the model shows it as its loss
        model.apply_slice(resolved.network_slice, window=window, record=False)
    elif not model.apply_formula(
        resolved.formula, loss.params, loss.vars, window=window, preset=resolved.preset
    ):
        raise CliError(
            translate("CLI", "cannot draw the formula: {reason}").format(
                reason=errors[-1] if errors else translate("CLI", "it does not parse")
            )
        )
    if point is not None:
        model.select(point)
    if args.critical:
        model.find_critical_points()
    if args.gradient_map:
        model.set_display(show_gradient_map=True)
    if main_window is not None:  # the window draws the model's runs itself
        model.runs.restore([(run.spec, run.trail.points) for run in runs])
    width, height = size
    caption = ""
    if args.caption is DEFAULT_CAPTION:
        from critexplorer.ui.export.caption import default_caption

        caption = default_caption(model)
    elif args.caption is not None:
        caption = args.caption.strip()
    options = ExportOptions(
        view=args.view,
        width=width,
        height=height,
        scale=scale if scale is not None else auto_scale(width, height),
        theme=args.theme,
        transparent=args.transparent,
        basin_map=basin_map,
        caption=caption,
    )
    scene = None
    try:
        scene = ExportScene(model, options, gl_status.available, window=main_window)
        exporter.export_to(out, scene, runs if args.view != "window" else None, **values)
    except ExportError as error:
        raise CliError(str(error)) from None
    finally:
        if scene is not None:
            scene.close()
        stop_all_searches()
