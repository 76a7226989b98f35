"""Second-order optimizers: damped Newton (drawn to saddles) and saddle-free Newton (pushed away from them).

Both step with the eigen-decomposition H = Σ λᵢ uᵢuᵢᵀ of the 2×2 Hessian:
    Newton:            Δθ = −η Σ uᵢ(uᵢᵀg) / λ̃ᵢ,   λ̃ᵢ = sign(λᵢ)·max(|λᵢ|, δ)
    saddle-free Newton: Δθ = −η Σ uᵢ(uᵢᵀg) / max(|λᵢ|, δ)          (Dauphin et al. 2014)
Newton's step goes *up* along directions of negative curvature, which is why it converges onto saddles;
replacing λ by |λ| turns those directions into descent directions.
"""

from __future__ import annotations

import numpy as np

from critexplorer.core.eigen2 import symmetric_eigenvalues, symmetric_eigenvectors
from critexplorer.core.i18n import QT_TRANSLATE_NOOP
from critexplorer.core.optimizers.base import OptimizerBase, StepInput, lr_param
from critexplorer.core.optimizers.hyperparams import HyperParam

DAMPING = HyperParam(
    "damping",
    1e-2,
    0.0,
    1e6,
    QT_TRANSLATE_NOOP(
        "Optimizers",
        "Smallest |λ| used when dividing by the curvature, so a flat direction cannot send the step to infinity",  # noqa: E501 (one literal: lupdate reads it)
    ),
    log_scale=True,
)


def eigen_decomposition(hessians: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(eigenvalues ascending (n, 2), eigenvectors as rows (n, 2, 2)) of n symmetric 2×2 matrices."""
    a, b, c = hessians[:, 0, 0], hessians[:, 0, 1], hessians[:, 1, 1]
    l1, l2 = symmetric_eigenvalues(a, b, c)
    u1, u2 = symmetric_eigenvectors(a, b, c)
    return np.stack([l1, l2], axis=-1), np.stack([u1, u2], axis=1)


def curvature_step(gradients: np.ndarray, hessians: np.ndarray, divisor) -> np.ndarray:
    """−Σ uᵢ(uᵢᵀg)/divisor(λᵢ) per row: Newton-like steps with a chosen treatment of each eigenvalue."""
    eigenvalues, vectors = eigen_decomposition(hessians)
    projections = np.matmul(vectors, gradients[:, :, None])[:, :, 0]
    scaled = projections / divisor(eigenvalues)
    return -np.matmul(vectors.transpose(0, 2, 1), scaled[:, :, None])[:, :, 0]


class Newton(OptimizerBase):
    name, label = "newton", QT_TRANSLATE_NOOP("Optimizers", "Newton (damped)")
    description = QT_TRANSLATE_NOOP(
        "Optimizers", "θ ← θ − η·H⁻¹g — converges to whatever critical point is near, saddles included"
    )
    HYPERPARAMS = (
        lr_param(
            0.5, QT_TRANSLATE_NOOP("Optimizers", "Step fraction η of the full Newton step (1 = undamped)")
        ),
        DAMPING,
    )
    needs_hessian = uses_hessian = True

    def update(self, s: StepInput) -> np.ndarray:
        damping = self.hp["damping"]

        def signed_floor(lam: np.ndarray) -> np.ndarray:
            return np.where(lam < 0, -1.0, 1.0) * np.maximum(np.abs(lam), damping)

        return s.lr * curvature_step(s.gradient, s.hessian, signed_floor)


class SaddleFreeNewton(OptimizerBase):
    name, label = "saddle-free-newton", QT_TRANSLATE_NOOP("Optimizers", "Saddle-free Newton")
    description = QT_TRANSLATE_NOOP(
        "Optimizers", "θ ← θ − η·|H|⁻¹g, |H| = Σ|λᵢ|uᵢuᵢᵀ (Dauphin et al. 2014) — escapes saddles"
    )
    HYPERPARAMS = (
        lr_param(0.5, QT_TRANSLATE_NOOP("Optimizers", "Step fraction η of the full |H|⁻¹g step")),
        DAMPING,
    )
    needs_hessian = uses_hessian = True

    def update(self, s: StepInput) -> np.ndarray:
        damping = self.hp["damping"]
        return s.lr * curvature_step(s.gradient, s.hessian, lambda lam: np.maximum(np.abs(lam), damping))
