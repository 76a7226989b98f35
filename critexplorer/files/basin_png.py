"""A basin map as a PNG (Pillow): one square of pixels per cell, row 0 (lowest y) at the bottom."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from critexplorer.core.basins.colors import label_rgb


def basin_rgb(basin_map) -> np.ndarray:
    """(grid, grid, 3) uint8, top row first (the highest y), as a picture is drawn."""
    kinds = [a.classification for a in basin_map.attractors]
    return np.ascontiguousarray(label_rgb(basin_map.labels, kinds)[::-1])


def basin_png(basin_map, min_side: int = 512) -> bytes:
    """The map as PNG bytes, each cell scaled up to a square so the picture is ≥ min_side wide."""
    rgb = basin_rgb(basin_map)
    factor = max(1, -(-min_side // basin_map.grid))
    rgb = np.repeat(np.repeat(rgb, factor, axis=0), factor, axis=1)
    buffer = io.BytesIO()  # bytes in memory: the caller writes them through the atomic writer
    Image.fromarray(rgb, "RGB").save(buffer, format="PNG")
    return buffer.getvalue()
