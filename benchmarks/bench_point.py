"""Point analysis end to end vs a naive autograd.hessian + np.linalg.eigh (same run).

Non-degenerate points carry the ≤ 3 ms target; degenerate points (which run the higher-order
test) are reported too.  Run: python benchmarks/bench_point.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import autograd.numpy as anp
import numpy as np
from autograd import grad, hessian

from critexplorer.core.analysis.classify import analyze_point
from critexplorer.core.formula import parse_formula

TARGET_MS = 3.0

CASES = [  # name, formula, point, degenerate?
    ("lecture saddle", "(1 - w1*w2)^2", (0.0, 0.0), False),
    ("himmelblau min", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", (3.0, 2.0), False),
    ("rosenbrock", "(1 - x)^2 + 100*(y - x^2)^2", (-1.2, 1.0), False),
    ("rastrigin", "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", (0.3, 0.7), False),
    (
        "goldstein-price min",
        "(1+(x+y+1)^2*(19-14*x+3*x^2-14*y+6*x*y+3*y^2))*(30+(2*x-3*y)^2*(18-32*x+12*x^2+48*y-36*x*y+27*y^2))",
        (0.0, -1.0),
        False,
    ),
    ("lecture valley (degenerate)", "(1 - w1*w2)^2", (1.0, 1.0), True),
    ("x^4+y^4 (degenerate)", "x^4 + y^4", (0.0, 0.0), True),
    ("monkey saddle (degenerate)", "x^3 - 3*x*y^2", (0.0, 0.0), True),
    ("peano (degenerate)", "(y - x^2)*(y - 2*x^2)", (0.0, 0.0), True),
]


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


def naive(loss, point):
    """What a user would write: autograd.hessian of a vector function, then eigh."""
    f = lambda v: loss._evaluate(v[0], v[1])  # noqa: E731
    v = anp.array(point, dtype=float)
    value, g, H = f(v), grad(f)(v), hessian(f)(v)
    return value, g, np.linalg.eigh(H)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=51)
    args = parser.parse_args(argv)
    for name, formula, point, degenerate in CASES:
        loss = parse_formula(formula)
        ours_ms = median_ms(lambda: analyze_point(loss, point), args.repeat)  # noqa: B023
        baseline_ms = median_ms(lambda: naive(loss, point), args.repeat)  # noqa: B023
        record = {
            "name": f"point_analysis[{name}]",
            "ours_ms": round(ours_ms, 3),
            "ours_cpu_ms": round(CPU_MEDIANS[-2], 3),
            "baseline_cpu_ms": round(CPU_MEDIANS[-1], 3),
            "baseline": "autograd grad + hessian + np.linalg.eigh (no classification)",
            "baseline_ms": round(baseline_ms, 3),
            "degenerate": degenerate,
            "target_ms": None if degenerate else TARGET_MS,
        }
        if not degenerate:
            record["meets_target"] = ours_ms <= TARGET_MS
        print(json.dumps(record))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
