"""The words shown for the names that JSON and sessions keep in English: a point's type, a run's
outcome, an atlas set's kind. `shown_word("saddle")` is 鞍点 in simplified Chinese; the JSON keeps
"saddle" in every language (core/i18n.py)."""

from __future__ import annotations

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate

# Every name a report or a session stores, with the word a person reads for it (context "Words").
_WORDS = {
    "minimum": QT_TRANSLATE_NOOP("Words", "minimum"),
    "maximum": QT_TRANSLATE_NOOP("Words", "maximum"),
    "saddle": QT_TRANSLATE_NOOP("Words", "saddle"),
    "not_critical": QT_TRANSLATE_NOOP("Words", "not critical"),
    "inconclusive": QT_TRANSLATE_NOOP("Words", "inconclusive"),
    "moving": QT_TRANSLATE_NOOP("Words", "moving"),
    "stalled": QT_TRANSLATE_NOOP("Words", "stalled"),
    "diverged": QT_TRANSLATE_NOOP("Words", "diverged"),
    "undefined": QT_TRANSLATE_NOOP("Words", "undefined"),
    "curve": QT_TRANSLATE_NOOP("Words", "curve"),
    "region": QT_TRANSLATE_NOOP("Words", "region"),
    "point": QT_TRANSLATE_NOOP("Words", "point"),
    "degenerate": QT_TRANSLATE_NOOP("Words", "degenerate"),
}


def shown_word(name: str) -> str:
    """The word for a stored name in the chosen language; an unknown name as it is, '_' as spaces."""
    english = _WORDS.get(name)
    return translate("Words", english) if english else name.replace("_", " ")
