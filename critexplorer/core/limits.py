"""Defaults and limits every front end shares (window, CLI, sessions, exports): defined here once.

The window's controls, the CLI's options and the session reader all check against these, so a
value one of them refuses is refused by all of them.
"""

from __future__ import annotations

import math

from critexplorer.core.i18n import translate

DEFAULT_FORMULA = "(1 - w1*w2)^2"  # the lecture's loss: what the window opens on
DEFAULT_LIMITS = (-2.0, 2.0)  # each axis of the window when no preset gives one
DEFAULT_WINDOW = (DEFAULT_LIMITS, DEFAULT_LIMITS)
MAX_COORDINATE = 1e12  # window edges, the selection and starts; trails may wander further
# A window narrower than this fraction of its largest |edge| (or than MIN_WINDOW_WIDTH) cannot be
# sampled on MAX_RESOLUTION points a few ulps apart, nor drawn: the views' ranges become nan.
MIN_RELATIVE_WIDTH = 1e-9
MIN_WINDOW_WIDTH = 1e-12

DEFAULT_RESOLUTION = 256  # grid points per side of the window
MIN_RESOLUTION, MAX_RESOLUTION = 16, 1024

DEFAULT_CONTOUR_COUNT = 14  # contour lines in the contour view
MIN_CONTOUR_COUNT, MAX_CONTOUR_COUNT = 2, 64  # every level is one more pass over the grid
DEFAULT_Z_SCALE = 1.0  # vertical exaggeration of the 3-D surface
MIN_Z_SCALE, MAX_Z_SCALE = 0.1, 10.0

DEFAULT_WINDOW_STEP_LIMIT = 500  # runs added in the window
DEFAULT_CLI_STEPS = 100  # `critexplorer run` and `export --run`
# The most steps a run may take, in the window, the CLI and sessions alike: with the outcome rules a
# run stops once it has settled, so more steps only ever lengthen a run that is still travelling.
MAX_STEP_LIMIT = 100_000

# GIF export (the dialog and `export --fps/--frames/--size` check these). Pillow stores a frame's delay
# in milliseconds as a 16-bit number: 0.1 frames/s is a 10 s delay; above 50 frames/s browsers slow
# the animation down (a delay below 20 ms).
DEFAULT_GIF_FPS = 12.0
MIN_GIF_FPS, MAX_GIF_FPS = 0.1, 50.0
DEFAULT_GIF_FRAMES = 150
MAX_GIF_FRAMES = 2000
MAX_GIF_SIDES = (3840, 2160)  # width and height at most: 4K, the largest slide
# Width × height × frames: every frame is drawn, quantized and compressed, so this bounds the export's
# time and the file's size (1280×720 at the most frames; 4K gets 222 frames).
MAX_GIF_PIXEL_FRAMES = 1280 * 720 * MAX_GIF_FRAMES

# A temporary file of the atomic writer older than this is a leftover of a killed writer (removed on
# the next write into its folder); younger ones may belong to a writer still at work.
STALE_TEMP_AGE_S = 600.0

# Basin maps: starts at the centres of an N × N grid over the window (N² runs of up to `steps` each).
DEFAULT_BASIN_GRID = 128
MIN_BASIN_GRID, MAX_BASIN_GRID = 2, 512
DEFAULT_BASIN_STEPS = 500

# Okabe–Ito colours, colour-blind friendly and readable on viridis and on white; each run keeps the
# colour it was given (white last but one: it is hard to see on a light slide or table).
RUN_PALETTE = ("#e69f00", "#56b4e9", "#f0e442", "#009e73", "#cc79a7", "#d55e00", "#ffffff", "#0072b2")
# The optimizers that "Add race" and `--race` default to: the lecture's contrast of first-order
# methods, Newton (drawn to saddles) and the two ways out of a saddle.
RACE = ("gd", "momentum", "adam", "newton", "saddle-free-newton", "eigen-escape")


class WindowError(ValueError):
    """One axis of a window that cannot be shown (the message names the axis and says why)."""


def check_axis_range(low, high, name: str) -> tuple[float, float]:
    """(low, high) as floats when they make a window axis: finite, low < high, |edges| at most
    MAX_COORDINATE and wide enough to resolve; otherwise WindowError. The CLI, the window and
    sessions all call this."""
    try:
        low, high = float(low), float(high)
    except (TypeError, ValueError):
        raise WindowError(
            translate("Limits", "{name} must be two numbers, got {low}, {high}").format(
                name=name, low=repr(low), high=repr(high)
            )
        ) from None
    if not (math.isfinite(low) and math.isfinite(high)):
        raise WindowError(
            translate("Limits", "{name} must be two finite numbers, got {low}, {high}").format(
                name=name, low=f"{low:g}", high=f"{high:g}"
            )
        )
    if not low < high:
        raise WindowError(
            translate("Limits", "{name} needs A < B, from low to high; got {low}, {high}").format(
                name=name, low=f"{low:g}", high=f"{high:g}"
            )
        )
    if max(abs(low), abs(high)) > MAX_COORDINATE:
        raise WindowError(
            translate("Limits", "{name} must stay within ±{limit}, got {low}, {high}").format(
                name=name, limit=f"{MAX_COORDINATE:g}", low=f"{low:g}", high=f"{high:g}"
            )
        )
    narrowest = max(MIN_WINDOW_WIDTH, MIN_RELATIVE_WIDTH * max(abs(low), abs(high)))
    if high - low < narrowest:
        raise WindowError(
            translate(
                "Limits",
                "{name} is too narrow to resolve: {low} to {high} is {width} wide, at least {least} is needed there",  # noqa: E501 (one literal for lupdate)
            ).format(
                name=name, low=f"{low:g}", high=f"{high:g}", width=f"{high - low:g}", least=f"{narrowest:g}"
            )
        )
    return low, high


def palette_color(index: int) -> str:
    """The index-th run colour, cycling through the palette."""
    return RUN_PALETTE[index % len(RUN_PALETTE)]


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """'#e69f00' → (230, 159, 0)."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


# A click this close (screen pixels) to a critical point selects exactly that point: a marker is
# 13 px across, so its whole face and outline snap.
CLICK_SNAP_PIXELS = 7

# Networks (`critexplorer experiment`, the Networks tab): how many runs, and how they are cut into tasks.
# The default experiment is 1-4-1 tanh on the 64-point 'regression' data, 200 full-batch Adam steps: the
# lecture's setting, runs stopped where training is slow (a plateau, ‖∇L‖ ~ 1e-3), then the local solve of
# ∇L = 0. 100 runs: 41 critical, 36 of them saddles (L 0.0244, 2–3 negative eigenvalues), 5 minima of
# L ≈ 0 with flat directions; minimum ratio 0.46–0.77, never 1. Train longer (--train-steps 5000) and Adam
# has left the plateaus: 84 critical, 83 minima (L ≈ 0, ratio 0.54–1, below 1 from zero eigenvalues only).
# 2-8-1 tanh on 'surface' has almost no critical point near where training stops: its loss keeps falling
# as ‖θ‖ grows (1 M Adam steps: ‖θ‖ 6 → 144, L 0.0061 → 0.0037, ‖∇L‖ still 1e-4…1e-2), units saturating.
DEFAULT_NETWORK = "1-4-1"
DEFAULT_NETWORK_TRAIN_STEPS = 200
DEFAULT_NETWORK_RUNS = 50
MAX_NETWORK_RUNS = 100_000
MAX_NETWORK_PARAMETERS = 500  # full Hessians of P² entries per run; "up to a few hundred parameters"
MAX_RESULTS_BYTES = 10 * 1024 * 1024  # an experiment's results file (--slice, a lesson's step)
# Runs are solved in chunks of this many, vectorised; a chunk is the unit of parallel work, so run k is
# always in chunk k // NETWORK_CHUNK_RUNS with the same neighbours, whatever the number of jobs.
# The grid a slice opens on from the Networks window: a slice point costs a network pass over its data
# (128² of 2-8-1 × 64 samples: ~0.5 s, 256²: ~2 s), and zooming recomputes the grid.
SLICE_RESOLUTION = 128
NETWORK_CHUNK_RUNS = 5  # 10 balanced worse over 2 workers (1.2–1.6× vs 1.8×)
