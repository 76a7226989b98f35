"""The command line's value parsers: X,Y pairs, windows, WxH sizes, whole numbers and NAME=VALUE lists,
with property tests (formatted values read back exactly; garbage is only ever a CliError)."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from critexplorer.cli.values import (
    CliError,
    parse_assignment_list,
    parse_number_in,
    parse_pair,
    parse_size,
    parse_whole,
    parse_window,
)

FINITE = st.floats(allow_nan=False, allow_infinity=False)
NAMES = st.from_regex(r"\A[A-Za-z_][A-Za-z0-9_]{0,8}\Z")


@given(FINITE, FINITE)
def test_pairs_read_back_exactly(x, y):
    assert parse_pair(f"{x!r},{y!r}", "--at") == (x, y)
    assert parse_pair(f" ({x!r}, {y!r}) ", "--at") == (x, y)


@given(st.text(max_size=30))
def test_garbage_pairs_raise_only_cli_error(text):
    try:
        x, y = parse_pair(text, "--at")
    except CliError as error:
        assert "--at" in str(error) and "\n" not in str(error)
        return
    assert math.isfinite(x) and math.isfinite(y)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1", "--at needs two numbers like X,Y"),
        ("1,2,3", "needs two numbers"),
        ("a,1", "--at X must be a number"),
        ("1,nan", "--at Y must be a finite number"),
    ],
)
def test_bad_pairs_say_what_is_wrong(text, words):
    with pytest.raises(CliError, match=words):
        parse_pair(text, "--at")


def test_windows_need_low_below_high():
    assert parse_window("-3,3", "--xlim") == (-3.0, 3.0)
    for text in ("3,-3", "1,1", "-1e308,1e308"):
        with pytest.raises(CliError, match="--xlim"):
            parse_window(text, "--xlim")


@given(st.integers(64, 8192), st.integers(64, 8192), st.sampled_from(["x", "X", "×", " x "]))
def test_sizes_read_back_exactly(width, height, times):
    assert parse_size(f"{width}{times}{height}", "--size", 64, 8192) == (width, height)


@given(st.text(max_size=30))
def test_garbage_sizes_raise_only_cli_error(text):
    try:
        width, height = parse_size(text, "--size", 200, 8000)
    except CliError as error:
        assert "--size" in str(error)
        return
    assert 200 <= width <= 8000 and 200 <= height <= 8000


def test_sizes_outside_the_range_name_it():
    with pytest.raises(CliError, match="--size must be 200 to 8000 pixels per side; got 100x900"):
        parse_size("100x900", "--size", 200, 8000)
    with pytest.raises(CliError, match="WIDTHxHEIGHT"):
        parse_size("big", "--size", 200, 8000)


@given(st.integers(-(10**20), 10**20))
def test_whole_numbers_read_back_exactly_in_range(value):
    low, high = -(2**63), 2**63 - 1
    if low <= value <= high:
        assert parse_whole(str(value), "--seed", low, high) == value
    else:
        with pytest.raises(CliError, match="--seed must be a whole number"):
            parse_whole(str(value), "--seed", low, high)


def test_whole_numbers_accept_exact_float_spellings_only():
    assert parse_whole("1e3", "--steps", 0, 10**6) == 1000 and parse_whole(" 10.0 ", "--steps", 0, 10) == 10
    for text in ("2.5", "inf", "nan", "ten", "", "11"):
        with pytest.raises(CliError, match="--steps must be a whole number from 0 to 10"):
            parse_whole(text, "--steps", 0, 10)


@given(st.text(max_size=30))
def test_garbage_whole_numbers_raise_only_cli_error(text):
    try:
        assert 0 <= parse_whole(text, "--steps", 0, 100) <= 100
    except CliError:
        pass


@given(st.lists(st.dictionaries(NAMES, FINITE, max_size=3), max_size=3))
def test_assignment_lists_read_back_exactly(groups):
    items = [",".join(f"{k}={v!r}" for k, v in group.items()) for group in groups]
    expected = {k: v for group in groups for k, v in group.items()}
    assert parse_assignment_list(items, "--param", "--param a=2") == expected


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (["a"], "--param needs NAME=VALUE (e.g. --param a=2), got 'a'"),
        (["b=1,a=foo"], "--param a must be a number, got 'foo'"),
        (["a=inf"], "--param a must be a finite number, got 'inf'"),
    ],
)
def test_bad_assignments_name_the_option(items, message):
    with pytest.raises(CliError) as info:
        parse_assignment_list(items, "--param", "--param a=2")
    assert str(info.value) == message


@given(st.lists(st.text(max_size=20), max_size=3))
def test_garbage_assignment_lists_raise_only_cli_error(items):
    try:
        parse_assignment_list(items, "--hp", "--hp beta2=0.99")
    except CliError:
        pass


@given(FINITE, FINITE)
def test_pairs_typed_on_a_chinese_keyboard_read_as_ascii(x, y):
    full_width = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
    typed = "".join(full_width.get(char, char) for char in f"{x!r}，{y!r}")
    assert parse_pair(typed, "--at") == (x, y)
    assert parse_pair(f"{x!r},{y!r}".replace("-", "\u2212"), "--at") == (x, y)


def test_windows_sizes_and_lists_from_a_chinese_keyboard():
    assert parse_window("－２，３．５", "--xlim") == (-2.0, 3.5)
    assert parse_size("１２８０×７２０", "--size", 64, 8192) == (1280, 720)
    assert parse_whole("２０", "--steps", 1, 100) == 20
    assert parse_assignment_list(["ａ＝２，ｂ＝−１"], "--param", "--param a=2") == {"a": 2.0, "b": -1.0}
    with pytest.raises(CliError, match="--at Y must be a number, got 'х'"):  # Cyrillic х stays refused
        parse_pair("１，х", "--at")


@given(FINITE)
def test_bounded_numbers_read_back_inside_and_name_the_range_outside(value):
    text = repr(value)
    if 0.1 <= value <= 50:
        assert parse_number_in(text, "--fps", 0.1, 50, " frames/s") == value
    else:
        with pytest.raises(CliError, match=r"^--fps must be from 0\.1 to 50 frames/s, got"):
            parse_number_in(text, "--fps", 0.1, 50, " frames/s")


@given(st.text(max_size=20))
def test_garbage_bounded_numbers_raise_only_cli_error(text):
    try:
        value = parse_number_in(text, "--fps", 0.1, 50)
    except CliError as error:
        assert str(error).startswith("--fps must be")
    else:
        assert 0.1 <= value <= 50
