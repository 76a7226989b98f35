"""Write whole files: a temporary file beside it, then a rename, so a crash never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Replace `path` with `data`; on an OSError the old file is untouched and no temp file stays."""
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(21, "is a directory", str(target))
    directory = target.parent if str(target.parent) else Path(".")
    # Same directory as the target: os.replace is only atomic within one file system.
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
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


def describe_os_error(exc: OSError, path: str | os.PathLike) -> str:
    """One line a person can act on: 'cannot write out.png: No space left on device'."""
    reason = exc.strerror or exc.__class__.__name__
    return f"cannot write {os.fspath(path)}: {reason}"
