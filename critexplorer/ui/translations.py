"""The window's language: our catalogues (resources/i18n/*.qm, built by scripts/build_translations.py)
and Qt's own qtbase translations (file dialogs, message-box buttons), installed in the application.

Installing a translator makes Qt send every widget a LanguageChange event, so a switch from
View → Language takes effect at once: each widget re-sets its texts in changeEvent. The core's
words go through core.i18n.translate, which this module points at QCoreApplication.translate.
Only QtCore and QtGui here: the command line loads a catalogue through cli_translator without a window.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from critexplorer.core.i18n import CHINESE, ENGLISH, LANGUAGES, install_translator, language_for_locale

SETTINGS_KEY = "language"  # QSettings: the language chosen in View → Language (absent: the system's)

_state: dict = {"language": ENGLISH, "translators": []}


def catalogue_file(language: str) -> str:
    """The path of our compiled catalogue for a language (it exists for each Chinese one)."""
    return str(resources.files("critexplorer.resources") / "i18n" / f"critexplorer_{language}.qm")


def _load(language: str) -> list[QTranslator]:
    if language == ENGLISH:
        return []
    translators = []
    ours = QTranslator()
    if ours.load(catalogue_file(language)):
        translators.append(ours)
    qt = QTranslator()  # Qt's own dialogs and buttons, as PySide6 ships them
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    return translators


def current_language() -> str:
    return _state["language"]


def set_language(language: str) -> str:
    """Switch the application to `language` (one of core.i18n.LANGUAGES) now; returns it.

    The old catalogues are removed and the new ones installed, which makes Qt send LanguageChange
    to every widget; the core's translate is QCoreApplication.translate from here on."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; one of {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    for translator in _state["translators"]:
        app.removeTranslator(translator)
    translators = _load(language)
    for translator in translators:
        app.installTranslator(translator)
    _state.update(language=language, translators=translators)  # kept alive while installed
    install_translator(QCoreApplication.translate, language)
    return language


def system_language() -> str:
    """The language the system locale asks for (zh_CN, zh_SG → simplified; zh_TW, zh_HK, zh_MO →
    traditional; anything else → English)."""
    return language_for_locale(QLocale.system().name())


def start_language(option: str | None) -> str:
    """The language to start in: --lang, else the one chosen in View → Language, else the system's."""
    if option in LANGUAGES:
        return option
    from critexplorer.ui.settings import settings

    saved = settings().value(SETTINGS_KEY)
    return saved if saved in LANGUAGES else system_language()


def has_chinese_font(language: str) -> bool:
    """Whether fontconfig (or the system) offers a font that writes this language's characters. Only
    asked when a Chinese language is chosen, so English start-up never scans the font list."""
    from PySide6.QtGui import QFontDatabase

    system = (
        QFontDatabase.WritingSystem.TraditionalChinese
        if language == "zh_TW"
        else QFontDatabase.WritingSystem.SimplifiedChinese
    )
    return bool(QFontDatabase.families(system))


def cli_translator(language: str):
    """For the command line (no QApplication): a translate(context, text) over our catalogue, or None
    for English or when the catalogue cannot be read."""
    if language not in CHINESE:
        return None
    translator = QTranslator()
    if not translator.load(catalogue_file(language)):
        return None

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translator.translate(context, text, disambiguation, n)  # "" when absent: core falls back

    return translate
