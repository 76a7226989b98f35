"""Why a run stopped: the English sentences a run keeps (its JSON `stop_reason` and sessions stay
English in every language) and `shown_stop_reason`, the same sentence in the chosen language."""

from __future__ import annotations

import re

from critexplorer.core.display_words import shown_word
from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.tolerances import RUN_SETTLE_STEPS

NOT_FINITE = QT_TRANSLATE_NOOP("Runs", "the loss or its gradient is not finite there")
LEFT_THE_BOX = QT_TRANSLATE_NOOP("Runs", "left the bounding box")
STEP_NOT_FINITE = QT_TRANSLATE_NOOP("Runs", "the optimizer's step is not finite")
STEP_LIMIT = QT_TRANSLATE_NOOP("Runs", "reached the step limit")
SETTLED = QT_TRANSLATE_NOOP("Runs", "it settled on a minimum")
_STOPPED_MOVING = QT_TRANSLATE_NOOP(
    "Runs",
    "it stopped moving: its last {steps} steps left its point where it was",
)
STOPPED_MOVING = _STOPPED_MOVING.format(steps=RUN_SETTLE_STEPS)
_HOVERS = QT_TRANSLATE_NOOP("Runs", "; it hovers around the {outcome} at {point}")
_HOVERS_RE = re.compile(r"; it hovers around the (\w+) at (.*)$")


def hovering(outcome: str, point: str) -> str:
    """The clause a run's reason ends with when it hovers around a critical point (point as text)."""
    return _HOVERS.format(outcome=outcome, point=point)


def shown_stop_reason(reason: str) -> str:
    """A run's stop_reason in the chosen language (as it is when it is not one of the sentences above)."""
    match = _HOVERS_RE.search(reason)
    base = reason[: match.start()] if match else reason
    if base == STOPPED_MOVING:
        shown = translate("Runs", _STOPPED_MOVING).format(steps=RUN_SETTLE_STEPS)
    elif base in (NOT_FINITE, LEFT_THE_BOX, STEP_NOT_FINITE, STEP_LIMIT, SETTLED):
        shown = translate("Runs", base)
    else:
        return reason
    if match:
        shown += translate("Runs", _HOVERS).format(outcome=shown_word(match.group(1)), point=match.group(2))
    return shown
