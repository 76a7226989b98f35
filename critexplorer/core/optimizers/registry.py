"""The optimizer registry: every optimizer by name, with its hyperparameter specs for forms and CLIs.

opt = make_optimizer("adam", lr=0.1)       # checked values; defaults for the rest
new_point = opt.step(StepInput(...))       # usually driven by core.runs.Run
"""

from __future__ import annotations

from dataclasses import dataclass

from critexplorer.core.i18n import translate
from critexplorer.core.optimizers.base import OptimizerBase, StepInput
from critexplorer.core.optimizers.first_order import (
    AdaGrad,
    Adam,
    GradientDescent,
    Momentum,
    Nesterov,
    RMSProp,
    StochasticGradientDescent,
)
from critexplorer.core.optimizers.hyperparams import HyperParam, OptimizerError
from critexplorer.core.optimizers.newton import Newton, SaddleFreeNewton
from critexplorer.core.optimizers.saddle_escapes import EigenEscape, PerturbedGradientDescent

__all__ = [
    "OPTIMIZER_CLASSES",
    "OptimizerBase",
    "OptimizerError",
    "OptimizerSpec",
    "StepInput",
    "make_optimizer",
    "optimizer_names",
    "optimizer_spec",
    "optimizer_specs",
]

OPTIMIZER_CLASSES: dict[str, type[OptimizerBase]] = {
    cls.name: cls
    for cls in (
        GradientDescent,
        Momentum,
        Nesterov,
        AdaGrad,
        RMSProp,
        Adam,
        Newton,
        SaddleFreeNewton,
        EigenEscape,
        PerturbedGradientDescent,
        StochasticGradientDescent,
    )
}


@dataclass(frozen=True)
class OptimizerSpec:
    """What a form needs to offer an optimizer: its name, label, formula and hyperparameters."""

    name: str
    label: str
    description: str
    hyperparams: tuple[HyperParam, ...]
    needs_hessian: bool
    stochastic: bool
    uses_noise: bool = False

    def shown_label(self) -> str:
        """The label in the chosen language (to_dict, the JSON, keeps the English one)."""
        return translate("Optimizers", self.label)

    def shown_description(self) -> str:
        """The description in the chosen language (formulas alone read the same in every language)."""
        return translate("Optimizers", self.description)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "label": self.label,
            "description": self.description,
            "hyperparams": [h.to_dict() for h in self.hyperparams],
            "needs_hessian": self.needs_hessian,
            "stochastic": self.stochastic,
            "uses_noise": self.uses_noise,
        }


def optimizer_names() -> list[str]:
    return list(OPTIMIZER_CLASSES)


def optimizer_spec(name: str) -> OptimizerSpec:
    cls = _class_of(name)
    return OptimizerSpec(
        cls.name,
        cls.label,
        cls.description,
        cls.HYPERPARAMS,
        cls.needs_hessian,
        cls.stochastic,
        cls.uses_noise,
    )


def optimizer_specs() -> list[OptimizerSpec]:
    return [optimizer_spec(name) for name in OPTIMIZER_CLASSES]


def make_optimizer(name: str, **values: float) -> OptimizerBase:
    """A fresh optimizer; raises OptimizerError for an unknown name or a bad hyperparameter."""
    return _class_of(name)(**values)


def _class_of(name: str) -> type[OptimizerBase]:
    try:
        return OPTIMIZER_CLASSES[name]
    except KeyError:
        raise OptimizerError(
            translate("Optimizers", "unknown optimizer {name} (known: {known})").format(
                name=repr(name), known=", ".join(OPTIMIZER_CLASSES)
            )
        ) from None
