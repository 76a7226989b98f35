"""The basin map: one optimizer from the centre of every cell of an N × N grid over the window.

Each start runs until it settles, diverges or reaches the step limit, and is labelled by the
attractor (the atlas's critical point or set) it ended at, MOVING_LABEL (−1) or DIVERGED_LABEL (−2):

Each start stops by the rules of a single run (core/outcomes.py, applied to the batch by RunBatch):

- diverged: a step or the loss there not finite, or the point left the bounding box;
- settled on a minimum: its last points have gathered (outcomes.Gatherings) and they rest at a
  minimum of the atlas or hover around one (Gatherings.hovers_at) — the judgement a run makes with a
  fresh analysis, made against the atlas; settled starts stop being stepped, so the map gets cheaper;
- stopped moving or at the step limit: the attractor its last point has reached, else the one its last
  points hover around (the same hover rule), else moving.

Labels are (N, N): row 0 is the lowest y, column 0 the lowest x. The start of row r, column c uses
seed `spec.seed + r·N + c`, so an ordinary run of the same spec from that cell centre, with that
seed, walks the same path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from critexplorer.core.analysis.classify import MINIMUM
from critexplorer.core.atlas.find import Atlas, find_critical_points
from critexplorer.core.basins.attractors import DIVERGED_LABEL, MOVING_LABEL, TYPES, Attractor, Attractors
from critexplorer.core.limits import MAX_BASIN_GRID, MIN_BASIN_GRID
from critexplorer.core.loss import Loss
from critexplorer.core.outcomes import MOVING, Gatherings
from critexplorer.core.run_batch import (
    DIVERGED_NOT_FINITE,
    DIVERGED_OUTSIDE,
    LIMIT,
    SETTLED,
    STOPPED_MOVING,
    RunBatch,
    start_seed,
)
from critexplorer.core.runs import Bounds, RunSpec

DIVERGED_TYPE = "diverged"


class BasinError(ValueError):
    """A basin map that cannot be made: a bad grid, or a window the atlas cannot resolve."""


class BasinsCancelled(Exception):
    """The map was cancelled (its `cancelled` check said so) before it finished."""


@dataclass(frozen=True)
class BasinMap:
    """Where `spec`'s optimizer ends from each cell centre of a grid × grid map of the window."""

    spec: RunSpec
    grid: int
    xlim: tuple[float, float]
    ylim: tuple[float, float]
    labels: np.ndarray  # (grid, grid) ints: ≥ 0 an attractor id, −1 moving, −2 diverged
    steps: np.ndarray  # (grid, grid): the steps each start took before it stopped
    attractors: list[Attractor]

    @property
    def median_steps(self) -> float:
        return float(np.median(self.steps))

    def type_of_labels(self) -> np.ndarray:
        kinds = np.array([a.classification for a in self.attractors] + [DIVERGED_TYPE, MOVING])  # −2, −1
        return kinds[self.labels]

    @property
    def fractions(self) -> dict[str, float]:
        """Fraction of starts ending at each type: minimum, saddle, maximum, moving, diverged."""
        kinds = self.type_of_labels()
        return {kind: float(np.mean(kinds == kind)) for kind in (*TYPES, MOVING, DIVERGED_TYPE)}

    @property
    def attractor_fractions(self) -> dict[int, float]:
        """Fraction of starts ending at each attractor, by id."""
        counts = np.bincount(self.labels[self.labels >= 0].ravel(), minlength=len(self.attractors))
        return {a.id: float(counts[a.id]) / self.labels.size for a in self.attractors}

    def cell_start(self, row: int, column: int) -> tuple[tuple[float, float], int]:
        """The start point and the seed of one cell (as the map ran it)."""
        xs, ys = cell_centres(self.xlim, self.ylim, self.grid)
        return (float(xs[column]), float(ys[row])), start_seed(self.spec.seed, row * self.grid + column)


def cell_centres(xlim, ylim, grid: int) -> tuple[np.ndarray, np.ndarray]:
    """x of each column and y of each row of the map: the centres of grid × grid cells."""
    # Weighted means of the ends with whole-number weights: a window symmetric about 0 gets centres
    # that are exact negatives of each other, so starts on a line of symmetry (the lecture's
    # w1 = −w2) lie on it exactly, as a run typed in from there does.
    odd = 2 * np.arange(grid) + 1
    xs = (xlim[0] * (2 * grid - odd) + xlim[1] * odd) / (2 * grid)
    ys = (ylim[0] * (2 * grid - odd) + ylim[1] * odd) / (2 * grid)
    return xs, ys


def compute_basin_map(
    loss: Loss,
    spec: RunSpec,
    xlim,
    ylim,
    grid: int,
    atlas: Atlas | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BasinMap:
    """The basin map of `spec` (its optimizer, hyperparameters, schedule, step limit, batch size and
    seed; not its start) on `loss` over xlim × ylim. `atlas` defaults to the atlas of that window."""
    if not (isinstance(grid, (int, np.integer)) and MIN_BASIN_GRID <= grid <= MAX_BASIN_GRID):
        raise BasinError(f"grid must be a whole number from {MIN_BASIN_GRID} to {MAX_BASIN_GRID}, got {grid}")
    xlim, ylim = (float(xlim[0]), float(xlim[1])), (float(ylim[0]), float(ylim[1]))
    if atlas is None:
        atlas = find_critical_points(loss, xlim, ylim)
    if not atlas.complete:
        raise BasinError(f"the atlas cannot resolve this window: {atlas.message}")
    attractors = Attractors(atlas, loss)
    xs, ys = cell_centres(xlim, ylim, grid)
    X, Y = np.meshgrid(xs, ys)
    starts = np.column_stack([X.ravel(), Y.ravel()])
    bounds = Bounds.around((0.0, 0.0), xlim, ylim)
    batch = RunBatch(loss, spec, starts, bounds, judge=_AtlasJudge(attractors))
    labels = np.full(len(starts), MOVING_LABEL)
    while batch.active:
        if cancelled is not None and cancelled():
            raise BasinsCancelled
        batch.step()
        if progress is not None:
            done = 1.0 - batch.active / len(starts)
            progress(max(done, batch.steps_taken / max(spec.max_steps, 1)))
    diverged = np.isin(batch.stopped, (DIVERGED_NOT_FINITE, DIVERGED_OUTSIDE))
    labels[diverged] = DIVERGED_LABEL
    settled = batch.stopped == SETTLED
    labels[settled] = batch.settled_label[settled]
    ended = np.flatnonzero(np.isin(batch.stopped, (LIMIT, STOPPED_MOVING)))
    labels[ended] = _label_of_ends(batch, attractors, ended)
    return BasinMap(
        spec=spec,
        grid=grid,
        xlim=xlim,
        ylim=ylim,
        labels=labels.reshape(grid, grid),
        steps=batch.final_steps.reshape(grid, grid).copy(),
        attractors=list(attractors.items),
    )


class _AtlasJudge:
    """outcomes.settled_on_minimum for a batch, against the atlas: a gathered start has settled when its
    last point has reached a minimum, or its last points hover around one."""

    def __init__(self, attractors: Attractors):
        self.attractors = attractors

    def __call__(self, batch: RunBatch, found: Gatherings) -> np.ndarray:
        labels = _attractors_of(self.attractors, found)
        minimum = self.attractors.classification_of(labels) == MINIMUM
        return np.where(minimum, labels, MOVING_LABEL)


def _attractors_of(attractors: Attractors, found: Gatherings) -> np.ndarray:
    """The attractor each trail's last point has reached, else the isolated one it hovers around."""
    labels = attractors.reached(found.last)
    open_rows = np.flatnonzero((labels == MOVING_LABEL) & found.hovering)
    if len(open_rows):
        ids, _ = attractors.nearest_points(found.centre[open_rows])
        points = np.array([attractors.items[i].point if i >= 0 else (np.nan, np.nan) for i in ids]).reshape(
            -1, 2
        )
        hovers = (ids >= 0) & found.take(open_rows).hovers_at(points)
        labels[open_rows[hovers]] = ids[hovers]
    return labels


def _label_of_ends(batch: RunBatch, attractors: Attractors, rows: np.ndarray) -> np.ndarray:
    """The attractor of each start that stopped moving or reached the step limit (see _attractors_of);
    a start stopped within RUN_SETTLE_STEPS steps is judged by its last point alone."""
    ends = batch.ends.take(rows)
    short = np.isnan(ends.spread)
    ends = Gatherings(
        np.where(short[:, None], batch.final_points[rows], ends.centre),
        np.where(short, 0.0, ends.spread),
        ends.remaining,
        ends.travelled,
        np.where(short[:, None], batch.final_points[rows], ends.last),
    )
    return _attractors_of(attractors, ends)
