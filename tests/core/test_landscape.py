"""The landscape grid, its shading and the path thinning used to draw long runs."""
import numpy as np
import pytest

from gdstudio.core import parse_function
from gdstudio.core.landscape import evaluate_landscape, thin_path, validate_window


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
