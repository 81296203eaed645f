"""Animated GIF export: frames (images) in, one GIF file out, written atomically.

Frames are given as Pillow images or numpy arrays of shape (height, width, 3 or 4)
with uint8 values, typically rendered from the same plots as on screen.  A
progress callback ``progress(done, total)`` is called after each frame; returning
False cancels the export, and then nothing is left behind: neither the GIF nor a
half-written temporary file.

Pillow is an optional extra (``pip install 'gdstudio[animation]'``).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from .files import ExportError, atomic_write

PILLOW_MISSING = "GIF export needs Pillow, the optional 'animation' extra: pip install 'gdstudio[animation]'"
MAX_FRAMES = 2000

Progress = Callable[[int, int], "bool | None"]


class ExportCancelled(Exception):
    """Raised inside the writer when the progress callback asks to stop."""


def pillow_available() -> bool:
    try:
        import PIL.Image  # noqa: F401
    except ImportError:
        return False
    return True


def require_pillow():
    """The ``PIL.Image`` module, or an :class:`ExportError` saying how to install it."""
    try:
        from PIL import Image
    except ImportError:
        raise ExportError(PILLOW_MISSING) from None
    return Image


def _as_image(frame, Image):
    if isinstance(frame, Image.Image):
        return frame.convert("RGB")
    array = np.asarray(frame)
    if array.dtype != np.uint8 or array.ndim != 3 or array.shape[2] not in (3, 4):
        raise ExportError("a GIF frame must be an image or a (height, width, 3 or 4) array of bytes")
    return Image.fromarray(np.ascontiguousarray(array[:, :, :3]), "RGB")


def write_gif(
    path: str | os.PathLike,
    frames: Iterable,
    total: int | None = None,
    frame_duration: float = 0.08,
    final_pause: float = 1.5,
    loop: bool = True,
    progress: Progress | None = None,
) -> Path | None:
    """Write ``frames`` as an animated GIF at ``path``; return the path, or None when
    ``progress`` returned False (nothing written then).

    ``frame_duration`` is the time each frame shows, in seconds; the last frame is
    held ``final_pause`` seconds longer so the end result can be read.  ``frames``
    may be a generator (each frame is rendered when needed); ``total`` is the
    number of frames for the progress callback (``len(frames)`` when it has one).
    Every frame must have the size of the first."""
    Image = require_pillow()
    if total is None and hasattr(frames, "__len__"):
        total = len(frames)
    total = int(total or 0)
    if not (frame_duration > 0):
        raise ExportError("the frame duration must be positive")

    def write(temporary: Path) -> None:
        palette_frames = []
        size = None
        for done, frame in enumerate(frames, start=1):
            if done > MAX_FRAMES:
                raise ExportError(f"an animation has at most {MAX_FRAMES} frames")
            image = _as_image(frame, Image)
            if size is None:
                size = image.size
            elif image.size != size:
                raise ExportError(f"frame {done} is {image.size[0]}×{image.size[1]}, not {size[0]}×{size[1]} like the first")
            # quantise now, one frame at a time, so memory stays at one byte a pixel
            palette_frames.append(image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE))
            if progress is not None and progress(done, max(total, done)) is False:
                raise ExportCancelled()
        if not palette_frames:
            raise ExportError("an animation needs at least one frame")
        milliseconds = max(int(round(frame_duration * 1000)), 20)
        durations = [milliseconds] * len(palette_frames)
        durations[-1] += int(round(final_pause * 1000))
        first, rest = palette_frames[0], palette_frames[1:]
        save = {"format": "GIF", "save_all": True, "append_images": rest, "duration": durations, "optimize": False}
        if loop:
            save["loop"] = 0
        first.save(temporary, **save)

    try:
        return atomic_write(path, write)
    except ExportCancelled:
        return None
