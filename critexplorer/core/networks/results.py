"""An experiment's results read back from its JSON (what `critexplorer experiment --out` wrote) as an
ExperimentResult, so a window can show a saved experiment's scatters without running it again."""

from __future__ import annotations

import numpy as np

from critexplorer.core.i18n import translate
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
    except (KeyError, TypeError, ValueError) as error:
        raise SliceError(not_results(error)) from None
    return ExperimentResult(spec, critical_runs, bool(report.get("cancelled", False)))
