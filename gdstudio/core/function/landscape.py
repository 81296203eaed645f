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


def thin_path(points: np.ndarray, pixel: tuple[float, float]) -> np.ndarray:
    """The points of a path worth drawing at a resolution of ``pixel`` (x, y sizes):
    a point is dropped when it falls in the same pixel as the point before it, so
    a long tail that crawls towards a minimum costs one segment per pixel, while a
    zig-zag between two pixels is kept whole. The first and last points always stay."""
    points = np.asarray(points, dtype=float)
    if len(points) < 3:
        return points
    size = np.asarray(pixel, dtype=float)
    if not np.all(np.isfinite(size)) or np.any(size <= 0):
        return points
    with np.errstate(all="ignore"):
        cells = np.floor(points / size)
    moved = np.ones(len(points), dtype=bool)
    moved[1:] = np.any(cells[1:] != cells[:-1], axis=1) | ~np.all(np.isfinite(cells[1:]), axis=1)
    moved[-1] = True
    return points[moved]


class PathSegments:
    """The distinct segments of a growing path on a grid of ``pixel`` cells: a segment
    whose two end cells were already joined (in either direction) is not kept again.
    A run that oscillates around a minimum, or a zig-zag that goes back and forth in
    a valley, crosses the same few cells thousands of times; drawn once, it costs its
    distinct segments only. Segments with a non-finite end are left out (they cannot
    be drawn). Points are added with :meth:`extend`, each batch continuing the last."""

    def __init__(self, pixel: tuple[float, float]):
        self.pixel = np.asarray(pixel, dtype=float)
        self._seen: set[bytes] = set()
        self._segments = np.empty((64, 4))
        self.count = 0
        self._last: np.ndarray | None = None

    @property
    def segments(self) -> np.ndarray:
        """(k, 4): x₀, y₀, x₁, y₁ of each distinct segment, in the order first drawn."""
        return self._segments[: self.count]

    def extend(self, points: np.ndarray) -> None:
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        if not len(points):
            return
        if self._last is not None:
            points = np.concatenate([self._last[None], points])
        self._last = points[-1].copy()
        if len(points) < 2:
            return
        with np.errstate(all="ignore"):
            cells = np.floor(points / self.pixel) + 0.0  # + 0.0: one key for −0 and 0
        start, end = cells[:-1], cells[1:]
        # an undirected segment: its end cells in a fixed order
        swap = (start[:, 0] > end[:, 0]) | ((start[:, 0] == end[:, 0]) & (start[:, 1] > end[:, 1]))
        keys = np.where(swap[:, None], np.concatenate([end, start], axis=1), np.concatenate([start, end], axis=1))
        drawable = np.all(np.isfinite(points[:-1]), axis=1) & np.all(np.isfinite(points[1:]), axis=1)
        drawable &= np.any(start != end, axis=1)
        candidates = np.flatnonzero(drawable)
        if not len(candidates):
            return
        rows = np.ascontiguousarray(keys[candidates]).view(np.dtype((np.void, 32))).ravel()
        _, first = np.unique(rows, return_index=True)  # each key once within this batch
        first.sort()
        fresh = []
        for position in first:
            key = rows[position].tobytes()
            if key not in self._seen:
                self._seen.add(key)
                fresh.append(candidates[position])
        if not fresh:
            return
        fresh = np.asarray(fresh)
        added = np.concatenate([points[fresh], points[fresh + 1]], axis=1)
        needed = self.count + len(added)
        if needed > len(self._segments):
            grown = np.empty((max(needed, 2 * len(self._segments)), 4))
            grown[: self.count] = self._segments[: self.count]
            self._segments = grown
        self._segments[self.count : needed] = added
        self.count = needed
