"""Export formats, one small class per module, each declaring itself (see base.py):

exporter = exporter_for("slide.png")
data = exporter.export(scene, trails)      # bytes, ready for an atomic write
"""

from critexplorer.ui.export.formats.base import (
    Exporter,
    FormatOption,
    all_suffixes,
    exporter_for,
    exporters,
    register,
)

__all__ = ["Exporter", "FormatOption", "all_suffixes", "exporter_for", "exporters", "register"]
