"""Hyperparameters described as data (name, default, range, tooltip), so forms and CLIs build themselves."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from critexplorer.core.i18n import translate


class OptimizerError(ValueError):
    """An unknown optimizer or schedule, or a hyperparameter that is unknown, not a number or out of range."""


@dataclass(frozen=True)
class HyperParam:
    """One tunable number: its default, the allowed closed range, a UI step hint and a tooltip."""

    name: str
    default: float
    low: float
    high: float
    tooltip: str
    integer: bool = False
    log_scale: bool = False  # a slider/spin box should move it by factors, not by increments

    def check(self, value) -> float:
        """The value as a float (or int), or OptimizerError saying what is allowed."""
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise OptimizerError(
                translate("Optimizers", "{name} must be a number, got {value}").format(
                    name=self.name, value=repr(value)
                )
            ) from None
        if not math.isfinite(number) or not (self.low <= number <= self.high):
            raise OptimizerError(
                translate("Optimizers", "{name} must be between {low} and {high}, got {value}").format(
                    name=self.name, low=f"{self.low:g}", high=f"{self.high:g}", value=repr(value)
                )
            )
        if self.integer:
            if number != int(number):
                raise OptimizerError(
                    translate("Optimizers", "{name} must be a whole number, got {value}").format(
                        name=self.name, value=repr(value)
                    )
                )
            return int(number)
        return number

    def shown_tooltip(self) -> str:
        """The tooltip in the chosen language (to_dict, the JSON, keeps it in English)."""
        return translate("Optimizers", self.tooltip)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "default": self.default,
            "low": self.low,
            "high": self.high,
            "tooltip": self.tooltip,
            "integer": self.integer,
            "log_scale": self.log_scale,
        }


def resolve_hyperparams(
    specs: Sequence[HyperParam], given: Mapping[str, float] | None, owner: str
) -> dict[str, float]:
    """Defaults overlaid with the given values, each checked; unknown names are an error."""
    known = {spec.name: spec for spec in specs}
    given = dict(given or {})
    unknown = sorted(set(given) - set(known))
    if unknown:
        names = ", ".join(known) or translate("Optimizers", "none")
        raise OptimizerError(
            translate("Optimizers", "{owner} has no hyperparameter {name} (it has: {names})").format(
                owner=owner, name=repr(unknown[0]), names=names
            )
        )
    return {name: spec.check(given[name]) if name in given else spec.default for name, spec in known.items()}
