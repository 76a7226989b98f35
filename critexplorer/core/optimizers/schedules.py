"""Learning-rate schedules: the multiplier of the base learning rate at step t (t = 0 is the first step)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.optimizers.hyperparams import HyperParam, OptimizerError, resolve_hyperparams


@dataclass(frozen=True)
class ScheduleKind:
    """A named schedule: its hyperparameters and the factor it applies at step t."""

    name: str
    label: str
    hyperparams: tuple[HyperParam, ...]
    description: str

    def shown_label(self) -> str:
        """The label in the chosen language (the JSON and the sessions keep `name`)."""
        return translate("Optimizers", self.label)


CONSTANT, STEP, EXPONENTIAL, COSINE, INVERSE_TIME = "constant", "step", "exponential", "cosine", "1/t"

SCHEDULES: dict[str, ScheduleKind] = {
    CONSTANT: ScheduleKind(CONSTANT, QT_TRANSLATE_NOOP("Optimizers", "Constant"), (), "η_t = η"),
    STEP: ScheduleKind(
        STEP,
        QT_TRANSLATE_NOOP("Optimizers", "Step decay"),
        (
            HyperParam(
                "every",
                100,
                1,
                1_000_000,
                QT_TRANSLATE_NOOP(
                    "Optimizers", "Multiply the learning rate by `factor` every this many steps"
                ),
                integer=True,
            ),
            HyperParam(
                "factor", 0.5, 1e-6, 1.0, QT_TRANSLATE_NOOP("Optimizers", "Multiplier applied at each drop")
            ),
        ),
        "η_t = η · factor^⌊t / every⌋",
    ),
    EXPONENTIAL: ScheduleKind(
        EXPONENTIAL,
        QT_TRANSLATE_NOOP("Optimizers", "Exponential"),
        (HyperParam("gamma", 0.99, 1e-6, 1.0, QT_TRANSLATE_NOOP("Optimizers", "Per-step multiplier")),),
        "η_t = η · γ^t",
    ),
    COSINE: ScheduleKind(
        COSINE,
        QT_TRANSLATE_NOOP("Optimizers", "Cosine"),
        (
            HyperParam(
                "period",
                1000,
                1,
                1_000_000,
                QT_TRANSLATE_NOOP("Optimizers", "Steps from η down to the floor (held there afterwards)"),
                integer=True,
            ),
            HyperParam(
                "floor",
                0.0,
                0.0,
                1.0,
                QT_TRANSLATE_NOOP("Optimizers", "Smallest learning rate, as a fraction of η"),
            ),
        ),
        "η_t = η · (floor + (1 − floor)·½(1 + cos(π·min(t, period)/period)))",
    ),
    INVERSE_TIME: ScheduleKind(
        INVERSE_TIME,
        "1/t",
        (
            HyperParam(
                "decay",
                0.01,
                0.0,
                1e6,
                QT_TRANSLATE_NOOP("Optimizers", "How fast the learning rate falls"),
                log_scale=True,
            ),
        ),
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
            raise OptimizerError(
                translate("Optimizers", "unknown schedule {name} (known: {known})").format(
                    name=repr(name), known=", ".join(SCHEDULES)
                )
            )
        return cls(
            name,
            resolve_hyperparams(
                SCHEDULES[name].hyperparams,
                values,
                translate("Optimizers", "schedule {name}").format(name=name),
            ),
        )

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
