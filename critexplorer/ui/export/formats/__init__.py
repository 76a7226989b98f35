"""One small class per output format, registered by file suffix and discovered here (as in
pyqtgraph.exporters): a new format is a new module, and the code that calls exporters does not change.

    exporter = exporter_for("slide.png")
    data = exporter.export(scene, trails)      # bytes, ready for an atomic write
"""

from __future__ import annotations

from pathlib import Path

from critexplorer.core.runs import Run
from critexplorer.ui.export.scene import ExportError, ExportScene

_REGISTRY: dict[str, Exporter] = {}


class Exporter:
    """A format: its suffix, the views it can draw, and how it turns a scene into bytes."""

    suffix = ""
    name = ""
    views: tuple[str, ...] = ()
    needs_trails = False

    def export(self, scene: ExportScene, trails: list[Run] | None = None, **extra) -> bytes:
        raise NotImplementedError

    def check_view(self, view: str) -> None:
        if view not in self.views:
            raise ExportError(f"{self.name} export draws only the {' or '.join(self.views)} view; "
                              f"use .png for the {view} view")


def register(cls: type[Exporter]) -> type[Exporter]:
    _REGISTRY[cls.suffix] = cls()
    return cls


def exporters() -> list[Exporter]:
    return list(_REGISTRY.values())


def exporter_for(path: str | Path) -> Exporter:
    """The exporter for a file name's suffix; ExportError listing the known ones otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix not in _REGISTRY:
        known = ", ".join(sorted(_REGISTRY))
        shown = suffix or "no suffix"
        raise ExportError(f"cannot export to {shown} ({Path(path).name}); use one of {known}")
    return _REGISTRY[suffix]


# Discovery: importing the modules registers their classes.
from critexplorer.ui.export.formats import gif, png, vector  # noqa: E402,F401
