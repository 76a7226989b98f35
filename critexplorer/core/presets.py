"""Built-in losses, read from critexplorer/resources/presets.json through importlib.resources."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from critexplorer.core.formula import parse_formula
from critexplorer.core.i18n import current_language, translate
from critexplorer.core.loss import Loss

PRESETS_PACKAGE = "critexplorer.resources"
PRESETS_FILE = "presets.json"
# presets.json's translations of each description, read by Preset.shown_description, never in the JSON.
TRANSLATED_DESCRIPTIONS = ("description_zh_CN", "description_zh_TW")
_KNOWN_KEYS = ("name", "formula", "vars", "xlim", "ylim", "description", "group", "params")


class PresetError(ValueError):
    """An unknown preset name, or a presets file that does not follow the schema."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class Preset:
    """One built-in loss: its formula, variable names, view window, a one-line description and the
    group it is listed under (such as "Test functions")."""

    name: str
    formula: str
    vars: tuple[str, str]
    xlim: tuple[float, float]
    ylim: tuple[float, float]
    description: str
    group: str
    params: dict[str, float] = field(default_factory=dict)
    # Keys this module does not interpret (e.g. "data" for data-backed losses), kept as read.
    extra: dict[str, Any] = field(default_factory=dict)

    def loss(self) -> Loss:
        """The Loss of this preset's formula, with its variables and parameters."""
        return parse_formula(self.formula, vars=self.vars, params=self.params)

    def shown_description(self) -> str:
        """The description in the chosen language: presets.json's description_zh_CN / description_zh_TW
        (translated there, beside the English, since the catalogues hold only the code's strings)."""
        translated = self.extra.get(f"description_{current_language()}")
        return translated if isinstance(translated, str) and translated.strip() else self.description

    def to_dict(self) -> dict[str, Any]:
        """The JSON of `critexplorer presets`: the schema keys, then any extra keys."""
        out: dict[str, Any] = {
            "name": self.name,
            "formula": self.formula,
            "vars": list(self.vars),
            "xlim": list(self.xlim),
            "ylim": list(self.ylim),
            "description": self.description,
            "group": self.group,
            "params": dict(self.params),
        }
        for key, value in self.extra.items():
            if key not in TRANSLATED_DESCRIPTIONS:  # the JSON stays English in every language
                out.setdefault(key, value)
        return out


def _window(entry: dict, key: str, where: str) -> tuple[float, float]:
    value = entry.get(key)
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    ):
        raise PresetError(f"{where}: {key} must be a list of two numbers, got {value!r}")
    low, high = float(value[0]), float(value[1])
    if not (math.isfinite(low) and math.isfinite(high) and low < high):
        raise PresetError(f"{where}: {key} must be finite with low < high, got {value!r}")
    return low, high


def preset_from_dict(entry: Any, where: str = "preset") -> Preset:
    """Validate one entry of presets.json and build its Preset (formula text is not parsed here)."""
    if not isinstance(entry, dict):
        raise PresetError(f"{where}: expected an object, got {type(entry).__name__}")
    for key in ("name", "formula", "description", "group"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise PresetError(f"{where}: '{key}' must be a non-empty string")
    where = f"preset '{entry['name']}'"
    names = entry.get("vars")
    if (
        not isinstance(names, list)
        or len(names) != 2
        or not all(isinstance(n, str) for n in names)
        or names[0] == names[1]
    ):
        raise PresetError(f"{where}: vars must be two different names, got {names!r}")
    params = entry.get("params", {})
    if not isinstance(params, dict) or not all(
        isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
        for k, v in params.items()
    ):
        raise PresetError(f"{where}: params must map names to finite numbers, got {params!r}")
    return Preset(
        name=entry["name"],
        formula=entry["formula"],
        vars=(names[0], names[1]),
        xlim=_window(entry, "xlim", where),
        ylim=_window(entry, "ylim", where),
        description=entry["description"],
        group=entry["group"],
        params={k: float(v) for k, v in params.items()},
        extra={k: v for k, v in entry.items() if k not in _KNOWN_KEYS},
    )


def parse_presets(document: Any) -> tuple[Preset, ...]:
    """All presets of a presets.json document, in file order; names must be unique."""
    if not isinstance(document, dict) or not isinstance(document.get("presets"), list):
        raise PresetError("presets file: expected an object with a 'presets' list")
    presets = tuple(preset_from_dict(e, f"preset #{i + 1}") for i, e in enumerate(document["presets"]))
    seen: set[str] = set()
    for preset in presets:
        if preset.name in seen:
            raise PresetError(f"presets file: the name '{preset.name}' is used twice")
        seen.add(preset.name)
    return presets


@lru_cache(maxsize=1)
def _cached_presets() -> tuple[Preset, ...]:
    try:
        text = resources.files(PRESETS_PACKAGE).joinpath(PRESETS_FILE).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError) as error:
        raise PresetError(f"cannot read the built-in presets: {error}") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise PresetError(f"presets file is not valid JSON: {error}") from None
    return parse_presets(document)


def load_presets() -> list[Preset]:
    """Every built-in preset, in the order of presets.json."""
    return list(_cached_presets())


def preset_names() -> list[str]:
    return [p.name for p in _cached_presets()]


def _normalized(name: str) -> str:
    # "Six hump camel", "six_hump_camel" and "six-hump-camel" all name the same preset.
    return "-".join(name.strip().lower().replace("_", " ").replace("-", " ").split())


def get_preset(name: str) -> Preset:
    """The preset called `name` (case, spaces and _ vs - do not matter); PresetError lists the names."""
    wanted = _normalized(str(name))
    for preset in _cached_presets():
        if _normalized(preset.name) == wanted:
            return preset
    raise PresetError(
        translate("Presets", "unknown preset '{name}'; known presets: {known}").format(
            name=name, known=", ".join(preset_names())
        )
    )
