"""A saved exploration (.critx): a versioned JSON schema, validated on read, written atomically.

A session holds the formula and its parameters, the window, the selection, the optimizer runs
(each run's whole RunSpec and its trail), the 3-D camera, the display options and the basin map's
settings (its optimizer's RunSpec without a start, the grid and the optimizer it is compared with;
the window maps it again on open) and the place in a lesson (its name or file, the step; an optional
field, so version 2 still: an older reader refuses it by name rather than misreading it). Reading never
trusts the file: every field is type-checked and checked against the limits the window uses
(core.limits, the optimizers' hyperparameter ranges), the formula goes through the safe parser, and
any problem becomes one SessionError whose message names the file and the field.

Version 2 stores every field of a run's RunSpec; version 1 stored only the optimizer, start,
hyperparameters, colour and label, so its runs get the defaults for the rest (constant schedule,
seed 0, the optimizer's own batch size, the window's step limit).
"""

from __future__ import annotations

import itertools
import json
import math
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from critexplorer.core.data import DataError
from critexplorer.core.formula import FormulaError, parse_formula
from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.limits import (
    DEFAULT_BASIN_STEPS,
    DEFAULT_LIMITS,
    DEFAULT_RESOLUTION,
    DEFAULT_WINDOW_STEP_LIMIT,
    MAX_BASIN_GRID,
    MAX_CONTOUR_COUNT,
    MAX_RESOLUTION,
    MAX_STEP_LIMIT,
    MAX_Z_SCALE,
    MIN_BASIN_GRID,
    MIN_CONTOUR_COUNT,
    MIN_RESOLUTION,
    MIN_Z_SCALE,
    WindowError,
    check_axis_range,
    palette_color,
)
from critexplorer.core.loss import Loss
from critexplorer.core.optimizers.hyperparams import OptimizerError
from critexplorer.core.optimizers.registry import optimizer_names
from critexplorer.core.optimizers.schedules import Schedule
from critexplorer.core.os_reason import os_reason
from critexplorer.core.presets import PresetError, get_preset
from critexplorer.core.run_axis import RUN_AXES
from critexplorer.core.runs import Run, RunSpec, loss_for_runs, restore_runs
from critexplorer.files.atomic_write import describe_os_error, write_atomically
from critexplorer.files.fields import (
    Invalid,
    formula_words,
    json_error_words,
    kind_of,
    read_choice,
    read_name,
    read_name_pair,
    read_number,
    read_numbers,
    read_object,
    read_pair,
    read_schedule,
    read_text,
    read_version,
    read_whole,
    reject_constant,
    unknown_optimizer,
)
from critexplorer.files.session_slice import SavedSlice, SliceFieldError, read_slice

SESSION_FORMAT = "critexplorer-session"
SESSION_VERSION = 2
SESSION_SUFFIX = ".critx"

# The schema's own bounds, which keep a hostile or corrupted file from exhausting time or memory:
# the largest session they allow opens in under a second (benchmarks/bench_session.py). Every
# other field is checked against the window's limits (core.limits) and the optimizers' ranges.
MAX_FILE_BYTES = 10 * 1024 * 1024  # checked before a byte is read
MAX_RUNS = 10  # each finished run is classified where it ended (~30 ms when it hovers)
MAX_TRAIL_POINTS = 200_000  # all runs' trails together (two runs of MAX_STEP_LIMIT steps, or 10 of 20,000)

# The display options a session keeps (the window's DisplayOptions and whether critical points are
# shown), each with its type and, for numbers, the window's own range.
DISPLAY_FIELDS: dict[str, tuple[type, float | None, float | None]] = {
    "z_scale": (float, MIN_Z_SCALE, MAX_Z_SCALE),
    "surface_log": (bool, None, None),
    "contour_log": (bool, None, None),
    "contour_count": (int, MIN_CONTOUR_COUNT, MAX_CONTOUR_COUNT),
    "lock_aspect": (bool, None, None),
    "show_curvature": (bool, None, None),
    "show_gradient_map": (bool, None, None),
    "run_axis": (str, None, None),  # one of DISPLAY_CHOICES["run_axis"]
    "show_taylor": (bool, None, None),
    "show_arrows": (bool, None, None),
    "show_critical": (bool, None, None),
}

# The text options' allowed values.
DISPLAY_CHOICES: dict[str, tuple[str, ...]] = {"run_axis": RUN_AXES}

_OLD_COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$")  # version 1 allowed an alpha byte
_SIGNATURES = {
    b"\x89PNG": QT_TRANSLATE_NOOP("Session", "a PNG image"),
    b"GIF8": QT_TRANSLATE_NOOP("Session", "a GIF image"),
    b"%PDF": QT_TRANSLATE_NOOP("Session", "a PDF document"),
    b"\xff\xd8\xff": QT_TRANSLATE_NOOP("Session", "a JPEG image"),
    b"PK\x03\x04": QT_TRANSLATE_NOOP("Session", "a zip archive"),
    b"\x7fELF": QT_TRANSLATE_NOOP("Session", "a program"),
}

Scalar = bool | int | float | str | None


class SessionError(ValueError):
    """A session that cannot be read or written; the message says which file and what is wrong."""


@dataclass
class Camera:
    """The 3-D view's orbit camera: distance, elevation and azimuth in degrees, field of view, centre."""

    distance: float = 10.0
    elevation: float = 30.0
    azimuth: float = 45.0
    fov: float = 60.0
    center: tuple[float, float, float] = (0.0, 0.0, 0.0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "distance": self.distance,
            "elevation": self.elevation,
            "azimuth": self.azimuth,
            "fov": self.fov,
            "center": list(self.center),
        }


# A saved run: its spec and its trail (n, 2), the start first; NaN marks a coordinate that went
# non-finite. Replaying the spec for len(trail) − 1 steps gives the trail back.
SavedRun = tuple[RunSpec, np.ndarray]


def _run_to_dict(spec: RunSpec, trail: np.ndarray) -> dict[str, Any]:
    return {
        "optimizer": spec.optimizer,
        "label": spec.label,
        "color": spec.color,
        "start": list(spec.start),
        "hyperparameters": dict(spec.hyperparams),
        "schedule": spec.schedule.to_dict(),
        "max_steps": spec.max_steps,
        "batch_size": spec.batch_size,
        "seed": spec.seed,
        # JSON has no NaN: a diverged (non-finite) coordinate is stored as null.
        "trail": [[_finite_or_none(x), _finite_or_none(y)] for x, y in np.asarray(trail, float)],
    }


@dataclass(frozen=True)
class SavedBasins:
    """The Basins tab's map: `spec` is its optimizer, hyperparameters, schedule, step limit (the map's
    steps), batch size and seed (its start is not used); `compare` the second optimizer, if any."""

    spec: RunSpec
    grid: int
    compare: str | None = None

    def to_dict(self) -> dict[str, Any]:
        spec = self.spec
        return {
            "optimizer": spec.optimizer,
            "hyperparameters": dict(spec.hyperparams),
            "schedule": spec.schedule.to_dict(),
            "steps": spec.max_steps,
            "batch_size": spec.batch_size,
            "seed": spec.seed,
            "grid": self.grid,
            "compare": self.compare,
        }


@dataclass
class Session:
    """Everything needed to bring an exploration back exactly as it was."""

    formula: str
    vars: tuple[str, str] = ("x", "y")
    params: dict[str, float] = field(default_factory=dict)
    xlim: tuple[float, float] = DEFAULT_LIMITS
    ylim: tuple[float, float] = DEFAULT_LIMITS
    resolution: int = DEFAULT_RESOLUTION
    preset: str | None = None
    selection: tuple[float, float] | None = None
    runs: list[SavedRun] = field(default_factory=list)
    camera: Camera | None = None
    display: dict[str, Scalar] = field(default_factory=dict)
    # A network's slice shown instead of a formula (then `formula` is only its label).
    slice: SavedSlice | None = None
    basins: SavedBasins | None = None
    # The place in a lesson: a built-in lesson's name or a lesson file's path, and the step from 1.
    lesson: tuple[str, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of this session (plain lists, dicts, numbers and strings)."""
        document = self._document()
        if self.slice is not None:
            document["slice"] = self.slice.to_dict()
        if self.basins is not None:
            document["basins"] = self.basins.to_dict()
        if self.lesson is not None:
            document["lesson"] = {"name": self.lesson[0], "step": self.lesson[1]}
        return document

    def _document(self) -> dict[str, Any]:
        return {
            "format": SESSION_FORMAT,
            "version": SESSION_VERSION,
            "formula": self.formula,
            "vars": list(self.vars),
            "params": dict(self.params),
            "preset": self.preset,
            "window": {"xlim": list(self.xlim), "ylim": list(self.ylim), "resolution": self.resolution},
            "selection": None if self.selection is None else list(self.selection),
            "runs": [_run_to_dict(spec, trail) for spec, trail in self.runs],
            "camera": None if self.camera is None else self.camera.to_dict(),
            "display": dict(self.display),
        }

    def to_json(self) -> str:
        """Readable JSON: indented, except that each trail stays on one line."""
        document = self.to_dict()
        trails = []
        for index, run in enumerate(document["runs"]):
            trails.append(json.dumps(run["trail"], separators=(",", ":"), allow_nan=False))
            run["trail"] = f"@@trail{index}@@"
        text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False)
        for index, trail in enumerate(trails):
            text = text.replace(f'"@@trail{index}@@"', trail, 1)
        return text + "\n"


def _finite_or_none(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


# ---------------------------------------------------------------------------------------- reading


def _read_display(value: Any, version: int) -> dict[str, Scalar]:
    """The display options, each of DISPLAY_FIELDS' type and range. Version 1 wrote options this
    version no longer has: they are left out; from version 2 on an unknown option is an error."""
    if not isinstance(value, dict):
        raise Invalid(
            translate("Session", "{where} must be an object, not {kind}").format(
                where="display", kind=kind_of(value)
            )
        )
    if version == 1:
        value = {key: item for key, item in value.items() if key in DISPLAY_FIELDS}
    read_object(value, "display", set(), set(DISPLAY_FIELDS))
    out: dict[str, Scalar] = {}
    for key, item in value.items():
        kind, low, high = DISPLAY_FIELDS[key]
        where = f"display.{key}"
        if kind is bool:
            if not isinstance(item, bool):
                raise Invalid(
                    translate("Session", "{where} must be true or false, not {kind}").format(
                        where=where, kind=kind_of(item)
                    )
                )
            out[key] = item
            continue
        if kind is str:
            out[key] = read_choice(item, where, DISPLAY_CHOICES[key])
            continue
        if kind is int and (isinstance(item, bool) or not isinstance(item, int)):
            raise Invalid(
                translate(
                    "Session", "{where} must be a whole number from {low} to {high}, not {kind}"
                ).format(where=where, low=f"{low:g}", high=f"{high:g}", kind=kind_of(item))
            )
        number = read_number(item, where, None)
        if not low <= number <= high:
            raise Invalid(
                translate("Session", "{where} is {number}; it must be from {low} to {high}").format(
                    where=where, number=f"{number:g}", low=f"{low:g}", high=f"{high:g}"
                )
            )
        out[key] = int(item) if kind is int else number
    return out


_RUN_FIELDS_V1 = {"hyperparameters", "color", "label", "outcome"}
_RUN_FIELDS = {"hyperparameters", "color", "label", "schedule", "max_steps", "batch_size", "seed"}


_TRAIL_NUMBERS = {float, int, type(None)}  # null: a coordinate that went non-finite (a diverged run)


def _read_trail(value: Any, where: str, room: int) -> np.ndarray:
    """A trail as an (n, 2) array, checked in whole-array passes (it may hold MAX_TRAIL_POINTS points);
    `room` is how many points the session's trails may still hold."""
    if not isinstance(value, list) or not value:
        raise Invalid(
            translate("Session", "{where} must be a non-empty list of [x, y] points").format(where=where)
        )
    if len(value) > MAX_STEP_LIMIT + 1:
        raise Invalid(
            translate("Session", "{where} has {steps} steps; a run takes at most {limit}").format(
                where=where, steps=len(value) - 1, limit=MAX_STEP_LIMIT
            )
        )
    if len(value) > room:
        raise Invalid(
            translate(
                "Session", "{where} has {points} points; a session holds at most {limit} trail points in all"
            ).format(where=where, points=len(value), limit=MAX_TRAIL_POINTS)
        )
    if not all(type(point) is list and len(point) == 2 for point in value):
        index = next(i for i, p in enumerate(value) if type(p) is not list or len(p) != 2)
        raise Invalid(translate("Session", "{where} must be [x, y]").format(where=f"{where}[{index}]"))
    kinds = set(map(type, itertools.chain.from_iterable(value)))
    if not kinds <= _TRAIL_NUMBERS:
        wrong = next(k for k in kinds if k not in _TRAIL_NUMBERS)
        raise Invalid(
            translate("Session", "{where} must hold numbers, not {kind}").format(
                where=where, kind=kind_of(wrong())
            )
        )
    try:
        trail = np.array(value, dtype=float)
    except OverflowError:
        raise Invalid(_too_large_coordinate(where)) from None
    if np.isinf(trail).any():
        raise Invalid(_too_large_coordinate(where))
    return trail


def _too_large_coordinate(where: str) -> str:
    return translate("Session", "{where} holds a number too large for a coordinate").format(where=where)


def _whole_or_none(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(
            translate("Session", "{where} must be a whole number, not {kind}").format(
                where=where, kind=kind_of(value)
            )
        )
    return value


def _read_run(value: Any, where: str, version: int, index: int, room: int) -> SavedRun:
    run = read_object(
        value, where, {"optimizer", "start", "trail"}, _RUN_FIELDS_V1 if version == 1 else _RUN_FIELDS
    )
    trail = _read_trail(run["trail"], f"{where}.trail", room)
    color = run.get("color")
    if version == 1:
        if color is not None and not (isinstance(color, str) and _OLD_COLOR_RE.match(color)):
            raise Invalid(_bad_colour(f"{where}.color"))
        color = palette_color(index) if color is None else color[:7]
        if run.get("outcome") is not None:  # written by version 1, recomputed by the replay
            read_name(run["outcome"], f"{where}.outcome")
        schedule, seed, batch_size = Schedule(), 0, None
        max_steps = max(DEFAULT_WINDOW_STEP_LIMIT, len(trail) - 1)
    else:
        if not isinstance(color, str):
            raise Invalid(_bad_colour(f"{where}.color"))
        schedule = read_schedule(run.get("schedule", {"name": "constant"}), f"{where}.schedule")
        max_steps = _whole_or_none(run.get("max_steps", DEFAULT_WINDOW_STEP_LIMIT), f"{where}.max_steps")
        batch_size = _whole_or_none(run.get("batch_size"), f"{where}.batch_size")
        seed = _whole_or_none(run.get("seed", 0), f"{where}.seed")
    try:
        spec = RunSpec(
            optimizer=read_name(run["optimizer"], f"{where}.optimizer"),
            start=read_pair(run["start"], f"{where}.start"),
            hyperparams=read_numbers(run.get("hyperparameters", {}), f"{where}.hyperparameters"),
            schedule=schedule,
            max_steps=max_steps,
            batch_size=batch_size,
            seed=seed,
            color=color,
            label=read_text(run.get("label", ""), f"{where}.label", 200),
        )
    except OptimizerError as error:  # the message starts with the field's name
        raise Invalid(f"{where}.{error}") from None
    return spec, trail


def _bad_colour(where: str) -> str:
    return translate("Session", "{where} must be a colour like #1f77b4").format(where=where)


_BASIN_FIELDS = {"hyperparameters", "schedule", "steps", "batch_size", "seed", "compare"}


def _read_basins(value: Any) -> SavedBasins | None:
    """The basin settings, checked as a run's fields are (and the grid against core.limits)."""
    if value is None:
        return None
    basins = read_object(value, "basins", {"optimizer", "grid"}, _BASIN_FIELDS)
    grid = read_whole(basins["grid"], "basins.grid", MIN_BASIN_GRID, MAX_BASIN_GRID)
    compare = basins.get("compare")
    if compare is not None and read_name(compare, "basins.compare") not in optimizer_names():
        raise Invalid(unknown_optimizer("basins.compare", compare, optimizer_names()))
    steps = read_whole(basins.get("steps", DEFAULT_BASIN_STEPS), "basins.steps", 1, MAX_STEP_LIMIT)
    try:
        spec = RunSpec(
            optimizer=read_name(basins["optimizer"], "basins.optimizer"),
            start=(0.0, 0.0),
            hyperparams=read_numbers(basins.get("hyperparameters", {}), "basins.hyperparameters"),
            schedule=read_schedule(basins.get("schedule", {"name": "constant"}), "basins.schedule"),
            max_steps=steps,
            batch_size=_whole_or_none(basins.get("batch_size"), "basins.batch_size"),
            seed=_whole_or_none(basins.get("seed", 0), "basins.seed"),
        )
    except OptimizerError as error:  # the message starts with the field's name
        raise Invalid(f"basins.{error}") from None
    return SavedBasins(spec, grid, compare)


def _read_lesson_place(value: Any) -> tuple[str, int] | None:
    """The place in a lesson (which lesson, which step); whether it still exists is the window's to say."""
    if value is None:
        return None
    place = read_object(value, "lesson", {"name", "step"})
    step = read_whole(place["step"], "lesson.step", 1, 1000)
    return read_text(place["name"], "lesson.name", 1000), step


def _read_camera(value: Any) -> Camera | None:
    if value is None:
        return None
    camera = read_object(value, "camera", {"distance", "elevation", "azimuth"}, {"fov", "center"})
    center = camera.get("center", [0.0, 0.0, 0.0])
    if not isinstance(center, list) or len(center) != 3:
        raise Invalid(
            translate("Session", "{where} must be a list of three numbers").format(where="camera.center")
        )
    distance = read_number(camera["distance"], "camera.distance")
    if distance <= 0:
        raise Invalid(translate("Session", "{where} must be positive").format(where="camera.distance"))
    fov = read_number(camera.get("fov", 60.0), "camera.fov")
    if not 0 < fov < 180:
        raise Invalid(
            translate("Session", "{where} must be between 0 and 180 degrees").format(where="camera.fov")
        )
    return Camera(
        distance=distance,
        elevation=read_number(camera["elevation"], "camera.elevation", 1e6),
        azimuth=read_number(camera["azimuth"], "camera.azimuth", 1e6),
        fov=fov,
        center=tuple(read_number(c, "camera.center") for c in center),
    )


def _check_version(document: dict) -> int:
    if document.get("format") != SESSION_FORMAT:
        raise Invalid(
            translate("Session", "it is not a critexplorer session (no {field})").format(
                field=f'"format": "{SESSION_FORMAT}"'
            )
        )
    version = read_version(document)
    if version > SESSION_VERSION:
        raise Invalid(
            translate(
                "Session",
                "it was saved by a newer critexplorer (session version {version}; this one reads up to "
                "version {newest}). Update critexplorer to open it",
            ).format(version=version, newest=SESSION_VERSION)
        )
    return version


def session_from_dict(document: Any) -> Session:
    """Validate a parsed JSON document and build the Session; raise SessionError on anything wrong."""
    try:
        return _session_from_dict(document)
    except Invalid as exc:
        raise SessionError(str(exc)) from None


def _session_from_dict(document: Any) -> Session:
    if not isinstance(document, dict):
        raise Invalid(
            translate("Session", "it is not a critexplorer session (the top level is {kind})").format(
                kind=kind_of(document)
            )
        )
    version = _check_version(document)
    read_object(
        document,
        translate("Session", "the session"),
        {"format", "version", "formula", "window"},
        {"vars", "params", "preset", "selection", "runs", "camera", "display", "slice", "basins", "lesson"},
    )
    formula = read_text(document["formula"], "formula")
    variables = read_name_pair(document.get("vars", ["x", "y"]), "vars")
    params = read_numbers(document.get("params", {}), "params")
    saved_slice = None
    if document.get("slice") is not None:  # a slice's formula is its label, not a formula
        try:
            saved_slice = read_slice(document["slice"])
        except SliceFieldError as exc:
            raise Invalid(str(exc)) from None
    else:
        try:
            parse_formula(formula, vars=variables, params=params)
        except FormulaError as exc:
            raise Invalid(
                translate("Session", "its formula cannot be used: {reason}").format(reason=formula_words(exc))
            ) from None
    window = read_object(document["window"], "window", {"xlim", "ylim"}, {"resolution"})
    xlim, ylim = read_pair(window["xlim"], "window.xlim"), read_pair(window["ylim"], "window.ylim")
    for name, (low, high) in (("xlim", xlim), ("ylim", ylim)):
        try:
            check_axis_range(low, high, f"window.{name}")
        except WindowError as error:
            raise Invalid(str(error)) from None
    resolution = read_whole(
        window.get("resolution", DEFAULT_RESOLUTION), "window.resolution", MIN_RESOLUTION, MAX_RESOLUTION
    )
    preset = document.get("preset")
    if preset is not None:
        try:
            preset = get_preset(read_text(preset, "preset", 200)).name
        except PresetError:
            raise Invalid(
                translate("Session", "preset {name} is not a preset of this critexplorer").format(
                    name=repr(preset)
                )
            ) from None
    selection = document.get("selection")
    runs_value = document.get("runs", [])
    if not isinstance(runs_value, list) or len(runs_value) > MAX_RUNS:
        raise Invalid(
            translate("Session", "runs must be a list of at most {limit} runs").format(limit=MAX_RUNS)
        )
    runs, room = [], MAX_TRAIL_POINTS
    for index, run in enumerate(runs_value):
        runs.append(_read_run(run, f"runs[{index}]", version, index, room))
        room -= len(runs[-1][1])
    return Session(
        formula=formula,
        vars=variables,
        params=params,
        xlim=xlim,
        ylim=ylim,
        resolution=resolution,
        preset=preset,
        selection=None if selection is None else read_pair(selection, "selection"),
        runs=runs,
        camera=_read_camera(document.get("camera")),
        display=_read_display(document.get("display", {}), version),
        slice=saved_slice,
        basins=_read_basins(document.get("basins")),
        lesson=_read_lesson_place(document.get("lesson")),
    )


def session_from_json(text: str) -> Session:
    """Parse and validate session JSON text; SessionError on anything wrong."""
    try:
        document = json.loads(text, parse_constant=reject_constant)
    except Invalid as exc:
        raise SessionError(str(exc)) from None
    except json.JSONDecodeError as exc:
        raise SessionError(json_error_words(text, exc)) from None
    except RecursionError:
        raise SessionError(
            translate("Session", "it is not a session: its JSON is nested too deeply")
        ) from None
    except ValueError:  # Python refuses integers with thousands of digits
        raise SessionError(
            translate("Session", "it is not a session: it contains a number with too many digits")
        ) from None
    return session_from_dict(document)


def load_session(path: str | os.PathLike) -> Session:
    """Read and validate a .critx file; raise SessionError('cannot open FILE: reason')."""
    try:
        return session_from_json(_read_text(Path(path)))
    except SessionError as exc:
        raise SessionError(cannot_open(path, exc)) from None


def cannot_open(path: str | os.PathLike, reason) -> str:
    """'cannot open FILE: reason', the first words of every error of a session that does not open."""
    return translate("Session", "cannot open {path}: {reason}").format(path=os.fspath(path), reason=reason)


def _read_text(path: Path) -> str:
    """The file's text; only a regular file of at most MAX_FILE_BYTES is read. A FIFO, a device or a
    socket is refused from os.stat before it is opened (opening a FIFO would wait for a writer), and
    the file is opened non-blocking and checked again, in case it was swapped in between."""
    try:
        _check_regular(os.stat(path))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as stream:
            _check_regular(os.fstat(stream.fileno()))
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise SessionError(os_reason(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise SessionError(_too_large())
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            raise SessionError(
                translate("Session", "it is {kind}, not a critexplorer session").format(
                    kind=translate("Session", kind)
                )
            )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SessionError(
            translate("Session", "it is not a text file (not UTF-8), so not a critexplorer session")
        ) from None


def _check_regular(status: os.stat_result) -> None:
    mode = status.st_mode
    if stat.S_ISDIR(mode):
        raise SessionError(translate("Session", "it is a folder, not a session file"))
    if not stat.S_ISREG(mode):
        if stat.S_ISFIFO(mode):
            raise SessionError(translate("Session", "it is a named pipe (FIFO); only regular files are read"))
        raise SessionError(translate("Session", "it is not a regular file; only regular files are read"))
    if status.st_size > MAX_FILE_BYTES:
        raise SessionError(_too_large())


def _too_large() -> str:
    return translate("Session", "it is larger than {megabytes} MB, the limit for a session").format(
        megabytes=MAX_FILE_BYTES // (1024 * 1024)
    )


def session_slice(session: Session):
    """The session's NetworkSlice made again (None without one); SessionError naming the field."""
    if session.slice is None:
        return None
    try:
        return session.slice.make(session.formula)
    except SliceFieldError as error:
        raise SessionError(str(error)) from None


def session_runs(session: Session, shown_slice=None) -> tuple[Loss, list[Run]]:
    """The loss the session's runs walk, and its runs made on it with their trails put back as data
    (core.runs.restore_runs: the first steps replayed to check each trail); what a reader cannot see
    in the file alone (a trail that is not its run's, a batch larger than the data). SessionError
    naming the field if the session cannot be shown; nothing is shown here. `shown_slice`: the
    session's slice made already (session_slice)."""
    preset = get_preset(session.preset) if session.preset else None  # the reader checked the name
    if session.slice is not None:
        loss = (shown_slice or session_slice(session)).loss
    else:
        try:
            loss = parse_formula(session.formula, vars=session.vars, params=session.params)
        except FormulaError as error:
            raise SessionError(
                translate("Session", "its formula cannot be shown: {reason}").format(
                    reason=formula_words(error)
                )
            ) from None
    run_loss = loss_for_runs(loss, preset)
    try:
        with np.errstate(all="ignore"):
            return run_loss, restore_runs(run_loss, session.runs, session.xlim, session.ylim)
    except (OptimizerError, DataError) as error:
        raise SessionError(str(error)) from None


def save_session(session: Session, path: str | os.PathLike) -> None:
    """Write a session atomically (temp file, then rename); raise SessionError if it cannot be written."""
    try:
        text = session.to_json()
        # Never write a file we could not read back.
        session_from_json(text)
    except (SessionError, ValueError, TypeError) as exc:
        raise SessionError(
            translate("Session", "cannot save {path}: {reason}").format(path=os.fspath(path), reason=exc)
        ) from None
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise SessionError(describe_os_error(exc, path)) from None


def with_suffix(path: str | os.PathLike) -> Path:
    """The path with .critx added when it has no suffix (a user typing 'lecture3' means lecture3.critx)."""
    target = Path(path)
    return target if target.suffix else target.with_suffix(SESSION_SUFFIX)


__all__ = [
    "Camera",
    "DISPLAY_FIELDS",
    "MAX_FILE_BYTES",
    "MAX_RUNS",
    "MAX_TRAIL_POINTS",
    "SavedRun",
    "Session",
    "SessionError",
    "SESSION_VERSION",
    "cannot_open",
    "SESSION_SUFFIX",
    "load_session",
    "save_session",
    "session_from_dict",
    "session_from_json",
    "session_runs",
    "session_slice",
    "with_suffix",
]
