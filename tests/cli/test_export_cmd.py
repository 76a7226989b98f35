"""critexplorer export through a subprocess: headless contour, 3-D without GL (exit 2), 3-D under xvfb-run."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image


def export(
    *args: str,
    display: bool = False,
    env_extra: dict | None = None,
    wrap: list | None = None,
    timeout: float = 180,
) -> subprocess.CompletedProcess:
    """Run `critexplorer export ...` with no DISPLAY (unless `display`), as on a headless server."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CRITEXPLORER_DEBUG", "QT_QPA_PLATFORM")
        and (display or k not in ("DISPLAY", "WAYLAND_DISPLAY"))
    }
    env.update(env_extra or {})
    command = [*(wrap or []), sys.executable, "-m", "critexplorer", "export", *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL
    )


def pixels(path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("RGB"), float)


def test_contour_png_headless(tmp_path):
    out = tmp_path / "slide.png"
    done = export(
        "--preset",
        "himmelblau",
        "--view",
        "contour",
        "--out",
        str(out),
        "--size",
        "1280x720",
        "--point",
        "-0.27,-0.92",
        "--critical",
        "--run",
        "gd:0.2,-0.3",
        "--steps",
        "40",
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "wrote" in done.stdout
    image = Image.open(out)
    assert image.size == (1280, 720)
    rgb = pixels(out)
    assert rgb.std() > 20
    assert (rgb[4, 4] == 255).all()  # the slide theme's white background


def test_contour_svg_pdf_and_negative_point_headless(tmp_path):
    svg, pdf = tmp_path / "c.svg", tmp_path / "c.pdf"
    assert export("x^2 - y^2", "--out", str(svg), "--point", "-1,0.5").returncode == 0
    assert ET.parse(svg).getroot().tag.endswith("svg")
    done = export("x^2 - y^2", "--out", str(pdf), "--point=-1,0.5", "--theme", "screen")
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_gif_race_headless(tmp_path):
    out = tmp_path / "race.gif"
    done = export(
        "--preset",
        "himmelblau",
        "--out",
        str(out),
        "--run",
        "gd:0.2,-0.3",
        "--run",
        "adam:0.2,-0.3:lr=0.1",
        "--steps",
        "15",
        "--size",
        "480x270",
        "--fps",
        "20",
    )
    assert done.returncode == 0, done.stderr
    gif = Image.open(out)
    assert (gif.n_frames, gif.size, gif.info["duration"]) == (16, (480, 270), 50)


def test_csv_of_trajectories(tmp_path):
    out = tmp_path / "trails.csv"
    done = export(
        "x^2 + 10*y^2", "--out", str(out), "--run", "gd:1,1:lr=0.05", "--run", "gd:-1,1", "--steps", "4"
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["run"] for r in rows] == ["gd"] * 5 + ["gd #2"] * 5
    # one GD step on x² + 10y² with η = 0.05: x = 1 - 0.05·2·1, y = 1 - 0.05·20·1
    assert (float(rows[1]["x"]), float(rows[1]["y"])) == pytest.approx((0.9, 0.0))
    assert float(rows[0]["loss"]) == 11.0


def test_surface_without_gl_exits_2_naming_xvfb_run(tmp_path):
    out = tmp_path / "surface.png"
    done = export("x^2 - y^2", "--view", "surface", "--out", str(out))
    assert done.returncode == 2
    assert "xvfb-run" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_both_on_the_offscreen_platform_exits_2_without_crashing(tmp_path):
    out = tmp_path / "both.png"
    done = export(
        "x^2 - y^2",
        "--view",
        "both",
        "--out",
        str(out),
        display=True,
        env_extra={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 2, done.stderr  # not -11: no GL call was made without a context
    assert "xvfb-run" in done.stderr
    assert not out.exists()


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_surface_and_both_under_xvfb_run(tmp_path):
    for view, size in (("surface", (960, 720)), ("both", (1920, 1080))):
        out = tmp_path / f"{view}.png"
        done = export(
            "--preset",
            "himmelblau",
            "--view",
            view,
            "--out",
            str(out),
            "--critical",
            "--size",
            f"{size[0]}x{size[1]}",
            wrap=["xvfb-run", "-a"],
        )
        assert done.returncode == 0, done.stderr
        image = Image.open(out)
        assert image.size == size
        rgb = pixels(out)
        assert rgb[:, : size[0] // 2].std() > 20  # the 3-D surface is drawn, not a blank GL pane


GIF = ["x^2", "--out", "a.gif", "--run", "gd:1,1"]


@pytest.mark.parametrize(
    "args, words",
    [
        (["x^2", "--out", "a.jpg"], "--out must end in"),
        (["x^2", "--out", "a.svg", "--view", "both"], "vector format for the contour view"),
        (["x^2", "--out", "a.gif"], "at least one --run"),
        (["x^2", "--out", "a.png", "--size", "10x10"], "64 to 8192"),
        (["x^2", "--out", "a.png", "--size", "big"], "WIDTHxHEIGHT"),
        (["x^2", "--out", "a.png", "--run", "warp:0,0"], "--run warp"),
        (["x^2", "--out", "a.png", "--run", "gd"], "OPTIMIZER:X,Y"),
        (["x^2", "--out", "a.png", "--run", "gd:1,1", "--steps", "1000000"], "from 0 to 100000"),
        (["x^2 +", "--out", "a.png"], "cannot read the formula"),
        # Pillow's frame delay is 16-bit milliseconds: 0.001 frames/s was an OverflowError
        ([*GIF, "--fps", "0.001"], "--fps must be from 0.1 to 50 frames/s, got '0.001'"),
        ([*GIF, "--fps", "60"], "--fps must be from 0.1 to 50 frames/s"),
        ([*GIF, "--fps", "nan"], "--fps must be a finite number"),
        # every frame of an 8192x8192 GIF was kept in memory (past 8 GB): the size is capped for GIF
        ([*GIF, "--size", "8192x8192"], "a GIF is at most 3840x2160 pixels, got 8192x8192"),
        (
            [*GIF, "--size", "3840x2160", "--steps", "400", "--frames", "400"],
            "a 3840x2160 GIF of 400 frames is too large: at most 222 frames",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, words):
    done = export(*[a if not a.startswith("a.") else str(tmp_path / a) for a in args])
    assert done.returncode == 2
    assert words in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_unwritable_path_is_one_line_and_exit_2(tmp_path):
    done = export("x^2", "--out", str(tmp_path / "missing" / "a.png"), "--size", "320x180")
    assert done.returncode == 2
    assert done.stderr.strip().startswith("critexplorer export: error: cannot write")
    assert len(done.stderr.strip().splitlines()) == 1


def test_window_export_exits_0_every_time(tmp_path):
    """`export --view window` segfaulted at exit in about 1 run in 4 (PySide's atexit clean-up deleted
    the window while Python was being torn down): 20 runs in a row, each must exit 0 with its PNG."""
    from concurrent.futures import ThreadPoolExecutor

    def one(index: int):
        out = tmp_path / f"window{index}.png"
        done = export("(1-w1*w2)^2", "--view", "window", "--out", str(out), "--size", "640x400", display=True)
        return done.returncode, done.stderr, out.exists() and Image.open(out).size

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(one, range(20)))
    assert [code for code, _, _ in results] == [0] * 20, [err for code, err, _ in results if code]
    assert all(size == (640, 400) for _, _, size in results)
    assert all(err == "" for _, err, _ in results)


def test_caption_option_with_and_without_text(tmp_path):
    svg = tmp_path / "saddle.svg"
    done = export(
        "--preset", "lecture", "--out", str(svg), "--point", "0,0", "--caption", "--size", "960x540"
    )
    assert done.returncode == 0, done.stderr
    root = ET.fromstring(svg.read_bytes())
    text = "".join("".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "L(w1, w2) = (1 - w1*w2)^2" in text and "saddle point" in text
    # TEXT given, and --caption followed by another option: the option is not taken as its text.
    png = tmp_path / "own.png"
    done = export("x^2 - y^2", "--out", str(png), "--caption", "my saddle", "--size", "640x360")
    assert done.returncode == 0, done.stderr
    bare = export("x^2 - y^2", "--out", str(tmp_path / "bare.png"), "--size", "640x360", "--caption")
    assert bare.returncode == 0, bare.stderr
    plain = export("x^2 - y^2", "--out", str(tmp_path / "plain.png"), "--size", "640x360")
    assert plain.returncode == 0
    own, none = pixels(png), pixels(tmp_path / "plain.png")
    assert own.shape == none.shape == (360, 640, 3)
    assert (own[-30:].sum(axis=2) < 300).sum() > 50 + (none[-30:].sum(axis=2) < 300).sum()
    long = export("x^2", "--out", str(tmp_path / "l.png"), "--caption", "y" * 500)
    assert long.returncode == 2 and long.stderr.strip().endswith(
        "the caption must be at most 400 characters, got 500"
    )


def test_a_network_slice_exports_as_a_picture_in_its_own_window(tmp_path):
    # Issue 11: export takes --slice in place of FORMULA; the lecture's 1-1-1 saddle at θ = 0 along
    # eig-min, eig-max is L = 1 − a² + b² near (0, 0) (λ = ∓2): a saddle picture, and its window is the
    # slice's own unless --xlim/--ylim say otherwise.
    import json

    from critexplorer.core.networks.datasets import network_data
    from critexplorer.core.networks.experiment import ExperimentSpec, run_experiment
    from critexplorer.core.networks.network import Network
    from critexplorer.core.networks.slices import slice_from_report

    network = Network.parse("1-1-1", activation="linear", bias=False)
    report = run_experiment(ExperimentSpec(network, network_data("lecture", network), 2), jobs=1).to_dict()
    report["runs"][0]["params"] = [0.0, 0.0]  # the saddle itself (every run here reaches the valley)
    results = tmp_path / "results.json"
    results.write_text(json.dumps(report))
    made = slice_from_report(report, 0, ["eig-min", "eig-max"])
    assert made.loss.value(0.3, 0.0) < 1.0 < made.loss.value(0.0, 0.3)
    out = tmp_path / "slice.png"
    args = ["--slice", str(results), "--slice-run", "0", "--directions", "eig-min,eig-max"]
    done = export(*args, "--view", "contour", "--size", "640x400", "--point", "0,0", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout and Image.open(out).size == (640, 400)
    assert pixels(out).std() > 20
    csv_out = tmp_path / "runs.csv"
    done = export(*args, "--run", "gd:0.1,0.05", "--steps", "3", "--out", str(csv_out))
    assert done.returncode == 0, done.stderr
