"""The entry points: --version, --help, the window when no command is given, and argv rewriting."""

import subprocess
import sys
import types
from pathlib import Path

import pytest

import critexplorer
from critexplorer.cli import build_parser, main
from critexplorer.cli.arguments import join_option_values


def test_version(cli):
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"critexplorer {critexplorer.__version__}"


def test_help_lists_the_commands_with_examples(cli):
    result = cli("--help")
    assert result.returncode == 0 and result.stderr == ""
    for word in ("inspect", "critical", "presets", "examples:", "--at=-1.5,2"):
        assert word in result.stdout


@pytest.mark.parametrize("command", ["inspect", "critical", "presets"])
def test_each_command_has_help_with_examples(cli, command):
    result = cli(command, "--help")
    assert result.returncode == 0
    assert f"usage: critexplorer {command}" in result.stdout
    assert "examples:" in result.stdout and "--preset" in result.stdout


def test_console_script_and_module_agree(tmp_path):
    script = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from critexplorer.cli import main; "
            "sys.exit(main(['presets', '--json', '--preset', 'booth']))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    module = subprocess.run(
        [sys.executable, "-m", "critexplorer", "presets", "--json", "--preset", "booth"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert script.returncode == module.returncode == 0
    assert script.stdout == module.stdout and '"name": "booth"' in module.stdout


def test_commands_never_import_qt():
    code = (
        "import sys; from critexplorer.cli import main; "
        "main(['inspect', 'x^2-y^2', '--at', '1,1', '--json']); "
        "main(['critical', 'x^2-y^2', '--json']); main(['presets']); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'OpenGL')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


@pytest.fixture
def fake_window(monkeypatch):
    """Replace critexplorer.ui.app by a stand-in that records the start state the window would get."""
    calls = []
    module = types.ModuleType("critexplorer.ui.app")
    module.run_window = lambda start: calls.append(start) or 0
    monkeypatch.setitem(sys.modules, "critexplorer.ui.app", module)
    return calls


@pytest.mark.parametrize(
    ("argv", "field", "value"),
    [
        ([], "formula", "(1 - w1*w2)^2"),
        (["--preset", "himmelblau"], "formula", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"),
        (["x^2 - y^2"], "formula", "x^2 - y^2"),
        (["--screenshot", "x.png"], "screenshot", Path("x.png")),
        (["window", "--select", "-1,2"], "select", (-1.0, 2.0)),
    ],
)
def test_no_command_opens_the_window_with_the_arguments(fake_window, argv, field, value):
    assert main(argv) == 0
    assert len(fake_window) == 1 and getattr(fake_window[0], field) == value


def test_help_lists_the_window_options_too(cli):
    for args in (["--help"], ["--preset", "bowl", "-h"]):
        result = cli(*args)
        assert result.returncode == 0
        for word in (
            "inspect",
            "export",
            "window options",
            "--screenshot FILE.png",
            "--race NAMES",
            "--size WxH",
        ):
            assert word in result.stdout
    assert (
        subprocess.run(
            [sys.executable, "main.py", "--help"],
            capture_output=True,
            text=True,
            cwd=Path(__file__).parents[2],
            timeout=60,
        ).stdout
        == cli("--help").stdout
    )


def test_the_window_options_are_read_without_loading_qt():
    code = (
        "import sys; import critexplorer.cli as cli; from critexplorer.cli import window_cmd; "
        "window_cmd.run = lambda args: print(window_cmd.start_state(args).select) or 0; "
        "cli.main(['--preset', 'bowl', '--select', '-1,2']); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'OpenGL')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["(-1.0,", "2.0)", "[]"]


def test_commands_do_not_open_the_window(fake_window, capsys):
    assert main(["presets", "--preset", "bowl"]) == 0
    assert fake_window == []
    assert capsys.readouterr().out.startswith("bowl")


def test_main_returns_2_in_process_too(capsys):
    assert main(["inspect", "x^", "--at", "0,0"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1


def test_join_option_values_glues_values_that_look_like_options():
    inspect_parser = build_parser()._subparsers._group_actions[0].choices["inspect"]
    assert join_option_values(["x^2", "--at", "-1.5,2", "--json"], inspect_parser) == [
        "x^2",
        "--at=-1.5,2",
        "--json",
    ]
    assert join_option_values(["--param", "a=-1", "--vars", "x,y"], inspect_parser) == [
        "--param=a=-1",
        "--vars=x,y",
    ]
    # a formula starting with '-' is kept as a positional (argparse never reads ' -x' as an option)
    assert join_option_values(["-x^2", "--at=0,0"], inspect_parser) == [" -x^2", "--at=0,0"]
    # flags and the end-of-options marker are left alone
    assert join_option_values(["-h"], inspect_parser) == ["-h"]
    assert join_option_values(["--", "-x", "--at"], inspect_parser) == ["--", "-x", "--at"]


def test_one_broken_command_module_does_not_stop_the_others(monkeypatch, capsys, fake_window):
    import critexplorer.cli as cli_package

    monkeypatch.setattr(cli_package, "COMMAND_MODULES", [*cli_package.COMMAND_MODULES, "missing_cmd"])
    assert main(["presets", "--preset", "booth", "--json"]) == 0
    assert '"name": "booth"' in capsys.readouterr().out
    assert main([]) == 0 and len(fake_window) == 1
    assert main(["missing"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("critexplorer missing: internal error: ModuleNotFoundError")
    assert len(err.splitlines()) == 1
