"""What a log-scale loss curve can show, and the sentence that says so.

A log axis draws log₁₀ of its values, so a loss that is 0 or negative has no
place on it, and a plot library leaves such points out without a word.
:func:`log_scale_view` decides what the curve shows instead, and says it:

* every finite loss > 0: the loss itself, on the log axis; nothing to say;
* otherwise, with m the lowest finite loss and s = f − m ≥ 0 (0 at the lowest
  point): if the positive values of s span at least ``SHIFT_DECADES`` decades
  (max s ≥ 100 · min s over s > 0), the log axis shows s = f − min f, its zeros
  drawn at the smallest positive s (the lowest point sits level with the
  next-lowest instead of falling off the axis); the note says so, e.g.
  "f goes below 0 (min −3.2): the loss axis shows f − min f on a log scale";
* otherwise (s spans fewer decades: a log axis would show no more than a linear
  one, or f is constant) the curve goes on a linear axis: "f goes below 0
  (min −3.2): the loss is shown on a linear axis".

Where the lowest loss is exactly 0 the note begins "f reaches 0" instead.  NaN
and ±∞ are gaps in the curve in every case (the stop message says why a run's
loss stopped being a number).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdstudio.core.plain import number_text
from gdstudio.core.words import translate

# a shifted log view is worth it only over this many decades of f − min f
SHIFT_DECADES = 2.0


@dataclass(frozen=True)
class LossScale:
    """How to draw a loss curve asked for on a log scale.

    ``values``: what to draw, in the loss's units (f itself, f − offset, or f on a
    linear axis), NaN where nothing can be drawn; ``logarithmic``: whether the axis
    stays logarithmic (then every value that is not NaN is > 0); ``offset``: what
    was subtracted from the loss (min f for the shifted view, else 0); ``label``:
    the axis' quantity ("f", "f − min f"); ``note``: one sentence for the plot, ""
    when the log axis shows the loss itself."""

    values: np.ndarray
    logarithmic: bool
    offset: float
    label: str
    note: str

    @property
    def log10(self) -> np.ndarray:
        """log₁₀ of ``values`` (for a plot that draws log values on a linear axis)."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.log10(self.values)


def log_scale_view(loss, name: str = "f") -> LossScale:
    """Decide what a log-scale curve of ``loss`` (a sequence of losses, e.g. f(w_t) for
    t = 0 … T) shows, following the rule in this module's docstring.  ``name`` is the
    loss's name in the sentences ("f" for a function, "L" for a network)."""
    loss = np.asarray(loss, dtype=float).ravel()
    finite = np.isfinite(loss)
    values = np.where(finite, loss, np.nan)
    if not finite.any() or np.all(loss[finite] > 0):
        return LossScale(values, True, 0.0, name, "")
    lowest = float(loss[finite].min())
    if lowest < 0:
        where = translate("LossScale", "{name} goes below 0 (min {lowest})").format(name=name, lowest=number_text(lowest))
    else:
        where = translate("LossScale", "{name} reaches 0").format(name=name)
    gaps = values - lowest
    positive = gaps[finite & (gaps > 0)]
    if len(positive) and positive.max() >= 10.0**SHIFT_DECADES * positive.min():
        shifted = np.where(finite, np.maximum(gaps, positive.min()), np.nan)
        if lowest < 0:
            return LossScale(
                shifted,
                True,
                lowest,
                f"{name} − min {name}",
                translate("LossScale", "{where}: the loss axis shows {name} − min {name} on a log scale").format(where=where, name=name),
            )
        note = translate(
            "LossScale", "{where}: a log axis has no 0, so the zeros are drawn at the lowest positive {name}, {lowest}"
        ).format(where=where, name=name, lowest=number_text(positive.min()))
        return LossScale(shifted, True, 0.0, name, note)
    return LossScale(values, False, 0.0, name, translate("LossScale", "{where}: the loss is shown on a linear axis").format(where=where))
