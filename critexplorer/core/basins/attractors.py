"""The atlas's critical points and sets as numbered attractors, and which one a point has reached.

A point has reached an isolated critical point when it lies within the atlas's tolerance of it
(position_tol · length, the distance the atlas itself calls "the same point"). A critical curve is
traced as a polyline whose chords cut inside the true curve, so a point reaches a curve when it is
near the polyline (within half its longest segment) and is itself critical by the atlas's gradient
test, ‖∇L‖ ≤ position_tol · length · max|H| (or the gradient floor): the lecture's valley is one
attractor, however far along it a run ends.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from critexplorer.core.analysis.classify import MAXIMUM, MINIMUM, SADDLE
from critexplorer.core.atlas.curves import distance_to_polyline
from critexplorer.core.atlas.find import Atlas
from critexplorer.core.loss import Loss
from critexplorer.core.tolerances import Scale

MOVING_LABEL, DIVERGED_LABEL = -1, -2
TYPES = (MINIMUM, SADDLE, MAXIMUM)


@dataclass(frozen=True)
class Attractor:
    """One critical point or critical set of the atlas, numbered for the map's labels."""

    id: int
    point: np.ndarray  # the point; for a set, the sample nearest the window's centre
    classification: str
    kind: str  # "point", "curve" or "region"
    polylines: tuple[np.ndarray, ...] = ()  # a set's branches (or a region's edge samples)

    def to_dict(self) -> dict:
        return {"id": self.id, "point": [float(v) for v in self.point], "classification": self.classification}


class Attractors:
    """Every attractor of an atlas, and the rule that says which one a point has reached."""

    def __init__(self, atlas: Atlas, loss: Loss):
        self.loss = loss
        scale = atlas.scale or Scale.of_window(atlas.xlim, atlas.ylim)
        self.scale = scale
        self.tolerance = scale.position_tol * scale.length
        centre = np.array([np.mean(atlas.xlim), np.mean(atlas.ylim)])
        items: list[Attractor] = []
        for p in atlas.points:
            items.append(Attractor(len(items), np.asarray(p.point, float), p.classification, "point"))
        for s in atlas.sets:
            samples = np.asarray(s.samples, float)
            nearest = samples[np.argmin(np.hypot(*(samples - centre).T))]
            branches = tuple(np.asarray(b, float) for b in s.branches) or (samples,)
            items.append(Attractor(len(items), nearest, s.classification, s.kind, branches))
        self.items = items
        isolated = [a for a in items if a.kind == "point"]
        self._point_ids = np.array([a.id for a in isolated], dtype=int)
        self._points = np.array([a.point for a in isolated], float).reshape(-1, 2)
        self._sets = [a for a in items if a.kind != "point"]
        self.kinds = np.array([a.classification for a in items] + ["diverged", "moving"])  # labels −2, −1

    def __len__(self) -> int:
        return len(self.items)

    def classification_of(self, labels: np.ndarray) -> np.ndarray:
        """The type (minimum, saddle, …, moving, diverged) of each label."""
        return self.kinds[np.asarray(labels)]

    def nearest_points(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(id, distance) of the nearest isolated critical point to each point (−1, inf if none)."""
        n = len(points)
        if not len(self._points):
            return np.full(n, MOVING_LABEL), np.full(n, np.inf)
        d = np.hypot(
            points[:, None, 0] - self._points[None, :, 0], points[:, None, 1] - self._points[None, :, 1]
        )
        nearest = np.argmin(d, axis=1)
        return self._point_ids[nearest], d[np.arange(n), nearest]

    def reached(self, points: np.ndarray, gradients: np.ndarray | None = None) -> np.ndarray:
        """The attractor each point (n, 2) has reached, or MOVING_LABEL; `gradients` (n, 2) saves
        evaluating ∇L again for the curve test."""
        points = np.asarray(points, float).reshape(-1, 2)
        ids, distance = self.nearest_points(points)
        labels = np.where(distance <= self.tolerance, ids, MOVING_LABEL)
        if self._sets and (labels == MOVING_LABEL).any():
            labels = self._reached_sets(points, gradients, labels)
        return labels

    def _reached_sets(self, points, gradients, labels) -> np.ndarray:
        # The gradient test first: it is one vectorized call, and few points pass it, so the
        # distances to the polylines (points × segments) are measured for those few only.
        rows = np.flatnonzero(labels == MOVING_LABEL)
        rows = rows[self._critical(points[rows], None if gradients is None else gradients[rows])]
        if not len(rows):
            return labels
        best = np.full(len(rows), np.inf)
        best_id = np.full(len(rows), MOVING_LABEL)
        for a in self._sets:
            for line in a.polylines:
                reach = 0.5 * float(np.max(np.hypot(*np.diff(line, axis=0).T), initial=0.0)) + self.tolerance
                d = distance_to_polyline(points[rows], line)
                closer = (d <= reach) & (d < best)
                best[closer], best_id[closer] = d[closer], a.id
        labels = labels.copy()
        labels[rows] = np.where(best_id >= 0, best_id, labels[rows])
        return labels

    def _critical(self, points: np.ndarray, gradients: np.ndarray | None) -> np.ndarray:
        """The atlas's test of a critical point: ‖∇L‖ ≤ max(tolerance · max|H|, gradient floor)."""
        if not len(points):
            return np.zeros(0, bool)
        xs, ys = points[:, 0], points[:, 1]
        if gradients is None:
            gradients = np.column_stack([np.broadcast_to(v, xs.shape) for v in self.loss.gradient(xs, ys)])
        norms = np.hypot(gradients[:, 0], gradients[:, 1])
        # max|H| ≥ ‖g‖ / tolerance is needed; points whose ‖g‖ is above the floor are checked with H.
        hxx, hxy, hyy = self.loss.hessian(xs, ys)
        curvature = np.max(np.abs(np.column_stack(np.broadcast_arrays(hxx, hxy, hyy))), axis=1)
        with np.errstate(all="ignore"):
            return norms <= np.maximum(self.tolerance * curvature, self.scale.gradient_floor)
