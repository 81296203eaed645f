"""Plain data for the reports every feature writes: JSON has no NaN or infinity."""

from __future__ import annotations

import math
from typing import Any

import numpy as np


def finite_or_none(value: float) -> float | None:
    """JSON has no NaN or infinity: non-finite numbers are written as null."""
    value = float(value)
    return value if math.isfinite(value) else None


def number_text(value: float) -> str:
    """A number as a sentence writes it: five significant digits, a true minus sign,
    never −0; ∞, −∞ and NaN by name."""
    value = float(value)
    if value == 0:
        value = 0.0
    if not math.isfinite(value):
        return "∞" if value > 0 else ("−∞" if value < 0 else "NaN")
    return f"{value:.5g}".replace("-", "−")


def point_text(point) -> str:
    """A point as a sentence writes it: (1.5, −1)."""
    return "(" + ", ".join(number_text(v) for v in np.ravel(point)) + ")"


def plain_list(array: np.ndarray) -> Any:
    """A numpy array as nested lists of floats, non-finite numbers as None."""
    if np.ndim(array) == 0:
        return finite_or_none(array)
    return [plain_list(a) for a in array]
