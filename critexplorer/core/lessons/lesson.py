"""A lesson as data: its steps, each with a title and text in every language, the complete state the
window shows for it, and an optional "try it" task.

A step's state is whole, not a change from the step before, so stepping back (or opening a lesson at
step K) shows exactly that step. Everything here is checked already (files/lesson_file.py reads and
validates); the ui applies a StepState through the ExplorerModel's public methods.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from critexplorer.core.i18n import ENGLISH, LANGUAGES
from critexplorer.core.run_axis import DEFAULT_RUN_AXIS
from critexplorer.core.runs import RunSpec

# The display layers a step can switch on, each a DisplayOptions field of the window; a step's
# `overlays` lists those that are on, every other one is off.
OVERLAY_FIELDS = {
    "arrows": ("show_arrows",),
    "taylor": ("show_taylor",),
    "curvature": ("show_curvature",),
    "gradient": ("show_gradient_map",),  # the ‖g‖ map: plateaus and critical points show dark
    "log": ("surface_log", "contour_log"),
}
DEFAULT_OVERLAYS = ("arrows",)  # a step that names no overlays shows −g and the eigenvectors
PLAY_TO_END = -1  # `play: "end"`: the runs step until every one has finished


@dataclass(frozen=True)
class Words:
    """One text in every language (en, zh_CN, zh_TW)."""

    by_language: dict[str, str]

    def shown(self, language: str) -> str:
        """The text in `language` (English for a language the lesson does not know)."""
        return self.by_language.get(language) or self.by_language[ENGLISH]

    def to_dict(self) -> dict[str, str]:
        return {language: self.by_language[language] for language in LANGUAGES}


@dataclass(frozen=True)
class SlicePlan:
    """A network's slice: run `run` of an experiment's results file, along two directions."""

    experiment: Path
    run: int
    directions: tuple[str, str]


@dataclass(frozen=True)
class BasinPlan:
    """A basin map of `spec`'s optimizer (its start unused) on a grid, maybe compared with another."""

    spec: RunSpec
    grid: int
    compare: str | None = None


@dataclass(frozen=True)
class StepState:
    """What the window shows for a step; exactly one of preset, formula and slice gives the loss."""

    preset: str | None = None
    formula: str | None = None
    vars: tuple[str, str] | None = None
    params: dict[str, float] = field(default_factory=dict)
    slice: SlicePlan | None = None
    window: tuple[tuple[float, float], tuple[float, float]] | None = None  # None: the loss's own
    select: tuple[float, float] | None = None
    escape: bool = False  # take the escape step from the selected saddle
    overlays: tuple[str, ...] = DEFAULT_OVERLAYS
    atlas: bool = False
    step_limit: int | None = None  # of the runs (None: the window's default)
    runs: tuple[RunSpec, ...] = ()
    run_labels: tuple[Words | None, ...] = ()  # a run's label in every language (None: its spec's)
    play: int = 0  # steps to play after adding the runs (PLAY_TO_END: to the end)
    basins: BasinPlan | None = None
    experiment: Path | None = None  # an experiment's results to show in the Networks window
    x_axis: str = DEFAULT_RUN_AXIS  # what the run plots count: step, epoch or samples (core/run_axis.py)

    def runs_in(self, language: str) -> tuple[RunSpec, ...]:
        """The runs, each labelled in `language` where the lesson gives its label in every language."""
        labels = self.run_labels or (None,) * len(self.runs)
        return tuple(
            spec if words is None else spec.with_changes(label=words.shown(language))
            for spec, words in zip(self.runs, labels, strict=True)
        )

    def display(self) -> dict:
        """The DisplayOptions fields this state sets: the overlays listed on, the others off, and the
        run plots' x-axis."""
        on = {name for overlay in self.overlays for name in OVERLAY_FIELDS[overlay]}
        layers = {name: name in on for names in OVERLAY_FIELDS.values() for name in names}
        return {**layers, "run_axis": self.x_axis}


@dataclass(frozen=True)
class Check:
    """What a "try it" task asks (core/lessons/checks.py says when it is done).

    kind "select": the selected point's classification is `value` (saddle, minimum, …);
    "escape": an escape step was taken and L fell along it;
    "run": a run of optimizer `value` beyond the step's own (with `batch_size`, of that batch size);
    "overlay": the display layer `value` is on.
    """

    kind: str
    value: str | None = None
    batch_size: int | None = None


@dataclass(frozen=True)
class TryIt:
    task: Words
    check: Check


@dataclass(frozen=True)
class Step:
    title: Words
    text: Words
    state: StepState
    try_it: TryIt | None = None


@dataclass(frozen=True)
class Lesson:
    """A lesson: its name (what --lesson and sessions use), title and steps; `source` is its file."""

    name: str
    title: Words
    steps: tuple[Step, ...]
    source: Path | None = None
    builtin: bool = False

    def to_dict(self) -> dict:
        """What `critexplorer lessons --json` prints for it."""
        return {
            "name": self.name,
            "title": self.title.to_dict(),
            "steps": [{"title": s.title.to_dict(), "text": s.text.to_dict()} for s in self.steps],
        }
