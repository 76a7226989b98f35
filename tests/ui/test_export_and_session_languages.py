"""The export dialog, the slide caption, export errors and the File menu's session words in the window's
language, switched live and back; a broken session file's message in simplified Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from critexplorer.ui import translations
from critexplorer.ui.export.caption import default_caption
from critexplorer.ui.export.dialog import ExportDialog

CORPUS = Path(__file__).resolve().parents[1] / "data" / "sessions"
TRADITIONAL_VIEWS = ["等高線檢視", "3D 檢視", "兩者並排", "整個視窗", "吸引盆圖（等高線檢視）"]
ENGLISH_VIEWS = ["Contour view", "3-D view", "Both, side by side", "Whole window", "Basin map (contour view)"]


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    translations.set_language("en")  # the next test starts in English


def _views(dialog) -> list[str]:
    return [dialog.view.itemText(i) for i in range(dialog.view.count())]


def test_an_open_export_dialog_switches_to_traditional_chinese_and_back(qtbot, window, model, tmp_path):
    model.load_preset("lecture")
    model.select((0.0, 0.0))
    dialog = ExportDialog(window)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Export picture")
    assert _views(dialog) == ENGLISH_VIEWS and dialog.export_button.text() == "Export…"

    translations.set_language("zh_TW")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "匯出圖片")
    assert _views(dialog) == TRADITIONAL_VIEWS
    assert (dialog.copy_button.text(), dialog.export_button.text(), dialog.cancel_button.text()) == (
        "複製圖片",
        "匯出…",
        "取消",
    )
    assert [dialog.row_labels[k].text() for k in ("view", "size", "scale", "theme", "format")] == [
        "匯出",
        "尺寸",
        "縮放",
        "主題",
        "格式",
    ]
    assert dialog.theme.itemText(0) == "投影片：白色背景、深色座標軸、較大的文字"
    assert dialog.size_combo.itemText(dialog.size_combo.findData("custom")) == "自訂"
    assert (dialog.transparent.text(), dialog.caption_check.text()) == ("透明背景", "圖說")
    assert dialog.option_labels["fps"].text() == "影格速率"
    assert dialog.option_boxes["fps"].suffix() == " 格/秒"
    assert dialog.width_box.suffix() == " 像素"
    # The words a new caption is filled with, and an export error, are in the language too.
    assert default_caption(model) == "L(w1, w2) = (1 - w1*w2)^2   ·   θ = (0.000, 0.000)，L = 1：鞍點"
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("custom"))
    dialog.width_box.setValue(64)
    dialog.height_box.setValue(64)
    dialog.caption_check.setChecked(True)
    assert not dialog.export_to_file(str(tmp_path / "never-written.png"))
    assert not (tmp_path / "never-written.png").exists()
    assert dialog.error.text() == "64x64 的圖片放不下圖說；請把圖片加高"

    translations.set_language("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Export picture")
    assert _views(dialog) == ENGLISH_VIEWS
    assert dialog.theme.itemText(0) == "Slide: white background, dark axes, larger text"
    assert dialog.option_boxes["fps"].suffix() == " frames/s" and dialog.error.text() == ""
    dialog.close()


def test_a_broken_session_file_is_refused_in_simplified_chinese(qtbot, window, model, monkeypatch):
    model.load_preset("lecture")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    actions = window.session_actions
    qtbot.waitUntil(
        lambda: window.windowTitle() == "untitled[*] — critexplorer"
    )  # the window's own comes first
    translations.set_language("zh_CN")
    qtbot.waitUntil(lambda: actions.open_action.text() == "打开会话…")
    qtbot.waitUntil(lambda: window.windowTitle() == "未命名[*] — critexplorer")  # not the window's own
    assert (actions.save_action.text(), actions.recent_menu.title()) == ("保存会话", "最近打开")

    assert not actions.open_path(CORPUS / "empty.critx")
    assert not actions.open_path(CORPUS / "version_999.critx")
    assert not actions.open_path(CORPUS / "png_renamed.critx")
    assert [title for title, _ in shown] == ["无法打开会话"] * 3
    assert [text for _, text in shown] == [
        f"无法打开 {CORPUS / 'empty.critx'}：文件是空的",
        f"无法打开 {CORPUS / 'version_999.critx'}：它由更新版本的 critexplorer 保存（会话版本 999；"
        "本版本最多读取到版本 2）。请更新 critexplorer 后再打开",
        f"无法打开 {CORPUS / 'png_renamed.critx'}：这是一张 PNG 图片，不是 critexplorer 会话",
    ]
    assert window.statusBar().currentMessage() == shown[-1][1]

    translations.set_language("en")
    qtbot.waitUntil(lambda: actions.open_action.text() == "Open session…")
    qtbot.waitUntil(lambda: window.windowTitle() == "untitled[*] — critexplorer")
    assert not actions.open_path(CORPUS / "empty.critx")
    assert shown[-1] == ("Cannot open session", f"cannot open {CORPUS / 'empty.critx'}: it is empty")


def test_exported_text_asks_for_the_chosen_scripts_chinese_face(qtbot, window, monkeypatch):
    from PySide6.QtGui import QFontDatabase

    from critexplorer.ui.export.basin_legend import legend_font
    from critexplorer.ui.export.caption import caption_font

    installed = {"Noto Sans CJK SC", "Noto Sans CJK TC", "WenQuanYi Micro Hei"}
    asked = []
    monkeypatch.setattr(
        QFontDatabase, "hasFamily", lambda family: asked.append(family) or family in installed
    )
    assert len(caption_font(1.0).families()) <= 1 and asked == []  # English never looks at the fonts
    translations.set_language("zh_TW")
    assert caption_font(2.0).families()[1:] == ["Noto Sans CJK TC"]
    translations.set_language("zh_CN")
    assert legend_font().families()[1:] == ["Noto Sans CJK SC"]
    installed.discard("Noto Sans CJK SC")
    installed.discard("Source Han Sans SC")
    assert caption_font(1.0).families()[1:] == ["WenQuanYi Micro Hei"]


def test_an_exported_basin_maps_legend_is_in_the_windows_language(qtbot, model):
    from critexplorer.core.atlas.find import find_critical_points
    from critexplorer.core.basins.basin_map import compute_basin_map
    from critexplorer.core.presets import get_preset
    from critexplorer.core.runs import RunSpec
    from critexplorer.ui.export.pictures import BASINS
    from critexplorer.ui.export.scene import ExportOptions, ExportScene

    model.resolution = 64
    model.load_preset("himmelblau")
    preset = get_preset("himmelblau")
    atlas = find_critical_points(model.landscape.loss, preset.xlim, preset.ylim)
    spec = RunSpec("newton", (0.0, 0.0), {}, max_steps=60)
    basin_map = compute_basin_map(model.landscape.loss, spec, preset.xlim, preset.ylim, 12, atlas=atlas)
    translations.set_language("zh_TW")
    options = ExportOptions(view=BASINS, width=640, height=360, basin_map=basin_map)
    scene = ExportScene(model, options, gl_available=False)
    try:
        assert scene.render().size().width() == 640
        texts = [text for _, text in scene.basin_layer.legend_rows]
    finally:
        scene.close()
    assert any(text.startswith("局部最小值 (3, 2): ") for text in texts), texts
    assert any(text.startswith("鞍點 (") for text in texts) and not any("saddle" in text for text in texts)


def test_a_session_given_at_start_up_is_refused_in_the_chosen_language(run_main, tmp_path):
    session = CORPUS / "version_999.critx"
    result = run_main([str(session), "--lang", "zh_TW", "--screenshot", str(tmp_path / "never.png")])
    assert result.returncode == 2 and not (tmp_path / "never.png").exists()
    assert result.stderr.strip().endswith(
        f"錯誤：無法開啟 {session}：它由較新版本的 critexplorer 儲存（工作階段版本 999；"
        "本版本最多讀取到版本 2）。請更新 critexplorer 後再開啟"
    )
