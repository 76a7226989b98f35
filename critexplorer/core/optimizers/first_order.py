"""First-order optimizers: they see only the (possibly mini-batch) gradients g_t at θ_t, one row per start."""

from __future__ import annotations

import numpy as np

from critexplorer.core.i18n import QT_TRANSLATE_NOOP
from critexplorer.core.optimizers.base import EPSILON, OptimizerBase, StepInput, lr_param
from critexplorer.core.optimizers.hyperparams import HyperParam

MOMENTUM = HyperParam(
    "momentum",
    0.9,
    0.0,
    0.9999,
    QT_TRANSLATE_NOOP("Optimizers", "Momentum μ: how much of the last velocity is kept"),
)


class GradientDescent(OptimizerBase):
    name, label = "gd", QT_TRANSLATE_NOOP("Optimizers", "Gradient descent")
    description = "θ ← θ − η·g"
    HYPERPARAMS = (lr_param(0.01),)

    def update(self, s: StepInput) -> np.ndarray:
        return -s.lr * s.gradient


class StochasticGradientDescent(GradientDescent):
    # Same rule; the run feeds it mini-batch gradients on data-backed losses (exact ones on formulas).
    name, label = "sgd", QT_TRANSLATE_NOOP("Optimizers", "SGD (mini-batch)")
    description = QT_TRANSLATE_NOOP(
        "Optimizers", "θ ← θ − η·g_B, g_B the mean gradient over a shuffled mini-batch"
    )
    stochastic = True


class Momentum(OptimizerBase):
    name, label = "momentum", QT_TRANSLATE_NOOP("Optimizers", "Momentum (heavy ball)")
    description = "v ← μ·v − η·g;  θ ← θ + v"
    HYPERPARAMS = (lr_param(0.01), MOMENTUM)
    STATE = ("last_update", "velocity")

    def reset(self, count: int = 1) -> None:
        super().reset(count)
        self.velocity = np.zeros((count, 2))

    def update(self, s: StepInput) -> np.ndarray:
        self.velocity = self.hp["momentum"] * self.velocity - s.lr * s.gradient
        return self.velocity


class Nesterov(Momentum):
    # The look-ahead form (Sutskever et al. 2013, as in PyTorch): it needs g only at θ_t itself.
    name, label = "nesterov", QT_TRANSLATE_NOOP("Optimizers", "Nesterov momentum")
    description = "v ← μ·v − η·g;  θ ← θ + μ·v − η·g"

    def update(self, s: StepInput) -> np.ndarray:
        mu = self.hp["momentum"]
        self.velocity = mu * self.velocity - s.lr * s.gradient
        return mu * self.velocity - s.lr * s.gradient


class AdaGrad(OptimizerBase):
    name, label = "adagrad", "AdaGrad"
    description = "G ← G + g²;  θ ← θ − η·g / (√G + ε)"
    HYPERPARAMS = (lr_param(0.1), EPSILON)
    STATE = ("last_update", "sum_squares")

    def reset(self, count: int = 1) -> None:
        super().reset(count)
        self.sum_squares = np.zeros((count, 2))

    def update(self, s: StepInput) -> np.ndarray:
        self.sum_squares = self.sum_squares + s.gradient**2
        return -s.lr * s.gradient / (np.sqrt(self.sum_squares) + self.hp["eps"])


class RMSProp(OptimizerBase):
    name, label = "rmsprop", "RMSProp"
    description = "s ← ρ·s + (1 − ρ)·g²;  θ ← θ − η·g / (√s + ε)"
    HYPERPARAMS = (
        lr_param(0.01),
        HyperParam(
            "rho",
            0.9,
            0.0,
            0.9999,
            QT_TRANSLATE_NOOP("Optimizers", "Decay ρ of the squared-gradient average"),
        ),
        EPSILON,
    )
    STATE = ("last_update", "mean_square")

    def reset(self, count: int = 1) -> None:
        super().reset(count)
        self.mean_square = np.zeros((count, 2))

    def update(self, s: StepInput) -> np.ndarray:
        rho = self.hp["rho"]
        self.mean_square = rho * self.mean_square + (1.0 - rho) * s.gradient**2
        return -s.lr * s.gradient / (np.sqrt(self.mean_square) + self.hp["eps"])


class Adam(OptimizerBase):
    name, label = "adam", "Adam"
    description = QT_TRANSLATE_NOOP(
        "Optimizers", "m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  θ ← θ − η·m̂ / (√v̂ + ε), with bias correction"
    )
    HYPERPARAMS = (
        lr_param(0.05),
        HyperParam(
            "beta1", 0.9, 0.0, 0.9999, QT_TRANSLATE_NOOP("Optimizers", "Decay β₁ of the gradient average")
        ),
        HyperParam(
            "beta2",
            0.999,
            0.0,
            0.999999,
            QT_TRANSLATE_NOOP("Optimizers", "Decay β₂ of the squared-gradient average"),
        ),
        EPSILON,
    )
    STATE = ("last_update", "first_moment", "second_moment")

    def reset(self, count: int = 1) -> None:
        super().reset(count)
        self.first_moment = np.zeros((count, 2))
        self.second_moment = np.zeros((count, 2))
        self.velocity = self.first_moment
        self.count_steps = 0  # all rows step in lockstep, so one count serves the batch

    def update(self, s: StepInput) -> np.ndarray:
        b1, b2 = self.hp["beta1"], self.hp["beta2"]
        self.count_steps += 1
        self.first_moment = b1 * self.first_moment + (1.0 - b1) * s.gradient
        self.second_moment = b2 * self.second_moment + (1.0 - b2) * s.gradient**2
        self.velocity = self.first_moment
        m_hat = self.first_moment / (1.0 - b1**self.count_steps)
        v_hat = self.second_moment / (1.0 - b2**self.count_steps)
        return -s.lr * m_hat / (np.sqrt(v_hat) + self.hp["eps"])
