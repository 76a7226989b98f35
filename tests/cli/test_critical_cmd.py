"""critexplorer critical: the atlas contract on the lecture valley and on Himmelblau."""

from collections import Counter

import numpy as np
import pytest

POINT_FIELDS = {"point", "value", "classification", "eigenvalues", "degenerate"}
SET_FIELDS = {"kind", "classification", "samples"}


def critical_json(cli, *args):
    result = cli("critical", *args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    report = result.json()
    assert isinstance(report["points"], list) and isinstance(report["sets"], list)
    for point in report["points"]:
        assert POINT_FIELDS <= set(point)
        assert len(point["point"]) == 2 and len(point["eigenvalues"]) == 2
        assert isinstance(point["degenerate"], bool)
    for critical_set in report["sets"]:
        assert SET_FIELDS <= set(critical_set)
        assert all(len(sample) == 2 for sample in critical_set["samples"])
    return report


def test_lecture_gives_one_saddle_and_the_valley_as_one_curve(cli):
    report = critical_json(cli, "(1-w1*w2)^2", "--xlim", "-2,2", "--ylim", "-2,2")
    (saddle,) = report["points"]
    assert saddle["classification"] == "saddle"
    np.testing.assert_allclose(saddle["point"], [0, 0], atol=1e-9)
    assert saddle["value"] == pytest.approx(1.0)
    np.testing.assert_allclose(saddle["eigenvalues"], [-2, 2], atol=1e-9)
    (valley,) = report["sets"]
    assert valley["kind"] == "curve" and valley["classification"] == "minimum"
    samples = np.array(valley["samples"])
    assert len(samples) >= 10
    # interior samples lie on the valley; the ends are clipped to the window edge
    np.testing.assert_allclose(samples[:, 0] * samples[:, 1], 1.0, atol=1e-3)
    assert (samples[:, 0] > 0).any() and (samples[:, 0] < 0).any()  # both branches


def test_himmelblau_has_its_nine_critical_points(cli, shared_reference):
    report = critical_json(cli, "(x^2+y-11)^2+(x+y^2-7)^2", "--xlim=-6,6", "--ylim", "-6,6")
    kinds = Counter(p["classification"] for p in report["points"])
    assert kinds == {"minimum": 4, "saddle": 4, "maximum": 1}
    assert report["sets"] == []
    for expected in shared_reference["functions"]["himmelblau"]["points"]:
        nearest = min(report["points"], key=lambda p: np.hypot(*(np.array(p["point"]) - expected["point"])))
        np.testing.assert_allclose(nearest["point"], expected["point"], atol=1e-5)
        assert nearest["classification"] == expected["classification"]


def test_the_preset_window_is_the_default_and_can_be_overridden(cli):
    preset = critical_json(cli, "--preset", "himmelblau")
    assert preset["xlim"] == [-6.0, 6.0] and preset["ylim"] == [-6.0, 6.0]
    assert len(preset["points"]) == 9
    narrowed = critical_json(cli, "--preset", "himmelblau", "--xlim", "2,4", "--ylim", "1,3")
    assert [p["point"] for p in narrowed["points"]] == [pytest.approx([3.0, 2.0], abs=1e-9)]


def test_without_a_preset_the_window_defaults_to_minus_2_to_2(cli):
    report = critical_json(cli, "x^2 - y^2")
    assert report["xlim"] == [-2.0, 2.0] and report["ylim"] == [-2.0, 2.0]
    (point,) = report["points"]
    assert point["classification"] == "saddle"


@pytest.mark.parametrize("window", [["--xlim", "-3,-1", "--ylim", "-1,1"], ["--xlim=-3,-1", "--ylim=-1,1"]])
def test_negative_windows_work_in_both_option_forms(cli, window):
    report = critical_json(cli, "(x+2)^2 + y^2", *window)
    assert report["xlim"] == [-3.0, -1.0] and report["ylim"] == [-1.0, 1.0]
    (point,) = report["points"]
    np.testing.assert_allclose(point["point"], [-2, 0], atol=1e-9)
    assert point["classification"] == "minimum"


def test_text_output_lists_points_and_sets(cli):
    result = cli("critical", "--preset", "lecture")
    assert result.returncode == 0 and result.stderr == ""
    text = result.stdout
    assert "1 critical point:" in text and "saddle" in text
    assert "1 critical set" in text and "curve: minimum at L = 0" in text
    assert "w1 in [-2, 2], w2 in [-2, 2]" in text
