"""Many starts of one optimizer stepped together: the runs behind a basin map.

    batch = RunBatch(loss, spec, starts, bounds)      # spec: optimizer, hyperparameters, schedule, ...
    while batch.step(): ...                            # every active start moves one step
    batch.retire(mask)                                 # stop stepping some (they settled)

The update rules are the optimizers' own (core/optimizers steps batches; a Run is a batch of one);
each start has its own seeded noise stream and mini-batch order, seeded `seeds[i]`, so start i
walks exactly as a Run of the same spec from there with that seed. A start stops by a Run's rules
(core/outcomes.py): it diverges, reaches the step limit, stops moving, or settles on a minimum, judged
at the same steps as a Run judges; `judge` may judge against an atlas instead of solving afresh (the
basin map). Starts that finish leave the batch, so the cost of a step falls as starts settle.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from critexplorer.core.data import BatchSampler, DataLoss
from critexplorer.core.loss import Loss
from critexplorer.core.optimizers.base import StepInput
from critexplorer.core.optimizers.registry import make_optimizer
from critexplorer.core.outcomes import Gatherings, gatherings, is_still, settled_on_minima, stopped_moving
from critexplorer.core.runs import (
    DEFAULT_SGD_BATCH,
    MAX_SEED,
    SETTLE_CHECK_MAX_WAIT,
    Bounds,
    RunSpec,
    evaluate_points,
)
from critexplorer.core.tolerances import RUN_SETTLE_STEPS

# Why a start stopped (`RunBatch.stopped`).
ACTIVE, LIMIT, DIVERGED_NOT_FINITE, DIVERGED_OUTSIDE, RETIRED, STOPPED_MOVING, SETTLED = 0, 1, 2, 3, 4, 5, 6
# A judge: given the batch and the Gatherings of some active starts, one label per start, ≥ 0 for the
# starts that have settled on a minimum (the basin map gives the attractor's id), −1 for the others.
Judge = Callable[["RunBatch", Gatherings], np.ndarray]


def judge_afresh(batch: RunBatch, found: Gatherings) -> np.ndarray:
    """A Run's own judgement (outcomes.settled_on_minimum), each start analysed alone: 0 if settled."""
    return np.where(settled_on_minima(batch.loss, found), 0, -1)


def start_seed(seed: int, index: int) -> int:
    """The seed of start `index` of a batch seeded `seed` (one element of start_seeds)."""
    return (int(seed) + int(index)) % (MAX_SEED + 1)


def start_seeds(seed: int, count: int) -> np.ndarray:
    """Seed of each of `count` starts: seed, seed + 1, … (wrapping within the allowed seeds)."""
    return (np.uint64(seed) + np.arange(count, dtype=np.uint64)) % np.uint64(MAX_SEED + 1)


class _RowGenerators(Sequence):
    """Each active start's seeded noise stream, made when first asked for: most optimizers draw no
    noise, and 65,536 generators cost more than a map of GD."""

    def __init__(self, batch: RunBatch):
        self.batch = batch
        self.made: dict[int, np.random.Generator] = {}

    def __len__(self) -> int:
        return self.batch.active

    def __getitem__(self, index):
        row = int(self.batch.rows[index])
        if row not in self.made:
            self.made[row] = np.random.default_rng(int(self.batch.seeds[row]))
        return self.made[row]


class RunBatch:
    """`spec`'s optimizer from every row of `starts` (n, 2) at once (spec.start is not used)."""

    def __init__(
        self, loss: Loss, spec: RunSpec, starts, bounds: Bounds, seeds=None, judge: Judge = judge_afresh
    ):
        self.loss, self.spec, self.bounds = loss, spec, bounds
        starts = np.array(starts, dtype=float).reshape(-1, 2)
        n = len(starts)
        seeds = start_seeds(spec.seed, n) if seeds is None else np.asarray(seeds)
        self.optimizer = make_optimizer(spec.optimizer, **spec.hyperparams)
        self.optimizer.reset(n)
        self.seeds = seeds
        self.rngs = _RowGenerators(self)
        self.samplers = self._make_samplers(seeds)
        self.steps_taken = 0
        self._kept: np.ndarray | None = None
        # Per start (all n): where it is or stopped, after how many steps, and why it stopped.
        self.final_points = starts.copy()
        self.final_steps = np.zeros(n, dtype=int)
        self.stopped = np.zeros(n, dtype=np.int8)
        self.travelled = np.zeros(n)  # farthest distance from its start so far
        self.still_steps = np.zeros(n, dtype=int)  # how many of its last steps left its point in place
        # Per start: what the judge said of one that settled; the Gatherings of its last points when it
        # stopped moving or reached the step limit (spread NaN where it took too few steps).
        self.judge = judge
        self.settled_label = np.full(n, -1)
        self.ends = Gatherings(starts.copy(), np.full(n, np.nan), np.zeros(n), np.zeros(n), starts.copy())
        # As Run: settled_on_minimum is asked at step RUN_SETTLE_STEPS, then after waits that double.
        self._next_judgement, self._judgement_wait = RUN_SETTLE_STEPS, RUN_SETTLE_STEPS
        # The active starts: their original indices and current state.
        self.rows = np.arange(n)
        self.starts = starts
        self.points = starts.copy()
        self.values, self.gradients, self.hessians = evaluate_points(
            loss, starts, self.optimizer.uses_hessian
        )
        self.values, self.gradients = np.array(self.values), np.array(self.gradients)
        # The last RUN_SETTLE_STEPS + 1 points of each active start (oldest first), for the rules.
        self.recent = np.repeat(starts[None], RUN_SETTLE_STEPS + 1, axis=0)
        bad = ~(np.isfinite(self.values) & np.all(np.isfinite(self.gradients), axis=1))
        self._stop(bad, DIVERGED_NOT_FINITE)
        if spec.max_steps == 0:
            self._stop(np.ones(len(self.rows), bool), LIMIT)

    def _make_samplers(self, seeds) -> list[BatchSampler] | None:
        # As Run._make_sampler: mini-batches exist only on data-backed losses.
        if not isinstance(self.loss, DataLoss):
            return None
        size, batch_size = self.loss.dataset.size, self.spec.batch_size
        if batch_size is None:
            if not self.optimizer.stochastic:
                return None
            batch_size = min(DEFAULT_SGD_BATCH, size)
        return [BatchSampler(size, batch_size, seed=int(s)) for s in seeds]

    @property
    def active(self) -> int:
        return len(self.rows)

    def step(self) -> bool:
        """One step of every active start; False once none is left."""
        if not self.active:
            return False
        hessians = None
        if self.optimizer.wants_hessian(self.gradients).any():
            hessians = self.hessians
            if hessians is None:
                hessians = evaluate_points(self.loss, self.points, True)[2]
        gradients = self.gradients
        if self.samplers is not None:
            batches = np.array([sampler.next_batch() for sampler in self.samplers])
            gradients = self.loss.batch_gradients(self.points, batches)
        t = self.steps_taken
        s = StepInput(
            point=self.points.copy(),
            value=self.values,
            gradient=gradients,
            hessian=hessians,
            lr=self.optimizer.lr * self.spec.schedule.factor(t),
            t=t,
            rngs=self.rngs,
        )
        with np.errstate(all="ignore"):
            proposals = np.asarray(self.optimizer.step(s), dtype=float)
        self.steps_taken += 1
        self._stop(~np.all(np.isfinite(proposals), axis=1), DIVERGED_NOT_FINITE)
        proposals = proposals[self._kept] if self._kept is not None else proposals
        self._accept(proposals)
        return self.active > 0

    def _accept(self, proposals: np.ndarray) -> None:
        if not len(proposals):
            return
        with np.errstate(all="ignore"):
            values, gradients, hessians = evaluate_points(self.loss, proposals, self.optimizer.uses_hessian)
        defined = np.isfinite(values) & np.all(np.isfinite(gradients), axis=1)
        # As Run._accept: an undefined point is not taken (the start stops where it was).
        self._stop(~defined, DIVERGED_NOT_FINITE)
        keep = self._kept if self._kept is not None else slice(None)
        proposals, values, gradients = proposals[keep], values[keep], gradients[keep]
        hessians = None if hessians is None else hessians[keep]
        self.points, self.values, self.gradients, self.hessians = proposals, values, gradients, hessians
        step = np.hypot(*(proposals - self.recent[-1]).T)
        self.recent = np.concatenate([self.recent[1:], proposals[None]])
        moved = np.hypot(*(proposals - self.starts[self.rows]).T)
        self.travelled[self.rows] = np.maximum(self.travelled[self.rows], moved)
        still = is_still(step, self.travelled[self.rows])
        self.still_steps[self.rows] = np.where(still, self.still_steps[self.rows] + 1, 0)
        box = self.bounds
        inside = (
            (proposals[:, 0] >= box.xlim[0])
            & (proposals[:, 0] <= box.xlim[1])
            & (proposals[:, 1] >= box.ylim[0])
            & (proposals[:, 1] <= box.ylim[1])
        )
        self._stop(~inside, DIVERGED_OUTSIDE)
        if self.steps_taken >= self.spec.max_steps:
            self._stop(np.ones(self.active, bool), LIMIT)
        else:
            self._stop_if_settled()

    def _stop_if_settled(self) -> None:
        """As Run._stop_if_settled: stop the starts whose outcome is final."""
        self._stop(stopped_moving(self.still_steps[self.rows]), STOPPED_MOVING)
        if not self.active or self.steps_taken < self._next_judgement:
            return
        found = gatherings(self.recent, self.travelled[self.rows])
        labels = np.full(self.active, -1)
        gathered = np.flatnonzero(found.gathered)
        if len(gathered):
            labels[gathered] = self.judge(self, found.take(gathered))
        settled = labels >= 0
        self.settled_label[self.rows[settled]] = labels[settled]
        self._stop(settled, SETTLED)
        self._judgement_wait = min(2 * self._judgement_wait, SETTLE_CHECK_MAX_WAIT)
        self._next_judgement = self.steps_taken + self._judgement_wait

    def retire(self, mask: np.ndarray) -> None:
        """Stop stepping the active starts where `mask` (over the active ones) is true."""
        self._stop(np.asarray(mask, bool), RETIRED)

    def _stop(self, mask: np.ndarray, reason: int) -> None:
        """Finish the active starts in `mask` at their current points (`_kept` says who is left)."""
        self._kept = None
        if not mask.any():
            return
        rows = self.rows[mask]
        if reason in (LIMIT, STOPPED_MOVING) and self.steps_taken >= RUN_SETTLE_STEPS:
            end = gatherings(self.recent[:, mask], self.travelled[rows])
            for name in ("centre", "spread", "remaining", "travelled", "last"):
                getattr(self.ends, name)[rows] = getattr(end, name)
        self.final_points[rows] = self.points[mask]
        self.final_steps[rows] = self.steps_taken
        self.stopped[rows] = reason
        keep = ~mask
        self._kept = keep
        self.rows = self.rows[keep]
        self.points, self.values, self.gradients = self.points[keep], self.values[keep], self.gradients[keep]
        if self.hessians is not None:
            self.hessians = self.hessians[keep]
        self.recent = self.recent[:, keep]
        self.optimizer.keep(keep)
        if self.samplers is not None:
            self.samplers = [s for s, k in zip(self.samplers, keep, strict=True) if k]

    def finish(self) -> None:
        """Record where the still-active starts are (as at the step limit)."""
        if self.active:
            self._stop(np.ones(self.active, bool), LIMIT)
