"""The experiment at scale vs the straightforward per-run loop (same run).

Targets (issue 11): 100 runs of 2-8-1 tanh on 64 samples to critical points with full spectra in ≤ 20 s on
a 2-core machine and ≥ 8× faster than the loop (per run: autograd.grad Adam training, autograd.hessian
Newton, eigvalsh); 4× the runs ≤ 4.4× the time; --jobs 2 ≥ 1.6× faster than --jobs 1.

The loop is timed on --baseline-runs runs and scaled to 100 (its runs are independent and alike, so its
time is linear in their number); it does the same work per run: the same Adam steps, then the very same
search (core/networks/critical_search.find_critical_points) on a network whose gradients and Hessians
come from autograd.grad / autograd.hessian, one run at a time. Run: python benchmarks/bench_experiment.py
"""

from __future__ import annotations

import argparse
import time

import autograd
import numpy as np

from critexplorer.core.networks.critical_search import (
    SearchSettings,
    find_critical_points,
    gradient_tolerance,
)
from critexplorer.core.networks.datasets import network_data
from critexplorer.core.networks.experiment import (
    ExperimentSpec,
    default_jobs,
    run_experiment,
    summary_numbers,
)
from critexplorer.core.networks.network import Network

RUNS = 100
# The workload the README's earlier numbers were measured on (--earlier-workload): 1000 Adam steps, 30 steps
# of each solve phase, travel 0.2. By default the experiment's own settings (SearchSettings()).
EARLIER_SETTINGS = SearchSettings(train_steps=1000, solver_iterations=30, solver_travel=0.2)


class AutogradNetwork:
    """The network's loss, gradient and Hessian the plain way (autograd.grad, autograd.hessian, one row at a
    time), with the interface the search uses, so the loop runs the very same search algorithm."""

    def __init__(self, net, data):
        f = net.autograd_loss(data)
        self.f, self.g, self.h = f, autograd.grad(f), autograd.hessian(f)

    def value_and_gradient(self, theta, data):
        theta = np.atleast_2d(theta)
        return np.array([self.f(t) for t in theta]), np.array([self.g(t) for t in theta])

    def hessians(self, theta, data):
        return np.array([self.h(t) for t in np.atleast_2d(theta)])


def straightforward_run(net, data, seed, settings: SearchSettings):
    """One run the plain way: autograd.grad Adam, the same search with autograd.hessian, then eigvalsh."""
    plain = AutogradNetwork(net, data)
    theta = net.initial_parameters(np.random.default_rng(seed), settings.init_scale)
    m, v = np.zeros_like(theta), np.zeros_like(theta)
    for t in range(1, settings.train_steps + 1):
        g = plain.g(theta)
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        theta = theta - settings.learning_rate * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    tol = gradient_tolerance(net, data)
    (theta,) = find_critical_points(
        plain, data, theta[None], tol, settings.solver_iterations, settings.solver_travel
    )
    return np.linalg.eigvalsh(plain.h(theta)), np.linalg.norm(plain.g(theta))


def timed(fn, repeat: int = 1):
    """The fastest of `repeat` runs: other processes on a shared machine only ever add time."""
    best, out = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return best, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline-runs", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=2, help="time ours this many times, keep the fastest")
    parser.add_argument("--runs", type=int, default=RUNS, help="fewer for a quick check that it runs")
    parser.add_argument(
        "--earlier-workload", action="store_true", help="1000 Adam steps, 30 solve steps, travel 0.2"
    )
    args = parser.parse_args()
    runs = args.runs
    net = Network.parse("2-8-1", activation="tanh")
    data = network_data("surface", net)
    settings = EARLIER_SETTINGS if args.earlier_workload else SearchSettings()
    spec = ExperimentSpec(net, data, runs, seed=0, settings=settings)
    jobs = default_jobs()

    t_base, _ = timed(
        lambda: [straightforward_run(net, data, s, spec.settings) for s in range(args.baseline_runs)]
    )
    t_base100 = t_base * runs / args.baseline_runs
    n = args.repeat
    t_all, result = timed(lambda: run_experiment(spec, jobs=jobs), n)
    t_four, _ = timed(
        lambda: run_experiment(ExperimentSpec(net, data, 4 * runs, settings=settings), jobs=jobs), n
    )
    t_one, _ = timed(lambda: run_experiment(spec, jobs=1), n)
    t_two, _ = timed(lambda: run_experiment(spec, jobs=2), n)

    s = summary_numbers(result)
    rows = [
        (f"{runs} runs, --jobs {jobs} (all cores)", f"{t_all:.1f} s", "≤ 20 s", t_all <= 20),
        (
            f"straightforward loop, {runs} runs (timed on {args.baseline_runs}, scaled)",
            f"{t_base100:.1f} s",
            "",
            None,
        ),
        ("speed-up over the loop", f"{t_base100 / t_all:.1f}×", "≥ 8×", t_base100 / t_all >= 8),
        (
            f"--jobs 1 / --jobs 2 ({runs} runs)",
            f"{t_one:.1f} s / {t_two:.1f} s = {t_one / t_two:.2f}×",
            "≥ 1.6×",
            t_one / t_two >= 1.6,
        ),  # fmt: skip
        (
            f"{4 * runs} runs / {runs} runs",
            f"{t_four:.1f} s / {t_all:.1f} s = {t_four / t_all:.2f}×",
            "≤ 4.4×",
            t_four / t_all <= 4.4,
        ),  # fmt: skip
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'measured':<28}  target   met")
    for what, measured, target, met in rows:
        print(
            f"{what:<{width}}  {measured:<28}  {target:<7}  {'' if met is None else 'yes' if met else 'NO'}"
        )
    print(
        f"\n{runs} runs: {s['critical']} critical, {s['minima']} minima, saddles "
        f"{100 * (s['saddle_fraction'] or 0):.0f}% of critical, minimum ratio {s['minimum_ratio_range']}"
    )


if __name__ == "__main__":
    main()
