"""Issue 9: no warning ever reaches a user. Every call of a hostile corpus runs with warnings as
errors (`python -W error`, in a subprocess): it succeeds with an empty stderr or fails with one line."""

import json
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).parent.parent / "data" / "cli_fuzz_corpus.json"

DRIVER = """
import contextlib, io, json, sys
from critexplorer.cli import main
results = []
for argv in json.loads(sys.stdin.read()):
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        status = main(argv)
    results.append({"argv": argv, "status": status, "stderr": err.getvalue()})
print(json.dumps(results))
"""


def test_the_fuzz_corpus_never_warns_even_with_warnings_as_errors():
    calls = json.loads(CORPUS.read_text())["calls"]
    completed = subprocess.run(
        [sys.executable, "-W", "error", "-c", DRIVER],
        input=json.dumps(calls),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0 and completed.stderr == "", completed.stderr
    for result in json.loads(completed.stdout):
        lines = result["stderr"].splitlines()
        assert result["status"] in (0, 2), result
        assert len(lines) == (0 if result["status"] == 0 else 1), result
        assert "warning" not in result["stderr"].lower(), result
