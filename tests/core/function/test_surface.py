"""The 3-D surface's heights: one transform for the mesh and the path, so the path
lies on the surface; clipped to the contour's colour range; undefined points flat."""

import numpy as np
import pytest

from gdstudio.core.function.landscape import evaluate_landscape
from gdstudio.core.function.language import parse_function
from gdstudio.core.function.surface import HEIGHT_RATIO, LIFT, surface_for


def surface(text, window=(-2.0, 2.0, -2.0, 2.0), mesh=121):
    function = parse_function(text)
    return function, surface_for(evaluate_landscape(function, window), mesh=mesh)


def test_mesh_covers_the_window_and_stands_half_as_tall_as_it_is_wide():
    _, s = surface("x**2 + x*y + y**2", (-2.0, 2.0, -1.0, 1.0))
    assert s.xs[0] == -2.0 and s.xs[-1] == 2.0 and s.ys[0] == -1.0 and s.ys[-1] == 1.0
    assert len(s.xs) <= 121 and len(s.ys) <= 121
    assert s.height == pytest.approx(HEIGHT_RATIO * 4.0)
    assert s.heights.min() == pytest.approx(0.0, abs=1e-3 * s.height)
    assert s.heights.max() == pytest.approx(s.height)
    assert not s.logarithmic and s.label == "height: f(x, y)"


def test_heights_grow_with_f_on_a_bowl():
    function, s = surface("x**2 + y**2")
    values = function.value(np.zeros(4), np.array([0.0, 0.3, 0.6, 0.9]))
    heights = s.heights_of(values)
    assert np.all(np.diff(heights) > 0)


def test_the_path_lies_on_the_surface_at_mesh_vertices():
    function, s = surface("x**2 + x*y + y**2")
    i, j = 30, 70
    points = np.array([[s.xs[i], s.ys[j]], [s.xs[i + 5], s.ys[j - 5]]])
    values = function.value(points[:, 0], points[:, 1])
    segments = s.path_segments(points, values)
    assert segments.shape == (2, 3)
    assert segments[0, 2] == pytest.approx(s.heights[i, j] + LIFT * s.height)
    assert segments[1, 2] == pytest.approx(s.heights[i + 5, j - 5] + LIFT * s.height)


def test_segments_leaving_the_window_or_diverging_are_not_drawn():
    function, s = surface("x**2 + y**2")
    points = np.array([[0.0, 0.0], [1.0, 1.0], [5.0, 0.0], [1.0, -1.0], [np.nan, np.nan], [0.5, 0.5]])
    values = function.value(points[:, 0], points[:, 1])
    segments = s.path_segments(points, values)
    # only (0,0)–(1,1) has both ends inside and defined
    assert segments.shape == (2, 3)
    np.testing.assert_allclose(segments[:, :2], [[0.0, 0.0], [1.0, 1.0]])
    assert s.point(points[2], values[2]) is None
    assert s.point(points[4], values[4]) is None
    assert s.path_segments(points[:1], values[:1]).shape == (0, 3)


def test_huge_corners_are_clipped_to_the_top():
    function, s = surface("exp(3*x) + y**2")
    assert np.all(s.heights <= s.height + 1e-12)
    assert s.heights_of(function.value(2.0, 2.0)) == pytest.approx(s.height)


def test_a_narrow_valley_is_shown_in_the_log_shading_of_its_contour():
    function, s = surface("(1 - x)**2 + 100*(y - x**2)**2", (-2.0, 2.0, -1.0, 3.0))
    assert s.logarithmic and "log" in s.label
    on_valley, on_wall = function.value(np.array([0.0, 0.0]), np.array([0.0, 2.5]))
    low, high = s.heights_of(np.array([on_valley, on_wall]))
    assert 0.0 <= low < high <= s.height
    # log shading: f = 1 and f = 10 are as far apart as f = 10 and f = 100
    reference = s.minimum
    h1, h10, h100 = s.heights_of(reference + np.array([1.0, 10.0, 100.0]))
    assert (h10 - h1) == pytest.approx(h100 - h10, rel=1e-3)


def test_undefined_points_sit_flat_at_the_bottom():
    _, s = surface("sqrt(x) + y", (-1.0, 1.0, -1.0, 1.0))
    undefined = ~np.isfinite(s.shade)
    assert undefined.any()
    assert np.all(s.heights[undefined] == 0.0)
    assert np.all(np.isfinite(s.heights))
