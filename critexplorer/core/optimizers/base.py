"""The optimizer base class: a step-able state object that maps what it sees at θ_t to θ_{t+1}."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from critexplorer.core.optimizers.hyperparams import HyperParam, resolve_hyperparams


@dataclass(frozen=True)
class StepInput:
    """What an optimizer sees at its current point θ_t.

    `gradient` may be a mini-batch gradient; `hessian` is the full-batch ∇²L, present only when
    the optimizer asked for it (`wants_hessian`). `lr` is the scheduled learning rate for this step.
    """

    point: np.ndarray
    value: float
    gradient: np.ndarray
    hessian: np.ndarray | None
    lr: float
    t: int
    rng: np.random.Generator


class OptimizerBase:
    """Shared plumbing: checked hyperparameters, the last update Δθ and an optional velocity for arrows."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    description: ClassVar[str] = ""
    HYPERPARAMS: ClassVar[tuple[HyperParam, ...]] = ()
    needs_hessian: ClassVar[bool] = False  # asks for ∇²L at every step
    uses_hessian: ClassVar[bool] = False  # may ask for it (every step, or when stalled)
    stochastic: ClassVar[bool] = False  # defaults to mini-batch gradients on data-backed losses
    uses_noise: ClassVar[bool] = False  # draws from the run's seeded generator (so its seed matters)

    def __init__(self, **values: float):
        self.hp = resolve_hyperparams(self.HYPERPARAMS, values, f"optimizer {self.name}")
        self.last_update = np.zeros(2)
        self.velocity: np.ndarray | None = None  # momentum-like state worth drawing, if any
        self.reset()

    @property
    def lr(self) -> float:
        return float(self.hp["lr"])

    def wants_hessian(self, gradient: np.ndarray) -> bool:
        return self.needs_hessian

    def reset(self) -> None:
        """Forget all state accumulated by steps (keeps the hyperparameters)."""
        self.last_update = np.zeros(2)

    def step(self, s: StepInput) -> np.ndarray:
        update = self.update(s)
        self.last_update = update
        return s.point + update

    def update(self, s: StepInput) -> np.ndarray:
        """Δθ for this step; subclasses implement it."""
        raise NotImplementedError

    def __repr__(self) -> str:
        values = ", ".join(f"{k}={v:g}" for k, v in self.hp.items())
        return f"{type(self).__name__}({values})"


def lr_param(default: float, tooltip: str = "Learning rate η (step size)") -> HyperParam:
    return HyperParam("lr", default, 0.0, 1e6, tooltip, log_scale=True)


EPSILON = HyperParam(
    "eps", 1e-8, 0.0, 1.0, "Added to the denominator so it never divides by zero", log_scale=True
)
