"""A gridded surface as a triangle mesh (faces, normals), ray picking on it, what it hides from an eye,
and axis ticks."""

from __future__ import annotations

from functools import lru_cache

import numpy as np


@lru_cache(maxsize=8)
def grid_faces(ny: int, nx: int) -> np.ndarray:
    """Two triangles per grid cell, indexing vertices laid out row-major as (ny, nx)."""
    j, i = np.meshgrid(np.arange(ny - 1), np.arange(nx - 1), indexing="ij")
    v00 = (j * nx + i).ravel()
    v01, v10, v11 = v00 + 1, v00 + nx, v00 + nx + 1
    faces = np.concatenate([np.stack([v00, v01, v11], 1), np.stack([v00, v11, v10], 1)])
    faces.setflags(write=False)
    return faces.astype(np.uint32)


def surface_mesh(xs: np.ndarray, ys: np.ndarray, z: np.ndarray):
    """(vertices (N, 3), unit normals (N, 3), faces (F, 3)) of z[j, i] over (xs[i], ys[j]).

    Faces touching a non-finite height are dropped, so undefined regions are holes, not spikes.
    """
    ny, nx = z.shape
    finite = np.isfinite(z)
    zf = np.where(finite, z, 0.0)
    X, Y = np.meshgrid(xs, ys)
    vertices = np.stack([X.ravel(), Y.ravel(), zf.ravel()], axis=1).astype(np.float32)
    dz_dy, dz_dx = np.gradient(zf, ys, xs) if nx > 1 and ny > 1 else (zf * 0, zf * 0)
    normals = np.stack([-dz_dx, -dz_dy, np.ones_like(zf)], axis=-1).reshape(-1, 3)
    normals /= np.linalg.norm(normals, axis=1, keepdims=True)
    faces = grid_faces(ny, nx)
    if not finite.all():
        ok = finite.ravel()
        faces = faces[ok[faces].all(axis=1)]
    return vertices, normals.astype(np.float32), faces


def _heights_at(xs, ys, z, px, py) -> np.ndarray:
    """Bilinear interpolation of z at points (NaN outside the grid or next to a non-finite node)."""
    fx = np.interp(px, xs, np.arange(len(xs)), left=np.nan, right=np.nan)
    fy = np.interp(py, ys, np.arange(len(ys)), left=np.nan, right=np.nan)
    out = np.full(np.shape(px), np.nan)
    ok = np.isfinite(fx) & np.isfinite(fy)
    i0 = np.clip(np.floor(fx[ok]).astype(int), 0, len(xs) - 2)
    j0 = np.clip(np.floor(fy[ok]).astype(int), 0, len(ys) - 2)
    tx, ty = fx[ok] - i0, fy[ok] - j0
    out[ok] = (
        (1 - tx) * (1 - ty) * z[j0, i0]
        + tx * (1 - ty) * z[j0, i0 + 1]
        + (1 - tx) * ty * z[j0 + 1, i0]
        + tx * ty * z[j0 + 1, i0 + 1]
    )
    return out


def intersect_ray(
    origin, direction, xs: np.ndarray, ys: np.ndarray, z: np.ndarray, samples: int = 4000
) -> np.ndarray | None:
    """The first point where a ray meets the height field z over (xs, ys), as (x, y, z), or None."""
    origin = np.asarray(origin, float)
    direction = np.asarray(direction, float)
    direction = direction / np.linalg.norm(direction)
    finite = z[np.isfinite(z)]
    if finite.size == 0:
        return None
    lo = np.array([xs[0], ys[0], finite.min()])
    hi = np.array([xs[-1], ys[-1], finite.max()])
    with np.errstate(divide="ignore", invalid="ignore"):
        t1, t2 = (lo - origin) / direction, (hi - origin) / direction
    t_near = np.nanmax(np.minimum(t1, t2))
    t_far = np.nanmin(np.maximum(t1, t2))
    if not t_far >= max(t_near, 0.0):
        return None
    t = np.linspace(max(t_near, 0.0), t_far, samples)
    points = origin[None, :] + t[:, None] * direction[None, :]
    above = points[:, 2] - _heights_at(xs, ys, z, points[:, 0], points[:, 1])
    known = np.isfinite(above)
    crossing = np.nonzero(known[:-1] & known[1:] & (np.sign(above[:-1]) != np.sign(above[1:])))[0]
    if crossing.size == 0:
        return None
    k = crossing[0]
    frac = above[k] / (above[k] - above[k + 1])
    return points[k] + frac * (points[k + 1] - points[k])


def visible_from(
    eye, points, xs: np.ndarray, ys: np.ndarray, z: np.ndarray, clearance: float, max_samples: int = 64
) -> np.ndarray:
    """Which points (N, 3) the height field z over (xs, ys) leaves in sight of `eye` (bool, N).

    A point is hidden when the segment from the eye to it passes under the surface anywhere farther
    than `clearance` from the point itself: a marker sitting on the surface is not hidden by the
    ground it stands on (the mesh is linear between nodes, a little off the interpolated heights).
    Only the part of each segment over the grid and below its highest node can pass under it, so
    only that part is sampled (every cell and a half, at most max_samples times).
    """
    eye = np.asarray(eye, float)
    points = np.asarray(points, float).reshape(-1, 3)
    if len(points) == 0:  # every paint asks for each layer, most of them empty
        return np.ones(0, bool)
    finite = z[np.isfinite(z)]
    if finite.size == 0:
        return np.ones(len(points), bool)
    span = points - eye
    length = np.linalg.norm(span, axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        start = np.zeros(len(points))
        end = np.clip(1.0 - clearance / length, 0.0, 1.0)
        for axis, lo, hi in ((0, xs[0], xs[-1]), (1, ys[0], ys[-1]), (2, -np.inf, finite.max())):
            lo, hi = min(lo, hi), max(lo, hi)
            t_lo, t_hi = (lo - eye[axis]) / span[:, axis], (hi - eye[axis]) / span[:, axis]
            flat = span[:, axis] == 0  # parallel to the slab: inside it all along, or never
            inside = (lo <= eye[axis]) & (eye[axis] <= hi)
            enter = np.where(flat, np.where(inside, 0.0, np.inf), np.minimum(t_lo, t_hi))
            leave = np.where(flat, np.where(inside, 1.0, -np.inf), np.maximum(t_lo, t_hi))
            start, end = np.maximum(start, np.nan_to_num(enter, nan=0.0)), np.minimum(end, leave)
    seen = ~(end > start)
    check = np.nonzero(~seen)[0]
    if check.size == 0:
        return seen
    cell = min(abs(xs[-1] - xs[0]) / max(len(xs) - 1, 1), abs(ys[-1] - ys[0]) / max(len(ys) - 1, 1))
    longest = float(((end - start)[check] * length[check]).max())
    n = int(min(max_samples, max(8, np.ceil(longest / max(1.5 * cell, 1e-12)))))
    t = start[check, None] + np.linspace(0.0, 1.0, n)[None, :] * (end - start)[check, None]
    sx, sy, sz = (eye[axis] + t * span[check, axis, None] for axis in range(3))
    ground = _grid_heights(xs, ys, z, sx, sy)
    with np.errstate(invalid="ignore"):
        under = sz < ground  # NaN ground (undefined) hides nothing
    seen[check] = ~under.any(axis=1)
    return seen


def _grid_heights(xs, ys, z, px, py) -> np.ndarray:
    """_heights_at for points inside the grid, without np.interp when the grid is evenly spaced (the
    views' always is): the cell index is then one multiplication."""
    nx, ny = len(xs), len(ys)
    if (
        nx < 2
        or ny < 2
        or not (
            np.allclose(np.diff(xs), (xs[-1] - xs[0]) / (nx - 1))
            and np.allclose(np.diff(ys), (ys[-1] - ys[0]) / (ny - 1))
        )
    ):
        return _heights_at(xs, ys, z, px.ravel(), py.ravel()).reshape(px.shape)
    fx = np.clip((px - xs[0]) * ((nx - 1) / (xs[-1] - xs[0])), 0, nx - 1)
    fy = np.clip((py - ys[0]) * ((ny - 1) / (ys[-1] - ys[0])), 0, ny - 1)
    i0 = np.minimum(fx.astype(np.intp), nx - 2)
    j0 = np.minimum(fy.astype(np.intp), ny - 2)
    tx, ty = fx - i0, fy - j0
    z00, z01 = z[j0, i0], z[j0, i0 + 1]
    z10, z11 = z[j0 + 1, i0], z[j0 + 1, i0 + 1]
    return (1 - ty) * (z00 + tx * (z01 - z00)) + ty * (z10 + tx * (z11 - z10))


def nice_ticks(lo: float, hi: float, count: int = 5) -> np.ndarray:
    """Round tick values (steps of 1, 2 or 5 × 10ⁿ) covering [lo, hi]."""
    if not (np.isfinite(lo) and np.isfinite(hi)) or hi <= lo:
        return np.array([lo]) if np.isfinite(lo) else np.array([])
    raw = (hi - lo) / max(count, 1)
    power = 10 ** np.floor(np.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    start = np.ceil(lo / step - 1e-9) * step
    ticks = np.arange(start, hi + step * 1e-9, step)
    return np.round(ticks / step) * step + 0.0  # + 0.0 turns -0.0 into 0.0
