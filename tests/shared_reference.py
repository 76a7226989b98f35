"""The reference critical points, kept in the repository as tests/data/critical_points.json (a copy of the
project's shared/reference file; its "about" field names the sources). A plain module, not conftest:
several directories have a conftest.py, and `from conftest import ...` picks whichever one pytest
imported first."""

import json
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
REFERENCE_FILE = DATA_DIR / "critical_points.json"


def load_reference() -> dict:
    """tests/data/critical_points.json: published critical points with their types."""
    return json.loads(REFERENCE_FILE.read_text(encoding="utf-8"))
