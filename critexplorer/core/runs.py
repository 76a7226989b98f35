"""Optimizer runs: a RunSpec says what a run is, a Run walks it on a loss (its trail and its outcome),
a RunGroup steps many runs at once.

    spec = RunSpec("adam", (-1, 2), {"lr": 0.1}, max_steps=500)
    run = Run(loss, spec)
    while run.step(): ...                    # or run.run_to_end()
    run.trail.points, run.trail.values       # (n, 2) and (n,) numpy views, start point first
    run.outcome                  # "minimum" | "saddle" | "maximum" | "moving" | "stalled" | "diverged"

A run stops at its step limit, when it diverges, or as soon as its outcome is final (core/outcomes.py):
it has stopped moving, or it has settled on a minimum.

A RunGroup evaluates the derivatives of all its runs in one vectorized autograd call per step, which
is what keeps eight runs (Hessian-based ones included) within a frame budget.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from critexplorer.core.analysis.classify import MINIMUM, PointAnalysis
from critexplorer.core.data import BatchSampler, DataError, DataLoss, data_loss_for_preset
from critexplorer.core.i18n import translate
from critexplorer.core.limits import DEFAULT_WINDOW_STEP_LIMIT, MAX_COORDINATE, MAX_STEP_LIMIT, RUN_PALETTE
from critexplorer.core.loss import Loss
from critexplorer.core.optimizers.base import StepInput
from critexplorer.core.optimizers.hyperparams import OptimizerError, resolve_hyperparams
from critexplorer.core.optimizers.registry import make_optimizer, optimizer_spec
from critexplorer.core.optimizers.schedules import Schedule
from critexplorer.core.outcomes import (
    DIVERGED,
    Verdict,
    has_gathered,
    is_still,
    judge_trail,
    judge_trails,
    settled_on_minimum,
    stopped_moving,
)
from critexplorer.core.stop_reasons import (
    LEFT_THE_BOX,
    NOT_FINITE,
    SETTLED,
    STEP_LIMIT,
    STEP_NOT_FINITE,
    STOPPED_MOVING,
    hovering,
)
from critexplorer.core.tolerances import DIVERGENCE_BOX_FACTOR, RUN_SETTLE_STEPS, RUN_STALL_FRACTION
from critexplorer.core.trail import Trail

# A run that has gathered without settling on a minimum is judged again after this many steps,
# doubling up to SETTLE_CHECK_MAX_WAIT: a judgement costs a Newton solve (~30 ms), a step ~0.2 ms.
SETTLE_CHECK_MAX_WAIT = 16 * RUN_SETTLE_STEPS
# Mini-batch size of "sgd" on a data-backed loss when none is given.
DEFAULT_SGD_BATCH = 4
MAX_SEED = 2**63 - 1
MAX_LABEL = 200
_COLOR_RE = re.compile(r"^#[0-9a-f]{6}$")


@dataclass(frozen=True)
class RunSpec:
    """Everything a run is made from, checked: replaying it on the same loss gives the same trail.

    The window, the CLI, sessions and CSV files all describe runs with this one value. Making one
    checks every field against the shared limits and fills in defaults, so `hyperparams` holds every
    hyperparameter of the optimizer and `schedule` every value of its kind; a bad field raises an
    OptimizerError whose message starts with the field's name. `batch_size` None means the
    optimizer's own choice (mini-batches for sgd, the full batch otherwise); it only matters on a
    data-backed loss.
    """

    optimizer: str  # the CLI name, e.g. "gd"
    start: tuple[float, float]
    hyperparams: Mapping[str, float] = field(default_factory=dict)
    schedule: Schedule = field(default_factory=Schedule)
    max_steps: int = DEFAULT_WINDOW_STEP_LIMIT
    batch_size: int | None = None
    seed: int = 0
    color: str = RUN_PALETTE[0]  # "#rrggbb"
    label: str = ""

    def __post_init__(self):
        def settle(name, value):
            object.__setattr__(self, name, value)

        try:
            spec = optimizer_spec(self.optimizer)
        except OptimizerError as error:
            raise OptimizerError(translate("Runs", "optimizer: {error}").format(error=error)) from None
        try:
            start = tuple(float(v) for v in self.start)
        except (TypeError, ValueError):
            start = ()
        if len(start) != 2 or not all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in start):
            raise OptimizerError(
                f"start must be two finite numbers of magnitude at most {MAX_COORDINATE:g}, "
                f"got {self.start!r}"
            )
        settle("start", start)
        try:
            settle(
                "hyperparams",
                resolve_hyperparams(
                    spec.hyperparams,
                    self.hyperparams,
                    translate("Optimizers", "optimizer {name}").format(name=self.optimizer),
                ),
            )
        except OptimizerError as error:
            raise OptimizerError(translate("Runs", "hyperparameters: {error}").format(error=error)) from None
        if not isinstance(self.schedule, Schedule):
            raise OptimizerError(f"schedule must be a Schedule, got {self.schedule!r}")
        try:
            settle("schedule", Schedule.make(self.schedule.name, self.schedule.values))
        except OptimizerError as error:
            raise OptimizerError(translate("Runs", "schedule: {error}").format(error=error)) from None
        settle("max_steps", _whole(self.max_steps, "max_steps (the step limit)", 0, MAX_STEP_LIMIT))
        if self.batch_size is not None:
            settle("batch_size", _whole(self.batch_size, "batch_size", 1, MAX_STEP_LIMIT))
        settle("seed", _whole(self.seed, "seed", 0, MAX_SEED))
        color = self.color.lower() if isinstance(self.color, str) else self.color
        if not (isinstance(color, str) and _COLOR_RE.match(color)):
            raise OptimizerError(f"color must be a colour like #e69f00, got {self.color!r}")
        settle("color", color)
        if not isinstance(self.label, str) or len(self.label) > MAX_LABEL:
            raise OptimizerError(f"label must be text of at most {MAX_LABEL} characters")

    @property
    def name(self) -> str:
        """What lists and legends call the run: its label, else its optimizer's name."""
        return self.label or self.optimizer

    @property
    def shown_name(self) -> str:
        """The name in the chosen language. A label that is its optimizer's own English name (as the
        window and races give, perhaps numbered "#2") is shown as that optimizer's translated name;
        a label the user gave is shown as typed. Sessions keep `label` as it is."""
        own = optimizer_spec(self.optimizer).label
        if self.label == own or self.label.startswith(own + " #"):
            return optimizer_spec(self.optimizer).shown_label() + self.label[len(own) :]
        return self.name

    def with_changes(self, **changes) -> RunSpec:
        """A copy with some fields changed (checked again)."""
        return replace(self, **changes)


def _whole(value, name: str, low: int, high: int) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float, np.integer, np.floating))
        or not math.isfinite(value)
        or value != int(value)
        or not low <= value <= high
    ):
        raise OptimizerError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
    return int(value)


@dataclass(frozen=True)
class Bounds:
    """The box a run must stay inside; leaving it means the run diverged."""

    xlim: tuple[float, float]
    ylim: tuple[float, float]

    def contains(self, point: np.ndarray) -> bool:
        return bool(self.xlim[0] <= point[0] <= self.xlim[1] and self.ylim[0] <= point[1] <= self.ylim[1])

    @classmethod
    def around(cls, start, xlim=None, ylim=None) -> Bounds:
        """[-R, R]² with R = DIVERGENCE_BOX_FACTOR·max(1, |start|∞, |window|∞)."""
        extent = [1.0, *np.abs(np.asarray(start, float))]
        for lim in (xlim, ylim):
            if lim is not None:
                extent.extend(abs(float(v)) for v in lim)
        radius = DIVERGENCE_BOX_FACTOR * max(extent)
        return cls((-radius, radius), (-radius, radius))


def loss_for_runs(loss: Loss, preset=None) -> Loss:
    """The loss runs walk: the preset's sample-backed loss (with mini-batch gradients) when the preset
    has data and `loss` is the preset's own formula, else `loss` itself."""
    if preset is None or getattr(loss, "formula", None) != preset.formula:
        return loss
    return data_loss_for_preset(preset) or loss


class Run:
    """One optimizer walking one loss from one start, step by step, recording its trail."""

    def __init__(self, loss: Loss, spec: RunSpec, bounds: Bounds | None = None):
        self.loss, self.spec = loss, spec
        self.optimizer = make_optimizer(spec.optimizer, **spec.hyperparams)
        self.start = np.array(spec.start, dtype=float)
        self.bounds = bounds or Bounds.around(self.start)
        self.sampler = self._make_sampler(spec.batch_size)
        self.trail = Trail(capacity=spec.max_steps + 1)
        self.reset()

    @property
    def max_steps(self) -> int:
        return self.spec.max_steps

    @property
    def schedule(self) -> Schedule:
        return self.spec.schedule

    @property
    def seed(self) -> int:
        return self.spec.seed

    def set_step_limit(self, max_steps: int) -> None:
        """A new step limit (an unfinished run goes on to it; a finished one keeps its end until reset)."""
        self.spec = self.spec.with_changes(max_steps=max_steps)

    def _make_sampler(self, batch_size: int | None) -> BatchSampler | None:
        # Mini-batches only exist on data-backed losses; on a formula every gradient is exact.
        if not isinstance(self.loss, DataLoss):
            return None
        size = self.loss.dataset.size
        if batch_size is None:
            if not self.optimizer.stochastic:
                return None
            batch_size = min(DEFAULT_SGD_BATCH, size)
        return BatchSampler(size, batch_size, seed=self.spec.seed)

    @property
    def batch_size(self) -> int | None:
        return None if self.sampler is None else self.sampler.batch_size

    # --- state -------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the start: the optimizer's state, the noise and the batches start over."""
        self._clear()
        values, gradients, hessians = evaluate_points(
            self.loss, self.start[None, :], self.optimizer.uses_hessian
        )
        self._accept(self.start, float(values[0]), gradients[0], None if hessians is None else hessians[0])

    def _clear(self) -> None:
        self.optimizer.reset()
        self.rng = np.random.default_rng(self.spec.seed)
        if self.sampler is not None:
            self.sampler.reset()
        self.trail.clear()
        self.steps_taken = 0
        self.finished = False
        self.outcome: str | None = None
        self.final: PointAnalysis | None = None
        self.settled_at: PointAnalysis | None = None  # the critical point a hovering run settled around
        self.stop_reason = ""
        self._hessian: np.ndarray | None = None  # ∇²L at the current point, when it was evaluated
        self.restored = False  # its trail was put back as data, without the optimizer's inner state
        self._ending: tuple[str, bool] | None = None  # a restored run's pending end (conclude_restore)
        # For the outcome rules, kept up to date step by step so a step costs O(1) whatever the trail:
        self._travelled = 0.0  # the farthest the run has been from its start
        self._still_steps = 0  # how many of the last steps left the point where it was
        self._next_judgement = RUN_SETTLE_STEPS  # the step at which settled_on_minimum is next asked
        self._judgement_wait = RUN_SETTLE_STEPS

    def restore(self, points, judge: bool = True) -> None:
        """Put back a saved trail as data instead of replaying it.

        L and ‖∇L‖ at every point come from one vectorized evaluation, and the run finishes where a
        live run would have stopped. The optimizer's inner state (momentum, Adam's moments, the noise
        and batch streams) is not saved, so an unfinished restored run that goes on first replays
        itself to where it is (see catch_up): stepping it continues exactly as the live run would.
        OptimizerError if the trail cannot be this run's: it does not begin at the start, has more
        steps than the step limit, or goes on after a point where the run diverged. With `judge`
        False, a run that may have ended waits for conclude_restore (restore_runs judges them all
        at once).
        """
        points = np.asarray(points, float)
        if points.ndim != 2 or points.shape[1:] != (2,) or len(points) == 0:
            raise OptimizerError("trail must be a non-empty list of [x, y] points")
        if not np.array_equal(points[0], self.start):
            raise OptimizerError("trail must begin at the run's start")
        steps = len(points) - 1
        if steps > self.spec.max_steps:
            raise OptimizerError(f"trail has {steps} steps; the run's step limit is {self.spec.max_steps}")
        if not np.all(np.isfinite(points)):
            raise OptimizerError("trail has a non-finite point (a run stops before it gets one)")
        with np.errstate(all="ignore"):
            values, gradients, _ = evaluate_points(self.loss, points)
            norms = np.hypot(gradients[:, 0], gradients[:, 1])
        defined = np.isfinite(values) & np.isfinite(norms)
        box = self.bounds
        inside = (
            (points[:, 0] >= box.xlim[0])
            & (points[:, 0] <= box.xlim[1])
            & (points[:, 1] >= box.ylim[0])
            & (points[:, 1] <= box.ylim[1])
        )
        stops = np.flatnonzero(~(defined & inside))
        if stops.size and stops[0] < steps:
            raise OptimizerError(f"trail goes on after step {stops[0]}, where the run diverged")
        self._clear()
        self.trail.extend(points, values, norms)
        self.steps_taken = steps
        self._gradient = gradients[-1]
        self._restore_tracking(points)
        if not defined[-1]:
            self._finish(DIVERGED, NOT_FINITE)
        elif not inside[-1]:
            self._finish(DIVERGED, LEFT_THE_BOX)
        else:
            # A run saved after it settled ends where it stopped; one saved while playing goes on.
            # (A trail saved by a version that walked on after settling is kept as it is.)
            self._ending = self._restored_ending()
            if judge and self._ending is not None:
                self.conclude_restore(
                    judge_trail(self.loss, self.trail.points, stalled=stopped_moving(self._still_steps))
                )
        self.restored = steps > 0 and not self.finished

    def _restored_ending(self) -> tuple[str, bool] | None:
        """Why a restored trail may have ended, and whether only a minimum ends it; None if it goes on."""
        if self.steps_taken >= self.spec.max_steps:
            return STEP_LIMIT, False
        if stopped_moving(self._still_steps):
            return STOPPED_MOVING, False
        if has_gathered(self.trail.points, self._travelled):
            return SETTLED, True
        return None

    @property
    def awaits_verdict(self) -> bool:
        """Restored with judge=False, and its end may be final: conclude_restore says."""
        return self._ending is not None and not self.finished

    def conclude_restore(self, verdict: Verdict) -> None:
        """Finish a restored run whose end `verdict` (judge_trail of its trail) makes final."""
        reason, only_on_minimum = self._ending
        self._ending = None
        if not only_on_minimum or verdict.outcome == MINIMUM:
            self._finish(None, reason, verdict)
        self.restored = self.steps_taken > 0 and not self.finished

    def _restore_tracking(self, points: np.ndarray) -> None:
        """The outcome rules' running state at the end of a trail put back as data, in whole-array passes."""
        distances = np.hypot(*(points - self.start).T)
        travelled = np.maximum.accumulate(distances)
        steps = np.hypot(*np.diff(points, axis=0).T)
        still = steps <= RUN_STALL_FRACTION * travelled[1:]
        moved = np.flatnonzero(~still)
        self._travelled = float(travelled[-1])
        self._still_steps = int(len(steps) - (moved[-1] + 1 if moved.size else 0))

    @property
    def point(self) -> np.ndarray:
        return self.trail.points[-1]

    @property
    def value(self) -> float:
        return float(self.trail.values[-1])

    @property
    def gradient(self) -> np.ndarray:
        """The full-batch ∇L at the current point (for arrows)."""
        return self._gradient

    # --- stepping ----------------------------------------------------------------------------------

    def step(self) -> bool:
        """One step; False once the run has finished (step limit, divergence, or an outcome that is final)."""
        if self.finished:
            return False
        catch_up([self])
        proposal = self.propose()
        if proposal is not None:
            values, gradients, hessians = evaluate_points(
                self.loss, proposal[None, :], self.optimizer.uses_hessian
            )
            self._accept(proposal, float(values[0]), gradients[0], None if hessians is None else hessians[0])
        return not self.finished

    def run_to_end(self) -> Run:
        while self.step():
            pass
        return self

    def propose(self) -> np.ndarray | None:
        """The optimizer's next point, or None (and the run finishes as diverged) if it is not finite."""
        # The optimizer steps a batch of points: this run is a batch of one.
        hessian = None
        if self.optimizer.wants_hessian(self._gradient[None, :])[0]:
            hessian = (
                self._hessian
                if self._hessian is not None
                else evaluate_points(self.loss, self.point[None, :], True)[2][0]
            )
        gradient = self._gradient
        if self.sampler is not None:
            gradient = self.loss.batch_gradient(self.point, self.sampler.next_batch())
        t = self.steps_taken
        s = StepInput(
            point=self.point[None, :].copy(),
            value=np.array([self.value]),
            gradient=gradient[None, :],
            hessian=None if hessian is None else hessian[None, :, :],
            lr=self.optimizer.lr * self.spec.schedule.factor(t),
            t=t,
            rngs=(self.rng,),
        )
        with np.errstate(all="ignore"):
            proposal = np.asarray(self.optimizer.step(s)[0], dtype=float)
        self.steps_taken += 1
        if not np.all(np.isfinite(proposal)):
            self._finish(DIVERGED, STEP_NOT_FINITE)
            return None
        return proposal

    def _accept(
        self, point: np.ndarray, value: float, gradient: np.ndarray, hessian: np.ndarray | None = None
    ) -> None:
        if not (np.isfinite(value) and np.all(np.isfinite(gradient))):
            if len(self.trail) == 0:  # the start itself: keep it, so the trail still begins there
                self.trail.append(point, value, float(np.hypot(*gradient)))
                self._gradient = gradient
            self._finish(DIVERGED, NOT_FINITE)
            return
        if len(self.trail):
            self._track(float(np.hypot(*(point - self.point))), float(np.hypot(*(point - self.start))))
        self.trail.append(point, value, float(np.hypot(*gradient)))
        self._gradient = gradient
        self._hessian = hessian
        if not self.bounds.contains(point):
            self._finish(DIVERGED, LEFT_THE_BOX)
        elif self.steps_taken >= self.spec.max_steps:
            self._finish(None, STEP_LIMIT)
        else:
            self._stop_if_settled()

    def _track(self, step: float, distance: float) -> None:
        self._travelled = max(self._travelled, distance)
        self._still_steps = self._still_steps + 1 if is_still(step, self._travelled) else 0

    def _stop_if_settled(self) -> None:
        """Finish before the step limit once the outcome cannot change (core/outcomes.py)."""
        if stopped_moving(self._still_steps):
            self._finish(None, STOPPED_MOVING)
            return
        if self.steps_taken < self._next_judgement:
            return
        verdict = settled_on_minimum(self.loss, self.trail.points, self._travelled)
        if verdict is not None:
            self._finish(None, SETTLED, verdict)
            return
        self._judgement_wait = min(2 * self._judgement_wait, SETTLE_CHECK_MAX_WAIT)
        self._next_judgement = self.steps_taken + self._judgement_wait

    def _finish(self, outcome: str | None, reason: str, verdict: Verdict | None = None) -> None:
        self.finished = True
        self.stop_reason = reason
        if verdict is None:
            verdict = judge_trail(self.loss, self.trail.points, stalled=stopped_moving(self._still_steps))
        self.final, self.settled_at = verdict.final, verdict.settled_at
        self.outcome = outcome or verdict.outcome
        if outcome is None and verdict.settled_at is not None:
            self.stop_reason += hovering(self.outcome, _pair(verdict.settled_at.point))

    def to_dict(self) -> dict:
        """The JSON of `critexplorer run` (without `final`, which needs the variable names)."""
        trail = np.column_stack([self.trail.points, self.trail.values])
        return {
            "optimizer": self.spec.optimizer,
            "hyperparams": dict(self.spec.hyperparams),
            "schedule": self.spec.schedule.to_dict(),
            "batch_size": self.batch_size,
            "seed": self.spec.seed,
            "steps": self.steps_taken,
            "trajectory": trail.tolist(),
            "outcome": self.outcome,
            "stop_reason": self.stop_reason,
            "settled_at": None if self.settled_at is None else self.settled_at.point.tolist(),
        }


class RunGroup:
    """Several runs stepped together: one vectorized derivative evaluation per loss per step."""

    def __init__(self, runs: Iterable[Run] = ()):
        self.runs: list[Run] = list(runs)

    def add(self, run: Run) -> Run:
        self.runs.append(run)
        return run

    def remove(self, run: Run) -> None:
        self.runs.remove(run)

    def reset(self) -> None:
        for run in self.runs:
            run.reset()

    def replay(self, steps: Iterable[int]) -> None:
        """From the start, step each run to its number of `steps` (or its end), all together.

        Runs step in lockstep as they did when they were made together, so each derivative is
        evaluated in the same vectorized batch and a saved trail comes back bit for bit.
        """
        wanted = list(steps)
        self.reset()
        while due := [
            r for r, n in zip(self.runs, wanted, strict=True) if not r.finished and r.steps_taken < n
        ]:
            self.step(due)

    @property
    def finished(self) -> bool:
        return all(run.finished for run in self.runs)

    def step(self, only: Iterable[Run] | None = None) -> bool:
        """One step of every unfinished run (or of those of `only`); False once all have finished."""
        chosen = self.runs if only is None else list(only)
        catch_up(chosen)
        for loss, runs in _by_loss(r for r in chosen if not r.finished):
            moved = [(r, p) for r in runs if (p := r.propose()) is not None]
            if not moved:
                continue
            # One trace for all new points; with the Hessian when any run may use it (it costs
            # one more reverse pass, not one more call per run).
            with_hessian = any(r.optimizer.uses_hessian for r, _ in moved)
            values, gradients, hessians = evaluate_points(loss, np.array([p for _, p in moved]), with_hessian)
            for i, (run, proposal) in enumerate(moved):
                hessian = None if hessians is None else hessians[i]
                run._accept(proposal, float(values[i]), gradients[i], hessian)
        return not self.finished


def catch_up(runs: Iterable[Run]) -> None:
    """Replay the restored runs among `runs` from their starts to where they are, all together, so
    that their optimizers' inner state is back and their next step is the one the live run took.

    Runs step in lockstep as they did when they were made together, so each derivative is evaluated
    in the same vectorized batch and the trail comes back bit for bit.
    """
    behind = [run for run in runs if run.restored]
    if not behind:
        return
    RunGroup(behind).replay([run.steps_taken for run in behind])


VERIFIED_STEPS = 3  # the first steps of a restored trail replayed to check that it follows from its spec


def restore_runs(loss: Loss, saved: Iterable[tuple[RunSpec, np.ndarray]], xlim, ylim) -> list[Run]:
    """Runs of saved (spec, trail) pairs on `loss` (the window `xlim` × `ylim`), each trail put back as
    data (Run.restore); the first VERIFIED_STEPS steps of every run are replayed, all in one lockstep
    group, to check that the trail follows from its spec. OptimizerError (or DataError) naming the
    run as runs[i] if one cannot be made or its trail is not its own."""
    runs, checks, trails = [], [], []
    for index, (spec, trail) in enumerate(saved):
        try:
            # A step limit lowered after the run had gone further: the trail says how far it went.
            spec = spec.with_changes(max_steps=max(spec.max_steps, len(trail) - 1))
            bounds = Bounds.around(spec.start, xlim, ylim)
            run = Run(loss, spec, bounds)
            run.restore(trail, judge=False)
            checks.append(Run(loss, spec, bounds))
        except (OptimizerError, DataError) as error:
            raise type(error)(f"runs[{index}].{error}") from None
        runs.append(run)
        trails.append(np.asarray(trail, float))
    group, wanted = RunGroup(checks), [min(VERIFIED_STEPS, len(trail) - 1) for trail in trails]
    while due := [r for r, n in zip(checks, wanted, strict=True) if not r.finished and r.steps_taken < n]:
        group.step(due)
    for index, (check, trail) in enumerate(zip(checks, trails, strict=True)):
        replayed = check.trail.points
        scale = max(1.0, float(np.max(np.abs(replayed))))
        if len(replayed) > len(trail) or not np.allclose(
            replayed, trail[: len(replayed)], rtol=1e-9, atol=1e-12 * scale
        ):
            raise OptimizerError(
                f"runs[{index}].trail does not follow from the run's settings (its first steps differ "
                "from a replay)"
            )
    # The runs whose saved end may be final are judged together (one vectorized Newton solve).
    waiting = [run for run in runs if run.awaits_verdict]
    verdicts = judge_trails(
        loss, [run.trail.points for run in waiting], [stopped_moving(run._still_steps) for run in waiting]
    )
    for run, verdict in zip(waiting, verdicts, strict=True):
        run.conclude_restore(verdict)
    return runs


def _pair(point) -> str:
    return "(" + ", ".join(f"{float(v):.6g}" for v in point) + ")"


def _by_loss(runs: Iterable[Run]) -> list[tuple[Loss, list[Run]]]:
    groups: dict[int, tuple[Loss, list[Run]]] = {}
    for run in runs:
        groups.setdefault(id(run.loss), (run.loss, []))[1].append(run)
    return list(groups.values())


def evaluate_points(
    loss: Loss, points: np.ndarray, with_hessian: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """L, ∇L and optionally ∇²L at n points (n, 2) in one vectorized call: (n,), (n, 2), (n, 2, 2)."""
    xs, ys = points[:, 0], points[:, 1]
    if not with_hessian:
        values = np.broadcast_to(np.asarray(loss.value(xs, ys), float), xs.shape)
        gx, gy = loss.gradient(xs, ys)
        return values, np.column_stack([np.broadcast_to(gx, xs.shape), np.broadcast_to(gy, xs.shape)]), None
    f = loss.fields_at(xs, ys, xs, ys)  # one autograd trace for value, gradient and Hessian
    hessians = np.empty((len(xs), 2, 2))
    hessians[:, 0, 0], hessians[:, 0, 1], hessians[:, 1, 0], hessians[:, 1, 1] = f.hxx, f.hxy, f.hxy, f.hyy
    return np.asarray(f.value, float), np.column_stack([f.gx, f.gy]), hessians
