"""Data files: presets, stylesheet, icons (later translations and lessons). Read with importlib.resources
from the package critexplorer.resources; pyproject.toml's package-data ships them in the wheel."""
