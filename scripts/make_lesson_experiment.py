"""Write resources/lessons/data/autoencoder-experiment.json, the experiment of lesson 3's last step.

Lesson 3's other steps load data/default-experiment.json, which the plain command makes
(`critexplorer experiment --runs 50 --out default-experiment.json`). Its last step adds the linear
autoencoder 4-2-4, whose critical points Baldi & Hornik (1989) list: saddles at every loss but the
global one, and flat directions (its GL(2) symmetry) that keep the minimum ratio below 1 even at the
minimum. The search
settings are the ones tests/core/test_networks.py uses for it (a short, fast Adam phase and a search
allowed to travel further); `critexplorer experiment` has no options for them, so this calls the core.

    python scripts/make_lesson_experiment.py
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from critexplorer.core.networks.critical_search import SearchSettings
from critexplorer.core.networks.datasets import NetworkData
from critexplorer.core.networks.experiment import ExperimentSpec, run_experiment
from critexplorer.core.networks.network import Network

OUT = (
    Path(__file__).resolve().parent.parent
    / "critexplorer"
    / "resources"
    / "lessons"
    / "data"
    / "autoencoder-experiment.json"
)
EIGENVALUES = (4.0, 3.0, 2.0, 1.0)  # the data's covariance (1/N)·XᵀX is exactly diag(EIGENVALUES)
SAMPLES = 8
RUNS = 24
TRAIN_STEPS = 30  # as in the test: 19 minima and 4 saddles of 24 runs (5 steps: fewer runs critical at all)


def autoencoder_data() -> NetworkData:
    q, _ = np.linalg.qr(np.random.default_rng(3).normal(size=(SAMPLES, len(EIGENVALUES))))
    inputs = q * np.sqrt(SAMPLES * np.asarray(EIGENVALUES))
    return NetworkData("autoencoder", np.round(inputs, 12), np.round(inputs, 12))


def main() -> None:
    network = Network((4, 2, 4), activation="linear", bias=False)
    settings = SearchSettings(train_steps=TRAIN_STEPS, learning_rate=0.05, init_scale=0.5, solver_travel=1.0)
    result = run_experiment(ExperimentSpec(network, autoencoder_data(), RUNS, 0, settings), jobs=1)
    OUT.write_text(json.dumps(result.to_dict(), allow_nan=False) + "\n", encoding="utf-8")
    critical = result.critical
    print(f"{OUT.name}: {len(critical)} of {len(result.runs)} critical, {len(result.minima)} minima")


if __name__ == "__main__":
    main()
