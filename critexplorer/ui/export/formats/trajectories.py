"""CSV of the runs' trajectories: one row per run and step (run,optimizer,step,x,y,loss). No picture,
so no view, no display and no Qt."""

from __future__ import annotations

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.files.trajectory_csv import trajectories_csv
from critexplorer.ui.export.formats.base import Exporter, register


@register
class CsvExporter(Exporter):
    suffixes = (".csv",)
    name = "CSV"
    kind = QT_TRANSLATE_NOOP("Export", "a table of the runs' steps")
    needs_runs = True

    def summary(self, trails) -> str:
        return translate("Export", "{rows} rows from {count} run(s)").format(
            rows=sum(len(run.trail) for run in trails), count=len(trails)
        )

    def encode(self, scene, trails, variables, **values) -> bytes:
        return trajectories_csv(trails, tuple(variables)).encode("utf-8")
