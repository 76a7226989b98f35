"""The frame-by-frame GIF writer: the same pictures as Pillow's save_all, every frame kept, bounded delays."""

from __future__ import annotations

import io

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from critexplorer.files.gif_stream import write_gif


def _frames(seed: int, count: int, size=(48, 36), repeat_last: bool = False) -> list[Image.Image]:
    """A noisy background with a red block that moves, all quantized to the last frame's palette."""
    rng = np.random.default_rng(seed)
    width, height = size
    base = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
    pictures = []
    for index in range(count):
        pixels = base.copy()
        x = (index * 5) % max(1, width - 8)
        pixels[4:12, x : x + 8] = (255, 0, 0)
        pictures.append(Image.fromarray(pixels, "RGB"))
    if repeat_last:
        pictures.append(pictures[-1].copy())
    palette = pictures[-1].quantize(colors=255)
    return [p.quantize(palette=palette, dither=Image.Dither.NONE) for p in pictures]


def _decoded(data: bytes) -> list[np.ndarray]:
    gif = Image.open(io.BytesIO(data))
    frames = []
    for index in range(gif.n_frames):
        gif.seek(index)
        frames.append(np.asarray(gif.convert("RGB")))
    return frames


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 12))
def test_every_frame_decodes_to_the_picture_it_was_given(seed, count):
    frames = _frames(seed, count)
    stream = io.BytesIO()
    assert write_gif(stream, iter(frames), 80) == count
    decoded = _decoded(stream.getvalue())
    assert len(decoded) == count
    for mine, given_frame in zip(decoded, frames, strict=True):
        assert np.array_equal(mine, np.asarray(given_frame.convert("RGB")))
    # the oracle: Pillow's own save_all of the same frames decodes to the same pictures
    reference = io.BytesIO()
    frames[0].save(reference, format="GIF", save_all=True, append_images=frames[1:], duration=80, loop=0)
    if count > 1:
        for mine, theirs in zip(decoded, _decoded(reference.getvalue()), strict=True):
            assert np.array_equal(mine, theirs)


def test_loop_and_delay_are_written_and_identical_frames_are_kept():
    frames = _frames(1, 4, repeat_last=True)
    stream = io.BytesIO()
    write_gif(stream, frames, 10_000)
    gif = Image.open(io.BytesIO(stream.getvalue()))
    # Pillow's save_all merges an identical last frame (4 frames, one 20 s long); every frame stays here
    assert (gif.n_frames, gif.info["loop"], gif.info["duration"]) == (5, 0, 10_000)


def test_each_frame_is_written_before_the_next_is_asked_for():
    stream = io.BytesIO()
    written_before = []

    def frames():
        for frame in _frames(2, 6):
            written_before.append(stream.tell())
            yield frame

    write_gif(stream, frames(), 50)
    # header + frame 0 are on the stream before frame 1 is drawn, and so on: nothing is held back
    assert written_before[0] == 0
    assert all(b > a for a, b in zip(written_before, written_before[1:], strict=False))
    assert stream.tell() > written_before[-1]


@pytest.mark.parametrize(
    "frames, delay, words",
    [
        ([], 50, "at least one frame"),
        ([Image.new("RGB", (8, 8))], 50, "palette"),
        ([Image.new("P", (8, 8)), Image.new("P", (9, 8))], 50, "must all be"),
        ([Image.new("P", (8, 8))], 1_000_000, "frame delay"),
    ],
)
def test_bad_frames_and_delays_are_value_errors(frames, delay, words):
    with pytest.raises(ValueError, match=words):
        write_gif(io.BytesIO(), frames, delay)
