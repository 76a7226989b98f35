"""The experiment: many independent seeded runs to critical points, in parallel, with progress and cancel.

Run k uses seed `seed + k` alone, and runs are solved in fixed chunks (core/limits.NETWORK_CHUNK_RUNS,
vectorised) with BLAS limited to one thread, so the results are the same bit for bit with one job, many
jobs or a Dask cluster. Locally the chunks go to a ProcessPoolExecutor over the cores; with a scheduler
address they go to dask.distributed (the optional extra `cluster`).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field

import numpy as np
from threadpoolctl import threadpool_limits

from critexplorer.core.i18n import translate
from critexplorer.core.limits import NETWORK_CHUNK_RUNS
from critexplorer.core.networks.critical_search import (
    CriticalRun,
    SearchSettings,
    gradient_tolerance,
    search_critical_points,
)
from critexplorer.core.networks.datasets import NetworkData
from critexplorer.core.networks.network import Network

Progress = Callable[[int, int], None]  # (runs finished, runs asked for)


class ExperimentError(RuntimeError):
    """The experiment could not run (a scheduler that cannot be reached, dask not installed)."""


@dataclass(frozen=True)
class ExperimentSpec:
    """What to run: the network, its data, how many runs from which seed, and how each run searches."""

    network: Network
    data: NetworkData
    runs: int
    seed: int = 0
    settings: SearchSettings = SearchSettings()

    def chunks(self) -> list[list[int]]:
        return [
            list(range(a, min(a + NETWORK_CHUNK_RUNS, self.runs)))
            for a in range(0, self.runs, NETWORK_CHUNK_RUNS)
        ]


@dataclass
class ExperimentResult:
    """The runs that finished (sorted by run), and whether the experiment was stopped before the end."""

    spec: ExperimentSpec
    runs: list[CriticalRun] = field(default_factory=list)
    cancelled: bool = False

    @property
    def critical(self) -> list[CriticalRun]:
        return [r for r in self.runs if r.critical]

    @property
    def minima(self) -> list[CriticalRun]:
        return [r for r in self.critical if r.is_minimum]

    @property
    def saddle_fraction(self) -> float | None:
        """Critical runs with a negative eigenvalue, as a fraction of the critical runs."""
        critical = self.critical
        return sum(r.spectrum.negative > 0 for r in critical) / len(critical) if critical else None

    def minimum_ratio_range(self) -> tuple[float, float] | None:
        ratios = [r.spectrum.minimum_ratio for r in self.critical]
        return (min(ratios), max(ratios)) if ratios else None

    def to_dict(self) -> dict:
        spec = self.spec
        return {
            "network": spec.network.to_dict(),
            "data": {"name": spec.data.name, **spec.data.to_dict()},
            "gradient_tolerance": gradient_tolerance(spec.network, spec.data),
            "zero_tolerance": spec.settings.zero_tol,
            "zero_tolerance_is": "relative: |eigenvalue| <= zero_tolerance * max|eigenvalue| counts as zero",
            "seed": spec.seed,
            "runs_requested": spec.runs,
            "cancelled": self.cancelled,
            "settings": {
                "train_steps": spec.settings.train_steps,
                "learning_rate": spec.settings.learning_rate,
                "init_scale": spec.settings.init_scale,
                "solver_iterations": spec.settings.solver_iterations,
                "solver_travel": spec.settings.solver_travel,
            },
            "runs": [r.to_dict() for r in self.runs],
        }


def solve_chunk(spec: ExperimentSpec, runs: list[int]) -> list[CriticalRun]:
    """One task: the runs `runs` of the experiment, with BLAS on one thread (same bits everywhere)."""
    with threadpool_limits(limits=1):
        return search_critical_points(
            spec.network, spec.data, [spec.seed + r for r in runs], spec.settings, runs=runs
        )


def _worker_start() -> None:
    # Ctrl+C reaches the whole process group: the parent decides what stops, workers finish their task.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threadpool_limits(limits=1)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def run_experiment(
    spec: ExperimentSpec,
    jobs: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ExperimentResult:
    """Every run of `spec`; stops early (keeping finished runs) when should_stop() is true or on Ctrl+C."""
    result = ExperimentResult(spec)
    chunks = spec.chunks()
    stop = should_stop or (lambda: False)

    def finished(runs: list[CriticalRun]) -> None:
        result.runs.extend(runs)
        if progress is not None:
            progress(len(result.runs), spec.runs)

    if progress is not None:
        progress(0, spec.runs)
    try:
        if scheduler is not None:
            _run_on_dask(spec, chunks, scheduler, finished, stop, result)
        elif (jobs or default_jobs()) <= 1 or len(chunks) <= 1:
            for chunk in chunks:
                if stop():
                    result.cancelled = True
                    break
                finished(solve_chunk(spec, chunk))
        else:
            _run_on_processes(spec, chunks, min(jobs or default_jobs(), len(chunks)), finished, stop, result)
    except KeyboardInterrupt:
        result.cancelled = True
    result.runs.sort(key=lambda r: r.run)
    return result


def _run_on_processes(spec, chunks, jobs, finished, stop, result) -> None:
    # forkserver: workers never inherit a parent's threads (a GUI, BLAS pools), yet start from a process
    # that has numpy and this module imported already.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_start)
    pending = set()
    try:
        pending = {executor.submit(solve_chunk, spec, chunk) for chunk in chunks}
        while pending:
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                finished(future.result())
            if pending and stop():
                result.cancelled = True
                break
    except KeyboardInterrupt:
        result.cancelled = True
    finally:
        # Stopping drops the tasks not started yet; the ones under way finish (a chunk takes a second or
        # so), as the window's "Cancelling" says, and their runs are kept below.
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
    for future in pending:
        if future.done() and not future.cancelled() and future.exception() is None:
            finished(future.result())


def _run_on_dask(spec, chunks, address, finished, stop, result) -> None:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ExperimentError(
            translate("Networks", "--scheduler needs dask.distributed: pip install 'critexplorer[cluster]'")
        ) from None
    try:
        client = Client(address, timeout=10)
    except (OSError, TimeoutError, ValueError) as error:
        raise ExperimentError(
            translate("Networks", "cannot reach the Dask scheduler at {address}: {problem}").format(
                address=address, problem=error
            )
        ) from None
    try:
        futures = client.map(solve_chunk, [spec] * len(chunks), chunks, pure=False)
        for future in as_completed(futures):
            finished(future.result())
            if stop():
                result.cancelled = True
                client.cancel(futures)
                break
    finally:
        client.close()


def _median(values) -> float | None:
    values = [v for v in values if v is not None]
    return float(np.median(values)) if values else None


def summary_numbers(result: ExperimentResult) -> dict:
    """The numbers the readable summary states (also handy for the window)."""
    critical = result.critical
    ratios = result.minimum_ratio_range()
    nonzero = [r.spectrum.nonzero_minimum_ratio for r in critical]
    nonzero = [v for v in nonzero if v is not None]
    losses = [r.loss for r in critical]
    return {
        "runs": len(result.runs),
        "critical": len(critical),
        "minima": len(result.minima),
        "gradient_flat": sum(r.gradient_flat for r in result.runs),
        "saddle_fraction": result.saddle_fraction,
        "minimum_ratio_range": ratios,
        "nonzero_ratio_range": (min(nonzero), max(nonzero)) if nonzero else None,
        "loss_range": (min(losses), max(losses)) if losses else None,
        "median_gradient_norm": _median([r.gradient_norm for r in result.runs]),
        "median_trained_loss": _median([r.trained_loss for r in result.runs]),
        "median_solve_distance": _median([r.solve_distance for r in result.runs]),
        "median_parameter_norm": _median([float(np.linalg.norm(r.params)) for r in critical]),
    }
