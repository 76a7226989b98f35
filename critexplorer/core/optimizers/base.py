"""The optimizer base class: a step-able state object that maps what it sees at θ_t to θ_{t+1}.

Every optimizer steps a batch of points at once: positions, gradients, velocities and accumulators
are arrays shaped (n, 2), one row per start. A single run is a batch of one, a race steps its runs
side by side, and a basin map steps thousands of starts through the same update rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.optimizers.hyperparams import HyperParam, resolve_hyperparams


@dataclass(frozen=True)
class StepInput:
    """What an optimizer sees at its current points θ_t, one row per start.

    `point` (n, 2), `value` (n,), `gradient` (n, 2) — which may be mini-batch gradients — and
    `hessian` (n, 2, 2), the full-batch ∇²L, present only when the optimizer asked for it
    (`wants_hessian`). `lr` is the scheduled learning rate for this step (all rows step in lockstep,
    so they share t); `rngs` holds each row's own seeded noise stream.
    """

    point: np.ndarray
    value: np.ndarray
    gradient: np.ndarray
    hessian: np.ndarray | None
    lr: float
    t: int
    rngs: Sequence[np.random.Generator]


class OptimizerBase:
    """Shared plumbing: checked hyperparameters, the last update Δθ and an optional velocity for arrows.

    Subclasses list their per-row state arrays in STATE, so `keep` can drop rows (a basin map stops
    stepping the starts that have settled) without knowing what each optimizer remembers.
    """

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    description: ClassVar[str] = ""
    HYPERPARAMS: ClassVar[tuple[HyperParam, ...]] = ()
    STATE: ClassVar[tuple[str, ...]] = ("last_update",)  # attributes with one row per start
    needs_hessian: ClassVar[bool] = False  # asks for ∇²L at every step
    uses_hessian: ClassVar[bool] = False  # may ask for it (every step, or when stalled)
    stochastic: ClassVar[bool] = False  # defaults to mini-batch gradients on data-backed losses
    uses_noise: ClassVar[bool] = False  # draws from the run's seeded generator (so its seed matters)

    def __init__(self, **values: float):
        self.hp = resolve_hyperparams(
            self.HYPERPARAMS, values, translate("Optimizers", "optimizer {name}").format(name=self.name)
        )
        self.velocity: np.ndarray | None = None  # momentum-like state worth drawing, if any
        self.reset()

    @property
    def lr(self) -> float:
        return float(self.hp["lr"])

    @property
    def count(self) -> int:
        """How many starts the optimizer is stepping."""
        return len(self.last_update)

    def wants_hessian(self, gradient: np.ndarray) -> np.ndarray:
        """Per row of `gradient` (n, 2): whether this step needs ∇²L there."""
        return np.full(len(gradient), self.needs_hessian)

    def reset(self, count: int = 1) -> None:
        """Forget all state accumulated by steps (keeps the hyperparameters), for `count` starts."""
        self.last_update = np.zeros((count, 2))

    def keep(self, rows: np.ndarray) -> None:
        """Go on with only the starts `rows` (indices or a mask), in that order."""
        for name in self.STATE:
            setattr(self, name, getattr(self, name)[rows])
        if self.velocity is not None and "velocity" not in self.STATE:
            self.velocity = self.velocity[rows]  # a view of other state (Adam's first moment)

    def step(self, s: StepInput) -> np.ndarray:
        update = self.update(s)
        self.last_update = update
        return s.point + update

    def update(self, s: StepInput) -> np.ndarray:
        """Δθ (n, 2) for this step; subclasses implement it."""
        raise NotImplementedError

    def __repr__(self) -> str:
        values = ", ".join(f"{k}={v:g}" for k, v in self.hp.items())
        return f"{type(self).__name__}({values})"


def lr_param(
    default: float, tooltip: str = QT_TRANSLATE_NOOP("Optimizers", "Learning rate η (step size)")
) -> HyperParam:
    return HyperParam("lr", default, 0.0, 1e6, tooltip, log_scale=True)


def gradient_norms(gradient: np.ndarray) -> np.ndarray:
    """‖g‖ per row of (n, 2)."""
    return np.hypot(gradient[:, 0], gradient[:, 1])


EPSILON = HyperParam(
    "eps",
    1e-8,
    0.0,
    1.0,
    QT_TRANSLATE_NOOP("Optimizers", "Added to the denominator so it never divides by zero"),
    log_scale=True,
)
