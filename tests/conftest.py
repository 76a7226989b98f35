"""Fixtures shared by every test directory. Keep it small: directory-specific ones live beside their tests."""

import os

import pytest
from shared_reference import load_reference

# No modal "unsaved changes?" question when pytest-qt closes a window at teardown (it would wait forever).
os.environ.setdefault("CRITEXPLORER_NO_PROMPTS", "1")


@pytest.fixture(scope="session")
def shared_reference() -> dict:
    """tests/data/critical_points.json (a copy of shared/reference/): published critical points."""
    return load_reference()
