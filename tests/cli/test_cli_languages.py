"""The command line's text and its errors in --lang's language (or the locale's); its JSON byte for byte
the same in every language."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

LECTURE_SADDLE = {
    "zh_CN": """\
损失            L(w1, w2) = (1 - w1*w2)^2
点              (w1, w2) = (0, 0)
函数值          1
梯度            (0, 0)    |g| = 0
海森矩阵        [  0  -2 ]
                [ -2   0 ]
特征值          -2, 2   （从小到大）
特征向量        (0.707107, 0.707107), (0.707107, -0.707107)   （单位向量，顺序同上）
类型            鞍点（临界点）
逃离方向        沿 ±(0.707107, 0.707107)：步长 t 使 L 约变化 -1*t^2
理由            g = 0 且 λ₁ = −2 < 0 < λ₂ = 2，所以这是鞍点：沿 u₁ = (0.71, 0.71) 移动，L 约减少 ½·2·t²；\
沿 u₂ = (0.71, −0.71) 移动，L 约增加 ½·2·t²。
""",
    "zh_TW": """\
損失            L(w1, w2) = (1 - w1*w2)^2
點              (w1, w2) = (0, 0)
函數值          1
梯度            (0, 0)    |g| = 0
海森矩陣        [  0  -2 ]
                [ -2   0 ]
特徵值          -2, 2   （由小到大）
特徵向量        (0.707107, 0.707107), (0.707107, -0.707107)   （單位向量，順序同上）
類型            鞍點（臨界點）
逃離方向        沿 ±(0.707107, 0.707107)：步長 t 使 L 大約變化 -1*t^2
理由            g = 0 且 λ₁ = −2 < 0 < λ₂ = 2，所以這是鞍點：沿 u₁ = (0.71, 0.71) 移動，L 約減少 ½·2·t²；\
沿 u₂ = (0.71, −0.71) 移動，L 約增加 ½·2·t²。
""",
}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_lecture_saddles_inspect_text(cli, language):
    result = cli("inspect", "--preset", "lecture", "--at", "0,0", "--lang", language)
    assert result.returncode == 0
    assert result.stdout == LECTURE_SADDLE[language]


FORMULA_ERRORS = {
    "zh_CN": "critexplorer inspect：错误：无法读取公式：“+”后面什么也没有：其后缺少一项（第 6 列）\n",
    "zh_TW": "critexplorer inspect：錯誤：無法讀取公式：「+」後面什麼都沒有：後面少了一項（第 6 欄）\n",
    "en": "critexplorer inspect: error: cannot read the formula: nothing follows '+': a term is missing "
    "after it (column 6)\n",
}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_a_formula_error_in_each_language(cli, language):
    result = cli("inspect", "x^2 +", "--at", "0,0", "--lang", language)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == FORMULA_ERRORS[language]


@pytest.mark.parametrize(
    ("formula", "language", "expected"),
    [
        ("x if y else 1", "zh_CN", "不允许使用“if ... else”；请用 maximum(a, b) 或 relu(x)（第 1 列）"),
        (
            "х + y",
            "zh_TW",
            "不允許使用字元 'х'（U+0445）；公式只能使用一般 ASCII 字元（第 1 欄）",
        ),  # Cyrillic х
        ("sin(x, y)", "zh_TW", "sin() 需要 1 個參數，收到 2 個（第 1 欄）"),
        ("1/0", "zh_CN", "这个公式是常数 inf，为无穷大（除以零或溢出），因此损失处处无定义"),
    ],
)
def test_more_formula_errors(cli, formula, language, expected):
    error = "错误" if language == "zh_CN" else "錯誤"
    result = cli("inspect", formula, "--at", "0,0", "--lang", language)
    assert result.stderr == f"critexplorer inspect：{error}：{expected}\n"


def test_an_undefined_point_in_chinese(cli):
    text = cli("inspect", "1/0 + 0*x*y", "--at", "0,0", "--lang", "zh_TW").stdout
    assert (
        "類型            無定義：L 或其導數在此處不是有限值\n                L 或其導數在此處不是有限值\n"
        in text
    )
    assert text.isascii() is False and "not finite" not in text


def test_value_and_name_errors_and_the_usage_hint(cli):
    assert cli("inspect", "--preset", "lecture", "--at", "1", "--lang", "zh_TW").stderr == (
        "critexplorer inspect：錯誤：--at 需要兩個數字，形如 X,Y（例如 --at=-1.5,2），收到的是 '1'\n"
    )
    unknown = cli("inspect", "x^2 + q*y + z", "--at", "0,0", "--lang", "zh_CN").stderr
    assert unknown == (
        "critexplorer inspect：错误：这里的损失函数只能有两个变量，但这个公式有 4 个：q, x, y, z。"
        "请用 --param NAME=VALUE 为多余的名称赋值，或用 --vars 选出两个变量（第 9 列）\n"
    )
    # argparse's errors arrive before the arguments are read: --lang is looked at first.
    assert cli("inspect", "x", "--lang", "zh_TW").stderr == (
        "critexplorer inspect：錯誤：缺少必要的參數：--at（請參閱：critexplorer inspect --help）\n"
    )
    assert cli("run", "--preset", "lecture", "--start=0,0", "--hp", "foo=1", "--lang", "zh_CN").stderr == (
        "critexplorer run：错误：超参数：优化器 gd 没有超参数 'foo'（它有：lr）\n"
    )
    assert cli("critical", "--preset", "lecture", "--xlim=2,1", "--lang", "zh_TW").stderr == (
        "critexplorer critical：錯誤：--xlim 需要 A < B，由小到大；收到的是 2, 1\n"
    )


def test_the_locale_decides_without_lang():
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "zh_TW.UTF-8"
    result = subprocess.run(
        [sys.executable, "-m", "critexplorer", "inspect", "x^2 +", "--at", "0,0"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.stderr == FORMULA_ERRORS["zh_TW"]


def test_critical_run_basins_and_optimizer_texts(cli):
    critical = cli("critical", "--preset", "himmelblau", "--lang", "zh_CN").stdout
    assert "显示范围：x ∈ [-6, 6]，y ∈ [-6, 6]" in critical and "9 个临界点：" in critical
    assert "类型        特征值 1  特征值 2" in critical  # columns aligned by display width
    assert critical.count("局部最小值") == 4 and critical.count("鞍点") == 4
    busy = cli("critical", "sin(100*x)*sin(100*y)", "--xlim=-2,2", "--ylim=-2,2", "--lang", "zh_TW").stdout
    assert busy.endswith("視圖中大約有 32,000 個臨界點：請放大\n")
    listing = cli("run", "--list", "--lang", "zh_TW").stdout
    assert "gd                  梯度下降: θ ← θ − η·g\n" in listing
    assert "    lr            預設 0.01        學習率 η（步長）\n" in listing
    assert "無鞍點牛頓法" in listing
    run = cli("run", "--preset", "lecture", "--start=0.5,-0.4", "--steps", "20", "--lang", "zh_CN").stdout
    assert "结果            仍在移动\n" in run and "终点类型        非临界点\n" in run
    basins = cli("basins", "--preset", "lecture", "--grid", "6", "--steps", "100", "--lang", "zh_TW").stdout
    assert "步數上限        100（實際步數中位數：100）" in basins and "  局部最小值    5.56 %" in basins


def test_why_a_run_stopped_in_chinese(cli):
    hovering = (
        "run",
        "--preset",
        "himmelblau",
        "--optimizer",
        "rmsprop",
        "--start=-0.27,-0.92",
        "--steps",
        "1000",
    )
    text = cli(*hovering, "--lang", "zh_TW").stdout
    assert "步數            620（已穩定在一個最小值上；它在 (3, 2) 的局部最小值附近徘徊）\n" in text
    english = cli(*hovering, "--json").json()["stop_reason"]
    assert english == "it settled on a minimum; it hovers around the minimum at (3, 2)"


def test_the_presets_text_in_chinese(cli):
    assert cli("presets", "--preset", "dauphin", "--lang", "zh_TW").stdout == (
        "dauphin           L(x, y) = 5*x^2 - y^2\n"
        "                  x ∈ [-1, 1]，y ∈ [-1, 1]\n"
        "                  不對稱的鞍點（Dauphin 等人，2014）：沿 x 陡峭，沿 y 有一條平緩的逃離方向\n"
    )
    assert "讲义中的例子：原点处有一个鞍点" in cli("presets", "--lang", "zh_CN").stdout


JSON_COMMANDS = [
    ("inspect", "--preset", "lecture", "--at", "1,1", "--json"),
    ("critical", "--preset", "himmelblau", "--json"),
    ("critical", "sin(100*x)*sin(100*y)", "--xlim=-2,2", "--ylim=-2,2", "--json"),  # the atlas's message
    ("run", "--preset", "lecture", "--start=0.5,-0.4", "--steps", "30", "--json"),
    ("run", "--list", "--json"),
    ("basins", "--preset", "lecture", "--grid", "6", "--steps", "60", "--json"),
    ("presets", "--json"),
]


@pytest.mark.parametrize("command", JSON_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_json_is_byte_for_byte_the_same_in_every_language(cli, command):
    english = cli(*command, "--lang", "en")
    assert english.returncode == 0 and english.stdout.isascii()
    for language in ("zh_CN", "zh_TW"):
        assert cli(*command, "--lang", language).stdout == english.stdout, language


def test_help_follows_the_language_given_before_or_after_the_command(cli):
    chinese = cli("--lang", "zh_CN", "inspect", "--help")
    assert chinese.returncode == 0 and chinese.stderr == ""
    text = chinese.stdout
    assert text.startswith("用法：critexplorer inspect [-h]")
    assert (
        "\n分析损失在一个点上的情况：函数值、梯度、海森矩阵（Hessian）及其特征值和单位特征向量、该点\n"
        in text
    )
    assert "\n  --at X,Y              要分析的点；负数可写成 --at=-1.5,2 或 --at -1.5,2\n" in text
    assert "\n选项：\n  -h, --help            显示此帮助信息并退出\n" in text  # a full-width colon
    assert '\n示例：\n  critexplorer inspect "(1-w1*w2)^2" --at 0,0\n' in text
    # No line wider than argparse's columns: a Chinese character takes two.
    from critexplorer.cli.output import display_width

    assert max(display_width(line) for line in text.splitlines()) <= 100
    assert cli("inspect", "--help", "--lang", "zh_CN").stdout == text
    traditional = cli("--lang=zh_TW", "export", "--help").stdout
    assert "匯出範例（預設集、附圖說的投影片、競賽動畫、吸引盆網格、軌跡 CSV）：" in traditional
    assert (
        "  .png  PNG，圖片格式：--view contour, surface, both, window 或 basins；--transparent" in traditional
    )
    english = cli("--lang", "en", "inspect", "--help").stdout
    assert english.startswith("usage: critexplorer inspect [-h]") and english.isascii()


def test_the_whole_help_in_traditional_chinese(cli):
    text = cli("--lang", "zh_TW", "--help").stdout
    assert text.startswith("用法：critexplorer [視窗選項] [FORMULA | FILE.critx]")
    assert "    export              把檢視或執行儲存為檔案（gif/png/csv/svg/pdf）\n" in text
    assert "視窗選項（不帶 COMMAND 時）：\n" in text


def test_an_exported_slide_has_its_caption_in_the_chosen_language(cli, tmp_path):
    from PIL import Image

    out = tmp_path / "saddle.png"
    result = cli("export", "--preset", "lecture", "--point", "0,0", "--caption", "--size", "640x360",
                 "--out", str(out), "--lang", "zh_CN")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"已写入 {out}（640x360, 等高线视图）\n"
    assert (
        Image.open(out).text["Description"]
        == "L(w1, w2) = (1 - w1*w2)^2   ·   θ = (0.000, 0.000)，L = 1：鞍点"
    )
    english = tmp_path / "saddle-en.png"
    cli(
        "export",
        "--preset",
        "lecture",
        "--point",
        "0,0",
        "--caption",
        "--size",
        "640x360",
        "--out",
        str(english),
    )
    assert Image.open(english).text["Description"] == (
        "L(w1, w2) = (1 - w1*w2)^2   ·   θ = (0.000, 0.000), L = 1: saddle point"
    )


def test_an_svg_names_its_fonts_simplified_chinese_first(cli, tmp_path):
    out = tmp_path / "saddle.svg"
    assert cli("export", "--preset", "lecture", "--point", "0,0", "--caption", "--out", str(out),
               "--lang", "zh_CN").returncode == 0  # fmt: skip
    svg = out.read_text(encoding="utf-8")
    families = set(re.findall(r'font-family="([^"]*)"', svg))
    assert len(families) == 1
    stack = families.pop().split(", ")
    assert stack[1:3] == ["'Noto Sans CJK SC'", "'Source Han Sans SC'"] and stack[-1] == "sans-serif"
    assert "'Noto Sans CJK TC'" in stack and "'Microsoft YaHei'" in stack
    assert "鞍点" in svg  # the caption stays text


def test_a_trajectory_csv_is_the_same_in_every_language(cli, tmp_path):
    files = {}
    for language in ("en", "zh_CN", "zh_TW"):
        out = tmp_path / f"runs-{language}.csv"
        run = ("--run", "gd:0.5,-0.4", "--steps", "5")
        result = cli("export", "--preset", "lecture", *run, "--out", str(out), "--lang", language)
        assert result.returncode == 0, result.stderr
        files[language] = out.read_bytes()
    assert files["en"].startswith(b"run,optimizer,step,w1,w2,loss\n")
    assert files["zh_CN"] == files["en"] == files["zh_TW"]


@pytest.mark.parametrize(
    ("formula", "language", "expected"),
    [
        ("(x + y", "zh_CN", "无法读取公式：“(”没有闭合（第 1 列）"),
        ("x + y)", "zh_TW", "無法讀取公式：「)」沒有對應的左括號（第 6 欄）"),
        ("(x + y]", "zh_CN", "无法读取公式：“]”与“(”不匹配（第 7 列）"),
        ("2x + y", "zh_TW", "無法讀取公式：數字後面緊接著名稱；乘法請明確寫出，例如 2*x（第 1 欄）"),
        ("(x + y", "en", "cannot read the formula: '(' is never closed (column 1)"),
    ],
)
def test_pythons_own_syntax_errors_are_worded_in_the_language(cli, formula, language, expected):
    prefix = {"zh_CN": "critexplorer inspect：错误：", "zh_TW": "critexplorer inspect：錯誤："}
    result = cli("inspect", formula, "--at", "0,0", "--lang", language)
    assert result.stderr == prefix.get(language, "critexplorer inspect: error: ") + expected + "\n"


def test_the_experiments_option_and_data_errors_in_chinese(cli, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("0.5,1\n0.25,oops\n")
    assert cli("experiment", "--net", "1-2-1", "--data", str(bad), "--lang", "zh_TW").stderr == (
        "critexplorer experiment：錯誤：--data：bad.csv 第 2 行第 2 欄：'oops' 不是數字\n"
    )
    missing = tmp_path / "missing.csv"
    assert cli("experiment", "--net", "1-2-1", "--data", str(missing), "--lang", "zh_CN").stderr == (
        f"critexplorer experiment：错误：--data：无法读取 {missing}：没有那个文件或目录\n"
    )
    assert cli("experiment", "--net", "2-x-1", "--lang", "zh_CN").stderr == (
        "critexplorer experiment：错误：--net：层大小是用“-”连接的整数，例如 2-8-1；收到的是 '2-x-1'\n"
    )
    assert cli("inspect", "--slice", str(tmp_path), "--lang", "zh_TW", "--at", "0,0").stderr == (
        f"critexplorer inspect：錯誤：--slice：無法讀取 {tmp_path}：這是資料夾，不是檔案\n"
    )
    assert cli("run", "x^2+y^2", "--lang", "zh_CN").stderr == (
        "critexplorer run：错误：必须给出 --start X,Y（例如 --start=-1,2）\n"
    )
    assert cli(
        "run", "--preset", "chain-data", "--start", "0,0", "--batch-size", "100", "--lang", "zh_TW"
    ).stderr == ("critexplorer run：錯誤：批次大小必須介於 1 到 16（樣本數）之間，收到的是 100\n")


def test_a_results_file_that_is_not_json_says_why_in_the_language(cli, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"x":\n')
    assert cli("inspect", "--slice", str(path), "--at", "0,0", "--lang", "zh_TW").stderr == (
        f"critexplorer inspect：錯誤：--slice：{path}：這不是有效的 JSON："
        "這裡應該是一個值（第 2 行，第 1 欄）\n"
    )
    assert cli("inspect", "--slice", str(path), "--at", "0,0").stderr == (
        f"critexplorer inspect: error: --slice: {path}: it is not valid JSON: a value is expected "
        "(line 2, column 1)\n"
    )
