"""The built-in presets: every one parses, has a sane window, and is finite across it."""

import json
import math
from importlib import resources

import numpy as np
import pytest

from critexplorer.core.presets import (
    Preset,
    PresetError,
    get_preset,
    load_presets,
    parse_presets,
    preset_from_dict,
)

PRESETS = load_presets()
REQUIRED_NAMES = {
    "lecture",
    "saddle",
    "dauphin",
    "monkey-saddle",
    "quartic-bowl",
    "bowl",
    "ravine",
    "rosenbrock",
    "himmelblau",
    "beale",
    "booth",
    "six-hump-camel",
    "goldstein-price",
    "rastrigin",
}


def test_the_issue_list_is_there_in_file_order_with_unique_names():
    names = [p.name for p in PRESETS]
    assert set(names) >= REQUIRED_NAMES
    assert len(names) == len(set(names))
    assert names[0] == "lecture"


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.name)
def test_preset_parses_with_its_variables(preset: Preset):
    loss = preset.loss()
    assert loss.vars == preset.vars
    assert preset.description.strip() and "\n" not in preset.description
    assert len(preset.description) < 140


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.name)
def test_preset_window_is_finite_and_ordered(preset: Preset):
    for low, high in (preset.xlim, preset.ylim):
        assert math.isfinite(low) and math.isfinite(high) and low < high


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.name)
def test_preset_is_finite_with_finite_derivatives_on_its_window(preset: Preset):
    fields = preset.loss().fields(preset.xlim, preset.ylim, 41)
    assert fields.value.shape == (41, 41)
    assert bool(np.all(fields.finite_mask))
    # Not a constant: a preset worth looking at varies across its window.
    assert float(np.ptp(fields.value)) > 0


def test_lecture_preset_is_the_lecture_example():
    lecture = get_preset("lecture")
    loss = lecture.loss()
    assert lecture.vars == ("w1", "w2")
    assert lecture.xlim == (-2.0, 2.0) and lecture.ylim == (-2.0, 2.0)
    assert loss.value(0.0, 0.0) == 1.0
    assert loss.value(2.0, 0.5) == 0.0
    assert loss.value(3.0, 1.0) == 4.0  # (1 - 3)^2


@pytest.mark.parametrize(
    "name, point, value",
    [
        ("saddle", (1.0, 2.0), -3.0),
        ("dauphin", (1.0, 2.0), 1.0),
        ("monkey-saddle", (1.0, 1.0), -2.0),
        ("quartic-bowl", (1.0, 2.0), 17.0),
        ("bowl", (1.0, 2.0), 5.0),
        ("ravine", (1.0, 1.0), 51.0),
        ("rosenbrock", (1.0, 1.0), 0.0),
        ("rosenbrock", (0.0, 0.0), 1.0),
        ("himmelblau", (3.0, 2.0), 0.0),
        ("beale", (3.0, 0.5), 0.0),
        ("booth", (1.0, 3.0), 0.0),
        ("six-hump-camel", (0.0898, -0.7126), -1.0316284229280819),
        ("goldstein-price", (0.0, -1.0), 3.0),
        ("rastrigin", (0.0, 0.0), 0.0),
        ("rastrigin", (1.0, 0.0), 1.0),
    ],
)
def test_known_values(name, point, value):
    assert float(get_preset(name).loss().value(*point)) == pytest.approx(value, abs=1e-6)


def test_windows_match_the_reference_file(shared_reference):
    functions = shared_reference["functions"]
    pairs = {
        "himmelblau": "himmelblau",
        "rosenbrock": "rosenbrock",
        "booth": "booth",
        "beale": "beale",
        "dauphin": "dauphin",
        "lecture": "lecture_example",
    }
    for preset_name, ref_name in pairs.items():
        preset, ref = get_preset(preset_name), functions[ref_name]
        assert list(preset.xlim) == ref["xlim"] and list(preset.ylim) == ref["ylim"], preset_name
        ref_loss = preset.loss()  # same function: compare values with the reference formula's points
        for entry in ref["points"]:
            assert float(ref_loss.value(*entry["point"])) == pytest.approx(entry["value"], abs=1e-6)


@pytest.mark.parametrize(
    "spelling", ["six-hump-camel", "Six Hump Camel", "six_hump_camel", " SIX-hump-camel "]
)
def test_get_preset_forgives_case_spaces_and_underscores(spelling):
    assert get_preset(spelling).name == "six-hump-camel"


def test_unknown_preset_lists_the_known_names():
    with pytest.raises(PresetError) as caught:
        get_preset("himmelbalu")
    assert "himmelbalu" in caught.value.message
    assert "himmelblau" in caught.value.message and "rastrigin" in caught.value.message


def test_file_is_read_through_importlib_resources():
    text = resources.files("critexplorer.resources").joinpath("presets.json").read_text("utf-8")
    assert [e["name"] for e in json.loads(text)["presets"]] == [p.name for p in PRESETS]


GOOD = {
    "name": "tilted",
    "formula": "a*x^2 + y^2",
    "vars": ["x", "y"],
    "xlim": [-1, 1],
    "ylim": [0, 2],
    "description": "A test preset",
    "group": "Tests",
    "params": {"a": 3},
}


def test_params_are_bound_and_extra_keys_are_kept():
    preset = preset_from_dict({**GOOD, "data": {"kind": "linear", "n": 64}, "note": "x"})
    assert preset.params == {"a": 3.0}
    assert preset.extra == {"data": {"kind": "linear", "n": 64}, "note": "x"}
    assert float(preset.loss().value(1.0, 1.0)) == 4.0
    as_json = preset.to_dict()
    assert as_json["data"] == {"kind": "linear", "n": 64}
    assert as_json["xlim"] == [-1.0, 1.0] and as_json["params"] == {"a": 3.0}


@pytest.mark.parametrize(
    "change, words",
    [
        ({"xlim": [1, -1]}, "xlim"),
        ({"ylim": [0, float("inf")]}, "ylim"),
        ({"xlim": [0]}, "xlim"),
        ({"xlim": ["a", "b"]}, "xlim"),
        ({"vars": ["x", "x"]}, "vars"),
        ({"vars": "xy"}, "vars"),
        ({"formula": ""}, "formula"),
        ({"description": None}, "description"),
        ({"group": ""}, "group"),
        ({"params": {"a": "big"}}, "params"),
        ({"params": {"a": True}}, "params"),
    ],
)
def test_malformed_entries_are_rejected_with_the_key(change, words):
    with pytest.raises(PresetError) as caught:
        preset_from_dict({**GOOD, **change})
    assert words in caught.value.message


def test_duplicate_names_and_bad_documents_are_rejected():
    with pytest.raises(PresetError, match="twice"):
        parse_presets({"presets": [GOOD, GOOD]})
    with pytest.raises(PresetError, match="presets"):
        parse_presets([GOOD])
    assert [p.name for p in parse_presets({"presets": [GOOD], "about": "ignored"})] == ["tilted"]


def test_every_preset_is_in_one_of_the_four_groups_listed_together():
    groups = [p.group for p in PRESETS]
    assert list(dict.fromkeys(groups)) == ["Lecture", "Textbook shapes", "Test functions", "Data-backed"]
    # each group is one run in file order, so the window can list it under one heading
    assert groups == sorted(groups, key=groups.index)
    data_backed = {p.name for p in PRESETS if "data" in p.extra}
    assert {p.name for p in PRESETS if p.group == "Data-backed"} == data_backed
    assert preset_from_dict(GOOD).to_dict()["group"] == "Tests"
