"""Lesson files: the built-in ones read in every language; broken ones give one message naming the
lesson, the step and the field; the try-it rules pass when the task is done and only then."""

from __future__ import annotations

import copy
import json
import os

import numpy as np
import pytest

from critexplorer.cli import build_parser
from critexplorer.cli.experiment_cmd import build_spec
from critexplorer.core.i18n import LANGUAGES
from critexplorer.core.lessons.checks import Observation, check_passes
from critexplorer.core.lessons.lesson import PLAY_TO_END, Check, StepState
from critexplorer.core.limits import DEFAULT_NETWORK_TRAIN_STEPS
from critexplorer.core.networks.slices import report_point
from critexplorer.core.runs import RunSpec
from critexplorer.files.lesson_file import (
    LessonError,
    builtin_lesson,
    builtin_lessons,
    find_lesson,
    lesson_from_dict,
    lesson_from_json,
    load_lesson,
    read_results,
)

NAMES = ["critical-points", "batch-momentum", "saddles-high-dimensions", "newton-saddles"]


def test_the_four_lessons_ship_in_order_with_every_language():
    lessons = builtin_lessons()
    assert [lesson.name for lesson in lessons] == NAMES
    for lesson in lessons:
        assert lesson.builtin and lesson.source.is_file()
        for step in lesson.steps:
            for words in (step.title, step.text, *([step.try_it.task] if step.try_it else [])):
                assert set(words.by_language) == set(LANGUAGES)
                assert all(words.shown(language).strip() for language in LANGUAGES)
            # Chinese text is Chinese, not the English copied
            assert step.text.shown("zh_CN") != step.text.shown("en")
            assert step.text.shown("zh_TW") != step.text.shown("zh_CN")


def test_lecture_steps_state_what_the_lecture_shows():
    lesson = builtin_lesson("critical-points")
    first, saddle, taylor = lesson.steps[0].state, lesson.steps[1], lesson.steps[2].state
    assert first.preset == "lecture" and first.play == PLAY_TO_END
    assert first.runs[0].optimizer == "gd" and first.runs[0].start == (0.8, -0.8)
    assert saddle.state.atlas and saddle.try_it.check == Check("select", "saddle")
    assert taylor.select == (0.5, 0.9) and taylor.display()["show_taylor"] is True
    assert taylor.display()["show_curvature"] is False
    assert [s.state.preset for s in lesson.steps[-2:]] == ["quartic-bowl", "monkey-saddle"]


def test_saddle_slices_read_the_shipped_experiments():
    lesson = builtin_lesson("saddles-high-dimensions")
    plans = [step.state.slice for step in lesson.steps]
    assert all(plan is not None and plan.experiment.is_file() for plan in plans)
    assert [plan.experiment.name for plan in plans] == [DEFAULT_EXPERIMENT] * 4 + [
        "autoencoder-experiment.json"
    ]
    assert [plan.run for plan in plans] == [7, 7, 7, 11, 18]
    assert plans[1].directions == ("random:1", "random:2") and plans[2].directions == ("eig-min", "eig-max")
    assert lesson.steps[2].state.window == ((-0.35, 0.35), (-0.035, 0.035))  # where the saddle shows


DEFAULT_EXPERIMENT = "default-experiment.json"


def _shipped_default_experiment() -> dict:
    plan = builtin_lesson("saddles-high-dimensions").steps[0].state.slice
    return read_results(plan.experiment)


def test_lesson_3s_experiment_is_the_commands_defaults_and_shows_what_the_text_says():
    report = _shipped_default_experiment()
    args = build_parser().parse_args(["experiment", "--runs", "50"])
    spec = build_spec(args)  # `critexplorer experiment --runs 50 --out …` with nothing else
    assert report["network"]["layers"] == list(spec.network.layers) == [1, 4, 1]
    assert report["network"]["activation"] == "tanh" and report["data"]["name"] == "regression"
    assert report["runs_requested"] == 50 and report["seed"] == 0
    assert report["settings"]["train_steps"] == spec.settings.train_steps == DEFAULT_NETWORK_TRAIN_STEPS
    runs = report["runs"]
    critical = [r for r in runs if r["critical"]]
    saddles = [r for r in critical if r["negative"]]
    (minimum,) = [r for r in critical if not r["negative"]]
    assert len(runs) == 50 and len(critical) == 21 and len(saddles) == 20  # 95 % saddles
    assert sorted({round(r["minimum_ratio"], 2) for r in saddles}) == [0.46, 0.54]
    assert max(r["minimum_ratio"] for r in critical) == 10 / 13  # no critical point reaches 1
    assert all(r["loss"] == pytest.approx(0.0244, abs=5e-5) for r in saddles)
    assert minimum["run"] == 11 and minimum["loss"] < 1e-8 and minimum["minimum_ratio"] == 10 / 13
    assert (minimum["zero"], minimum["nonzero_minimum_ratio"]) == (3, 1.0)
    saddle = next(r for r in runs if r["run"] == 7)
    assert (saddle["positive"], saddle["negative"], saddle["zero"]) == (6, 2, 5)
    assert saddle["nonzero_minimum_ratio"] == 0.75


def test_lesson_3s_runs_come_back_from_their_seeds():
    """A teacher running the command gets the same runs: the first 12 seeds, run again, give runs 7
    (a saddle) and 11 (the minimum) back."""
    from critexplorer.core.networks.experiment import run_experiment

    report = _shipped_default_experiment()
    spec = build_spec(build_parser().parse_args(["experiment", "--runs", "12"]))
    again = {r["run"]: r for r in run_experiment(spec, jobs=1).to_dict()["runs"]}
    for saved in report["runs"][:12]:
        run = again[saved["run"]]
        assert run["critical"] == saved["critical"] and run["negative"] == saved["negative"]
        assert run["loss"] == pytest.approx(saved["loss"], rel=1e-6, abs=1e-12)


def test_lesson_3s_slices_are_what_the_text_says():
    from critexplorer.core.analysis.classify import analyze_point
    from critexplorer.core.networks.slices import slice_from_report

    report = _shipped_default_experiment()
    bowl = analyze_point(slice_from_report(report, 7, ["random:1", "random:2"]).loss, (0.0, 0.0))
    assert bowl.classification == "minimum" and np.allclose(bowl.eigenvalues, (1.90, 2.44), atol=0.005)
    along = slice_from_report(report, 7, ["eig-min", "eig-max"])
    saddle = analyze_point(along.loss, (0.0, 0.0))
    assert saddle.classification == "saddle" and np.allclose(saddle.eigenvalues, (-0.056, 3.01), atol=0.005)
    centre = float(along.loss.value(0.0, 0.0))
    dips = [float(along.loss.value(a, 0.0)) - centre for a in (-0.21, 0.21)]
    assert all(-0.00065 < dip < -0.00055 for dip in dips)  # falls by 0.0006 at a = ±0.21 …
    assert all(float(along.loss.value(a, 0.0)) > centre for a in (-0.31, 0.31))  # … rises past ±0.30
    assert float(along.loss.value(0.0, 0.035)) > centre
    corners = [float(along.loss.value(a, 0.035)) - centre for a in (-0.35, 0.35)]
    assert all(-0.0023 < low < -0.0021 for low in corners)  # off the axes it falls further
    network, data, theta = report_point(report, 7)
    (W_in, _), (W_out, _) = network.split(theta)
    idle = (np.abs(W_in[0]) < 1e-6) & (np.abs(W_out[:, 0]) < 1e-6)
    assert idle.tolist() == [False, True, True, False]  # two hidden units do nothing …
    assert (
        W_in[0, 0] == pytest.approx(W_in[0, 3], abs=1e-3) and abs(W_out[0, 0]) < 1e-3
    )  # … a third copies the 4th
    valley = slice_from_report(report, 11, ["eig-min", "eig-max"])
    flat = analyze_point(valley.loss, (0.0, 0.0))
    assert flat.classification == "minimum" and flat.degenerate
    assert flat.eigenvalues[1] == pytest.approx(9.27, abs=0.005)
    rises = [float(valley.loss.value(a, 0.0)) for a in (-1.33, 1.33)]
    assert 0.0024 < min(rises) and max(rises) < 0.0061  # where ½·9.27·1.33² ≈ 8


def test_newton_lesson_maps_newton_against_saddle_free_newton():
    plan = builtin_lesson("newton-saddles").steps[-1].state.basins
    assert plan.spec.optimizer == "newton" and plan.compare == "saddle-free-newton"
    assert plan.grid == 48 and plan.spec.max_steps == 100


def _words() -> dict:
    return {"en": "Saddle", "zh_CN": "鞍点", "zh_TW": "鞍點"}


def _minimal() -> dict:
    words = _words
    return {
        "format": "critexplorer-lesson",
        "version": 1,
        "name": "mine",
        "title": words(),
        "steps": [
            {"title": words(), "text": words(), "state": {"preset": "saddle", "select": [0, 0]}},
            {"title": words(), "text": words(), "state": {"formula": "x^2 + a*y^2", "params": {"a": 2}}},
        ],
    }


def test_a_minimal_lesson_reads_with_defaults():
    lesson = lesson_from_dict(_minimal())
    assert lesson.name == "mine" and len(lesson.steps) == 2
    state = lesson.steps[1].state
    assert state.formula == "x^2 + a*y^2" and state.params == {"a": 2.0} and state.vars == ("x", "y")
    assert state.overlays == ("arrows",) and not state.atlas and state.runs == () and state.play == 0


def _broken(change) -> str:
    document = copy.deepcopy(_minimal())
    change(document)
    with pytest.raises(LessonError) as caught:
        lesson_from_dict(document)
    return str(caught.value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["steps"][0]["state"].update(preset="bowll"),
            "lesson \"mine\": step 1, state.preset 'bowll' is not a preset of this critexplorer",
        ),
        (lambda d: d["steps"][0]["text"].pop("zh_TW"), "lesson \"mine\": step 1, text is missing 'zh_TW'"),
        (lambda d: d["steps"][0]["title"].update(zh_CN="  "), 'lesson "mine": step 1, title.zh_CN is empty'),
        (lambda d: d["steps"][1].pop("state"), "lesson \"mine\": step 2, the step is missing 'state'"),
        (
            lambda d: d["steps"][0]["state"].update(overlays=["taylr"]),
            "step 1, state.overlays[0] is 'taylr'; it must be one of arrows,",
        ),
        (  # unhashable: a TypeError inside the check before
            lambda d: d["steps"][0]["state"].update(overlays=[["taylor"]]),
            "step 1, state.overlays[0] is a list; it must be one of",
        ),
        (
            lambda d: d["steps"][0].update({"try": {"task": d["title"], "check": {"overlay": {}}}}),
            "step 1, try.check.overlay is an object; it must be one of",
        ),
        (
            lambda d: d["steps"][0]["state"].update(runs=[{"optimizer": "adamw", "start": [0, 0]}]),
            "step 1, state.runs[0].optimizer",
        ),
        (
            lambda d: d["steps"][0]["state"].update(
                runs=[{"optimizer": "gd", "start": [0, 0], "hyperparameters": {"lr": -1}}]
            ),
            "step 1, state.runs[0].hyperparameters",
        ),
        (lambda d: d["steps"][1]["state"].update(formula="x^2 +"), "step 2, state.formula cannot be used"),
        (
            lambda d: d["steps"][0]["state"].update(window={"xlim": [1, 0], "ylim": [0, 1]}),
            "step 1, state.window.xlim",
        ),
        (
            lambda d: d["steps"][0]["state"].update(formula="x"),
            'step 1, state must give exactly one of "preset", "formula"',
        ),
        (
            lambda d: d["steps"][0].update({"try": {"task": d["title"], "check": {"select": "sadle"}}}),
            "step 1, try.check.select is 'sadle'; it must be one of",
        ),
        (
            lambda d: d["steps"][0].update(
                state={"slice": {"experiment": "none.json", "run": 0, "directions": ["eig-min", "eig-max"]}}
            ),
            "step 1, state.slice.experiment: cannot read none.json",
        ),
        (lambda d: d["steps"][0]["state"].update(play=10), "step 1, state.play needs runs to play"),
        (lambda d: d.update(steps=[]), 'lesson "mine": steps must be a list of 1 to'),
        (
            lambda d: d["steps"][0]["state"].update(
                runs=[{"optimizer": "gd", "start": [0, 0], "label": {"en": "GD"}}]
            ),
            "step 1, state.runs[0].label is missing 'zh_CN', 'zh_TW'",
        ),
        (
            lambda d: d["steps"][1]["state"].update(x_axis="epoch"),
            "step 2, state.x_axis 'epoch' needs a data-backed preset",
        ),
        (
            lambda d: d["steps"][0]["state"].update(x_axis="epochs"),
            "step 1, state.x_axis is 'epochs'; it must be one of step, epoch, samples",
        ),
        (lambda d: d.update(format="critexplorer-session"), "the lesson: it is not a critexplorer lesson"),
    ],
)
def test_a_broken_lesson_names_the_lesson_the_step_and_the_field(change, expected):
    assert expected in _broken(change)


def test_bad_json_and_missing_files_are_one_line(tmp_path):
    with pytest.raises(LessonError, match=r"lesson file bad.json: it is not valid JSON: .*line 1, column"):
        path = tmp_path / "bad.json"
        path.write_text('{"format": ', encoding="utf-8")
        load_lesson(path)
    with pytest.raises(LessonError, match="lesson file gone.json: it is not a file"):
        load_lesson(tmp_path / "gone.json")
    with pytest.raises(LessonError, match="it is empty"):
        lesson_from_json("  ")
    with pytest.raises(LessonError, match="no built-in lesson 'nope' \\(known: critical-points"):
        find_lesson("nope")


def test_an_experiment_without_runs_is_refused_when_the_lesson_is_read(tmp_path):
    (tmp_path / "empty.json").write_text(json.dumps({"network": {}, "runs": []}), encoding="utf-8")
    document = _minimal()
    document["steps"][0]["state"] = {"preset": "lecture", "experiment": "empty.json"}
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(LessonError, match=r"step 1, state.experiment: the results hold no runs$"):
        load_lesson(path)
    (tmp_path / "empty.json").write_text(json.dumps({"runs": [{"run": 0}]}), encoding="utf-8")
    with pytest.raises(LessonError, match=r"state.experiment: not an experiment's results \(no 'network'\)"):
        load_lesson(path)


def test_a_users_lesson_finds_its_experiment_beside_it(tmp_path):
    shipped = builtin_lesson("saddles-high-dimensions").steps[0].state.slice.experiment
    (tmp_path / "results.json").write_bytes(shipped.read_bytes())
    document = _minimal()
    document["steps"][0]["state"] = {
        "slice": {"experiment": "results.json", "run": 0, "directions": ["eig-min", "eig:3"]}
    }
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    lesson = find_lesson(str(path))
    assert lesson.source == path.resolve() and not lesson.builtin
    assert lesson.steps[0].state.slice.experiment == tmp_path.resolve() / "results.json"
    document["steps"][0]["state"]["slice"]["directions"] = ["eig-min", "eig:99"]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(LessonError, match=r"step 1, state.slice: eig:99: the network has 13 eigenvalues"):
        load_lesson(path)


def test_a_broken_experiment_file_is_refused_when_the_lesson_opens(tmp_path):
    shipped = json.loads(
        builtin_lesson("saddles-high-dimensions").steps[0].state.slice.experiment.read_text()
    )
    document = _minimal()
    document["steps"][0]["state"] = {"preset": "lecture", "experiment": "results.json"}
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    results = tmp_path / "results.json"
    for broken, words in [
        ({**shipped, "runs_requested": 10**30}, "runs_requested must be 1 to 100000"),
        ({**shipped, "seed": float("inf")}, "results.json: it contains Infinity"),
        ({**shipped, "runs": [{**shipped["runs"][0], "eigenvalues": [0]}]}, "do not fit the 1-4-1"),
        ("[" * 100000, "is not an experiment's results"),  # nested too deep for json
    ]:
        results.write_text(broken if isinstance(broken, str) else json.dumps(broken))
        with pytest.raises(LessonError, match=f"step 1, state.experiment: .*{words}"):
            load_lesson(path)
    results.unlink()
    os.mkfifo(results)  # opening it to read would wait for a writer forever
    with pytest.raises(LessonError, match="cannot read results.json: it is not a regular file"):
        load_lesson(path)
    results.unlink()
    results.write_text(json.dumps(shipped))
    assert load_lesson(path).steps[0].state.experiment == results.resolve()


STATE = StepState(preset="lecture", runs=(RunSpec("gd", (0.0, 0.0)),))


def test_select_and_escape_checks():
    assert check_passes(Check("select", "saddle"), Observation(classification="saddle"), STATE)
    assert not check_passes(Check("select", "saddle"), Observation(classification="minimum"), STATE)
    assert not check_passes(Check("select", "saddle"), Observation(), STATE)
    assert check_passes(Check("escape"), Observation(escape_drop=0.01), STATE)
    assert not check_passes(Check("escape"), Observation(escape_drop=-0.01), STATE)
    assert not check_passes(Check("escape"), Observation(), STATE)


def test_run_checks_want_a_run_beyond_the_steps_own():
    own = Observation(runs=(("gd", None),))
    assert not check_passes(Check("run", "gd"), own, STATE)  # the step added that one
    assert check_passes(Check("run", "gd"), Observation(runs=(("gd", None), ("gd", None))), STATE)
    assert not check_passes(Check("run", "sgd", 2), Observation(runs=(("sgd", 4),)), STATE)
    assert check_passes(Check("run", "sgd", 2), Observation(runs=(("sgd", 4), ("sgd", 2))), STATE)


def test_overlay_checks():
    assert check_passes(Check("overlay", "curvature"), Observation(display={"show_curvature": True}), STATE)
    assert not check_passes(
        Check("overlay", "curvature"), Observation(display={"show_curvature": False}), STATE
    )
    both = {"surface_log": True, "contour_log": False}
    assert not check_passes(Check("overlay", "log"), Observation(display=both), STATE)


# The lecture's terms, with the English beside the Chinese where each lesson first uses them (glossary.json).
FIRST_USE = {
    "zh_CN": [
        ("临界点", "critical point"),
        ("鞍点", "saddle point"),
        ("海森矩阵", "Hessian"),
        ("梯度", "gradient"),
        ("特征值", "eigenvalue"),
        ("学习率", "learning rate"),
    ],
    "zh_TW": [
        ("臨界點", "critical point"),
        ("鞍點", "saddle point"),
        ("海森矩陣", "Hessian"),
        ("梯度", "gradient"),
        ("特徵值", "eigenvalue"),
        ("學習率", "learning rate"),
    ],
}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_lecture_terms_have_the_english_beside_them_on_first_use(language):
    for lesson in builtin_lessons():
        text = "\n".join(
            step.text.shown(language) + "\n" + (step.try_it.task.shown(language) if step.try_it else "")
            for step in lesson.steps
        ).replace("**", "")
        for chinese, english in FIRST_USE[language]:
            at = text.find(chinese)
            if at >= 0:
                after = text[at + len(chinese) : at + len(chinese) + 40].lower()
                assert after.startswith(("（", "下降（")) and english.lower() in after, (lesson.name, chinese)


def test_traditional_lessons_are_written_in_traditional_characters():
    simplified = set("点这约动减阶检验项类则导处适语随统图标滚选设")
    for lesson in builtin_lessons():
        for step in lesson.steps:
            assert not set(step.text.shown("zh_TW") + step.title.shown("zh_TW")) & simplified, lesson.name
