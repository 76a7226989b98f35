"""Display transforms and contour lines of a gridded field (vectorized marching squares)."""

from __future__ import annotations

import numpy as np

DEFAULT_LEVEL_COUNT = 14

# Marching squares: corner bits a=1 (x0,y0), b=2 (x1,y0), c=4 (x1,y1), d=8 (x0,y1); edges
# 0 = a–b (bottom), 1 = b–c (right), 2 = c–d (top), 3 = d–a (left). Each case lists edge pairs.
_CASES: dict[int, tuple[tuple[int, int], ...]] = {
    1: ((3, 0),), 2: ((0, 1),), 3: ((3, 1),), 4: ((1, 2),), 5: ((3, 0), (1, 2)), 6: ((0, 2),),
    7: ((3, 2),), 8: ((2, 3),), 9: ((0, 2),), 10: ((0, 1), (2, 3)), 11: ((1, 2),), 12: ((1, 3),),
    13: ((0, 1),), 14: ((3, 0),),
}


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
    """Line segments of the level sets of z[j, i] = f(xs[i], ys[j]), as (2K, 2) consecutive pairs."""
    z = np.asarray(z, float)
    a, b, c, d = z[:-1, :-1], z[:-1, 1:], z[1:, 1:], z[1:, :-1]
    valid = np.isfinite(a) & np.isfinite(b) & np.isfinite(c) & np.isfinite(d)
    x0, y0 = np.meshgrid(xs[:-1], ys[:-1])
    x1, y1 = np.meshgrid(xs[1:], ys[1:])
    out = []
    with np.errstate(invalid="ignore", divide="ignore"):
        for level in np.atleast_1d(levels):
            case = ((a > level) * 1 + (b > level) * 2 + (c > level) * 4 + (d > level) * 8)
            rows, cols = np.nonzero(valid & (case != 0) & (case != 15))
            if rows.size == 0:
                continue
            ca, cb, cc, cd = a[rows, cols], b[rows, cols], c[rows, cols], d[rows, cols]
            cx0, cy0, cx1, cy1 = x0[rows, cols], y0[rows, cols], x1[rows, cols], y1[rows, cols]
            edges = [
                np.stack([cx0 + (level - ca) / (cb - ca) * (cx1 - cx0), cy0], axis=-1),
                np.stack([cx1, cy0 + (level - cb) / (cc - cb) * (cy1 - cy0)], axis=-1),
                np.stack([cx1 - (level - cc) / (cd - cc) * (cx1 - cx0), cy1], axis=-1),
                np.stack([cx0, cy1 - (level - cd) / (ca - cd) * (cy1 - cy0)], axis=-1),
            ]
            cell_case = case[rows, cols]
            for code, pairs in _CASES.items():
                hit = cell_case == code
                if not hit.any():
                    continue
                for first, second in pairs:
                    seg = np.empty((int(hit.sum()) * 2, 2))
                    seg[0::2] = edges[first][hit]
                    seg[1::2] = edges[second][hit]
                    out.append(seg)
    if not out:
        return np.empty((0, 2))
    return np.concatenate(out)
