"""Lesson files (JSON): read, validated, turned into core.lessons.Lesson. The built-in lessons are the
package's resources/lessons/*.json; a teacher's own file is read the same way (File → Open lesson…).

A lesson file is never trusted, like a session: every field is type-checked, the formula goes through
the safe parser, presets, optimizers and their hyperparameters are checked against the registry, the
window against core.limits, and a network slice's experiment file and run are looked up. Any problem
is one LessonError whose message names the lesson, the step and the field, e.g.
`lesson "saddles", step 3, state.preset: 'bowll' is not a preset of this critexplorer`.

    {"format": "critexplorer-lesson", "version": 1, "name": "my-lesson",
     "title": {"en": …, "zh_CN": …, "zh_TW": …},
     "steps": [{"title": {…}, "text": {…}, "state": {"preset": "lecture", "select": [0, 0], …},
                "try": {"task": {…}, "check": {"select": "saddle"}}}, …]}

The state's fields and the checks are listed in the README ("Writing a lesson").
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from critexplorer.core.formula import FormulaError, parse_formula
from critexplorer.core.i18n import LANGUAGES
from critexplorer.core.lessons.checks import CHECK_KINDS
from critexplorer.core.lessons.lesson import (
    DEFAULT_OVERLAYS,
    OVERLAY_FIELDS,
    PLAY_TO_END,
    BasinPlan,
    Check,
    Lesson,
    SlicePlan,
    Step,
    StepState,
    TryIt,
    Words,
)
from critexplorer.core.limits import (
    DEFAULT_BASIN_STEPS,
    MAX_BASIN_GRID,
    MAX_RESULTS_BYTES,
    MAX_STEP_LIMIT,
    MIN_BASIN_GRID,
    WindowError,
    check_axis_range,
    palette_color,
)
from critexplorer.core.networks.results import result_from_report
from critexplorer.core.networks.slices import SliceError, check_direction, report_point
from critexplorer.core.optimizers.hyperparams import OptimizerError
from critexplorer.core.optimizers.registry import optimizer_names
from critexplorer.core.presets import PresetError, get_preset
from critexplorer.core.run_axis import RUN_AXES
from critexplorer.core.runs import RunSpec

# The session's field readers: one definition of what a number, a pair, a name or a schedule is.
from critexplorer.files.regular_file import read_regular_file
from critexplorer.files.session import (
    MAX_RUNS,
    _Invalid,
    _kind,
    _name,
    _numbers,
    _object,
    _pair,
    _read_schedule,
    _reject_constant,
    _text,
)

LESSON_FORMAT = "critexplorer-lesson"
LESSON_VERSION = 1
LESSON_SUFFIX = ".json"
MAX_LESSON_BYTES = 1024 * 1024  # checked before a byte is read
MAX_STEPS = 60
MAX_STEP_TEXT = 6000  # characters of one step's text in one language
MAX_TITLE = 200

_STATE_FIELDS = {
    "preset",
    "formula",
    "vars",
    "params",
    "slice",
    "window",
    "select",
    "escape",
    "overlays",
    "atlas",
    "step_limit",
    "runs",
    "play",
    "basins",
    "experiment",
    "x_axis",
}
_RUN_FIELDS = {"hyperparameters", "schedule", "batch_size", "seed", "label", "color"}
_BASIN_FIELDS = {"hyperparameters", "schedule", "steps", "batch_size", "seed", "compare"}


class LessonError(ValueError):
    """A lesson that cannot be read; the message names the lesson (or file), the step and the field."""


def _words(value: Any, where: str, limit: int) -> Words:
    """A text in every language: {"en": …, "zh_CN": …, "zh_TW": …}, none of them empty."""
    words = _object(value, where, set(LANGUAGES))
    texts = {}
    for language in LANGUAGES:
        text = _text(words[language], f"{where}.{language}", limit).strip()
        if not text:
            raise _Invalid(f"{where}.{language} is empty")
        texts[language] = text
    return Words(texts)


def _whole(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _Invalid(f"{where} must be a whole number from {low} to {high}, not {value!r}")
    return value


def _flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"{where} must be true or false, not {_kind(value)}")
    return value


def _window(value: Any, where: str):
    window = _object(value, where, {"xlim", "ylim"})
    ranges = []
    for axis in ("xlim", "ylim"):
        low, high = _pair(window[axis], f"{where}.{axis}")
        try:
            ranges.append(check_axis_range(low, high, f"{where}.{axis}"))
        except WindowError as error:
            raise _Invalid(str(error)) from None
    return tuple(ranges)


def _run(value: Any, where: str, index: int) -> tuple[RunSpec, Words | None]:
    """A run's spec, and its label in every language when the lesson gives one as {"en", "zh_CN", "zh_TW"}."""
    run = _object(value, where, {"optimizer", "start"}, _RUN_FIELDS)
    label = run.get("label", "")
    words = None
    if isinstance(label, dict):
        words = _words(label, f"{where}.label", MAX_TITLE)
        label = words.shown("en")
    return _run_spec(run, where, index, label), words


def _run_spec(run: dict, where: str, index: int, label: Any) -> RunSpec:
    batch_size = run.get("batch_size")
    try:
        return RunSpec(
            optimizer=_name(run["optimizer"], f"{where}.optimizer"),
            start=_pair(run["start"], f"{where}.start"),
            hyperparams=_numbers(run.get("hyperparameters", {}), f"{where}.hyperparameters"),
            schedule=_read_schedule(run.get("schedule", {"name": "constant"}), f"{where}.schedule"),
            batch_size=None
            if batch_size is None
            else _whole(batch_size, f"{where}.batch_size", 1, MAX_STEP_LIMIT),
            seed=_whole(run.get("seed", 0), f"{where}.seed", 0, 2**31 - 1),
            color=_text(run.get("color", palette_color(index)), f"{where}.color", 9),
            label=_text(label, f"{where}.label", MAX_TITLE),
        )
    except OptimizerError as error:  # the message starts with the field's name
        raise _Invalid(f"{where}.{error}") from None


def _basins(value: Any, where: str) -> BasinPlan:
    basins = _object(value, where, {"optimizer", "grid"}, _BASIN_FIELDS)
    grid = _whole(basins["grid"], f"{where}.grid", MIN_BASIN_GRID, MAX_BASIN_GRID)
    compare = basins.get("compare")
    if compare is not None and _name(compare, f"{where}.compare") not in optimizer_names():
        raise _Invalid(
            f"{where}.compare: unknown optimizer {compare!r} (known: {', '.join(optimizer_names())})"
        )
    batch_size = basins.get("batch_size")
    try:
        spec = RunSpec(
            optimizer=_name(basins["optimizer"], f"{where}.optimizer"),
            start=(0.0, 0.0),
            hyperparams=_numbers(basins.get("hyperparameters", {}), f"{where}.hyperparameters"),
            schedule=_read_schedule(basins.get("schedule", {"name": "constant"}), f"{where}.schedule"),
            max_steps=_whole(basins.get("steps", DEFAULT_BASIN_STEPS), f"{where}.steps", 1, MAX_STEP_LIMIT),
            batch_size=None
            if batch_size is None
            else _whole(batch_size, f"{where}.batch_size", 1, MAX_STEP_LIMIT),
            seed=_whole(basins.get("seed", 0), f"{where}.seed", 0, 2**31 - 1),
        )
    except OptimizerError as error:
        raise _Invalid(f"{where}.{error}") from None
    return BasinPlan(spec, grid, compare)


def _results_path(value: Any, where: str, folder: Path | None) -> Path:
    """An experiment's results file, relative to the lesson's folder; read and checked here."""
    name = _text(value, where, 500)
    path = Path(name) if folder is None else folder / name
    _read_results(path, where)
    return path


@lru_cache(maxsize=8)
def _cached_results(path: str, mtime: float) -> dict:
    data = read_regular_file(path, MAX_RESULTS_BYTES)
    return json.loads(data.decode("utf-8"), parse_constant=_reject_constant)


def read_results(path: Path) -> dict:
    """An opened lesson's results file read again for its step; LessonError when it can no longer be
    read (changed or removed since the lesson was opened and checked)."""
    try:
        return _read_results(path)
    except _Invalid as error:
        raise LessonError(str(error)) from None


def _read_results(path: Path, where: str = "experiment") -> dict:
    """The JSON of an experiment's results file (what `critexplorer experiment --out` writes)."""
    try:
        report = _cached_results(str(path), os.stat(path).st_mtime)
    except OSError as error:
        raise _Invalid(f"{where}: cannot read {path.name}: {error.strerror or error}") from None
    except _Invalid as error:  # NaN or Infinity, or too large
        raise _Invalid(f"{where}: {path.name}: {error}") from None
    except (ValueError, UnicodeDecodeError, RecursionError) as error:  # JSONDecodeError is a ValueError
        raise _Invalid(f"{where}: {path.name} is not an experiment's results: {error}") from None
    if not isinstance(report, dict):
        raise _Invalid(f"{where}: {path.name} is not an experiment's results")
    return report


def _slice(value: Any, where: str, folder: Path | None) -> SlicePlan:
    plan = _object(value, where, {"experiment", "run", "directions"})
    path = _results_path(plan["experiment"], f"{where}.experiment", folder)
    run = _whole(plan["run"], f"{where}.run", 0, 10**9)
    directions = plan["directions"]
    if not isinstance(directions, list) or len(directions) != 2:
        raise _Invalid(f'{where}.directions must be a list of two directions, like ["eig-min", "eig-max"]')
    try:
        network, _, _ = report_point(_read_results(path, f"{where}.experiment"), run)
        names = tuple(
            check_direction(_text(d, f"{where}.directions[{i}]", 40), network.parameters)
            for i, d in enumerate(directions)
        )
    except SliceError as error:
        raise _Invalid(f"{where}: {error}") from None
    return SlicePlan(path, run, names)


def _loss_fields(state: dict, where: str, folder: Path | None) -> dict:
    """preset, formula (with vars and params) or slice: exactly one of them."""
    given = [key for key in ("preset", "formula", "slice") if state.get(key) is not None]
    if len(given) != 1:
        raise _Invalid(f'{where} must give exactly one of "preset", "formula" and "slice"')
    if given[0] != "formula" and ("vars" in state or "params" in state):
        raise _Invalid(f"{where}.vars and {where}.params go with a formula")
    if given[0] == "preset":
        name = _text(state["preset"], f"{where}.preset", 200)
        try:
            return {"preset": get_preset(name).name}
        except PresetError:
            raise _Invalid(f"{where}.preset {name!r} is not a preset of this critexplorer") from None
    if given[0] == "slice":
        return {"slice": _slice(state["slice"], f"{where}.slice", folder)}
    formula = _text(state["formula"], f"{where}.formula")
    vars_value = state.get("vars")
    variables = None
    if vars_value is not None:
        if not isinstance(vars_value, list) or len(vars_value) != 2:
            raise _Invalid(f"{where}.vars must be a list of two names")
        variables = (_name(vars_value[0], f"{where}.vars[0]"), _name(vars_value[1], f"{where}.vars[1]"))
    params = _numbers(state.get("params", {}), f"{where}.params")
    try:
        loss = parse_formula(formula, vars=variables, params=params)
    except FormulaError as error:
        raise _Invalid(f"{where}.formula cannot be used: {error}") from None
    return {"formula": formula, "vars": tuple(loss.vars), "params": params}


def _state(value: Any, where: str, folder: Path | None) -> StepState:
    state = _object(value, where, set(), _STATE_FIELDS)
    fields = _loss_fields(state, where, folder)
    if "window" in state:
        fields["window"] = _window(state["window"], f"{where}.window")
    if state.get("select") is not None:
        fields["select"] = _pair(state["select"], f"{where}.select")
    fields["escape"] = _flag(state.get("escape", False), f"{where}.escape")
    if fields["escape"] and "select" not in fields:
        raise _Invalid(f'{where}.escape needs a selected point ("select") to escape from')
    overlays = state.get("overlays", list(DEFAULT_OVERLAYS))
    if not isinstance(overlays, list):
        raise _Invalid(f"{where}.overlays must be a list of {', '.join(OVERLAY_FIELDS)}")
    for index, overlay in enumerate(overlays):
        if not isinstance(overlay, str) or overlay not in OVERLAY_FIELDS:  # a list or {} is unhashable
            raise _Invalid(
                f"{where}.overlays[{index}]: unknown overlay {overlay!r} (known: {', '.join(OVERLAY_FIELDS)})"
            )
    fields["overlays"] = tuple(overlays)
    fields["atlas"] = _flag(state.get("atlas", False), f"{where}.atlas")
    if state.get("step_limit") is not None:
        fields["step_limit"] = _whole(state["step_limit"], f"{where}.step_limit", 1, MAX_STEP_LIMIT)
    runs = state.get("runs", [])
    if not isinstance(runs, list) or len(runs) > MAX_RUNS:
        raise _Invalid(f"{where}.runs must be a list of at most {MAX_RUNS} runs")
    made = [_run(run, f"{where}.runs[{i}]", i) for i, run in enumerate(runs)]
    fields["runs"] = tuple(spec for spec, _ in made)
    fields["run_labels"] = tuple(words for _, words in made)
    play = state.get("play", 0)
    if play == "end":
        fields["play"] = PLAY_TO_END
    else:
        fields["play"] = _whole(play, f'{where}.play (or "end")', 0, MAX_STEP_LIMIT)
    if fields["play"] and not fields["runs"]:
        raise _Invalid(f"{where}.play needs runs to play")
    if state.get("basins") is not None:
        fields["basins"] = _basins(state["basins"], f"{where}.basins")
    if state.get("experiment") is not None:
        path = _results_path(state["experiment"], f"{where}.experiment", folder)
        try:  # read now as the step will show it: a broken file is refused at open, naming the field
            result_from_report(_read_results(path, f"{where}.experiment"))
        except SliceError as error:
            raise _Invalid(f"{where}.experiment: {path.name}: {error}") from None
        fields["experiment"] = path
    if state.get("x_axis") is not None:
        if state["x_axis"] not in RUN_AXES:
            raise _Invalid(f"{where}.x_axis must be one of {', '.join(RUN_AXES)}, not {state['x_axis']!r}")
        preset = fields.get("preset")
        if state["x_axis"] != "step" and (preset is None or "data" not in get_preset(preset).extra):
            raise _Invalid(
                f"{where}.x_axis {state['x_axis']!r} needs a data-backed preset (a formula has only steps)"
            )
        fields["x_axis"] = state["x_axis"]
    return StepState(**fields)


def _check(value: Any, where: str) -> Check:
    check = _object(value, where, set(), {*CHECK_KINDS, "batch_size"})
    kinds = [kind for kind in CHECK_KINDS if kind in check]
    if len(kinds) != 1:
        raise _Invalid(f"{where} must have exactly one of {', '.join(repr(k) for k in CHECK_KINDS)}")
    kind = kinds[0]
    if "batch_size" in check and kind != "run":
        raise _Invalid(f'{where}.batch_size goes with a "run" check')
    if kind == "escape":
        if check["escape"] is not True:
            raise _Invalid(f"{where}.escape must be true")
        return Check("escape")
    if kind == "select":
        from critexplorer.core.analysis.classify import CLASSIFICATIONS

        value = check["select"]
        if value not in CLASSIFICATIONS:
            raise _Invalid(f"{where}.select must be one of {', '.join(CLASSIFICATIONS)}, not {value!r}")
        return Check("select", value)
    if kind == "overlay":
        if not isinstance(check["overlay"], str) or check["overlay"] not in OVERLAY_FIELDS:
            raise _Invalid(f"{where}.overlay must be one of {', '.join(OVERLAY_FIELDS)}")
        return Check("overlay", check["overlay"])
    name = check["run"]
    if name not in optimizer_names():
        raise _Invalid(f"{where}.run: unknown optimizer {name!r} (known: {', '.join(optimizer_names())})")
    size = check.get("batch_size")
    return Check(
        "run", name, None if size is None else _whole(size, f"{where}.batch_size", 1, MAX_STEP_LIMIT)
    )


def _step(value: Any, folder: Path | None) -> Step:
    """One step; its fields named from the step (state.preset, try.check.select, …)."""
    step = _object(value, "the step", {"title", "text", "state"}, {"try"})
    try_it = None
    if step.get("try") is not None:
        task = _object(step["try"], "try", {"task", "check"})
        try_it = TryIt(_words(task["task"], "try.task", MAX_TITLE * 5), _check(task["check"], "try.check"))
    return Step(
        title=_words(step["title"], "title", MAX_TITLE),
        text=_words(step["text"], "text", MAX_STEP_TEXT),
        state=_state(step["state"], "state", folder),
        try_it=try_it,
    )


def lesson_from_dict(document: Any, folder: Path | None = None, label: str = "the lesson") -> Lesson:
    """Validate a parsed lesson document; `folder` is where relative paths (experiment files) start.
    LessonError naming the lesson, the step (counted from 1, as the panel shows it) and the field."""
    where = label
    try:
        if not isinstance(document, dict) or document.get("format") != LESSON_FORMAT:
            raise _Invalid(f'it is not a critexplorer lesson (no "format": "{LESSON_FORMAT}")')
        version = document.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise _Invalid('its "version" must be a whole number of at least 1')
        if version > LESSON_VERSION:
            raise _Invalid(
                f"it was written for a newer critexplorer (lesson version {version}; this one reads "
                f"up to {LESSON_VERSION})"
            )
        _object(document, "the lesson", {"format", "version", "name", "title", "steps"})
        name = _name(document["name"], "name")
        where = f'lesson "{name}"'
        title = _words(document["title"], "title", MAX_TITLE)
        steps_value = document["steps"]
        if not isinstance(steps_value, list) or not 1 <= len(steps_value) <= MAX_STEPS:
            raise _Invalid(f"steps must be a list of 1 to {MAX_STEPS} steps")
        steps = []
        for index, step in enumerate(steps_value):
            try:
                steps.append(_step(step, folder))
            except _Invalid as error:
                raise _Invalid(f"step {index + 1}, {error}") from None
    except _Invalid as error:
        raise LessonError(f"{where}: {error}") from None
    return Lesson(name, title, tuple(steps))


def lesson_from_json(text: str, folder: Path | None = None, label: str = "the lesson") -> Lesson:
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except _Invalid as error:
        raise LessonError(f"{label}: {error}") from None
    except json.JSONDecodeError as error:
        if not text.strip():
            raise LessonError(f"{label}: it is empty") from None
        raise LessonError(
            f"{label}: it is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except (RecursionError, ValueError):
        raise LessonError(f"{label}: it is not a lesson (its JSON cannot be read)") from None
    return lesson_from_dict(document, folder, label)


def load_lesson(path: str | os.PathLike) -> Lesson:
    """A lesson file of the user's; LessonError('…: reason') naming the file, the step and the field."""
    path = Path(path)
    label = f"lesson file {path.name}"
    try:
        if not path.is_file():
            raise LessonError(f"{label}: it is not a file")
        if path.stat().st_size > MAX_LESSON_BYTES:
            raise LessonError(
                f"{label}: it is larger than {MAX_LESSON_BYTES // 1024} KB, the limit for a lesson"
            )
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise LessonError(f"{label}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise LessonError(f"{label}: it is not a text file (not UTF-8)") from None
    lesson = lesson_from_json(text, path.resolve().parent, label)
    return Lesson(lesson.name, lesson.title, lesson.steps, source=path.resolve())


def _lesson_folder():
    return resources.files("critexplorer.resources") / "lessons"


@lru_cache(maxsize=1)
def builtin_lessons() -> tuple[Lesson, ...]:
    """The lessons the package ships, in the order of their file names (01-…, 02-…)."""
    folder = Path(str(_lesson_folder()))
    lessons = []
    for path in sorted(folder.glob(f"*{LESSON_SUFFIX}")):
        lesson = lesson_from_json(path.read_text(encoding="utf-8"), folder, f"built-in lesson {path.name}")
        lessons.append(Lesson(lesson.name, lesson.title, lesson.steps, source=path, builtin=True))
    return tuple(lessons)


def builtin_lesson(name: str) -> Lesson:
    for lesson in builtin_lessons():
        if lesson.name == name:
            return lesson
    known = ", ".join(lesson.name for lesson in builtin_lessons())
    raise LessonError(f"no built-in lesson {name!r} (known: {known})")


def find_lesson(name_or_path: str) -> Lesson:
    """A built-in lesson by name, or a lesson file by path (what --lesson and sessions name)."""
    if name_or_path.endswith(LESSON_SUFFIX) or os.sep in name_or_path or "/" in name_or_path:
        return load_lesson(name_or_path)
    return builtin_lesson(name_or_path)


__all__ = [
    "LESSON_FORMAT",
    "LESSON_VERSION",
    "LessonError",
    "builtin_lesson",
    "builtin_lessons",
    "find_lesson",
    "lesson_from_dict",
    "lesson_from_json",
    "load_lesson",
    "read_results",
]
