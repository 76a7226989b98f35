"""Opening the largest session the schema allows, beside a baseline from the same run (JSON, one per line).

    xvfb-run -a python benchmarks/bench_session.py

The largest session: MAX_RUNS runs whose trails hold MAX_TRAIL_POINTS points in all, every coordinate
written with the longest text a float takes (17 digits and an exponent), so the file is as large as
those limits let it be. Each trail begins with its run's real first steps (they are replayed to check
the trail on opening) and goes on as a spiral inside the window.

- open_largest_session_<shape>: load_session (read, parse, validate) and restore_session into a shown
  window (runs put back as data, the views and the optimizer panel drawing them). Baseline: json.loads
  of the same file's text. Target ≤ 1 s.
- load_largest_session_<shape>: load_session alone, beside the same baseline.

Two shapes: as few runs as can hold every point (each at most MAX_STEP_LIMIT steps), and MAX_RUNS runs
sharing them.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from timing import median_ms  # benchmarks/timing.py, beside this script


def largest_session(runs: int):
    from critexplorer.core.formula import parse_formula
    from critexplorer.core.limits import MAX_STEP_LIMIT, palette_color
    from critexplorer.core.runs import Run, RunSpec
    from critexplorer.files.session import MAX_TRAIL_POINTS, Session

    formula = "(x^2+y-11)^2 + (x+y^2-7)^2"
    loss = parse_formula(formula)
    per_run = min(MAX_TRAIL_POINTS // runs, MAX_STEP_LIMIT + 1)
    saved = []
    for index in range(runs):
        angle = 2 * np.pi * index / runs
        start = (round(3.1 * np.cos(angle), 3) + 1.234567890123e-7, round(3.1 * np.sin(angle), 3) - 1e-7)
        spec = RunSpec("gd", start, {"lr": 1e-6}, max_steps=per_run - 1, color=palette_color(index))
        run = Run(loss, spec)
        for _ in range(3):
            run.step()
        t = np.linspace(0.0, 40.0, per_run - len(run.trail))
        radius = 3.0 * np.exp(-t / 40.0) + 1.234567890123e-5
        spiral = np.column_stack([radius * np.cos(t + angle), radius * np.sin(t + angle)])
        spiral -= 1.2345678901234e-5
        saved.append((spec, np.vstack([run.trail.points, spiral])))
    return Session(formula=formula, xlim=(-5.0, 5.0), ylim=(-5.0, 5.0), runs=saved)


def main() -> int:
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    import pyqtgraph as pg

    from critexplorer.core.limits import MAX_STEP_LIMIT
    from critexplorer.files.session import (
        MAX_FILE_BYTES,
        MAX_RUNS,
        MAX_TRAIL_POINTS,
        load_session,
        save_session,
    )
    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.model import ExplorerModel
    from critexplorer.ui.sessions.session_state import restore_session
    from critexplorer.ui.views.gl_support import probe_gl

    pg.setConfigOptions(antialias=True)
    model = ExplorerModel()
    window = MainWindow(model, probe_gl())
    window.resize(1400, 900)
    window.show()
    model.load_preset("lecture")
    for _ in range(5):
        app.processEvents()
    folder = Path(tempfile.mkdtemp(prefix="bench_session_"))
    longest = MAX_STEP_LIMIT + 1  # a run's trail holds at most this many points
    fewest = -(-MAX_TRAIL_POINTS // longest)
    for shape, runs in ((f"{fewest}_runs", fewest), (f"{MAX_RUNS}_runs", MAX_RUNS)):
        path = folder / f"largest_{shape}.critx"
        save_session(largest_session(runs), path)
        size = path.stat().st_size
        text = path.read_text()

        def baseline(text=text):
            json.loads(text)

        def load(path=path):
            load_session(path)

        def open_in_window(path=path):
            restore_session(load_session(path), model, window)
            app.processEvents()

        base_ms, base_cpu = median_ms(baseline)
        for name, fn in (("load_largest_session", load), ("open_largest_session", open_in_window)):
            ours_ms, ours_cpu = median_ms(fn)
            print(
                json.dumps(
                    {
                        "benchmark": f"{name}_{shape}",
                        "file_bytes": size,
                        "file_limit_bytes": MAX_FILE_BYTES,
                        "ours_ms": round(ours_ms, 1),
                        "ours_cpu_ms": round(ours_cpu, 1),
                        "baseline": "json.loads of the same text",
                        "baseline_ms": round(base_ms, 1),
                        "baseline_cpu_ms": round(base_cpu, 1),
                        "target_ms": 1000,
                    }
                ),
                flush=True,
            )
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
