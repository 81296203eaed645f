"""Axes that tell the truth on a projector.

pyqtgraph's own axis multiplies tick values by an SI prefix it chooses itself, and
on a log axis the multiplier is applied to the exponents: a loss that grew to 3·10¹⁰
was labelled 10⁻⁹ … 10¹ with the "×1e+09" clipped off. Its log axis also labels the
minor ticks (2·10¹, 3·10¹ …), which pile on top of each other.

:class:`HonestAxis` never applies a multiplier; on a log axis it labels whole
decades only (every decade, or every 2nd, 5th … when they would not fit) and leaves
the minor ticks unlabelled; on a linear axis it chooses 1-2-5 steps from the space
its labels need, so labels never overlap. Tick labels use a true minus sign. Its
fonts and fixed size follow the presentation zoom (:meth:`set_zoom`).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
# decade steps tried, in order, when every decade's label would not fit
DECADE_STEPS = (1, 2, 3, 5, 10, 20, 25, 50, 100)
BASE_POINT_SIZE = 9.0  # the tick font at 100 % (the application's default font is about this)


def decade_text(exponent: int) -> str:
    """10ⁿ with the exponent as superscript digits: 10⁻³, 10⁰, 10¹²."""
    return "10" + str(int(exponent)).translate(SUPERSCRIPTS)


def nice_step(value: float) -> float:
    """The smallest of 1, 2, 5 × 10^k that is at least ``value`` (> 0)."""
    exponent = math.floor(math.log10(value))
    for factor in (1.0, 2.0, 5.0, 10.0):
        step = factor * 10.0**exponent
        if step >= value * (1 - 1e-12):
            return step
    return 10.0 ** (exponent + 1)


def _minor_step(major: float) -> float:
    leading = round(major / 10.0 ** math.floor(math.log10(major)))
    return major / (4 if leading == 2 else 5)


class HonestAxis(pg.AxisItem):
    """A pyqtgraph axis without SI multipliers whose labels never overlap (see the module)."""

    def __init__(self, orientation: str, **kwargs):
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.zoom = 1.0
        self.base_size: float | None = None  # a fixed width (vertical axis) or height, at 100 %
        self._major: float | None = None
        self.set_zoom(1.0)

    # -- sizes --------------------------------------------------------------------------
    def set_fixed_size(self, size: float) -> None:
        """Keep the axis this wide (a vertical axis) or tall, at 100 %; it scales with the zoom."""
        self.base_size = float(size)
        self._apply_size()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = float(zoom)
        font = QtGui.QFont(QtWidgets.QApplication.font()) if QtWidgets.QApplication.instance() else QtGui.QFont()
        font.setPointSizeF(BASE_POINT_SIZE * self.zoom)
        self.setStyle(tickFont=font, tickTextOffset=max(2, round(3 * self.zoom)), tickLength=-max(3, round(5 * self.zoom)))
        self.labelStyle = {**self.labelStyle, "font-size": f"{BASE_POINT_SIZE * self.zoom:.1f}pt"}
        self._updateLabel()
        self._apply_size()
        self.picture = None
        self.update()

    def _apply_size(self) -> None:
        if self.base_size is None:
            return
        if self.orientation in ("left", "right"):
            self.setWidth(round(self.base_size * self.zoom))
        else:
            self.setHeight(round(self.base_size * self.zoom))

    def _metrics(self) -> QtGui.QFontMetricsF:
        return QtGui.QFontMetricsF(self.style.get("tickFont") or self.font())

    def _room(self, samples) -> float:
        """Pixels one label needs along the axis: its height on a vertical axis, the widest
        sample's width and a gap on a horizontal one."""
        metrics = self._metrics()
        if self.orientation in ("left", "right"):
            return 1.4 * metrics.height()
        return max(metrics.horizontalAdvance(text) for text in samples) + 1.5 * metrics.horizontalAdvance("0")

    # -- linear axes ----------------------------------------------------------------------
    def tickSpacing(self, minVal: float, maxVal: float, size: float):
        if self.logMode or self._tickLevels is not None or not (math.isfinite(minVal) and math.isfinite(maxVal)):
            return super().tickSpacing(minVal, maxVal, size)
        span = maxVal - minVal
        if span <= 0 or size <= 0:
            return super().tickSpacing(minVal, maxVal, size)
        major = nice_step(span / 8)
        # widen the step until every label has the room it needs
        for _ in range(40):
            samples = self._linear_strings([minVal, maxVal, (minVal + maxVal) / 2], major)
            if span / major * self._room(samples) <= size or major > span:
                break
            major = nice_step(major * 1.01)
        self._major = major
        return [(major, 0.0), (_minor_step(major), 0.0)]

    def _linear_strings(self, values, spacing: float) -> list[str]:
        places = max(0, math.ceil(-math.log10(spacing))) if spacing > 0 else 0
        strings = []
        for value in values:
            if value == 0 or abs(value) < spacing * 1e-9:
                text = "0"
            elif abs(value) < 1e-3 or abs(value) >= 1e5:
                text = f"{value:.3g}"
            else:
                text = f"{value:.{places}f}"
            strings.append(text.replace("-", "−"))
        return strings

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return self.logTickStrings(values, scale, spacing)
        if self._tickLevels is not None:
            return [str(v).replace("-", "−") for v in super().tickStrings(values, scale, spacing)]
        if self._major is not None and spacing < self._major * (1 - 1e-9):
            return [""] * len(values)  # minor ticks are not labelled
        return self._linear_strings([v * scale for v in values], spacing * scale)

    # -- log axes ---------------------------------------------------------------------------
    def logTickValues(self, minVal, maxVal, size, stdTicks):
        """Whole decades, as many as have room for their labels; 2…9 × 10ⁿ as minor ticks
        where a decade is tall enough; within one decade, 1-2-5 labels."""
        low, high = sorted((float(minVal), float(maxVal)))
        if not (math.isfinite(low) and math.isfinite(high)) or high <= low or size <= 0:
            return []
        per_decade = size / (high - low)
        room = self._room([decade_text(-10)])
        first, last = math.ceil(low - 1e-9), math.floor(high + 1e-9)
        step = next((s for s in DECADE_STEPS if per_decade * s >= room), DECADE_STEPS[-1])
        # counted down from the highest decade in view, so the top of the range is always labelled
        major = [float(d) for d in range(first, last + 1) if (last - d) % step == 0]
        minor: list[float] = []
        if step == 1 and per_decade >= 4 * self._metrics().height() / 3:
            for decade in range(first - 1, last + 1):
                minor.extend(decade + math.log10(m) for m in range(2, 10))
        elif step > 1:
            minor = [float(d) for d in range(first, last + 1) if (last - d) % step]
        if len(major) < 2:
            # the range spans about a decade or less: label 1, 2 and 5 × 10ⁿ too
            for decade in range(first - 1, last + 1):
                for factor in (2, 5):
                    value = decade + math.log10(factor)
                    if low <= value <= high and per_decade * min(math.log10(2), math.log10(2.5)) >= room:
                        major.append(value)
            major.sort()
        minor = [v for v in minor if low <= v <= high and not any(abs(v - m) < 1e-9 for m in major)]
        return [(float(step), major), (None, minor)]

    def logTickStrings(self, values, scale, spacing):
        if spacing is None:
            return [""] * len(values)  # minor ticks are not labelled
        strings = []
        for value in values:
            nearest = round(value)
            if abs(value - nearest) < 1e-9:
                strings.append(decade_text(nearest))
            else:
                strings.append(f"{10.0**value:.1g}".replace("e-0", "e−").replace("-", "−"))
        return strings


def honest_axes(*names: str) -> dict[str, HonestAxis]:
    """``axisItems`` for a PlotItem: an :class:`HonestAxis` for each of ``names``."""
    return {name: HonestAxis(name) for name in (names or ("left", "bottom"))}


__all__ = ["HonestAxis", "decade_text", "honest_axes", "nice_step"]
