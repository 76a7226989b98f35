"""A step's text as the panel's HTML: paragraphs at blank lines, line breaks kept, **bold**; formulas
are written in Unicode in the lesson (θ, ᵀ, ½, λ₁, ‖g‖), so they need no rendering of their own."""

from __future__ import annotations

import html
import re

_BOLD = re.compile(r"\*\*(.+?)\*\*")


def step_html(text: str) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    rendered = []
    for paragraph in paragraphs:
        escaped = _BOLD.sub(r"<b>\1</b>", html.escape(paragraph, quote=False))
        rendered.append("<p>" + escaped.replace("\n", "<br>") + "</p>")
    return "".join(rendered)
