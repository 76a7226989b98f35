"""Bad input of every kind: exit status 2, exactly one line on stderr, nothing on stdout, no traceback."""

import pytest

BAD_INPUTS = {
    "syntax error": ["inspect", "x^", "--at", "0,0"],
    "unbalanced parenthesis": ["inspect", "sin(x", "--at", "0,0"],
    "three variables": ["inspect", "x+y+z", "--at", "0,0"],
    "code injection": ["inspect", "__import__('os').system('echo hi')", "--at", "0,0"],
    "attribute access": ["inspect", "x.real + y", "--at", "0,0"],
    "unknown function": ["inspect", "foo(x) + y", "--at", "0,0"],
    "empty formula": ["inspect", "", "--at", "0,0"],
    "formula too long": ["inspect", "x+" * 1200 + "y", "--at", "0,0"],
    "one number": ["inspect", "x^2", "--at", "1"],
    "three numbers": ["inspect", "x^2", "--at", "1,2,3"],
    "not numbers": ["inspect", "x^2", "--at", "a,b"],
    "nan point": ["inspect", "x^2", "--at", "nan,0"],
    "infinite point": ["inspect", "x^2", "--at=-inf,0"],
    "overflowing point": ["inspect", "x^2", "--at", "1e999,0"],
    "missing --at": ["inspect", "x^2"],
    "--at without a value": ["inspect", "x^2", "--at"],
    "no formula": ["inspect", "--at", "0,0"],
    "unknown preset": ["inspect", "--preset", "nope", "--at", "0,0"],
    "formula and preset": ["inspect", "x^2", "--preset", "bowl", "--at", "0,0"],
    "param not a number": ["inspect", "a*x^2+y", "--param", "a=foo", "--at", "0,0"],
    "param without value": ["inspect", "a*x^2+y", "--param", "a", "--at", "0,0"],
    "param infinite": ["inspect", "a*x^2+y", "--param", "a=inf", "--at", "0,0"],
    "param is a variable": ["inspect", "x^2+y", "--vars", "x,y", "--param", "x=1", "--at", "0,0"],
    "one var": ["inspect", "x^2", "--vars", "x", "--at", "0,0"],
    "same var twice": ["inspect", "x^2", "--vars", "x,x", "--at", "0,0"],
    "unknown option": ["inspect", "x^2", "--at", "0,0", "--bogus"],
    "two formulas": ["inspect", "x^2", "y^2", "--at", "0,0"],
    "reversed window": ["critical", "x^2", "--xlim", "1,-1"],
    "empty window": ["critical", "x^2", "--ylim=0,0"],
    "nan window": ["critical", "x^2", "--xlim", "nan,1"],
    "infinitely wide window": ["critical", "x^2", "--xlim", "-1e308,1e308"],
    "window with one number": ["critical", "x^2", "--xlim", "-1"],
    "critical of unknown preset": ["critical", "--preset", "himmelbalu"],
    "presets of unknown preset": ["presets", "--preset", "nope"],
    "presets with a bad option": ["presets", "--bogus"],
    "misspelled command": ["inspct", "x^2", "--at", "0,0"],
}


@pytest.mark.parametrize("args", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input_exits_2_with_one_line_on_stderr(cli, args):
    result = cli(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.endswith("\n")
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("critexplorer")
    assert "error:" in lines[0]
    assert "Traceback" not in result.stderr


def test_messages_say_what_is_wrong(cli):
    too_many = cli("inspect", "x+y+z", "--at", "0,0").stderr
    assert "x, y, z" in too_many and "column 5" in too_many
    assert "Bind the extra ones with --param NAME=VALUE, or choose the two with --vars" in too_many
    unbound = cli("inspect", "x+y+z", "--vars", "x,y", "--at", "0,0").stderr
    assert "unknown name z: bind with --param NAME=VALUE (column 5)" in unbound
    assignment = cli("inspect", "a=2", "--at", "0,0").stderr
    assert "'=' is not allowed (parameters such as a=2 go in --param NAME=VALUE)" in assignment
    same_vars = cli("inspect", "x^2", "--vars", "x,x", "--at", "0,0").stderr
    assert "--vars needs two different names, like x,y; got x,x" in same_vars
    preset = cli("critical", "--preset", "himmelbalu").stderr
    assert "himmelbalu" in preset and "himmelblau" in preset
    point = cli("inspect", "x^2", "--at", "nan,0").stderr
    assert "--at X" in point and "finite" in point
    window = cli("critical", "x^2", "--xlim", "1,-1").stderr
    assert "--xlim" in window and "low to high" in window
    typo = cli("inspct", "x", "--at", "0,0").stderr
    assert "did you mean 'inspect'" in typo


def test_json_flag_does_not_change_how_errors_are_reported(cli):
    result = cli("inspect", "x^", "--at", "0,0", "--json")
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1


def test_syntax_errors_give_plain_hints(cli):
    dangling = cli("inspect", "x^2+", "--at", "0,0").stderr
    assert "nothing follows '+': a term is missing after it (column 5)" in dangling, dangling
    bars = cli("inspect", "|x|", "--at", "0,0").stderr
    assert "use abs(x) for |x| (column 1)" in bars, bars
    assert "invalid syntax" not in dangling + bars
