"""Export and session speed, each figure beside a baseline measured in the same run (JSON, one per line).

    xvfb-run -a python benchmarks/bench_export.py        (the 3-D view needs a display with OpenGL)

- export_both_1920x1080_png: a 1920×1080 PNG of the 3-D and contour views side by side, slide theme,
  from a window already showing Himmelblau with critical points (throwaway view copies, theme, render,
  PNG encoding). Baseline: QWidget.grab of that window at the same size, encoded as PNG.
  Target ≤ 1.5 s.
- open_session: load + validate a .critx (Himmelblau, 256² grid, a selection, display options, three
  runs of 300 steps) and show it in the window. Baseline: applying the same formula directly.
  Target ≤ 300 ms.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from timing import median_ms  # benchmarks/timing.py, beside this script


def main() -> int:
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    import pyqtgraph as pg

    from critexplorer.core.runs import RunSpec
    from critexplorer.files.session import load_session, save_session
    from critexplorer.ui.export.formats import exporter_for
    from critexplorer.ui.export.scene import ExportOptions, ExportScene, image_bytes
    from critexplorer.ui.main_window import MainWindow
    from critexplorer.ui.model import ExplorerModel
    from critexplorer.ui.sessions import session_state
    from critexplorer.ui.sessions.session_state import capture_session
    from critexplorer.ui.views.gl_support import probe_gl

    pg.setConfigOptions(antialias=True)
    status = probe_gl()
    if not status.available:
        print(json.dumps({"error": f"no OpenGL: {status.reason}; run under xvfb-run -a"}))
        return 2
    model = ExplorerModel()
    window = MainWindow(model, status)
    window.resize(1920, 1080)
    window.show()
    model.load_preset("himmelblau")
    model.select((0.5, -0.25))
    model.find_critical_points()
    for _ in range(5):
        app.processEvents()

    def ours_export():
        scene = ExportScene(model, ExportOptions(view="both", width=1920, height=1080), True, window=window)
        data = exporter_for("x.png").export(scene)
        scene.close()
        assert data[:4] == b"\x89PNG"

    def grab_window():
        app.processEvents()
        data = image_bytes(window.grab().toImage(), "PNG")
        assert data[:4] == b"\x89PNG"

    ours, ours_cpu = median_ms(ours_export)
    base, base_cpu = median_ms(grab_window)
    print(
        json.dumps(
            {
                "name": "export_both_1920x1080_png",
                "ours_ms": round(ours, 1),
                "ours_cpu_ms": round(ours_cpu, 1),
                "baseline_ms": round(base, 1),
                "baseline_cpu_ms": round(base_cpu, 1),
                "baseline": "QWidget.grab of the window at 1920x1080 + PNG",
                "target": "<= 1500 ms",
            }
        )
    )

    model.clear_atlas()
    for index, name in enumerate(("gd", "momentum", "adam")):
        model.runs.add_run(RunSpec(name, (0.2, -0.3 + 0.1 * index), color=model.runs.next_color()))
    model.runs.set_step_limit(300)
    model.runs.run_to_end()
    model.set_display(contour_count=20, show_arrows=True)
    path = Path(tempfile.mkdtemp()) / "bench.critx"
    save_session(capture_session(model, window), path)
    formula, params, variables = model.formula_text, dict(model.params), model.vars
    xlim, ylim = model.landscape.xlim, model.landscape.ylim

    def ours_open():
        session_state.restore_session(load_session(path), model, window)
        app.processEvents()

    def apply_directly():
        model.apply_formula(formula, params, variables, window=(xlim, ylim))
        app.processEvents()

    ours, ours_cpu = median_ms(ours_open)
    base, base_cpu = median_ms(apply_directly)
    print(
        json.dumps(
            {
                "name": "open_session",
                "ours_ms": round(ours, 1),
                "ours_cpu_ms": round(ours_cpu, 1),
                "baseline_ms": round(base, 1),
                "baseline_cpu_ms": round(base_cpu, 1),
                "baseline": "ExplorerModel.apply_formula of the same formula",
                "target": "<= 300 ms",
                "file_bytes": path.stat().st_size,
            }
        )
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
