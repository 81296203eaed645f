"""Numbers as the window writes them: five significant digits, a true minus sign."""

from __future__ import annotations

import math


def number(value: float) -> str:
    if value == 0:
        value = 0.0  # never show −0
    if not math.isfinite(value):
        return "∞" if value > 0 else ("−∞" if value < 0 else "NaN")
    text = f"{value:.5g}"
    return text.replace("-", "−")


def vector(values) -> str:
    return "[" + ", ".join(number(float(v)) for v in values) + "]"
