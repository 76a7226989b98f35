"""The critical-point atlas: every critical point and every critical curve of L in a window.

1. Seeds: the cells of a grid where both ∂L/∂x and ∂L/∂y change sign, plus a uniform coarse grid.
2. A batched damped-Newton solve of ∇L = 0 from all seeds at once (`gradient_roots`).
3. Roots inside the window are deduplicated. Those with a (near) zero Hessian eigenvalue are probed:
   if the null direction continues as a curve of critical points, the curve is traced
   (`critical_curves`) and every root on it is absorbed, so a valley is one set, not many points.
4. The remaining points are classified by the point analysis (with its higher-order test).
Curves with the same type and the same L are grouped into one CriticalSet. Patches where ∇L is
exactly zero (a constant function, a ReLU's dead quadrant) are reported as sets of kind "region".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from critexplorer.core.analysis import classify as analysis
from critexplorer.core.analysis.classify import EscapeDirection, PointAnalysis
from critexplorer.core.analysis.zero_curvature import zero_eigenvalues
from critexplorer.core.atlas import budget
from critexplorer.core.atlas.budget import GRID_CELLS, UNIFORM_SEEDS, OverBudget, _sign_change
from critexplorer.core.atlas.curves import (
    MAX_STEP,
    START_STEP,
    TracedCurve,
    distance_to_polyline,
    trace_critical_curve,
)
from critexplorer.core.atlas.degenerate_roots import refine_degenerate_roots
from critexplorer.core.atlas.gradient_roots import RootSolve, pseudo_newton_size, solve_gradient_roots
from critexplorer.core.atlas.regions import FlatRegions, find_flat_regions
from critexplorer.core.eigen2 import symmetric_eigenvalues, symmetric_eigenvectors
from critexplorer.core.loss import Loss
from critexplorer.core.tolerances import (
    DEDUP_TOL,
    EIGENVALUE_REL_TOL,
    LEVEL_TOL,
    NEAR_SINGULAR_RATIO,
    WINDOW_MARGIN,
    Scale,
)

PROBE_DIRECTIONS = 8  # directions probed around a point where the whole Hessian vanishes
MERGE_REACH = 0.05  # near-singular roots closer than this fraction of the diagonal may be one point
PATH_SAMPLES = 8  # points checked on the path between two of them
MERGE_NEIGHBOURS = 8  # ... each compared with its nearest few (a chain of roots links a cluster)
DISTANCE_CHUNK = 256  # roots per block of the nearest-neighbour search (memory: block × roots)


class AtlasError(ValueError):
    """A window the atlas cannot search (empty, reversed or not finite)."""


class AtlasCancelled(Exception):
    """The search was cancelled (its `cancelled` check said so) before it finished."""


@dataclass(frozen=True)
class CriticalPoint:
    """An isolated critical point with its type and its full point analysis."""

    point: np.ndarray
    value: float
    classification: str
    eigenvalues: np.ndarray
    degenerate: bool
    analysis: PointAnalysis = field(repr=False)

    def to_dict(self) -> dict:
        return {
            "point": _floats(self.point),
            "value": _float(self.value),
            "classification": self.classification,
            "eigenvalues": _floats(self.eigenvalues),
            "degenerate": bool(self.degenerate),
        }


@dataclass(frozen=True)
class CriticalSet:
    """A non-isolated set of critical points: a curve (valley floor, ridge) or a flat region."""

    kind: str  # "curve" or "region"
    classification: str
    value: float
    samples: np.ndarray  # (N, 2): all branches concatenated (for a region: cells along its edge)
    branches: list[np.ndarray] = field(default_factory=list)  # ordered polylines, (M, 2) each

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "classification": self.classification,
            "value": _float(self.value),
            "samples": [_floats(p) for p in self.samples],
            "branches": [[_floats(p) for p in branch] for branch in self.branches],
        }


@dataclass(frozen=True)
class Atlas:
    """All critical points (sorted by x, then y) and critical sets of L in a window."""

    points: list[CriticalPoint]
    sets: list[CriticalSet]
    xlim: tuple[float, float] = (0.0, 1.0)
    ylim: tuple[float, float] = (0.0, 1.0)
    scale: Scale | None = field(default=None, compare=False)
    # False when the window holds more than the atlas can resolve (see budget): then points and
    # sets are empty and `message` says roughly how much is in view.
    complete: bool = True
    message: str | None = None

    def to_dict(self) -> dict:
        """The JSON contract of `critexplorer critical` (no NaN: non-finite numbers become null)."""
        report = {
            "points": [p.to_dict() for p in self.points],
            "sets": [s.to_dict() for s in self.sets],
            "complete": self.complete,
        }
        if not self.complete:
            report["message"] = self.message
        return report


Progress = Callable[[float], None]


def find_critical_points(
    loss: Loss,
    xlim,
    ylim,
    scale: Scale | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Atlas:
    """Every critical point and critical set of `loss` in the rectangle xlim × ylim.

    `progress(fraction)` hears how far the search is; once `cancelled()` is true the search stops
    at its next stage with AtlasCancelled. Time and memory are bounded (see budget): a window
    holding more than the atlas resolves gives an incomplete Atlas with a message.
    """
    xlim, ylim = _window(xlim, "xlim"), _window(ylim, "ylim")

    def stage(fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise AtlasCancelled
        if progress is not None:
            progress(fraction)

    stage(0.0)
    xs = np.linspace(xlim[0], xlim[1], GRID_CELLS + 1)
    ys = np.linspace(ylim[0], ylim[1], GRID_CELLS + 1)
    X, Y = np.meshgrid(xs, ys)
    values = np.broadcast_to(loss.value(X, Y), X.shape)
    gx, gy = (np.broadcast_to(np.asarray(v, float), X.shape) for v in loss.gradient(X, Y))
    if scale is None:
        scale = Scale.of_window(xlim, ylim, values)
    flats = find_flat_regions(loss, xs, ys, values, gx, gy, scale)
    try:
        if not budget.resolves(gx, gy):
            raise OverBudget(0)
        stage(0.1)
        seeds = _seeds(xs, ys, gx, gy, flats)
        solved = solve_gradient_roots(loss, seeds, xlim, ylim, scale)
        stage(0.5)
        keep = _inside(solved.points, xlim, ylim, WINDOW_MARGIN * scale.length)
        if flats.regions and keep.any():
            keep[keep] = ~flats.absorbs(solved.points[keep], solved.gradient_norm[keep])
        roots = _critical_roots(loss, solved, keep, scale)
        roots = _merge_blurred_roots(loss, roots, scale)
        stage(0.6)
        curves, roots = _absorb_curves(loss, roots, xlim, ylim, scale, lambda: stage(0.6))
        stage(0.8)
        if len(roots.points) > budget.MAX_POINTS:
            raise OverBudget(len(roots.points))
        roots = _refine_degenerate(loss, roots, scale)
        stage(0.9)
        points = _classify(loss, roots, scale)
    except OverBudget as over:
        stage(0.95)
        seen = over if over.found else None
        message = budget.busy_message(loss, xlim, ylim, flats.gradient_threshold, seen)
        return Atlas([], [], xlim=xlim, ylim=ylim, scale=scale, complete=False, message=message)
    sets = _group_curves(loss, curves, scale) + [_region_set(region) for region in flats.regions]
    stage(1.0)
    return Atlas(points=points, sets=sets, xlim=xlim, ylim=ylim, scale=scale)


# -- seeds -------------------------------------------------------------------------------------------


def _window(limits, name: str) -> tuple[float, float]:
    try:
        lo, hi = (float(v) for v in limits)
    except (TypeError, ValueError) as error:
        raise AtlasError(f"{name} must be two numbers, got {limits!r}") from error
    if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
        raise AtlasError(f"{name} must be two finite numbers with the first smaller, got {lo}, {hi}")
    return lo, hi


def _seeds(xs, ys, gx, gy, flats: FlatRegions) -> np.ndarray:
    """Centers of cells where both gradient components change sign, plus a uniform grid."""
    both = _sign_change(gx) & _sign_change(gy) & ~flats.cells
    cy, cx = np.nonzero(both)
    centers_x = 0.5 * (xs[:-1] + xs[1:])
    centers_y = 0.5 * (ys[:-1] + ys[1:])
    changed = np.stack([centers_x[cx], centers_y[cy]], axis=1)
    # The uniform seeds sit off the sign-change grid's lines and off the window's symmetry axes.
    ux = xs[0] + (np.arange(UNIFORM_SEEDS) + 0.5 + 0.0123) * (xs[-1] - xs[0]) / UNIFORM_SEEDS
    uy = ys[0] + (np.arange(UNIFORM_SEEDS) + 0.5 + 0.0321) * (ys[-1] - ys[0]) / UNIFORM_SEEDS
    UX, UY = np.meshgrid(ux, uy)
    uniform = np.stack([UX.ravel(), UY.ravel()], axis=1)
    uniform = uniform[~flats.contains(uniform)]
    return np.concatenate([changed, uniform])


def _inside(points: np.ndarray, xlim, ylim, margin: float) -> np.ndarray:
    """Mask of the finite points inside the window (give or take the margin)."""
    with np.errstate(invalid="ignore"):
        return (
            np.all(np.isfinite(points), axis=1)
            & (points[:, 0] >= xlim[0] - margin)
            & (points[:, 0] <= xlim[1] + margin)
            & (points[:, 1] >= ylim[0] - margin)
            & (points[:, 1] <= ylim[1] + margin)
        )


# -- roots -------------------------------------------------------------------------------------------


@dataclass
class _Roots:
    """Deduplicated critical points with their derivatives, as parallel arrays."""

    points: np.ndarray
    values: np.ndarray
    gradients: np.ndarray  # (n, 2)
    hessians: np.ndarray  # (n, 3): hxx, hxy, hyy
    eigenvalues: np.ndarray  # (n, 2) ascending
    nullity: np.ndarray  # number of (near) zero eigenvalues

    def subset(self, keep) -> _Roots:
        return _Roots(
            *(
                getattr(self, f)[keep]
                for f in ("points", "values", "gradients", "hessians", "eigenvalues", "nullity")
            )
        )


def _critical_roots(loss: Loss, solved: RootSolve, keep: np.ndarray, scale: Scale) -> _Roots:
    """Of the solver's points selected by `keep`, the critical ones, without duplicates.

    A seed the solver gave up on must also be close to a root by Newton's own estimate: with a
    stiff Hessian the ‖g‖ test alone would pass points far along a weak direction (Beale, y ≈ 4.4).
    """
    points, converged = solved.points[keep], solved.converged[keep]
    # The solver already holds ∇L and H at its points; only L is left to evaluate.
    values = np.asarray(loss.value(points[:, 0], points[:, 1]), float) * np.ones(len(points))
    roots = _roots(loss, points, values, solved.gradients[keep], solved.hessians[keep], scale)
    h = np.abs(roots.hessians).max(axis=1) if len(points) else np.zeros(0)
    tolerance = np.maximum(scale.position_tol * scale.length * h, scale.gradient_floor)
    gnorm = np.hypot(*roots.gradients.T)
    finite = np.isfinite(roots.values) & np.isfinite(gnorm) & np.all(np.isfinite(roots.hessians), axis=1)
    distance = pseudo_newton_size(*roots.hessians.T, roots.gradients)
    with np.errstate(invalid="ignore"):
        near = converged | (distance <= scale.position_tol * scale.length)
    roots = roots.subset(finite & (gnorm <= tolerance) & near)
    return roots.subset(_unique(roots.points, np.hypot(*roots.gradients.T), DEDUP_TOL * scale.length))


def _evaluate(loss: Loss, points: np.ndarray, scale: Scale) -> _Roots:
    points = np.asarray(points, float).reshape(-1, 2)
    f = loss.fields_at(points[None, :, 0], points[None, :, 1])  # value, ∇L and H in one trace
    gradients = np.stack([f.gx[0], f.gy[0]], axis=1)
    hessians = np.stack([f.hxx[0], f.hxy[0], f.hyy[0]], axis=1)
    return _roots(loss, points, np.array(f.value[0], float), gradients, hessians, scale)


def _roots(loss: Loss, points, values, gradients, hessians, scale: Scale) -> _Roots:
    """The derivatives at the points, with the Hessians' eigenvalues and nullity (zero_curvature)."""
    l1, l2 = symmetric_eigenvalues(hessians[:, 0], hessians[:, 1], hessians[:, 2])
    eigenvalues = np.stack([l1, l2], axis=1).reshape(-1, 2)
    nullity = np.zeros(len(eigenvalues), int)
    if len(eigenvalues):
        nullity = zero_eigenvalues(loss, points, gradients, hessians, eigenvalues, scale).sum(axis=1)
    return _Roots(points, values, gradients, hessians, eigenvalues, nullity)


def _unique(points: np.ndarray, quality: np.ndarray, tolerance: float) -> np.ndarray:
    """Indices of one point per cluster of points closer than tolerance (the best-quality one).

    Greedy, best quality first. Kept points are filed in square cells twice as wide as the
    tolerance (room for rounding in the cell index), so each candidate is compared with the kept
    points of its 3×3 cells, not with all of them (Rastrigin brings ~700 candidates for 441 roots).
    """
    with np.errstate(invalid="ignore", over="ignore"):
        cells = np.floor((points - points.min(axis=0, initial=np.inf)) / (2.0 * tolerance))
    if not np.all(np.isfinite(cells)):
        cells = np.zeros_like(points)  # cells beyond float range: one cell, compare with all
    kept: list[int] = []
    filed: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for i in np.argsort(quality, kind="stable"):
        x, y = float(points[i, 0]), float(points[i, 1])
        cx, cy = int(cells[i, 0]), int(cells[i, 1])
        if any(
            math.hypot(x - kx, y - ky) <= tolerance
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for kx, ky in filed.get((cx + dx, cy + dy), ())
        ):
            continue
        kept.append(int(i))
        filed.setdefault((cx, cy), []).append((x, y))
    return np.array(sorted(kept), dtype=int)


def _near_singular(roots: _Roots) -> np.ndarray:
    """Roots whose weaker Hessian eigenvalue is below NEAR_SINGULAR_RATIO of the stronger."""
    magnitude = np.abs(roots.eigenvalues)
    return magnitude.min(axis=1) <= NEAR_SINGULAR_RATIO * magnitude.max(axis=1)


def _merge_blurred_roots(loss: Loss, roots: _Roots, scale: Scale) -> _Roots:
    """Merge near-singular roots joined by a path of points that are critical within tolerance.

    Near a degenerate point such as the cusp of (y − x²)(y − 2x²), ∇L is tiny along a whole arc
    (|∇L| ~ x³), so Newton stalls at many distinct spots that all pass the critical test. They are
    one critical point: the straight path between two of them, pulled back onto ∇L·n = 0 along the
    stiff direction n, stays critical within tolerance. Two genuinely different points are
    separated by non-critical ground. The member with the smallest ‖∇L‖ stands for the cluster.
    """
    weak = np.flatnonzero(_near_singular(roots))
    if weak.size < 2:
        return roots
    if weak.size > budget.MAX_WEAK_ROOTS:
        raise OverBudget(int(weak.size))
    parent = {int(i): int(i) for i in weak}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # path halving: chains along a valley stay short
            i = parent[i]
        return i

    # Each root is compared with its nearest neighbours within reach, nearest first, skipping
    # those it is already joined to: a cluster is linked through a chain, not all n² pairs.
    neighbours, distances = _nearest(roots.points[weak], MERGE_NEIGHBOURS)
    for rank in range(neighbours.shape[1]):
        pairs = sorted(
            {
                (min(int(weak[i]), int(weak[j])), max(int(weak[i]), int(weak[j])))
                for i, j in enumerate(neighbours[:, rank])
                if distances[i, rank] <= MERGE_REACH * scale.length
                and find(int(weak[i])) != find(int(weak[j]))
            }
        )
        if not pairs:
            continue
        joined = _critical_paths(loss, roots, pairs, scale)
        for (i, j), ok in zip(pairs, joined, strict=True):
            if ok:
                parent[find(i)] = find(j)
    gnorm = np.hypot(*roots.gradients.T)
    keep = np.ones(len(roots.points), bool)
    clusters: dict[int, list[int]] = {}
    for i in parent:
        clusters.setdefault(find(i), []).append(i)
    for members in clusters.values():
        best = min(members, key=lambda m: (gnorm[m], m))
        keep[[m for m in members if m != best]] = False
    return roots.subset(keep)


def _nearest(points: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """For each point its k nearest others (indices and distances, nearest first), in blocks."""
    n = len(points)
    k = min(k, n - 1)
    neighbours, distances = np.zeros((n, k), int), np.zeros((n, k))
    for start in range(0, n, DISTANCE_CHUNK):
        block = points[start : start + DISTANCE_CHUNK]
        d = np.hypot(block[:, None, 0] - points[None, :, 0], block[:, None, 1] - points[None, :, 1])
        d[np.arange(len(block)), np.arange(start, start + len(block))] = np.inf
        nearest = np.argpartition(d, k - 1, axis=1)[:, :k]
        near_d = np.take_along_axis(d, nearest, axis=1)
        order = np.argsort(near_d, axis=1, kind="stable")
        neighbours[start : start + len(block)] = np.take_along_axis(nearest, order, axis=1)
        distances[start : start + len(block)] = np.take_along_axis(near_d, order, axis=1)
    return neighbours, distances


def _refine_degenerate(loss: Loss, roots: _Roots, scale: Scale) -> _Roots:
    """The isolated roots left near a singular Hessian, located to full precision (see
    degenerate_roots); the solver stops ~1e-5 short of a cusp like (y − x²)(y − 2x²)."""
    weak = np.flatnonzero(_near_singular(roots))
    if weak.size == 0:
        return roots
    points = roots.points.copy()
    points[weak] = refine_degenerate_roots(loss, points[weak], scale.length)
    refined = _evaluate(loss, points, scale)
    return refined.subset(_unique(refined.points, np.hypot(*refined.gradients.T), DEDUP_TOL * scale.length))


def _critical_paths(loss: Loss, roots: _Roots, pairs, scale: Scale) -> np.ndarray:
    """For each pair of roots: is the projected straight path between them critical throughout?"""
    t = np.linspace(0.0, 1.0, PATH_SAMPLES + 2)[1:-1]
    a = roots.points[[i for i, _ in pairs]]
    b = roots.points[[j for _, j in pairs]]
    path = (a[:, None, :] + t[None, :, None] * (b - a)[:, None, :]).reshape(-1, 2)
    at = _evaluate(loss, path, scale)
    hxx, hxy, hyy = at.hessians.T
    l1, l2 = at.eigenvalues.T
    u1, u2 = symmetric_eigenvectors(hxx, hxy, hyy)
    stiff_first = np.abs(l1) > np.abs(l2)
    normal = np.where(stiff_first[:, None], u1, u2)
    curvature = np.where(stiff_first, l1, l2)
    points = path.copy()
    gradients = at.gradients
    for _ in range(3):
        with np.errstate(all="ignore"):
            s = -np.sum(gradients * normal, axis=1) / curvature
        points = points + np.where(np.isfinite(s), s, 0.0)[:, None] * normal
        ones = np.ones(len(points))
        gradients = np.stack(
            [np.asarray(v, float) * ones for v in loss.gradient(points[:, 0], points[:, 1])], axis=1
        )
    tolerance = np.maximum(
        scale.position_tol * scale.length * np.abs(at.hessians).max(axis=1), scale.gradient_floor
    )
    with np.errstate(invalid="ignore"):
        critical = np.hypot(*gradients.T) <= tolerance
    return critical.reshape(len(pairs), PATH_SAMPLES).all(axis=1)


# -- curves ------------------------------------------------------------------------------------------


def _absorb_curves(loss: Loss, roots: _Roots, xlim, ylim, scale: Scale, checkpoint=lambda: None):
    """Trace the critical curves through degenerate roots; drop the roots that lie on them."""
    seeds = list(np.flatnonzero(roots.nullity == 1))
    seeds += _probe_flat_points(loss, roots, xlim, ylim, scale)
    removed = np.zeros(len(roots.points), bool)
    curves: list[tuple[TracedCurve, float]] = []
    tried = []
    samples_left = budget.MAX_CURVE_SAMPLES
    for seed in seeds:
        checkpoint()
        p = roots.points[seed] if isinstance(seed, (int, np.integer)) else seed
        if isinstance(seed, (int, np.integer)) and removed[seed]:
            continue
        if any(distance_to_polyline(p, c.points)[0] <= _on_curve_tol(scale) for c, _ in curves):
            continue
        if any(np.hypot(*(p - q)) <= DEDUP_TOL * scale.length for q in tried):
            continue
        tried.append(p)
        if len(curves) >= budget.MAX_CURVES or samples_left <= 0:
            raise OverBudget(len(curves), "critical curves")
        curve = trace_critical_curve(loss, p, xlim, ylim, scale, max_steps=samples_left)
        if curve is None:
            continue
        samples_left -= len(curve.points)
        if curve.truncated:
            raise OverBudget(len(curves) + 1, "critical curves")
        value = float(np.median(np.asarray(loss.value(curve.points[:, 0], curve.points[:, 1]), float)))
        curves.append((curve, value))
        near = distance_to_polyline(roots.points, curve.points) <= _on_curve_tol(scale)
        same_level = np.abs(roots.values - value) <= LEVEL_TOL * scale.loss_range
        removed |= near & same_level & (roots.nullity >= 1)
    return curves, roots.subset(~removed)


def _on_curve_tol(scale: Scale) -> float:
    # Samples are exact curve points at most MAX_STEP apart; the chord's sagitta stays well below this.
    return 0.1 * MAX_STEP * scale.length


def _probe_flat_points(loss: Loss, roots: _Roots, xlim, ylim, scale: Scale) -> list[np.ndarray]:
    """Around points where H ≈ 0, look for curves of critical points passing through (x²y² at 0)."""
    flat = np.flatnonzero(roots.nullity == 2)
    if flat.size == 0:
        return []
    h = START_STEP * scale.length
    angles = (np.arange(PROBE_DIRECTIONS) + 0.5) * 2 * np.pi / PROBE_DIRECTIONS
    offsets = h * np.stack([np.cos(angles), np.sin(angles)], axis=1)
    starts = (roots.points[flat][:, None, :] + offsets[None]).reshape(-1, 2)
    solved = solve_gradient_roots(loss, starts, xlim, ylim, scale)
    origins = np.repeat(roots.points[flat], PROBE_DIRECTIONS, axis=0)
    landed = _evaluate(loss, solved.points, scale)
    gnorm = np.hypot(*landed.gradients.T)
    tolerance = np.maximum(
        scale.position_tol * scale.length * np.abs(landed.hessians).max(axis=1), scale.gradient_floor
    )
    moved_away = np.hypot(*(solved.points - origins).T) >= 0.5 * h
    useful = (gnorm <= tolerance) & moved_away & (landed.nullity == 1)
    return [p for p in solved.points[useful]]


def _group_curves(loss: Loss, curves, scale: Scale) -> list[CriticalSet]:
    """One CriticalSet per (classification, L level): the branches of one valley or ridge."""
    groups: list[tuple[str, float, list[np.ndarray]]] = []
    for curve, value in curves:
        for kind, piece in _split_by_type(curve):
            for i, (other_kind, other_value, branches) in enumerate(groups):
                if other_kind == kind and abs(other_value - value) <= LEVEL_TOL * scale.loss_range:
                    groups[i] = (kind, other_value, branches + [piece])
                    break
            else:
                groups.append((kind, value, [piece]))
    return [
        CriticalSet(
            kind="curve",
            classification=kind,
            value=value,
            samples=np.concatenate(branches),
            branches=branches,
        )
        for kind, value, branches in groups
    ]


def _split_by_type(curve: TracedCurve) -> list[tuple[str, np.ndarray]]:
    """Pieces of a curve along which L curves the same way across it (valley: minimum, ridge: maximum).

    Where the transverse curvature vanishes (curves crossing, H = 0) a sample takes its neighbours'
    type; a curve that turns from valley into ridge is split there, the pieces sharing that sample.
    """
    across = curve.transverse
    zero = EIGENVALUE_REL_TOL * float(np.max(np.abs(across), initial=0.0))
    sign = np.where(across > zero, 1.0, np.where(across < -zero, -1.0, 0.0))
    if not np.any(sign):
        return [(analysis.INCONCLUSIVE, curve.points)]
    known = np.flatnonzero(sign)
    # Each unknown sample copies the nearest sample with a known sign.
    nearest = known[np.argmin(np.abs(np.arange(len(sign))[:, None] - known[None, :]), axis=1)]
    sign = sign[nearest]
    cuts = np.flatnonzero(np.diff(sign)) + 1
    pieces = []
    for start, stop in zip(np.concatenate([[0], cuts]), np.concatenate([cuts, [len(sign)]]), strict=True):
        kind = analysis.MINIMUM if sign[start] > 0 else analysis.MAXIMUM
        pieces.append((kind, curve.points[max(start - 1, 0) : stop]))
    return pieces


def _region_set(region) -> CriticalSet:
    return CriticalSet(
        kind="region",
        classification=region.classification,
        value=region.value,
        samples=region.edge,
        branches=[],
    )


# -- classification ----------------------------------------------------------------------------------


def _classify(loss: Loss, roots: _Roots, scale: Scale) -> list[CriticalPoint]:
    """Point analysis of each isolated root; sorted by x, then y (rounded, so the order is stable)."""
    grain = 1e-9 * scale.length
    order = np.lexsort((np.round(roots.points[:, 1] / grain), np.round(roots.points[:, 0] / grain)))
    # One batched eigen-decomposition: Rastrigin has 441 roots in view.
    eigenvectors = np.stack(symmetric_eigenvectors(*roots.hessians.T), axis=1).reshape(-1, 2, 2)
    magnitude = np.abs(roots.eigenvalues)
    regular = (magnitude.min(axis=1) > NEAR_SINGULAR_RATIO * magnitude.max(axis=1)) & (roots.nullity == 0)
    if np.sum(~regular) > budget.MAX_DEGENERATE_ANALYSES:
        raise OverBudget(len(roots.points))
    points = []
    for i in order:
        # Clearly regular roots take the Hessian test from the batched derivatives; anything near
        # singular goes through analyze_point (projection, higher-order test).
        if regular[i]:
            result = _regular_analysis(roots, i, eigenvectors[i], scale)
        else:
            result = analysis.analyze_point(loss, roots.points[i], scale)
        if not result.critical:
            continue
        points.append(
            CriticalPoint(
                point=result.point,
                value=result.value,
                classification=result.classification,
                eigenvalues=result.eigenvalues,
                degenerate=result.degenerate,
                analysis=result,
            )
        )
    return points


def _regular_analysis(roots: _Roots, i: int, eigenvectors: np.ndarray, scale: Scale) -> PointAnalysis:
    """What analyze_point returns at a non-degenerate root, from the batched derivatives."""
    hxx, hxy, hyy = roots.hessians[i]
    l1, l2 = roots.eigenvalues[i]
    eigenvectors = eigenvectors.copy()
    u1, u2 = eigenvectors
    eigenvalues = np.array([l1, l2])
    zero_tol = analysis.eigenvalue_tolerance(eigenvalues, scale)
    classification = analysis.MINIMUM if l1 > 0 else analysis.MAXIMUM if l2 < 0 else analysis.SADDLE
    escapes = (
        ()
        if classification == analysis.MINIMUM
        else tuple(EscapeDirection(u, float(lam)) for u, lam in ((u1, l1), (u2, l2)) if lam < -zero_tol)
    )
    return PointAnalysis(
        point=roots.points[i].copy(),
        value=float(roots.values[i]),
        gradient=roots.gradients[i].copy(),
        hessian=np.array([[hxx, hxy], [hxy, hyy]]),
        eigenvalues=eigenvalues,
        eigenvectors=eigenvectors,
        critical=True,
        classification=classification,
        degenerate=False,
        finite=True,
        escape_directions=escapes,
        scale=scale,
    )


def _float(value) -> float | None:
    value = float(value) + 0.0  # no "-0.0" in the output
    return value if np.isfinite(value) else None


def _floats(values) -> list:
    return [_float(v) for v in np.ravel(values)]
