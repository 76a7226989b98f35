"""The higher-order test: what a critical point with a (near) zero eigenvalue really is.

The Hessian test decides nothing when an eigenvalue is zero, so we look at the loss itself:

* One eigenvalue zero (null direction u₀), the other λ ≠ 0 along u: along u the loss is curved, so
  the point's type is decided by the reduced function  φ(t) = ext_s L(θ + t·u₀ + s·u)  (min over s
  when λ > 0, max when λ < 0).  φ(t) ≥ φ(0) for small t of both signs means a minimum (≤: maximum);
  a strict sign change means a saddle.  This catches cusps such as (y − x²)(y − 2x²), where every
  straight line through the point sees a minimum but the point is a saddle.
* Both eigenvalues zero: the sign structure of L(θ + v) − L(θ) over circles |v| = r, densely
  sampled and refined around its extremes.

Radii grow from tiny to 10% of the length scale; the smallest radius at which the differences
rise above roundoff decides.  A null direction along which L stays constant to machine precision
is a valley floor (non-strict minimum) or a ridge; a point flat in every direction is inconclusive.
"""

from __future__ import annotations

import numpy as np

from critexplorer.core.i18n import QT_TRANSLATE_NOOP
from critexplorer.core.loss import Loss, PointDerivatives
from critexplorer.core.tolerances import RESOLUTION_FLOOR, ROUNDOFF_FACTOR, Scale

RELATIVE_RADII = 10.0 ** np.arange(-4.0, -0.9, 0.5)
CIRCLE_SAMPLES = 360
REFINE_SAMPLES = 48
NEWTON_ITERATIONS = 30
LOOK_FURTHER = 3  # radii (half decades) checked beyond the first one that resolves a side
_EPS = np.finfo(float).eps


class Finding(str):
    """What the test found, as an English sentence (a str: the JSON reports and the analysis keep it
    as it is in every language), with the template and numbers it was made from, so that
    explain.higher_order_words can say it in the chosen language."""

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, **values: str) -> Finding:
        finding = super().__new__(cls, template.format(**values))
        finding.template, finding.values = template, values
        return finding


def resolve_degenerate(
    loss: Loss,
    d: PointDerivatives,
    eigenvalues: np.ndarray,
    eigenvectors: np.ndarray,
    zero: np.ndarray,
    scale: Scale,
) -> tuple[str, str]:
    """(classification, explanation) of a critical point whose Hessian has a zero eigenvalue
    (`zero` marks which, see zero_curvature)."""
    big = ~np.asarray(zero, bool)
    if big.any():
        curved = int(np.argmax(np.abs(eigenvalues)))
        return _reduced_test(
            loss, d, eigenvectors[1 - curved], eigenvectors[curved], float(eigenvalues[curved]), scale
        )
    return _circle_test(loss, d, scale)


def _noise(reference: float, values: np.ndarray, scale: Scale) -> float:
    """Changes of L smaller than this are roundoff, not shape."""
    magnitude = max(abs(reference), float(np.max(np.abs(values))) if values.size else 0.0)
    return max(ROUNDOFF_FACTOR * _EPS * magnitude, RESOLUTION_FLOOR * scale.loss_range)


def _reduced_test(
    loss: Loss, d: PointDerivatives, null: np.ndarray, curved: np.ndarray, curvature: float, scale: Scale
) -> tuple[str, str]:
    extreme_kind = "minimum" if curvature > 0 else "maximum"
    sign = 1.0 if curvature > 0 else -1.0
    radii = RELATIVE_RADII * scale.length
    ts = np.concatenate([-radii, radii, [0.0]])
    phi = _extremize_across(loss, d.point, null, curved, curvature, ts, radii[0])
    if not np.all(np.isfinite(phi)):
        return "inconclusive", Finding(
            QT_TRANSLATE_NOOP("HigherOrder", "the loss is not finite near this point")
        )
    # Compare with φ(0), not L(θ): θ is only critical to within tolerance, and φ(0) is the
    # extreme across the valley next to it.  The linear term along the null direction is the
    # same leftover gradient, not shape.
    slope = float(np.dot(d.gradient, null))
    diff = sign * (phi[:-1] - phi[-1] - slope * ts[:-1])  # ≥ 0 everywhere: an extreme_kind
    for k, r in enumerate(radii):
        pair = np.array([diff[k], diff[k + len(radii)]])
        noise = _noise(d.value, phi[[k, k + len(radii)]], scale)
        if np.any(pair < -noise):
            moves = (
                QT_TRANSLATE_NOOP(
                    "HigherOrder",
                    "the Hessian is singular; along its null direction the loss moves below L(θ) at "
                    "distance {r}, so this is a saddle",
                )
                if sign > 0
                else QT_TRANSLATE_NOOP(
                    "HigherOrder",
                    "the Hessian is singular; along its null direction the loss moves above L(θ) at "
                    "distance {r}, so this is a saddle",
                )
            )
            return "saddle", Finding(moves, r=f"{r:.1g}")
        if np.any(pair > noise):
            finds = (
                QT_TRANSLATE_NOOP(
                    "HigherOrder",
                    "the Hessian is singular; the higher-order test at distance {r} finds L rising in "
                    "every direction, so this is a minimum",
                )
                if sign > 0
                else QT_TRANSLATE_NOOP(
                    "HigherOrder",
                    "the Hessian is singular; the higher-order test at distance {r} finds L falling in "
                    "every direction, so this is a maximum",
                )
            )
            return extreme_kind, Finding(finds, r=f"{r:.1g}")
    flat = (
        QT_TRANSLATE_NOOP(
            "HigherOrder",
            "the Hessian is singular and L stays constant along the null direction (to machine "
            "precision): a valley floor of critical points, a non-strict minimum",
        )
        if sign > 0
        else QT_TRANSLATE_NOOP(
            "HigherOrder",
            "the Hessian is singular and L stays constant along the null direction (to machine "
            "precision): a ridge of critical points, a non-strict maximum",
        )
    )
    return extreme_kind, Finding(flat)


def _extremize_across(loss: Loss, point, null, curved, curvature, ts, smallest) -> np.ndarray:
    """φ(t) = ext_s L(θ + t·null + s·curved), by Newton's method on s, vectorized over t."""
    s = np.zeros_like(ts)
    base = np.asarray(point, float)[None, :] + ts[:, None] * np.asarray(null)[None, :]
    for _ in range(NEWTON_ITERATIONS):
        p = base + s[:, None] * np.asarray(curved)[None, :]
        gx, gy = loss.gradient(p[:, 0], p[:, 1])
        hxx, hxy, hyy = loss.hessian(p[:, 0], p[:, 1])
        slope = gx * curved[0] + gy * curved[1]
        bend = hxx * curved[0] ** 2 + 2 * hxy * curved[0] * curved[1] + hyy * curved[1] ** 2
        # Trust the local curvature only while it has the sign of λ; otherwise use λ itself.
        bend = np.where(np.sign(bend) == np.sign(curvature), bend, curvature)
        step = -slope / bend
        limit = 10.0 * np.maximum(np.abs(ts), smallest)  # stay near θ, out of other basins
        step = np.clip(step, -limit, limit)
        step = np.where(np.isfinite(step), step, 0.0)
        s = s + step
        if np.all(np.abs(step) <= 1e-10 * (np.abs(s) + np.abs(ts))):
            break
    p = base + s[:, None] * np.asarray(curved)[None, :]
    return np.asarray(loss.value(p[:, 0], p[:, 1]), float)


def _circle_test(loss: Loss, d: PointDerivatives, scale: Scale) -> tuple[str, str]:
    """Sign structure of L(θ+v) − L(θ) − g·v on circles |v| = r, smallest resolving r first.

    Once one side is resolved, LOOK_FURTHER more radii are checked for the other side: a
    semidefinite leading term (x⁴ in x⁴ − y⁶) rises first and hides the higher-order fall.
    """
    verdict: tuple[str, str] | None = None
    remaining = LOOK_FURTHER
    for r in RELATIVE_RADII * scale.length:
        low, high = _circle_extremes(loss, d.point, r, d.gradient)
        if not (np.isfinite(low) and np.isfinite(high)):
            return verdict or (
                "inconclusive",
                Finding(QT_TRANSLATE_NOOP("HigherOrder", "the loss is not finite near this point")),
            )
        noise = _noise(d.value, np.array([low + d.value, high + d.value]), scale)
        below, above = low < -noise, high > noise
        if below and above:
            return "saddle", Finding(
                QT_TRANSLATE_NOOP(
                    "HigherOrder",
                    "the Hessian is zero; on a circle of radius {r} the loss goes both above and below "
                    "L(θ), so this is a saddle",
                ),
                r=f"{r:.1g}",
            )
        if verdict is None and above:
            verdict = (
                "minimum",
                Finding(
                    QT_TRANSLATE_NOOP(
                        "HigherOrder",
                        "the Hessian is zero; on circles of radius {r} and a little larger the loss is "
                        "never below L(θ), so this is a minimum",
                    ),
                    r=f"{r:.1g}",
                ),
            )
        elif verdict is None and below:
            verdict = (
                "maximum",
                Finding(
                    QT_TRANSLATE_NOOP(
                        "HigherOrder",
                        "the Hessian is zero; on circles of radius {r} and a little larger the loss is "
                        "never above L(θ), so this is a maximum",
                    ),
                    r=f"{r:.1g}",
                ),
            )
        if verdict is not None:
            if remaining == 0:
                break
            remaining -= 1
    return verdict or (
        "inconclusive",
        Finding(QT_TRANSLATE_NOOP("HigherOrder", "the loss is flat around this point to machine precision")),
    )


def _circle_extremes(loss: Loss, point, radius: float, gradient) -> tuple[float, float]:
    """Min and max of L(θ+v) − L(θ) − g·v on a circle: dense samples, then a finer look around the
    best candidates."""
    angles = np.linspace(0.0, 2 * np.pi, CIRCLE_SAMPLES, endpoint=False)
    values = _on_circle(loss, point, radius, angles, gradient)
    if not np.all(np.isfinite(values)):
        return float("nan"), float("nan")
    step = angles[1] - angles[0]
    low, high = float(values.min()), float(values.max())
    # Thin wedges hide between samples: refine around the few lowest and highest samples.
    for index in np.concatenate([np.argsort(values)[:4], np.argsort(values)[-4:]]):
        fine = angles[index] + np.linspace(-step, step, REFINE_SAMPLES)
        refined = _on_circle(loss, point, radius, fine, gradient)
        low, high = min(low, float(np.nanmin(refined))), max(high, float(np.nanmax(refined)))
    return low, high


def _on_circle(loss: Loss, point, radius: float, angles: np.ndarray, gradient) -> np.ndarray:
    dx, dy = radius * np.cos(angles), radius * np.sin(angles)
    values = np.asarray(loss.value(point[0] + dx, point[1] + dy), float)
    centre = float(loss.value(point[0], point[1]))
    return values - centre - (gradient[0] * dx + gradient[1] * dy)
