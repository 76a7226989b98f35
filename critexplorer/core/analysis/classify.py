"""Point analysis: gradient, Hessian, eigen-decomposition, classification and escape directions."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from critexplorer.core.analysis.higher_order import RELATIVE_RADII, Finding, resolve_degenerate
from critexplorer.core.analysis.zero_curvature import zero_eigenvalues
from critexplorer.core.eigen2 import symmetric_eigenvalues, symmetric_eigenvectors
from critexplorer.core.i18n import QT_TRANSLATE_NOOP
from critexplorer.core.loss import Loss, PointDerivatives
from critexplorer.core.tolerances import (
    EIGENVALUE_REL_TOL,
    FAR_POINT_LENGTH_FRACTION,
    NEAR_SINGULAR_RATIO,
    Scale,
)

MINIMUM, MAXIMUM, SADDLE = "minimum", "maximum", "saddle"
NOT_CRITICAL, INCONCLUSIVE = "not_critical", "inconclusive"
CLASSIFICATIONS = (MINIMUM, MAXIMUM, SADDLE, NOT_CRITICAL, INCONCLUSIVE)


# What the higher-order line says where L is undefined (a Finding: English in the JSON, shown translated).
NOT_FINITE = QT_TRANSLATE_NOOP("HigherOrder", "L or its derivatives are not finite here")


@dataclass(frozen=True)
class EscapeDirection:
    """A unit eigenvector with λ < 0: moving t along it changes L by about ½·λ·t²."""

    direction: np.ndarray
    eigenvalue: float

    def predicted_change(self, step: float = 1.0) -> float:
        return 0.5 * self.eigenvalue * step**2


@dataclass(frozen=True)
class PointAnalysis:
    """Everything the lecture's Hessian test says about one point."""

    point: np.ndarray
    value: float
    gradient: np.ndarray
    hessian: np.ndarray
    eigenvalues: np.ndarray  # ascending
    eigenvectors: np.ndarray  # row i is the unit eigenvector of eigenvalues[i]
    critical: bool
    classification: str
    degenerate: bool
    finite: bool
    escape_directions: tuple[EscapeDirection, ...] = ()
    higher_order: str = ""  # how a degenerate point was resolved, in words
    scale: Scale | None = field(default=None, compare=False)

    @property
    def gradient_norm(self) -> float:
        return float(np.hypot(*self.gradient))

    def to_dict(self, vars: tuple[str, str] = ("x", "y"), formula: str = "") -> dict:
        """The JSON contract of `critexplorer inspect`."""
        return {
            "formula": formula,
            "vars": list(vars),
            "point": _floats(self.point),
            "value": _float(self.value),
            "gradient": _floats(self.gradient),
            "gradient_norm": _float(self.gradient_norm),
            "hessian": [_floats(row) for row in self.hessian],
            "eigenvalues": _floats(self.eigenvalues),
            "eigenvectors": [_floats(row) for row in self.eigenvectors],
            "critical": bool(self.critical),
            "classification": self.classification,
            "degenerate": bool(self.degenerate),
            "finite": bool(self.finite),
            "escape_directions": [_floats(e.direction) for e in self.escape_directions],
            "higher_order": self.higher_order,
        }


def _float(value) -> float | None:
    value = float(value)
    return value if np.isfinite(value) else None


def _floats(values) -> list:
    return [_float(v) for v in np.ravel(values)]


def gradient_tolerance(derivatives: PointDerivatives, scale: Scale) -> float:
    """‖g‖ below this means a critical point lies within scale.position_tol·length of the point."""
    curvature = float(np.abs(derivatives.hessian).max()) if derivatives.finite else 0.0
    return max(scale.position_tol * scale.length * curvature, scale.gradient_floor)


def eigenvalue_tolerance(eigenvalues: np.ndarray, scale: Scale) -> float:
    """|λ| below this is suspect (zero_curvature decides whether it is zero): relative to the larger
    |λ|, with a floor from the scale."""
    return max(EIGENVALUE_REL_TOL * float(np.abs(eigenvalues).max()), scale.curvature_floor)


def _scale_around(loss: Loss, d: PointDerivatives) -> Scale:
    """The lone point's scale; where L, g and H all vanish, L sampled on a ring sets the size."""
    nearby = None
    if d.value == 0.0 and not d.gradient.any() and not d.hessian.any():
        angles = np.linspace(0.0, 2.0 * np.pi, 16, endpoint=False)
        radius = max(1.0, float(np.hypot(*d.point)) * FAR_POINT_LENGTH_FRACTION) * max(RELATIVE_RADII)
        nearby = loss.value(d.point[0] + radius * np.cos(angles), d.point[1] + radius * np.sin(angles))
    return Scale.around_point(d.point, d.value, d.gradient, d.hessian, nearby_values=nearby)


def analyze_point(loss: Loss, point, scale: Scale | None = None) -> PointAnalysis:
    """Analyze L at one point: derivatives, eigen-decomposition, classification, escapes."""
    d = loss.at(point)
    if scale is None:
        scale = _scale_around(loss, d) if d.finite else Scale(1.0, 1.0)
    if not d.finite:
        nan2 = np.full(2, np.nan)
        return PointAnalysis(
            d.point,
            d.value,
            d.gradient,
            d.hessian,
            nan2,
            np.full((2, 2), np.nan),
            critical=False,
            classification=NOT_CRITICAL,
            degenerate=False,
            finite=False,
            scale=scale,
            higher_order=Finding(NOT_FINITE),
        )
    eigenvalues, eigenvectors = _eigen(d)
    critical = float(np.hypot(*d.gradient)) <= gradient_tolerance(d, scale)
    zero_tol = eigenvalue_tolerance(eigenvalues, scale)
    # Decide the type where the critical point is: a step away when the point is only near one.
    at, values, vectors = d, eigenvalues, eigenvectors
    if (
        critical
        and d.gradient.any()
        and np.abs(eigenvalues).min() <= NEAR_SINGULAR_RATIO * np.abs(eigenvalues).max()
    ):
        at, values, vectors = _project_to_critical(loss, d, eigenvalues, eigenvectors, zero_tol, scale)
    (hxx, hxy), (_, hyy) = at.hessian
    zero = zero_eigenvalues(loss, at.point, at.gradient, np.array([hxx, hxy, hyy]), values, scale)[0]
    degenerate = bool(zero.any())
    higher_order = ""
    if not critical:
        classification = NOT_CRITICAL
    elif not degenerate:
        classification = MINIMUM if values[0] > 0 else MAXIMUM if values[1] < 0 else SADDLE
    else:
        classification, higher_order = resolve_degenerate(loss, at, values, vectors, zero, scale)
    escapes: tuple[EscapeDirection, ...] = ()
    if critical and classification != MINIMUM:
        escapes = tuple(
            EscapeDirection(eigenvectors[i], float(eigenvalues[i]))
            for i in range(2)
            if values[i] < 0 and not zero[i]
        )
    return PointAnalysis(
        d.point,
        d.value,
        d.gradient,
        d.hessian,
        eigenvalues,
        eigenvectors,
        critical=critical,
        classification=classification,
        degenerate=degenerate,
        finite=True,
        escape_directions=escapes,
        higher_order=higher_order,
        scale=scale,
    )


def _eigen(d: PointDerivatives) -> tuple[np.ndarray, np.ndarray]:
    """Ascending eigenvalues and their unit eigenvectors (rows) of the Hessian."""
    (hxx, hxy), (_, hyy) = d.hessian
    l1, l2 = symmetric_eigenvalues(hxx, hxy, hyy)
    u1, u2 = symmetric_eigenvectors(hxx, hxy, hyy)
    return np.array([float(l1), float(l2)]), np.array([u1, u2], dtype=float)


def _project_to_critical(
    loss: Loss,
    d: PointDerivatives,
    eigenvalues: np.ndarray,
    eigenvectors: np.ndarray,
    zero_tol: float,
    scale: Scale,
):
    """Derivatives at θ − H⁺g (the pseudo-inverse ignores the null direction), if that is closer
    to critical; otherwise at θ itself."""
    step = np.zeros(2)
    for value, vector in zip(eigenvalues, eigenvectors, strict=True):
        if abs(value) > zero_tol:
            step -= (vector @ d.gradient) / value * vector
    if not np.hypot(*step) <= 10.0 * scale.position_tol * scale.length:
        return d, eigenvalues, eigenvectors
    projected = loss.at(d.point + step)
    if not projected.finite or np.hypot(*projected.gradient) > np.hypot(*d.gradient):
        return d, eigenvalues, eigenvectors
    return (projected, *_eigen(projected))
