"""Build the translation catalogues reproducibly: extract, then compile.

    python scripts/build_translations.py          update the .ts sources and compile the .qm files
    python scripts/build_translations.py --check  exit 1 if a .ts misses a string of the code, or a
                                                  .qm is not what its .ts compiles to

pyside6-lupdate (PySide6-Essentials) reads every translate("Context", "text") and
QCoreApplication.translate call of the package into critexplorer/resources/i18n/critexplorer_LANG.ts,
keeping the translations already there (no source locations, so a moved line changes nothing);
pyside6-lrelease compiles each .ts into the .qm that the wheel ships (pyproject's package-data) and
the window loads (critexplorer/ui/translations.py). Translators edit the .ts (with pyside6-linguist or
any editor); the glossary (critexplorer/resources/i18n/glossary.json) fixes the terms.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "critexplorer"
I18N = PACKAGE / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW")


def tool(name: str) -> str:
    """A PySide6 tool: next to this Python (a venv's bin/ or Scripts/), else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6-Essentials (pip install -e .)")
    return found


def sources() -> list[str]:
    """Every Python file of the package, relative to the repository, in a fixed order."""
    return sorted(str(path.relative_to(ROOT)) for path in PACKAGE.rglob("*.py"))


def catalogue(language: str, folder: Path = I18N) -> Path:
    return folder / f"critexplorer_{language}.ts"


def compiled(language: str, folder: Path = I18N) -> Path:
    return folder / f"critexplorer_{language}.qm"


def update(ts_files: list[Path]) -> None:
    """Extract the strings of the code into the .ts files (existing translations are kept)."""
    command = [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-silent"]
    subprocess.run([*command, "-ts", *map(str, ts_files)], cwd=ROOT, check=True)


def release(ts_file: Path, qm_file: Path) -> None:
    command = [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, cwd=ROOT, check=True)


def build() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    update([catalogue(language) for language in LANGUAGES])
    for language in LANGUAGES:
        release(catalogue(language), compiled(language))


def check() -> list[str]:
    """What is stale: a .ts that extraction would change, a .qm that differs from its .ts's build."""
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        for language in LANGUAGES:
            shutil.copy(catalogue(language), catalogue(language, scratch))
        update([catalogue(language, scratch) for language in LANGUAGES])
        for language in LANGUAGES:
            if catalogue(language, scratch).read_bytes() != catalogue(language).read_bytes():
                stale.append(f"{catalogue(language).name}: the code has strings it lacks (or drops some)")
            release(catalogue(language), compiled(language, scratch))
            if not compiled(language).exists() or not filecmp.cmp(
                compiled(language, scratch), compiled(language), shallow=False
            ):
                stale.append(f"{compiled(language).name}: not what {catalogue(language).name} compiles to")
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only report stale catalogues (exit 1)")
    if parser.parse_args().check:
        stale = check()
        for line in stale:
            print(line, file=sys.stderr)
        return 1 if stale else 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
