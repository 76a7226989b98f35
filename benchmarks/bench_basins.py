"""Basin maps on Himmelblau: the batched optimizers against separate single runs, measured in one run.

Cases (each prints one JSON object, our figure beside its baseline from the same process):
- basins_gd_128: GD (lr 0.01) from 128² cell centres, 500-step limit, the atlas given. Baseline: the
  same starts as separate single runs (Run.run_to_end, 500 steps each): a sample of starts is timed
  and the figure extrapolated to 128². Target ≤ 1.5 s, baseline ≥ 50× slower.
- basins_newton_128, basins_sfn_128: Newton and saddle-free Newton, 128² × 200 steps. Target ≤ 4 s.
- basins_growth: 4× the starts (64² → 128², Newton, 200 steps) costs ≤ 4.4× the time.
- optimizer_step_8_runs: one step of a race of 8 (bench_optimizers' case, unchanged target 2 ms).
Figures are medians of --repeat runs after a warm-up; the atlas (the same for every map of a window)
is found once, outside the timings, and its time printed once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import bench_optimizers  # noqa: E402

from critexplorer.core.atlas.find import find_critical_points  # noqa: E402
from critexplorer.core.basins.basin_map import cell_centres, compute_basin_map  # noqa: E402
from critexplorer.core.presets import get_preset  # noqa: E402
from critexplorer.core.runs import Bounds, Run, RunSpec  # noqa: E402

PRESET = get_preset("himmelblau")
BASELINE_SAMPLE = 48  # single runs timed for the extrapolation


CPU_SECONDS: dict[int, float] = {}  # id(result) → its process CPU time (less sensitive to other load)


def timed(function, repeat: int) -> tuple[float, object]:
    function()  # warm-up
    times, cpu, result = [], [], None
    for _ in range(repeat):
        begin, begin_cpu = time.perf_counter(), time.process_time()
        result = function()
        times.append(time.perf_counter() - begin)
        cpu.append(time.process_time() - begin_cpu)
    CPU_SECONDS[id(result)] = statistics.median(cpu)
    return statistics.median(times), result


def basin_seconds(optimizer: str, grid: int, steps: int, hp: dict, atlas, repeat: int):
    spec = RunSpec(optimizer, (0.0, 0.0), hp, max_steps=steps)
    loss = PRESET.loss()
    return timed(lambda: compute_basin_map(loss, spec, PRESET.xlim, PRESET.ylim, grid, atlas=atlas), repeat)


def single_runs_seconds(optimizer: str, grid: int, steps: int, hp: dict) -> float:
    """Separate single runs from a spread sample of the grid's starts, extrapolated to grid²."""
    xs, ys = cell_centres(PRESET.xlim, PRESET.ylim, grid)
    rng = np.random.default_rng(0)
    cells = rng.integers(0, grid, size=(BASELINE_SAMPLE, 2))
    loss = PRESET.loss()
    bounds = Bounds.around((0.0, 0.0), PRESET.xlim, PRESET.ylim)
    begin = time.perf_counter()
    for row, column in cells:
        spec = RunSpec(optimizer, (float(xs[column]), float(ys[row])), hp, max_steps=steps)
        Run(loss, spec, bounds).run_to_end()
    return (time.perf_counter() - begin) / BASELINE_SAMPLE * grid * grid


def report(name: str, what: str, ours: float, target: float, **extra) -> None:
    print(
        json.dumps(
            {
                "name": name,
                "what": what,
                "ours_s": round(ours, 3),
                "target_s": target,
                "meets_target": ours <= target,
                **extra,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    begin = time.perf_counter()
    atlas = find_critical_points(PRESET.loss(), PRESET.xlim, PRESET.ylim)
    print(json.dumps({"name": "atlas_once", "seconds": round(time.perf_counter() - begin, 3)}))

    gd = {"lr": 0.01}
    ours, gd_map = basin_seconds("gd", 128, 500, gd, atlas, repeat)
    baseline = single_runs_seconds("gd", 128, 500, gd)
    report(
        "basins_gd_128",
        "GD, 128² starts × 500 steps",
        ours,
        1.5,
        baseline="the same starts as separate Run.run_to_end (a sample timed, extrapolated)",
        baseline_s=round(baseline, 1),
        slowdown_of_baseline=round(baseline / ours, 1),
        ours_cpu_s=round(CPU_SECONDS[id(gd_map)], 3),
        baseline_meets_50x=baseline >= 50 * ours,
        fractions=gd_map.fractions,
        median_steps=gd_map.median_steps,
    )
    for name, optimizer in (("basins_newton_128", "newton"), ("basins_sfn_128", "saddle-free-newton")):
        ours, newton_map = basin_seconds(optimizer, 128, 200, {}, atlas, repeat)
        baseline = single_runs_seconds(optimizer, 128, 200, {})
        report(
            name,
            f"{optimizer}, 128² starts × 200 steps",
            ours,
            4.0,
            baseline="the same starts as separate Run.run_to_end (a sample timed, extrapolated)",
            baseline_s=round(baseline, 1),
            slowdown_of_baseline=round(baseline / ours, 1),
            ours_cpu_s=round(CPU_SECONDS[id(newton_map)], 3),
            fractions=newton_map.fractions,
            median_steps=newton_map.median_steps,
        )
    small, small_map = basin_seconds("newton", 64, 200, {}, atlas, repeat)
    large, large_map = basin_seconds("newton", 128, 200, {}, atlas, repeat)
    cpu_ratio = CPU_SECONDS[id(large_map)] / CPU_SECONDS[id(small_map)]
    print(
        json.dumps(
            {
                "name": "basins_growth",
                "what": "newton × 200 steps: 64² → 128² starts (4×)",
                "small_s": round(small, 3),
                "large_s": round(large, 3),
                "ratio": round(large / small, 2),
                "cpu_ratio": round(cpu_ratio, 2),
                "target_ratio": 4.4,
                "meets_target": large / small <= 4.4,
            }
        )
    )
    race = bench_optimizers.ours_ms_per_step()
    race_baseline = bench_optimizers.baseline_ms_per_step()
    print(
        json.dumps(
            {
                "name": "optimizer_step_8_runs",
                "ours_ms": round(race, 3),
                "baseline": "per run: autograd.grad + autograd.hessian + np.linalg.eig",
                "baseline_ms": round(race_baseline, 3),
                "target_ms": bench_optimizers.TARGET_MS,
                "meets_target": race <= bench_optimizers.TARGET_MS,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
