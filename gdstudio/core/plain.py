"""Plain data for the reports every feature writes: JSON has no NaN or infinity."""

from __future__ import annotations

import math
from typing import Any

import numpy as np


def finite_or_none(value: float) -> float | None:
    """JSON has no NaN or infinity: non-finite numbers are written as null."""
    value = float(value)
    return value if math.isfinite(value) else None


def plain_list(array: np.ndarray) -> Any:
    """A numpy array as nested lists of floats, non-finite numbers as None."""
    if np.ndim(array) == 0:
        return finite_or_none(array)
    return [plain_list(a) for a in array]
