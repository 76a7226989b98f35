"""Axis tick labels written as plain numbers: the same digits on every axis, no SI prefix.

pyqtgraph's own labels scale an axis by an SI factor ("L (x0.001)" over −900…900) and give each tick
level its own decimals (1.0 on one axis, 1 on the other); these read as the numbers they are.
"""

from __future__ import annotations

import math

from critexplorer.core.analysis.explain import MINUS

PLAIN_RANGE = (1e-4, 1e6)  # spacings and magnitudes outside this are written as 2.5e6, 1e−5


def decimals_for(spacing: float) -> int:
    """The fewest decimals that tell ticks `spacing` apart (0.5 → 1, 0.25 → 2, 2 → 0)."""
    for places in range(0, 16):
        scaled = spacing * 10**places
        if abs(scaled - round(scaled)) <= 1e-6 * scaled:
            return places
    return 16


def tick_label(value: float, spacing: float) -> str:
    """One tick's text: 1, 1.5, −0.25, 250000, 2.5e6; trailing zeros dropped, zero never −0."""
    value, spacing = float(value), abs(float(spacing))
    if not (math.isfinite(value) and math.isfinite(spacing)) or spacing == 0:
        return ""
    if abs(value) < 1e-9 * spacing:  # a tick at zero, up to roundoff in its computation
        return "0"
    low, high = PLAIN_RANGE
    if spacing < low or abs(value) >= high:
        significant = max(1, math.floor(math.log10(abs(value))) - math.floor(math.log10(spacing)) + 1)
        mantissa, exponent = f"{value:.{significant}e}".split("e")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        text = f"{mantissa}e{int(exponent)}"
    else:
        text = f"{value:.{decimals_for(spacing)}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace("-", MINUS)


def tick_labels(values, spacing: float) -> list[str]:
    return [tick_label(v, spacing) for v in values]
