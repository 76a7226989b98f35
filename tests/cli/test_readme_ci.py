"""README and .ci/run stay in step: CI runs the README's test command verbatim, with GL required."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from critexplorer.core.presets import load_presets

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
CI_RUN = REPO / ".ci" / "run"
CI_LINT = REPO / ".ci" / "lint"
CI_SMOKE = REPO / ".ci" / "smoke-wheel"


def readme_block(text: str, name: str) -> list[str]:
    """The lines of the fenced code block after <!-- ci:NAME -->."""
    after = text.split(f"<!-- ci:{name} -->\n", 1)[1]
    match = re.match(r"```[a-z]*\n(.*?)\n```", after, re.S)
    assert match, f"no code block after the ci:{name} marker"
    return match.group(1).splitlines()


def ci_print(option: str) -> str:
    return subprocess.run(
        ["bash", str(CI_RUN), option], capture_output=True, text=True, check=True, timeout=30
    ).stdout


def test_the_readme_has_exactly_two_commands_and_ci_runs_the_test_one_verbatim():
    (app_command,) = readme_block(README, "app-command")
    (test_command,) = readme_block(README, "test-command")
    assert app_command == "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/critexplorer"
    assert test_command == (
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"
    )
    assert ci_print("--print-test-command") == test_command + "\n"


DESIGN_PACKAGES = REPO / "tests" / "data" / "design_apt_packages.txt"


def design_packages() -> list[str]:
    """The Debian packages DESIGN.md lists under "Headless Linux packages", kept in tests/data."""
    lines = DESIGN_PACKAGES.read_text(encoding="utf-8").splitlines()
    return [name for line in lines for name in line.split("#", 1)[0].split()]


def test_ci_installs_the_design_packages_listed_in_the_readme():
    (apt_line,) = readme_block(README, "apt-packages")
    assert apt_line.startswith("sudo apt-get install -y ")
    readme_packages = apt_line.split()[4:]
    assert ci_print("--print-apt-packages").split() == readme_packages
    listed = design_packages()
    assert "libgl1" in listed and "libxcb-cursor0" in listed
    assert set(listed) <= set(readme_packages)


@pytest.mark.parametrize("script", [CI_RUN, CI_LINT, CI_SMOKE], ids=lambda p: p.name)
def test_ci_scripts_are_executable_bash(script):
    assert os.access(script, os.X_OK)
    assert script.read_text().startswith("#!/usr/bin/env bash")
    subprocess.run(["bash", "-n", str(script)], check=True, timeout=30)


def test_ci_lints_with_ruff_and_import_linter_at_the_test_extras_versions():
    lint = CI_LINT.read_text()
    for command in ('ruff" check .', 'ruff" format --check .', 'lint-imports" --no-cache'):
        assert command in lint, command
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    test_extra = pyproject.split("test = [", 1)[1].split("]", 1)[0]
    assert '"ruff>=' in test_extra and '"import-linter>=' in test_extra


def test_the_wheel_smoke_runs_the_installed_command_line():
    smoke = CI_SMOKE.read_text()
    for command in (
        "--version",
        "critical --preset himmelblau --json",
        'QT_QPA_PLATFORM=offscreen "$cli" export --preset himmelblau --view contour --out x.png',
        "export --preset himmelblau --out t.csv --run gd:0.2,-0.3",
    ):
        assert command in smoke, command
    assert "--editable" not in smoke and "install -e" not in smoke


def test_readme_documents_every_preset_and_keeps_the_shared_sections():
    table = README.split("## Presets", 1)[1]
    for preset in load_presets():
        assert f"| `{preset.name}` |" in table, preset.name
    for heading in ("## The window", "## Command line", "## Optimizers", "## Export and sessions"):
        assert heading in README


def fake_clone(tmp_path: Path, test_command: str, lint: str = "exit 0", smoke: str = "exit 0") -> Path:
    """A directory with .ci/run, stand-ins for .ci/lint and .ci/smoke-wheel that say when they run and
    end with `lint` / `smoke`, and a README whose test command is `test_command`."""
    (tmp_path / ".ci").mkdir()
    shutil.copy(CI_RUN, tmp_path / ".ci" / "run")
    (tmp_path / ".ci" / "lint").write_text(f"echo lint-stub-ran\n{lint}\n")
    (tmp_path / ".ci" / "smoke-wheel").write_text(f"echo smoke-stub-ran\n{smoke}\n")
    (tmp_path / "README.md").write_text(
        "<!-- ci:test-command -->\n```bash\n" + test_command + "\n```\n\n"
        "<!-- ci:apt-packages -->\n```bash\nsudo apt-get install -y bash coreutils\n```\n"
    )
    (tmp_path / ".venv").mkdir()  # a stale venv that CI must remove first
    return tmp_path


def run_fake_ci(clone: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("CRITEXPLORER_REQUIRE_GL",)}
    return subprocess.run(
        ["bash", str(clone / ".ci" / "run")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_ci_passes_with_gl_required_and_a_fresh_venv(tmp_path):
    clone = fake_clone(tmp_path, 'test "$CRITEXPLORER_REQUIRE_GL" = 1 && test ! -e .venv && echo ran')
    result = run_fake_ci(clone)
    assert result.returncode == 0, result.stderr
    assert "system packages are installed" in result.stdout
    out = result.stdout
    # lint, then the tests, then the wheel
    assert out.index("lint-stub-ran") < out.index("\nran\n") < out.index("smoke-stub-ran")


@pytest.mark.parametrize(
    "command, status, message",
    [
        ("exit 3", 3, "status 3"),
        ("exit 5", 1, "no tests"),
        ("echo 'SKIPPED [1] tests/ui/test_surface.py:12: no OpenGL context'", 1, "OpenGL were skipped"),
    ],
)
def test_ci_fails_on_failures_on_no_tests_and_on_gl_skips(tmp_path, command, status, message):
    result = run_fake_ci(fake_clone(tmp_path, command))
    assert result.returncode == status
    assert message in result.stderr
    assert "smoke-stub-ran" not in result.stdout  # no wheel smoke after failed tests


def test_ci_stops_before_the_tests_when_lint_fails(tmp_path):
    result = run_fake_ci(fake_clone(tmp_path, "echo tests-ran", lint="exit 1"))
    assert result.returncode == 1
    assert "lint-stub-ran" in result.stdout and "tests-ran" not in result.stdout
    assert "FAILED: lint" in result.stderr


def test_ci_fails_when_the_wheel_smoke_fails(tmp_path):
    result = run_fake_ci(fake_clone(tmp_path, "echo tests-ran", smoke="exit 1"))
    assert result.returncode == 1
    assert "tests-ran" in result.stdout and "smoke-stub-ran" in result.stdout
    assert "FAILED: the smoke test of the installed wheel" in result.stderr
    assert ".ci/run: passed" not in result.stdout


def test_test_files_have_unique_basenames():
    # pytest's default import mode imports tests/a/test_x.py and tests/b/test_x.py under one name.
    names = [path.name for path in (REPO / "tests").rglob("test_*.py")]
    assert sorted(name for name in set(names) if names.count(name) > 1) == []
