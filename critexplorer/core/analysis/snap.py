"""Snapping a click onto a critical point a few pixels away: the atlas's own points, or Newton's.

A click "on" a marker is a few pixels off it, and a few pixels near the lecture saddle is already
"not critical". The front end turns its snap radius in pixels into data units per axis (rx, ry);
everything here is measured in that ellipse, so a stretched window snaps as far on screen in x as in y.
"""

from __future__ import annotations

import numpy as np

from critexplorer.core.analysis.classify import gradient_tolerance
from critexplorer.core.loss import GridFields, Loss
from critexplorer.core.tolerances import SOLVER_STEP_TOL, Scale

# Newton converges quadratically near a regular critical point: from a few pixels away it lands in
# 2–4 steps (each one evaluation of L, ∇L and H), so a click stays within its time budget.
MAX_SNAP_STEPS = 8
# The iterates may stray this many radii from the click before the solve gives up (it is heading for
# a critical point too far away to be the one the user meant).
WANDER_RADII = 2.0
# Eigen-directions weaker than this (relative) are left out of the step (pseudo-inverse): on a valley
# of minima the step then goes straight across the valley instead of along it.
SINGULAR_RATIO = 1e-9


def snap_distance(points, click, radius) -> np.ndarray:
    """Distances of the points (N, 2) from the click in units of the snap ellipse (≤ 1: inside)."""
    offsets = (np.asarray(points, float).reshape(-1, 2) - np.asarray(click, float)) / _radius(radius)
    return np.hypot(offsets[:, 0], offsets[:, 1])


def nearest_within(points, click, radius) -> int | None:
    """Index of the point nearest the click inside the snap ellipse, or None."""
    if len(points) == 0:
        return None
    distance = snap_distance(points, click, radius)
    best = int(np.argmin(distance))
    return best if distance[best] <= 1.0 else None


def newton_snap(
    loss: Loss, click, radius, scale: Scale, fields: GridFields | None = None
) -> np.ndarray | None:
    """The critical point Newton's method reaches from the click, if it lies inside the snap ellipse.

    Steps θ ← θ − H⁺∇L. A point counts once ∇L passes the selection's own critical test and the last
    step is below the root solver's tolerance (so the point is a root, not a place where H⁺ is blind),
    or once ∇L passes that test after MAX_SNAP_STEPS (a degenerate root, where Newton is only linear).
    With the window's grid `fields`, a click whose nearest grid node sees no root nearby costs nothing.
    """
    click = np.asarray(click, float)
    point, from_grid = click.copy(), False
    if fields is not None:
        landing = _grid_newton_landing(fields, click, radius)
        if landing is None:
            return None
        # Newton's first step from the grid node costs no evaluation (the grid's ∇L and H): starting
        # where it lands saves one of the three or four evaluations a snap near a saddle makes.
        point, from_grid = landing, landing is not click
    step_tol = SOLVER_STEP_TOL * scale.length
    for _ in range(MAX_SNAP_STEPS):
        d = loss.at(point)
        if not d.finite:
            if from_grid:  # the grid's step left the domain: start from the click instead
                point, from_grid = click.copy(), False
                continue
            return None
        from_grid = False
        step = _pseudo_newton_step(d.hessian, d.gradient)
        if step is None or (_is_critical(d, scale) and float(np.hypot(*step)) <= step_tol):
            return _inside(point if step is None else point + step, d, click, radius, scale)
        point = point + step
        if snap_distance(point, click, radius)[0] > WANDER_RADII:
            return None
    d = loss.at(point)
    return _inside(point, d, click, radius, scale) if d.finite else None


def _grid_newton_landing(fields: GridFields, click: np.ndarray, radius) -> np.ndarray | None:
    """Where Newton's step from the grid node nearest the click (with the grid's own ∇L and H, no new
    evaluation) lands, if within WANDER_RADII of the click; None if it lands farther (no root near);
    the click itself when the grid cannot tell."""
    xs, ys = np.asarray(fields.xs), np.asarray(fields.ys)
    if len(xs) < 2 or len(ys) < 2 or not (xs[0] <= click[0] <= xs[-1] and ys[0] <= click[1] <= ys[-1]):
        return click
    i = int(np.clip(np.rint((click[1] - ys[0]) / (ys[-1] - ys[0]) * (len(ys) - 1)), 0, len(ys) - 1))
    j = int(np.clip(np.rint((click[0] - xs[0]) / (xs[-1] - xs[0]) * (len(xs) - 1)), 0, len(xs) - 1))
    gradient = np.array([fields.gx[i, j], fields.gy[i, j]], float)
    hxy = float(fields.hxy[i, j])
    hessian = np.array([[fields.hxx[i, j], hxy], [hxy, fields.hyy[i, j]]], float)
    if not (np.all(np.isfinite(gradient)) and np.all(np.isfinite(hessian))):
        return click
    step = _pseudo_newton_step(hessian, gradient)
    if step is None:  # H = 0: only a flat spot (g = 0 too) can be critical
        return None if gradient.any() else click
    landing = np.array([xs[j], ys[i]]) + step
    return landing if snap_distance(landing, click, radius)[0] <= WANDER_RADII else None


def _is_critical(d, scale: Scale) -> bool:
    return float(np.hypot(*d.gradient)) <= gradient_tolerance(d, scale)


def _inside(point, d, click, radius, scale: Scale) -> np.ndarray | None:
    """The point, if ∇L passed the critical test (at it or a sub-tolerance step from it) and it lies
    inside the snap ellipse."""
    if not _is_critical(d, scale) or snap_distance(point, click, radius)[0] > 1.0:
        return None
    return point


def _pseudo_newton_step(hessian: np.ndarray, gradient: np.ndarray) -> np.ndarray | None:
    """−H⁺g, without the eigen-directions of |λ| ≤ SINGULAR_RATIO·max|λ| (None when H = 0)."""
    eigenvalues, eigenvectors = np.linalg.eigh(hessian)
    big = float(np.abs(eigenvalues).max())
    if not big > 0:
        return None
    if float(np.abs(eigenvalues).min()) > SINGULAR_RATIO * big:
        # A plain solve: at the lecture saddle its last step cancels the point to exactly (0, 0),
        # where the eigenbasis sum leaves ~1e-30 of roundoff.
        return -np.linalg.solve(hessian, gradient)
    step = np.zeros(2)
    for value, vector in zip(eigenvalues, eigenvectors.T, strict=True):
        if abs(value) > SINGULAR_RATIO * big:
            step -= (vector @ gradient) / value * vector
    return step


def _radius(radius) -> np.ndarray:
    r = np.broadcast_to(np.asarray(radius, float), (2,))
    if not (np.all(np.isfinite(r)) and np.all(r > 0)):
        raise ValueError(f"snap radius must be positive and finite, got {tuple(r)}")
    return r
