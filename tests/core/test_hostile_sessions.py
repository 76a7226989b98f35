"""The hostile-session corpus (tests/data/sessions/, described in its README.md), plus files made here
(a FIFO, a device, a huge trail, an oversized file): each is refused with a message naming the field,
checked in full before anything is shown, in a bounded time measured in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from critexplorer.core.limits import MAX_STEP_LIMIT
from critexplorer.files.session import (
    MAX_FILE_BYTES,
    MAX_TRAIL_POINTS,
    SessionError,
    load_session,
    session_runs,
)

CORPUS = Path(__file__).resolve().parents[1] / "data" / "sessions"
VALID = {"valid.critx", "valid_v2.critx"}
BAD_FILES = sorted(p for p in CORPUS.glob("*.critx") if p.name not in VALID)
SECONDS_PER_FILE = 5.0

# What each new case's message must say: the field it names and why.
WORDS = {
    "hyperparameter_null": "runs[0].hyperparameters.lr must be a number, not null",
    "hyperparameter_text": "runs[0].hyperparameters.lr must be a number, not text",
    "hyperparameter_out_of_range": "runs[0].hyperparameters: lr must be between 0 and 1e+06",
    "unknown_optimizer": "runs[0].optimizer: unknown optimizer 'warp-drive'",
    "contour_count_negative": "display.contour_count is -5; it must be from 2 to 64",
    "contour_count_1e18": "display.contour_count must be a whole number",
    "contour_count_1e5": "display.contour_count is 100000; it must be from 2 to 64",
    "contour_count_text": "display.contour_count must be a whole number",
    "resolution_4096": "window.resolution must be a whole number from 16 to 1024",
    "z_scale_1e300": "display.z_scale is 1e+300; it must be from 0.1 to 10",
    "display_unknown_option": "display has unknown field 'colormap'",
    "display_bool_as_text": "display.show_taylor must be true or false",
    "display_run_axis_unknown": "display.run_axis is 'time'; it must be one of step, epoch, samples",
    "display_run_axis_number": "display.run_axis is a number; it must be one of step, epoch, samples",
    "unknown_preset": "preset 'no-such-preset' is not a preset",
    "trail_not_at_start": "runs[0].trail must begin at the run's start",
    "trail_edited": "runs[0].trail does not follow from the run's settings",
    "trail_strings": "runs[0].trail must hold numbers, not text",
    "trail_bools": "runs[0].trail must hold numbers, not true/false",
    "trail_null_inside": "runs[0].trail has a non-finite point",
    "trail_empty": "runs[0].trail must be a non-empty list",
    "trail_after_divergence": "runs[0].trail goes on after step 2",
    "trail_1e999": "runs[0].trail holds a number too large",
    "too_many_runs": "runs must be a list of at most 10 runs",
    "batch_larger_than_data": "runs[0].",
    "selection_text": "selection[0] must be a number, not text",
    "camera_nan_text": "camera.distance must be a number, not text",
}


def check(path) -> None:
    """Everything opening a session checks, without a window: the reader, then the runs on the loss."""
    session_runs(load_session(path))


def test_every_new_case_has_a_file_and_words():
    assert {name for name in WORDS} <= {p.stem for p in BAD_FILES}


@pytest.mark.parametrize("path", BAD_FILES, ids=lambda p: p.stem)
def test_a_hostile_session_is_refused_naming_the_field(path):
    with pytest.raises(SessionError) as info:
        check(path)
    message = str(info.value)
    assert message.startswith("cannot open ") or path.stem in WORDS
    assert "\n" not in message and len(message) < 400
    if path.stem in WORDS:
        assert WORDS[path.stem] in message


def test_the_valid_files_open_and_their_runs_come_back_as_data():
    for name in sorted(VALID):
        _, runs = session_runs(load_session(CORPUS / name))
        assert runs and all(len(run.trail) >= 2 for run in runs)
        assert all(np.all(np.isfinite(run.trail.values)) for run in runs)


def _made_here(tmp_path: Path) -> dict[str, Path]:
    """Hostile inputs too large or too special to keep in the repository."""
    made = {}
    fifo = tmp_path / "fifo.critx"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    made["fifo"] = fifo
    if Path("/dev/zero").exists():
        made["device"] = Path("/dev/zero")  # endless, and no size to check
    made["folder"] = tmp_path
    big = tmp_path / "oversized.critx"
    with open(big, "wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)
    made["oversized"] = big
    document = json.loads((CORPUS / "valid_v2.critx").read_text())
    start = document["runs"][0]["trail"][0]
    document["runs"][0]["trail"] = [start] * (MAX_TRAIL_POINTS + 1)
    document["runs"][0]["max_steps"] = MAX_TRAIL_POINTS
    huge = tmp_path / "huge_trail.critx"
    huge.write_text(json.dumps(document, separators=(",", ":")))
    made["huge_trail"] = huge
    # Three runs of 70,000 points each: every trail within a run's step limit, not all together.
    run = document["runs"][0]
    run["trail"], run["max_steps"] = [start] * 70_000, MAX_STEP_LIMIT
    document["runs"] = [run, dict(run), dict(run)]
    crowded = tmp_path / "crowded_trails.critx"
    crowded.write_text(json.dumps(document, separators=(",", ":")))
    made["crowded_trails"] = crowded
    return made


_TIMER = r"""
import json, sys, time
from critexplorer.files.session import SessionError, load_session, session_runs
for path in sys.argv[1:]:
    t0 = time.perf_counter()
    try:
        session_runs(load_session(path))
        message = None
    except SessionError as error:
        message = str(error)
    print(json.dumps({"path": path, "seconds": time.perf_counter() - t0, "message": message}), flush=True)
"""


def test_every_hostile_input_is_refused_in_bounded_time_in_a_subprocess(tmp_path):
    made = _made_here(tmp_path)
    paths = [str(p) for p in BAD_FILES] + [str(p) for p in made.values()]
    done = subprocess.run(
        [sys.executable, "-c", _TIMER, *paths],
        capture_output=True,
        text=True,
        timeout=60 + SECONDS_PER_FILE * len(paths) / 4,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no warning, no traceback
    results = {r["path"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert set(results) == set(paths)
    for path, result in results.items():
        assert result["message"] is not None, f"{path} was accepted"
        assert result["message"].startswith(f"cannot open {path}: ") or Path(path).stem in WORDS
        assert result["seconds"] < SECONDS_PER_FILE, (path, result["seconds"])
    assert "named pipe (FIFO)" in results[str(made["fifo"])]["message"]
    assert "larger than 10 MB" in results[str(made["oversized"])]["message"]
    assert (
        "runs[0].trail has 200000 steps; a run takes at most 100000"
        in results[str(made["huge_trail"])]["message"]
    )
    assert "runs[2].trail has 70000 points" in results[str(made["crowded_trails"])]["message"]
    assert "at most 200000 trail points in all" in results[str(made["crowded_trails"])]["message"]
    if "device" in made:
        assert "not a regular file" in results[str(made["device"])]["message"]
    assert "folder" in results[str(made["folder"])]["message"]
