"""Optimizer trajectories as CSV: one row per run and step, ready for a spreadsheet or pandas.

The one writer of the window (File → Export trajectories as CSV), `critexplorer run --csv` and
`critexplorer export --out x.csv`. Header: run,optimizer,step,<var1>,<var2>,loss, where `run` is the
run's label (its optimizer's name when it has none) and `optimizer` its CLI name (gd, adam, …).
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Sequence

from critexplorer.core.runs import Run


def _cell(value: float) -> str:
    # repr round-trips exactly; an empty cell marks a non-finite value (a diverged step)
    return repr(float(value)) if math.isfinite(value) else ""


def trajectories_csv(runs: Iterable[Run], variable_names: Sequence[str] = ("x", "y")) -> str:
    """CSV text with the header run,optimizer,step,<var1>,<var2>,loss and one row per step of each run."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(("run", "optimizer", "step", *variable_names, "loss"))
    for run in runs:
        trail = run.trail
        for step, ((x, y), value) in enumerate(zip(trail.points, trail.values, strict=True)):
            writer.writerow((run.spec.name, run.spec.optimizer, step, _cell(x), _cell(y), _cell(value)))
    return stream.getvalue()
