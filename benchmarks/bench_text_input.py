"""What reading a Chinese keyboard's input costs, each figure beside a baseline measured in the same run.

- parse_full_width: parse_formula on a Goldstein–Price formula typed in full width (（）＋－＊，x²);
  baseline: the same formula in ASCII (which skips normalisation after one isascii() scan).
- parse_ascii: the ASCII formula now; baseline: ast.parse of it alone (the least a parse does).
- reason_translated: the lecture saddle's reason through the zh_TW catalogue; baseline: the English
  reason with the identity translate.

    python benchmarks/bench_text_input.py [--repeat N]      prints one JSON object per line
"""

from __future__ import annotations

import argparse
import ast
import json
import statistics
import time

from critexplorer.core.analysis.classify import analyze_point
from critexplorer.core.analysis.explain import classification_reason
from critexplorer.core.formula import parse_formula
from critexplorer.core.i18n import install_translator

ASCII = "(1+(x+y+1)^2*(19-14*x+3*x^2-14*y+6*x*y+3*y^2))*(30+(2*x-3*y)^2*(18-32*x+12*x^2+48*y-36*x*y+27*y^2))"
FULL_WIDTH = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and c not in "^2" else c for c in ASCII).replace(
    "^2", "²"
)


def median_ms(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=300)
    repeat = parser.parse_args().repeat
    assert parse_formula(FULL_WIDTH).value(0.0, -1.0) == parse_formula(ASCII).value(0.0, -1.0)
    rows = [
        ("parse_full_width", lambda: parse_formula(FULL_WIDTH), lambda: parse_formula(ASCII)),
        (
            "parse_ascii",
            lambda: parse_formula(ASCII),
            lambda: ast.parse(ASCII.replace("^", "**"), mode="eval"),
        ),
    ]
    for name, ours, baseline in rows:
        print(
            json.dumps(
                {
                    "bench": name,
                    "ours_ms": median_ms(ours, repeat),
                    "baseline_ms": median_ms(baseline, repeat),
                }
            )
        )

    from critexplorer.ui.translations import cli_translator  # QtCore only, no window

    saddle = analyze_point(parse_formula("(1-w1*w2)^2"), (0.0, 0.0))
    install_translator(None)
    english = median_ms(lambda: classification_reason(saddle), repeat)
    install_translator(cli_translator("zh_TW"))
    translated = median_ms(lambda: classification_reason(saddle), repeat)
    install_translator(None)
    print(json.dumps({"bench": "reason_translated", "ours_ms": translated, "baseline_ms": english}))


if __name__ == "__main__":
    main()
