"""critexplorer inspect: the JSON contract, the lecture example to the digit, and the text form."""

import math

import numpy as np
import pytest

FIELDS = {
    "formula",
    "vars",
    "point",
    "value",
    "gradient",
    "gradient_norm",
    "hessian",
    "eigenvalues",
    "eigenvectors",
    "critical",
    "classification",
    "degenerate",
    "escape_directions",
}
CLASSIFICATIONS = {"minimum", "maximum", "saddle", "not_critical", "inconclusive"}


def inspect_json(cli, *args):
    result = cli("inspect", *args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.json()


def test_lecture_example_at_the_origin_is_exact(cli):
    report = inspect_json(cli, "(1-w1*w2)^2", "--at", "0,0")
    assert report["formula"] == "(1-w1*w2)^2"
    assert report["vars"] == ["w1", "w2"]
    assert report["point"] == [0.0, 0.0]
    assert report["value"] == 1.0
    assert report["gradient"] == [0.0, 0.0]
    assert report["gradient_norm"] == 0.0
    assert report["hessian"] == [[0.0, -2.0], [-2.0, 0.0]]
    assert report["eigenvalues"] == [-2.0, 2.0]
    assert report["critical"] is True
    assert report["classification"] == "saddle"
    assert report["degenerate"] is False
    # escape along ±(1, 1)/√2: exactly one direction, the eigenvector of λ = -2
    (escape,) = report["escape_directions"]
    assert abs(escape[0]) == pytest.approx(1 / math.sqrt(2), abs=1e-12)
    assert escape[0] == pytest.approx(escape[1], abs=1e-12)
    u1, u2 = report["eigenvectors"]
    assert u1 == escape
    assert abs(u2[0]) == pytest.approx(1 / math.sqrt(2), abs=1e-12)
    assert u2[0] == pytest.approx(-u2[1], abs=1e-12)


def test_lecture_example_at_1_1_is_a_degenerate_minimum_on_the_valley(cli):
    report = inspect_json(cli, "(1-w1*w2)^2", "--at", "1,1")
    assert report["value"] == 0.0 and report["gradient"] == [0.0, 0.0]
    assert report["hessian"] == [[2.0, 2.0], [2.0, 2.0]]
    assert report["eigenvalues"][0] == pytest.approx(0.0, abs=1e-12)
    assert report["eigenvalues"][1] == pytest.approx(4.0, abs=1e-12)
    assert report["critical"] is True and report["degenerate"] is True
    assert report["classification"] == "minimum"
    assert report["escape_directions"] == []


def test_every_field_has_its_type_and_the_eigen_pairs_are_consistent(cli):
    report = inspect_json(cli, "(x^2+y-11)^2 + (x+y^2-7)^2", "--at", "0.5,-1.25")
    assert FIELDS <= set(report)
    assert isinstance(report["formula"], str)
    assert all(isinstance(v, str) for v in report["vars"]) and len(report["vars"]) == 2
    for key in ("point", "gradient", "eigenvalues"):
        assert len(report[key]) == 2 and all(isinstance(v, float) for v in report[key]), key
    assert isinstance(report["value"], float) and isinstance(report["gradient_norm"], float)
    assert isinstance(report["critical"], bool) and isinstance(report["degenerate"], bool)
    assert report["classification"] in CLASSIFICATIONS
    assert report["point"] == [0.5, -1.25]
    H = np.array(report["hessian"])
    assert H.shape == (2, 2) and H[0, 1] == H[1, 0]
    l1, l2 = report["eigenvalues"]
    assert l1 <= l2
    for vector, eigenvalue in zip(report["eigenvectors"], report["eigenvalues"], strict=True):
        u = np.array(vector)
        assert np.linalg.norm(u) == pytest.approx(1.0, abs=1e-12)
        np.testing.assert_allclose(H @ u, eigenvalue * u, atol=1e-9)
    # sympy-free checks against the formula by hand
    x, y = 0.5, -1.25
    assert report["value"] == pytest.approx((x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2)
    gx = 4 * x * (x**2 + y - 11) + 2 * (x + y**2 - 7)
    gy = 2 * (x**2 + y - 11) + 4 * y * (x + y**2 - 7)
    assert report["gradient"] == pytest.approx([gx, gy])
    assert report["gradient_norm"] == pytest.approx(math.hypot(gx, gy))
    assert report["critical"] is False and report["classification"] == "not_critical"
    assert report["escape_directions"] == []


@pytest.mark.parametrize(
    "at_args", [["--at=-1.5,2"], ["--at", "-1.5,2"], ["--at", "-1.5, 2"], ["--at", "(-1.5,2)"]]
)
def test_negative_numbers_work_in_both_option_forms(cli, at_args):
    report = inspect_json(cli, "x^2 - y^2", *at_args)
    assert report["point"] == [-1.5, 2.0]
    assert report["value"] == -1.75
    assert report["gradient"] == [-3.0, -4.0]


def test_options_may_come_before_the_formula_and_a_formula_may_start_with_minus(cli):
    report = inspect_json(cli, "--at", "-1,-2", "-x^2-y^2")
    assert report["formula"] == "-x^2-y^2"
    assert report["point"] == [-1.0, -2.0] and report["value"] == -5.0
    result = cli("inspect", "--at=0,0", "--json", "--", "-x^2-y^2")
    assert result.returncode == 0, result.stderr
    origin = result.json()
    assert origin["classification"] == "maximum"
    assert len(origin["escape_directions"]) == 2


def test_params_bind_extra_names_including_negative_values(cli):
    report = inspect_json(cli, "a*x^2 + b*y^2", "--param", "a=3", "--param", "b=-0.5", "--at", "1,2")
    assert report["value"] == 3 - 2.0
    assert report["hessian"] == [[6.0, 0.0], [0.0, -1.0]]
    assert report["vars"] == ["x", "y"]
    again = inspect_json(cli, "a*x^2 + b*y^2", "--param=a=3,b=-0.5", "--at=1,2")
    assert again["value"] == report["value"]


def test_vars_choose_and_order_the_variables(cli):
    report = inspect_json(cli, "u^2 + 3*v", "--vars", "v,u", "--at", "1,2")
    assert report["vars"] == ["v", "u"]
    assert report["value"] == 4 + 3
    assert report["gradient"] == [3.0, 4.0]


def test_preset_replaces_the_formula(cli):
    report = inspect_json(cli, "--preset", "himmelblau", "--at", "3,2")
    assert report["formula"] == "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"
    assert report["value"] == 0.0 and report["classification"] == "minimum"
    lecture = inspect_json(cli, "--preset", "lecture", "--at=0,0")
    assert lecture["vars"] == ["w1", "w2"] and lecture["eigenvalues"] == [-2.0, 2.0]


def test_a_point_where_the_loss_is_undefined_reports_null_not_nan(cli):
    result = cli("inspect", "log(x) + y^2", "--at", "-1,0", "--json")
    assert result.returncode == 0, result.stderr
    assert "NaN" not in result.stdout and "Infinity" not in result.stdout
    report = result.json()
    assert report["value"] is None
    assert report["finite"] is False
    assert report["eigenvalues"] == [None, None]
    assert report["classification"] == "not_critical"


def test_overflow_is_null_in_json(cli):
    report = inspect_json(cli, "exp(x) + y", "--at", "1000,0")
    assert report["value"] is None and report["finite"] is False


def test_text_output_is_aligned_rounded_and_not_json(cli):
    result = cli("inspect", "(1-w1*w2)^2", "--at", "0,0")
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    labels = {line.split()[0]: line for line in lines if line and not line.startswith(" ")}
    assert {"loss", "point", "value", "gradient", "Hessian", "eigenvalues", "type", "escape"} <= set(labels)
    assert labels["type"].split(None, 1)[1].startswith("saddle")
    assert "(0.707107, 0.707107)" in labels["escape"]
    assert "-1*t^2" in labels["escape"]
    # values start in one column
    starts = {len(line) - len(line[len(line.split()[0]) :].lstrip()) for line in labels.values()}
    assert len(starts) == 1
    assert "[  0  -2 ]" in result.stdout and "[ -2   0 ]" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_param_binding_y_is_never_ignored(cli):
    """Issue 9: `inspect "x*y" --param y=3 --at 1,1` said L = 1, ignoring y = 3."""
    report = inspect_json(cli, "x*y", "--param", "y=3", "--at", "1,1")
    assert report["value"] == 3.0
    assert report["vars"] == ["x", "z"]


def test_critical_with_y_bound_finds_the_valley_x_equals_1(cli):
    """Issue 9: `critical "(x-1)^2+(y-a)^2" --param y=5 --param a=2` reported a minimum at (1, 2)."""
    result = cli("critical", "(x-1)^2+(y-a)^2", "--param", "y=5", "--param", "a=2", "--json")
    assert result.returncode == 0, result.stderr
    report = result.json()
    assert report["points"] == []
    (valley,) = report["sets"]
    assert valley["classification"] == "minimum" and valley["value"] == pytest.approx(9.0)
    assert all(x == pytest.approx(1.0) for x, _ in valley["samples"])


def test_a_chinese_keyboard_formula_and_point(cli):
    """`（1－w1＊w2）＾2 --at １，２`: full-width brackets, operators, digits and comma, as an input method
    types them, give the ASCII formula's report (the loss keeps the text as typed)."""
    typed = inspect_json(cli, "（1－w1＊w2）＾2", "--at", "１，２")
    plain = inspect_json(cli, "(1-w1*w2)^2", "--at", "1,2")
    assert typed["formula"] == "（1－w1＊w2）＾2"
    assert typed["point"] == [1.0, 2.0] and typed["value"] == 1.0
    del typed["formula"], plain["formula"]
    assert typed == plain


def test_lang_changes_the_reason_text_but_never_the_json(cli):
    """--lang zh_CN / zh_TW put the lecture's reason in Chinese; the JSON is byte for byte the same."""
    english = cli("inspect", "--preset", "lecture", "--at", "0,0")
    simplified = cli("inspect", "--preset", "lecture", "--at", "0,0", "--lang", "zh_CN")
    traditional = cli("inspect", "--preset", "lecture", "--at", "0,0", "--lang=zh_TW")
    assert english.returncode == simplified.returncode == traditional.returncode == 0
    assert english.stdout.splitlines()[-1].endswith(
        "so this is a saddle: moving along u₁ = (0.71, 0.71) "
        "lowers L by about ½·2·t², moving along u₂ = (0.71, −0.71) "
        "raises it by about ½·2·t²."
    )
    assert "所以这是鞍点" in simplified.stdout.splitlines()[-1]
    assert "所以這是鞍點" in traditional.stdout.splitlines()[-1]
    outputs = {
        cli("inspect", "--preset", "lecture", "--at", "0,0", "--json", "--lang", lang).stdout
        for lang in ("en", "zh_CN", "zh_TW")
    }
    assert len(outputs) == 1 and '"classification": "saddle"' in outputs.pop()


def test_the_locale_chooses_the_language_without_lang(cli, monkeypatch):
    monkeypatch.setenv("LANG", "zh_HK.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert "所以這是鞍點" in cli("inspect", "--preset", "lecture", "--at", "0,0").stdout
    assert (
        "so this is a saddle" in cli("inspect", "--preset", "lecture", "--at", "0,0", "--lang", "en").stdout
    )


def test_an_unknown_language_is_one_line_and_exit_2(cli):
    result = cli("inspect", "--preset", "lecture", "--at", "0,0", "--lang", "fr")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "--lang" in result.stderr and "zh_TW" in result.stderr
