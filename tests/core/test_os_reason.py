"""The system's reasons for refusing a file, worded in the user's language (core/os_reason.py)."""

from __future__ import annotations

import errno
import os

import pytest

from critexplorer.core.i18n import install_translator
from critexplorer.core.os_reason import os_reason
from critexplorer.files.regular_file import RefusedFile, read_regular_file


@pytest.fixture
def chinese():
    table = {("Files", "No such file or directory"): "没有那个文件或目录"}
    install_translator(lambda context, text, *rest: table.get((context, text), text), "zh_CN")
    yield
    install_translator(None)


def _missing(tmp_path) -> OSError:
    with pytest.raises(OSError) as caught:
        open(tmp_path / "missing.json")  # noqa: SIM115 (the error is the point)
    return caught.value


def test_english_keeps_the_systems_own_words(tmp_path):
    assert os_reason(_missing(tmp_path)) == os.strerror(errno.ENOENT)


def test_a_common_reason_is_translated(tmp_path, chinese):
    assert os_reason(_missing(tmp_path)) == "没有那个文件或目录"


def test_a_reason_without_a_translation_keeps_the_systems_words(chinese):
    error = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert os_reason(error) == os.strerror(errno.ENOSPC)


def test_our_own_refusal_keeps_its_sentence(tmp_path, chinese):
    with pytest.raises(RefusedFile) as caught:
        read_regular_file(tmp_path, 1000)
    assert os_reason(caught.value) == "it is a folder, not a file"
