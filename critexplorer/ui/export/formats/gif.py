"""Animated GIF of an optimizer race: one frame per step (or evenly spaced steps), with Pillow.

Frames are streamed to the file as they are drawn (files/gif_stream.py): memory stays the same for 50
or 2000 frames. Each frame carries a caption with the step and every run's loss. The size is capped
(MAX_GIF_SIDES) and so is width × height × frames (MAX_GIF_PIXEL_FRAMES), which bounds time and file size.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO

import numpy as np

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.limits import (
    DEFAULT_GIF_FPS,
    DEFAULT_GIF_FRAMES,
    MAX_GIF_FPS,
    MAX_GIF_FRAMES,
    MAX_GIF_PIXEL_FRAMES,
    MAX_GIF_SIDES,
    MIN_GIF_FPS,
)
from critexplorer.ui.export.formats.base import Exporter, FormatOption, register
from critexplorer.ui.export.pictures import BOTH, CONTOUR, SURFACE

if TYPE_CHECKING:
    from PIL import Image
    from PySide6.QtGui import QImage

    from critexplorer.core.runs import Run

DEFAULT_FPS = DEFAULT_GIF_FPS
DEFAULT_MAX_FRAMES = DEFAULT_GIF_FRAMES


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
    from PySide6.QtGui import QColor, QFontMetricsF, QPainter

    from critexplorer.ui.export.export_fonts import text_font

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = text_font()  # "第 3 步" in the chosen script's face
    font.setPointSizeF(11 * scale)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    lines = [(translate("Export", "step {step}").format(step=step), QColor(ink))]
    for run in trails:
        values = run.trail.values
        value = float(values[min(step, len(values) - 1)])
        lines.append((f"{run.spec.shown_name}   L = {value:.4g}", QColor(run.spec.color)))
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


def frame_delay_ms(fps: float) -> int:
    """Each frame's delay: browsers slow down GIFs faster than 50 frames/s (a delay under 20 ms)."""
    return max(20, round(1000 / fps))


def gif_frames(scene, trails: list[Run], steps: list[int]) -> Iterator[Image.Image]:
    """The animation's frames, one at a time: drawn, captioned and quantized to one palette.

    The palette comes from the last frame (it shows all the trails), so that one is drawn first; every
    other frame is drawn when the encoder asks for it and dropped once encoded."""
    from PIL import Image

    ink = "#1b1b1f" if scene.options.theme == "slide" else "#ffffff"
    scene.set_trails(trails, upto=0)

    def picture(step: int) -> Image.Image:
        image = scene.render_frame(step)
        _caption(image, step, trails, scene.options.scale, ink)
        return _to_pillow(image)

    last = picture(steps[-1])
    palette = last.quantize(colors=255, method=Image.Quantize.MEDIANCUT)
    last_frame = last.quantize(palette=palette, dither=Image.Dither.NONE)
    del last
    for index, step in enumerate(steps):
        if index == len(steps) - 1:
            yield last_frame
        else:
            yield picture(step).quantize(palette=palette, dither=Image.Dither.NONE)


@register
class GifExporter(Exporter):
    suffixes = (".gif",)
    name = "GIF"
    kind = QT_TRANSLATE_NOOP("Export", "an animation")
    views = (CONTOUR, SURFACE, BOTH)
    needs_runs = True
    max_size = MAX_GIF_SIDES
    options = (
        FormatOption(
            "fps",
            "--fps",
            QT_TRANSLATE_NOOP("Export", "Frame rate"),
            QT_TRANSLATE_NOOP("Export", "gif frame rate"),
            DEFAULT_FPS,
            MIN_GIF_FPS,
            MAX_GIF_FPS,
            unit=QT_TRANSLATE_NOOP("Export", " frames/s"),
        ),
        FormatOption(
            "max_frames",
            "--frames",
            QT_TRANSLATE_NOOP("Export", "Frames"),
            QT_TRANSLATE_NOOP("Export", "at most this many gif frames, evenly spaced over the steps"),
            DEFAULT_MAX_FRAMES,
            1,
            MAX_GIF_FRAMES,
            whole=True,
        ),
    )
    default_size = (1280, 720)

    def request_refusal(self, size: tuple[int, int], trails, values: dict) -> str | None:
        """Also the cap on width × height × frames (MAX_GIF_PIXEL_FRAMES): the export's time and file size."""
        refusal = super().request_refusal(size, trails, values)
        if refusal:
            return refusal
        width, height = size
        frames = len(frame_steps(list(trails), values.get("max_frames", DEFAULT_MAX_FRAMES)))
        if width * height * frames <= MAX_GIF_PIXEL_FRAMES:
            return None
        most = MAX_GIF_PIXEL_FRAMES // (width * height)
        return translate(
            "Export",
            "a {size} GIF of {frames} frames is too large: at most {most} frames at that size "
            "(width × height × frames at most {cap}, e.g. 1280x720 with {example} frames); "
            "choose fewer frames or a smaller size",
        ).format(
            size=f"{width}x{height}",
            frames=frames,
            most=most,
            cap=f"{MAX_GIF_PIXEL_FRAMES:,}",
            example=MAX_GIF_FRAMES,
        )

    def encode_into(
        self,
        stream: BinaryIO,
        scene,
        trails,
        variables,
        fps: float = DEFAULT_FPS,
        max_frames: int = DEFAULT_MAX_FRAMES,
    ) -> None:
        from critexplorer.files.gif_stream import write_gif  # Pillow loads only when a GIF is made

        # Frames go to the file as they are drawn: memory does not grow with their number.
        write_gif(stream, gif_frames(scene, trails, frame_steps(trails, max_frames)), frame_delay_ms(fps))
