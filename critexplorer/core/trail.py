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

    def _grow(self) -> None:
        self._points = np.concatenate([self._points, np.empty_like(self._points)])
        self._values = np.concatenate([self._values, np.empty_like(self._values)])
        self._gradient_norms = np.concatenate([self._gradient_norms, np.empty_like(self._gradient_norms)])

    @property
    def points(self) -> np.ndarray:
        """(n, 2) view: row 0 is the start."""
        return self._points[:self._length]

    @property
    def values(self) -> np.ndarray:
        return self._values[:self._length]

    @property
    def gradient_norms(self) -> np.ndarray:
        """‖∇L‖ of the full-batch loss at each point (for the ‖g‖-against-step plot)."""
        return self._gradient_norms[:self._length]
