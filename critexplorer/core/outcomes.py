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
    return bool(gatherings(points[-RUN_SETTLE_STEPS - 1 :, None], np.array([travelled])).gathered[0])


@dataclass(frozen=True)
class Gatherings:
    """The last RUN_SETTLE_STEPS + 1 points of m trails, measured (arrays over the trails): where they
    gather, how far they spread, and the distance still to go at the current rate of convergence
    (steps shrinking by a factor ρ each leave about last step · ρ/(1 − ρ)). One trail or 65,536 starts
    of a basin map are judged by the same formulas."""

    centre: np.ndarray  # (m, 2)
    spread: np.ndarray  # (m,)
    remaining: np.ndarray  # (m,)
    travelled: np.ndarray  # (m,) the farthest each trail got from its start
    last: np.ndarray  # (m, 2)

    @property
    def gathered(self) -> np.ndarray:
        """Whether each trail's last points stay within RUN_SETTLE_FRACTION of the way it travelled."""
        return self.spread <= RUN_SETTLE_FRACTION * self.travelled

    @property
    def hovering(self) -> np.ndarray:
        """Gathered and not standing still: the trails whose critical point the hover rule looks for."""
        return (self.spread > 0.0) & self.gathered

    def hovers_at(self, points: np.ndarray) -> np.ndarray:
        """Whether each trail hovers around, or is as good as arrived at, the critical point `points[i]`:
        within twice its spread of its centre, or within twice the distance still to go of its last
        point while what remains is at most RUN_ARRIVED_FRACTION of the way it came."""
        to_centre = np.hypot(*(points - self.centre).T)
        to_last = np.hypot(*(points - self.last).T)
        converging = (to_last <= 2.0 * self.remaining) & (
            self.remaining <= RUN_ARRIVED_FRACTION * self.travelled
        )
        return (to_centre <= 2.0 * self.spread) | converging

    def take(self, rows) -> Gatherings:
        return Gatherings(
            self.centre[rows], self.spread[rows], self.remaining[rows], self.travelled[rows], self.last[rows]
        )


def gatherings(recent: np.ndarray, travelled: np.ndarray) -> Gatherings:
    """Gatherings of `recent` (RUN_SETTLE_STEPS + 1, m, 2), the last points of m trails, oldest first."""
    centre = recent.mean(axis=0)
    spread = np.max(np.hypot(*(recent - centre[None]).transpose(2, 0, 1)), axis=0)
    steps = np.hypot(*np.diff(recent, axis=0).transpose(2, 0, 1))  # (k, m)
    first, last = steps[0], steps[-1]
    with np.errstate(all="ignore"):
        ratio = (last / first) ** (1.0 / (len(steps) - 1))
        remaining = np.where((first > 0) & (last > 0) & (ratio < 1.0), last * ratio / (1.0 - ratio), 0.0)
    return Gatherings(centre, spread, remaining, np.asarray(travelled, float), recent[-1])


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
    roots: list[np.ndarray | None] = [None] * len(trails)
    long = [i for i, points in enumerate(trails) if len(points) > RUN_SETTLE_STEPS]
    if not long:
        return roots
    recent = np.stack([trails[i][-RUN_SETTLE_STEPS - 1 :] for i in long], axis=1)
    travelled = np.array([np.max(np.hypot(*(trails[i] - trails[i][0]).T)) for i in long])
    found = gatherings(recent, travelled)
    candidates = np.flatnonzero(found.hovering)
    if not len(candidates):
        return roots
    points, hovers = hover_roots(loss, found.take(candidates))
    for k in np.flatnonzero(hovers):
        roots[long[candidates[k]]] = points[k]
    return roots


def hover_roots(loss: Loss, found: Gatherings) -> tuple[np.ndarray, np.ndarray]:
    """The critical points Newton finds from the centres of `found` (all hovering), in one vectorized
    solve within the box around every centre and with the tightest of their scales, and whether each
    trail hovers at its root."""
    scales = [analyze_point(loss, centre).scale for centre in found.centre]
    scale = min(scales, key=lambda s: (s.length, s.loss_range))
    boxes = 4.0 * np.maximum(found.spread, found.remaining)
    low = (found.centre - boxes[:, None]).min(axis=0)
    high = (found.centre + boxes[:, None]).max(axis=0)
    solve = solve_gradient_roots(loss, found.centre, (low[0], high[0]), (low[1], high[1]), scale)
    return solve.points, solve.converged & found.hovers_at(solve.points)


def settled_on_minima(loss: Loss, found: Gatherings) -> np.ndarray:
    """settled_on_minimum of each of m trails given by their Gatherings (a batch of starts): gathered,
    and its last point a minimum or hovering around one (each solved alone, as its single run is)."""
    settled = np.zeros(len(found.spread), bool)
    for i in np.flatnonzero(found.gathered):
        outcome = outcome_of(analyze_point(loss, found.last[i]))
        if outcome == MOVING and found.hovering[i]:
            points, hovers = hover_roots(loss, found.take([i]))
            outcome = outcome_of(analyze_point(loss, points[0])) if hovers[0] else MOVING
        settled[i] = outcome == MINIMUM
    return settled
