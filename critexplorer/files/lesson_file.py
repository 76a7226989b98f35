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
from critexplorer.core.i18n import LANGUAGES, translate
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
from critexplorer.core.os_reason import os_reason
from critexplorer.core.presets import PresetError, get_preset
from critexplorer.core.run_axis import RUN_AXES
from critexplorer.core.runs import RunSpec

# The field readers sessions use: one definition of what a number, a pair, a name or a schedule is,
# and of the sentence each says when it is wrong.
from critexplorer.files.fields import (
    Invalid,
    formula_words,
    json_error_words,
    read_choice,
    read_flag,
    read_name,
    read_name_pair,
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
from critexplorer.files.regular_file import read_regular_file
from critexplorer.files.session import MAX_RUNS

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
    words = read_object(value, where, set(LANGUAGES))
    texts = {}
    for language in LANGUAGES:
        text = read_text(words[language], f"{where}.{language}", limit).strip()
        if not text:
            raise Invalid(translate("Lesson", "{where} is empty").format(where=f"{where}.{language}"))
        texts[language] = text
    return Words(texts)


def _window(value: Any, where: str):
    window = read_object(value, where, {"xlim", "ylim"})
    ranges = []
    for axis in ("xlim", "ylim"):
        low, high = read_pair(window[axis], f"{where}.{axis}")
        try:
            ranges.append(check_axis_range(low, high, f"{where}.{axis}"))
        except WindowError as error:
            raise Invalid(str(error)) from None
    return tuple(ranges)


def _run(value: Any, where: str, index: int) -> tuple[RunSpec, Words | None]:
    """A run's spec, and its label in every language when the lesson gives one as {"en", "zh_CN", "zh_TW"}."""
    run = read_object(value, where, {"optimizer", "start"}, _RUN_FIELDS)
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
            optimizer=read_name(run["optimizer"], f"{where}.optimizer"),
            start=read_pair(run["start"], f"{where}.start"),
            hyperparams=read_numbers(run.get("hyperparameters", {}), f"{where}.hyperparameters"),
            schedule=read_schedule(run.get("schedule", {"name": "constant"}), f"{where}.schedule"),
            batch_size=None
            if batch_size is None
            else read_whole(batch_size, f"{where}.batch_size", 1, MAX_STEP_LIMIT),
            seed=read_whole(run.get("seed", 0), f"{where}.seed", 0, 2**31 - 1),
            color=read_text(run.get("color", palette_color(index)), f"{where}.color", 9),
            label=read_text(label, f"{where}.label", MAX_TITLE),
        )
    except OptimizerError as error:  # the message starts with the field's name
        raise Invalid(f"{where}.{error}") from None


def _basins(value: Any, where: str) -> BasinPlan:
    basins = read_object(value, where, {"optimizer", "grid"}, _BASIN_FIELDS)
    grid = read_whole(basins["grid"], f"{where}.grid", MIN_BASIN_GRID, MAX_BASIN_GRID)
    compare = basins.get("compare")
    if compare is not None and read_name(compare, f"{where}.compare") not in optimizer_names():
        raise Invalid(unknown_optimizer(f"{where}.compare", compare, optimizer_names()))
    batch_size = basins.get("batch_size")
    try:
        spec = RunSpec(
            optimizer=read_name(basins["optimizer"], f"{where}.optimizer"),
            start=(0.0, 0.0),
            hyperparams=read_numbers(basins.get("hyperparameters", {}), f"{where}.hyperparameters"),
            schedule=read_schedule(basins.get("schedule", {"name": "constant"}), f"{where}.schedule"),
            max_steps=read_whole(
                basins.get("steps", DEFAULT_BASIN_STEPS), f"{where}.steps", 1, MAX_STEP_LIMIT
            ),
            batch_size=None
            if batch_size is None
            else read_whole(batch_size, f"{where}.batch_size", 1, MAX_STEP_LIMIT),
            seed=read_whole(basins.get("seed", 0), f"{where}.seed", 0, 2**31 - 1),
        )
    except OptimizerError as error:
        raise Invalid(f"{where}.{error}") from None
    return BasinPlan(spec, grid, compare)


def _results_path(value: Any, where: str, folder: Path | None) -> Path:
    """An experiment's results file, relative to the lesson's folder; read and checked here."""
    name = read_text(value, where, 500)
    path = Path(name) if folder is None else folder / name
    _read_results(path, where)
    return path


@lru_cache(maxsize=8)
def _cached_results(path: str, mtime: float) -> dict:
    data = read_regular_file(path, MAX_RESULTS_BYTES)
    return json.loads(data.decode("utf-8"), parse_constant=reject_constant)


def read_results(path: Path) -> dict:
    """An opened lesson's results file read again for its step; LessonError when it can no longer be
    read (changed or removed since the lesson was opened and checked)."""
    try:
        return _read_results(path)
    except Invalid as error:
        raise LessonError(str(error)) from None


def _read_results(path: Path, where: str = "experiment") -> dict:
    """The JSON of an experiment's results file (what `critexplorer experiment --out` writes)."""
    try:
        report = _cached_results(str(path), os.stat(path).st_mtime)
    except OSError as error:
        raise Invalid(
            translate("Lesson", "{where}: cannot read {name}: {reason}").format(
                where=where, name=path.name, reason=os_reason(error)
            )
        ) from None
    except Invalid as error:  # NaN or Infinity
        raise Invalid(f"{where}: {path.name}: {error}") from None
    except (ValueError, UnicodeDecodeError, RecursionError) as error:  # JSONDecodeError is a ValueError
        raise Invalid(
            translate("Lesson", "{where}: {name} is not an experiment's results: {reason}").format(
                where=where, name=path.name, reason=error
            )
        ) from None
    if not isinstance(report, dict):
        raise Invalid(
            translate("Lesson", "{where}: {name} is not an experiment's results").format(
                where=where, name=path.name
            )
        )
    return report


def _experiment(value: Any, where: str, folder: Path | None) -> Path:
    """An experiment's results the Networks window shows: read back whole here, so a step never fails
    when it is shown."""
    path = _results_path(value, where, folder)
    try:
        result_from_report(_read_results(path, where))
    except SliceError as error:
        raise Invalid(_named(where, error)) from None
    return path


def _slice(value: Any, where: str, folder: Path | None) -> SlicePlan:
    plan = read_object(value, where, {"experiment", "run", "directions"})
    path = _results_path(plan["experiment"], f"{where}.experiment", folder)
    run = read_whole(plan["run"], f"{where}.run", 0, 10**9)
    directions = plan["directions"]
    if not isinstance(directions, list) or len(directions) != 2:
        raise Invalid(
            translate(
                "Lesson", '{where} must be a list of two directions, like ["eig-min", "eig-max"]'
            ).format(where=f"{where}.directions")
        )
    try:
        network, _, _ = report_point(_read_results(path, f"{where}.experiment"), run)
        names = tuple(
            check_direction(read_text(d, f"{where}.directions[{i}]", 40), network.parameters)
            for i, d in enumerate(directions)
        )
    except SliceError as error:
        raise Invalid(_named(where, error)) from None
    return SlicePlan(path, run, names)


def _loss_fields(state: dict, where: str, folder: Path | None) -> dict:
    """preset, formula (with vars and params) or slice: exactly one of them."""
    given = [key for key in ("preset", "formula", "slice") if state.get(key) is not None]
    if len(given) != 1:
        raise Invalid(
            translate("Lesson", '{where} must give exactly one of "preset", "formula" and "slice"').format(
                where=where
            )
        )
    if given[0] != "formula" and ("vars" in state or "params" in state):
        raise Invalid(
            translate("Lesson", "{vars} and {params} go with a formula").format(
                vars=f"{where}.vars", params=f"{where}.params"
            )
        )
    if given[0] == "preset":
        name = read_text(state["preset"], f"{where}.preset", 200)
        try:
            return {"preset": get_preset(name).name}
        except PresetError:
            raise Invalid(
                translate("Lesson", "{where} {name} is not a preset of this critexplorer").format(
                    where=f"{where}.preset", name=repr(name)
                )
            ) from None
    if given[0] == "slice":
        return {"slice": _slice(state["slice"], f"{where}.slice", folder)}
    formula = read_text(state["formula"], f"{where}.formula")
    vars_value = state.get("vars")
    variables = None if vars_value is None else read_name_pair(vars_value, f"{where}.vars")
    params = read_numbers(state.get("params", {}), f"{where}.params")
    try:
        loss = parse_formula(formula, vars=variables, params=params)
    except FormulaError as error:
        raise Invalid(
            translate("Lesson", "{where} cannot be used: {reason}").format(
                where=f"{where}.formula", reason=formula_words(error)
            )
        ) from None
    return {"formula": formula, "vars": tuple(loss.vars), "params": params}


def _state(value: Any, where: str, folder: Path | None) -> StepState:
    state = read_object(value, where, set(), _STATE_FIELDS)
    fields = _loss_fields(state, where, folder)
    if "window" in state:
        fields["window"] = _window(state["window"], f"{where}.window")
    if state.get("select") is not None:
        fields["select"] = read_pair(state["select"], f"{where}.select")
    fields["escape"] = read_flag(state.get("escape", False), f"{where}.escape")
    if fields["escape"] and "select" not in fields:
        raise Invalid(
            translate("Lesson", '{where} needs a selected point ("select") to escape from').format(
                where=f"{where}.escape"
            )
        )
    overlays = state.get("overlays", list(DEFAULT_OVERLAYS))
    if not isinstance(overlays, list):
        raise Invalid(
            translate("Lesson", "{where} must be a list of {names}").format(
                where=f"{where}.overlays", names=", ".join(OVERLAY_FIELDS)
            )
        )
    for index, overlay in enumerate(overlays):
        read_choice(overlay, f"{where}.overlays[{index}]", OVERLAY_FIELDS)
    fields["overlays"] = tuple(overlays)
    fields["atlas"] = read_flag(state.get("atlas", False), f"{where}.atlas")
    if state.get("step_limit") is not None:
        fields["step_limit"] = read_whole(state["step_limit"], f"{where}.step_limit", 1, MAX_STEP_LIMIT)
    runs = state.get("runs", [])
    if not isinstance(runs, list) or len(runs) > MAX_RUNS:
        raise Invalid(
            translate("Lesson", "{where} must be a list of at most {limit} runs").format(
                where=f"{where}.runs", limit=MAX_RUNS
            )
        )
    made = [_run(run, f"{where}.runs[{i}]", i) for i, run in enumerate(runs)]
    fields["runs"] = tuple(spec for spec, _ in made)
    fields["run_labels"] = tuple(words for _, words in made)
    play = state.get("play", 0)
    if play == "end":
        fields["play"] = PLAY_TO_END
    else:
        if isinstance(play, bool) or not isinstance(play, int) or not 0 <= play <= MAX_STEP_LIMIT:
            raise Invalid(
                translate("Lesson", '{where} must be a whole number from {low} to {high}, or "end"').format(
                    where=f"{where}.play", low=0, high=MAX_STEP_LIMIT
                )
            )
        fields["play"] = play
    if fields["play"] and not fields["runs"]:
        raise Invalid(translate("Lesson", "{where} needs runs to play").format(where=f"{where}.play"))
    if state.get("basins") is not None:
        fields["basins"] = _basins(state["basins"], f"{where}.basins")
    if state.get("experiment") is not None:
        fields["experiment"] = _experiment(state["experiment"], f"{where}.experiment", folder)
    if state.get("x_axis") is not None:
        read_choice(state["x_axis"], f"{where}.x_axis", RUN_AXES)
        preset = fields.get("preset")
        if state["x_axis"] != "step" and (preset is None or "data" not in get_preset(preset).extra):
            raise Invalid(
                translate(
                    "Lesson", "{where} {axis} needs a data-backed preset (a formula has only steps)"
                ).format(where=f"{where}.x_axis", axis=repr(state["x_axis"]))
            )
        fields["x_axis"] = state["x_axis"]
    return StepState(**fields)


def _check(value: Any, where: str) -> Check:
    check = read_object(value, where, set(), {*CHECK_KINDS, "batch_size"})
    kinds = [kind for kind in CHECK_KINDS if kind in check]
    if len(kinds) != 1:
        raise Invalid(
            translate("Lesson", "{where} must have exactly one of {names}").format(
                where=where, names=", ".join(repr(k) for k in CHECK_KINDS)
            )
        )
    kind = kinds[0]
    if "batch_size" in check and kind != "run":
        raise Invalid(
            translate("Lesson", '{where} goes with a "run" check').format(where=f"{where}.batch_size")
        )
    if kind == "escape":
        if check["escape"] is not True:
            raise Invalid(translate("Lesson", "{where} must be true").format(where=f"{where}.escape"))
        return Check("escape")
    if kind == "select":
        from critexplorer.core.analysis.classify import CLASSIFICATIONS

        return Check("select", read_choice(check["select"], f"{where}.select", CLASSIFICATIONS))
    if kind == "overlay":
        return Check("overlay", read_choice(check["overlay"], f"{where}.overlay", OVERLAY_FIELDS))
    name = check["run"]
    if name not in optimizer_names():
        raise Invalid(unknown_optimizer(f"{where}.run", name, optimizer_names()))
    size = check.get("batch_size")
    return Check(
        "run", name, None if size is None else read_whole(size, f"{where}.batch_size", 1, MAX_STEP_LIMIT)
    )


def _step(value: Any, folder: Path | None) -> Step:
    """One step; its fields named from the step (state.preset, try.check.select, …)."""
    step = read_object(value, translate("Lesson", "the step"), {"title", "text", "state"}, {"try"})
    try_it = None
    if step.get("try") is not None:
        task = read_object(step["try"], "try", {"task", "check"})
        try_it = TryIt(_words(task["task"], "try.task", MAX_TITLE * 5), _check(task["check"], "try.check"))
    return Step(
        title=_words(step["title"], "title", MAX_TITLE),
        text=_words(step["text"], "text", MAX_STEP_TEXT),
        state=_state(step["state"], "state", folder),
        try_it=try_it,
    )


def lesson_from_dict(document: Any, folder: Path | None = None, label: str | None = None) -> Lesson:
    """Validate a parsed lesson document; `folder` is where relative paths (experiment files) start.
    LessonError naming the lesson, the step (counted from 1, as the panel shows it) and the field."""
    where = label or translate("Lesson", "the lesson")
    try:
        if not isinstance(document, dict) or document.get("format") != LESSON_FORMAT:
            raise Invalid(
                translate("Lesson", "it is not a critexplorer lesson (no {field})").format(
                    field=f'"format": "{LESSON_FORMAT}"'
                )
            )
        version = read_version(document)
        if version > LESSON_VERSION:
            raise Invalid(
                translate(
                    "Lesson",
                    "it was written for a newer critexplorer (lesson version {version}; this one reads "
                    "up to {newest})",
                ).format(version=version, newest=LESSON_VERSION)
            )
        read_object(
            document, translate("Lesson", "the lesson"), {"format", "version", "name", "title", "steps"}
        )
        name = read_name(document["name"], "name")
        where = translate("Lesson", 'lesson "{name}"').format(name=name)
        title = _words(document["title"], "title", MAX_TITLE)
        steps_value = document["steps"]
        if not isinstance(steps_value, list) or not 1 <= len(steps_value) <= MAX_STEPS:
            raise Invalid(
                translate("Lesson", "{where} must be a list of 1 to {limit} steps").format(
                    where="steps", limit=MAX_STEPS
                )
            )
        steps = []
        for index, step in enumerate(steps_value):
            try:
                steps.append(_step(step, folder))
            except Invalid as error:
                raise Invalid(
                    translate("Lesson", "step {number}, {reason}").format(number=index + 1, reason=error)
                ) from None
    except Invalid as error:
        raise LessonError(_named(where, error)) from None
    return Lesson(name, title, tuple(steps))


def _named(label: str, reason: Any) -> str:
    """A lesson's (or its file's) name and what is wrong with it."""
    return translate("Lesson", "{label}: {reason}").format(label=label, reason=reason)


def lesson_from_json(text: str, folder: Path | None = None, label: str | None = None) -> Lesson:
    label = label or translate("Lesson", "the lesson")
    try:
        document = json.loads(text, parse_constant=reject_constant)
    except Invalid as error:
        raise LessonError(_named(label, error)) from None
    except json.JSONDecodeError as error:
        raise LessonError(_named(label, json_error_words(text, error))) from None
    except (RecursionError, ValueError):
        raise LessonError(
            _named(label, translate("Lesson", "it is not a lesson (its JSON cannot be read)"))
        ) from None
    return lesson_from_dict(document, folder, label)


def load_lesson(path: str | os.PathLike) -> Lesson:
    """A lesson file of the user's; LessonError('…: reason') naming the file, the step and the field."""
    path = Path(path)
    label = translate("Lesson", "lesson file {name}").format(name=path.name)
    try:
        if not path.is_file():
            raise LessonError(_named(label, translate("Lesson", "it is not a file")))
        if path.stat().st_size > MAX_LESSON_BYTES:
            raise LessonError(
                _named(
                    label,
                    translate("Lesson", "it is larger than {kilobytes} KB, the limit for a lesson").format(
                        kilobytes=MAX_LESSON_BYTES // 1024
                    ),
                )
            )
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise LessonError(_named(label, os_reason(error))) from None
    except UnicodeDecodeError:
        raise LessonError(_named(label, translate("Lesson", "it is not a text file (not UTF-8)"))) from None
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
        label = translate("Lesson", "built-in lesson {name}").format(name=path.name)
        lesson = lesson_from_json(path.read_text(encoding="utf-8"), folder, label)
        lessons.append(Lesson(lesson.name, lesson.title, lesson.steps, source=path, builtin=True))
    return tuple(lessons)


def builtin_lesson(name: str) -> Lesson:
    for lesson in builtin_lessons():
        if lesson.name == name:
            return lesson
    known = ", ".join(lesson.name for lesson in builtin_lessons())
    raise LessonError(
        translate("Lesson", "no built-in lesson {name} (known: {known})").format(name=repr(name), known=known)
    )


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
