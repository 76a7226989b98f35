"""Data files: presets, stylesheet, icons. Read with importlib.resources."""
