"""Translation without Qt: the core marks its user-visible words with `translate(context, text)`.

`translate` is an identity until a front end installs a real one: the window installs
QCoreApplication.translate at start-up (ui/translations.py), and the command line installs a
QTranslator's lookup when --lang or the locale asks for Chinese. `pyside6-lupdate` extracts every
`translate("Context", "text")` call by name into the .ts catalogues (scripts/build_translations.py),
so the context and the text must be string literals at the call; numbers go in afterwards with
str.format, never into the text that is looked up.

The languages and the rule that picks one from a locale name live here too, so the window and the
command line choose alike.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

ENGLISH, SIMPLIFIED, TRADITIONAL = "en", "zh_CN", "zh_TW"
LANGUAGES = (ENGLISH, SIMPLIFIED, TRADITIONAL)
CHINESE = (SIMPLIFIED, TRADITIONAL)
# Each language's own name, as the View → Language menu shows it (never translated: a user who
# cannot read the current language still finds theirs).
NATIVE_NAMES = {ENGLISH: "English", SIMPLIFIED: "简体中文", TRADITIONAL: "繁體中文"}

# Regions that write simplified or traditional characters; any other Chinese locale is simplified.
_TRADITIONAL_REGIONS = {"TW", "HK", "MO"}

Translator = Callable[..., str]  # (context, text, disambiguation=None, n=-1) -> text, as Qt's


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_installed: list[Translator] = [_identity]
_language = [ENGLISH]  # the language of the installed translator, for text kept outside the catalogues


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the chosen language (itself until a translator is installed, or if it has none).

    With a count `n` >= 0, %n in the text becomes the number, as QCoreApplication.translate does (and
    the catalogue picks the plural form of a numerus message; Chinese has a single form, and
    pyside6-lupdate marks a message numerus only when the count is a literal, so ours are plain
    messages that hold %n)."""
    if n < 0:
        return _installed[0](context, text) or text
    # QCoreApplication.translate puts the number in for %n already; a bare QTranslator's lookup (the
    # command line's) does not, so it is put in here too.
    return (_installed[0](context, text, disambiguation, n) or text).replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction where it is stored, not shown (lupdate knows Qt's name); the text
    is looked up later, with translate(context, text), where it is shown."""
    return text


def install_translator(translator: Translator | None, language: str | None = None) -> None:
    """Make `translator(context, text)` the one `translate` uses; None restores the identity (and
    English). `language` is what current_language() answers from then on."""
    _installed[0] = translator or _identity
    _language[0] = language if translator is not None and language in LANGUAGES else ENGLISH


def current_language() -> str:
    """The language translate() speaks: for words kept in data files rather than in the catalogues
    (the presets' descriptions in presets.json)."""
    return _language[0]


def language_for_locale(name: str | None) -> str:
    """The language for a locale name: zh_CN, zh_SG, zh_Hans → simplified; zh_TW, zh_HK, zh_MO, zh_Hant →
    traditional; anything else (C, POSIX, en_US, fr_FR, none) → English. Accepts zh-TW, zh_TW.UTF-8 and
    zh_Hant_TW spellings."""
    if not name:
        return ENGLISH
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    if parts[0].lower() != "zh":
        return ENGLISH
    tags = {part.upper() for part in parts[1:]}
    if "HANT" in tags:
        return TRADITIONAL
    if "HANS" in tags:
        return SIMPLIFIED
    if tags & _TRADITIONAL_REGIONS:
        return TRADITIONAL
    return SIMPLIFIED  # zh, zh_CN, zh_SG and any other region writes simplified characters


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The command line's default language, from the POSIX locale variables in their order of
    precedence (LANGUAGE's first entry, LC_ALL, LC_MESSAGES, LANG)."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:
            return language_for_locale(value.split(":")[0])
    return ENGLISH
