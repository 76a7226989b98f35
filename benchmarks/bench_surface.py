"""3-D view speed while orbiting, beside a baseline measured in the same run. Prints one JSON object per line.

    xvfb-run -a python benchmarks/bench_surface.py [--repeat 31]

- orbit_occlusion_<preset>: what one frame of an orbit (the azimuth turned by a degree) adds to the
  repaint: working out which markers the surface hides from the new camera; baseline: that whole
  frame, repainted and read back with grabFramebuffer, without the test. Rastrigin has 441 critical
  points, the lecture loss one. Target: at most a quarter of the frame.
- framing_<preset>: fitting the camera to the surface, axes and labels (what a resize or a new formula
  costs once); baseline: building the surface mesh for the same landscape. Target ≤ 5 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

import numpy as np


def emit(name: str, ours: float, baseline: float, baseline_what: str, target_ms: float) -> None:
    print(
        json.dumps(
            {
                "name": name,
                "ours_ms": round(ours, 2),
                "baseline": baseline_what,
                "baseline_ms": round(baseline, 2),
                "target_ms": round(target_ms, 2),
                "meets_target": ours <= target_ms,
            }
        )
    )


def median_ms(fn, repeat: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def bench_preset(app, preset: str, repeat: int) -> None:
    from critexplorer.core.heightfield import surface_mesh
    from critexplorer.ui.model import ExplorerModel
    from critexplorer.ui.views.surface import SurfaceView

    model = ExplorerModel()
    view = SurfaceView(model)
    view.resize(800, 700)
    view.show()
    model.load_preset(preset)
    model.find_critical_points()
    for _ in range(10):
        app.processEvents()
    gl_widget = view.gl_widget
    view.keep_camera()

    def turn():
        gl_widget.setCameraPosition(azimuth=gl_widget.opts["azimuth"] + 1.0)

    def occlusion():  # what a frame adds: the hidden markers for the turned camera
        turn()
        view._before_paint()

    in_sight = view._in_sight
    view._in_sight = lambda points: np.ones(len(points), bool)

    def plain_frame():
        turn()
        gl_widget.grabFramebuffer()

    baseline = median_ms(plain_frame, repeat)
    view._in_sight = in_sight
    ours = median_ms(occlusion, repeat)
    emit(
        f"orbit_occlusion_{preset}",
        ours,
        baseline,
        "one whole orbit frame (repaint read back)",
        0.25 * baseline,
    )

    view.reset_camera()

    def framing():
        view._framed_for = None
        view.frame()

    mesh = (view._mesh_xs, view._mesh_ys, view._mesh_z)
    emit(
        f"framing_{preset}",
        median_ms(framing, repeat),
        median_ms(lambda: surface_mesh(*mesh), repeat),
        "surface_mesh of the same landscape",
        5.0,
    )
    view.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=31)
    repeat = parser.parse_args().repeat

    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from critexplorer.ui.views.gl_support import probe_gl

    if not probe_gl().available:
        print("no OpenGL here: run under xvfb-run -a", file=sys.stderr)
        return 2

    for preset in ("rastrigin", "lecture"):
        bench_preset(app, preset, repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
