"""Fixtures shared by every test directory. Keep it small: directory-specific ones live beside their tests."""

import json
import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
# No modal "unsaved changes?" question when pytest-qt closes a window at teardown (it would wait forever).
os.environ.setdefault("CRITEXPLORER_NO_PROMPTS", "1")


def shared_dir() -> Path:
    """The project's shared/ folder: $CRITEXPLORER_SHARED, else ../shared beside the clone (as in CI)."""
    candidates = [os.environ.get("CRITEXPLORER_SHARED"), REPO_ROOT.parent / "shared", "/work/shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "reference" / "critical_points.json").is_file():
            return Path(candidate)
    raise FileNotFoundError("shared/reference/critical_points.json not found beside the repository; "
                            "set CRITEXPLORER_SHARED to the shared folder")


@pytest.fixture(scope="session")
def shared_folder() -> Path:
    return shared_dir()


@pytest.fixture(scope="session")
def shared_reference(shared_folder) -> dict:
    """shared/reference/critical_points.json: published critical points with their types."""
    return json.loads((shared_folder / "reference" / "critical_points.json").read_text(encoding="utf-8"))
