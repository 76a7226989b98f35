"""--lang en|zh_CN|zh_TW on every command: the language of the human-readable text (the window's,
and the words the core translates, such as the lecture's reason in `inspect`). Without it, the
locale decides (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as core.i18n.environment_language says.
JSON output never changes: its keys and values ("saddle", "minimum") are the same in every language."""

from __future__ import annotations

import argparse

from critexplorer.core.i18n import CHINESE, LANGUAGES, environment_language, install_translator, translate


def add_language_argument(parser) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="{" + ",".join(LANGUAGES) + "}",
        help=translate(
            "CLIHelp",
            "language of the text (default: the window's last choice, else the locale); JSON never changes",
        ),
    )


def install_cli_language(args: argparse.Namespace) -> str:
    """For a command without a window: translate the core's words into --lang (or the locale's)."""
    language = getattr(args, "lang", None) or environment_language()
    if language in CHINESE:
        try:
            from critexplorer.ui.translations import cli_translator
        except ImportError:  # no Qt installed: the catalogues cannot be read, so English
            return "en"
        translator = cli_translator(language)
        install_translator(translator, language)
        return language if translator is not None else "en"
    return "en"
