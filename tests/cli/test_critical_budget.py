"""Any `critical` call, any formula and window, finishes within its budget in bounded memory.

Each example runs `critexplorer critical --json` in a fresh subprocess, itself started by a small
wrapper that reports the child's peak RSS (getrusage RUSAGE_CHILDREN is the maximum over the
waited children, so the wrapper keeps other tests' subprocesses out of the figure). The timeout is
generous for a loaded CI machine; benchmarks/bench_atlas.py reports the real times.
"""

from __future__ import annotations

import json
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TIMEOUT_S = 20.0
MAX_PEAK_MB = 1024

WRAPPER = """
import resource, subprocess, sys
done = subprocess.run([sys.executable, "-m", "critexplorer", *sys.argv[1:]], capture_output=True,
                      text=True, stdin=subprocess.DEVNULL)
sys.stdout.write(done.stdout)
sys.stderr.write(done.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(done.returncode)
"""

frequencies = st.sampled_from([1, 3, 7, 30, 60, 100, 1000])
trigonometric = st.builds(
    lambda f, k, g, m: f"{f}({k}*x)*{g}({m}*y)",
    st.sampled_from(["sin", "cos"]),
    frequencies,
    st.sampled_from(["sin", "cos"]),
    frequencies,
)
lines = st.builds(lambda f, k: f"{f}({k}*x)", st.sampled_from(["sin", "cos"]), frequencies)
polynomials = st.sampled_from(
    ["x^2+y^2", "(x^2+y-11)^2+(x+y^2-7)^2", "(1-x*y)^2", "x^3-3*x*y^2", "x^4+y^4", "(y-x^2)*(y-2*x^2)"]
)
formulas = st.one_of(trigonometric, lines, polynomials)
half_widths = st.sampled_from([1e-3, 1.0, 2.0, 40.0, 1000.0, 1e6])
centres = st.sampled_from([0.0, 0.5, -3.0, 1e3])


def run_critical(formula: str, xlim, ylim):
    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            WRAPPER,
            "critical",
            formula,
            f"--xlim={xlim[0]},{xlim[1]}",
            f"--ylim={ylim[0]},{ylim[1]}",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        stdin=subprocess.DEVNULL,
    )
    *errors, peak_kb = completed.stderr.strip().splitlines()
    return completed.returncode, json.loads(completed.stdout), errors, int(peak_kb) / 1024


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(formulas, half_widths, half_widths, centres)
def test_any_critical_call_finishes_in_bounded_time_and_memory(formula, half_x, half_y, centre):
    xlim, ylim = (centre - half_x, centre + half_x), (-half_y, half_y)
    returncode, report, errors, peak_mb = run_critical(formula, xlim, ylim)
    assert returncode == 0 and errors == []
    assert peak_mb <= MAX_PEAK_MB, (formula, xlim, ylim, peak_mb)
    assert isinstance(report["complete"], bool)
    if report["complete"]:
        assert "message" not in report
    else:
        assert report["message"].endswith("zoom in") and report["points"] == report["sets"] == []


def test_the_repros_say_how_many_instead_of_a_partial_answer():
    for formula, xlim, message in [
        ("sin(x)", (-1000, 1000), "about 640 critical curves in view: zoom in"),
        ("sin(100*x)*sin(100*y)", (-2, 2), "about 32,000 critical points in view: zoom in"),
    ]:
        returncode, report, errors, peak_mb = run_critical(formula, xlim, (-2, 2))
        assert (returncode, errors) == (0, [])
        assert (report["complete"], report["message"]) == (False, message)
        assert peak_mb <= MAX_PEAK_MB
