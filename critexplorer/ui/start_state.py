"""What the window opens on, already read and checked by a front end (the command line) before any
window exists, so that bad input ends at once. No Qt here: the command line builds it without loading
the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from critexplorer.core.presets import Preset

Pair = tuple[float, float]


@dataclass(frozen=True)
class StartState:
    """The loss (a formula, a preset or a .critx session), the view and the runs to show at start."""

    formula: str = ""
    params: dict[str, float] = field(default_factory=dict)
    vars: tuple[str, str] | None = None
    window: tuple[Pair, Pair] | None = None  # the loss's window: both ranges given, or the preset's
    preset: Preset | None = None
    session: Path | None = None  # open this .critx session instead of a formula
    slice: object = None  # a network's slice (core.networks.slices.NetworkSlice) instead of a formula
    xlim: Pair | None = None  # one range given alone changes that axis only
    ylim: Pair | None = None
    resolution: int | None = None
    select: Pair | None = None
    find_critical: bool = False
    taylor: bool = False
    curvature: bool = False
    gradient_map: bool = False  # --gradient-map: the ‖g‖ layer on the contour map
    run_axis: str | None = None  # --x-axis: what the run plots count (step, epoch, samples)
    log: bool = False
    race: tuple[str, ...] = ()  # optimizer names: runs added at start and run to the end
    start: Pair | None = None  # start point of the optimizer runs
    steps: int | None = None  # step limit of the optimizer runs
    lesson: object = None  # a core.lessons.Lesson to open (--lesson), at step lesson_step (from 0)
    lesson_step: int = 0
    screenshot: Path | None = None  # save a PNG of the window and exit
    size: tuple[int, int] | None = None  # window size in pixels
    presenter: bool = False  # presenter mode (full screen; at `size` for a screenshot)
    language: str | None = None  # --lang: en, zh_CN or zh_TW; None: View → Language's choice or the system's
