"""An animated GIF written frame by frame to a stream, so memory does not grow with the frame count.

Pillow's `save(save_all=True, append_images=...)` keeps every frame until the end (it merges the
durations of identical frames), so a long animation held all its full-size frames at once. Here each
frame is compared with the previous one only, the rectangle that changed is encoded with Pillow's
GIF encoder (`GifImagePlugin.getheader` / `getdata`) and written at once: at most two frames live.

All frames share one palette (the global colour table, from the first frame), so they must be "P"
images quantized to the same palette. Every frame is written, also one identical to the previous (a
one-pixel frame), so the frame count and the timing stay what was asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from PIL import GifImagePlugin, Image, ImageChops

# disposal 1: leave the frame in place; the next frame draws only what changed over it
_LEAVE_IN_PLACE = 1


def write_gif(stream: BinaryIO, frames: Iterable[Image.Image], duration_ms: int, loop: int = 0) -> int:
    """Write `frames` ("P" images of one size and one palette) as a looping GIF; returns the frame count.

    `duration_ms` is each frame's delay; GIF stores it in hundredths of a second as 16 bits."""
    if not 0 <= duration_ms // 10 <= 0xFFFF:
        raise ValueError(f"a GIF frame delay is 0 to 655350 ms, got {duration_ms}")
    previous: Image.Image | None = None
    count = 0
    for frame in frames:
        if frame.mode != "P":
            raise ValueError(f"GIF frames must be palette ('P') images, got {frame.mode!r}")
        if previous is None:
            header, _ = GifImagePlugin.getheader(frame.copy(), None, {"loop": loop, "duration": duration_ms})
            for chunk in header:
                stream.write(chunk)
            box = (0, 0, *frame.size)
        else:
            if frame.size != previous.size:
                raise ValueError(f"GIF frames must all be {previous.size}, got {frame.size}")
            # Palette indices compared directly: every frame uses the same palette.
            box = ImageChops.difference(previous, frame).getbbox() or (0, 0, 1, 1)
        part = frame if box == (0, 0, *frame.size) else frame.crop(box)
        for chunk in GifImagePlugin.getdata(part, box[:2], duration=duration_ms, disposal=_LEAVE_IN_PLACE):
            stream.write(chunk)
        previous = frame
        count += 1
    if previous is None:
        raise ValueError("a GIF needs at least one frame")
    stream.write(b";")  # the trailer
    return count
