"""Optimizer trajectories as CSV: one row per run and step, ready for a spreadsheet or pandas.

The one writer of the window (File → Export trajectories as CSV), `critexplorer run --csv` and
`critexplorer export --out x.csv`. Header: run,optimizer,step,<var1>,<var2>,loss, where `run` is the
run's label (its optimizer's name when it has none) and `optimizer` its CLI name (gd, adam, …).
With x_axis "epoch" or "samples" a column `epoch` or `samples_seen` follows `step` (core/run_axis.py's
rule, each run with its own batch size; empty for a run on a loss without samples).
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Sequence

from critexplorer.core.run_axis import axis_values, check_axis, run_sampling
from critexplorer.core.runs import Run

AXIS_COLUMNS = {"epoch": "epoch", "samples": "samples_seen"}


def _cell(value: float) -> str:
    # repr round-trips exactly; an empty cell marks a non-finite value (a diverged step)
    return repr(float(value)) if math.isfinite(value) else ""


def trajectories_csv(
    runs: Iterable[Run], variable_names: Sequence[str] = ("x", "y"), x_axis: str = "step"
) -> str:
    """CSV text with the header run,optimizer,step,<var1>,<var2>,loss and one row per step of each run
    (run,optimizer,step,epoch,… with x_axis "epoch"; samples_seen for "samples")."""
    extra = () if check_axis(x_axis) == "step" else (AXIS_COLUMNS[x_axis],)
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(("run", "optimizer", "step", *extra, *variable_names, "loss"))
    for run in runs:
        trail = run.trail
        along = [""] * len(trail)
        sampling = run_sampling(run)
        if extra and sampling is not None:
            along = [_number(v) for v in axis_values(x_axis, len(trail), sampling)]
        for step, ((x, y), value) in enumerate(zip(trail.points, trail.values, strict=True)):
            cells = (along[step],) if extra else ()
            writer.writerow(
                (run.spec.name, run.spec.optimizer, step, *cells, _cell(x), _cell(y), _cell(value))
            )
    return stream.getvalue()


def _number(value: float) -> str:
    # samples seen are whole numbers; epochs keep every digit (repr round-trips)
    return str(int(value)) if float(value).is_integer() else repr(float(value))
