"""The one error an export raises (no Qt here: the CLI checks a request before it starts Qt)."""

from __future__ import annotations


class ExportError(Exception):
    """An export that cannot be made; the message says why and what to do, on one line."""
