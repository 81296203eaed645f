"""What to draw of a long run: its path and its loss curve, decimated to the plot's pixels.

Drawing should cost the same at 1,000 and at 10,000,000 steps, so what a plot is
given depends on its size in pixels, not on the length of the run, and each
frame works on the steps added since the last one only.

* :class:`PathDecimator`: the path w_0 … w_t as a polyline within one pixel of it
  (the first, the last and every point that enters a new cell of a grid of
  1/√2-pixel cells), or, once that is still long (a run that zig-zags or circles
  over the same pixels), as its distinct segments between such cells.
* :class:`LossEnvelope`: the loss curve as, per bucket of steps no wider than a
  pixel column, its first, lowest, highest and last value, in step order (the
  peak downsampling of pyqtgraph, kept up to date batch by batch).

Both take the scale of the plot as input (pixels per unit of x and y, steps per
pixel column) and know nothing of widgets.
"""

from __future__ import annotations

import math

import numpy as np

# a polyline of more points than this is drawn as its distinct segments instead
SEGMENTS_ABOVE = 2000
_CHUNK = 1 << 16
# cells are numbered from the path's first one, within ±2³¹ (a point further away
# than two billion pixels shares the outermost cell: it is never on the screen)
_CELL_RANGE = float(2**31 - 1)


def _power_of_two_at_least(value: float) -> float:
    return float(2.0 ** math.ceil(math.log2(value)))


def _power_of_two_at_most(value: float) -> float:
    return float(2.0 ** math.floor(math.log2(value)))


class _Growing:
    """Columns of numbers appended to in batches, in arrays that double when full."""

    def __init__(self, *shapes_and_types):
        self.count = 0
        self._arrays = [np.empty((256,) + shape, dtype) for shape, dtype in shapes_and_types]

    def extend(self, *columns) -> None:
        k = len(columns[0])
        needed = self.count + k
        if needed > len(self._arrays[0]):
            capacity = max(needed, 2 * len(self._arrays[0]))
            grown = []
            for array in self._arrays:
                new = np.empty((capacity,) + array.shape[1:], array.dtype)
                new[: self.count] = array[: self.count]
                grown.append(new)
            self._arrays = grown
        for array, values in zip(self._arrays, columns):
            array[self.count : needed] = values
        self.count = needed

    def truncate(self, count: int) -> None:
        self.count = count

    def column(self, index: int) -> np.ndarray:
        return self._arrays[index][: self.count]


class _DistinctSegments:
    """The segments of a path between consecutive kept points, each pair of cells joined
    once (in either direction): a path that goes back and forth over the same cells
    costs its distinct segments only. Segments with a non-finite end are left out."""

    def __init__(self):
        self._seen: set[tuple[int, int]] = set()
        self._segments = _Growing(((4,), float))
        self._origin: np.ndarray | None = None
        self._last: np.ndarray | None = None  # the last point and its cell id, which the next batch continues
        self._last_id = 0
        self._last_finite = False

    @property
    def count(self) -> int:
        return self._segments.count

    def segments(self) -> np.ndarray:
        """(k, 4): x₀, y₀, x₁, y₁ of each distinct segment, in the order first drawn."""
        return self._segments.column(0)

    def extend(self, points: np.ndarray, cells: np.ndarray) -> None:
        finite = np.isfinite(cells[:, 0]) & np.isfinite(cells[:, 1])
        if self._origin is None:
            if not finite.any():
                return
            self._origin = cells[np.argmax(finite)].copy()
        with np.errstate(all="ignore"):
            offsets = np.clip(np.where(finite[:, None], cells - self._origin, 0.0), -_CELL_RANGE, _CELL_RANGE).astype(np.int64)
        ids = (offsets[:, 0] << 32) | (offsets[:, 1] & 0xFFFFFFFF)
        if self._last is not None:
            points = np.concatenate([self._last[None], points])
            ids = np.concatenate([[self._last_id], ids])
            finite = np.concatenate([[self._last_finite], finite])
        self._last, self._last_id, self._last_finite = points[-1].copy(), int(ids[-1]), bool(finite[-1])
        if len(points) < 2:
            return
        start, end = ids[:-1], ids[1:]
        candidates = np.flatnonzero(finite[:-1] & finite[1:] & (start != end))
        if not len(candidates):
            return
        low = np.minimum(start[candidates], end[candidates])
        high = np.maximum(start[candidates], end[candidates])
        # the first segment of each pair of cells in this batch: sort on one number made of
        # both, then check that equal numbers are equal pairs (a rare collision sorts on both)
        mixed = low * np.int64(-7046029254386353131) + high
        order = np.argsort(mixed, kind="stable")
        sorted_mixed = mixed[order]
        head = np.ones(len(order), dtype=bool)
        head[1:] = sorted_mixed[1:] != sorted_mixed[:-1]
        group = np.cumsum(head) - 1
        firsts = order[head]
        if np.any(low[order] != low[firsts][group]) or np.any(high[order] != high[firsts][group]):
            order = np.lexsort((high, low))
            head = np.ones(len(order), dtype=bool)
            head[1:] = (low[order][1:] != low[order][:-1]) | (high[order][1:] != high[order][:-1])
            firsts = order[head]
        firsts.sort()
        fresh = []
        seen = self._seen
        for position, key in zip(firsts.tolist(), zip(low[firsts].tolist(), high[firsts].tolist())):
            if key not in seen:
                seen.add(key)
                fresh.append(position)
        if fresh:
            rows = candidates[np.asarray(fresh)]
            self._segments.extend(np.concatenate([points[rows], points[rows + 1]], axis=1))


def polyline_indices(points: np.ndarray, pixels_per_unit: tuple[float, float]) -> np.ndarray:
    """The indices of the points of a path (n, 2) that draw it within one pixel at
    ``pixels_per_unit`` (x, y): the first, the last, every non-finite one and every one
    that enters a new cell of a grid of 1/√2-pixel cells (see :class:`PathDecimator`,
    which keeps this up to date as a path grows)."""
    decimator = PathDecimator(segments_above=len(points) + 1)
    decimator.reset(points, pixels_per_unit)
    return decimator.indices


class PathDecimator:
    """The points of a growing 2-D path worth drawing at a given scale, kept up to date
    as points are appended.

    A point is kept when it lies in another cell than the point before it, on a grid
    of square cells 1/√2 pixel wide (so a cell's diagonal is one pixel); the first and
    the last point are always drawn, and so is every non-finite point (the line breaks
    there). Every point left out shares a cell with the kept point that began its run
    of points in that cell, so the polyline through the kept points is within one
    pixel of the whole path, and the whole path within one pixel of it.

    Alongside, the path's distinct segments are kept (each pair of cells joined once,
    in either direction). Once the polyline has more than ``segments_above`` points
    and the distinct segments take fewer points to draw (two each), the path is drawn
    as those segments from then on: a run oscillating between a few pixels, or
    circling at rest, costs its few distinct segments, not one per step; every
    segment left out has a drawn twin whose ends lie in the same cells, so the whole
    path is still within one pixel of what is drawn.

    Use :meth:`follow` once per frame with the whole path and the scale; it works on
    the new points only while the path grows and the scale stays within a power of
    two, and starts again when the path is replaced or the plot is zoomed.
    """

    def __init__(self, segments_above: int = SEGMENTS_ABOVE):
        self.segments_above = int(segments_above)
        self.pixels_per_unit: tuple[float, float] | None = None
        self._cell = np.ones(2)
        self._clear()

    def _clear(self) -> None:
        self.count = 0  # points of the path seen
        self._kept: _Growing | None = _Growing(((), np.int64), ((2,), float))  # the polyline's indices and points
        self._segments = _DistinctSegments()
        self._first: np.ndarray | None = None
        self._last: np.ndarray | None = None
        self._last_cell: np.ndarray | None = None
        self._last_kept: np.ndarray | None = None
        self._last_step: int | None = None  # the step of the last point seen, when follow is given steps

    # -- building ------------------------------------------------------------------
    def reset(self, points: np.ndarray, pixels_per_unit: tuple[float, float]) -> None:
        """Start again from the whole of ``points`` at ``pixels_per_unit`` (x, y): how many
        pixels one unit of x and of y takes on the plot."""
        scale = tuple(float(v) for v in pixels_per_unit)
        if len(scale) != 2 or not all(math.isfinite(v) and v > 0 for v in scale):
            raise ValueError("the scale must be two positive numbers of pixels per unit")
        self.pixels_per_unit = scale
        self._cell = 1.0 / (math.sqrt(2.0) * np.array(scale))
        self._clear()
        self.extend(points)

    def extend(self, points: np.ndarray) -> None:
        """Append the points that follow those already seen."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        # a slice at a time: small temporary arrays stay in the cache (fresh arrays of a
        # whole 10-million-point path cost more in page faults than in arithmetic)
        for start in range(0, len(points), _CHUNK):
            self._extend(points[start : start + _CHUNK])

    def _extend(self, points: np.ndarray) -> None:
        k = len(points)
        if k == 0:
            return
        with np.errstate(all="ignore"):
            cells = np.floor(points / self._cell)
        cells += 0.0  # one cell for −0 and 0
        moved = np.empty(k, dtype=bool)
        if self._last_cell is None:
            moved[0] = True
        else:
            moved[0] = bool(np.any(cells[0] != self._last_cell))
        x, y = cells[:, 0], cells[:, 1]
        np.not_equal(x[1:], x[:-1], out=moved[1:])
        moved[1:] |= y[1:] != y[:-1]
        # NaN cells differ anyway; ±inf ones do not, and the line must break there too
        moved |= ~(np.isfinite(x) & np.isfinite(y))
        kept = np.flatnonzero(moved)
        if self._first is None:
            self._first = points[0].copy()
        self._last = points[-1].copy()
        self._last_cell = cells[-1].copy()
        if len(kept):
            self._last_kept = points[kept[-1]].copy()
            self._segments.extend(points[kept], cells[kept])
            if self._kept is not None:
                self._kept.extend(kept + self.count, points[kept])
                if self._kept.count > self.segments_above and 2 * self._segments.count < self._kept.count:
                    self._kept = None  # the segments from now on
        self.count += k

    # -- reading -------------------------------------------------------------------
    @property
    def as_segments(self) -> bool:
        """Whether the path is drawn as distinct segments (pairs) rather than a polyline."""
        return self._kept is None

    @property
    def indices(self) -> np.ndarray | None:
        """The indices of the path's points on the drawn polyline (the last point
        included); None once the path is drawn as segments."""
        if self._kept is None:
            return None
        kept = self._kept.column(0)
        if self.count and (not len(kept) or kept[-1] != self.count - 1):
            kept = np.append(kept, self.count - 1)
        return kept

    def drawn(self) -> tuple[np.ndarray, str]:
        """What to draw: (points (m, 2), connect). ``connect`` is "finite" for a polyline
        (broken at non-finite points) and "pairs" for segments (rows 2i and 2i + 1)."""
        if self._kept is not None:
            points = self._kept.column(1)
            kept = self._kept.column(0)
            if self.count and (not len(kept) or kept[-1] != self.count - 1):
                points = np.concatenate([points, self._last[None]])
            return points, "finite"
        pairs = self._segments.segments().reshape(-1, 2)
        last, tail = self._last, self._last_kept
        # the way from the last kept point to the current one, which the segments end before
        if tail is not None and not np.array_equal(last, tail) and np.all(np.isfinite(last)) and np.all(np.isfinite(tail)):
            pairs = np.concatenate([pairs, tail[None], last[None]])
        return pairs, "pairs"

    def follow(self, points: np.ndarray, pixels_per_unit: tuple[float, float], steps: np.ndarray | None = None) -> tuple[np.ndarray, str]:
        """What to draw of the whole path ``points`` at ``pixels_per_unit`` (x, y) now:
        call it every frame. The scale is rounded up to a power of two (finer cells,
        still within a pixel), so a zoom or resize starts again only when it crosses
        one. A path that is not the one seen before plus new points (a new run) starts
        again too. ``steps``, the step number of each point (a
        :class:`~gdstudio.core.descent.history.RunHistory`'s ``steps``), lets a history
        that thins its rows go on: the points of steps after the last one seen are the
        new ones, and the points seen before stay drawn (they are the run's own). A
        scale that is not two positive numbers (a plot not laid out yet) draws the path
        as it is."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        try:
            scale = tuple(_power_of_two_at_least(float(v)) for v in pixels_per_unit)
        except (ValueError, OverflowError):
            scale = None
        if scale is None or not all(math.isfinite(v) and v > 0 for v in scale):
            return points, "finite"
        start = self._new_from(points, steps) if scale == self.pixels_per_unit else None
        if start is None:
            self.reset(points, scale)
        elif start < len(points):
            self.extend(points[start:])
        if steps is not None and len(steps):
            self._last_step = int(steps[-1])
        return self.drawn()

    def _new_from(self, points: np.ndarray, steps: np.ndarray | None) -> int | None:
        """Where the new points begin, or None when the path is not the one seen before."""
        if self.count == 0 or not len(points) or not np.array_equal(points[0], self._first, equal_nan=True):
            return None
        if steps is None:
            if len(points) < self.count or not np.array_equal(points[self.count - 1], self._last, equal_nan=True):
                return None
            return self.count
        if self._last_step is None or steps[-1] < self._last_step:
            return None
        row = int(np.searchsorted(steps, self._last_step))
        if row < len(steps) and steps[row] == self._last_step and not np.array_equal(points[row], self._last, equal_nan=True):
            return None
        return int(np.searchsorted(steps, self._last_step, side="right"))


def _bucket_extremes(x: np.ndarray, y: np.ndarray, width: float, logarithmic: bool) -> tuple[np.ndarray, np.ndarray]:
    """The points of (x, y) worth drawing with buckets of ``width`` in x (x: increasing
    whole step numbers; bucket b holds b·width ≤ x < (b + 1)·width): per bucket the
    first, the lowest, the highest and the last drawable value, in step order, each
    once; a bucket with no drawable value gives one NaN point (a gap). Drawable:
    finite, and positive on a log scale. Returns (x, y) of those points."""
    n = len(y)
    if n == 0:
        return np.empty(0), np.empty(0)
    with np.errstate(all="ignore"):
        drawable = np.isfinite(y) & (y > 0) if logarithmic else np.isfinite(y)
    if width <= 1:  # one step a bucket: every value is drawn
        return x.astype(float), np.where(drawable, y, np.nan)
    if x[-1] - x[0] == n - 1 and float(x[0]).is_integer():
        chosen, empty = _extremes_of_consecutive(x, y, drawable, int(width))
    else:
        chosen, empty = _extremes_of_any(x, y, drawable, width)
    chosen.sort(axis=1)
    fresh = np.ones(chosen.shape, dtype=bool)
    fresh[:, 1:] = chosen[:, 1:] != chosen[:, :-1]
    rows = chosen[fresh]
    values = y[rows].astype(float)
    values[np.repeat(empty, fresh.sum(axis=1))] = np.nan
    return x[rows].astype(float), values


def _extremes_of_consecutive(x, y, drawable, width: int) -> tuple[np.ndarray, np.ndarray]:
    """For steps x₀, x₀ + 1, …: the buckets as the rows of a (buckets, width) table."""
    n = len(y)
    pad = int(x[0]) % width  # the first bucket starts before x₀
    buckets = -(-(pad + n) // width)
    shown = np.zeros(buckets * width, dtype=bool)
    shown[pad : pad + n] = drawable
    table = np.empty(buckets * width)
    table[:pad] = np.inf
    table[pad + n :] = np.inf
    np.copyto(table[pad : pad + n], y)
    table[~shown] = np.inf
    shown = shown.reshape(buckets, width)
    table = table.reshape(buckets, width)
    at_lowest = np.argmin(table, axis=1)
    np.negative(table, out=table, where=shown)  # the others stay inf
    at_highest = np.argmin(table, axis=1)  # the first highest, as −value's first lowest
    first = np.argmax(shown, axis=1)
    last = width - 1 - np.argmax(shown[:, ::-1], axis=1)
    empty = ~shown[np.arange(buckets), first]
    base = np.arange(buckets) * width - pad
    chosen = np.column_stack([first, at_lowest, at_highest, last]) + base[:, None]
    chosen[empty] = np.maximum(base[empty], 0)[:, None]
    return chosen, empty


def _extremes_of_any(x, y, drawable, width: float) -> tuple[np.ndarray, np.ndarray]:
    """For any increasing steps (a thinned history's): buckets found by where x crosses a multiple of width."""
    n = len(y)
    bucket = np.floor(x / width)
    starts = np.flatnonzero(np.concatenate([[True], bucket[1:] != bucket[:-1]]))
    index = np.arange(n)
    first = np.minimum.reduceat(np.where(drawable, index, n), starts)
    last = np.maximum.reduceat(np.where(drawable, index, -1), starts)
    lowest = np.minimum.reduceat(np.where(drawable, y, np.inf), starts)
    highest = np.maximum.reduceat(np.where(drawable, y, -np.inf), starts)
    group = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, n)))
    at_lowest = np.minimum.reduceat(np.where(drawable & (y == lowest[group]), index, n), starts)
    at_highest = np.minimum.reduceat(np.where(drawable & (y == highest[group]), index, n), starts)
    empty = first == n
    chosen = np.column_stack([first, at_lowest, at_highest, last])
    chosen[empty] = starts[empty, None]
    return chosen, empty


def loss_envelope(steps, values, steps_per_pixel: float, logarithmic: bool = False, step_range=None) -> tuple[np.ndarray, np.ndarray]:
    """A loss curve (or the part of it with steps in ``step_range``, for a zoomed view)
    decimated in one go: buckets of the largest power of two of steps not above
    ``steps_per_pixel``, each drawn as its first, lowest, highest and last drawable
    value. See :class:`LossEnvelope` for a curve that grows."""
    steps = np.asarray(steps, dtype=float).reshape(-1)
    values = np.asarray(values, dtype=float).reshape(-1)
    if step_range is not None:
        start = int(np.searchsorted(steps, step_range[0], side="left"))
        stop = int(np.searchsorted(steps, step_range[1], side="right"))
        # one step beyond each end, so the curve leaves the view instead of stopping short
        steps, values = steps[max(start - 1, 0) : stop + 1], values[max(start - 1, 0) : stop + 1]
    return _bucket_extremes(steps, values, LossEnvelope.bucket_width(steps_per_pixel), logarithmic)


class LossEnvelope:
    """A growing loss curve as a plot should draw it, kept up to date batch by batch.

    The steps are grouped into buckets of ``width`` steps, a power of two no wider than
    a pixel column (between half a column and one); each bucket is drawn as its first,
    lowest, highest and last drawable value in step order (at most 4 points, at their
    own steps), so the curve drawn passes through the height of every value within a
    pixel column of it. Drawable means finite, and positive on a log scale (the
    envelope is then that of log₁₀ f, and the values stay as they are: the plot takes
    their logarithm); a bucket with no drawable value is a NaN point, a gap.

    Use :meth:`follow` every frame with the whole curve and the plot's steps per
    pixel column; appended values cost their own number, and as the run and with it
    the step axis grow, the buckets merge pairwise (a cost of the points drawn, not
    of the run). A finer scale (a zoom in), another log setting or a curve that is not
    the one seen before plus new values start again from the whole curve.
    """

    def __init__(self):
        self.width: float | None = None
        self.logarithmic = False
        self._clear()

    def _clear(self) -> None:
        self.count = 0  # values seen
        self._curve = _Growing(((), float), ((), float))
        self._first: tuple[float, float] | None = None
        self._last: tuple[float, float] | None = None
        self._last_step = None  # the last step seen, as it came (an int64 for a history's steps)

    @staticmethod
    def bucket_width(steps_per_pixel: float) -> float:
        """The largest power of two not above ``steps_per_pixel`` (at least 1 step)."""
        steps_per_pixel = float(steps_per_pixel)
        if not (math.isfinite(steps_per_pixel) and steps_per_pixel > 1):
            return 1.0
        return _power_of_two_at_most(steps_per_pixel)

    def reset(self, steps, values, steps_per_pixel: float, logarithmic: bool = False) -> None:
        """Start again from the whole curve: ``values`` at ``steps`` (increasing)."""
        self.width = self.bucket_width(steps_per_pixel)
        self.logarithmic = bool(logarithmic)
        self._clear()
        self.extend(steps, values)

    def extend(self, steps, values) -> None:
        """Append values at steps after those already seen."""
        steps = np.asarray(steps).reshape(-1)
        values = np.asarray(values).reshape(-1)
        for start in range(0, len(values), _CHUNK):  # a slice at a time, as in PathDecimator
            self._extend(steps[start : start + _CHUNK].astype(float), values[start : start + _CHUNK].astype(float, copy=False))
        if len(values):
            # the last step in the type the steps come in: a search for it in a later
            # frame's steps then converts nothing (a float among ints would convert all)
            self._last_step = steps[-1]

    def _extend(self, steps: np.ndarray, values: np.ndarray) -> None:
        if not len(values):
            return
        if self.width is None:
            self.width = 1.0
        if self._first is None:
            self._first = (float(steps[0]), float(values[0]))
        self._last = (float(steps[-1]), float(values[-1]))
        self.count += len(values)
        x, y = self._curve.column(0), self._curve.column(1)
        if len(x):
            # the drawn points of the last bucket stand for its values: merge them with the
            # new values that fall in the same bucket, then go on with the rest
            bucket_start = math.floor(x[-1] / self.width) * self.width
            keep = int(np.searchsorted(x, bucket_start, side="left"))
            same = int(np.searchsorted(steps, bucket_start + self.width, side="left"))
            merged = _bucket_extremes(
                np.concatenate([x[keep:], steps[:same]]), np.concatenate([y[keep:], values[:same]]), self.width, self.logarithmic
            )
            self._curve.truncate(keep)
            self._curve.extend(*merged)
            steps, values = steps[same:], values[same:]
        if len(values):
            self._curve.extend(*_bucket_extremes(steps, values, self.width, self.logarithmic))

    def coarsen(self, width: float) -> None:
        """Merge the buckets into wider ones of ``width`` steps (a power of two times the
        present width): a cost of the points drawn, not of the curve."""
        if self.width is None or width <= self.width:
            return
        x, y = self._curve.column(0).copy(), self._curve.column(1).copy()
        self.width = width
        self._curve.truncate(0)
        self._curve.extend(*_bucket_extremes(x, y, width, self.logarithmic))

    def curve(self) -> tuple[np.ndarray, np.ndarray]:
        """(steps, values) to draw, as float arrays (views: copy them to keep them)."""
        return self._curve.column(0), self._curve.column(1)

    def follow(self, steps, values, steps_per_pixel: float, logarithmic: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """What to draw of the whole curve now (call it every frame): ``values`` at
        ``steps`` (increasing; a :class:`~gdstudio.core.descent.history.RunHistory`'s
        steps, which may thin: the values of steps after the last one seen are the new
        ones), with ``steps_per_pixel`` steps to a pixel column of the plot."""
        steps = np.asarray(steps).reshape(-1)
        values = np.asarray(values).reshape(-1)
        width = self.bucket_width(steps_per_pixel)
        start = self._new_from(steps, values)
        if self.width is None or width < self.width or bool(logarithmic) != self.logarithmic or start is None:
            self.reset(steps, values, steps_per_pixel, logarithmic)
        else:
            if width > self.width:
                self.coarsen(width)
            if start < len(values):
                self.extend(steps[start:], values[start:])
        return self.curve()

    def _new_from(self, steps: np.ndarray, values: np.ndarray) -> int | None:
        """Where the new values begin, or None when the curve is not the one seen before."""
        if self.count == 0 or not len(values) or not np.array_equal([steps[0], values[0]], self._first, equal_nan=True):
            return None
        last_step, last_value = self._last_step, self._last[1]
        if steps[-1] < last_step:
            return None
        row = int(np.searchsorted(steps, last_step))
        if row < len(steps) and steps[row] == last_step and not np.array_equal([values[row]], [last_value], equal_nan=True):
            return None
        return int(np.searchsorted(steps, last_step, side="right"))
