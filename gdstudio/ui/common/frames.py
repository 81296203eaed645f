"""Which parts of a tab are drawn in which frame while a run plays.

A tab redraws at most about 60 times a second. The parts that follow a run less often
than every frame (a loss curve, a readout's text, a description for screen readers)
are each given a ``(period, phase)`` in frames: drawn in the frames where
``frame % period == phase``. Each part on a phase of its own keeps two heavy parts out
of one frame: when they all fell on one frame, that frame was the run's longest stall.
A paused or stopped run draws every part at once.
"""

from __future__ import annotations

FramePhase = tuple[int, int]  # (period, phase) in frames


def due(frame: int, playing: bool, frames: FramePhase) -> bool:
    """Whether a part drawn every ``frames = (period, phase)`` frames while a run plays is
    due in ``frame`` (every part is, when the run is not ``playing``)."""
    period, phase = frames
    return not playing or frame % period == phase
