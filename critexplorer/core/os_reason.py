"""Why the system refused a file, in the user's language: the common errno reasons are translated here;
any other keeps the system's own words (its strerror)."""

from __future__ import annotations

import errno
import os

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate

# The reasons a student meets when naming a file: a typo, a folder, a read-only or full disk.
_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Files", "No such file or directory"),
    errno.EACCES: QT_TRANSLATE_NOOP("Files", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Files", "Operation not permitted"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Files", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Files", "Not a directory"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Files", "No space left on device"),
    errno.EROFS: QT_TRANSLATE_NOOP("Files", "Read-only file system"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Files", "File name too long"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Files", "File exists"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Files", "Disk quota exceeded"),
    errno.ELOOP: QT_TRANSLATE_NOOP("Files", "Too many levels of symbolic links"),
}


def os_reason(error: OSError) -> str:
    """The reason of `error` in words: translated for the common errnos, else the system's own (also in
    English, whose words differ a little between systems, and for our own refusals, which carry their
    sentence in strerror)."""
    text = _REASONS.get(error.errno)
    if text is not None and error.strerror == os.strerror(error.errno):
        translated = translate("Files", text)
        if translated != text:
            return translated
    return error.strerror or error.__class__.__name__


def cannot_read(path, error: OSError) -> str:
    """'cannot read x.csv: No such file or directory', in the chosen language (the read-side twin of
    files/atomic_write.describe_os_error)."""
    return translate("Files", "cannot read {path}: {reason}").format(path=path, reason=os_reason(error))
