"""The critical-point atlas vs a multistart scipy.optimize.fsolve over a 41×41 grid (same run).

The baseline is what a user would write: fsolve(∇L, start) from every start of a 41×41 grid,
keep the converged roots inside the window, merge duplicates and classify each by the signs of
numpy's Hessian eigenvalues. It runs twice: with our autograd gradient (`baseline_ms`, the same
derivatives we use) and with a hand-written numpy gradient where we have one
(`baseline_numpy_ms`, the fastest a user could hope for). Both found sets are compared with ours
(positions within 1e-6, same types). Himmelblau carries the target (≤ 300 ms and ≥ 10× faster);
the other cases are reported.

The hostile windows (formulas and windows holding far more critical points than a window can show)
carry the budget's target: each `critexplorer critical --json` subprocess within 5 s and 1 GB peak
RSS, with a complete answer or "about N … in view: zoom in". Their baseline is the same subprocess
on Himmelblau (start-up plus an ordinary search). Before the budget, sin(x) on ±1000 took 24 GB and
was killed, on ±100 43 s and 7.6 GB; sin(60x) 15 s and 2.4 GB; sin(100x)·sin(100y) silently gave
15,234 of ~32,400 points. Run: python benchmarks/bench_atlas.py [--repeat N] [--hostile-only]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import warnings

import numpy as np
from scipy.optimize import fsolve

from critexplorer.core.atlas.find import find_critical_points
from critexplorer.core.formula import parse_formula

TARGET_MS = 300.0
TARGET_SPEEDUP = 10.0
STARTS = 41


def himmelblau_gradient(p):
    x, y = p
    return [4 * x * (x * x + y - 11) + 2 * (x + y * y - 7), 2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)]


def rastrigin_gradient(p):
    return [2 * t + 20 * np.pi * np.sin(2 * np.pi * t) for t in p]


CASES = [  # name, formula, xlim, ylim, hand-written numpy gradient (or None), carries the target
    ("himmelblau", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", (-6, 6), (-6, 6), himmelblau_gradient, True),
    (
        "rastrigin",
        "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)",
        (-5.12, 5.12),
        (-5.12, 5.12),
        rastrigin_gradient,
        False,
    ),
    ("six-hump camel", "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2", (-3, 3), (-2, 2), None, False),
    (
        "beale",
        "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
        (-4.5, 4.5),
        (-4.5, 4.5),
        None,
        False,
    ),
    ("lecture (valley + saddle)", "(1 - w1*w2)^2", (-2, 2), (-2, 2), None, False),
]


HOSTILE_TARGET_S, HOSTILE_TARGET_MB = 5.0, 1024
HOSTILE = [  # formula, xlim, ylim
    ("sin(x)", (-1000, 1000), (-2, 2)),
    ("sin(x)", (-100, 100), (-2, 2)),
    ("sin(60*x)", (-2, 2), (-2, 2)),
    ("sin(100*x)*sin(100*y)", (-2, 2), (-2, 2)),
    ("sin(x)*cos(y)", (-1e6, 1e6), (-1e6, 1e6)),
    ("sin(30*x)*sin(30*y)", (-2, 2), (-2, 2)),  # 2,965 points: still complete
    ("sin(x)", (-40, 40), (-2, 2)),  # 26 lines: still complete
]
# Peak RSS of one child: getrusage(RUSAGE_CHILDREN) is the maximum over all waited children, so
# every measured run gets a fresh parent of its own.
_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run([sys.executable, "-m", "critexplorer", *sys.argv[1:]], capture_output=True, text=True)
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(done.stdout)
"""


def critical_subprocess(formula, xlim, ylim) -> tuple[float, float, dict]:
    """(wall s, peak RSS MB, the JSON report) of one `critexplorer critical --json` process."""
    args = ["critical", formula, f"--xlim={xlim[0]},{xlim[1]}", f"--ylim={ylim[0]},{ylim[1]}", "--json"]
    out = subprocess.run([sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True).stdout
    figures, report = out.split("\n", 1)
    seconds, peak_kb = figures.split()
    return float(seconds), int(peak_kb) / 1024, json.loads(report)


def hostile_windows() -> None:
    base_s, base_mb, _ = critical_subprocess("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", (-6, 6), (-6, 6))
    for formula, xlim, ylim in HOSTILE:
        seconds, peak_mb, report = critical_subprocess(formula, xlim, ylim)
        record = {
            "name": f"atlas-hostile[{formula} on {xlim} x {ylim}]",
            "ours_s": round(seconds, 2),
            "peak_mb": round(peak_mb),
            "complete": report["complete"],
            "points": len(report["points"]),
            "sets": len(report["sets"]),
            "message": report.get("message"),
            "baseline": "the same subprocess on Himmelblau in [-6, 6]^2",
            "baseline_s": round(base_s, 2),
            "baseline_peak_mb": round(base_mb),
            "target": f"<= {HOSTILE_TARGET_S:g} s and <= {HOSTILE_TARGET_MB} MB peak",
            "meets_target": seconds <= HOSTILE_TARGET_S and peak_mb <= HOSTILE_TARGET_MB,
        }
        print(json.dumps(record), flush=True)


def timed(run, repeat: int):
    """(median wall ms, median CPU ms, last result) over `repeat` runs after one warm-up."""
    result = run()
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = run()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return 1e3 * statistics.median(wall), 1e3 * statistics.median(cpu), result


def multistart_fsolve(loss, gradient, xlim, ylim):
    """fsolve from a 41×41 grid of starts; distinct roots in the window with their types."""
    roots = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # fsolve warns when a start does not converge
        for x0 in np.linspace(*xlim, STARTS):
            for y0 in np.linspace(*ylim, STARTS):
                root, _, ok, _ = fsolve(gradient, [x0, y0], full_output=True, xtol=1e-12)
                inside = xlim[0] <= root[0] <= xlim[1] and ylim[0] <= root[1] <= ylim[1]
                if ok == 1 and inside and all(np.hypot(*(root - r)) > 1e-6 for r in roots):
                    roots.append(root)
    found = []
    for root in roots:
        hxx, hxy, hyy = (float(v) for v in loss.hessian(*root))
        low, high = np.linalg.eigvalsh([[hxx, hxy], [hxy, hyy]])
        kind = "minimum" if low > 0 else "maximum" if high < 0 else "saddle"
        found.append((root, kind))
    return found


def same_set(ours, theirs) -> bool:
    """Same number of points, each of ours matched by one of theirs within 1e-6 with the same type."""
    if len(ours) != len(theirs):
        return False
    for p in ours:
        if not any(np.hypot(*(p.point - q)) < 1e-6 and p.classification == kind for q, kind in theirs):
            return False
    return True


def autograd_gradient(loss):
    return lambda p: np.array([float(v) for v in loss.gradient(p[0], p[1])])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=9, help="runs of the atlas (median)")
    parser.add_argument("--baseline-repeat", type=int, default=3, help="runs of the fsolve baseline")
    parser.add_argument("--hostile-only", action="store_true", help="only the hostile windows")
    args = parser.parse_args(argv)
    hostile_windows()
    if args.hostile_only:
        return 0
    for name, formula, xlim, ylim, numpy_gradient, carries_target in CASES:
        loss = parse_formula(formula)
        ours_ms, ours_cpu, atlas = timed(
            lambda: find_critical_points(loss, xlim, ylim),  # noqa: B023
            args.repeat,
        )
        base_ms, base_cpu, found = timed(
            lambda: multistart_fsolve(loss, autograd_gradient(loss), xlim, ylim),  # noqa: B023
            args.baseline_repeat,
        )
        record = {
            "name": f"atlas[{name}]",
            "ours_ms": round(ours_ms, 1),
            "ours_cpu_ms": round(ours_cpu, 1),
            "points": len(atlas.points),
            "sets": [f"{s.kind}:{s.classification}" for s in atlas.sets],
            "baseline": f"scipy fsolve from a {STARTS}x{STARTS} grid, autograd gradient, dedup, eigvalsh",
            "baseline_ms": round(base_ms, 1),
            "baseline_cpu_ms": round(base_cpu, 1),
            "baseline_points": len(found),
            "speedup": round(base_ms / ours_ms, 1),
            "found_same_set": same_set(atlas.points, found),
        }
        if numpy_gradient is not None:
            numpy_ms, _, numpy_found = timed(
                lambda: multistart_fsolve(loss, numpy_gradient, xlim, ylim),  # noqa: B023
                args.baseline_repeat,
            )
            record["baseline_numpy_ms"] = round(numpy_ms, 1)
            record["speedup_vs_numpy"] = round(numpy_ms / ours_ms, 1)
            record["found_same_set_numpy"] = same_set(atlas.points, numpy_found)
        if carries_target:
            record["target"] = f"<= {TARGET_MS:g} ms and >= {TARGET_SPEEDUP:g}x faster, same set"
            record["meets_target"] = bool(
                ours_ms <= TARGET_MS and base_ms / ours_ms >= TARGET_SPEEDUP and record["found_same_set"]
            )
        print(json.dumps(record), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
