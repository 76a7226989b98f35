"""The allocator tuning: freed field-sized arrays are reused instead of faulted in afresh."""

from __future__ import annotations

import ctypes
import platform
import subprocess
import sys
import textwrap

import pytest

from critexplorer.core import allocator

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"

# Allocates and frees 512 KB arrays (a 256² field) the way a field trace does, then prints how
# many pages the kernel had to fault in for a second round of the same work.
_CHURN = textwrap.dedent("""
    import resource, sys
    import numpy as np
    if sys.argv[1] == "engine":
        import critexplorer.core  # tunes the allocator on import
    def churn():
        live = []
        for _ in range(40):
            live.append(np.ones(65536) * 2)
            if len(live) > 8:
                live.clear()
    churn()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    churn()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
""")


def _faults(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", _CHURN, mode], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1])


@pytest.mark.skipif(not GLIBC, reason="the tuning is for glibc's malloc")
def test_importing_the_engine_lets_freed_arrays_be_reused():
    untuned, tuned = _faults("plain"), _faults("engine")
    assert untuned > 1000  # 40 arrays × 2 × 128 pages, less what glibc happened to keep
    assert tuned < 50


@pytest.mark.skipif(not GLIBC, reason="the tuning is for glibc's malloc")
def test_tuning_reports_success_on_glibc():
    assert allocator.reuse_freed_memory() is True


def test_tuning_is_a_no_op_without_mallopt(monkeypatch):
    def no_libc(*args, **kwargs):
        raise OSError("no C library here")

    monkeypatch.setattr(ctypes, "CDLL", no_libc)
    assert allocator.reuse_freed_memory() is False


def test_tuning_is_a_no_op_off_linux(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert allocator.reuse_freed_memory() is False
