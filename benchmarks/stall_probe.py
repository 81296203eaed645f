"""The stall probe the window benchmarks share: a 1 ms timer on the GUI thread notes the
gaps between its ticks; a long gap is a stall the person feels."""

from __future__ import annotations

import time

# the first ticks fall while the timer settles in: they are not counted
SETTLING_TICKS = 5


class StallProbe:
    """``start()``, let the event loop run, ``stop()``; ``milliseconds()`` gives the gaps
    between the timer's ticks, sorted, in ms."""

    def __init__(self):
        from PySide6 import QtCore

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QtCore.QTimer()
        self.timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start(1)

    def stop(self) -> None:
        self.timer.stop()

    def milliseconds(self) -> list[float]:
        return sorted(gap * 1000 for gap in self.gaps[SETTLING_TICKS:])
