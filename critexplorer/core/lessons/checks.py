"""When a step's "try it" task is done: rules over what the window shows, gathered as an Observation
(the ui makes one from its model whenever the selection, the runs or the display change)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from critexplorer.core.lessons.lesson import OVERLAY_FIELDS, Check, StepState

CHECK_KINDS = ("select", "escape", "run", "overlay")


@dataclass(frozen=True)
class Observation:
    """The facts a check reads. runs: (optimizer, batch size) of every run shown."""

    classification: str | None = None  # of the selected point (core.analysis.classify's names)
    escape_drop: float | None = None  # L before minus L after the escape step shown
    runs: tuple[tuple[str, int | None], ...] = ()
    display: dict[str, bool] = field(default_factory=dict)


def _run_key(optimizer: str, batch_size: int | None, check: Check) -> bool:
    return optimizer == check.value and (check.batch_size is None or batch_size == check.batch_size)


def check_passes(check: Check, seen: Observation, state: StepState) -> bool:
    """Whether the task `check` describes is done in `seen`, on the step whose state is `state`
    (a "run" task wants a run the step did not add itself)."""
    if check.kind == "select":
        return seen.classification == check.value
    if check.kind == "escape":
        return seen.escape_drop is not None and seen.escape_drop > 0
    if check.kind == "run":
        planned = sum(_run_key(spec.optimizer, spec.batch_size, check) for spec in state.runs)
        shown = Counter(_run_key(name, size, check) for name, size in seen.runs)[True]
        return shown > planned
    if check.kind == "overlay":
        return all(seen.display.get(name, False) for name in OVERLAY_FIELDS[check.value])
    raise ValueError(f"unknown check {check.kind!r}")
