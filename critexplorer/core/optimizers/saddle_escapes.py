"""Gradient descent that does not stay stuck at saddles: the lecture's eigenvector escape and perturbed GD."""

from __future__ import annotations

import math

import numpy as np

from critexplorer.core.optimizers.base import OptimizerBase, StepInput, lr_param
from critexplorer.core.optimizers.hyperparams import HyperParam
from critexplorer.core.optimizers.newton import eigen_decomposition
from critexplorer.core.tolerances import EIGENVALUE_REL_TOL

STALL_TOL = HyperParam("stall_tol", 1e-3, 0.0, 1e6, "‖g‖ below this counts as stalled", log_scale=True)


class EigenEscape(OptimizerBase):
    """GD; when ‖g‖ stalls and λ_min < 0, one step of length `escape_step` along the eigenvector of λ_min.

    At a saddle, moving t along that unit eigenvector u lowers L by about ½|λ_min|t² (the lecture's
    second-order Taylor argument). The sign of u is chosen downhill (uᵀg ≤ 0); when g is exactly zero
    the eigenvector's canonical sign (first nonzero component positive) decides.
    """

    name, label = "eigen-escape", "GD + eigenvector escape"
    description = "GD; at a stall with λ_min < 0, step along the eigenvector of λ_min"
    HYPERPARAMS = (
        lr_param(0.01),
        STALL_TOL,
        # A unit step is the lecture's θ' + u with ‖u‖ = 1: L drops by about ½|λ_min|.
        HyperParam(
            "escape_step",
            1.0,
            0.0,
            1e6,
            "Length of the step along the escape eigenvector (1 = the lecture's unit eigenvector u)",
            log_scale=True,
        ),
    )
    uses_hessian = True

    def reset(self) -> None:
        super().reset()
        self.escapes = 0  # how many eigenvector steps were taken (the UI may show it)

    def wants_hessian(self, gradient: np.ndarray) -> bool:
        return bool(np.hypot(*gradient) <= self.hp["stall_tol"])

    def update(self, s: StepInput) -> np.ndarray:
        if s.hessian is not None and self.wants_hessian(s.gradient):
            eigenvalues, vectors = eigen_decomposition(s.hessian)
            if eigenvalues[0] < -EIGENVALUE_REL_TOL * max(abs(eigenvalues[1]), abs(eigenvalues[0])):
                direction = vectors[0] if vectors[0] @ s.gradient <= 0 else -vectors[0]
                self.escapes += 1
                return self.hp["escape_step"] * direction
        return -s.lr * s.gradient


class PerturbedGradientDescent(OptimizerBase):
    """GD that adds a uniform kick from a disc of radius r when ‖g‖ is small (Jin et al. 2017).

    If, `wait` steps after a kick, L has not dropped by at least `min_decrease` below its value at the
    kick, the point before the kick was a local minimum: the run goes back there and kicks no more.
    The noise comes from the run's seeded generator, so the same seed gives the same path.
    """

    name, label = "perturbed-gd", "Perturbed GD"
    description = "GD; when ‖g‖ ≤ threshold, add noise from a disc of radius r (Jin et al. 2017)"
    uses_noise = True
    HYPERPARAMS = (
        lr_param(0.01),
        STALL_TOL,
        HyperParam("radius", 0.1, 0.0, 1e6, "Radius r of the random kick", log_scale=True),
        HyperParam(
            "wait",
            50,
            1,
            1_000_000,
            "Steps after a kick before judging it (and before the next kick)",
            integer=True,
        ),
        HyperParam(
            "min_decrease",
            1e-5,
            0.0,
            1e6,
            "A kick that lowered L by less than this found no escape: the point was a minimum",
            log_scale=True,
        ),
    )

    def reset(self) -> None:
        super().reset()
        self.anchor: tuple[np.ndarray, float, int] | None = None  # (point, value, step) of the last kick
        self.settled = False
        self.kicks = 0

    def update(self, s: StepInput) -> np.ndarray:
        if self.anchor is not None and s.t - self.anchor[2] >= self.hp["wait"]:
            point, value, _ = self.anchor
            self.anchor = None
            if s.value > value - self.hp["min_decrease"]:
                self.settled = True
                return point - s.point
        small = np.hypot(*s.gradient) <= self.hp["stall_tol"]
        if small and self.anchor is None and not self.settled:
            self.anchor = (s.point.copy(), s.value, s.t)
            self.kicks += 1
            angle = s.rng.uniform(0.0, 2.0 * math.pi)
            radius = self.hp["radius"] * math.sqrt(s.rng.uniform())
            return radius * np.array([math.cos(angle), math.sin(angle)])
        return -s.lr * s.gradient
