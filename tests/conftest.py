"""Fixtures shared by every test directory. Keep it small: directory-specific ones live beside their tests."""

import os
from pathlib import Path

import pytest
from shared_reference import load_reference, shared_dir

# No modal "unsaved changes?" question when pytest-qt closes a window at teardown (it would wait forever).
os.environ.setdefault("CRITEXPLORER_NO_PROMPTS", "1")


@pytest.fixture(scope="session")
def shared_folder() -> Path:
    return shared_dir()


@pytest.fixture(scope="session")
def shared_reference(shared_folder) -> dict:
    """shared/reference/critical_points.json: published critical points with their types."""
    return load_reference()
