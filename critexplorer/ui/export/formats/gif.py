"""Animated GIF of an optimizer race: one frame per step (or evenly spaced steps), with Pillow.

Each frame carries a caption with the step and every run's loss, which also keeps consecutive frames
distinct (Pillow merges identical frames, which would change the frame count and timing).
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING

import numpy as np

from critexplorer.ui.export.formats.base import Exporter, FormatOption, register
from critexplorer.ui.export.pictures import BOTH, CONTOUR, SURFACE

if TYPE_CHECKING:
    from PIL import Image
    from PySide6.QtGui import QImage

    from critexplorer.core.runs import Run

DEFAULT_FPS = 12
MAX_FPS = 50
DEFAULT_MAX_FRAMES = 150


def frame_steps(trails: list[Run], max_frames: int = DEFAULT_MAX_FRAMES) -> list[int]:
    """The step shown in each frame: every step, or `max_frames` evenly spaced ones (first and last kept)."""
    last = max((len(t.trail) - 1 for t in trails), default=0)
    count = max(1, min(last + 1, int(max_frames)))
    if count == 1:
        return [0]
    # floor(x + 0.5), not round(): banker's rounding can repeat a step when the spacing is near 1
    return [int(math.floor(v + 0.5)) for v in np.linspace(0, last, count)]


def _caption(image: QImage, step: int, trails: list[Run], scale: float, ink: str) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPointSizeF(11 * scale)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    lines = [(f"step {step}", QColor(ink))]
    for run in trails:
        values = run.trail.values
        value = float(values[min(step, len(values) - 1)])
        lines.append((f"{run.spec.name}   L = {value:.4g}", QColor(run.spec.color)))
    line_height = metrics.height() * 1.15
    width = max(metrics.horizontalAdvance(text) for text, _ in lines) + 28 * scale
    height = line_height * len(lines) + 10 * scale
    box = QRectF(10 * scale, image.height() - height - 10 * scale, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 215) if ink != "#ffffff" else QColor(20, 20, 24, 200))
    painter.drawRoundedRect(box, 4 * scale, 4 * scale)
    for index, (text, color) in enumerate(lines):
        y = box.top() + 5 * scale + line_height * index
        if index:
            swatch = QRectF(box.left() + 8 * scale, y + line_height * 0.3, 10 * scale, 4 * scale)
            painter.fillRect(swatch, color)
        painter.setPen(QColor(ink))
        painter.drawText(
            QRectF(box.left() + (24 if index else 8) * scale, y, width, line_height),
            Qt.AlignmentFlag.AlignVCenter,
            text,
        )
    painter.end()


def _to_pillow(image: QImage) -> Image.Image:
    from PIL import Image

    from critexplorer.ui.export.scene import image_array

    bgra = image_array(image)
    rgb = bgra[:, :, [2, 1, 0]].astype(np.float32)
    alpha = bgra[:, :, 3:4].astype(np.float32) / 255.0
    flat = rgb * alpha + 255.0 * (1.0 - alpha)  # GIF has no partial transparency: flatten on white
    return Image.fromarray(np.clip(flat, 0, 255).astype(np.uint8), "RGB")


@register
class GifExporter(Exporter):
    suffixes = (".gif",)
    name = "GIF"
    kind = "an animation"
    views = (CONTOUR, SURFACE, BOTH)
    needs_runs = True
    options = (
        FormatOption(
            "fps",
            "--fps",
            "Frame rate",
            "gif frame rate",
            DEFAULT_FPS,
            0,
            MAX_FPS,
            low_inclusive=False,
            unit=" frames/s",
        ),
        FormatOption(
            "max_frames",
            "--frames",
            "Frames",
            "at most this many gif frames, evenly spaced over the steps",
            DEFAULT_MAX_FRAMES,
            1,
            2000,
            whole=True,
        ),
    )
    default_size = (1280, 720)

    def encode(
        self, scene, trails, variables, fps: float = DEFAULT_FPS, max_frames: int = DEFAULT_MAX_FRAMES
    ) -> bytes:
        from PIL import Image

        ink = "#1b1b1f" if scene.options.theme == "slide" else "#ffffff"
        scene.set_trails(trails, upto=0)
        steps = frame_steps(trails, max_frames)
        pictures = []
        for step in steps:
            image = scene.render_frame(step)
            _caption(image, step, trails, scene.options.scale, ink)
            pictures.append(_to_pillow(image))
        # One palette for every frame, taken from the last (it has all the trails), so Pillow can store
        # each frame as the small rectangle that changed.
        palette = pictures[-1].quantize(colors=255, method=Image.Quantize.MEDIANCUT)
        frames = [p.quantize(palette=palette, dither=Image.Dither.NONE) for p in pictures]
        stream = io.BytesIO()
        frames[0].save(
            stream,
            format="GIF",
            save_all=True,
            append_images=frames[1:],
            duration=max(20, round(1000 / fps)),
            loop=0,
            optimize=False,
            disposal=1,
        )
        return stream.getvalue()
