"""Export captions (the formula and the selected point, or any text) and the runs' markers in exported
pictures: PNG band, SVG text and circles, the dialog's Caption box, `export --caption`."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from critexplorer.core.runs import Run, RunSpec
from critexplorer.ui.export.caption import MAX_CAPTION_CHARS, default_caption
from critexplorer.ui.export.formats import exporter_for
from critexplorer.ui.export.scene import ExportError, ExportOptions, ExportScene

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def lecture(model):
    model.resolution = 64
    assert model.load_preset("lecture")
    model.select((0.0, 0.0))
    return model


def _runs(model):
    return [
        Run(model.loss, RunSpec(name, (0.5, 0.8), max_steps=25, color=color)).run_to_end()
        for name, color in (("gd", "#e69f00"), ("adam", "#56b4e9"))
    ]


def _export(model, suffix, trails=None, keep_scene=False, **options):
    scene = ExportScene(model, ExportOptions(**options), False)
    data = exporter_for(f"out{suffix}").export(scene, trails)
    if keep_scene:
        return data, scene
    scene.close()
    return data


def test_the_default_caption_names_the_formula_and_the_selected_point_with_its_type(lecture):
    assert default_caption(lecture) == (
        "L(w1, w2) = (1 - w1*w2)^2   ·   θ = (0.000, 0.000), L = 1: saddle point"
    )
    lecture.clear_selection()
    assert default_caption(lecture) == "L(w1, w2) = (1 - w1*w2)^2"
    lecture.apply_formula("a*x^2 + b*y^2", {"a": 1.5, "b": -2.0})
    assert default_caption(lecture) == "L(x, y) = a*x^2 + b*y^2  (a = 1.5, b = −2)"


def test_a_png_with_a_caption_has_ink_in_its_band_and_none_without(lecture):
    plain = np.asarray(Image.open(io.BytesIO(_export(lecture, ".png", width=960, height=540))).convert("RGB"))
    text = default_caption(lecture)
    scene = ExportScene(lecture, ExportOptions(width=960, height=540, caption=text), False)
    band = scene.caption_band()
    scene.close()
    assert 20 <= band <= 80
    data = _export(lecture, ".png", width=960, height=540, caption=text)
    image = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
    assert image.shape == plain.shape == (540, 960, 3)  # the caption takes room, not extra pixels
    caption_rows = image[-band:]
    dark = (caption_rows.sum(axis=2) < 300).sum()
    assert dark > 200  # the slide theme's dark ink on white: text
    assert (plain[-band:].sum(axis=2) < 300).sum() < dark / 4  # without a caption: no such text there


def test_an_svg_caption_is_text_and_the_runs_markers_are_vector_circles_at_their_points(lecture):
    runs = _runs(lecture)
    data, scene = _export(
        lecture,
        ".svg",
        trails=runs,
        keep_scene=True,
        width=1280,
        height=720,
        caption="Saddle: escape along u₁",
    )
    transform = scene.contour_transform(1.0)
    expected = [transform.map(*(float(v) for v in run.trail.points[-1])) for run in runs]
    scene.close()
    root = ET.fromstring(data)
    text = "".join("".join(e.itertext()) for e in root.iter(f"{SVG}text"))
    assert "Saddle: escape along u₁" in text
    for run, (x, y) in zip(runs, expected, strict=True):
        circles = [
            circle
            for group in root.iter(f"{SVG}g")
            if group.get("fill") == run.spec.color and group.get("stroke") == "#111111"
            for circle in group.iter(f"{SVG}circle")
        ]
        assert len(circles) == 1, run.spec.color  # where the run is now, outlined as in the window
        cx, cy = float(circles[0].get("cx")), float(circles[0].get("cy"))
        assert abs(cx - x) < 1.0 and abs(cy - y) < 1.0
    assert not np.allclose(runs[0].trail.points[-1], runs[1].trail.points[-1])


def test_a_caption_too_long_or_with_no_room_is_refused_with_a_message(lecture):
    with pytest.raises(ExportError, match=f"at most {MAX_CAPTION_CHARS} characters"):
        ExportOptions(caption="x" * (MAX_CAPTION_CHARS + 1)).checked()
    with pytest.raises(ExportError, match="no room for its caption"):
        ExportOptions(width=64, height=64, caption="word " * 60).checked()


def test_the_dialog_offers_a_prefilled_caption_and_exports_it(window, model, tmp_path):
    from critexplorer.ui.export.dialog import ExportDialog

    model.resolution = 64
    model.load_preset("lecture")
    model.select((0.0, 0.0))
    dialog = ExportDialog(window)
    dialog.view.setCurrentIndex(dialog.view.findData("contour"))
    dialog.format.setCurrentIndex(dialog.format.findData(".svg"))
    assert dialog.caption_text.text() == default_caption(model)
    dialog.caption_check.setChecked(False)
    assert dialog.options().caption == "" and not dialog.caption_text.isEnabled()
    dialog.caption_check.setChecked(True)
    dialog.caption_text.setText("Lecture 3, the saddle")
    assert dialog.options().caption == "Lecture 3, the saddle"
    out = tmp_path / "slide.svg"
    assert dialog.export_to_file(str(out))
    root = ET.fromstring(out.read_bytes())
    assert "Lecture 3, the saddle" in "".join("".join(e.itertext()) for e in root.iter(f"{SVG}text"))
    again = ExportDialog(window)
    assert again.caption_check.isChecked()  # remembered
