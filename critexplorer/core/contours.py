"""Display transforms and contour lines of a gridded field (vectorized marching squares)."""

from __future__ import annotations

import numpy as np

DEFAULT_LEVEL_COUNT = 14

# Marching squares: corner bits a=1 (x0,y0), b=2 (x1,y0), c=4 (x1,y1), d=8 (x0,y1); edges
# 0 = a–b (bottom), 1 = b–c (right), 2 = c–d (top), 3 = d–a (left). Per case: the first segment's
# edges, and a second segment for the two saddle cases 5 and 10 (-1: none).
_FIRST = np.array(
    [
        [-1, -1],
        [3, 0],
        [0, 1],
        [3, 1],
        [1, 2],
        [3, 0],
        [0, 2],
        [3, 2],
        [2, 3],
        [0, 2],
        [0, 1],
        [1, 2],
        [1, 3],
        [0, 1],
        [3, 0],
        [-1, -1],
    ]
)
_SECOND = {5: (1, 2), 10: (2, 3)}


def display_values(values, log: bool, reference_min: float | None = None) -> np.ndarray:
    """L itself, or log(1 + L − min L) for losses spanning orders of magnitude; NaN where not finite.

    `reference_min` is the min L of the whole window, so points and patches share the surface's scale.
    """
    values = np.asarray(values, float)
    out = np.where(np.isfinite(values), values, np.nan)
    if not log:
        return out
    if reference_min is None:
        finite = out[np.isfinite(out)]
        if finite.size == 0:
            return out
        reference_min = float(finite.min())
    with np.errstate(invalid="ignore"):
        return np.log1p(np.maximum(out - reference_min, 0.0))


def finite_range(values: np.ndarray) -> tuple[float, float]:
    """(min, max) of the finite values; (0, 1) when none are finite, widened when flat."""
    finite = np.asarray(values)[np.isfinite(values)]
    if finite.size == 0:
        return 0.0, 1.0
    lo, hi = float(finite.min()), float(finite.max())
    if hi - lo <= 1e-12 * max(1.0, abs(lo)):
        pad = max(1.0, abs(lo)) * 0.5
        return lo - pad, hi + pad
    return lo, hi


def contour_levels(values: np.ndarray, count: int = DEFAULT_LEVEL_COUNT) -> np.ndarray:
    """`count` evenly spaced levels strictly inside the finite range of the (display) values."""
    lo, hi = finite_range(values)
    return np.linspace(lo, hi, count + 2)[1:-1]


def contour_segments(z: np.ndarray, xs: np.ndarray, ys: np.ndarray, levels) -> np.ndarray:
    """Line segments of the level sets of z[j, i] = f(xs[i], ys[j]), as (2K, 2) consecutive pairs.

    All levels at once: each cell is repeated once per level between its lowest and highest corner.
    """
    z = np.asarray(z, float)
    xs, ys = np.asarray(xs, float), np.asarray(ys, float)
    levels = np.sort(np.atleast_1d(np.asarray(levels, float)))
    ny, nx = z.shape
    if ny < 2 or nx < 2 or levels.size == 0:
        return np.empty((0, 2))
    a, b, c, d = (q.ravel() for q in (z[:-1, :-1], z[:-1, 1:], z[1:, 1:], z[1:, :-1]))
    with np.errstate(invalid="ignore", divide="ignore"):
        lo = np.minimum(np.minimum(a, b), np.minimum(c, d))
        hi = np.maximum(np.maximum(a, b), np.maximum(c, d))
        valid = np.isfinite(lo) & np.isfinite(hi)  # min/max propagate NaN
        first_level = np.searchsorted(levels, np.where(valid, lo, np.inf), side="left")
        end_level = np.searchsorted(levels, np.where(valid, hi, -np.inf), side="left")
        count = np.maximum(end_level - first_level, 0)
        cells = np.repeat(np.arange(a.size), count)
        if cells.size == 0:
            return np.empty((0, 2))
        offsets = np.arange(cells.size) - np.repeat(np.cumsum(count) - count, count)
        level = levels[np.repeat(first_level, count) + offsets]
        ca, cb, cc, cd = a[cells], b[cells], c[cells], d[cells]
        case = (ca > level) * 1 + (cb > level) * 2 + (cc > level) * 4 + (cd > level) * 8
        rows, cols = np.divmod(cells, nx - 1)
        x0, x1, y0, y1 = xs[cols], xs[cols + 1], ys[rows], ys[rows + 1]
        ex = np.stack(
            [x0 + (level - ca) / (cb - ca) * (x1 - x0), x1, x1 - (level - cc) / (cd - cc) * (x1 - x0), x0]
        )
        ey = np.stack(
            [y0, y0 + (level - cb) / (cc - cb) * (y1 - y0), y1, y1 - (level - cd) / (ca - cd) * (y1 - y0)]
        )
    idx = np.nonzero((case != 0) & (case != 15))[0]
    pairs = [(_FIRST[case[idx], 0], _FIRST[case[idx], 1], idx)]
    for code, (e1, e2) in _SECOND.items():
        extra = idx[case[idx] == code]
        pairs.append((np.full(extra.size, e1), np.full(extra.size, e2), extra))
    out = []
    for e1, e2, which in pairs:
        seg = np.empty((which.size * 2, 2))
        seg[0::2, 0], seg[0::2, 1] = ex[e1, which], ey[e1, which]
        seg[1::2, 0], seg[1::2, 1] = ex[e2, which], ey[e2, which]
        out.append(seg)
    return np.concatenate(out)
