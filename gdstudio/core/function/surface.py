"""The landscape as a surface in 3-D: heights for a mesh over the view window and
for the descent path on it, both from one transform so the path lies on the surface.

The height is what the contour's colour shows (f, or log₁₀(f − min f + δ) for a
narrow valley such as Rosenbrock's), clipped to the range the colour map uses so a
few huge values at the window's corners do not flatten the rest, and scaled so the
surface stands about half as tall as the window is wide: a bowl looks like a bowl
whatever the units of f.  Here too is what the view needs to be read: round ticks
for its axes (the heights' ticks in f, or in the log shading, never in display
units) and a camera from which the path is not hidden behind a wall of the surface.
Nothing here draws; the 3-D view turns it into vertices.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdstudio.core.function.landscape import Landscape

DEFAULT_MESH = 121  # vertices along each side: smooth enough, light for a software renderer
HEIGHT_RATIO = 0.5  # surface height / longer side of the window
LIFT = 0.01  # the path floats this fraction of the height above the surface, so it stays visible
FIELD_OF_VIEW = 60.0  # degrees across the view's width (pyqtgraph's GLViewWidget default)
CAMERA_ELEVATIONS = (35.0, 45.0, 55.0, 65.0, 75.0, 85.0)  # tried lowest first: low shows the shape best
# the azimuths tried: 15°, 45°, 75°, …, never along an axis (the axes would be seen end on)
CAMERA_AZIMUTHS = tuple(-165.0 + 30.0 * k for k in range(12))
FALLBACK_AZIMUTH = -60.0  # when the start is the window's centre
FRAMED_POINTS = 80  # at most this many points of a path are checked for being hidden
AXIS_MARGIN = 0.06  # tick labels stand this fraction of the longer side outside the floor
LABEL_REACH = 0.2  # the axes' labels and titles reach this fraction of the longer side beyond the floor
TOP_REACH = 0.1  # and the height's title this fraction above the surface
FRAME_MARGIN = 1.06  # the camera stands this much farther back than the tightest fit (text has a width)


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
    shade_label: str = "f(x, y)"  # what the heights show: the landscape's shade label

    @property
    def label(self) -> str:
        return f"height: {self.shade_label}"

    @property
    def span(self) -> float:
        """The window's longer side."""
        return max(float(self.xs[-1] - self.xs[0]), float(self.ys[-1] - self.ys[0]))

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

    def values_at_heights(self, heights) -> np.ndarray:
        """The f-values at display heights h, the inverse of :meth:`heights_of` on 0 … height:
        the shading s = low + (h / height)·(high − low), and f = s, or on a log landscape
        f = min f − δ + 10^s."""
        low, high = self.shade_range
        shade = low + np.asarray(heights, dtype=float) / self.height * (high - low)
        if not self.logarithmic:
            return shade
        return self.minimum - self.delta + 10.0**shade

    def height_ticks(self, count: int = 5) -> tuple[np.ndarray, np.ndarray]:
        """Ticks for the height axis: round values of the shading (f, or log₁₀(f − min f)
        on a log landscape) within the surface's range, and the display heights they stand at."""
        low, high = self.shade_range
        values = round_ticks(low, high, count)
        return (values - low) / (high - low) * self.height, values

    def points_3d(self, points, values) -> np.ndarray:
        """The path's points in 3-D (n, 3): x, y and the height of f lifted by LIFT above
        the surface; rows outside the window or where f is undefined are NaN."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        z = np.broadcast_to(self.heights_of(values), (len(points),)) + LIFT * self.height
        inside = (
            (points[:, 0] >= self.xs[0])
            & (points[:, 0] <= self.xs[-1])
            & (points[:, 1] >= self.ys[0])
            & (points[:, 1] <= self.ys[-1])
            & np.isfinite(z)
        )
        vertices = np.column_stack([points, z])
        vertices[~inside] = np.nan
        return vertices

    def path_segments(self, points, values) -> np.ndarray:
        """Vertices (2k, 3) of the path's segments whose two ends lie inside the
        window and are defined, as pairs for a line list: a path that leaves the
        window (or diverges) is drawn where it is on the surface and nowhere else."""
        vertices = self.points_3d(points, values)
        if len(vertices) < 2:
            return np.empty((0, 3))
        inside = np.isfinite(vertices[:, 2])
        both = inside[:-1] & inside[1:]
        pairs = np.empty((int(both.sum()) * 2, 3))
        pairs[0::2] = vertices[:-1][both]
        pairs[1::2] = vertices[1:][both]
        return pairs

    def point(self, point, value) -> np.ndarray | None:
        """A point of the path in 3-D, or None when it lies outside the window or is undefined."""
        vertex = self.points_3d(np.reshape(np.asarray(point, dtype=float), (1, 2)), np.ravel(np.asarray(value, dtype=float))[:1])[0]
        return None if np.isnan(vertex[2]) else vertex

    def surface_height(self, x, y) -> np.ndarray:
        """The mesh's display height at (x, y) inside the window: bilinear between its vertices."""
        x, y = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        i = np.clip(np.searchsorted(self.xs, x, side="right") - 1, 0, len(self.xs) - 2)
        j = np.clip(np.searchsorted(self.ys, y, side="right") - 1, 0, len(self.ys) - 2)
        fx = np.clip((x - self.xs[i]) / (self.xs[i + 1] - self.xs[i]), 0.0, 1.0)
        fy = np.clip((y - self.ys[j]) / (self.ys[j + 1] - self.ys[j]), 0.0, 1.0)
        h = self.heights
        return (h[i, j] * (1 - fx) + h[i + 1, j] * fx) * (1 - fy) + (h[i, j + 1] * (1 - fx) + h[i + 1, j + 1] * fx) * fy

    def occluded(self, vertices, position) -> np.ndarray:
        """Which 3-D points (rows of ``vertices``) the surface hides from a camera at
        ``position``: the sight line p + t·(c − p), 0 < t ≤ 1, passes under the mesh
        somewhere above the window (sampled every half mesh cell; the first cell
        beside p, where the line leaves the point's own slope, is not counted)."""
        vertices = np.asarray(vertices, dtype=float).reshape(-1, 3)
        position = np.asarray(position, dtype=float)
        hidden = np.zeros(len(vertices), dtype=bool)
        rows = np.flatnonzero(np.all(np.isfinite(vertices), axis=1))
        if not len(rows):
            return hidden
        p = vertices[rows]
        d = position - p
        horizontal = np.hypot(d[:, 0], d[:, 1])
        # where the sight line leaves the window, as a fraction of the way to the camera
        with np.errstate(divide="ignore", invalid="ignore"):
            exits = [
                np.where(d[:, k] > 0, (upper - p[:, k]) / d[:, k], np.where(d[:, k] < 0, (lower - p[:, k]) / d[:, k], np.inf))
                for k, (lower, upper) in enumerate(((self.xs[0], self.xs[-1]), (self.ys[0], self.ys[-1])))
            ]
        t_exit = np.minimum(np.minimum(exits[0], exits[1]), 1.0)
        cell = min(float(np.min(np.diff(self.xs))), float(np.min(np.diff(self.ys))))
        longest = float(np.max(t_exit * horizontal))
        if not longest > 0:
            return hidden  # a camera straight above sees everything
        samples = int(min(np.ceil(longest / (0.5 * cell)), 4 * (len(self.xs) + len(self.ys))))
        t = np.linspace(0.0, 1.0, samples + 1)[1:][None, :] * t_exit[:, None]  # (points, samples)
        x = p[:, :1] + t * d[:, :1]
        y = p[:, 1:2] + t * d[:, 1:2]
        z = p[:, 2:] + t * d[:, 2:]
        counted = t * horizontal[:, None] > 0.75 * cell
        tolerance = 0.25 * LIFT * self.height
        under = (self.surface_height(x, y) > z + tolerance) & counted
        hidden[rows] = under.any(axis=1)
        return hidden

    def camera(self, elevation: float, azimuth: float, aspect: float = 1.0) -> Camera:
        """A camera at ``elevation`` and ``azimuth`` that has the surface with its axes'
        labels (the box of the window widened by LABEL_REACH, from the floor to
        TOP_REACH above the surface) just inside a view ``aspect`` times as wide as it
        is tall.  Looking at a point m from distance D, a corner c shows when
        D ≥ (c − m)·u + |(c − m)·r| / tan(φ_w/2) and D ≥ (c − m)·u + |(c − m)·v| / tan(φ_h/2),
        with u pointing to the camera, r and v the screen's right and up,
        φ_w = FIELD_OF_VIEW and tan(φ_h/2) = tan(φ_w/2) / aspect; m starts at the box's
        middle and moves sideways and up (four times, with D fitted again each time)
        until the outermost corners stand equally far from the picture's edges, so the
        picture is centred rather than one side tight and the other loose."""
        reach = LABEL_REACH * self.span
        xs = (float(self.xs[0]) - reach, float(self.xs[-1]) + reach)
        ys = (float(self.ys[0]) - reach, float(self.ys[-1]) + reach)
        zs = (0.0, self.height + TOP_REACH * self.span)
        corners = np.array([(x, y, z) for x in xs for y in ys for z in zs])
        e, a = np.radians(elevation), np.radians(azimuth)
        toward = np.array([np.cos(e) * np.cos(a), np.cos(e) * np.sin(a), np.sin(e)])
        right = np.array([-np.sin(a), np.cos(a), 0.0])
        up = np.cross(toward, right)
        half_width = np.tan(np.radians(FIELD_OF_VIEW) / 2)
        half_height = half_width / max(float(aspect), 1e-3)

        def fitted(middle: np.ndarray) -> float:
            relative = corners - middle
            depth = relative @ toward
            return float(np.max(np.maximum(depth + np.abs(relative @ right) / half_width, depth + np.abs(relative @ up) / half_height)))

        def centring(offsets: np.ndarray, depth: np.ndarray) -> float:
            # the sideways move s of the camera and m that puts the outermost corners i and j
            # at opposite sides of the picture: (a_i − s)/d_i = −(a_j − s)/d_j
            i, j = np.argmax(offsets / depth), np.argmin(offsets / depth)
            return float((offsets[i] / depth[i] + offsets[j] / depth[j]) / (1 / depth[i] + 1 / depth[j]))

        middle = corners.mean(axis=0)
        for _ in range(4):
            relative = corners - middle
            depth = fitted(middle) - relative @ toward  # each corner's distance in front of the camera
            middle = middle + centring(relative @ right, depth) * right + centring(relative @ up, depth) * up
        return Camera(tuple(float(v) for v in middle), FRAME_MARGIN * fitted(middle), float(elevation), float(azimuth))

    def lowest_point(self) -> np.ndarray | None:
        """The mesh's lowest defined vertex in 3-D (lifted like a path): where a descent heads."""
        defined = np.isfinite(self.shade)
        if not defined.any():
            return None
        i, j = np.unravel_index(np.argmin(np.where(defined, self.heights, np.inf)), self.heights.shape)
        return np.array([self.xs[i], self.ys[j], self.heights[i, j] + LIFT * self.height])

    def framing_camera(self, points, values, aspect: float = 1.0) -> Camera:
        """The camera from which the path (``points`` with their f ``values``) is seen,
        and if it can be at the same elevation the surface's lowest point (where a
        descent heads), in a view ``aspect`` times as wide as tall (see :meth:`camera`).
        The elevations of CAMERA_ELEVATIONS are tried from the lowest, at each the
        CAMERA_AZIMUTHS nearest first to the one that looks from the far side of the
        window toward the start (a bowl's wall faces the camera there): the first
        camera that hides neither the path nor the lowest point, else the first at
        that elevation that hides none of the path; when every camera hides some of
        the path, the one that hides fewest points."""
        vertices = self.points_3d(points, values)
        vertices = vertices[np.isfinite(vertices[:, 2])]
        if len(vertices) > FRAMED_POINTS:
            vertices = vertices[np.unique(np.linspace(0, len(vertices) - 1, FRAMED_POINTS).round().astype(int))]
        lowest = self.lowest_point()
        centre_x, centre_y = (float(self.xs[0] + self.xs[-1]) / 2, float(self.ys[0] + self.ys[-1]) / 2)
        preferred = FALLBACK_AZIMUTH
        if len(vertices):
            away_x, away_y = centre_x - vertices[0, 0], centre_y - vertices[0, 1]
            if np.hypot(away_x, away_y) > 1e-3 * self.span:
                preferred = float(np.degrees(np.arctan2(away_y, away_x)))
        azimuths = sorted(CAMERA_AZIMUTHS, key=lambda azimuth: abs(_wrap_degrees(azimuth - preferred)))
        best: tuple[tuple[int, bool], Camera] | None = None
        for elevation in CAMERA_ELEVATIONS:
            clear = None  # the first camera at this elevation that hides none of the path
            for azimuth in azimuths:
                camera = self.camera(elevation, azimuth, aspect)
                hidden = int(self.occluded(vertices, camera.position).sum()) if len(vertices) else 0
                lowest_hidden = lowest is not None and bool(self.occluded(lowest[None, :], camera.position)[0])
                if hidden == 0 and not lowest_hidden:
                    return camera
                if hidden == 0 and clear is None:
                    clear = camera
                if best is None or (hidden, lowest_hidden) < best[0]:
                    best = ((hidden, lowest_hidden), camera)
            if clear is not None:
                return clear
        return best[1]


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
    return Surface(xs, ys, heights, shade, (low, high), height, landscape.logarithmic, minimum, delta, landscape.shade_label)


def _wrap_degrees(angle: float) -> float:
    """An angle in degrees, brought into (−180, 180]."""
    wrapped = -((-float(angle) + 180.0) % 360.0 - 180.0)
    return 0.0 if wrapped == 0 else wrapped


def round_ticks(low: float, high: float, count: int = 5) -> np.ndarray:
    """Round values from ``low`` to ``high``: the multiples k·s inside [low, high] of the
    step s = m·10^e (m ∈ {1, 2, 5}) that gives the number of ticks closest to ``count``
    (the larger step when two are as close)."""
    low, high = float(low), float(high)
    if not (np.isfinite(low) and np.isfinite(high)) or not high > low:
        return np.array([low]) if np.isfinite(low) else np.empty(0)
    count = max(int(count), 1)
    exponent = int(np.floor(np.log10((high - low) / count)))

    def ends(step: float) -> tuple[float, float]:
        return np.ceil(low / step - 1e-9), np.floor(high / step + 1e-9)

    def closeness(step: float) -> tuple[float, float]:
        first, last = ends(step)
        return abs(last - first + 1 - count), -step

    step = min((m * 10.0**e for e in (exponent - 1, exponent, exponent + 1) for m in (1.0, 2.0, 5.0)), key=closeness)
    first, last = ends(step)
    ticks = np.arange(first, last + 1) * step
    # k·s without the binary fuzz (0.30000000000000004), and never −0
    decimals = max(0, int(-np.floor(np.log10(step))) + 1)
    return np.round(ticks, decimals) + 0.0


@dataclass(frozen=True)
class Camera:
    """Where the 3-D view looks from: it looks at ``centre`` from ``distance`` away,
    ``elevation`` degrees above the floor and ``azimuth`` degrees counter-clockwise
    from the +x direction (pyqtgraph's GLViewWidget uses the same four numbers)."""

    centre: tuple[float, float, float]
    distance: float
    elevation: float
    azimuth: float

    @property
    def position(self) -> np.ndarray:
        """The camera's position: centre + distance·(cos e·cos a, cos e·sin a, sin e)."""
        e, a = np.radians(self.elevation), np.radians(self.azimuth)
        return np.asarray(self.centre, dtype=float) + self.distance * np.array([np.cos(e) * np.cos(a), np.cos(e) * np.sin(a), np.sin(e)])


@dataclass(frozen=True)
class AxisTick:
    axis: str  # "x", "y" or "f" (the height)
    value: float  # the x, the y, or the shading (f, or log₁₀(f − min f)) it marks
    position: np.ndarray  # (3,) where its label is centred


@dataclass(frozen=True)
class AxisTitle:
    axis: str
    text: str  # "x", "y", "f(x, y)" or "log₁₀(f − min f)"
    position: np.ndarray  # (3,)


@dataclass(frozen=True)
class SurfaceAxes:
    """The 3-D view's axes, for a camera: the floor's grid at the x and y ticks, ticks
    and labels along the floor's two edges nearest the camera, and a vertical axis at
    the floor's corner on the camera's left, ticked in the heights' own units."""

    floor_lines: np.ndarray  # (2k, 3) pairs: the grid at the ticks and the floor's border
    tick_marks: np.ndarray  # (2k, 3) pairs: the marks and the vertical axis
    ticks: tuple[AxisTick, ...]
    titles: tuple[AxisTitle, ...]


def _between_middle_ticks(ticks: np.ndarray, low: float, high: float) -> float:
    if len(ticks) < 2:
        return (low + high) / 2
    middle = len(ticks) // 2
    return float(ticks[middle - 1] + ticks[middle]) / 2


def surface_axes(surface: Surface, camera: Camera) -> SurfaceAxes:
    """Axes of ``surface`` placed for ``camera``: x and y ticks at round values (see
    :func:`round_ticks`, about six along the longer side) on the floor's edges that
    face the camera, the height's ticks at round values of f (or of the log shading)
    on the vertical edge at the floor's corner to the camera's left."""
    x0, x1 = float(surface.xs[0]), float(surface.xs[-1])
    y0, y1 = float(surface.ys[0]), float(surface.ys[-1])
    span = surface.span
    margin = AXIS_MARGIN * span
    floor_z = -LIFT * surface.height  # just under the surface: where it touches 0 the grid would show through
    tick = 0.35 * margin
    azimuth = np.radians(camera.azimuth)
    toward = np.array([np.cos(azimuth), np.sin(azimuth)])  # from the window toward the camera
    right = np.array([-np.sin(azimuth), np.cos(azimuth)])  # the screen's right, on the floor
    # the floor's edges on the camera's side: y = y_edge carries the x ticks, x = x_edge the y ticks
    y_edge, y_out = (y1, 1.0) if toward[1] > 0 else (y0, -1.0)
    x_edge, x_out = (x1, 1.0) if toward[0] > 0 else (x0, -1.0)
    x_ticks = round_ticks(x0, x1, max(3, int(round(6 * (x1 - x0) / span))))
    y_ticks = round_ticks(y0, y1, max(3, int(round(6 * (y1 - y0) / span))))

    floor, marks, ticks = [], [], []
    for x in x_ticks:
        floor += [(x, y0, floor_z), (x, y1, floor_z)]
        marks += [(x, y_edge, floor_z), (x, y_edge + y_out * tick, floor_z)]
        ticks.append(AxisTick("x", float(x), np.array([x, y_edge + y_out * (tick + margin), floor_z])))
    for y in y_ticks:
        floor += [(x0, y, floor_z), (x1, y, floor_z)]
        marks += [(x_edge, y, floor_z), (x_edge + x_out * tick, y, floor_z)]
        ticks.append(AxisTick("y", float(y), np.array([x_edge + x_out * (tick + margin), y, floor_z])))
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    floor += [(*corners[k], floor_z) for i in range(4) for k in (i, (i + 1) % 4)]

    # the vertical axis: at the side corner (neither nearest nor farthest) on the camera's left
    centre = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
    sides = [np.array(c) for c in ((x_edge, y0 + y1 - y_edge), (x0 + x1 - x_edge, y_edge))]
    corner = min(sides, key=lambda c: float(np.dot(c - centre, right)))
    outward = (corner - centre) / np.linalg.norm(corner - centre)
    marks += [(*corner, floor_z), (*corner, surface.height)]
    heights, values = surface.height_ticks()
    for height, value in zip(heights, values):
        end = corner + outward * tick
        marks += [(*corner, height), (*end, height)]
        ticks.append(AxisTick("f", float(value), np.array([*(corner + outward * (tick + margin)), height])))
    # a title stands beyond its edge's labels, between the two middle ticks (clear of both)
    titles = (
        AxisTitle("x", "x", np.array([_between_middle_ticks(x_ticks, x0, x1), y_edge + y_out * (tick + 2.4 * margin), floor_z])),
        AxisTitle("y", "y", np.array([x_edge + x_out * (tick + 2.4 * margin), _between_middle_ticks(y_ticks, y0, y1), floor_z])),
        AxisTitle("f", surface.shade_label, np.array([*corner, surface.height + 1.2 * margin])),
    )
    return SurfaceAxes(np.array(floor, dtype=float), np.array(marks, dtype=float), tuple(ticks), titles)
