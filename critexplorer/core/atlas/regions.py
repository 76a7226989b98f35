"""Flat regions: patches of the window where ∇L vanishes identically (a constant, a dead ReLU).

Every point of such a patch is critical, so it is neither a point nor a curve. It is found on the
sign-change grid: a cell whose four corners all have ∇L = 0 to roundoff is flat, and connected flat
cells form one region. (A critical curve only crosses cells: no whole cell of it is flat.)
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import numpy as np

from critexplorer.core.loss import Loss
from critexplorer.core.tolerances import ROUNDOFF_FACTOR, Scale

_EPS = np.finfo(float).eps


@dataclass(frozen=True)
class FlatRegion:
    """One connected flat patch: its type (from the values around it), its L, and cells on its edge."""

    classification: str
    value: float
    edge: np.ndarray  # (N, 2) centers of the region's boundary cells
    bounds: tuple[tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class FlatRegions:
    """The flat cells of the grid and the regions they form."""

    xs: np.ndarray
    ys: np.ndarray
    cells: np.ndarray  # (ny-1, nx-1) bool
    regions: list[FlatRegion] = field(default_factory=list)
    gradient_threshold: float = 0.0  # ‖∇L‖ at or below this is zero to roundoff

    def contains(self, points: np.ndarray, reach: int = 0) -> np.ndarray:
        """Whether each point lies in (or on the edge of) a flat cell, or within `reach` cells of one."""
        points = np.asarray(points, float).reshape(-1, 2)
        inside = np.zeros(len(points), bool)
        if not self.cells.any() or len(points) == 0:
            return inside
        dx, dy = self.xs[1] - self.xs[0], self.ys[1] - self.ys[0]
        shifts = [offset + sign * 1e-6 for offset in range(-reach, reach + 1) for sign in (-1, 1)]
        for sx in shifts:
            for sy in shifts:
                i = np.floor((points[:, 0] - self.xs[0]) / dx + sx).astype(int)
                j = np.floor((points[:, 1] - self.ys[0]) / dy + sy).astype(int)
                valid = (i >= 0) & (i < self.cells.shape[1]) & (j >= 0) & (j < self.cells.shape[0])
                hit = np.zeros(len(points), bool)
                hit[valid] = self.cells[j[valid], i[valid]]
                inside |= hit
        return inside

    def absorbs(self, points: np.ndarray, gradient_norms: np.ndarray) -> np.ndarray:
        """Whether each root belongs to a flat region rather than being a point of its own.

        Inside a flat cell, or flat itself (‖∇L‖ zero to roundoff) in a cell next to one: the flat
        patch of relu(x) + relu(y) ends at x = 0, between grid nodes, so the cells along its edge have
        a sloped corner, yet their points left of x = 0 are as flat as the rest of the patch.
        """
        flat_here = np.asarray(gradient_norms, float) <= self.gradient_threshold
        return self.contains(points) | (flat_here & self.contains(points, reach=1))


def find_flat_regions(loss: Loss, xs, ys, values, gx, gy, scale: Scale) -> FlatRegions:
    """Flat cells (∇L = 0 to roundoff at all four corners) grouped into connected regions."""
    threshold = ROUNDOFF_FACTOR * _EPS * scale.loss_range / scale.length
    with np.errstate(invalid="ignore"):
        flat_nodes = np.hypot(gx, gy) <= threshold
    cells = flat_nodes[:-1, :-1] & flat_nodes[:-1, 1:] & flat_nodes[1:, :-1] & flat_nodes[1:, 1:]
    if not cells.any():
        return FlatRegions(xs, ys, cells, gradient_threshold=threshold)
    regions = [_describe(component, xs, ys, values, flat_nodes, scale) for component in _components(cells)]
    return FlatRegions(xs, ys, cells, regions, gradient_threshold=threshold)


def _components(cells: np.ndarray) -> list[np.ndarray]:
    """Connected (4-neighbour) components of a boolean grid, each as a boolean mask."""
    label = np.zeros(cells.shape, int)
    found = []
    ny, nx = cells.shape
    for start in zip(*np.nonzero(cells), strict=True):
        if label[start]:
            continue
        current = len(found) + 1
        label[start] = current
        queue = deque([start])
        while queue:
            j, i = queue.popleft()
            for nj, ni in ((j + 1, i), (j - 1, i), (j, i + 1), (j, i - 1)):
                if 0 <= nj < ny and 0 <= ni < nx and cells[nj, ni] and not label[nj, ni]:
                    label[nj, ni] = current
                    queue.append((nj, ni))
        found.append(label == current)
    return found


def _grow(mask: np.ndarray) -> np.ndarray:
    """The mask and its 4-neighbours."""
    grown = mask.copy()
    grown[1:] |= mask[:-1]
    grown[:-1] |= mask[1:]
    grown[:, 1:] |= mask[:, :-1]
    grown[:, :-1] |= mask[:, 1:]
    return grown


def _describe(component: np.ndarray, xs, ys, values, flat_nodes, scale: Scale) -> FlatRegion:
    # Nodes of the region: corners of its cells.
    nodes = np.zeros(flat_nodes.shape, bool)
    for dj in (0, 1):
        for di in (0, 1):
            nodes[dj : dj + component.shape[0], di : di + component.shape[1]] |= component
    inner = values[nodes]
    value = float(np.median(inner[np.isfinite(inner)])) if np.isfinite(inner).any() else float("nan")
    # The grid nodes in two rings just outside the region say whether L rises or falls away from it.
    # Two, because the first ring can still sit on the patch's level: relu(x) at the node x = 0 is
    # still 0, although its gradient there (one-sided) is not.
    grown = _grow(_grow(nodes))
    around = values[grown & ~nodes]
    around = around[np.isfinite(around)]
    # The patch is constant to roundoff, so any larger step to a neighbour is real: a tolerance
    # relative to the whole range would call relu(x) + relu(y), which rises by only one grid step
    # past its dead quadrant, inconclusive.
    spread = float(np.ptp(inner[np.isfinite(inner)])) if np.isfinite(inner).any() else 0.0
    noise = max(spread, ROUNDOFF_FACTOR * _EPS * max(abs(value), scale.loss_range))
    above, below = np.any(around > value + noise), np.any(around < value - noise)
    classification = (
        "minimum" if above and not below else "maximum" if below and not above else "inconclusive"
    )
    padded = np.pad(component, 1)
    interior = padded[:-2, 1:-1] & padded[2:, 1:-1] & padded[1:-1, :-2] & padded[1:-1, 2:]
    cj, ci = np.nonzero(component & ~interior)
    centers_x, centers_y = 0.5 * (xs[:-1] + xs[1:]), 0.5 * (ys[:-1] + ys[1:])
    edge = np.stack([centers_x[ci], centers_y[cj]], axis=1)
    rows, cols = np.nonzero(component)
    bounds = (
        (float(xs[cols.min()]), float(xs[cols.max() + 1])),
        (float(ys[rows.min()]), float(ys[rows.max() + 1])),
    )
    return FlatRegion(classification, value, edge, bounds)
