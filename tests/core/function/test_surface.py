"""The 3-D surface's heights: one transform for the mesh and the path, so the path
lies on the surface; clipped to the contour's colour range; undefined points flat.
Its axes tick f (or the log shading) at round values, and its camera shows the path."""

import numpy as np
import pytest

from gdstudio.core.descent.engine import RunSettings, run_descent
from gdstudio.core.function.landscape import evaluate_landscape
from gdstudio.core.function.language import parse_function
from gdstudio.core.function.presets import PRESETS
from gdstudio.core.function.surface import (
    CAMERA_AZIMUTHS,
    CAMERA_ELEVATIONS,
    FIELD_OF_VIEW,
    HEIGHT_RATIO,
    LABEL_REACH,
    LIFT,
    TOP_REACH,
    Camera,
    round_ticks,
    surface_axes,
    surface_for,
)


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


# -- the heights read back as f, and the axes' ticks ------------------------------------------


def test_round_ticks_step_by_one_two_or_five_times_a_power_of_ten():
    np.testing.assert_array_equal(round_ticks(0.0911, 27.83, 5), [5.0, 10.0, 15.0, 20.0, 25.0])  # elongated bowl's f
    np.testing.assert_array_equal(round_ticks(-5.12, 5.12, 6), [-4.0, -2.0, 0.0, 2.0, 4.0])  # Rastrigin's window
    np.testing.assert_array_equal(round_ticks(-3.0, 3.0, 6), [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0])
    ticks = round_ticks(-0.1, 0.35, 5)
    assert list(ticks) == [-0.1, 0.0, 0.1, 0.2, 0.3]  # exactly: no 0.30000000000000004
    assert not np.signbit(ticks[1])  # never −0
    for low, high, count in ((0.0, 1e-7, 5), (1.24, 523.1, 5), (-0.589, 3.255, 5), (7.0, 7.5, 4)):
        ticks = round_ticks(low, high, count)
        step = np.diff(ticks)[0]
        mantissa = step / 10.0 ** np.floor(np.log10(step))
        assert min(abs(mantissa - m) for m in (1, 2, 5)) < 1e-9
        np.testing.assert_allclose(np.diff(ticks), step)
        assert low <= ticks[0] and ticks[-1] <= high
        assert abs(len(ticks) - count) <= 2


def test_heights_read_back_as_f_on_a_bowl_and_on_a_log_valley():
    for text, window in (("x**2 + 10*y**2", (-3.0, 3.0, -1.5, 1.5)), ("(1 - x)**2 + 100*(y - x**2)**2", (-2.0, 2.0, -1.0, 3.0))):
        function, s = surface(text, window)
        # f at points whose heights lie strictly inside the surface's range (not clipped)
        values = function.value(np.linspace(-0.9, 0.9, 7), np.linspace(1.2, 1.4, 7))
        heights = s.heights_of(values)
        assert np.all((heights > 0) & (heights < s.height))
        np.testing.assert_allclose(s.values_at_heights(heights), values, rtol=1e-9)


def test_height_ticks_stand_where_their_f_would_be_drawn():
    function, s = surface("x**2 + 10*y**2", (-3.0, 3.0, -1.5, 1.5))
    heights, values = s.height_ticks()
    np.testing.assert_array_equal(values, [5.0, 10.0, 15.0, 20.0, 25.0])  # f, not display heights
    np.testing.assert_allclose(heights, s.heights_of(values))
    # f = 10 is where the surface passes through x² + 10y² = 10, e.g. at (√10 / 2, √0.75)
    assert s.heights_of(function.value(np.sqrt(10) / 2, np.sqrt(0.75))) == pytest.approx(heights[1])
    _, log = surface("(1 - x)**2 + 100*(y - x**2)**2", (-2.0, 2.0, -1.0, 3.0))
    heights, values = log.height_ticks()
    np.testing.assert_array_equal(values, [0.0, 1.0, 2.0, 3.0])  # log₁₀(f − min f)
    np.testing.assert_allclose(log.shading(log.values_at_heights(heights)), values, atol=1e-9)


def test_axes_face_the_camera_with_round_ticks_and_titles():
    _, s = surface("x**2 + 10*y**2", (-3.0, 3.0, -1.5, 1.5))
    camera = s.camera(35.0, -15.0)  # from +x, a little to −y
    axes = surface_axes(s, camera)
    by_axis = {axis: [t for t in axes.ticks if t.axis == axis] for axis in "xyf"}
    assert [t.value for t in by_axis["x"]] == [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0]
    assert [t.value for t in by_axis["y"]] == [-1.0, 0.0, 1.0]
    assert [t.value for t in by_axis["f"]] == [5.0, 10.0, 15.0, 20.0, 25.0]
    # x labels beyond the edge y = −1.5 (the camera's side), y labels beyond x = 3, on the floor
    # (just under the surface's lowest point, so the grid does not show through it)
    floor = -LIFT * s.height
    assert all(t.position[1] < -1.5 and t.position[2] == floor for t in by_axis["x"])
    assert all(t.position[0] > 3.0 and t.position[2] == floor for t in by_axis["y"])
    assert np.all(axes.floor_lines[:, 2] == floor) and floor < s.heights.min()
    np.testing.assert_allclose([t.position[0] for t in by_axis["x"]], [t.value for t in by_axis["x"]])
    # the f labels climb a vertical edge at the corner on the camera's left, at the heights of their f
    corner = by_axis["f"][0].position[:2]
    assert all(np.allclose(t.position[:2], corner) for t in by_axis["f"])
    np.testing.assert_allclose([t.position[2] for t in by_axis["f"]], s.heights_of([5.0, 10.0, 15.0, 20.0, 25.0]))
    right = np.array([-np.sin(np.radians(-15.0)), np.cos(np.radians(-15.0))])
    assert np.dot(corner, right) < 0  # left of the window's centre (0, 0) on screen
    assert corner[0] < -3.0 and corner[1] < -1.5  # outside the corner (−3, −1.5)
    assert [(t.axis, t.text) for t in axes.titles] == [("x", "x"), ("y", "y"), ("f", "f(x, y)")]
    # the floor's grid: a line at each x and y tick and the border's four sides
    assert len(axes.floor_lines) == 2 * (7 + 3 + 4)
    # seen from the other side, the ticks move to the other edges
    other = surface_axes(s, s.camera(35.0, 165.0))
    assert all(t.position[1] > 1.5 for t in other.ticks if t.axis == "x")
    assert all(t.position[0] < -3.0 for t in other.ticks if t.axis == "y")
    _, log = surface("(1 - x)**2 + 100*(y - x**2)**2", (-2.0, 2.0, -1.0, 3.0))
    assert surface_axes(log, camera).titles[2].text == "log₁₀(f − min f)"


# -- the camera ------------------------------------------------------------------------------


def elongated_run(steps=12):
    preset = PRESETS["elongated"]
    function = parse_function(preset.function)
    s = surface_for(evaluate_landscape(function, preset.window))
    result = run_descent(function, RunSettings(start=preset.start, learning_rate=preset.learning_rate, max_steps=steps))
    return s, result


def test_a_camera_looks_from_its_elevation_and_azimuth():
    camera = Camera((1.0, 2.0, 0.5), 10.0, 30.0, 90.0)
    np.testing.assert_allclose(camera.position, [1.0, 2.0 + 10.0 * np.cos(np.radians(30)), 0.5 + 5.0], atol=1e-12)


def test_the_surface_hides_the_bottom_of_a_bowl_from_a_low_camera_only():
    _, s = surface("x**2 + y**2")
    bottom = s.points_3d([[0.0, 0.0]], [0.0])
    assert s.occluded(bottom, s.camera(10.0, 45.0).position).all()  # the rim is in the way
    assert not s.occluded(bottom, s.camera(60.0, 45.0).position).any()
    # a point on the far wall faces the camera; the same point on the near wall turns its back
    far, near = s.points_3d([[-1.2, 0.0], [1.2, 0.0]], [1.44, 1.44])
    camera = s.camera(20.0, 0.0)  # from +x
    assert list(s.occluded(np.array([far, near]), camera.position)) == [False, True]


def test_the_view_fits_the_surface_with_its_labels_in_a_wide_or_square_view():
    s, _ = elongated_run(1)
    for aspect in (1.0, 2.15):
        camera = s.camera(35.0, -15.0, aspect)
        position = camera.position
        forward = np.asarray(camera.centre) - position
        forward /= np.linalg.norm(forward)
        right = np.cross(forward, [0.0, 0.0, 1.0])
        right /= np.linalg.norm(right)
        up = np.cross(right, forward)
        reach = LABEL_REACH * s.span
        corners = np.array(
            [(x, y, z) for x in (-3 - reach, 3 + reach) for y in (-1.5 - reach, 1.5 + reach) for z in (0.0, s.height + TOP_REACH * s.span)]
        )
        relative = corners - position
        depth = relative @ forward
        across = np.abs(relative @ right / depth) / np.tan(np.radians(FIELD_OF_VIEW / 2))
        upward = np.abs(relative @ up / depth) / (np.tan(np.radians(FIELD_OF_VIEW / 2)) / aspect)
        # every corner inside the picture, and the picture filled along one of its sides
        assert np.all(across <= 1.0) and np.all(upward <= 1.0)
        assert max(across.max(), upward.max()) > 0.88


def test_the_framing_camera_shows_the_whole_path_down_the_elongated_bowl():
    s, result = elongated_run(12)
    path = s.points_3d(result.points, result.loss)
    assert len(path) == 13 and np.all(np.isfinite(path))
    # the camera the 3-D view used to open with: from −60° at 32°, 2.2 window-widths away
    before = Camera((0.0, 0.0, s.height / 3), 2.2 * s.span, 32.0, -60.0)
    assert s.occluded(path, before.position).sum() >= 10  # the near wall hid the valley
    # framed on the start alone (the view opens before the run moves) and on the whole path
    for framed in (s.framing_camera(result.points[:1], result.loss[:1], 2.15), s.framing_camera(result.points, result.loss, 2.15)):
        assert not s.occluded(path, framed.position).any()
        assert framed.elevation >= 35.0
        assert framed.azimuth % 90.0 != 0.0  # never looking along an axis


def test_the_framing_camera_on_rastrigin_climbs_until_the_path_shows():
    preset = PRESETS["rastrigin"]
    function = parse_function(preset.function)
    s = surface_for(evaluate_landscape(function, preset.window))
    result = run_descent(function, RunSettings(start=preset.start, learning_rate=preset.learning_rate, max_steps=40))
    path = s.points_3d(result.points, result.loss)
    framed = s.framing_camera(result.points, result.loss)
    assert not s.occluded(path, framed.position).any()
    # every lower camera hides part of the path among the bumps
    lower = [e for e in CAMERA_ELEVATIONS if e < framed.elevation]
    assert lower and all(s.occluded(path, s.camera(e, a).position).any() for e in lower for a in CAMERA_AZIMUTHS)
