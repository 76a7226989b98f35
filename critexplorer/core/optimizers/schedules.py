"""Learning-rate schedules: the multiplier of the base learning rate at step t (t = 0 is the first step)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from critexplorer.core.optimizers.hyperparams import HyperParam, OptimizerError, resolve_hyperparams


@dataclass(frozen=True)
class ScheduleKind:
    """A named schedule: its hyperparameters and the factor it applies at step t."""

    name: str
    label: str
    hyperparams: tuple[HyperParam, ...]
    description: str


CONSTANT, STEP, EXPONENTIAL, COSINE, INVERSE_TIME = "constant", "step", "exponential", "cosine", "1/t"

SCHEDULES: dict[str, ScheduleKind] = {
    CONSTANT: ScheduleKind(CONSTANT, "Constant", (), "η_t = η"),
    STEP: ScheduleKind(
        STEP,
        "Step decay",
        (
            HyperParam(
                "every",
                100,
                1,
                1_000_000,
                "Multiply the learning rate by `factor` every this many steps",
                integer=True,
            ),
            HyperParam("factor", 0.5, 1e-6, 1.0, "Multiplier applied at each drop"),
        ),
        "η_t = η · factor^⌊t / every⌋",
    ),
    EXPONENTIAL: ScheduleKind(
        EXPONENTIAL,
        "Exponential",
        (HyperParam("gamma", 0.99, 1e-6, 1.0, "Per-step multiplier"),),
        "η_t = η · γ^t",
    ),
    COSINE: ScheduleKind(
        COSINE,
        "Cosine",
        (
            HyperParam(
                "period",
                1000,
                1,
                1_000_000,
                "Steps from η down to the floor (held there afterwards)",
                integer=True,
            ),
            HyperParam("floor", 0.0, 0.0, 1.0, "Smallest learning rate, as a fraction of η"),
        ),
        "η_t = η · (floor + (1 − floor)·½(1 + cos(π·min(t, period)/period)))",
    ),
    INVERSE_TIME: ScheduleKind(
        INVERSE_TIME,
        "1/t",
        (HyperParam("decay", 0.01, 0.0, 1e6, "How fast the learning rate falls", log_scale=True),),
        "η_t = η / (1 + decay·t)",
    ),
}


@dataclass(frozen=True)
class Schedule:
    """A schedule kind with its values; `factor(t)` multiplies the base learning rate."""

    name: str = CONSTANT
    values: Mapping[str, float] = field(default_factory=dict)

    @classmethod
    def make(cls, name: str = CONSTANT, values: Mapping[str, float] | None = None) -> Schedule:
        """A checked schedule; raises OptimizerError on an unknown name or a bad value."""
        if name not in SCHEDULES:
            raise OptimizerError(f"unknown schedule {name!r} (known: {', '.join(SCHEDULES)})")
        return cls(name, resolve_hyperparams(SCHEDULES[name].hyperparams, values, f"schedule {name}"))

    def factor(self, t: int) -> float:
        v = self.values
        if self.name == STEP:
            return float(v["factor"]) ** (t // int(v["every"]))
        if self.name == EXPONENTIAL:
            return float(v["gamma"]) ** t
        if self.name == COSINE:
            progress = min(t, v["period"]) / v["period"]
            return v["floor"] + (1.0 - v["floor"]) * 0.5 * (1.0 + math.cos(math.pi * progress))
        if self.name == INVERSE_TIME:
            return 1.0 / (1.0 + v["decay"] * t)
        return 1.0

    def to_dict(self) -> dict:
        return {"name": self.name, "values": dict(self.values)}
