"""Reading a file a user named (an experiment's results for --slice or a lesson): only a regular file,
only up to a limit. A FIFO would block the reader until some writer came, and a device or a huge file
would be read without end; both are refused from os.stat, and again from the opened file's fstat (it
may have been swapped in between), opened non-blocking."""

from __future__ import annotations

import errno
import os
import stat

from critexplorer.core.i18n import translate


class RefusedFile(OSError):
    """Not read: `strerror` says why in words, as an OSError's does."""


def read_regular_file(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of the regular file `path` of at most `limit` bytes; OSError (RefusedFile for a folder,
    a pipe, a device or a file over the limit) otherwise."""
    _check(os.stat(path), limit)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as stream:
        _check(os.fstat(stream.fileno()), limit)
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise _too_large(limit)
    return data


def _check(status: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise RefusedFile(errno.EISDIR, translate("Files", "it is a folder, not a file"))
    if not stat.S_ISREG(status.st_mode):
        raise RefusedFile(
            errno.EINVAL,
            translate("Files", "it is not a regular file (a pipe or a device); only files are read"),
        )
    if status.st_size > limit:
        raise _too_large(limit)


def _too_large(limit: int) -> RefusedFile:
    return RefusedFile(
        errno.EFBIG, translate("Files", "it is larger than {limit} MB").format(limit=limit // 2**20)
    )
