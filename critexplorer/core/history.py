"""Undo and redo over whole states: a bounded list of what was shown before, and what was undone."""

from __future__ import annotations

from typing import Generic, TypeVar

State = TypeVar("State")

DEFAULT_DEPTH = 100


class UndoHistory(Generic[State]):
    """States to go back to (undo) and forward to again (redo), newest last.

    The owner calls `record(before)` after each change with the state it replaced; `undo(current)`
    and `redo(current)` hand back the state to show and keep `current` for the opposite move.
    Recording a change clears the redo list, as in every editor.
    """

    def __init__(self, depth: int = DEFAULT_DEPTH):
        if depth < 1:
            raise ValueError("an undo history needs room for at least one state")
        self.depth = depth
        self._undo: list[State] = []
        self._redo: list[State] = []

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def record(self, before: State) -> None:
        self._undo.append(before)
        del self._undo[: -self.depth]  # the oldest states go first
        self._redo.clear()

    def undo(self, current: State) -> State | None:
        if not self._undo:
            return None
        self._redo.append(current)
        return self._undo.pop()

    def redo(self, current: State) -> State | None:
        if not self._redo:
            return None
        self._undo.append(current)
        return self._redo.pop()
