"""An experiment's results read back from its JSON (what `critexplorer experiment --out` wrote) as an
ExperimentResult, so a window can show a saved experiment's scatters without running it again."""

from __future__ import annotations

import numpy as np

from critexplorer.core.i18n import translate
from critexplorer.core.limits import MAX_NETWORK_RUNS
from critexplorer.core.networks.critical_search import CriticalRun, SearchSettings
from critexplorer.core.networks.experiment import ExperimentResult, ExperimentSpec
from critexplorer.core.networks.slices import SliceError, not_results, report_point
from critexplorer.core.networks.spectrum import Spectrum


def result_from_report(report: dict) -> ExperimentResult:
    """The ExperimentResult of a results JSON; SliceError naming what is missing."""
    try:
        runs = sorted(report["runs"], key=lambda r: int(r["run"]))
        if not runs:
            raise SliceError(translate("Slice", "the results hold no runs"))
        network, data, _ = report_point(report, int(runs[0]["run"]))
        settings = SearchSettings(
            **{**report.get("settings", {}), "zero_tol": float(report["zero_tolerance"])}
        )
        spec = ExperimentSpec(network, data, int(report["runs_requested"]), int(report["seed"]), settings)
        critical_runs = [
            CriticalRun(
                run=int(r["run"]),
                seed=int(r["seed"]),
                params=np.asarray(r["params"], float),
                loss=float(r["loss"]),
                gradient_norm=float(r["gradient_norm"]),
                critical=bool(r["critical"]),
                gradient_flat=bool(r["gradient_flat"]),
                spectrum=Spectrum(np.asarray(r["eigenvalues"], float), float(r["zero_below"])),
                trained_loss=r.get("trained_loss"),
                solve_distance=r.get("solve_distance"),
            )
            for r in runs
        ]
    except SliceError:
        raise
    except (KeyError, TypeError, ValueError, OverflowError, AttributeError) as error:
        raise SliceError(not_results(error)) from None
    if not 1 <= spec.runs <= MAX_NETWORK_RUNS:
        raise SliceError(
            translate("Slice", "runs_requested must be 1 to {most}, not {runs}").format(
                most=MAX_NETWORK_RUNS, runs=spec.runs
            )
        )
    for r in critical_runs:  # each dot of the window's scatters and its spectrum come from these
        numbers = (r.params, r.spectrum.eigenvalues, r.loss, r.gradient_norm)
        if r.params.shape != (network.parameters,) or r.spectrum.eigenvalues.shape != r.params.shape:
            raise SliceError(
                translate(
                    "Slice", "run {run}'s parameters or eigenvalues do not fit the {network} network"
                ).format(run=r.run, network=network.name)
            )
        if not all(np.isfinite(n).all() for n in numbers):
            raise SliceError(
                translate("Slice", "run {run} has a number that is not finite").format(run=r.run)
            )
    return ExperimentResult(spec, critical_runs, bool(report.get("cancelled", False)))
