"""Where the project's shared/ folder is. A plain module, not conftest: several directories have a
conftest.py, and `from conftest import ...` picks whichever one pytest imported first."""

import json
import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """The project's shared/ folder: $CRITEXPLORER_SHARED, else ../shared beside the clone (as in CI)."""
    candidates = [os.environ.get("CRITEXPLORER_SHARED"), REPO_ROOT.parent / "shared", "/work/shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "reference" / "critical_points.json").is_file():
            return Path(candidate)
    raise FileNotFoundError("shared/reference/critical_points.json not found beside the repository; "
                            "set CRITEXPLORER_SHARED to the shared folder")


def load_reference() -> dict:
    """shared/reference/critical_points.json: published critical points with their types."""
    return json.loads((shared_dir() / "reference" / "critical_points.json").read_text(encoding="utf-8"))
