"""Write whole files: a temporary file beside it, then a rename, so a crash never leaves half a file.

Every file the project writes (sessions, pictures, animations, CSV, the window's screenshots) goes
through here. The rules:

- The target must be a regular file or not exist yet. A FIFO, a device node (/dev/null) or a
  directory is refused (NotARegularFileError, an OSError) before anything is written: a rename would
  silently replace it with a regular file.
- A symlink is followed on purpose: the link stays, and the file it points to is replaced (or
  created, for a dangling link). The temporary file goes beside that file, on its file system.
- A `kill -9` between creating and renaming the temporary file leaves `.NAME.XXXXXXXX.tmp` behind.
  The next write into that folder removes such leftovers: only files of exactly that pattern
  (mkstemp's 8 characters), owned by this user, regular, and older than STALE_TEMP_AGE_S, so a
  writer still at work in the same folder is never hurt.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from critexplorer.core.i18n import translate
from critexplorer.core.limits import STALE_TEMP_AGE_S
from critexplorer.core.os_reason import os_reason

# The temporary files this module makes: mkstemp(prefix=".NAME.", suffix=".tmp") puts 8 characters
# from its alphabet (a-z, 0-9, _) between them.
_OUR_TEMP = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class NotARegularFileError(OSError):
    """The target exists and is no regular file (a FIFO, a device, a directory): nothing is written."""


def resolved_target(path: str | os.PathLike) -> Path:
    """The file a write to `path` replaces: `path` itself, or what a symlink there points to; an OSError
    (NotARegularFileError) when that exists and is not a regular file."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(mode):
        kind = next((words for test, words in _KINDS if test(mode)), "not a regular file")
        raise NotARegularFileError(21 if stat.S_ISDIR(mode) else 22, f"is {kind}, not a file", str(path))
    return target


@contextlib.contextmanager
def atomic_stream(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary stream whose bytes replace `path` when the block ends without an error; on any error
    the old file is untouched and no temporary file stays. For encoders that write as they go."""
    target = resolved_target(path)
    directory = target.parent if str(target.parent) else Path(".")
    remove_stale_temp_files(directory)
    # Same directory as the target: os.replace is only atomic within one file system.
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            # Keep the permissions a user gave the file they are overwriting.
            with contextlib.suppress(OSError):
                os.chmod(temp_name, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_name, 0o666 & ~umask)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Replace `path` with `data`; on an OSError the old file is untouched and no temp file stays."""
    with atomic_stream(path) as stream:
        stream.write(data)


def remove_stale_temp_files(directory: str | os.PathLike, now: float | None = None) -> list[Path]:
    """Remove our own leftover temporary files in `directory` (see the module's rules); returns them."""
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed  # an unreadable folder: the write itself will say what is wrong
    uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in entries:
        if not _OUR_TEMP.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or (uid is not None and info.st_uid != uid):
            continue
        if now - info.st_mtime < STALE_TEMP_AGE_S:
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def describe_os_error(exc: OSError, path: str | os.PathLike) -> str:
    """One line a person can act on: 'cannot write out.png: No space left on device'."""
    reason = os_reason(exc)
    return translate("Files", "cannot write {path}: {reason}").format(path=os.fspath(path), reason=reason)
