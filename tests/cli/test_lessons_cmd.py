"""critexplorer lessons: the JSON contract and the text list; --lesson/--step are checked before Qt."""

import pytest

from critexplorer.core.i18n import LANGUAGES
from critexplorer.files.lesson_file import builtin_lessons


def test_json_lists_every_lesson_with_titles_and_steps_in_every_language(cli):
    result = cli("lessons", "--json")
    assert result.returncode == 0 and result.stderr == ""
    listed = result.json()
    assert [entry["name"] for entry in listed] == [lesson.name for lesson in builtin_lessons()]
    for entry, lesson in zip(listed, builtin_lessons(), strict=True):
        assert set(entry) == {"name", "title", "steps"}
        assert set(entry["title"]) == set(LANGUAGES)
        assert len(entry["steps"]) == len(lesson.steps)
        for step in entry["steps"]:
            assert set(step) == {"title", "text"}
            assert set(step["title"]) == set(step["text"]) == set(LANGUAGES)
            assert all(step["text"][language] for language in LANGUAGES)
    assert listed[0]["title"]["zh_TW"] == "訓練為什麼會卡住：臨界點"
    assert listed[0]["steps"][0]["title"]["en"] == "The loss stops falling"


def test_text_lists_numbered_steps_in_the_chosen_language(cli):
    result = cli("lessons", "--lang", "zh_CN")
    assert result.returncode == 0
    assert "critical-points  训练为什么会卡住：临界点" in result.stdout
    assert "   1. 损失不再下降" in result.stdout


def test_window_lesson_options_fail_before_any_window(cli):
    unknown = cli("--lesson", "nope", "--screenshot", "x.png")
    assert unknown.returncode == 2
    assert "no built-in lesson 'nope' (known: critical-points" in unknown.stderr
    step = cli("--lesson", "newton-saddles", "--step", "9", "--screenshot", "x.png")
    assert step.returncode == 2 and "--step" in step.stderr and "4" in step.stderr
    alone = cli("--step", "2", "--screenshot", "x.png")
    assert alone.returncode == 2 and "--step goes with --lesson NAME" in alone.stderr


BROKEN = (
    '{"format": "critexplorer-lesson", "version": 1, "name": "b", "title": {"en": "a", "zh_CN": "a",'
    ' "zh_TW": "a"}, "steps": [{"title": {"en": "a", "zh_CN": "a", "zh_TW": "a"}, "text": {"en": "t",'
    ' "zh_CN": "t", "zh_TW": "t"}, "state": {"preset": "bowll"}}]}'
)


def test_a_broken_lesson_file_is_one_line_naming_the_step(cli, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(BROKEN, encoding="utf-8")
    result = cli("--lesson", str(path), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "lesson \"b\": step 1, state.preset 'bowll' is not a preset" in result.stderr


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh_CN", "课程“b”：第 1 步，state.preset 'bowll' 不是这个 critexplorer 的预设"),
        ("zh_TW", "課程「b」：第 1 步，state.preset 'bowll' 不是這個 critexplorer 的預設集"),
    ],
)
def test_a_broken_lesson_files_message_is_in_the_chosen_language(cli, tmp_path, language, expected):
    path = tmp_path / "broken.json"
    path.write_text(BROKEN, encoding="utf-8")
    result = cli("--lang", language, "--lesson", str(path), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2 and expected in result.stderr
    missing = tmp_path / "missing.json"
    missing.write_text(BROKEN.replace(', "zh_TW": "t"}, "state"', '}, "state"'), encoding="utf-8")
    result = cli("--lang", language, "--lesson", str(missing), "--screenshot", str(tmp_path / "x.png"))
    where = "第 1 步，text 缺少 'zh_TW'"  # the same words in both scripts
    assert result.returncode == 2 and where in result.stderr and "Traceback" not in result.stderr
    shipped = builtin_lessons()[2].steps[0].state.slice.experiment
    (tmp_path / "results.json").write_bytes(shipped.read_bytes())
    no_run = tmp_path / "no-run.json"
    state = '{"slice": {"experiment": "results.json", "run": 99, "directions": ["eig-min", "eig-max"]}}'
    no_run.write_text(BROKEN.replace('{"preset": "bowll"}', state), encoding="utf-8")
    result = cli("--lang", language, "--lesson", str(no_run), "--screenshot", str(tmp_path / "x.png"))
    words = {
        "zh_CN": "第 1 步，state.slice：结果中没有运行 99（现有运行：0…49）",
        "zh_TW": "第 1 步，state.slice：結果中沒有執行 99（現有執行：0…49）",
    }
    assert result.returncode == 2 and words[language] in result.stderr
    gone = cli("--lang", language, "--lesson", str(tmp_path / "gone.json"), "--screenshot", "x.png")
    assert {"zh_CN": "课程文件 gone.json：它不是文件", "zh_TW": "課程檔案 gone.json：它不是檔案"}[
        language
    ] in gone.stderr
