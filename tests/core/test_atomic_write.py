"""The one atomic writer: non-regular targets refused, symlinks followed, our stale temp files cleaned."""

from __future__ import annotations

import os
import stat
import time

import pytest

from critexplorer.core.limits import STALE_TEMP_AGE_S
from critexplorer.files.atomic_write import (
    NotARegularFileError,
    atomic_stream,
    describe_os_error,
    remove_stale_temp_files,
    write_atomically,
)


def test_a_fifo_is_refused_without_blocking_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFileError) as info:
        write_atomically(fifo, b"data")
    assert describe_os_error(info.value, fifo) == f"cannot write {fifo}: is a named pipe (FIFO), not a file"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.png"]


def test_a_device_node_is_refused_and_left_alone():
    before = os.stat("/dev/null")
    assert stat.S_ISCHR(before.st_mode)
    with pytest.raises(NotARegularFileError, match="character device"):
        write_atomically("/dev/null", b"data")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(NotARegularFileError, match="is a directory") as info:
        write_atomically(tmp_path, b"data")
    assert info.value.errno == 21  # EISDIR
    assert list(tmp_path.iterdir()) == []


def test_a_symlink_to_a_file_is_followed_and_stays_a_link(tmp_path):
    real = tmp_path / "real" / "slide.png"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "slide.png"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    # the temporary file went beside the real file (same file system), and none stayed
    assert sorted(p.name for p in real.parent.iterdir()) == ["slide.png"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["real", "slide.png"]


def test_a_dangling_symlink_creates_the_file_it_points_to(tmp_path):
    link = tmp_path / "out.csv"
    link.symlink_to(tmp_path / "target.csv")
    write_atomically(link, b"a,b\n")
    assert link.is_symlink() and (tmp_path / "target.csv").read_bytes() == b"a,b\n"


def test_a_symlink_to_a_device_is_refused(tmp_path):
    link = tmp_path / "out.png"
    link.symlink_to("/dev/null")
    with pytest.raises(NotARegularFileError, match="character device"):
        write_atomically(link, b"data")
    assert link.is_symlink() and os.readlink(link) == "/dev/null"


def _aged(path, seconds: float):
    path.write_bytes(b"half a file")
    stamp = time.time() - seconds
    os.utime(path, (stamp, stamp))
    return path


def test_stale_temp_files_of_ours_are_removed_on_the_next_write(tmp_path):
    old = STALE_TEMP_AGE_S + 60
    stale = [_aged(tmp_path / name, old) for name in (".race.gif.k2j_9xq0.tmp", ".other.csv.abcdefgh.tmp")]
    kept = [
        _aged(tmp_path / ".race.gif.zzzzzzzz.tmp", STALE_TEMP_AGE_S - 60),  # a writer still at work
        _aged(tmp_path / ".race.gif.short.tmp", old),  # not mkstemp's 8 characters
        _aged(tmp_path / ".race.gif.ABCDEFGH.tmp", old),  # not mkstemp's alphabet
        _aged(tmp_path / "race.gif.abcdefgh.tmp", old),  # no leading dot
        _aged(tmp_path / ".race.gif.abcdefgh.tmpx", old),
        _aged(tmp_path / "notes.txt", old),
    ]
    link = tmp_path / ".link.png.abcdefgh.tmp"  # our pattern, but a symlink: not a file we made
    link.symlink_to(tmp_path / "notes.txt")
    write_atomically(tmp_path / "slide.png", b"png")
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in kept) and link.is_symlink()
    assert (tmp_path / "slide.png").read_bytes() == b"png"


def test_stale_cleanup_reports_what_it_removed_and_spares_other_folders(tmp_path):
    inner = tmp_path / "inner"
    inner.mkdir()
    elsewhere = _aged(inner / ".a.png.abcdefgh.tmp", STALE_TEMP_AGE_S * 2)
    here = _aged(tmp_path / ".a.png.abcdefgh.tmp", STALE_TEMP_AGE_S * 2)
    assert remove_stale_temp_files(tmp_path) == [here]
    assert elsewhere.exists()


def test_a_failed_stream_keeps_the_old_file_and_no_temp(tmp_path):
    path = tmp_path / "race.gif"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_stream(path) as stream:
        stream.write(b"half")
        raise RuntimeError("the encoder failed")
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["race.gif"]
