"""Fields on a 256×256 grid (value, gradient, Hessian, eigenvalues, class map) vs plain numpy.

Baseline: the same formula hand-written in numpy, value only (what a user would plot without us).
Prints one JSON object per loss.  Run: python benchmarks/bench_fields.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import numpy as np

from critexplorer.core.presets import get_preset

TARGET_MS = 30.0
N = 256


def _numpy_losses():
    cos, pi = np.cos, np.pi
    return {
        "himmelblau": lambda x, y: (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2,
        "rosenbrock": lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2,
        "lecture": lambda x, y: (1 - x * y) ** 2,
        "rastrigin": lambda x, y: 20 + x**2 - 10 * cos(2 * pi * x) + y**2 - 10 * cos(2 * pi * y),
        "six-hump-camel": lambda x, y: (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2,
        "goldstein-price": lambda x, y: (
            (1 + (x + y + 1) ** 2 * (19 - 14 * x + 3 * x**2 - 14 * y + 6 * x * y + 3 * y**2))
            * (30 + (2 * x - 3 * y) ** 2 * (18 - 32 * x + 12 * x**2 + 48 * y - 36 * x * y + 27 * y**2))
        ),
    }


def median_ms(run, repeat: int) -> float:
    """Median wall time; CPU time of this process goes to CPU_MEDIANS (robust to other load)."""
    run()  # warm-up
    times, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        run()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    CPU_MEDIANS.append(1e3 * statistics.median(cpu))
    return 1e3 * statistics.median(times)


CPU_MEDIANS: list[float] = []


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=31)
    args = parser.parse_args(argv)
    for name, plain in _numpy_losses().items():
        preset = get_preset(name)
        loss = preset.loss()
        xs = np.linspace(*preset.xlim, N)
        ys = np.linspace(*preset.ylim, N)
        X, Y = np.meshgrid(xs, ys)

        def ours(loss=loss, preset=preset):
            fields = loss.fields(preset.xlim, preset.ylim, N)
            fields.curvature_map()

        ours_ms = median_ms(ours, args.repeat)
        baseline_ms = median_ms(lambda plain=plain, X=X, Y=Y: plain(X, Y), args.repeat)
        assert np.allclose(loss.value(X, Y), plain(X, Y), rtol=1e-12)
        print(
            json.dumps(
                {
                    "name": f"fields_256x256[{name}]",
                    "ours_ms": round(ours_ms, 2),
                    "ours_cpu_ms": round(CPU_MEDIANS[-2], 2),
                    "baseline_cpu_ms": round(CPU_MEDIANS[-1], 2),
                    "baseline": "plain numpy value only",
                    "baseline_ms": round(baseline_ms, 2),
                    "target_ms": TARGET_MS,
                    "meets_target": ours_ms <= TARGET_MS,
                }
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
