"""Start the window: python main.py [--preset NAME | FORMULA | FILE.critx] [--select X,Y]
[--find-critical] [--race gd,adam,... --start X,Y --steps N] [--screenshot FILE.png] [--size WxH]."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_PAIR = re.compile(r"^\s*([-+]?[^,\s]+)\s*,\s*([-+]?[^,\s]+)\s*$")
_PAIR_OPTIONS = ("--select", "--xlim", "--ylim", "--start")
FIRST_PAINT_FALLBACK_MS = 1000


class UsageError(Exception):
    """Bad command-line arguments: one line on stderr and exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise UsageError(message)


def _pair(text: str) -> tuple[float, float]:
    match = _PAIR.match(text)
    try:
        if not match:
            raise ValueError
        a, b = float(match.group(1)), float(match.group(2))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected two numbers like -1.5,2; got '{text}'") from None
    return a, b


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match or not (200 <= int(match.group(1)) <= 8000 and 200 <= int(match.group(2)) <= 8000):
        raise argparse.ArgumentTypeError(f"expected a size like 1400x900 (200 to 8000 pixels); got '{text}'")
    return int(match.group(1)), int(match.group(2))


def _param(text: str) -> tuple[str, float]:
    name, sep, value = text.partition("=")
    try:
        if not sep or not name.strip():
            raise ValueError
        return name.strip(), float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE like a=2; got '{text}'") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="critexplorer", description="Explore critical points of a 2-parameter loss.")
    parser.add_argument("source", nargs="?", help="a formula such as \"(1 - w1*w2)^2\", or a .critx session")
    parser.add_argument("--preset", help="open a preset by name (see `critexplorer presets`)")
    parser.add_argument("--param", action="append", type=_param, default=[], metavar="NAME=VALUE",
                        help="bind a parameter of the formula; repeatable")
    parser.add_argument("--xlim", type=_pair, metavar="A,B", help="x range of the window")
    parser.add_argument("--ylim", type=_pair, metavar="A,B", help="y range of the window")
    parser.add_argument("--resolution", type=int, metavar="N", help="grid points per axis (16-1024)")
    parser.add_argument("--select", type=_pair, metavar="X,Y", help="select this point at start")
    parser.add_argument("--find-critical", action="store_true", help="find every critical point at start")
    parser.add_argument("--taylor", action="store_true", help="show the second-order Taylor overlay")
    parser.add_argument("--curvature", action="store_true", help="show the curvature map layer")
    parser.add_argument("--log", action="store_true", help="log(1 + L − min L) surface and contour levels")
    parser.add_argument("--race", metavar="NAMES",
                        help="optimizer runs to add at start, comma-separated (e.g. gd,adam,newton); "
                             "they run to the end before a --screenshot")
    parser.add_argument("--start", type=_pair, metavar="X,Y", help="start point of the optimizer runs")
    parser.add_argument("--steps", type=int, metavar="N", help="step limit of the optimizer runs")
    parser.add_argument("--screenshot", metavar="FILE.png", help="save a PNG of the whole window and exit")
    parser.add_argument("--size", type=_size, metavar="WxH", help="window size, e.g. 1400x900")
    return parser


def _join_negative_values(argv: Sequence[str]) -> list[str]:
    """`--select -1,2` reads as an option to argparse; glue such values on as `--select=-1,2`."""
    out, items = [], list(argv)
    i = 0
    while i < len(items):
        if items[i] in _PAIR_OPTIONS and i + 1 < len(items) and items[i + 1].startswith("-"):
            out.append(f"{items[i]}={items[i + 1]}")
            i += 2
        else:
            out.append(items[i])
            i += 1
    return out


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    args = build_parser().parse_args(_join_negative_values(argv))
    if args.preset and args.source:
        raise UsageError("give either --preset NAME or a formula, not both")
    if args.resolution is not None and not 16 <= args.resolution <= 1024:
        raise UsageError(f"--resolution must be between 16 and 1024; got {args.resolution}")
    for name in ("xlim", "ylim"):
        lim = getattr(args, name)
        if lim is not None and not lim[0] < lim[1]:
            raise UsageError(f"--{name} needs low < high; got {lim[0]},{lim[1]}")
    if args.race is not None:
        from critexplorer.core.optimizers.registry import optimizer_names

        args.race = [name.strip() for name in args.race.split(",") if name.strip()]
        unknown = [name for name in args.race if name not in optimizer_names()]
        if unknown or not args.race:
            raise UsageError(f"--race takes optimizer names from: {', '.join(optimizer_names())}; "
                             f"got '{','.join(unknown) or 'nothing'}'")
    if args.steps is not None and not 1 <= args.steps <= 1_000_000:
        raise UsageError(f"--steps must be between 1 and 1000000; got {args.steps}")
    if args.screenshot and not args.screenshot.lower().endswith(".png"):
        raise UsageError(f"--screenshot must name a .png file; got '{args.screenshot}'")
    return args


def _open_session(window, path: Path) -> None:
    """Show a .critx session in the fresh window; a bad file is a UsageError (exit 2, one stderr line)."""
    from critexplorer.files.session import SessionError
    from critexplorer.ui.sessions.session_actions import open_session

    try:
        open_session(window, path)
    except SessionError as error:
        raise UsageError(str(error)) from None


@dataclass
class StartState:
    """What the window opens on, checked before any window exists (so bad input exits 2 at once)."""

    formula: str
    params: dict
    vars: tuple | None
    window: tuple | None
    preset: object = None
    session: Path | None = None


def resolve_start(args: argparse.Namespace) -> StartState:
    """The formula, window and preset the command line asks for; UsageError if they are bad."""
    from critexplorer.core import presets
    from critexplorer.core.formula import FormulaError, parse_formula

    limits = (args.xlim, args.ylim) if args.xlim and args.ylim else None
    if args.source and args.source.endswith(".critx"):
        return StartState("", {}, None, limits, session=Path(args.source))
    if args.source:
        try:
            loss = parse_formula(args.source, params=dict(args.param))
        except FormulaError as error:
            raise UsageError(f"bad formula: {error}") from None
        return StartState(args.source, dict(args.param), loss.vars, limits)
    try:
        preset = presets.get_preset(args.preset or "lecture")
    except presets.PresetError as error:
        if args.preset:
            raise UsageError(str(error)) from None
        from critexplorer.core.limits import DEFAULT_FORMULA, DEFAULT_WINDOW

        return StartState(DEFAULT_FORMULA, {}, None, limits or DEFAULT_WINDOW)
    return StartState(preset.formula, {**preset.params, **dict(args.param)}, preset.vars,
                      limits or (preset.xlim, preset.ylim), preset)


def apply_start(window, start: StartState, args: argparse.Namespace) -> None:
    """Show the start state in a window whose views exist, then the display options and selection."""
    model = window.model
    if args.resolution:
        model.resolution = args.resolution
    if start.session is not None:
        _open_session(window, start.session)
    elif not model.apply_formula(start.formula, start.params, start.vars, window=start.window,
                                 preset=start.preset):
        raise UsageError("the formula could not be shown")
    if (args.xlim is None) != (args.ylim is None):
        ls = model.landscape
        model.set_window(args.xlim or ls.xlim, args.ylim or ls.ylim)
    if args.log or args.taylor or args.curvature:
        model.set_display(surface_log=args.log or model.display.surface_log,
                          contour_log=args.log or model.display.contour_log,
                          show_taylor=args.taylor, show_curvature=args.curvature)
    if args.select:
        model.select(args.select)
    if args.find_critical:
        model.find_critical_points()
    _start_runs(window, args)


def _start_runs(window, args: argparse.Namespace) -> None:
    """--start, --steps and --race: set up the optimizer runs; a race runs to the end at once."""
    runs = window.model.runs
    if args.start:
        runs.set_start(args.start)
    if args.steps:
        runs.set_step_limit(args.steps)
    if args.race:
        runs.add_race(args.race)
        runs.run_to_end()
        window.side_tabs.setCurrentWidget(window.optimizer_panel)


def _save_screenshot(window, path: str) -> bool:
    """Grab the whole window (GL pane included) once it has painted; True if the PNG was written."""
    from PySide6.QtWidgets import QApplication

    for _ in range(5):  # let layouts settle and the GL pane render its first frames
        QApplication.processEvents()
    image = window.grab().toImage()
    if window.surface_view is not None:
        # QWidget.grab() drops what pyqtgraph paints with QPainter on the GL pane (tick labels,
        # glyphs); the GL widget's own framebuffer has them, so paint it over its area.
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtGui import QPainter

        gl_widget = window.surface_view.gl_widget
        frame = gl_widget.grabFramebuffer()
        origin = gl_widget.mapTo(window, QPoint(0, 0))
        painter = QPainter(image)
        painter.drawImage(QRect(origin, gl_widget.size()), frame)
        window.surface_view.paint_overlay_widgets(painter, origin)
        painter.end()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return image.save(path, "PNG")


def run_gui(argv: Sequence[str] | None = None) -> int:
    """Open the explorer window; with --screenshot, save a PNG and exit. Returns the exit code.

    The window paints first (formula bar, panels, placeholders); pyqtgraph, the GL probe and the
    landscape follow in the next event-loop turn, so start-up feels as quick as a bare window.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parse_args(argv)
        start = resolve_start(args)
    except UsageError as error:
        print(f"critexplorer: error: {error}", file=sys.stderr)
        return 2

    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(["critexplorer"])
    app.setApplicationName("critexplorer")

    import pyqtgraph as pg

    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.model import ExplorerModel

    pg.setConfigOptions(antialias=True)
    window = MainWindow(ExplorerModel(), defer_views=True)
    window.resize(*(args.size or (1400, 900)))
    if not (args.size or args.screenshot):  # a user's window opens where it was last closed
        window.session_actions.restore_geometry()
    outcome = {"code": 0}

    def fail(message: str) -> None:
        print(f"critexplorer: error: {message}", file=sys.stderr)
        outcome["code"] = 2
        app.quit()

    def finish_start() -> None:
        if window.contour_view is not None:
            return
        window.build_views()
        window.formula_bar.set_presets(_presets())
        try:
            apply_start(window, start, args)
        except UsageError as error:
            fail(str(error))
            return
        if os.environ.get("CRITEXPLORER_EXIT_WHEN_READY"):  # for benchmarks/bench_ui.py
            _after_first_paint(window, app.quit)
            window.update()
        if args.screenshot:
            delay = int(os.environ.get("CRITEXPLORER_SCREENSHOT_DELAY_MS", "300"))
            QTimer.singleShot(delay, shoot)

    def shoot() -> None:
        if _save_screenshot(window, args.screenshot):
            app.quit()
        else:
            fail(f"could not write {args.screenshot}")

    if os.environ.get("CRITEXPLORER_EXIT_AFTER_FIRST_PAINT"):  # for benchmarks/bench_ui.py
        _after_first_paint(window, app.quit)
    else:
        _after_first_paint(window, finish_start)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, finish_start)  # platforms that never paint
    window.show()
    app.exec()
    return outcome["code"]


def _after_first_paint(window, callback) -> None:
    """Call `callback` once, in the event-loop turn after the window's next paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, callback)
            return False

    paint_filter = _FirstPaint(window)
    window.installEventFilter(paint_filter)


def _presets() -> list:
    try:
        from critexplorer.core.presets import load_presets
    except ImportError:
        return []
    return load_presets()
