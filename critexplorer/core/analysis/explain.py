"""Lecture-style words for a point analysis: the classification reason, text and LaTeX summaries.

The badge and the reason are in the chosen language (core/i18n.translate, context "Classification");
the JSON reports never use them, so scripts see the same English keys in every language."""

from __future__ import annotations

import math

import numpy as np

from critexplorer.core.analysis.classify import (
    INCONCLUSIVE,
    MAXIMUM,
    MINIMUM,
    NOT_CRITICAL,
    SADDLE,
    PointAnalysis,
)
from critexplorer.core.analysis.higher_order import Finding
from critexplorer.core.i18n import translate

MINUS = "\u2212"


def classification_name(kind: str) -> str:
    """A classification as the badge names it, in the chosen language ('Saddle point', '鞍点')."""
    # Literal calls, one per title, so that lupdate finds each of them.
    titles = {
        MINIMUM: lambda: translate("Classification", "Local minimum"),
        MAXIMUM: lambda: translate("Classification", "Local maximum"),
        SADDLE: lambda: translate("Classification", "Saddle point"),
        NOT_CRITICAL: lambda: translate("Classification", "Not critical"),
        INCONCLUSIVE: lambda: translate("Classification", "Inconclusive"),
    }
    title = titles.get(kind)
    return title() if title is not None else kind


PLAIN_BELOW = 1e6  # whole numbers up to here are written out (1002, not 1e3); larger ones as 1.23e6


def format_number(value: float, digits: int = 3) -> str:
    """A short human number with a real minus sign: −2, 0.707, 1002, 1.23e6; 'undefined' if not finite.

    `digits` significant digits, except that a number below PLAIN_BELOW keeps all of its whole
    digits: '%.3g' would write 1001.6 as 1e+03, which reads as exactly a thousand."""
    value = float(value)
    if not math.isfinite(value):
        return "undefined"
    if value == 0:
        return "0"
    text = f"{value:.{digits}g}"
    if "e" in text and abs(value) >= 1 and round(abs(value)) < PLAIN_BELOW:
        text = f"{value:.0f}"
    elif "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text.replace("-", MINUS)


def format_vector(values, decimals: int = 2) -> str:
    """(0.71, −0.71): components with a fixed number of decimals, as the lecture writes vectors."""
    parts = []
    for v in np.ravel(values):
        v = float(v)
        if not math.isfinite(v):
            parts.append("undefined")
        elif abs(v) >= 1e4 or (0 < abs(v) < 10**-decimals):
            parts.append(format_number(v))
        else:
            parts.append(_fixed(v, decimals))
    return "(" + ", ".join(parts) + ")"


def _fixed(value: float, decimals: int) -> str:
    """value with `decimals` decimals and a real minus sign; only a value that rounds to zero at
    that precision (−0.0001 at two decimals, or −0.0 itself) loses its sign, so −0.0083 keeps it."""
    text = f"{value:.{decimals}f}"
    if float(text) == 0:
        text = text.lstrip("-")
    return text.replace("-", MINUS)


def classification_title(analysis: PointAnalysis) -> str:
    """The badge text: 'Saddle point', or 'Local minimum (degenerate)' when H is singular."""
    title = classification_name(analysis.classification)
    if analysis.critical and analysis.degenerate:
        return translate("Classification", "{title} (degenerate)").format(title=title)
    return title


def higher_order_words(finding: str) -> str:
    """The higher-order test's sentence in the chosen language (its English text when it is not a
    Finding of core/analysis/higher_order.py)."""
    if isinstance(finding, Finding):
        return translate("HigherOrder", finding.template).format(**finding.values)
    return finding


def classification_reason(analysis: PointAnalysis) -> str:
    """Why the point has its classification, in the lecture's words and with its numbers."""
    a = analysis
    if not a.finite:
        return translate("Classification", "L or its derivatives are not finite here, so no test applies.")
    l1, l2 = (format_number(v) for v in a.eigenvalues)
    u1, u2 = (format_vector(u) for u in a.eigenvectors)
    if not a.critical:
        return translate(
            "Classification",
            "‖g‖ = {norm} ≠ 0, so θ is not a critical point: L falls fastest along −g = {descent}, "
            "by about ‖g‖·t = {norm}·t for a small step t.",
        ).format(norm=format_number(a.gradient_norm), descent=format_vector(-a.gradient))
    if a.degenerate:
        zero = "λ₁" if abs(a.eigenvalues[0]) <= abs(a.eigenvalues[1]) else "λ₂"
        detail = higher_order_words(a.higher_order) or translate(
            "Classification", "the higher-order test could not decide"
        )
        return translate(
            "Classification",
            "g = 0 but {zero} ≈ 0 (λ₁ = {l1}, λ₂ = {l2}), so the Hessian test is silent; {detail}.",
        ).format(zero=zero, l1=l1, l2=l2, detail=detail)
    if a.classification == SADDLE:
        return translate(
            "Classification",
            "g = 0 and λ₁ = {l1} < 0 < λ₂ = {l2}, so this is a saddle: moving along u₁ = {u1} lowers L "
            "by about ½·{down}·t², moving along u₂ = {u2} raises it by about ½·{up}·t².",
        ).format(
            l1=l1,
            l2=l2,
            u1=u1,
            u2=u2,
            down=format_number(abs(a.eigenvalues[0])),
            up=format_number(a.eigenvalues[1]),
        )
    if a.classification == MINIMUM:
        return translate(
            "Classification",
            "g = 0 and 0 < λ₁ = {l1} ≤ λ₂ = {l2}: H is positive definite, so this is a local minimum; "
            "every step t raises L by at least ½·{l1}·t² (least along u₁ = {u1}).",
        ).format(l1=l1, l2=l2, u1=u1)
    if a.classification == MAXIMUM:
        return translate(
            "Classification",
            "g = 0 and λ₁ = {l1} ≤ λ₂ = {l2} < 0: H is negative definite, so this is a local maximum; "
            "every step t lowers L by at least ½·{down}·t² (least along u₂ = {u2}).",
        ).format(l1=l1, l2=l2, u2=u2, down=format_number(abs(a.eigenvalues[1])))
    return higher_order_words(a.higher_order) or translate(
        "Classification", "the tests could not decide what kind of point this is."
    )


def analysis_as_text(analysis: PointAnalysis, vars: tuple[str, str] = ("x", "y"), formula: str = "") -> str:
    """The panel's values as plain text, for the clipboard."""
    a = analysis
    (hxx, hxy), (_, hyy) = a.hessian
    lines = []
    if formula:
        lines.append(f"L({vars[0]}, {vars[1]}) = {formula}")
    lines += [
        f"θ = ({vars[0]}, {vars[1]}) = {format_vector(a.point, 6)}",
        f"L(θ) = {format_number(a.value, 8)}",
        f"g = {format_vector(a.gradient, 6)}",
        f"‖g‖ = {format_number(a.gradient_norm, 6)}",
        f"H = [[{format_number(hxx, 6)}, {format_number(hxy, 6)}], "
        f"[{format_number(hxy, 6)}, {format_number(hyy, 6)}]]",
        f"λ₁ = {format_number(a.eigenvalues[0], 6)}, u₁ = {format_vector(a.eigenvectors[0], 4)}",
        f"λ₂ = {format_number(a.eigenvalues[1], 6)}, u₂ = {format_vector(a.eigenvectors[1], 4)}",
        translate("Classification", "classification: {title}").format(title=classification_title(a)),
        translate("Classification", "reason: {reason}").format(reason=classification_reason(a)),
    ]
    return "\n".join(lines)


def _latex_number(value: float, digits: int = 6) -> str:
    value = float(value)
    if not math.isfinite(value):
        return r"\text{undefined}"
    if value == 0:
        return "0"  # never "-0"
    text = f"{value:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return rf"{mantissa} \times 10^{{{int(exponent)}}}"
    return text


def _latex_vector(values) -> str:
    return (
        r"\begin{pmatrix} " + r" \\ ".join(_latex_number(v, 4) for v in np.ravel(values)) + r" \end{pmatrix}"
    )


def analysis_as_latex(analysis: PointAnalysis, vars: tuple[str, str] = ("x", "y")) -> str:
    """The panel's values as a LaTeX align* block, for notes and slides."""
    a = analysis
    (hxx, hxy), (_, hyy) = a.hessian
    n = _latex_number
    rows = [
        rf"\theta &= ({vars[0]}, {vars[1]}) = ({n(a.point[0])}, {n(a.point[1])})",
        rf"L(\theta) &= {n(a.value, 8)}",
        rf"g &= \nabla L(\theta) = {_latex_vector(a.gradient)}, \quad \lVert g \rVert = "
        rf"{n(a.gradient_norm)}",
        rf"H &= \nabla^2 L(\theta) = \begin{{pmatrix}} {n(hxx)} & {n(hxy)} \\ {n(hxy)} & {n(hyy)} "
        r"\end{pmatrix}",
        rf"\lambda_1 &= {n(a.eigenvalues[0])}, \quad u_1 = {_latex_vector(a.eigenvectors[0])}",
        rf"\lambda_2 &= {n(a.eigenvalues[1])}, \quad u_2 = {_latex_vector(a.eigenvectors[1])}",
        rf"&\text{{{classification_title(a)}}}",
    ]
    return "\\begin{align*}\n" + " \\\\\n".join(rows) + "\n\\end{align*}"


def escape_summary(step, vars: tuple[str, str] = ("x", "y")) -> str:
    """What the escape step did, beside what the quadratic model predicted (an EscapeStep)."""
    return translate(
        "Classification",
        "Stepped t = {t} along u = {u} (λ = {eigenvalue}) to {end}: L went from {before} to {after} "
        "(ΔL = {change}); the model ½·λ·t² predicts {predicted}.",
    ).format(
        t=format_number(step.step),
        u=format_vector(step.direction),
        eigenvalue=format_number(step.eigenvalue),
        end=format_vector(step.end),
        before=format_number(step.start_value, 4),
        after=format_number(step.end_value, 4),
        change=format_number(step.actual_change),
        predicted=format_number(step.predicted_change),
    )
