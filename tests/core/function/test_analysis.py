"""Curvature at a point: the exact Hessian, its eigenvalues, and the step sizes they allow."""

import numpy as np
import pytest

from gdstudio.core.descent.engine import RunSettings, run_descent
from gdstudio.core.function.analysis import classify_point, curvature_at, curvature_of
from gdstudio.core.function.language import parse_function

SEED = "x^2 + x*y + y^2"


def test_seed_function_eigenvalues_1_and_3_so_gamma_below_two_thirds():
    curvature = curvature_at(parse_function(SEED), (1.5, -1.0))
    np.testing.assert_allclose(curvature.hessian, [[2, 1], [1, 2]])
    np.testing.assert_allclose(curvature.eigenvalues, [1.0, 3.0])
    assert curvature.condition_number == pytest.approx(3.0)
    assert curvature.max_stable_lr == pytest.approx(2 / 3)
    assert curvature.best_lr == pytest.approx(1 / 2)
    assert curvature.convergence_rate == pytest.approx(0.5)
    assert curvature.kind == "positive definite"
    assert "2/λ_max = 0.6667" in curvature.note
    # eigenvectors: columns, unit length, H v = λ v
    for i in range(2):
        v = curvature.eigenvectors[:, i]
        np.testing.assert_allclose(curvature.hessian @ v, curvature.eigenvalues[i] * v, atol=1e-12)
        assert np.linalg.norm(v) == pytest.approx(1.0)
    np.testing.assert_allclose(np.abs(curvature.eigenvectors[:, 0]), [2**-0.5, 2**-0.5])


def test_saddle_has_no_stable_learning_rate_and_says_why():
    curvature = curvature_at(parse_function("x^2 - y^2"), (0.3, 0.2))
    np.testing.assert_allclose(curvature.eigenvalues, [-2.0, 2.0])
    assert curvature.kind == "indefinite"
    assert curvature.max_stable_lr is None and curvature.best_lr is None
    assert curvature.note.startswith("a saddle: the Hessian has a negative eigenvalue")
    data = curvature.to_dict()
    assert data["max_stable_lr"] is None and data["eigenvalues"] == [-2.0, 2.0]


def test_maximum_flat_and_undefined_points():
    maximum = curvature_at(parse_function("-(x^2) - 3y^2"), (0, 0))
    assert maximum.kind == "negative definite" and maximum.max_stable_lr is None
    assert "maximum" in maximum.note
    flat = curvature_at(parse_function("x^2 + y^4"), (0, 0))
    assert flat.kind == "semidefinite" and flat.best_lr is None
    assert "not strictly convex" in flat.note
    assert flat.condition_number == np.inf and flat.to_dict()["condition_number"] is None
    undefined = curvature_at(parse_function("sqrt(x) + y^2"), (-1, 0))
    assert undefined.kind == "undefined" and "not defined" in undefined.note


def test_rosenbrock_is_ill_conditioned_at_its_minimum():
    curvature = curvature_at(parse_function("(1 - x)^2 + 100(y - x^2)^2"), (1, 1))
    # H = [[802, -400], [-400, 200]]
    np.testing.assert_allclose(curvature.hessian, [[802, -400], [-400, 200]])
    assert curvature.condition_number == pytest.approx(2508.0, rel=1e-3)
    assert curvature.max_stable_lr == pytest.approx(2 / curvature.eigenvalues[1])


def test_the_predicted_limit_matches_what_descent_does_on_a_quadratic():
    # elongated bowl x² + 10y²: λ = 2 and 20, so γ < 0.1
    function = parse_function("x^2 + 10y^2")
    limit = curvature_at(function, (0, 0)).max_stable_lr
    assert limit == pytest.approx(0.1)
    below = run_descent(function, RunSettings(start=(1, 1), learning_rate=limit * 0.98, max_steps=5000))
    above = run_descent(function, RunSettings(start=(1, 1), learning_rate=limit * 1.02, max_steps=5000))
    assert str(below.status) == "converged" and str(above.status) == "diverged"


@pytest.mark.parametrize("optimizer, hyper", [("momentum", {}), ("momentum", {"momentum": 0.5}), ("nesterov", {})])
def test_momentum_stability_limits_match_descent(optimizer, hyper):
    function = parse_function(SEED)
    limit = curvature_at(function, (0, 0)).stability_limit(optimizer, hyper)
    assert limit is not None
    for factor, expected in ((0.97, "converged"), (1.03, "diverged")):
        result = run_descent(
            function,
            RunSettings(start=(1.0, -0.3), learning_rate=limit * factor, optimizer=optimizer, hyperparameters=hyper, max_steps=20000),
        )
        assert str(result.status) == expected, (factor, result.status)
    assert curvature_at(function, (0, 0)).stability_limit("adam") is None


def test_curvature_of_a_matrix_symmetrises_and_orders():
    curvature = curvature_of([[5.0, 0.0], [0.0, 1.0]])
    np.testing.assert_allclose(curvature.eigenvalues, [1.0, 5.0])
    assert curvature.best_lr == pytest.approx(2 / 6)


def test_classify_stationary_points_for_the_why_did_it_stop_message():
    seed = classify_point(parse_function(SEED), (0, 0))
    assert seed.kind == "minimum" and "local minimum" in seed.message
    saddle = classify_point(parse_function("x^2 - y^2"), (0, 0))
    assert saddle.kind == "saddle" and "saddle" in saddle.message and "(0, 1)" in saddle.message
    assert classify_point(parse_function("-(x^2) - y^2"), (0, 0)).kind == "maximum"
    assert classify_point(parse_function("x^4 + y^4"), (0, 0)).kind == "flat"
    moving = classify_point(parse_function(SEED), (1, 0))
    assert moving.kind == "not stationary" and "‖∇f‖ = 2.24" in moving.message


def test_descent_on_the_saddle_preset_stops_at_a_saddle():
    function = parse_function("x^2 - y^2")
    result = run_descent(function, RunSettings(start=(1.5, 0.0), learning_rate=0.1))
    assert str(result.status) == "converged"
    assert classify_point(function, result.final_point).kind == "saddle"


def test_eigenvector_axes_for_the_contour():
    curvature = curvature_at(parse_function(SEED), (1.0, -1.0))
    (tail_1, tip_1, low), (tail_3, tip_3, high) = curvature.axes(2.0)
    assert (low, high) == pytest.approx((1.0, 3.0))
    np.testing.assert_allclose((tail_1 + tip_1) / 2, [1.0, -1.0])
    # the flat direction (λ = 1) gets the full length, the steep one 1/√3 of it
    assert np.linalg.norm(tip_1 - tail_1) == pytest.approx(2.0)
    assert np.linalg.norm(tip_3 - tail_3) == pytest.approx(2.0 / np.sqrt(3.0))
    np.testing.assert_allclose(np.abs(tip_1 - tail_1), [2**0.5, 2**0.5])
    assert curvature_at(parse_function("sqrt(x) + y^2"), (-1, 0)).axes(1.0) == []
