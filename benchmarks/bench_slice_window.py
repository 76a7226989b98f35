"""A network's slice in the window, each figure beside a baseline from the same run. One JSON object a line.

    xvfb-run -a python benchmarks/bench_slice_window.py

- slice_fields_128: values, gradients and Hessians of a 2-8-1 tanh slice (64 samples, eig-min,eig-max)
  on a 128² grid through the network's passes (SliceLoss); baseline: the same slice's autograd Loss
  (Loss.fields tracing the grid). Target ≤ 1 s; it is > 200 ms, so the window computes it off the GUI
  thread.
- gui_gap_open_slice: Open slice at the window's 256² grid in the SliceLoader worker; the longest the
  GUI thread's event loop went without running a 5 ms timer while it worked (ours), beside the time the
  same landscape takes when computed on the GUI thread (baseline: the freeze a blocking load would be).
- gui_gap_zoom_slice_128: zooming the shown slice (the model's slice_landscape, a worker and a local
  event loop): the longest gap of the same timer, beside the blocking computation.
"""

from __future__ import annotations

import json
import time


def best_of(repeats: int, work) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)  # a shared machine only adds time


def main() -> None:
    from critexplorer.core.loss import Loss
    from critexplorer.core.networks.datasets import network_data
    from critexplorer.core.networks.experiment import ExperimentSpec, run_experiment
    from critexplorer.core.networks.network import Network
    from critexplorer.core.networks.slices import slice_loss

    network = Network.parse("2-8-1", activation="tanh")
    data = network_data("surface", network)
    # The slice goes through where a run ended, critical or not (2-8-1 on 'surface' rarely is).
    result = run_experiment(ExperimentSpec(network, data, runs=5, seed=0), jobs=1)
    run = (result.critical or result.runs)[0]
    made = slice_loss(network, data, run.params, ["eig-min", "eig-max"])
    traced = Loss(made.loss._evaluate, vars=("a", "b"), formula="autograd", uses_both=True)
    ours = best_of(2, lambda: made.loss.fields(made.xlim, made.ylim, 128))
    base = best_of(1, lambda: traced.fields(made.xlim, made.ylim, 128))
    print(
        json.dumps(
            {"bench": "slice_fields_128", "ours_s": round(ours, 3), "baseline_autograd_s": round(base, 3)}
        )
    )

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from critexplorer.ui.model import Landscape
    from critexplorer.ui.networks.workers import SliceLoader

    app = QApplication.instance() or QApplication([])
    loader, gaps, clock = SliceLoader(), [], QElapsedTimer()
    last = [0]
    clock.start()

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    done = []
    loader.made.connect(lambda *_: done.append(clock.elapsed()))
    last[0] = clock.elapsed()
    loader.load(network, data, run.params, ["eig-min", "eig-max"], "bench", 256)
    while not done:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    blocking = best_of(1, lambda: Landscape.compute(made.loss, made.xlim, made.ylim, 256).fields)
    print(
        json.dumps(
            {
                "bench": "gui_gap_open_slice_256",
                "ours_longest_gap_ms": max(gaps) if gaps else None,
                "worker_total_ms": done[0],
                "baseline_blocking_ms": round(1000 * blocking),
            }
        )
    )

    # Zoom: the model's slice_landscape (ui/networks/landscape_wait) at 128², the GUI thread's longest gap.
    from critexplorer.ui.model import ExplorerModel
    from critexplorer.ui.networks.landscape_wait import install_slice_landscapes

    model = ExplorerModel()
    model.resolution = 128
    model.apply_slice(made)
    install_slice_landscapes(model, None)
    gaps.clear()
    timer.start(5)
    last[0] = clock.elapsed()
    started = clock.elapsed()
    model.set_window((made.xlim[0] / 2, made.xlim[1] / 2), (made.ylim[0] / 2, made.ylim[1] / 2))
    total = clock.elapsed() - started
    timer.stop()
    blocking = best_of(1, lambda: Landscape.compute(made.loss, made.xlim, made.ylim, 128).fields)
    print(
        json.dumps(
            {
                "bench": "gui_gap_zoom_slice_128",
                "ours_longest_gap_ms": max(gaps) if gaps else None,
                "zoom_total_ms": total,
                "baseline_blocking_ms": round(1000 * blocking),
            }
        )
    )


if __name__ == "__main__":
    main()
