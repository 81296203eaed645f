"""Numbers as the window writes them: the core's sentences' form (five significant
digits, a true minus sign, never −0), so a readout and a stop message agree."""

from __future__ import annotations

from gdstudio.core.plain import number_text as number


def vector(values) -> str:
    return "[" + ", ".join(number(float(v)) for v in values) + "]"


__all__ = ["number", "vector"]
