"""The translation catalogues: complete in both Chinese scripts, compiled, and saying the lecture's words.

The completeness test extracts the strings of the code with pyside6-lupdate (as
scripts/build_translations.py does) and fails when one of them is missing from a catalogue, is
unfinished, is left equal to the English source (outside the allow-list of symbols), or loses a
{placeholder} or an &accelerator.
"""

from __future__ import annotations

import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from critexplorer.core.analysis.classify import analyze_point
from critexplorer.core.analysis.explain import classification_reason, classification_title
from critexplorer.core.formula import parse_formula
from critexplorer.core.i18n import install_translator

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "critexplorer" / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW")
# Sources that are the same in every language: symbols and names (none yet among the strings).
SAME_IN_EVERY_LANGUAGE: set[str] = set()
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def _build_script():
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every string in the code, as lupdate finds them."""
    script = _build_script()
    fresh = tmp_path_factory.mktemp("lupdate") / "critexplorer_zh_CN.ts"
    script.update([fresh])
    return set(_messages(fresh))


def test_the_code_marks_the_lectures_words_for_translation(extracted):
    assert ("Classification", "Saddle point") in extracted
    assert ("LanguageMenu", "&Language") in extracted
    assert len(extracted) >= 16


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_has_a_finished_translation(extracted, language):
    catalogue = _messages(I18N / f"critexplorer_{language}.ts")
    problems = []
    for key in sorted(extracted):
        context, source = key
        translation = catalogue.get(key)
        if translation is None:
            problems.append(f"missing: {context}: {source}")
            continue
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"unfinished: {context}: {source}")
        elif text == source and source not in SAME_IN_EVERY_LANGUAGE:
            problems.append(f"left in English: {context}: {source}")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"placeholders differ: {context}: {source} -> {text}")
        elif ("&" in source) != ("&" in text):
            problems.append(f"accelerator lost: {context}: {source} -> {text}")
    assert not problems, "\n".join(problems)


def test_traditional_is_not_the_simplified_text():
    """zh_TW is written as in Taiwan: no simplified characters left where the scripts differ."""
    simplified = _messages(I18N / "critexplorer_zh_CN.ts")
    traditional = _messages(I18N / "critexplorer_zh_TW.ts")
    for key, text in traditional.items():
        assert not set(text.text or "") & set("点这约动减阶检验项类则导处适语随统"), (key, text.text)
    assert (
        traditional[("Classification", "Saddle point")].text
        != simplified[("Classification", "Saddle point")].text
    )


def test_the_shipped_catalogues_are_what_the_sources_compile_to():
    assert _build_script().check() == []


LECTURE_SADDLE = {
    "en": "g = 0 and λ₁ = −2 < 0 < λ₂ = 2, so this is a saddle: moving along u₁ = (0.71, 0.71) lowers L by "
    "about ½·2·t², moving along u₂ = (0.71, −0.71) raises it by about ½·2·t².",
    "zh_CN": "g = 0 且 λ₁ = −2 < 0 < λ₂ = 2，所以这是鞍点：沿 u₁ = (0.71, 0.71) 移动，L 约减少 ½·2·t²；"
    "沿 u₂ = (0.71, −0.71) 移动，L 约增加 ½·2·t²。",
    "zh_TW": "g = 0 且 λ₁ = −2 < 0 < λ₂ = 2，所以這是鞍點：沿 u₁ = (0.71, 0.71) 移動，L 約減少 ½·2·t²；"
    "沿 u₂ = (0.71, −0.71) 移動，L 約增加 ½·2·t²。",
}
LECTURE_TITLE = {"en": "Saddle point", "zh_CN": "鞍点", "zh_TW": "鞍點"}


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_lecture_saddle_in_each_language(language):
    """(1 − w1·w2)² at the origin, through the compiled catalogue the command line loads."""
    from critexplorer.ui.translations import cli_translator

    saddle = analyze_point(parse_formula("(1-w1*w2)^2"), (0.0, 0.0))
    install_translator(cli_translator(language))
    try:
        assert classification_title(saddle) == LECTURE_TITLE[language]
        assert classification_reason(saddle) == LECTURE_SADDLE[language]
    finally:
        install_translator(None)


GLOSSARY = json.loads((I18N / "glossary.json").read_text(encoding="utf-8"))["terms"]


def test_the_glossary_has_the_lectures_terms_in_both_scripts():
    terms = {term["en"]: term for term in GLOSSARY}
    expected = {
        "critical point": ("临界点", "臨界點"),
        "saddle point": ("鞍点", "鞍點"),
        "Hessian": ("海森矩阵", "海森矩陣"),
        "eigenvalue": ("特征值", "特徵值"),
        "optimizer": ("优化器", "最佳化器"),  # Taiwan usage, not a character conversion
        "default": ("默认", "預設"),
        "file": ("文件", "檔案"),
        "information": ("信息", "資訊"),
        "mini-batch": ("小批量", "小批次"),
    }
    for english, (simplified, traditional) in expected.items():
        assert (terms[english]["zh_CN"], terms[english]["zh_TW"]) == (simplified, traditional)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_use_the_glossarys_terms(language):
    """A source that names a glossary term ('saddle', 'Hessian', 'local minimum') is translated with it."""
    problems = []
    for (context, source), translation in _messages(I18N / f"critexplorer_{language}.ts").items():
        for term in GLOSSARY:
            named = "match" in term and re.search(term["match"], source)
            if named and term[language] not in translation.text:
                problems.append(f"{context}: {source!r} should say {term[language]} for {term['en']}")
    assert not problems, "\n".join(problems)


LECTURE_VALLEY = {
    "en": "g = 0 but λ₁ ≈ 0 (λ₁ = 0, λ₂ = 4), so the Hessian test is silent; the Hessian is singular and L "
    "stays constant along the null direction (to machine precision): a valley floor of critical points, a "
    "non-strict minimum.",
    "zh_CN": "g = 0，但 λ₁ ≈ 0（λ₁ = 0，λ₂ = 4），所以海森矩阵判别法失效；海森矩阵奇异，且 L 沿零空间方向保持"
    "不变（在机器精度内）：这是由临界点组成的谷底，一个非严格的局部最小值。",
    "zh_TW": "g = 0，但 λ₁ ≈ 0（λ₁ = 0，λ₂ = 4），所以海森矩陣判別法失效；海森矩陣奇異，且 L 沿零空間方向保持"
    "不變（在機器精度內）：這是由臨界點組成的谷底，一個非嚴格的局部最小值。",
}


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_lecture_valley_in_each_language_while_the_json_stays_english(language):
    """(1, 1) on the valley w1·w2 = 1: the higher-order test's sentence is translated too, but the
    analysis (and so the JSON report) keeps its English words."""
    from critexplorer.ui.translations import cli_translator

    valley = analyze_point(parse_formula("(1-w1*w2)^2"), (1.0, 1.0))
    install_translator(cli_translator(language))
    try:
        assert classification_reason(valley) == LECTURE_VALLEY[language]
        assert valley.to_dict(("w1", "w2"), "(1-w1*w2)^2")["higher_order"] == (
            "the Hessian is singular and L stays constant along the null direction (to machine precision): "
            "a valley floor of critical points, a non-strict minimum"
        )
    finally:
        install_translator(None)


SIMPLIFIED_ONLY = set("点这约动减阶检验项类则导处适语随统图标滚选设")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_preset_description_is_translated_in_presets_json(language):
    """presets.json holds each description's translations beside the English (not in the catalogues:
    they are data); `presets --json` never shows them."""
    from critexplorer.core.i18n import current_language
    from critexplorer.core.presets import load_presets
    from critexplorer.ui.translations import cli_translator

    presets = load_presets()
    assert len(presets) >= 17
    for preset in presets:
        translated = preset.extra.get(f"description_{language}")
        assert isinstance(translated, str) and translated.strip(), preset.name
        assert translated != preset.description and not translated.isascii(), preset.name
        if language == "zh_TW":
            assert not set(translated) & SIMPLIFIED_ONLY, (preset.name, translated)
        assert f"description_{language}" not in preset.to_dict()
    install_translator(cli_translator(language), language)
    try:
        assert current_language() == language
        assert presets[0].shown_description() == presets[0].extra[f"description_{language}"]
    finally:
        install_translator(None)
    assert current_language() == "en" and presets[0].shown_description() == presets[0].description
