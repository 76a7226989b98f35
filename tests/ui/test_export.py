"""Export: exact pixel sizes, not blank, a white slide background, vector files, GIF frames."""

from __future__ import annotations

import io
import os
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from critexplorer.core.runs import Run, RunSpec
from critexplorer.ui.export.formats import exporter_for, exporters
from critexplorer.ui.export.formats.gif import frame_steps
from critexplorer.ui.export.scene import (
    ExportError,
    ExportOptions,
    ExportScene,
    auto_scale,
    image_array,
    image_is_blank,
    write_export,
)


@pytest.fixture
def himmelblau(model):
    model.resolution = 96
    assert model.load_preset("himmelblau")
    model.select((0.0, 0.0))
    return model


def _png(data: bytes) -> Image.Image:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return Image.open(io.BytesIO(data))


def _trails(model, steps=12, lr=None):
    """Two runs of at most `steps` steps (a small `lr` keeps them moving, so they run every step)."""
    hyperparams = {} if lr is None else {"lr": lr}
    return [
        Run(model.loss, RunSpec(name, (0.2, -0.3), hyperparams, max_steps=steps, color=color)).run_to_end()
        for name, color in zip(("gd", "adam"), ("#e69f00", "#56b4e9"), strict=True)
    ]


def _export(model, path_suffix, gl=False, trails=None, **options):
    scene = ExportScene(model, ExportOptions(**options), gl)
    try:
        return exporter_for(f"out{path_suffix}").export(scene, trails)
    finally:
        scene.close()


@pytest.mark.parametrize("size", [(1280, 720), (640, 480), (333, 257)])
def test_contour_png_has_the_requested_size_and_is_not_blank(himmelblau, size):
    image = _png(_export(himmelblau, ".png", view="contour", width=size[0], height=size[1], scale=1.0))
    assert image.size == size
    pixels = np.asarray(image.convert("RGB"), float)
    assert pixels.std() > 20  # a heat map, lines and text, not one colour


def test_slide_theme_has_a_white_background_and_screen_does_not(himmelblau):
    slide = np.asarray(
        _png(_export(himmelblau, ".png", view="contour", width=800, height=450, theme="slide")).convert("RGB")
    )
    screen = np.asarray(
        _png(_export(himmelblau, ".png", view="contour", width=800, height=450, theme="screen")).convert(
            "RGB"
        )
    )
    # Aspect lock leaves margins beside the square plot: they show the background.
    assert (slide[5, 5] == 255).all() and (slide[-3, -3] == 255).all()
    assert (screen[5, 5] < 60).all()
    assert (slide == 255).all(axis=2).mean() > 0.2


def test_transparent_background_has_transparent_corners(himmelblau):
    image = _png(_export(himmelblau, ".png", view="contour", width=640, height=360, transparent=True))
    rgba = np.asarray(image.convert("RGBA"))
    assert rgba[3, 3, 3] == 0
    assert rgba[:, :, 3].max() == 255


def test_scale_keeps_the_pixel_size_and_enlarges_the_content(himmelblau):
    small = _png(_export(himmelblau, ".png", view="contour", width=1280, height=720, scale=1.0))
    big = _png(_export(himmelblau, ".png", view="contour", width=1280, height=720, scale=2.0))
    assert small.size == big.size == (1280, 720)
    assert np.abs(np.asarray(small, float) - np.asarray(big, float)).mean() > 5
    assert auto_scale(3840, 2160) == 2.0 and auto_scale(1280, 720) == 1.0


def test_svg_parses_as_xml_with_vector_paths(himmelblau):
    data = _export(himmelblau, ".svg", view="contour", width=1280, height=720)
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    paths = [e for e in root.iter() if e.tag.endswith(("path", "polyline"))]
    assert len(paths) > 20  # contour lines, axes and arrows are vector, not one embedded bitmap


def test_pdf_starts_with_the_pdf_header(himmelblau):
    data = _export(himmelblau, ".pdf", view="contour", width=1280, height=720)
    assert data.startswith(b"%PDF")
    assert b"%%EOF" in data[-64:]


def test_vector_formats_refuse_the_3d_view(himmelblau):
    with pytest.raises(ExportError, match="use .png"):
        _export(himmelblau, ".svg", view="window", width=640, height=360)


def test_gif_has_one_frame_per_step_and_the_chosen_rate(himmelblau):
    trails = _trails(himmelblau, steps=12)
    scene = ExportScene(himmelblau, ExportOptions(view="contour", width=480, height=270), False)
    data = exporter_for("race.gif").export(scene, trails, fps=10)
    scene.close()
    gif = Image.open(io.BytesIO(data))
    assert gif.format == "GIF"
    assert gif.n_frames == 13  # the start and 12 steps
    assert gif.size == (480, 270)
    assert gif.info["duration"] == 100


def test_gif_frames_are_capped_and_spaced_evenly(himmelblau):
    trails = _trails(himmelblau, steps=40)
    assert frame_steps(trails, 9) == [0, 5, 10, 15, 20, 25, 30, 35, 40]
    scene = ExportScene(himmelblau, ExportOptions(view="contour", width=320, height=180), False)
    data = exporter_for("race.gif").export(scene, trails, fps=25, max_frames=9)
    scene.close()
    assert Image.open(io.BytesIO(data)).n_frames == 9


def test_gif_without_runs_is_refused(himmelblau):
    with pytest.raises(ExportError, match="at least one run"):
        _export(himmelblau, ".gif", view="contour", width=320, height=180)


def test_trails_appear_in_the_png(himmelblau):
    without = np.asarray(_png(_export(himmelblau, ".png", view="contour", width=640, height=360)), float)
    trails = _trails(himmelblau, steps=30)
    with_runs = np.asarray(
        _png(_export(himmelblau, ".png", trails=trails, view="contour", width=640, height=360)), float
    )
    changed = np.abs(with_runs - without).sum(axis=2) > 60
    assert changed.sum() > 200


def test_surface_and_both_need_gl(himmelblau):
    with pytest.raises(ExportError, match="xvfb-run"):
        ExportScene(himmelblau, ExportOptions(view="surface"), gl_available=False)


def test_surface_png_under_gl(himmelblau, gl_status):
    image = _png(_export(himmelblau, ".png", gl=True, view="surface", width=800, height=600))
    assert image.size == (800, 600)
    pixels = np.asarray(image.convert("RGB"))
    assert pixels.std() > 20
    assert (pixels[3, 3] == 255).all()  # slide: white background behind the surface


def test_both_side_by_side_under_gl(himmelblau, gl_status):
    image = _png(_export(himmelblau, ".png", gl=True, view="both", width=1920, height=1080))
    assert image.size == (1920, 1080)
    pixels = np.asarray(image.convert("RGB"), float)
    assert pixels[:, :960].std() > 20 and pixels[:, 960:].std() > 20


def test_window_png_has_the_requested_size(window, model):
    model.resolution = 64
    model.load_preset("himmelblau")
    scene = ExportScene(
        model,
        ExportOptions(view="window", width=1000, height=700, theme="screen"),
        window.surface_view is not None,
        window=window,
    )
    before = window.size()
    image = _png(exporter_for("w.png").export(scene))
    assert image.size == (1000, 700)
    assert window.size() == before  # the window on screen is given back its size


def test_blank_detection_and_option_checks(qapp):
    from PySide6.QtGui import QImage

    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    assert image_is_blank(image)
    image.setPixel(3, 3, 0xFF000000)
    assert not image_is_blank(image)
    assert image_array(image)[3, 3, :3].tolist() == [0, 0, 0]
    for bad in ({"width": 10}, {"scale": 0}, {"theme": "neon"}, {"view": "table"}):
        with pytest.raises(ExportError):
            ExportOptions(**bad).checked()


def test_unknown_format_lists_the_known_ones():
    with pytest.raises(ExportError, match=r"\.gif, \.pdf, \.png, \.svg"):
        exporter_for("picture.jpg")
    assert {e.suffix for e in exporters()} == {".png", ".svg", ".pdf", ".gif", ".csv"}  # CSV is a format now


def test_write_export_is_atomic_and_reports_errors(tmp_path):
    target = tmp_path / "a.png"
    target.write_bytes(b"old")
    write_export(target, b"new")
    assert target.read_bytes() == b"new"
    with pytest.raises(ExportError, match="cannot write"):
        write_export(tmp_path / "missing" / "a.png", b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]


# A format that is one class and nothing else: the CLI and the dialog must offer it unchanged.
THROWAWAY = """
from critexplorer.ui.export.formats import Exporter, FormatOption, register


@register
class NoteExporter(Exporter):
    suffixes = (".note", ".notes")
    name = "Note"
    kind = "a note"
    views = ("contour",)
    options = (FormatOption("words", "--words", "Words", "how many words", 2, 1, 9, whole=True),)

    def encode(self, scene, trails, variables, words=2):
        image = scene.render()
        return " ".join([f"{image.width()}x{image.height()}", *variables][:words]).encode()
"""


def test_a_new_format_is_offered_by_the_cli_without_changing_it(tmp_path):
    import subprocess
    import sys

    from tests.cli.test_export_cmd import export

    module = tmp_path / "note_format.py"
    module.write_text(THROWAWAY)

    def cli(*args):
        code = (
            "import sys; sys.path.insert(0, sys.argv[1]); import note_format; "
            "from critexplorer.cli import main; sys.exit(main(sys.argv[2:]))"
        )
        headless = {
            k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        }
        return subprocess.run(
            [sys.executable, "-c", code, str(tmp_path), "export", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=headless,
            stdin=subprocess.DEVNULL,
        )

    out = tmp_path / "a.notes"
    done = cli("x^2 - y^2", "--out", str(out), "--size", "320x180", "--words", "3")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == b"320x180 x y"
    help_text = cli("--help").stdout
    assert ".note .notes" in help_text and "--words" in help_text
    refused = cli("x^2", "--out", str(tmp_path / "b.note"), "--view", "window")
    assert refused.returncode == 2
    assert ".note is a note for the contour view; use .png for the whole window" in refused.stderr
    bad = cli("x^2", "--out", str(tmp_path / "b.note"), "--words", "10")
    assert bad.returncode == 2 and "--words must be a whole number from 1 to 9" in bad.stderr
    unknown = export("x^2", "--out", str(tmp_path / "b.note"))  # without the module: not a format
    assert unknown.returncode == 2 and "--out must end in" in unknown.stderr and ".csv" in unknown.stderr


def test_a_new_format_is_offered_by_the_dialog_without_changing_it(window, model, monkeypatch, tmp_path):
    from critexplorer.ui.export.dialog import ExportDialog
    from critexplorer.ui.export.formats import base

    monkeypatch.setattr(base, "_FORMATS", base.exporters())  # the throwaway format leaves with the test
    exec(compile(THROWAWAY, "note_format.py", "exec"), {})
    model.resolution = 64
    model.load_preset("himmelblau")
    dialog = ExportDialog(window)
    dialog.view.setCurrentIndex(dialog.view.findData("contour"))
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("1280x720"))
    offered = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert offered == [".gif", ".png", ".svg", ".pdf", ".note"]  # never .csv: it is no picture
    dialog.format.setCurrentIndex(dialog.format.findData(".note"))
    words = dialog.option_boxes["words"]
    assert words.isEnabled() and not dialog.option_boxes["fps"].isEnabled()
    assert not dialog.transparent.isEnabled()  # the note did not declare a transparent background
    words.setValue(1)
    out = tmp_path / "slide.txt"
    assert dialog.export_to_file(str(out))
    assert (tmp_path / "slide.note").read_bytes() == b"1280x720"
    dialog.view.setCurrentIndex(dialog.view.findData("window"))
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == [".png"]


def test_gif_frames_stream_to_the_encoder_and_never_all_live_at_once(himmelblau, monkeypatch):
    """The encoder reads frames from an iterator and at most a few full-size pictures exist at a time
    (the export used to keep every frame in a list: 2000 frames at 1280×720 peaked at 11 GB)."""
    import weakref
    from collections.abc import Iterator

    import critexplorer.files.gif_stream as gif_stream
    from critexplorer.ui.export.formats import gif

    pictures: list[weakref.ref] = []
    most_alive = []
    real_to_pillow = gif._to_pillow

    def counted_to_pillow(image):
        picture = real_to_pillow(image)
        pictures.append(weakref.ref(picture))
        most_alive.append(sum(ref() is not None for ref in pictures))
        return picture

    handed = []
    real_write_gif = gif_stream.write_gif

    def spying_write_gif(stream, frames, duration_ms, loop=0):
        handed.append(frames)
        return real_write_gif(stream, frames, duration_ms, loop)

    monkeypatch.setattr(gif, "_to_pillow", counted_to_pillow)
    monkeypatch.setattr(gif_stream, "write_gif", spying_write_gif)
    trails = _trails(himmelblau, steps=30)
    scene = ExportScene(himmelblau, ExportOptions(view="contour", width=320, height=180), False)
    data = exporter_for("race.gif").export(scene, trails, fps=10)
    scene.close()
    assert Image.open(io.BytesIO(data)).n_frames == 31
    assert len(handed) == 1 and isinstance(handed[0], Iterator) and not isinstance(handed[0], list)
    assert len(pictures) == 31  # the last frame (for the palette) is drawn once and reused
    assert max(most_alive) <= 2


def test_gif_frames_are_the_pictures_of_each_step(himmelblau):
    """Each decoded frame is the contour picture with the trails up to its step (its caption included)."""
    from critexplorer.ui.export.formats.gif import frame_steps, gif_frames

    trails = _trails(himmelblau, steps=8)
    scene = ExportScene(himmelblau, ExportOptions(view="contour", width=320, height=180), False)
    data = exporter_for("race.gif").export(scene, trails, fps=10)
    expected = [np.asarray(f.convert("RGB")) for f in gif_frames(scene, trails, frame_steps(trails))]
    scene.close()
    gif = Image.open(io.BytesIO(data))
    assert gif.n_frames == len(expected) == 9
    for index, frame in enumerate(expected):
        gif.seek(index)
        assert np.array_equal(np.asarray(gif.convert("RGB")), frame)
    assert not np.array_equal(expected[0], expected[-1])  # the trails grow


def test_gif_frame_rate_is_checked_against_the_limits(himmelblau):
    from critexplorer.core.limits import MAX_GIF_FPS, MIN_GIF_FPS

    trails = _trails(himmelblau, steps=2)
    scene = ExportScene(himmelblau, ExportOptions(view="contour", width=160, height=90), False)
    slowest = exporter_for("race.gif").export(scene, trails, fps=MIN_GIF_FPS)
    assert Image.open(io.BytesIO(slowest)).info["duration"] == 10_000  # 0.1 frames/s: 10 s a frame
    for fps in (0.001, 0.0, MAX_GIF_FPS + 1, float("nan")):  # 0.001 was Pillow's OverflowError
        with pytest.raises(ExportError, match="frame rate must be at least 0.1 and at most 50 frames/s"):
            exporter_for("race.gif").export(scene, trails, fps=fps)
    scene.close()


@pytest.mark.parametrize(
    "size, frames, words",
    [
        ((3841, 720), 9, "a GIF is at most 3840x2160 pixels, got 3841x720"),
        ((8192, 8192), 9, "a GIF is at most 3840x2160 pixels, got 8192x8192"),
        ((3840, 2160), 300, "a 3840x2160 GIF of 300 frames is too large: at most 222 frames at that size"),
    ],
)
def test_gif_size_and_size_times_frames_are_capped(himmelblau, size, frames, words):
    from critexplorer.core.limits import MAX_GIF_PIXEL_FRAMES

    gif = exporter_for("race.gif")
    trails = _trails(himmelblau, steps=frames - 1, lr=1e-4)  # runs that settle early make fewer frames
    assert all(len(run.trail.points) == frames for run in trails)
    assert (gif.request_refusal(size, trails, {"max_frames": 2000}) or "").startswith(words)
    assert gif.request_refusal((1280, 720), trails, {"max_frames": 2000}) is None
    assert 1280 * 720 * 2000 == MAX_GIF_PIXEL_FRAMES
    # a 4K GIF with 222 frames is within the cap
    assert (
        gif.request_refusal((3840, 2160), _trails(himmelblau, steps=221, lr=1e-4), {"max_frames": 2000})
        is None
    )
    scene = ExportScene(himmelblau, ExportOptions(view="contour", width=size[0], height=size[1]), False)
    with pytest.raises(ExportError, match=words):
        gif.export(scene, trails, max_frames=2000)
    scene.close()


def test_the_dialog_says_why_a_gif_is_too_large_and_writes_nothing(window, model, tmp_path):
    from critexplorer.core.limits import MAX_GIF_FPS, MIN_GIF_FPS
    from critexplorer.ui.export.dialog import ExportDialog

    model.resolution = 64
    model.load_preset("himmelblau")
    model.runs.add_run(RunSpec("gd", (0.2, -0.3), max_steps=20))
    model.runs.run_to_end()
    dialog = ExportDialog(window)
    fps = dialog.option_boxes["fps"]
    assert (fps.minimum(), fps.maximum()) == (MIN_GIF_FPS, MAX_GIF_FPS)
    dialog.view.setCurrentIndex(dialog.view.findData("contour"))
    dialog.format.setCurrentIndex(dialog.format.findData(".gif"))
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("custom"))
    dialog.width_box.setValue(8192)
    dialog.height_box.setValue(8192)
    out = tmp_path / "race.gif"
    assert not dialog.export_to_file(str(out))
    assert dialog.error.text() == "a GIF is at most 3840x2160 pixels, got 8192x8192"
    assert list(tmp_path.iterdir()) == []
