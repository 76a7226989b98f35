"""The basin map: one optimizer from the centre of every cell of an N × N grid over the window.

Each start runs until it settles, diverges or reaches the step limit, and is labelled by the
attractor (the atlas's critical point or set) it ended at, MOVING_LABEL (−1) or DIVERGED_LABEL (−2):

- diverged: as a run — a step or the loss there not finite, or the point left the bounding box;
- settled: it rests within the atlas's tolerance of an attractor, its last step is within that
  tolerance too, and the optimizer stays at that type of point (eigen-escape leaves saddles,
  perturbed GD decides after its kick). Settled starts stop being stepped, so the map gets cheaper
  as starts settle;
- at the step limit: the attractor its last point has reached, else the one it hovers around or is
  as good as arrived at (the hover rule of a single run, runs.hovered_critical_point, with the same
  RUN_SETTLE_* tolerances, judged against the atlas instead of a fresh Newton solve), else moving.

Labels are (N, N): row 0 is the lowest y, column 0 the lowest x. The start of row r, column c uses
seed `spec.seed + r·N + c`, so an ordinary run of the same spec from that cell centre, with that
seed, walks the same path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from critexplorer.core.atlas.find import Atlas, find_critical_points
from critexplorer.core.basins.attractors import DIVERGED_LABEL, MOVING_LABEL, TYPES, Attractor, Attractors
from critexplorer.core.limits import MAX_BASIN_GRID, MIN_BASIN_GRID
from critexplorer.core.loss import Loss
from critexplorer.core.outcomes import MOVING
from critexplorer.core.run_batch import DIVERGED_NOT_FINITE, DIVERGED_OUTSIDE, LIMIT, RunBatch, start_seed
from critexplorer.core.runs import Bounds, RunSpec
from critexplorer.core.tolerances import RUN_ARRIVED_FRACTION, RUN_SETTLE_FRACTION, RUN_SETTLE_STEPS

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
    xs = xlim[0] + (np.arange(grid) + 0.5) * ((xlim[1] - xlim[0]) / grid)
    ys = ylim[0] + (np.arange(grid) + 0.5) * ((ylim[1] - ylim[0]) / grid)
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
    batch = RunBatch(loss, spec, starts, bounds, recent_steps=RUN_SETTLE_STEPS)
    labels = np.full(len(starts), MOVING_LABEL)
    while batch.active:
        if cancelled is not None and cancelled():
            raise BasinsCancelled
        batch.step()
        _retire_settled(batch, attractors, labels)
        if progress is not None:
            done = 1.0 - batch.active / len(starts)
            progress(max(done, batch.steps_taken / max(spec.max_steps, 1)))
    diverged = np.isin(batch.stopped, (DIVERGED_NOT_FINITE, DIVERGED_OUTSIDE))
    labels[diverged] = DIVERGED_LABEL
    at_limit = np.flatnonzero(batch.stopped == LIMIT)
    labels[at_limit] = _label_at_limit(batch, attractors, at_limit)
    return BasinMap(
        spec=spec,
        grid=grid,
        xlim=xlim,
        ylim=ylim,
        labels=labels.reshape(grid, grid),
        steps=batch.final_steps.reshape(grid, grid).copy(),
        attractors=list(attractors.items),
    )


def _retire_settled(batch: RunBatch, attractors: Attractors, labels: np.ndarray) -> None:
    """Stop stepping the starts that rest at an attractor the optimizer stays at."""
    if not batch.active:
        return
    update = batch.optimizer.last_update
    still = np.hypot(update[:, 0], update[:, 1]) <= attractors.tolerance
    if not still.any():
        return
    rows = np.flatnonzero(still)
    reached = attractors.reached(batch.points[rows], batch.gradients[rows])
    kinds = np.full(batch.active, MOVING, dtype=object)
    kinds[rows] = attractors.classification_of(reached)
    stays = batch.optimizer.settles_at(kinds)
    settled = np.zeros(batch.active, bool)
    settled[rows] = (reached >= 0) & stays[rows]
    if settled.any():
        labels[batch.rows[settled]] = reached[settled[rows]]
        batch.retire(settled)


def _label_at_limit(batch: RunBatch, attractors: Attractors, rows: np.ndarray) -> np.ndarray:
    """The attractor reached by each start stopped at the step limit, else the one it hovers around."""
    labels = attractors.reached(batch.final_points[rows])
    hover = batch.hover
    open_rows = rows[labels == MOVING_LABEL]
    if hover is None or not len(open_rows):
        return labels
    spread, travelled = hover.spread[open_rows], hover.travelled[open_rows]
    candidate = (spread > 0) & (spread <= RUN_SETTLE_FRACTION * travelled)
    ids, to_centre = attractors.nearest_points(hover.centre[open_rows])
    _, to_last = attractors.nearest_points(hover.last[open_rows])
    remaining = hover.remaining[open_rows]
    hovering = to_centre <= 2.0 * spread
    converging = (to_last <= 2.0 * remaining) & (remaining <= RUN_ARRIVED_FRACTION * travelled)
    found = candidate & (hovering | converging) & (ids >= 0)
    labels[np.flatnonzero(labels == MOVING_LABEL)[found]] = ids[found]
    return labels
