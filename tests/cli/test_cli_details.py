"""Issue 9 CLI details: `run --list --json`, formulas starting with --, undefined constants."""

import pytest


def test_run_list_json_prints_every_optimizer_as_json(cli):
    result = cli("run", "--list", "--json")
    assert result.returncode == 0 and result.stderr == ""
    optimizers = result.json()
    names = [o["name"] for o in optimizers]
    assert "gd" in names and "saddle-free-newton" in names
    gd = optimizers[names.index("gd")]
    assert {"name": "lr", "default": 0.01}.items() <= gd["hyperparams"][0].items()


def test_a_formula_starting_with_a_double_minus_is_a_formula(cli):
    result = cli("inspect", "--x^2", "--at", "1,0", "--json")
    assert result.returncode == 0, result.stderr
    assert result.json()["value"] == 1.0


def test_a_formula_that_looks_like_an_option_is_told_to_follow_a_lone_double_dash(cli):
    result = cli("inspect", "--x", "--at", "1,0")
    assert result.returncode == 2
    assert 'after a lone --, like: -- "--x"' in result.stderr
    assert cli("inspect", "--at", "1,0", "--json", "--", "--x").json()["value"] == 1.0


@pytest.mark.parametrize("formula, constant", [("1/0", "inf"), ("0/0", "nan"), ("9^9^9", "inf")])
def test_an_undefined_constant_formula_is_refused_saying_why(cli, formula, constant):
    result = cli("critical", formula)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert f"the constant {constant}" in result.stderr and "undefined everywhere" in result.stderr
