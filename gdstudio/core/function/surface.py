"""The landscape as a surface in 3-D: heights for a mesh over the view window and
for the descent path on it, both from one transform so the path lies on the surface.

The height is what the contour's colour shows (f, or log₁₀(f − min f + δ) for a
narrow valley such as Rosenbrock's), clipped to the range the colour map uses so a
few huge values at the window's corners do not flatten the rest, and scaled so the
surface stands about half as tall as the window is wide: a bowl looks like a bowl
whatever the units of f.  Nothing here draws; the 3-D view turns it into vertices.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdstudio.core.function.landscape import Landscape

DEFAULT_MESH = 121  # vertices along each side: smooth enough, light for a software renderer
HEIGHT_RATIO = 0.5  # surface height / longer side of the window
LIFT = 0.01  # the path floats this fraction of the height above the surface, so it stays visible


@dataclass(frozen=True)
class Surface:
    xs: np.ndarray  # (nx,)
    ys: np.ndarray  # (ny,)
    heights: np.ndarray  # (nx, ny) display heights, 0 … height; undefined points sit at 0
    shade: np.ndarray  # (nx, ny) the contour's shading at those points (NaN where undefined), for colours
    shade_range: tuple[float, float]  # the shading mapped onto 0 … height
    height: float  # the top of the surface, in the units of x and y
    logarithmic: bool
    minimum: float  # min f on the grid (the log shading's reference)
    delta: float  # the log shading's offset δ

    @property
    def label(self) -> str:
        return "height: log₁₀(f − min f)" if self.logarithmic else "height: f(x, y)"

    def shading(self, values) -> np.ndarray:
        """The contour's shading of f-values (log₁₀(f − min f + δ) on a log landscape)."""
        values = np.asarray(values, dtype=float)
        if not self.logarithmic:
            return values
        with np.errstate(all="ignore"):
            return np.log10(values - self.minimum + self.delta)

    def heights_of(self, values) -> np.ndarray:
        """Display heights for f-values, on the surface's scale (clipped to it; NaN stays NaN)."""
        low, high = self.shade_range
        shade = self.shading(values)
        with np.errstate(all="ignore"):
            return np.clip((shade - low) / (high - low), 0.0, 1.0) * self.height

    def path_segments(self, points, values) -> np.ndarray:
        """Vertices (2k, 3) of the path's segments whose two ends lie inside the
        window and are defined, as pairs for a line list: a path that leaves the
        window (or diverges) is drawn where it is on the surface and nowhere else."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        if len(points) < 2:
            return np.empty((0, 3))
        z = self.heights_of(values) + LIFT * self.height
        inside = (
            (points[:, 0] >= self.xs[0])
            & (points[:, 0] <= self.xs[-1])
            & (points[:, 1] >= self.ys[0])
            & (points[:, 1] <= self.ys[-1])
            & np.isfinite(z)
        )
        both = inside[:-1] & inside[1:]
        vertices = np.column_stack([points, z])
        pairs = np.empty((int(both.sum()) * 2, 3))
        pairs[0::2] = vertices[:-1][both]
        pairs[1::2] = vertices[1:][both]
        return pairs

    def point(self, point, value) -> np.ndarray | None:
        """A point of the path in 3-D, or None when it lies outside the window or is undefined."""
        x, y = (float(v) for v in point)
        z = float(self.heights_of(value)) + LIFT * self.height
        if not (self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1] and np.isfinite(z)):
            return None
        return np.array([x, y, z])


def surface_for(landscape: Landscape, mesh: int = DEFAULT_MESH) -> Surface:
    """The surface of ``landscape``, resampled to at most ``mesh`` × ``mesh`` vertices."""
    nx, ny = landscape.values.shape
    step_x = max(1, int(np.ceil((nx - 1) / max(mesh - 1, 1))))
    step_y = max(1, int(np.ceil((ny - 1) / max(mesh - 1, 1))))
    index_x = np.unique(np.r_[np.arange(0, nx, step_x), nx - 1])
    index_y = np.unique(np.r_[np.arange(0, ny, step_y), ny - 1])
    xs = landscape.xs[index_x]
    ys = landscape.ys[index_y]
    finite = landscape.values[np.isfinite(landscape.values)]
    minimum = float(finite.min()) if finite.size else 0.0
    delta = 0.0
    if landscape.logarithmic and finite.size:
        # the same offset evaluate_landscape used for its shading
        high = float(np.percentile(finite, 99))
        delta = max((high - minimum) * 1e-6, 1e-12)
    x_min, x_max, y_min, y_max = landscape.window
    height = HEIGHT_RATIO * max(x_max - x_min, y_max - y_min)
    finite_shade = landscape.shade[np.isfinite(landscape.shade)]
    low, high = 0.0, 1.0
    if finite_shade.size:
        low, high = (float(v) for v in np.percentile(finite_shade, [0.5, 99.0]))
        if not high > low:
            high = low + 1.0
    shade = landscape.shade[np.ix_(index_x, index_y)]
    with np.errstate(all="ignore"):
        heights = np.clip((shade - low) / (high - low), 0.0, 1.0) * height
    heights = np.nan_to_num(heights, nan=0.0)
    return Surface(xs, ys, heights, shade, (low, high), height, landscape.logarithmic, minimum, delta)
