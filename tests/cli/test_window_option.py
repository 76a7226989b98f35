"""Issue 9: the window's --xlim goes through the same check as every command's (one line, exit 2)."""

import pytest


@pytest.mark.parametrize("option", ["--xlim=-1e308,1e308", "--xlim=0,5e-324"])
@pytest.mark.parametrize(
    "command", [["critical", "x^2"], ["window", "x^2", "--screenshot", "never-written.png"]]
)
def test_a_window_that_cannot_be_drawn_is_one_line_and_exit_2(cli, option, command, tmp_path):
    result = cli(*command, option)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--xlim" in result.stderr
    assert not (tmp_path / "never-written.png").exists()


def test_the_windows_lang_option_reaches_the_start_state():
    from critexplorer.cli import build_parser
    from critexplorer.cli.window_cmd import start_state

    args = build_parser(only="window").parse_args(["window", "--lang", "zh_TW"])
    assert start_state(args).language == "zh_TW"
    args = build_parser(only="window").parse_args(["window"])
    assert start_state(args).language is None  # View → Language's choice, or the system's
