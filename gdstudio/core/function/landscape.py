"""The landscape of f on a window: the grid a contour plot draws, its iso-levels
and the colour scale that keeps both a bowl and a steep valley readable."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DEFAULT_RESOLUTION = 400


@dataclass(frozen=True)
class Landscape:
    window: tuple[float, float, float, float]  # x_min, x_max, y_min, y_max
    xs: np.ndarray  # (nx,)
    ys: np.ndarray  # (ny,)
    values: np.ndarray  # (nx, ny): values[i, j] = f(xs[i], ys[j]); NaN where undefined
    shade: np.ndarray  # what the colour map shows (values, or log10 of their height above the minimum)
    logarithmic: bool
    levels: tuple[float, ...]  # iso-levels, in units of ``shade``

    @property
    def shade_label(self) -> str:
        return "log₁₀(f − min f)" if self.logarithmic else "f(x, y)"

    def level_value(self, level: float) -> float:
        """The value of f on the iso-line drawn at ``level``."""
        if not self.logarithmic:
            return level
        finite = self.values[np.isfinite(self.values)]
        return float(finite.min() + 10.0**level) if finite.size else float("nan")


def validate_window(window) -> tuple[float, float, float, float]:
    x_min, x_max, y_min, y_max = (float(v) for v in window)
    if not all(np.isfinite([x_min, x_max, y_min, y_max])):
        raise ValueError("the view window must be finite numbers")
    if not (x_min < x_max and y_min < y_max):
        raise ValueError("the view window must have x_min < x_max and y_min < y_max")
    return x_min, x_max, y_min, y_max


def evaluate_landscape(function, window, resolution: int = DEFAULT_RESOLUTION, level_count: int = 14) -> Landscape:
    """f on a resolution × resolution grid over ``window``, with iso-levels.

    Levels are spaced evenly in the shading; when f spans several orders of
    magnitude above its minimum (Rosenbrock), the shading is log₁₀(f − min f + δ),
    so the valley floor is as visible as the walls."""
    x_min, x_max, y_min, y_max = validate_window(window)
    xs = np.linspace(x_min, x_max, resolution)
    ys = np.linspace(y_min, y_max, resolution)
    grid_x, grid_y = np.meshgrid(xs, ys, indexing="ij")
    values = function.value(grid_x, grid_y)
    finite = values[np.isfinite(values)]
    logarithmic = False
    shade = values
    if finite.size:
        low = float(finite.min())
        quartile, high = (float(v) for v in np.percentile(finite, [25, 99]))
        # a quarter of the window lies within 1/25 of the range: a narrow valley
        if high - low > 0 and (high - low) / max(quartile - low, 1e-300) > 25:
            logarithmic = True
            delta = max((high - low) * 1e-6, 1e-12)
            with np.errstate(all="ignore"):
                shade = np.log10(values - low + delta)
    finite_shade = shade[np.isfinite(shade)]
    if finite_shade.size:
        low, high = np.percentile(finite_shade, [0.5, 99.0])
        if not high > low:
            high = low + 1.0
        levels = tuple(float(v) for v in np.linspace(low, high, level_count + 2)[1:-1])
    else:
        levels = ()
    return Landscape((x_min, x_max, y_min, y_max), xs, ys, values, shade, logarithmic, levels)
