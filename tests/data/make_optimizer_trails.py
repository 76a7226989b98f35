"""Makes tests/data/optimizer_trails.json: trails of every optimizer and schedule, recorded from the
single-run code of main at commit eaaab73 (before the optimizers were batched).

    .venv/bin/python tests/data/make_optimizer_trails.py

Floats are written with repr, which round-trips, so the test compares trails bit for bit. Each case
is a run (spec + loss) stepped alone with Run.run_to_end, or a race stepped together with RunGroup.
"""

from __future__ import annotations

import json
from pathlib import Path

from critexplorer.core.optimizers.registry import optimizer_names
from critexplorer.core.optimizers.schedules import SCHEDULES, Schedule
from critexplorer.core.presets import get_preset
from critexplorer.core.runs import Bounds, Run, RunGroup, RunSpec, loss_for_runs

OUT = Path(__file__).with_name("optimizer_trails.json")
STEPS = 150


def cases() -> list[dict]:
    """Every optimizer from two starts on Himmelblau and the lecture loss; every schedule; the
    escapes at the lecture's saddle; mini-batches on the data-backed presets with several seeds."""
    out = []
    for name in optimizer_names():
        for preset, start in (
            ("himmelblau", (-0.3, -0.9)),
            ("himmelblau", (2.5, 1.5)),
            ("lecture", (0.4, -1.1)),
        ):
            out.append({"preset": preset, "optimizer": name, "start": start, "hyperparams": {}})
    for name in SCHEDULES:
        for optimizer in ("gd", "adam", "newton"):
            out.append(
                {
                    "preset": "himmelblau",
                    "optimizer": optimizer,
                    "start": (-1.0, 0.5),
                    "hyperparams": {},
                    "schedule": name,
                }
            )
    out += [
        {"preset": "lecture", "optimizer": "eigen-escape", "start": (0.0, 0.0), "hyperparams": {"lr": 0.05}},
        {"preset": "lecture", "optimizer": "eigen-escape", "start": (1e-4, -2e-4), "hyperparams": {}},
        {
            "preset": "himmelblau",
            "optimizer": "eigen-escape",
            "start": (-0.270845, -0.923039),
            "hyperparams": {"lr": 0.005},
        },
        {
            "preset": "himmelblau",
            "optimizer": "perturbed-gd",
            "start": (-0.270845, -0.923039),
            "hyperparams": {"lr": 0.005, "wait": 20},
            "seed": 3,
        },
        {
            "preset": "lecture",
            "optimizer": "perturbed-gd",
            "start": (0.0, 0.0),
            "hyperparams": {"wait": 10, "radius": 0.3},
            "seed": 11,
        },
        {
            "preset": "lecture",
            "optimizer": "perturbed-gd",
            "start": (1.0, 1.0),
            "hyperparams": {"wait": 5, "stall_tol": 0.5, "min_decrease": 0.5},
            "seed": 5,
        },
    ]
    for preset in ("chain-data", "linear-regression", "logistic-regression"):
        for seed in (0, 7):
            out.append(
                {
                    "preset": preset,
                    "optimizer": "sgd",
                    "start": (0.3, -0.5),
                    "hyperparams": {"lr": 0.05},
                    "seed": seed,
                }
            )
        out.append(
            {
                "preset": preset,
                "optimizer": "sgd",
                "start": (0.3, -0.5),
                "hyperparams": {"lr": 0.05},
                "seed": 2,
                "batch_size": 3,
            }
        )
        out.append(
            {
                "preset": preset,
                "optimizer": "adam",
                "start": (0.3, -0.5),
                "hyperparams": {},
                "seed": 1,
                "batch_size": 2,
            }
        )
        out.append({"preset": preset, "optimizer": "momentum", "start": (1.0, 0.5), "hyperparams": {}})
    return out


def make_run(case: dict) -> Run:
    preset = get_preset(case["preset"])
    loss = loss_for_runs(preset.loss(), preset)
    spec = RunSpec(
        case["optimizer"],
        tuple(case["start"]),
        case["hyperparams"],
        Schedule.make(case.get("schedule", "constant")),
        max_steps=case.get("steps", STEPS),
        batch_size=case.get("batch_size"),
        seed=case.get("seed", 0),
    )
    return Run(loss, spec, Bounds.around(spec.start, preset.xlim, preset.ylim))


def race() -> dict:
    """Every optimizer from its own start on Himmelblau, stepped together (one RunGroup)."""
    starts = [(-4.0 + 0.7 * i, 3.0 - 0.5 * i) for i in range(len(optimizer_names()))]
    return {
        "preset": "himmelblau",
        "race": [
            {"optimizer": n, "start": s, "hyperparams": {}}
            for n, s in zip(optimizer_names(), starts, strict=True)
        ],
    }


def main() -> None:
    records = []
    for case in cases():
        run = make_run(case).run_to_end()
        records.append({**case, "trail": run.trail.points.tolist(), "outcome": run.outcome})
    group_case = race()
    runs = [make_run({"preset": group_case["preset"], **c}) for c in group_case["race"]]
    group = RunGroup(runs)
    while group.step():
        pass
    group_case["trails"] = [r.trail.points.tolist() for r in runs]
    doc = {
        "made_by": "tests/data/make_optimizer_trails.py on main at eaaab73 (single-run optimizers)",
        "cases": records,
        "race": group_case,
    }
    OUT.write_text(json.dumps(doc))
    print(f"{OUT}: {len(records)} runs and a race of {len(runs)}, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
