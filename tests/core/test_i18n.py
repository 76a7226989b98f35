"""core.i18n: the identity translate until a front end installs one, and the locale → language rule."""

import pytest

from critexplorer.core.analysis.classify import analyze_point
from critexplorer.core.analysis.explain import classification_title
from critexplorer.core.formula import parse_formula
from critexplorer.core.i18n import environment_language, install_translator, language_for_locale, translate


@pytest.mark.parametrize(
    "name, language",
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh-CN", "zh_CN"),
        ("zh_Hans_CN", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh_TW.Big5", "zh_TW"),
        ("zh_Hant_HK", "zh_TW"),
        ("zh-Hant", "zh_TW"),
        ("en_US", "en"),
        ("fr_FR.UTF-8", "en"),
        ("ja_JP", "en"),
        ("C", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_locale_names_choose_the_language(name, language):
    assert language_for_locale(name) == language


def test_the_command_lines_locale_follows_posix_precedence():
    assert environment_language({}) == "en"
    assert environment_language({"LANG": "zh_TW.UTF-8"}) == "zh_TW"
    assert environment_language({"LANG": "zh_TW.UTF-8", "LC_ALL": "zh_SG.UTF-8"}) == "zh_CN"
    assert environment_language({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}) == "en"
    assert environment_language({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_HK:en"}) == "zh_TW"


def test_translate_is_the_identity_until_one_is_installed():
    assert translate("Classification", "Saddle point") == "Saddle point"
    saddle = analyze_point(parse_formula("(1 - w1*w2)^2"), (0.0, 0.0))
    catalogue = {("Classification", "Saddle point"): "鞍点"}
    install_translator(lambda context, text: catalogue.get((context, text), ""))
    try:
        assert classification_title(saddle) == "鞍点"
        assert translate("Classification", "Local minimum") == "Local minimum"  # none: the source
    finally:
        install_translator(None)
    assert classification_title(saddle) == "Saddle point"
