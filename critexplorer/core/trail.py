"""A run's trail: points, loss values and gradient norms in preallocated buffers that grow by doubling."""

from __future__ import annotations

import numpy as np


class Trail:
    """Append-only (x, y, L, ‖g‖) records; `points`, `values`, `gradient_norms` are views, never copies."""

    def __init__(self, capacity: int = 1024):
        capacity = max(int(capacity), 2)
        self._points = np.empty((capacity, 2))
        self._values = np.empty(capacity)
        self._gradient_norms = np.empty(capacity)
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def clear(self) -> None:
        self._length = 0

    def append(self, point, value: float, gradient_norm: float) -> None:
        n = self._length
        if n == len(self._values):
            self._grow()
        self._points[n] = point
        self._values[n] = value
        self._gradient_norms[n] = gradient_norm
        self._length = n + 1

    def extend(self, points: np.ndarray, values: np.ndarray, gradient_norms: np.ndarray) -> None:
        """Append many records at once (a saved trail put back as data)."""
        n, m = self._length, len(points)
        while n + m > len(self._values):
            self._grow()
        self._points[n : n + m] = points
        self._values[n : n + m] = values
        self._gradient_norms[n : n + m] = gradient_norms
        self._length = n + m

    def _grow(self) -> None:
        self._points = np.concatenate([self._points, np.empty_like(self._points)])
        self._values = np.concatenate([self._values, np.empty_like(self._values)])
        self._gradient_norms = np.concatenate([self._gradient_norms, np.empty_like(self._gradient_norms)])

    @property
    def points(self) -> np.ndarray:
        """(n, 2) view: row 0 is the start."""
        return self._points[: self._length]

    @property
    def values(self) -> np.ndarray:
        return self._values[: self._length]

    @property
    def gradient_norms(self) -> np.ndarray:
        """‖∇L‖ of the full-batch loss at each point (for the ‖g‖-against-step plot)."""
        return self._gradient_norms[: self._length]


def indices_to_draw(points: np.ndarray, cell) -> np.ndarray:
    """Indices of the trail points worth drawing when anything within one `cell` (dx, dy) looks the same.

    A point in the same cell as the one before it adds nothing the eye can see, so it is left out;
    the first and last points always stay. A run that has converged sits in one cell for thousands
    of steps, so its 2,000-point trail draws as a few dozen segments. Non-finite points are kept.
    """
    return _with_ends(_moved(points, cell), len(points))


def _moved(points: np.ndarray, cell) -> np.ndarray:
    """Indices i ≥ 1 whose cell differs from point i − 1's (NaN never equals: always moved)."""
    with np.errstate(all="ignore"):
        cells = np.floor(np.asarray(points, float) / np.asarray(cell, float))
    return np.flatnonzero(np.any(cells[1:] != cells[:-1], axis=1)) + 1


def _with_ends(moved: np.ndarray, n: int) -> np.ndarray:
    if n <= 2:
        return np.arange(n)
    return np.concatenate(([0], moved[moved != n - 1], [n - 1]))


class TrailThinner:
    """indices_to_draw for a trail that grows every frame, working only on the points added since.

    Whether point i is drawn depends only on points i − 1 and i (and the cell), so the answer for old
    points never changes while the trail grows; a new cell size or a shorter trail (a reset) starts over.
    """

    def __init__(self):
        self._cell: tuple[float, ...] | None = None
        self._seen = 0  # points examined so far
        self._moved = np.empty(0, int)  # indices i ≥ 1 whose cell differs from point i − 1's

    def indices(self, points: np.ndarray, cell) -> np.ndarray:
        n = len(points)
        cell = tuple(float(c) for c in np.atleast_1d(cell))
        if cell != self._cell or n < self._seen:
            self._cell, self._seen, self._moved = cell, min(n, 1), np.empty(0, int)
        if n > self._seen:
            start = max(self._seen - 1, 0)  # the last point already seen pairs with the first new one
            self._moved = np.concatenate((self._moved, _moved(points[start:], cell) + start))
            self._seen = n
        return _with_ends(self._moved, n)
