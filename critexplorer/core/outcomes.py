"""The outcome rules of an optimizer run: the label its trail earns, and when that label is final.

A run's outcome is the type of the critical point it ends on or settles around (minimum, saddle,
maximum), `moving` while it is still travelling, `stalled` once no step changes its point away from
any critical point (a learning rate of 0, a schedule that reached 0), or `diverged`. Run (core/runs.py)
asks `stopped_moving` and `settled_on_minimum` while it steps, so a run stops as soon as its outcome
cannot change any more instead of walking on to its step limit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from critexplorer.core.analysis.classify import MAXIMUM, MINIMUM, SADDLE, PointAnalysis, analyze_point
from critexplorer.core.atlas.gradient_roots import solve_gradient_roots
from critexplorer.core.loss import Loss
from critexplorer.core.tolerances import (
    RUN_ARRIVED_FRACTION,
    RUN_SETTLE_FRACTION,
    RUN_SETTLE_STEPS,
    RUN_STALL_FRACTION,
)

MOVING, STALLED, DIVERGED = "moving", "stalled", "diverged"
OUTCOMES = (MINIMUM, SADDLE, MAXIMUM, MOVING, STALLED, DIVERGED)


@dataclass(frozen=True)
class Verdict:
    """What the rules say of a trail: its last point analysed, its outcome and, for a run that
    hovers around or converges onto a critical point, that point analysed."""

    final: PointAnalysis
    outcome: str
    settled_at: PointAnalysis | None = None


def outcome_of(analysis: PointAnalysis) -> str:
    """The run label the classification of its last point gives: a critical point's type, else moving."""
    if not analysis.finite:
        return DIVERGED
    if analysis.classification in (MINIMUM, SADDLE, MAXIMUM):
        return analysis.classification
    return MOVING  # not critical, or a flat region the higher-order test cannot decide


def judge_trail(loss: Loss, points: np.ndarray, stalled: bool = False) -> Verdict:
    """The outcome of a trail (n, 2) that ends here: its last point's type, else the critical point it
    has settled on (hovered_critical_point), else moving, or stalled when `stalled` (it stopped moving)."""
    return judge_trails(loss, [points], [stalled])[0]


def judge_trails(loss: Loss, trails: list[np.ndarray], stalled: list[bool]) -> list[Verdict]:
    """judge_trail of many trails on one loss, with the Newton solves of those that may hover around a
    critical point in one vectorized call (opening a session judges all its runs at once)."""
    finals = [analyze_point(loss, points[-1]) for points in trails]
    verdicts: list[Verdict | None] = [None] * len(trails)
    hovering = []
    for i, (final, still) in enumerate(zip(finals, stalled, strict=True)):
        outcome = outcome_of(final)
        if outcome != MOVING:
            verdicts[i] = Verdict(final, outcome)
        elif still:  # not moving at all: there is no cycle to find a critical point in
            verdicts[i] = Verdict(final, STALLED)
        else:
            hovering.append(i)
    roots = hovered_critical_points(loss, [trails[i] for i in hovering])
    for i, root in zip(hovering, roots, strict=True):
        settled = None if root is None else analyze_point(loss, root)
        if settled is not None and outcome_of(settled) != MOVING:
            verdicts[i] = Verdict(finals[i], outcome_of(settled), settled)
        else:
            verdicts[i] = Verdict(finals[i], MOVING)
    return verdicts


def is_still(step: float, travelled: float) -> bool:
    """Whether a step of this length leaves the point where it was: at most RUN_STALL_FRACTION of the
    way the run came (exactly zero for a run that has not moved)."""
    return step <= RUN_STALL_FRACTION * travelled


def stopped_moving(still_steps: int) -> bool:
    """A run whose last RUN_SETTLE_STEPS steps were all still has stopped: nothing changes its point,
    so its gradient, and with it every later step, stays what it is."""
    return still_steps >= RUN_SETTLE_STEPS


def has_gathered(points: np.ndarray, travelled: float) -> bool:
    """Whether the last RUN_SETTLE_STEPS points stay within RUN_SETTLE_FRACTION of the way travelled
    (the cheap first test of hovered_critical_point, and of settled_on_minimum)."""
    if len(points) <= RUN_SETTLE_STEPS:
        return False
    recent = points[-RUN_SETTLE_STEPS - 1 :]
    spread = float(np.max(np.hypot(*(recent - recent.mean(axis=0)).T)))
    return spread <= RUN_SETTLE_FRACTION * travelled


def settled_on_minimum(loss: Loss, points: np.ndarray, travelled: float) -> Verdict | None:
    """The verdict of a trail that has gathered on a minimum, or None.

    A minimum is final: every optimizer here descends, so a run gathered in a minimum's basin (its last
    points within RUN_SETTLE_FRACTION of its way) stays there, and its outcome is the same at any later
    step. A saddle or a maximum is not: GD that passes close to a saddle leaves it again, and the
    escape methods exist to leave it; a run on one stops only once it stops moving.
    """
    if not has_gathered(points, travelled):
        return None
    verdict = judge_trail(loss, points)
    return verdict if verdict.outcome == MINIMUM else None


@dataclass(frozen=True)
class _Gathering:
    """The last RUN_SETTLE_STEPS points of a trail that stay close together, measured."""

    centre: np.ndarray
    spread: float
    remaining: float  # the distance still to go at the current rate of convergence
    travelled: float
    last: np.ndarray


def _gathering(points: np.ndarray) -> _Gathering | None:
    if len(points) <= RUN_SETTLE_STEPS:
        return None
    recent = points[-RUN_SETTLE_STEPS - 1 :]
    centre = recent.mean(axis=0)
    spread = float(np.max(np.hypot(*(recent - centre).T)))
    travelled = float(np.max(np.hypot(*(points - points[0]).T)))
    if spread == 0.0 or spread > RUN_SETTLE_FRACTION * travelled:
        return None
    steps = np.hypot(*np.diff(recent, axis=0).T)
    remaining = 0.0
    if steps[0] > 0 and steps[-1] > 0:
        ratio = (steps[-1] / steps[0]) ** (1.0 / (len(steps) - 1))
        remaining = steps[-1] * ratio / (1.0 - ratio) if ratio < 1.0 else 0.0
    return _Gathering(centre, spread, remaining, travelled, points[-1])


def hovered_critical_point(loss: Loss, points: np.ndarray) -> np.ndarray | None:
    """The critical point a trail has settled on or around, or None while it is still travelling.

    Adaptive methods with a constant step (RMSProp) end in a small limit cycle around a minimum,
    and GD near a flat valley converges only linearly; in both cases the last point is not critical
    to the analysis' tolerance, yet where the run ends up is clear. A trail has settled when its last
    RUN_SETTLE_STEPS points stay within RUN_SETTLE_FRACTION of the distance it travelled; it is then
    labelled by the critical point Newton finds from there, if that point lies within twice the
    spread of those points, or within twice the distance still to go at the current rate of
    convergence (steps shrinking by a factor ρ each: remaining ≈ last step·ρ/(1 − ρ)), provided
    that what remains is at most RUN_ARRIVED_FRACTION of the way it came.
    """
    return hovered_critical_points(loss, [points])[0]


def hovered_critical_points(loss: Loss, trails: list[np.ndarray]) -> list[np.ndarray | None]:
    """hovered_critical_point of each trail, the Newton solves from all of them in one vectorized call:
    within the box around every centre and with the tightest of their scales (for one trail, exactly
    its own)."""
    gatherings = [_gathering(points) for points in trails]
    found = [(i, g) for i, g in enumerate(gatherings) if g is not None]
    roots: list[np.ndarray | None] = [None] * len(trails)
    if not found:
        return roots
    scales = [analyze_point(loss, g.centre).scale for _, g in found]
    scale = min(scales, key=lambda s: (s.length, s.loss_range))
    centres = np.array([g.centre for _, g in found])
    boxes = np.array([4.0 * max(g.spread, g.remaining) for _, g in found])
    low, high = (centres - boxes[:, None]).min(axis=0), (centres + boxes[:, None]).max(axis=0)
    solve = solve_gradient_roots(loss, centres, (low[0], high[0]), (low[1], high[1]), scale)
    for k, (i, g) in enumerate(found):
        root = solve.points[k]
        if not solve.converged[k]:
            continue
        hovering = float(np.hypot(*(root - g.centre))) <= 2.0 * g.spread
        converging = (
            float(np.hypot(*(root - g.last))) <= 2.0 * g.remaining
            and g.remaining <= RUN_ARRIVED_FRACTION * g.travelled
        )
        if hovering or converging:
            roots[i] = root
    return roots
