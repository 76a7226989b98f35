"""The fonts of exported text: the chosen script's Chinese font for captions and legends, and the
fonts an exported SVG names, so that a viewer on another machine draws its Chinese text.

Left to fontconfig, Han characters may come from a Japanese face (Noto Sans CJK JP draws some of them
differently); text_font() asks for the chosen script's family when one is installed. Only a Chinese
language looks at the installed families, so an English export never scans them.

QSvgGenerator writes the painter's family as Qt spells it ("Sans Serif", an alias only Qt knows), so
a browser or Inkscape falls back to its own default, which may have no Chinese glyphs and show boxes.
Each font-family becomes a CSS list instead: the family Qt really drew with, the CJK families of the
chosen language (the one installed here first, then the usual ones of Linux, Windows and macOS), the
other script's, and the generic sans-serif. The viewer still needs one of them installed (README).
"""

from __future__ import annotations

import re

from critexplorer.core.i18n import CHINESE, SIMPLIFIED, TRADITIONAL, current_language

CJK_FAMILIES = {
    SIMPLIFIED: (
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
        "Microsoft YaHei",
        "PingFang SC",
    ),
    TRADITIONAL: ("Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC"),
}
_FONT_FAMILY = re.compile(rb'font-family="([^"]*)"')


def font_stack(drawn_family: str, language: str | None = None) -> str:
    """The CSS font-family list for text Qt drew in `drawn_family`, Chinese of `language` first."""
    language = language or current_language()
    first, second = (TRADITIONAL, SIMPLIFIED) if language == TRADITIONAL else (SIMPLIFIED, TRADITIONAL)
    families = [drawn_family, *CJK_FAMILIES[first], *CJK_FAMILIES[second]]
    unique = list(dict.fromkeys(f for f in families if f))
    return ", ".join(f"'{f}'" if " " in f else f for f in unique) + ", sans-serif"


def name_fonts(svg: bytes, resolve=None, language: str | None = None) -> bytes:
    """`svg` with every font-family attribute a CSS list (font_stack); `resolve(family)` is the family Qt
    drew with for a family Qt wrote (QFontInfo's), the written one if not given."""
    cache: dict[bytes, bytes] = {}

    def stack(match: re.Match) -> bytes:
        written = match.group(1)
        if written not in cache:
            family = written.decode("utf-8")
            drawn = resolve(family) if resolve is not None else family
            cache[written] = b'font-family="' + font_stack(drawn, language).encode("utf-8") + b'"'
        return cache[written]

    return _FONT_FAMILY.sub(stack, svg)


def text_font():
    """A QFont for exported text: the default face, then the chosen script's installed CJK family."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

    font = QFont()
    language = current_language()
    if language in CHINESE:
        installed = [family for family in CJK_FAMILIES[language] if QFontDatabase.hasFamily(family)]
        if installed:
            font.setFamilies([QFontInfo(font).family(), installed[0]])
    return font
