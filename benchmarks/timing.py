"""Timing shared by the benchmarks that report wall and CPU time (run as scripts: this folder is on
sys.path, so `from timing import median_ms` finds it)."""

from __future__ import annotations

import statistics
import time

REPEATS = 5


def median_ms(fn, repeats: int = REPEATS, warmup: int = 1) -> tuple[float, float]:
    """Median wall and CPU milliseconds of fn() over `repeats` calls, after `warmup` untimed ones."""
    for _ in range(warmup):
        fn()
    times, cpu = [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(times), statistics.median(cpu)
