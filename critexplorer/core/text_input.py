"""What a Chinese keyboard types, as the ASCII the parsers read: one normalisation for every front end.

A Chinese input method in full-width mode types （1－w1＊w2）＾2 and １，２; slides paste − for minus,
× and · for times, ÷, and x² for a square. `to_ascii` rewrites exactly these, and nothing else, so a
look-alike letter (Cyrillic х) or a stray symbol still reaches the parsers' whitelists and gets its clear
error. The formula parser, the NAME=VALUE lists, the window's number boxes and every command-line value
use it. `normalize` also returns, for each character of the ASCII text, the user's column it came from,
so an error still points into what the user typed.
"""

from __future__ import annotations

from dataclasses import dataclass

FULL_WIDTH_FIRST, FULL_WIDTH_LAST = 0xFF01, 0xFF5E  # ！ … ～, the full-width forms of ! … ~
FULL_WIDTH_OFFSET = 0xFEE0  # ASCII code = full-width code - this
IDEOGRAPHIC_SPACE = "\u3000"  # the full-width space a Chinese input method types

# One character for one: the column mapping stays trivial.
_SINGLE = {
    IDEOGRAPHIC_SPACE: " ",
    "\u2212": "-",  # − minus sign
    "\u00d7": "*",  # × multiplication sign
    "\u00b7": "*",  # · middle dot, the lecture's product
    "\u00f7": "/",  # ÷ division sign
}
# Superscripts: a run of them after a term is a power, x² -> x^(2), x⁻¹ -> x^(-1).
SUPERSCRIPTS = {
    "\u2070": "0",
    "\u00b9": "1",
    "\u00b2": "2",
    "\u00b3": "3",
    "\u2074": "4",
    "\u2075": "5",
    "\u2076": "6",
    "\u2077": "7",
    "\u2078": "8",
    "\u2079": "9",
    "\u207a": "+",
    "\u207b": "-",
    "\u207d": "(",
    "\u207e": ")",
}


@dataclass(frozen=True)
class NormalizedText:
    """`text` in ASCII where the input allows it; `origin[i]` is the user's 1-based column of text[i],
    and `origin[len(text)]` the column just past the user's text (where a missing term would go)."""

    text: str
    origin: tuple[int, ...]

    def original_column(self, column: int) -> int:
        """The user's 1-based column for a 1-based column of `text` (clamped to the end)."""
        return self.origin[min(max(column, 1), len(self.origin)) - 1]


def _plain_char(char: str) -> str | None:
    code = ord(char)
    if FULL_WIDTH_FIRST <= code <= FULL_WIDTH_LAST:
        return chr(code - FULL_WIDTH_OFFSET)
    return _SINGLE.get(char)


def normalize(text: str) -> NormalizedText:
    """Full-width ASCII, −, ×, ·, ÷ and superscript powers as ASCII, with each character's origin."""
    if text.isascii():  # the common case: nothing to rewrite, every column its own
        return NormalizedText(text, tuple(range(1, len(text) + 2)))
    out: list[str] = []
    origin: list[int] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char in SUPERSCRIPTS:
            end = index
            while end < len(text) and text[end] in SUPERSCRIPTS:
                end += 1
            exponent = "".join(SUPERSCRIPTS[c] for c in text[index:end])
            # Brackets so a signed power stays one exponent: x⁻¹ is x^(-1), never x^-1 read otherwise.
            out.append(f"^({exponent})")
            origin += [index + 1, index + 1]  # '^(' point at the first superscript
            origin += range(index + 1, end + 1)
            origin.append(end)  # ')' points at the last superscript
            index = end
            continue
        plain = _plain_char(char)
        out.append(char if plain is None else plain)
        origin.append(index + 1)
        index += 1
    origin.append(len(text) + 1)
    return NormalizedText("".join(out), tuple(origin))


def to_ascii(text: str) -> str:
    """normalize(text).text: for values where only the text matters (numbers, names, NAME=VALUE)."""
    if text.isascii():
        return text  # the common case costs one scan
    return normalize(text).text
