"""Animation export: frames (images) in, one GIF or MP4 file out, written atomically.

Frames are given as Pillow images or numpy arrays of shape (height, width, 3 or 4)
with uint8 values, typically rendered from the same plots as on screen.  A
progress callback ``progress(done, total)`` is called after each frame; returning
False cancels the export, and then nothing is left behind: neither the GIF nor a
half-written temporary file.

GIF needs Pillow, the optional ``animation`` extra; MP4 (H.264, the format every
player and slide program opens) needs imageio-ffmpeg, the optional ``video`` extra,
which brings its own ffmpeg binary, so nothing has to be installed system-wide.
:func:`write_animation` picks the writer from the file's suffix.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from gdstudio.core.words import QT_TRANSLATE_NOOP, translate
from gdstudio.export.files import ExportError, atomic_write

# the sentences and names are in English here and translated where shown (context "ExportAnimation")
PILLOW_MISSING = QT_TRANSLATE_NOOP(
    "ExportAnimation", "GIF export needs Pillow, the optional 'animation' extra: pip install 'gdstudio[animation]'"
)
VIDEO_MISSING = QT_TRANSLATE_NOOP(
    "ExportAnimation", "MP4 export needs imageio-ffmpeg, the optional 'video' extra: pip install 'gdstudio[video]'"
)
FORMATS = {".gif": QT_TRANSLATE_NOOP("ExportAnimation", "animated GIF"), ".mp4": QT_TRANSLATE_NOOP("ExportAnimation", "MP4 video")}
ANIMATION = QT_TRANSLATE_NOOP("ExportAnimation", "animation")  # what is written when the suffix names no format
MAX_FRAMES = 2000
# of a GIF's 256 palette entries, those kept for the first frame's colours that a
# median cut would blur (run colours, markers and text cover few pixels beside the
# contour's colour scale); the rest come from the median cut
RESERVED_COLOURS = 32

Progress = Callable[[int, int], "bool | None"]


class ExportCancelled(Exception):
    """Raised inside the writer when the progress callback asks to stop."""


def pillow_available() -> bool:
    try:
        import PIL.Image  # noqa: F401
    except ImportError:
        return False
    return True


def video_available() -> bool:
    try:
        import imageio_ffmpeg  # noqa: F401
    except ImportError:
        return False
    return True


def missing_for(path: str | os.PathLike) -> str | None:
    """Why an animation cannot be written to ``path`` here (unknown suffix, missing
    extra), or None when it can."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        if not suffix:
            return translate("ExportAnimation", "an animation is written as .gif or .mp4, not a file without a suffix")
        return translate("ExportAnimation", "an animation is written as .gif or .mp4, not {suffix}").format(suffix=suffix)
    if suffix == ".gif" and not pillow_available():
        return translate("ExportAnimation", PILLOW_MISSING)
    if suffix == ".mp4" and not video_available():
        return translate("ExportAnimation", VIDEO_MISSING)
    return None


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
        raise ExportError(translate("ExportAnimation", "a GIF frame must be an image or a (height, width, 3 or 4) array of bytes"))
    return Image.fromarray(np.ascontiguousarray(array[:, :, :3]), "RGB")


def shared_palette(image, Image):
    """One palette for every frame of a GIF, made from the first frame ``image`` (RGB):
    its colours exactly when it has at most 256 of them, otherwise a median cut to
    256 − :data:`RESERVED_COLOURS` colours plus, exactly, the first frame's colours
    that the cut renders worst (weight: pixels × squared error, over colours of at
    least 8 pixels).  Every frame is mapped to this palette without dithering, so
    a colour on screen (a run's #00c2ff) is one colour in every frame, not a colour
    each frame's own palette happens to give it."""
    pixels = np.asarray(image, dtype=np.uint8).reshape(-1, 3).astype(np.int64)
    codes, counts = np.unique((pixels[:, 0] << 16) | (pixels[:, 1] << 8) | pixels[:, 2], return_counts=True)
    colours = np.stack([(codes >> 16) & 255, (codes >> 8) & 255, codes & 255], axis=1)
    if len(colours) <= 256:
        entries = colours
    else:
        cut = image.quantize(colors=256 - RESERVED_COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        used = min(len(cut.getpalette() or ()) // 3, 256 - RESERVED_COLOURS)
        entries = np.asarray(cut.getpalette()[: 3 * used], dtype=np.int64).reshape(-1, 3)
        common = counts >= 8
        colours, counts = colours[common], counts[common]
        error = np.abs(colours[:, None, :] - entries[None, :, :]).max(axis=2).min(axis=1).astype(float)
        worst = np.argsort(-(counts * error**2), kind="stable")[:RESERVED_COLOURS]
        entries = np.concatenate([entries, colours[worst[error[worst] > 0]]])
    flat = entries.astype(np.uint8).ravel().tolist()
    flat += flat[-3:] * (256 - len(entries))  # unused entries repeat the last colour
    palette = Image.new("P", (1, 1))
    palette.putpalette(flat)
    return palette


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
        raise ExportError(translate("ExportAnimation", "the frame duration must be positive"))

    def write(temporary: Path) -> None:
        palette_frames = []
        size = palette = None
        for done, frame in enumerate(frames, start=1):
            if done > MAX_FRAMES:
                raise ExportError(translate("ExportAnimation", "an animation has at most {count} frames").format(count=MAX_FRAMES))
            image = _as_image(frame, Image)
            if size is None:
                size = image.size
                palette = shared_palette(image, Image)
            elif image.size != size:
                raise ExportError(
                    translate(
                        "ExportAnimation", "frame {frame} is {width}×{height}, not {first_width}×{first_height} like the first"
                    ).format(frame=done, width=image.size[0], height=image.size[1], first_width=size[0], first_height=size[1])
                )
            # quantise now, one frame at a time, so memory stays at one byte a pixel;
            # one palette for all frames, no dithering: a colour stays put from frame to frame
            palette_frames.append(image.quantize(palette=palette, dither=Image.Dither.NONE))
            if progress is not None and progress(done, max(total, done)) is False:
                raise ExportCancelled()
        if not palette_frames:
            raise ExportError(translate("ExportAnimation", "an animation needs at least one frame"))
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


def write_mp4(
    path: str | os.PathLike,
    frames: Iterable,
    total: int | None = None,
    frame_duration: float = 0.08,
    final_pause: float = 1.5,
    progress: Progress | None = None,
) -> Path | None:
    """Write ``frames`` as an H.264 MP4 video at ``path``, with the arguments and
    the cancel rule of :func:`write_gif` (the last frame is repeated for
    ``final_pause`` seconds: a video has one frame rate).  Frames are encoded as
    they come, so memory stays at one frame; an odd width or height loses its last
    pixel row or column (the H.264 colour format needs even sizes)."""
    try:
        import imageio_ffmpeg
    except ImportError:
        raise ExportError(VIDEO_MISSING) from None
    if total is None and hasattr(frames, "__len__"):
        total = len(frames)
    total = int(total or 0)
    if not (frame_duration > 0):
        raise ExportError(translate("ExportAnimation", "the frame duration must be positive"))
    fps = 1.0 / frame_duration
    hold = max(int(round(final_pause * fps)), 0)

    def rgb(frame) -> np.ndarray:
        if hasattr(frame, "convert"):  # a Pillow image
            frame = np.asarray(frame.convert("RGB"))
        array = np.asarray(frame)
        if array.dtype != np.uint8 or array.ndim != 3 or array.shape[2] not in (3, 4):
            raise ExportError(translate("ExportAnimation", "a video frame must be an image or a (height, width, 3 or 4) array of bytes"))
        height, width = (array.shape[0] // 2) * 2, (array.shape[1] // 2) * 2
        if height == 0 or width == 0:
            raise ExportError(translate("ExportAnimation", "a video frame must be at least 2×2 pixels"))
        return np.ascontiguousarray(array[:height, :width, :3])

    def write(temporary: Path) -> None:
        writer = None
        size = None
        last = None
        try:
            for done, frame in enumerate(frames, start=1):
                if done > MAX_FRAMES:
                    raise ExportError(translate("ExportAnimation", "an animation has at most {count} frames").format(count=MAX_FRAMES))
                image = rgb(frame)
                if writer is None:
                    size = image.shape[:2]
                    writer = imageio_ffmpeg.write_frames(
                        str(temporary),
                        (size[1], size[0]),
                        fps=fps,
                        codec="libx264",
                        quality=7,
                        pix_fmt_out="yuv420p",
                        macro_block_size=2,
                        ffmpeg_log_level="error",
                    )
                    writer.send(None)  # start ffmpeg
                elif image.shape[:2] != size:
                    raise ExportError(
                        translate(
                            "ExportAnimation", "frame {frame} is {width}×{height}, not {first_width}×{first_height} like the first"
                        ).format(frame=done, width=image.shape[1], height=image.shape[0], first_width=size[1], first_height=size[0])
                    )
                writer.send(image)
                last = image
                if progress is not None and progress(done, max(total, done)) is False:
                    raise ExportCancelled()
            if writer is None:
                raise ExportError(translate("ExportAnimation", "an animation needs at least one frame"))
            for _ in range(hold):
                writer.send(last)
            writer.close()
            writer = None
        except (OSError, RuntimeError) as error:  # ffmpeg failed or was not found
            raise ExportError(translate("ExportAnimation", "cannot write the video: {error}").format(error=error)) from None
        finally:
            if writer is not None:
                writer.close()

    try:
        return atomic_write(path, write)
    except ExportCancelled:
        return None


def write_animation(path: str | os.PathLike, frames: Iterable, **options) -> Path | None:
    """:func:`write_gif` or :func:`write_mp4`, chosen by the suffix of ``path``."""
    problem = missing_for(path)
    if problem is not None:
        raise ExportError(problem)
    writer = write_mp4 if Path(path).suffix.lower() == ".mp4" else write_gif
    return writer(path, frames, **options)
