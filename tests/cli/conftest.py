"""Run the real command line in a subprocess, as a user or a script would."""

import json
import os
import subprocess
import sys

import pytest


class CliResult:
    """Exit status, stdout and stderr of one `python -m critexplorer ...` run."""

    def __init__(self, completed: subprocess.CompletedProcess):
        self.returncode = completed.returncode
        self.stdout = completed.stdout
        self.stderr = completed.stderr

    def json(self):
        """stdout as strict JSON: NaN/Infinity tokens are an error, not a float."""

        def reject(token):
            raise ValueError(f"non-standard JSON token {token}")

        return json.loads(self.stdout, parse_constant=reject)


def run_critexplorer(*args: str, timeout: float = 120) -> CliResult:
    env = {k: v for k, v in os.environ.items() if k != "CRITEXPLORER_DEBUG"}
    completed = subprocess.run(
        [sys.executable, "-m", "critexplorer", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    return CliResult(completed)


@pytest.fixture
def cli():
    """cli(*args) -> CliResult."""
    return run_critexplorer
