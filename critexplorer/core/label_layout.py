"""Placing labels beside arrow tips so that no two overlap (screen geometry, no Qt).

The −g arrow and u₁ often point the same way (near the lecture saddle along the valley's axis), and
their labels, each put just past its own tip, landed on top of each other. Each label is put past
its tip along its arrow; one that hits a label placed before it slides sideways (perpendicular to its
arrow, alternately left and right, further each time) and then outwards until it is clear.
"""

from __future__ import annotations

import numpy as np

LABEL_GAP = 4.0  # px between an arrow's tip and its label's box
SLIDE_STEPS = 8  # sideways tries (each half a label height further) before moving further out


def label_centres(tips, directions, sizes, gap: float = LABEL_GAP) -> np.ndarray:
    """Centres (n, 2) for labels of sizes (n, 2: width, height), in the order given, each beyond its
    tip (n, 2) along its direction (n, 2), in pixels; later labels move to clear earlier ones."""
    tips = np.asarray(tips, float).reshape(-1, 2)
    directions = np.asarray(directions, float).reshape(-1, 2)
    sizes = np.asarray(sizes, float).reshape(-1, 2)
    placed: list[tuple[np.ndarray, np.ndarray]] = []
    centres = np.empty_like(tips)
    for i, (tip, direction, size) in enumerate(zip(tips, directions, sizes, strict=True)):
        unit = _unit(direction)
        centre = tip + unit * (gap + _reach(size, unit))
        normal = np.array([-unit[1], unit[0]])
        step = 0.5 * max(size[1], 1.0)
        candidates = [centre]
        for k in range(1, SLIDE_STEPS + 1):
            candidates += [centre + normal * step * k, centre - normal * step * k]
        for k in range(1, SLIDE_STEPS + 1):
            candidates.append(centre + unit * step * k)
        centre = next((c for c in candidates if not _hits(c, size, placed)), candidates[-1])
        placed.append((centre, size))
        centres[i] = centre
    return centres


def boxes_overlap(centre_a, size_a, centre_b, size_b) -> bool:
    """Whether two axis-aligned boxes (centre, width-height) overlap."""
    d = np.abs(np.asarray(centre_a, float) - np.asarray(centre_b, float))
    half = (np.asarray(size_a, float) + np.asarray(size_b, float)) / 2
    return bool(np.all(d < half))


def _hits(centre, size, placed) -> bool:
    return any(boxes_overlap(centre, size, c, s) for c, s in placed)


def _unit(direction: np.ndarray) -> np.ndarray:
    length = float(np.hypot(*direction))
    return direction / length if length > 0 and np.isfinite(length) else np.array([1.0, 0.0])


def _reach(size: np.ndarray, unit: np.ndarray) -> float:
    """How far a box's centre must sit from a point for the box to clear it along `unit`."""
    w, h = size / 2
    ux, uy = abs(unit[0]), abs(unit[1])
    return float(min(w / ux if ux > 1e-12 else np.inf, h / uy if uy > 1e-12 else np.inf))
