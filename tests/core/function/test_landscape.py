"""The landscape grid, its shading and the path thinning used to draw long runs."""

import numpy as np
import pytest

from gdstudio.core import parse_function
from gdstudio.core.function.landscape import PathSegments, evaluate_landscape, thin_path, validate_window


def test_grid_holds_f_at_every_node():
    f = parse_function("x^2 + 3y")
    land = evaluate_landscape(f, (-1, 2, -3, 1), resolution=50)
    gx, gy = np.meshgrid(land.xs, land.ys, indexing="ij")
    np.testing.assert_allclose(land.values, gx**2 + 3 * gy)
    assert land.xs[0] == -1 and land.xs[-1] == 2 and land.ys[0] == -3 and land.ys[-1] == 1
    assert not land.logarithmic and len(land.levels) == 14


def test_narrow_valley_is_shaded_logarithmically_and_levels_map_back():
    f = parse_function("(1 - x)^2 + 100(y - x^2)^2")
    land = evaluate_landscape(f, (-2, 2, -1, 3), resolution=200)
    assert land.logarithmic
    low = np.nanmin(land.values)
    for level in land.levels[:3]:
        assert land.level_value(level) == pytest.approx(low + 10**level)


def test_undefined_points_are_nan_not_errors():
    land = evaluate_landscape(parse_function("sqrt(x) + y"), (-1, 1, -1, 1), resolution=21)
    assert np.isnan(land.values[0, 0]) and np.isfinite(land.values[-1, -1])


@pytest.mark.parametrize("window", [(1, 0, 0, 1), (0, 1, 1, 1), (0, float("inf"), 0, 1)])
def test_bad_windows_are_refused(window):
    with pytest.raises(ValueError):
        validate_window(window)


def test_thin_path_drops_a_crawling_tail_but_keeps_a_zig_zag():
    tail = np.column_stack([np.linspace(0, 1e-3, 10_000), np.zeros(10_000)])
    thinned = thin_path(tail, (0.01, 0.01))
    assert len(thinned) == 2
    np.testing.assert_array_equal(thinned[0], tail[0])
    np.testing.assert_array_equal(thinned[-1], tail[-1])
    zig = np.array([[0.0, (-1) ** i] for i in range(1000)])
    assert len(thin_path(zig, (0.01, 0.01))) == 1000


def test_thin_path_keeps_every_point_that_moves_a_pixel():
    rng = np.random.default_rng(1)
    walk = np.cumsum(rng.normal(size=(5000, 2)), axis=0)
    thinned = thin_path(walk, (1e-9, 1e-9))
    np.testing.assert_array_equal(thinned, walk)


def _drawn_cells(segments: np.ndarray, pixel) -> set:
    """The set of undirected pixel-cell pairs that ``segments`` (k, 4) join."""
    cells = np.floor(segments.reshape(-1, 2) / pixel).astype(int).reshape(-1, 4)
    return {tuple(sorted([(a, b), (c, d)])) for a, b, c, d in cells}


def test_path_segments_draw_an_oscillation_once_and_a_fresh_path_whole():
    pixel = (0.01, 0.01)
    # back and forth between two spots, 10,000 times: one segment
    zig = np.array([[0.0, (-1.0) ** i] for i in range(10_000)])
    segments = PathSegments(pixel)
    segments.extend(zig)
    assert segments.count == 1
    np.testing.assert_array_equal(segments.segments[0], [0.0, 1.0, 0.0, -1.0])
    # a random walk moving a pixel or more every step: nothing is left out, and the
    # segments are the path's own, in order
    rng = np.random.default_rng(2)
    walk = np.cumsum(rng.normal(size=(3000, 2)), axis=0)
    segments = PathSegments(pixel)
    segments.extend(walk)
    expected = np.concatenate([walk[:-1], walk[1:]], axis=1)
    keys = _drawn_cells(expected, pixel)
    assert segments.count == len(keys)
    assert _drawn_cells(segments.segments, pixel) == keys


def test_path_segments_grow_in_batches_exactly_as_in_one_go():
    rng = np.random.default_rng(3)
    # a run spiralling into a minimum, then oscillating around it between a few pixels
    angles = np.linspace(0, 40 * np.pi, 5_000)
    radius = np.exp(-angles / 20)
    spiral = np.column_stack([radius * np.cos(angles), radius * np.sin(angles)])
    oscillation = spiral[-1] + np.array([[0.012, 0.0], [-0.012, 0.003]])[np.arange(15_000) % 2] + rng.normal(0, 1e-4, (15_000, 2))
    path = np.concatenate([spiral, oscillation])
    pixel = (0.004, 0.005)
    whole = PathSegments(pixel)
    whole.extend(path)
    batches = PathSegments(pixel)
    for start in range(0, len(path), 37):
        batches.extend(path[start : start + 37])
    np.testing.assert_array_equal(batches.segments, whole.segments)
    assert whole.count < len(spiral) + 50  # the oscillation costs its distinct segments only


def test_path_segments_leave_out_what_cannot_be_drawn():
    segments = PathSegments((0.1, 0.1))
    segments.extend([[0.0, 0.0], [1.0, 1.0], [np.inf, 1.0], [2.0, 2.0], [np.nan, 0.0]])
    segments.extend([[2.0, 2.05], [-0.0, 0.0], [0.0, 0.0]])  # same cell: no segment; −0 is 0
    np.testing.assert_array_equal(segments.segments, [[0.0, 0.0, 1.0, 1.0], [2.0, 2.05, -0.0, 0.0]])
