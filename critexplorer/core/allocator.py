"""Keep freed numpy temporaries in the heap, so the next field computation reuses them.

A 256² field is a 512 KB array, and the second-order trace of a formula makes a few hundred of
them. glibc hands blocks that large out by mmap, or trims them off the top of the heap as soon as
they are freed, so every new array costs the kernel 128 fresh zeroed pages: measured on
Goldstein–Price, 2/3 of the fields' time went to page faults (33 ms; 10 ms with the thresholds
below). Raising glibc's mmap and trim thresholds keeps up to 128 MB of freed memory for reuse,
about what one 1024² field trace holds live anyway.
"""

from __future__ import annotations

import ctypes
import platform
import sys

# <malloc.h>
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3

# glibc caps the mmap threshold at 32 MB on 64-bit machines (HEAP_MAX_SIZE / 2).
MMAP_THRESHOLD_BYTES = 32 * 2**20
TRIM_THRESHOLD_BYTES = 128 * 2**20


def reuse_freed_memory() -> bool:
    """Tune glibc's allocator for many large short-lived arrays; False where that is not glibc."""
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    # mallopt returns 1 on success. Setting either turns off glibc's own threshold guessing,
    # which is what trims the arrays away between uses.
    return bool(
        mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES)
    )
