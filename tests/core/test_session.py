"""Sessions: save + reload gives the same document; corrupted and foreign files are rejected, nothing lost."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import numpy as np
import pytest

from critexplorer.core.data import data_loss_for_preset
from critexplorer.core.limits import DEFAULT_RESOLUTION, DEFAULT_WINDOW_STEP_LIMIT
from critexplorer.core.optimizers.registry import optimizer_names
from critexplorer.core.optimizers.schedules import Schedule
from critexplorer.core.presets import get_preset
from critexplorer.core.runs import Run, RunSpec
from critexplorer.files.atomic_write import write_atomically
from critexplorer.files.session import (
    SESSION_VERSION,
    Camera,
    Session,
    SessionError,
    load_session,
    save_session,
    session_from_dict,
    session_from_json,
    session_runs,
    with_suffix,
)

CORPUS = Path(__file__).resolve().parents[1] / "data" / "sessions"
BAD_FILES = sorted(p for p in CORPUS.glob("*.critx") if not p.name.startswith("valid"))


def full_session() -> Session:
    return Session(
        formula="(1 - w1*w2)^2 + a*w1^2",
        vars=("w1", "w2"),
        params={"a": 0.05},
        xlim=(-2.5, 2.5),
        ylim=(-1.25, 3.0),
        resolution=160,
        preset="lecture",
        selection=(0.1 + 0.2, -1 / 3),  # floats that do not print short, to check exact round trips
        runs=[
            (
                RunSpec("gd", (0.1, 0.2), {"lr": 0.1}, color="#1f77b4", label="GD lr=0.1"),
                np.array([(0.1, 0.2), (0.123456789012345, 0.2000000000000001), (1.0, 1.0)]),
            ),
            (
                RunSpec(
                    "adam",
                    (-1.0, 2.0),
                    {"lr": 0.01, "beta1": 0.9},
                    Schedule.make("cosine", {"period": 40}),
                    max_steps=40,
                    batch_size=3,
                    seed=7,
                    color="#ff7f0e",
                ),
                np.array([(-1.0, 2.0), (math.inf, math.nan)]),
            ),
        ],
        camera=Camera(distance=7.5, elevation=28.0, azimuth=-135.0, fov=45.0, center=(0.0, 0.5, 1.25)),
        display={"contour_log": True, "contour_count": 24, "z_scale": 0.75, "show_critical": False},
    )


def test_save_and_reload_gives_the_same_document(tmp_path):
    session = full_session()
    path = tmp_path / "lecture.critx"
    save_session(session, path)
    again = load_session(path)
    assert again.to_dict() == session.to_dict()
    assert again.selection == (0.1 + 0.2, -1 / 3)
    assert tuple(again.runs[0][1][1]) == (0.123456789012345, 0.2000000000000001)
    assert [spec for spec, _ in again.runs] == [spec for spec, _ in session.runs]
    # A diverged coordinate is stored as null and comes back non-finite.
    assert all(not math.isfinite(c) for c in again.runs[1][1][1])
    assert again.camera == session.camera
    # The second save writes byte-identical text.
    save_session(again, tmp_path / "again.critx")
    assert (tmp_path / "again.critx").read_text() == path.read_text()


def test_saved_file_is_versioned_json_with_compact_trails(tmp_path):
    path = tmp_path / "s.critx"
    save_session(full_session(), path)
    text = path.read_text()
    document = json.loads(text)
    assert document["format"] == "critexplorer-session"
    assert document["version"] == SESSION_VERSION
    assert document["runs"][1]["trail"] == [[-1.0, 2.0], [None, None]]
    assert '"trail": [[0.1,0.2],' in text  # one line per trail, not one line per number


def test_minimal_document_gets_defaults():
    session = session_from_dict(
        {
            "format": "critexplorer-session",
            "version": 1,
            "formula": "x^2 + y^2",
            "window": {"xlim": [-1, 1], "ylim": [-3, 3]},
        }
    )
    assert session.vars == ("x", "y")
    assert session.resolution == DEFAULT_RESOLUTION  # the window's default, defined once
    assert session.runs == [] and session.camera is None and session.selection is None


def test_corpus_is_big_enough():
    assert len(BAD_FILES) >= 25


@pytest.mark.parametrize("path", BAD_FILES, ids=lambda p: p.stem)
def test_bad_file_is_rejected_and_nothing_is_lost(path, tmp_path):
    # "Nothing lost": the session a user has open, and its file on disk, stay exactly as they were.
    current = full_session()
    saved = tmp_path / "current.critx"
    save_session(current, saved)
    before_bytes = saved.read_bytes()
    before_doc = current.to_dict()
    with pytest.raises(SessionError) as info:
        # What the file alone cannot tell (a trail that is not its run's) is refused next, still
        # before anything is shown.
        session_runs(load_session(path))
    message = str(info.value)
    assert message.startswith(f"cannot open {path}: ") or message.startswith("runs[")
    assert "\n" not in message and len(message) < 300
    assert current.to_dict() == before_doc
    assert saved.read_bytes() == before_bytes
    assert not Path("/tmp/critx_pwned").exists()


@pytest.mark.parametrize(
    "name, words",
    [
        ("version_999.critx", "newer critexplorer (session version 999"),
        ("png_renamed.critx", "PNG image"),
        ("empty.critx", "empty"),
        ("nan_selection.critx", "NaN"),
        ("huge_number.critx", "Infinity"),
        ("huge_integer.critx", "too many digits"),
        ("foreign_json.critx", "not a critexplorer session"),
        ("missing_formula.critx", "missing 'formula'"),
        ("wrong_type_formula.critx", "formula must be text"),
        ("hostile_formula.critx", "formula cannot be used"),
        ("truncated.critx", "not valid JSON"),
        ("binary_garbage.critx", "not a text file"),
        ("deep_nesting.critx", "nested too deeply"),
    ],
)
def test_error_says_what_is_wrong(name, words):
    with pytest.raises(SessionError, match=None) as info:
        load_session(CORPUS / name)
    assert words in str(info.value)


def test_directory_and_missing_file_are_rejected(tmp_path):
    with pytest.raises(SessionError, match="folder"):
        load_session(tmp_path)
    with pytest.raises(SessionError, match="No such file"):
        load_session(tmp_path / "absent.critx")


def test_valid_corpus_file_loads():
    session = load_session(CORPUS / "valid.critx")
    assert session.formula == "(1 - w1*w2)^2"
    spec, trail = session.runs[0]
    assert spec.hyperparams == {"lr": 0.1}
    # Version 1 kept no schedule, seed, batch size or step limit: the runs get the defaults.
    assert (spec.schedule, spec.seed, spec.batch_size) == (Schedule(), 0, None)
    assert spec.max_steps == max(DEFAULT_WINDOW_STEP_LIMIT, len(trail) - 1)
    assert (spec.color, spec.label) == ("#1f77b4", "GD")


@pytest.mark.parametrize("selection", [[math.nan, 0], [0, math.inf], [1e13, 0], ["0", 0], [0], None])
def test_bad_values_in_a_dict_are_rejected(selection):
    document = full_session().to_dict()
    if selection is None:
        document["window"]["resolution"] = 10**6
    else:
        document["selection"] = selection
    with pytest.raises(SessionError):
        session_from_dict(document)


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "keep.critx"
    save_session(full_session(), path)
    before = path.read_bytes()

    def full_disk(fd):  # a full disk shows up at the latest when the data is flushed to it
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(SessionError, match="No space left on device"):
        save_session(Session(formula="x^2"), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.critx"]


def test_unwritable_path_gives_one_line_error(tmp_path):
    with pytest.raises(SessionError) as info:
        save_session(full_session(), tmp_path / "no" / "such" / "dir" / "s.critx")
    assert "cannot write" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(SessionError, match="is a directory"):
        save_session(full_session(), tmp_path)


def test_save_refuses_a_session_it_could_not_read_back(tmp_path):
    bad = Session(formula="import os", xlim=(-1, 1), ylim=(-1, 1))
    with pytest.raises(SessionError, match="cannot save"):
        save_session(bad, tmp_path / "bad.critx")
    assert not (tmp_path / "bad.critx").exists()


def test_atomic_write_keeps_permissions(tmp_path):
    path = tmp_path / "f.bin"
    path.write_bytes(b"old")
    os.chmod(path, 0o600)
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o600


def test_json_text_round_trip_and_suffix():
    session = full_session()
    assert session_from_json(session.to_json()).to_dict() == session.to_dict()
    assert with_suffix("lecture3") == Path("lecture3.critx")
    assert with_suffix("a/b.json") == Path("a/b.json")


def _run_document(**changes) -> dict:
    document = full_session().to_dict()
    document["runs"][1].update(changes)
    return document


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"optimizer": "gradient"}, "runs[1].optimizer"),
        ({"hyperparameters": {"lr": -1.0}}, "runs[1].hyperparameters: lr must be between"),
        ({"hyperparameters": {"beta1": 2.0}}, "runs[1].hyperparameters: beta1 must be between"),
        (
            {"hyperparameters": {"gamma": 0.5}},
            "runs[1].hyperparameters: optimizer adam has no hyperparameter",
        ),
        ({"schedule": {"name": "sawtooth"}}, "runs[1].schedule: unknown schedule"),
        ({"schedule": {"name": "cosine", "values": {"period": 0}}}, "runs[1].schedule: period must be"),
        ({"max_steps": 10**7}, "runs[1].max_steps"),
        ({"max_steps": 2.5}, "runs[1].max_steps"),
        ({"batch_size": 0}, "runs[1].batch_size"),
        ({"seed": -1}, "runs[1].seed"),
        ({"seed": 1.5}, "runs[1].seed"),
        ({"color": "#ff7f0e80"}, "runs[1].color"),
        ({"color": "red"}, "runs[1].color"),
        ({"start": [2e12, 0]}, "runs[1].start[0]"),
        ({"outcome": "minimum"}, "runs[1] has unknown field 'outcome'"),
    ],
)
def test_an_out_of_range_run_setting_is_refused_naming_the_field(changes, field):
    with pytest.raises(SessionError) as info:
        session_from_dict(_run_document(**changes))
    assert field in str(info.value)


def test_a_version_1_run_with_an_unknown_optimizer_is_refused():
    document = json.loads((CORPUS / "valid.critx").read_text())
    document["runs"][0]["optimizer"] = "Gradient"
    with pytest.raises(SessionError, match=r"runs\[0\]\.optimizer: unknown optimizer 'Gradient'"):
        session_from_dict(document)


SCHEDULES = [
    Schedule(),
    Schedule.make("cosine", {"period": 12, "floor": 0.1}),
    Schedule.make("step", {"every": 5, "factor": 0.5}),
]
BATCHES = [(None, 0), (2, 7)]


def replayed(loss, spec: RunSpec, steps: int) -> np.ndarray:
    run = Run(loss, spec)
    while run.steps_taken < steps and run.step():
        pass
    return run.trail.points.copy()


@pytest.mark.parametrize("name", optimizer_names())
def test_every_run_setting_survives_a_round_trip_bit_for_bit(name, tmp_path):
    # On a data-backed preset, so batch size and seed matter: the reopened session replays each run
    # to exactly the trail that was saved, for every optimizer, schedule and mini-batch setting.
    preset = get_preset("chain-data")
    loss = data_loss_for_preset(preset)
    runs = []
    for schedule in SCHEDULES:
        for batch_size, seed in BATCHES:
            spec = RunSpec(
                name,
                (0.3, -0.5),
                schedule=schedule,
                max_steps=15,
                batch_size=batch_size,
                seed=seed,
                color="#56b4e9",
                label=f"{name} {schedule.name} {batch_size}",
            )
            runs.append((spec, replayed(loss, spec, 15)))
    path = tmp_path / "runs.critx"
    save_session(Session(formula=preset.formula, vars=preset.vars, preset=preset.name, runs=runs), path)
    reopened = load_session(path)
    assert [spec for spec, _ in reopened.runs] == [spec for spec, _ in runs]
    for (spec, trail), (_, saved) in zip(reopened.runs, runs, strict=True):
        np.testing.assert_array_equal(trail, saved)
        assert np.array_equal(replayed(loss, spec, len(trail) - 1), saved)


def _basins_document(**changes) -> dict:
    from critexplorer.files.session import SavedBasins

    schedule = Schedule.make("step", {"every": 50})
    spec = RunSpec("newton", (0.0, 0.0), {"lr": 0.25}, schedule, max_steps=150, seed=3)
    document = Session("x^2 + y^2", basins=SavedBasins(spec, 64, "saddle-free-newton")).to_dict()
    document["basins"].update(changes)
    return document


def test_basin_settings_survive_a_round_trip(tmp_path):
    document = _basins_document()
    path = tmp_path / "basins.critx"
    save_session(session_from_dict(document), path)
    basins = load_session(path).basins
    assert (basins.grid, basins.compare) == (64, "saddle-free-newton")
    assert basins.spec.optimizer == "newton" and basins.spec.hyperparams == {"lr": 0.25, "damping": 0.01}
    assert basins.spec.schedule == Schedule.make("step", {"every": 50})
    assert (basins.spec.max_steps, basins.spec.seed, basins.spec.batch_size) == (150, 3, None)
    assert load_session(path).to_dict() == session_from_dict(document).to_dict()
    assert session_from_dict({**document, "basins": None}).basins is None
    assert "basins" not in Session("x^2").to_dict()  # written only when there is a map


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"grid": 513}, "basins.grid must be a whole number from 2 to 512"),
        ({"grid": 1}, "basins.grid"),
        ({"grid": 64.0}, "basins.grid"),
        ({"steps": 0}, "basins.steps must be a whole number from 1 to 100000"),
        ({"steps": 10**6}, "basins.steps"),
        ({"optimizer": "lbfgs"}, "basins.optimizer: unknown optimizer 'lbfgs'"),
        ({"compare": "lbfgs"}, "basins.compare: unknown optimizer 'lbfgs'"),
        ({"hyperparameters": {"lr": -1.0}}, "basins.hyperparameters: lr must be between"),
        ({"schedule": {"name": "sawtooth"}}, "basins.schedule: unknown schedule"),
        ({"seed": -1}, "basins.seed"),
        ({"labels": [[0]]}, "basins has unknown field 'labels'"),
    ],
)
def test_a_bad_basin_setting_is_refused_naming_the_field(changes, field):
    with pytest.raises(SessionError) as info:
        session_from_dict(_basins_document(**changes))
    assert field in str(info.value)
