"""CSV of the runs' trajectories: one row per run and step (run,optimizer,step,x,y,loss; with an
epoch or samples_seen column when the run plots count those). No picture, so no view and no Qt."""

from __future__ import annotations

from critexplorer.core.run_axis import run_sampling
from critexplorer.files.trajectory_csv import trajectories_csv
from critexplorer.ui.export.formats.base import Exporter, register


@register
class CsvExporter(Exporter):
    suffixes = (".csv",)
    name = "CSV"
    kind = "a table of the runs' steps"
    needs_runs = True

    def summary(self, trails) -> str:
        return f"{sum(len(run.trail) for run in trails)} rows from {len(trails)} run(s)"

    def encode(self, scene, trails, variables, **values) -> bytes:
        # The plots' x-axis choice, where the runs have samples to count (a formula's runs: steps only).
        axis = scene.model.display.run_axis if scene is not None else "step"
        if not any(run_sampling(run) is not None for run in trails):
            axis = "step"
        return trajectories_csv(trails, tuple(variables), axis).encode("utf-8")
