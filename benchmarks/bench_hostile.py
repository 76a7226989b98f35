"""Rejection time of hostile formulas vs the parse time of a normal formula (same run).

Run: python benchmarks/bench_hostile.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from critexplorer.core.formula import FormulaError, parse_formula

TARGET_MS = 50.0
NORMAL = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"
HOSTILE = {
    "dunder escape": "().__class__.__bases__[0].__subclasses__()",
    "import": "__import__('os').system('true')",
    "9^9^9": "9^9^9^9^9^9^9",
    "huge literal": "9" * 1999,
    "deep parens": "(" * 999 + "x" + ")" * 999,
    "deep unary": "-" * 1999 + "x",
    "long flat sum": "+".join(["x"] * 1000)[:1999],
    "over length": "x+" * 5000,
    "nested calls": "sin(" * 399 + "x" + ")" * 399,
    "lambda": "(lambda: 1)()",
    "comprehension": "[x for x in range(10**9)]",
    "NUL": "x" * 1000 + "\x00",
    "lookalike": "\u0445^2 + y^2",
}


def median_ms(run, repeat: int) -> float:
    """Median wall time; CPU time of this process goes to CPU_MEDIANS (robust to other load)."""
    run()  # warm-up
    times, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        run()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    CPU_MEDIANS.append(1e3 * statistics.median(cpu))
    return 1e3 * statistics.median(times)


CPU_MEDIANS: list[float] = []


# Legal formulas that only look dangerous: they fold to inf at parse time, never to a giant int.
FOLDS_TO_INF = {"9^9^9", "huge literal"}


def rejects(text: str, legal: bool) -> None:
    try:
        loss = parse_formula(text)
    except FormulaError:
        assert not legal
        return
    assert legal and loss.value(0.0, 0.0) == float("inf"), text[:40]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=51)
    args = parser.parse_args(argv)
    baseline_ms = median_ms(lambda: parse_formula(NORMAL), args.repeat)
    for name, text in HOSTILE.items():
        legal = name in FOLDS_TO_INF
        ours_ms = median_ms(lambda: rejects(text, legal), args.repeat)  # noqa: B023
        print(
            json.dumps(
                {
                    "name": f"hostile_rejected[{name}]",
                    "ours_ms": round(ours_ms, 3),
                    "ours_cpu_ms": round(CPU_MEDIANS[-1], 3),
                    "baseline_cpu_ms": round(CPU_MEDIANS[0], 3),
                    "baseline": "parse of a normal formula (Himmelblau)",
                    "baseline_ms": round(baseline_ms, 3),
                    "target_ms": TARGET_MS,
                    "meets_target": ours_ms <= TARGET_MS,
                }
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
