"""Gradient descent that does not stay stuck at saddles: the lecture's eigenvector escape and perturbed GD."""

from __future__ import annotations

import math

import numpy as np

from critexplorer.core.i18n import QT_TRANSLATE_NOOP
from critexplorer.core.optimizers.base import OptimizerBase, StepInput, gradient_norms, lr_param
from critexplorer.core.optimizers.hyperparams import HyperParam
from critexplorer.core.optimizers.newton import eigen_decomposition
from critexplorer.core.tolerances import EIGENVALUE_REL_TOL

STALL_TOL = HyperParam(
    "stall_tol",
    1e-3,
    0.0,
    1e6,
    QT_TRANSLATE_NOOP("Optimizers", "‖g‖ below this counts as stalled"),
    log_scale=True,
)


class EigenEscape(OptimizerBase):
    """GD; when ‖g‖ stalls and λ_min < 0, one step of length `escape_step` along the eigenvector of λ_min.

    At a saddle, moving t along that unit eigenvector u lowers L by about ½|λ_min|t² (the lecture's
    second-order Taylor argument). The sign of u is chosen downhill (uᵀg ≤ 0); when g is exactly zero
    the eigenvector's canonical sign (first nonzero component positive) decides.
    """

    name, label = "eigen-escape", QT_TRANSLATE_NOOP("Optimizers", "GD + eigenvector escape")
    description = QT_TRANSLATE_NOOP(
        "Optimizers", "GD; at a stall with λ_min < 0, step along the eigenvector of λ_min"
    )
    HYPERPARAMS = (
        lr_param(0.01),
        STALL_TOL,
        # A unit step is the lecture's θ' + u with ‖u‖ = 1: L drops by about ½|λ_min|.
        HyperParam(
            "escape_step",
            1.0,
            0.0,
            1e6,
            QT_TRANSLATE_NOOP(
                "Optimizers",
                "Length of the step along the escape eigenvector (1 = the lecture's unit eigenvector u)",
            ),
            log_scale=True,
        ),
    )
    uses_hessian = True
    STATE = ("last_update", "escapes")

    def reset(self, count: int = 1) -> None:
        super().reset(count)
        self.escapes = np.zeros(count, dtype=int)  # eigenvector steps taken per start (the UI may show it)

    def wants_hessian(self, gradient: np.ndarray) -> np.ndarray:
        return gradient_norms(gradient) <= self.hp["stall_tol"]

    def update(self, s: StepInput) -> np.ndarray:
        update = -s.lr * s.gradient
        if s.hessian is None:
            return update
        rows = np.flatnonzero(self.wants_hessian(s.gradient))
        if rows.size == 0:
            return update
        eigenvalues, vectors = eigen_decomposition(s.hessian[rows])
        low, high = eigenvalues[:, 0], eigenvalues[:, 1]
        escaping = low < -EIGENVALUE_REL_TOL * np.maximum(np.abs(high), np.abs(low))
        rows, direction, gradient = rows[escaping], vectors[escaping, 0], s.gradient[rows[escaping]]
        downhill = np.sum(direction * gradient, axis=1) <= 0
        direction = np.where(downhill[:, None], direction, -direction)
        self.escapes[rows] += 1
        update[rows] = self.hp["escape_step"] * direction
        return update


class PerturbedGradientDescent(OptimizerBase):
    """GD that adds a uniform kick from a disc of radius r when ‖g‖ is small (Jin et al. 2017).

    If, `wait` steps after a kick, L has not dropped by at least `min_decrease` below its value at the
    kick, the point before the kick was a local minimum: the run goes back there and kicks no more.
    The noise comes from the run's seeded generator, so the same seed gives the same path.
    """

    name, label = "perturbed-gd", QT_TRANSLATE_NOOP("Optimizers", "Perturbed GD")
    description = QT_TRANSLATE_NOOP(
        "Optimizers", "GD; when ‖g‖ ≤ threshold, add noise from a disc of radius r (Jin et al. 2017)"
    )
    uses_noise = True
    HYPERPARAMS = (
        lr_param(0.01),
        STALL_TOL,
        HyperParam(
            "radius",
            0.1,
            0.0,
            1e6,
            QT_TRANSLATE_NOOP("Optimizers", "Radius r of the random kick"),
            log_scale=True,
        ),
        HyperParam(
            "wait",
            50,
            1,
            1_000_000,
            QT_TRANSLATE_NOOP(
                "Optimizers", "Steps after a kick before judging it (and before the next kick)"
            ),
            integer=True,
        ),
        HyperParam(
            "min_decrease",
            1e-5,
            0.0,
            1e6,
            QT_TRANSLATE_NOOP(
                "Optimizers",
                "A kick that lowered L by less than this found no escape: the point was a minimum",
            ),
            log_scale=True,
        ),
    )

    STATE = ("last_update", "anchored", "anchor_point", "anchor_value", "anchor_step", "settled", "kicks")

    def reset(self, count: int = 1) -> None:
        super().reset(count)
        # Per start: the (point, value, step) of its last kick while that kick is being judged.
        self.anchored = np.zeros(count, dtype=bool)
        self.anchor_point = np.zeros((count, 2))
        self.anchor_value = np.zeros(count)
        self.anchor_step = np.zeros(count, dtype=int)
        self.settled = np.zeros(count, dtype=bool)
        self.kicks = np.zeros(count, dtype=int)

    def update(self, s: StepInput) -> np.ndarray:
        update = -s.lr * s.gradient
        judged = self.anchored & (s.t - self.anchor_step >= self.hp["wait"])
        self.anchored &= ~judged
        failed = judged & (s.value > self.anchor_value - self.hp["min_decrease"])
        self.settled |= failed
        update[failed] = self.anchor_point[failed] - s.point[failed]
        small = gradient_norms(s.gradient) <= self.hp["stall_tol"]
        for row in np.flatnonzero(small & ~self.anchored & ~self.settled):
            self.anchored[row] = True
            self.anchor_point[row] = s.point[row]
            self.anchor_value[row] = s.value[row]
            self.anchor_step[row] = s.t
            self.kicks[row] += 1
            rng = s.rngs[row]
            angle = rng.uniform(0.0, 2.0 * math.pi)
            radius = self.hp["radius"] * math.sqrt(rng.uniform())
            update[row] = radius * np.array([math.cos(angle), math.sin(angle)])
        return update
