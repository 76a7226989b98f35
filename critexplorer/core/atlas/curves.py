"""Critical curves: tracing a curve of non-isolated critical points by continuation.

Along a smooth curve of critical points the Hessian has the curve's tangent in its kernel, so at a
point with one (near) zero eigenvalue we step along that null eigenvector (predictor) and bring the
point back onto ∇L = 0 by Newton's method along the other, curved eigenvector (corrector). If the
corrected point is critical to roundoff, the curve goes on; if ‖∇L‖ stays of order step² there, the
null direction was only a flat direction of an isolated degenerate point (x² + y³ at 0).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from critexplorer.core.eigen2 import symmetric_eigenvalues, symmetric_eigenvectors
from critexplorer.core.loss import Loss
from critexplorer.core.tolerances import CURVE_GRADIENT_TOL, Scale

START_STEP = 1 / 256  # continuation step, as a fraction of the window's diagonal
MAX_STEP = 1 / 64
# Shorter steps could pass off an isolated degenerate point's flat arc (|∇L| ~ step³) as a curve.
MIN_STEP = 1 / 2000
MAX_STEPS = 4000
CORRECTOR_ITERATIONS = 8
# If the corrector moved the point by more than this fraction of the step, the step was too long.
MAX_CORRECTION = 0.2
EASY_CORRECTION = 0.05
# The corrector stops once its step is below this fraction of the continuation step; ∇L is then
# far below the curve test's CURVE_GRADIENT_TOL · |λ| · step.
CORRECTOR_TOL = 1e-8
DISTANCE_BLOCK = 1 << 18  # point × segment pairs per block of distance_to_polyline
_EPS_RATIO = 1e-6  # secants from corrector steps below 1e-3·step_tol·this are not trusted


@dataclass(frozen=True)
class TracedCurve:
    """An ordered polyline of critical points, the curvature across it at each, and if it closes."""

    points: np.ndarray  # (M, 2)
    transverse: np.ndarray  # (M,) Hessian eigenvalue across the curve: > 0 valley, < 0 ridge
    closed: bool
    truncated: bool = False  # stopped after max_steps, short of the window's edge


def trace_critical_curve(
    loss: Loss, start, xlim, ylim, scale: Scale, max_steps: int = MAX_STEPS
) -> TracedCurve | None:
    """The critical curve through `start`, both ways to the window's edge or round a loop, in at
    most `max_steps` steps (more makes it `truncated`).

    None when `start` is an isolated point (no critical point continues from it).
    """
    start = np.asarray(start, float)
    max_steps = min(max_steps, MAX_STEPS)
    tangent, _, _ = _frame(loss, start, None)
    forward, closed, finished = _march(loss, start, tangent, xlim, ylim, scale, max_steps)
    if closed:
        return TracedCurve(forward, _transverse_curvature(loss, forward), True)
    steps_left = max_steps - len(forward) + 1
    backward, _, finished_back = _march(loss, start, -tangent, xlim, ylim, scale, steps_left)
    if len(forward) < 2 and len(backward) < 2:
        return None
    points = np.concatenate([backward[::-1], forward[1:]])
    return TracedCurve(points, _transverse_curvature(loss, points), False, not (finished and finished_back))


def _transverse_curvature(loss: Loss, points: np.ndarray) -> np.ndarray:
    """The eigenvalue of largest magnitude of H at each point (one batched Hessian)."""
    ones = np.ones(len(points))
    hxx, hxy, hyy = (np.asarray(v, float) * ones for v in loss.hessian(points[:, 0], points[:, 1]))
    l1, l2 = symmetric_eigenvalues(hxx, hxy, hyy)
    return np.where(np.abs(l1) > np.abs(l2), l1, l2)


def distance_to_polyline(points: np.ndarray, polyline: np.ndarray) -> np.ndarray:
    """Distance of each point (n, 2) to the nearest segment of a polyline (m, 2)."""
    points = np.asarray(points, float).reshape(-1, 2)
    if len(polyline) == 1:
        return np.hypot(*(points - polyline[0]).T)
    # In blocks of points: memory stays at block × segments whatever the number of points.
    block = max(1, DISTANCE_BLOCK // len(polyline))
    if len(points) > block:
        return np.concatenate(
            [distance_to_polyline(points[i : i + block], polyline) for i in range(0, len(points), block)]
        )
    a, b = polyline[:-1], polyline[1:]
    ab = b - a
    length2 = np.maximum(np.sum(ab * ab, axis=1), 1e-300)
    rel = points[:, None, :] - a[None, :, :]
    t = np.clip(np.sum(rel * ab[None], axis=2) / length2[None], 0.0, 1.0)
    nearest = a[None] + t[..., None] * ab[None]
    return np.min(np.hypot(*(points[:, None, :] - nearest).transpose(2, 0, 1)), axis=1)


def _frame(loss: Loss, p, previous_tangent):
    """(tangent, normal, normal curvature) at p: the null and the curved eigen-directions of H."""
    hxx, hxy, hyy = (float(v) for v in loss.hessian(p[0], p[1]))
    l1, l2 = (float(v) for v in symmetric_eigenvalues(hxx, hxy, hyy))
    u1, u2 = (np.asarray(u, float) for u in symmetric_eigenvectors(hxx, hxy, hyy))
    if abs(l1) <= abs(l2):
        tangent, normal, curvature = u1, u2, l2
    else:
        tangent, normal, curvature = u2, u1, l1
    if previous_tangent is not None:
        # Where both eigenvalues are about equal (a crossing of curves, H ≈ 0) the eigenvectors say
        # nothing: keep going straight, picking whichever eigenvector continues the curve best.
        if abs(l2 - l1) <= 0.1 * max(abs(l1), abs(l2)) or not np.isfinite(l1 + l2):
            if abs(normal @ previous_tangent) > abs(tangent @ previous_tangent):
                tangent, normal = normal, tangent
                curvature = l1 if curvature == l2 else l2
        if tangent @ previous_tangent < 0:
            tangent = -tangent
    return tangent, normal, curvature


def _correct(loss: Loss, q, normal, curvature, step_tol):
    """Secant iteration along the normal direction onto ∇L·n = 0, starting from the curvature at p.

    Returns the corrected point, ∇L there (from before the last, negligible, step) and the
    latest estimate of the curvature across the curve.
    """
    g = np.asarray(loss.gradient(q[0], q[1]), float)
    if not np.isfinite(curvature) or curvature == 0:
        return q, g, curvature
    slope = g @ normal
    for _ in range(CORRECTOR_ITERATIONS):
        if not np.all(np.isfinite(g)):
            return q, g, curvature
        s = -slope / curvature
        q = q + s * normal
        if abs(s) <= step_tol:
            return q, g, curvature
        g = np.asarray(loss.gradient(q[0], q[1]), float)
        new_slope = g @ normal
        secant = (new_slope - slope) / s
        # A secant from a step near roundoff is noise; otherwise it is the better estimate.
        if np.isfinite(secant) and secant != 0 and abs(s) > 1e3 * step_tol * _EPS_RATIO:
            curvature = secant
        slope = new_slope
    return q, g, curvature


def _march(loss: Loss, start, tangent, xlim, ylim, scale: Scale, max_steps: int):
    """Continue from start along tangent; returns (points, closed, finished before max_steps)."""
    length = scale.length
    lo = np.array([xlim[0], ylim[0]], float)
    hi = np.array([xlim[1], ylim[1]], float)
    points = [start]
    p, t = start, tangent
    h = START_STEP * length
    travelled = 0.0
    # The Hessian gives the first frame; after that the secant of the last two points is the
    # tangent (the standard continuation predictor) and the corrector keeps the curvature current.
    t, normal, curvature = _frame(loss, p, t)
    for _ in range(max_steps):
        accepted = None
        while h >= MIN_STEP * length:
            predicted = p + h * t
            q, g, new_curvature = _correct(loss, predicted, normal, curvature, CORRECTOR_TOL * h)
            # The corrector zeroes ∇L across the curve; along it ∇L must vanish by itself.
            along = abs(float(g @ t)) if np.all(np.isfinite(g)) else np.inf
            correction = float(np.hypot(*(q - predicted)))
            tol = max(CURVE_GRADIENT_TOL * abs(curvature) * h, 1e-3 * scale.gradient_floor)
            if along <= tol and correction <= MAX_CORRECTION * h:
                accepted = q, correction
                curvature = new_curvature
                break
            h *= 0.5
        if accepted is None:
            return np.array(points), False, True
        q, correction = accepted
        if np.any(q < lo) or np.any(q > hi):
            points.append(_end_on_edge(loss, p, q, lo, hi, curvature))
            return np.array(points), False, True
        stride = float(np.hypot(*(q - p)))
        travelled += stride
        # A loop closes when, having gone somewhere, the last segment passes by the start again.
        if travelled > 3 * stride and distance_to_polyline(start, np.array([p, q]))[0] <= 0.1 * stride:
            points.append(start)
            return np.array(points), True, True
        points.append(q)
        t = (q - p) / stride
        normal = np.array([-t[1], t[0]])
        p = q
        if correction <= EASY_CORRECTION * h:
            h = min(1.5 * h, MAX_STEP * length)
    return np.array(points), False, max_steps >= MAX_STEPS


def _end_on_edge(loss: Loss, p, q, lo, hi, curvature) -> np.ndarray:
    """Where the curve leaves the box [lo, hi] between p (inside) and q (outside).

    The chord p→q gives the edge and a first guess; secant steps along that edge then put the end
    point back onto the curve (∇L·n = 0), unless the curve runs nearly along the edge.
    """
    d = q - p
    with np.errstate(divide="ignore", invalid="ignore"):
        exits = np.where(d > 0, (hi - p) / d, np.where(d < 0, (lo - p) / d, np.inf))
    axis = int(np.argmin(exits))
    end = p + float(np.clip(exits[axis], 0.0, 1.0)) * d
    edge = np.array([0.0, 1.0]) if axis == 0 else np.array([1.0, 0.0])
    normal = np.array([-d[1], d[0]]) / float(np.hypot(*d))
    rate = curvature * float(normal @ edge)  # d(∇L·n)/ds along the edge
    if not np.isfinite(rate) or abs(float(normal @ edge)) < 0.1:
        return end
    point, slope = end, float(np.asarray(loss.gradient(*end), float) @ normal)
    for _ in range(CORRECTOR_ITERATIONS):
        s = -slope / rate
        point = point + s * edge
        if abs(s) <= 1e-14 * float(np.hypot(*d)) + 1e-300:
            break
        new_slope = float(np.asarray(loss.gradient(*point), float) @ normal)
        if np.isfinite(new_slope) and new_slope != slope:
            rate = (new_slope - slope) / s
        slope = new_slope
    inside = np.all(point >= lo - 1e-9 * (hi - lo)) and np.all(point <= hi + 1e-9 * (hi - lo))
    if not (inside and np.isfinite(slope) and np.hypot(*(point - end)) <= np.hypot(*d)):
        return end
    return np.clip(point, lo, hi)
