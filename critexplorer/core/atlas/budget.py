"""The atlas's budget: what one window can resolve, and the caps that bound every search in it.

The atlas samples ∇L on a grid of GRID_CELLS² cells and seeds its solver from that grid, so at most
GRID_CELLS² + UNIFORM_SEEDS² seeds are solved whatever the formula. A gradient component that
changes sign in more than RESOLVED_CROSSINGS cells of a row (or column) has zeros closer than the
grid can tell apart: the window holds more than it can resolve. Then, and whenever one of the caps
below is reached, the atlas reports nothing but a message with an estimate of what is in view,
found on sub-windows zoomed in until their grid does resolve.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from critexplorer.core.i18n import translate
from critexplorer.core.loss import Loss

GRID_CELLS = 128  # sign-change grid (cells per side)
UNIFORM_SEEDS = 16  # plus a uniform grid of this many seeds per side
RESOLVED_CROSSINGS = GRID_CELLS // 3  # zeros at least three cells apart are told apart
MAX_POINTS = 4096  # isolated critical points reported (sin(30x)·sin(30y) on ±2 has 2965)
MAX_WEAK_ROOTS = 4096  # near-singular roots the merge step compares with their neighbours
MAX_CURVES = 128  # critical curves traced
MAX_CURVE_SAMPLES = 2048  # samples over all traced curves (each costs a few derivative passes)
MAX_DEGENERATE_ANALYSES = 256  # degenerate points given the full (one at a time) point analysis
ESTIMATE_ZOOM = 4  # each sub-window of the estimate is this many times smaller per side
ESTIMATE_LEVELS = 12  # 4¹² ≈ 1.7e7: sin(x) on ±1e6 resolves after 7 levels
# The estimate's sub-windows sit off the window's centre, so a lattice symmetric about it does not
# put its points on grid nodes (where one point would count in four cells).
ESTIMATE_OFFSET = (0.0123, 0.0321)


class OverBudget(Exception):
    """The window holds more than the atlas can resolve; `found` says how much it had seen."""

    def __init__(self, found: int, what: str = "critical points"):
        super().__init__(f"{found} {what}")
        self.found = found
        self.what = what


def sign_crossings(component: np.ndarray) -> int:
    """The most sign changes of a gridded component along any one row or column."""
    with np.errstate(invalid="ignore"):
        sign = np.sign(np.where(np.isfinite(component), component, 0.0))
    along_x = np.sum(sign[:, :-1] * sign[:, 1:] < 0, axis=1)
    along_y = np.sum(sign[:-1, :] * sign[1:, :] < 0, axis=0)
    return int(max(along_x.max(initial=0), along_y.max(initial=0)))


def resolves(gx: np.ndarray, gy: np.ndarray) -> bool:
    """Whether the grid tells apart the zeros of both gradient components."""
    return max(sign_crossings(gx), sign_crossings(gy)) <= RESOLVED_CROSSINGS


def busy_message(loss: Loss, xlim, ylim, flat: float, found: OverBudget | None = None) -> str:
    """ "about N critical points in view: zoom in", N estimated on resolving sub-windows.

    `flat` is the ‖∇L‖ below which a component counts as identically zero (then the critical set is
    curves, counted by the other component's sign changes, not cells).
    """
    centre = np.array([sum(xlim), sum(ylim)]) / 2 + np.multiply(ESTIMATE_OFFSET, [np.ptp(xlim), np.ptp(ylim)])
    half = np.array([np.ptp(xlim), np.ptp(ylim)]) / 2
    samples = [_zoomed_sample(loss, centre, half / ESTIMATE_ZOOM**level) for level in (1, 2)]
    for level in range(1, ESTIMATE_LEVELS):
        here, deeper = samples[-2:]
        # A sine sampled at a lucky spacing aliases on both grids alike; zoomed in once more its
        # zeros must then thin out by the zoom factor, which an aliased count does not do.
        if here is not None and deeper is not None and _thins_out(here.crossings, deeper.crossings):
            return here.message(ESTIMATE_ZOOM**level, flat)
        samples.append(_zoomed_sample(loss, centre, half / ESTIMATE_ZOOM ** (level + 2)))
    if found is not None:
        return BusyMessage(
            f"more than {{count}} {found.what} in view, too many to resolve: zoom in", found.found
        )
    return BusyMessage("too many critical points in view to resolve: zoom in")


class BusyMessage(str):
    """The atlas's message as an English sentence (a str: the JSON keeps it in every language), with
    what it counts, so that busy_words can say it in the chosen language."""

    template: str
    count: int | None

    def __new__(cls, template: str, count: int | None = None) -> BusyMessage:
        message = super().__new__(cls, template.format(count=_rounded(count or 0)))
        message.template, message.count = template, count
        return message


def busy_words(message: str) -> str:
    """The atlas's message in the chosen language (as it is when it is not a BusyMessage)."""
    if not isinstance(message, BusyMessage):
        return message
    count, n = _rounded(message.count or 0), int(message.count or 0)
    words = {
        "about {count} critical curves in view: zoom in": lambda: translate(
            "Atlas", "about {count} critical curves in view: zoom in", None, n
        ),
        "about {count} critical points in view: zoom in": lambda: translate(
            "Atlas", "about {count} critical points in view: zoom in", None, n
        ),
        "more than {count} critical points in view, too many to resolve: zoom in": lambda: translate(
            "Atlas", "more than {count} critical points in view, too many to resolve: zoom in", None, n
        ),
        "more than {count} critical curves in view, too many to resolve: zoom in": lambda: translate(
            "Atlas", "more than {count} critical curves in view, too many to resolve: zoom in", None, n
        ),
        "too many critical points in view to resolve: zoom in": lambda: translate(
            "Atlas", "too many critical points in view to resolve: zoom in"
        ),
    }
    shown = words.get(message.template)
    return shown().format(count=count) if shown else message


@dataclass(frozen=True)
class _Sample:
    """∇L on a sub-window's grid, which resolves its zeros."""

    gx: np.ndarray
    gy: np.ndarray
    crossings: int

    def message(self, zoom: int, flat: float) -> str:
        with np.errstate(invalid="ignore"):
            zero_x, zero_y = bool(np.all(np.abs(self.gx) <= flat)), bool(np.all(np.abs(self.gy) <= flat))
        if zero_x != zero_y:
            curves = sign_crossings(self.gy if zero_x else self.gx) * zoom
            if curves > 0:
                return BusyMessage("about {count} critical curves in view: zoom in", curves)
        cells = int(np.sum(_sign_change(self.gx) & _sign_change(self.gy)))
        if cells > 0:
            return BusyMessage("about {count} critical points in view: zoom in", cells * zoom * zoom)
        return BusyMessage("too many critical points in view to resolve: zoom in")


def _zoomed_sample(loss: Loss, centre: np.ndarray, reach: np.ndarray) -> _Sample | None:
    """The grid of the sub-window centre ± reach, or None when it does not resolve.

    Sampled twice as densely too: an aliased sine looks like a slower sine on one grid, and its
    count of sign changes mostly differs between the two; a resolved one's does not.
    """
    xs = np.linspace(centre[0] - reach[0], centre[0] + reach[0], 2 * GRID_CELLS + 1)
    ys = np.linspace(centre[1] - reach[1], centre[1] + reach[1], 2 * GRID_CELLS + 1)
    X, Y = np.meshgrid(xs, ys)
    fine = [np.broadcast_to(np.asarray(v, float), X.shape) for v in loss.gradient(X, Y)]
    gx, gy = (component[::2, ::2] for component in fine)
    if not resolves(gx, gy):
        return None
    if not all(_agree(sign_crossings(f), sign_crossings(c)) for f, c in zip(fine, (gx, gy), strict=True)):
        return None
    return _Sample(gx, gy, max(sign_crossings(gx), sign_crossings(gy)))


def _thins_out(crossings: int, deeper: int) -> bool:
    expected = crossings / ESTIMATE_ZOOM
    return abs(deeper - expected) <= 0.25 * expected + 2


def _agree(fine: int, coarse: int) -> bool:
    return abs(fine - coarse) <= 0.1 * coarse + 2


def _sign_change(component: np.ndarray) -> np.ndarray:
    """Cells whose four corners hold both signs (or a zero) of a gradient component."""
    corners = np.stack([component[:-1, :-1], component[:-1, 1:], component[1:, :-1], component[1:, 1:]])
    low, high = corners.min(axis=0), corners.max(axis=0)
    with np.errstate(invalid="ignore"):
        return (low <= 0) & (high >= 0) & np.isfinite(low) & np.isfinite(high)


def _rounded(count: int) -> str:
    """A count to two significant digits, with thousands separators: 32,768 → "33,000"."""
    if count < 100:
        return str(int(count))
    digits = int(np.floor(np.log10(count))) - 1
    return f"{int(round(count, -digits)):,}"
