"""The landscape grid, its shading and the path thinning used to draw long runs."""

import numpy as np
import pytest

from gdstudio.core import parse_function
from gdstudio.core.function.landscape import evaluate_landscape, validate_window


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


def _drawn_cells(segments: np.ndarray, pixel) -> set:
    """The set of undirected pixel-cell pairs that ``segments`` (k, 4) join."""
    cells = np.floor(segments.reshape(-1, 2) / pixel).astype(int).reshape(-1, 4)
    return {tuple(sorted([(a, b), (c, d)])) for a, b, c, d in cells}
