"""The layers hold: `lint-imports` checks the contracts in pyproject.toml's [tool.importlinter].

core (the engine) imports no Qt, pyqtgraph or OpenGL and nothing of ui or cli; ui imports nothing of cli.
.ci/run runs the same check; this test makes a plain `pytest` run catch a broken layer too.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def lint_imports(cwd: Path, extra_path: Path | None = None) -> subprocess.CompletedProcess:
    """Run the venv's lint-imports (beside this Python) in `cwd`, which holds the pyproject.toml."""
    executable = Path(sys.executable).parent / "lint-imports"
    if not executable.exists():  # e.g. a Python whose scripts live elsewhere
        found = shutil.which("lint-imports")
        if found is None:
            pytest.fail("lint-imports is missing: install the test extra (pip install -e '.[test]')")
        executable = Path(found)
    env = dict(os.environ)
    if extra_path is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(extra_path), env.get("PYTHONPATH")]))
    return subprocess.run(
        [str(executable), "--no-cache", "--no-logo"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def contract_names() -> list[str]:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split("[tool.importlinter]", 1)[1]
    return re.findall(r'^name = "(.*)"$', section, re.M)


def test_the_import_contracts_are_kept():
    result = lint_imports(REPO)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    names = contract_names()
    assert len(names) >= 3
    match = re.search(r"Contracts: (\d+) kept, 0 broken", output)
    assert match and int(match.group(1)) == len(names), output


FAKE_PACKAGE = {  # one module per contract that breaks it, directly or through another module
    "critexplorer/__init__.py": "",
    "critexplorer/core/__init__.py": "",
    "critexplorer/core/plot.py": "import pyqtgraph\n",
    "critexplorer/core/helper.py": "from critexplorer.core import gl_helper\n",
    "critexplorer/core/gl_helper.py": "import OpenGL.GL\nfrom PySide6 import QtCore\n",
    "critexplorer/core/view_model.py": "from critexplorer.ui import window\n",
    "critexplorer/ui/__init__.py": "",
    "critexplorer/ui/window.py": "from critexplorer.cli.arguments import CliError\n",
    "critexplorer/cli/__init__.py": "",
    "critexplorer/cli/arguments.py": "class CliError(Exception):\n    pass\n",
    "critexplorer/files/__init__.py": "",
    "critexplorer/files/reader.py": "from PySide6.QtGui import QImage\n",
    "critexplorer/files/session.py": "from critexplorer.ui import window\n",
    "critexplorer/ui/first.py": "from critexplorer.ui import second\n",  # a cycle of two siblings
    "critexplorer/ui/second.py": "def later():\n    from critexplorer.ui import first\n",
}


def test_the_contracts_catch_a_package_that_breaks_them(tmp_path):
    # The same contracts on a stand-in critexplorer that breaks each: proves the configuration bites
    # (external packages need include_external_packages; indirect imports count).
    for relative, text in FAKE_PACKAGE.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(text, encoding="utf-8")
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    result = lint_imports(tmp_path, extra_path=tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    names = contract_names()
    assert f"Contracts: 0 kept, {len(names)} broken" in output, output
    for module in ("PySide6", "pyqtgraph", "OpenGL", "critexplorer.ui", "critexplorer.cli"):
        assert f"not allowed to import {module}" in output, (module, output)


# Ways to put a file on disk without the atomic writer (a full disk or a kill -9 would leave half a file).
_DIRECT_WRITES = re.compile(
    r"""open\([^)]*["'][wax]b?\+?["']|\.write_(bytes|text)\(|os\.replace\(|os\.rename\(|shutil\.(copy|move)"""
    r"""|\.save\(\s*str\(|\.save\(\s*(path|name|filename|out)\b|QFile\("""
)


def test_every_file_is_written_through_the_one_atomic_writer():
    writer = REPO / "critexplorer" / "files" / "atomic_write.py"
    offenders = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for path in sorted((REPO / "critexplorer").rglob("*.py"))
        if path != writer
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _DIRECT_WRITES.search(line)
    ]
    assert offenders == []
    assert _DIRECT_WRITES.search('    return image.save(str(path), "PNG")')  # what the screenshot did
