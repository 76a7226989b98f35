"""Issue 9: one window check (core.limits.check_axis_range) for the CLI, the window and sessions."""

from __future__ import annotations

import pytest

from critexplorer.core.limits import WindowError, check_axis_range
from critexplorer.files.session import SessionError, session_from_dict

BAD = [
    (-1e308, 1e308),  # finite edges, infinite width
    (0.0, 5e-324),  # one subnormal wide
    (1.0, 1.0 + 2.2e-16),  # one ulp at 1
    (-2e12, 2e12),  # beyond MAX_COORDINATE
    (float("nan"), 1.0),
    (1.0, -1.0),
]


@pytest.mark.parametrize("low, high", BAD)
def test_a_window_that_cannot_be_drawn_is_refused_with_the_reason(low, high):
    with pytest.raises(WindowError, match="xlim"):
        check_axis_range(low, high, "xlim")


@pytest.mark.parametrize("low, high", [(-2.0, 2.0), (1e-9, 2e-9), (1e6, 1e6 + 0.01), (-1e12, 1e12)])
def test_windows_that_can_be_drawn_pass(low, high):
    assert check_axis_range(low, high, "xlim") == (low, high)


@pytest.mark.parametrize("low, high", BAD[:3])
def test_a_session_with_such_a_window_is_refused_naming_the_field(low, high):
    document = {
        "format": "critexplorer-session",
        "version": 2,
        "formula": "x^2 + y^2",
        "window": {"xlim": [low, high], "ylim": [-1, 1]},
    }
    with pytest.raises(SessionError, match="window.xlim"):
        session_from_dict(document)
