"""UndoHistory: undo walks back, redo walks forward, a new change drops the redo list."""

import pytest

from critexplorer.core.history import UndoHistory


def test_undo_and_redo_walk_the_states_in_order():
    history = UndoHistory()
    history.record("a")  # the state shown before "b"
    history.record("b")  # before "c"
    assert (history.can_undo, history.can_redo) == (True, False)
    assert history.undo("c") == "b"
    assert history.undo("b") == "a"
    assert history.undo("a") is None and not history.can_undo
    assert history.redo("a") == "b"
    assert history.redo("b") == "c"
    assert history.redo("c") is None and not history.can_redo


def test_a_new_change_after_undo_drops_the_redo_list():
    history = UndoHistory()
    history.record("a")
    assert history.undo("b") == "a" and history.can_redo
    history.record("a")  # from "a" the user made another change
    assert not history.can_redo
    assert history.undo("d") == "a"


def test_the_depth_keeps_only_the_newest_states():
    history = UndoHistory(depth=3)
    for state in "abcde":
        history.record(state)
    assert [history.undo(None) for _ in range(4)] == ["e", "d", "c", None]


def test_depth_must_be_positive():
    with pytest.raises(ValueError):
        UndoHistory(depth=0)
