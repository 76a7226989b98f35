"""Optimizer trajectories as CSV: one row per run and step, ready for a spreadsheet or pandas."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

CSV_HEADER = ("run", "optimizer", "step", "x", "y", "loss")


@dataclass(frozen=True)
class TrajectoryRows:
    """One run's trail: its label, optimizer name, points (n, 2) and loss values (n,), start first."""

    label: str
    optimizer: str
    points: np.ndarray
    values: np.ndarray


def _cell(value: float) -> str:
    # repr round-trips exactly; an empty cell marks a non-finite value (a diverged step)
    return repr(float(value)) if math.isfinite(value) else ""


def trajectories_csv(runs: Iterable[TrajectoryRows], variable_names: tuple[str, str] = ("x", "y")) -> str:
    """CSV text with the header run,optimizer,step,<var1>,<var2>,loss and one row per step."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(("run", "optimizer", "step", *variable_names, "loss"))
    for run in runs:
        points = np.asarray(run.points, float).reshape(-1, 2)
        values = np.asarray(run.values, float).reshape(-1)
        for step, ((x, y), value) in enumerate(zip(points, values, strict=True)):
            writer.writerow((run.label, run.optimizer, step, _cell(x), _cell(y), _cell(value)))
    return stream.getvalue()
