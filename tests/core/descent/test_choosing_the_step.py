"""A step is a direction times a step size: Newton (pure and modified), backtracking,
exact searches, the textbook contrast on Rosenbrock, evaluation counts and the stops of
a search, each checked against formulas written out here by hand."""

import numpy as np
import pytest

from gdstudio.core.descent.directions import newton_step
from gdstudio.core.descent.engine import Descent, RunSettings, Status
from gdstudio.core.descent.playback import run_rows
from gdstudio.core.descent.race import Race, RaceEntry
from gdstudio.core.function.language import parse_function

ROSENBROCK = "(1 - x)^2 + 100*(y - x^2)^2"
START = (-1.2, 1.0)


def rosenbrock(w):
    x, y = w
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def rosenbrock_gradient(w):
    x, y = w
    return np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])


def rosenbrock_hessian(w):
    x, y = w
    return np.array([[2 - 400 * (y - x * x) + 800 * x * x, -400 * x], [-400 * x, 200.0]])


def searched(function, **settings):
    """A one-run descent of a searched method on a typed function."""
    settings.setdefault("start", START)
    return Descent(parse_function(function), [RunSettings(**settings)])


# -- Newton's direction ----------------------------------------------------------------


def test_pure_newton_on_rosenbrock_is_w_minus_inverse_hessian_times_gradient_step_by_step():
    descent = searched(ROSENBROCK, optimizer="newton", line_search="fixed", learning_rate=1.0, max_steps=50)
    w = np.array(START)
    steps = 0
    while descent.active[0]:
        descent.step()
        w = w - np.linalg.solve(rosenbrock_hessian(w), rosenbrock_gradient(w))
        steps += 1
        np.testing.assert_allclose(descent.points[0], w, rtol=1e-12, atol=1e-12)
        record = descent.last_search[0]
        assert record.step == steps and record.step_size == 1.0 and record.notes == ()
    assert descent.status(0) is Status.CONVERGED and steps == descent.steps[0] <= 10
    np.testing.assert_allclose(descent.points[0], [1.0, 1.0], atol=1e-12)


def test_one_newton_step_lands_on_the_minimum_of_a_positive_definite_quadratic():
    # f = 3x² + 2xy + y² − 4x + 2y: H = [[6, 2], [2, 2]], ∇f = 0 at (1.5, −2.5)
    descent = searched("3x^2 + 2x*y + y^2 - 4x + 2y", start=(7.0, -11.0), optimizer="newton", learning_rate=1.0)
    descent.step()
    assert np.max(np.abs(descent.points[0] - [1.5, -2.5])) < 1e-12
    descent.step()  # the gradient there is below the tolerance: the run has converged in one step
    assert descent.status(0) is Status.CONVERGED and descent.steps[0] == 1


def test_modified_newton_on_a_saddle_uses_the_absolute_eigenvalues_and_says_so():
    # f = x² + 4xy + y²: H = [[2, 4], [4, 2]] has eigenvalues 6 and −2 (vectors (1, 1), (1, −1));
    # |H| = Q diag(6, 2) Qᵀ = [[4, 2], [2, 4]]
    descent = searched("x^2 + 4x*y + y^2", start=(1.0, 0.5), optimizer="newton", learning_rate=1.0)
    gradient = np.array([2 * 1.0 + 4 * 0.5, 4 * 1.0 + 2 * 0.5])
    expected = -np.linalg.solve([[4.0, 2.0], [2.0, 4.0]], gradient)
    descent.step()
    record = descent.last_search[0]
    np.testing.assert_allclose(record.direction, expected, rtol=1e-14)
    assert record.slope < 0 and descent.loss[0] < 1.0 + 4 * 0.5 + 0.25  # downhill: f fell from 3.25
    assert len(record.notes) == 1 and "H is not positive definite" in record.notes[0]
    assert "(−2, 6)" in record.notes[0] and "(2, 6)" in record.notes[0]
    # the pure Newton step would have landed on the saddle point (0, 0) and stayed there
    step = newton_step([[2.0, 4.0], [4.0, 2.0]], gradient)
    assert step.modified and np.allclose(step.pure, [-1.0, -0.5])
    np.testing.assert_allclose(step.used_eigenvalues, [2.0, 6.0])


def test_modified_newton_on_x2_minus_y2_descends_where_pure_newton_climbs_to_the_saddle():
    f = parse_function("x^2 - y^2")
    descent = Descent(f, [RunSettings(start=(1.0, 1.0), optimizer="newton", learning_rate=1.0, max_steps=3)])
    descent.step()
    # H = diag(2, −2), g = (2, −2): modified d = −(2/2, −2/2) = (−1, 1); pure d = (−1, −1)
    np.testing.assert_array_equal(descent.last_search[0].direction, [-1.0, 1.0])
    np.testing.assert_array_equal(descent.points[0], [0.0, 2.0])
    assert descent.loss[0] == -4.0 < 0.0
    assert "not positive definite" in descent.last_search[0].notes[0]


def test_a_singular_hessian_is_floored_at_delta_and_called_singular():
    step = newton_step([[2.0, 0.0], [0.0, 0.0]], [2.0, 0.0], floor=1e-8)
    assert step.modified and step.pure is None and "singular" in step.note
    np.testing.assert_allclose(step.direction, [-1.0, 0.0])
    step = newton_step([[2.0, 0.0], [0.0, 0.0]], [2.0, 3e-8], floor=1e-8)
    np.testing.assert_allclose(step.direction, [-1.0, -3.0])  # the flat direction divided by δ


# -- backtracking (Armijo), Algorithm 3.1 -------------------------------------------------


def textbook_backtracking(w, gamma, c1, rho):
    """N&W Algorithm 3.1 for d = −∇f: α = γ; while f(w + αd) > f(w) + c₁α∇fᵀd, α ← ρα."""
    g = rosenbrock_gradient(w)
    d = -g
    f0, slope = rosenbrock(w), g @ d
    alpha, trials = gamma, []
    while True:
        f = rosenbrock(w + alpha * d)
        trials.append((alpha, f))
        if f <= f0 + c1 * alpha * slope:
            return w + alpha * d, alpha, trials
        alpha *= rho


@pytest.mark.parametrize("gamma, c1, rho", [(1.0, 1e-4, 0.5), (0.8, 0.3, 0.7)])
def test_gradient_descent_with_armijo_is_the_textbook_rule_step_by_step(gamma, c1, rho):
    settings = dict(optimizer="gd", line_search="armijo", learning_rate=gamma, c1=c1, shrink=rho, max_steps=60)
    descent = searched(ROSENBROCK, **settings)
    w = np.array(START)
    counts = []
    for t in range(60):
        f0, g = rosenbrock(w), rosenbrock_gradient(w)
        w, alpha, trials = textbook_backtracking(w, gamma, c1, rho)
        descent.step()
        record = descent.last_search[0]
        assert record.rule == "armijo" and record.c1 == c1 and record.step == t + 1
        assert len(record.trials) == len(trials), f"step {t + 1}"
        np.testing.assert_allclose(np.array(record.trials), np.array(trials), rtol=1e-9)
        assert record.step_size == pytest.approx(alpha, rel=1e-12)
        np.testing.assert_allclose(descent.points[0], w, rtol=1e-9)
        # the accepted α satisfies f(w + αd) ≤ f(w) + c₁α∇fᵀd, and the one before it did not
        assert rosenbrock(w) <= f0 - c1 * alpha * (g @ g)
        counts.append(len(trials))
    assert max(counts) > 3 and len(set(counts)) > 2  # the rule did backtrack, by different amounts


def test_armijo_constants_change_the_steps():
    def trials(**constants):
        descent = searched(ROSENBROCK, optimizer="gd", line_search="armijo", learning_rate=1.0, max_steps=5, **constants)
        descent.step()
        return descent.last_search[0].trials

    default, strict, slow = trials(), trials(c1=0.5), trials(shrink=0.9)
    # from (−1.2, 1): ∇f = (−215.6, −88); α = 2⁻⁸ is the first with sufficient decrease at c₁ = 1e-4
    assert [a for a, _ in default] == [0.5**k for k in range(len(default))]
    assert len(strict) > len(default)
    assert [a for a, _ in slow] == pytest.approx([0.9**k for k in range(len(slow))], rel=1e-12)


# -- the exact line search --------------------------------------------------------------


def test_exact_search_on_a_quadratic_takes_g_dot_g_over_g_dot_hg_and_zigzags_at_right_angles():
    descent = searched("x^2 + 10y^2", start=(10.0, 1.0), optimizer="gd", line_search="exact", learning_rate=1.0, max_steps=8)
    hessian = np.diag([2.0, 20.0])
    w = np.array([10.0, 1.0])
    previous_step = None
    for _ in range(8):
        g = hessian @ w
        descent.step()
        record = descent.last_search[0]
        assert abs(record.step_size - (g @ g) / (g @ hessian @ g)) <= 1e-12 * record.step_size
        assert len(record.trials) == 1  # closed form: one evaluation
        step = descent.points[0] - w
        if previous_step is not None:
            cosine = step @ previous_step / (np.linalg.norm(step) * np.linalg.norm(previous_step))
            assert abs(cosine) < 1e-12
        previous_step, w = step, descent.points[0].copy()


def test_conjugate_gradients_with_exact_search_end_a_2d_quadratic_in_two_steps():
    for beta in (0.0, 1.0):  # Polak–Ribière+ and Fletcher–Reeves agree on a quadratic
        descent = searched(
            "x^2 + x*y + 5y^2",
            start=(3.0, -2.0),
            optimizer="cg",
            line_search="exact",
            learning_rate=1.0,
            hyperparameters={"fletcher_reeves": beta},
            tolerance=1e-9,
        )
        descent.run(max_updates=10)
        assert descent.status(0) is Status.CONVERGED and descent.steps[0] <= 2
        assert np.max(np.abs(descent.points[0])) < 1e-12


# -- the textbook contrast on Rosenbrock (N&W §3) -------------------------------------------


def test_steepest_descent_with_backtracking_needs_more_than_a_thousand_steps_newton_about_twenty():
    slow = searched(ROSENBROCK, optimizer="gd", line_search="armijo", learning_rate=1.0, max_steps=1000)
    slow.run()
    assert slow.status(0) is Status.MAX_STEPS and slow.gradient_norm()[0] > 1e-6
    newton = searched(ROSENBROCK, optimizer="newton", line_search="armijo", learning_rate=1.0, tolerance=1e-5)
    newton.run()
    assert newton.status(0) is Status.CONVERGED and newton.steps[0] <= 30
    assert newton.steps[0] == 21  # Nocedal & Wright report 21 (ρ = ½, c₁ = 1e-4, to ‖∇f‖ < 1e-5)


# -- evaluations ----------------------------------------------------------------------------


def test_a_fixed_step_run_counts_one_f_and_one_gradient_per_step_and_the_start():
    f = parse_function(ROSENBROCK)
    lone = Descent(f, [RunSettings(start=START, learning_rate=0.001, max_steps=25)])
    lone.run()
    pair = Descent(f, [RunSettings(start=START, learning_rate=0.001, max_steps=25), RunSettings(start=(0, 0), learning_rate=0.002)])
    pair.run(max_updates=25)
    played = Descent(f, [RunSettings(start=START, learning_rate=0.001, max_steps=25)])
    for _ in run_rows(played):  # the window's float loop (the scalar fast path)
        pass
    for descent in (lone, pair, played):
        assert descent.steps[0] == 25
        assert descent.evaluations[0].tolist() == [26, 26, 0]


def test_newton_counts_one_hessian_per_step_and_a_search_its_trials():
    fixed = searched(ROSENBROCK, optimizer="newton", learning_rate=1.0)
    fixed.run()
    assert fixed.evaluations[0].tolist() == [fixed.steps[0] + 1, fixed.steps[0] + 1, fixed.steps[0]]
    for method, search in (("newton", "armijo"), ("bfgs", "strong-wolfe"), ("gd", "exact")):
        descent = searched(ROSENBROCK, optimizer=method, line_search=search, learning_rate=1.0, max_steps=40)
        trials = 0
        for _ in range(40):
            if not descent.active[0]:
                break
            descent.step()
            trials += len(descent.last_search[0].trials)
        hessians = descent.steps[0] if method == "newton" else 0
        assert descent.evaluations[0].tolist() == [1 + trials, 1 + trials, hessians], method
        assert trials > descent.steps[0]  # the searches did try more than one α somewhere


def test_a_race_with_a_searched_run_leaves_a_fixed_step_run_bit_identical():
    f = parse_function(ROSENBROCK)
    gd = RunSettings(start=START, learning_rate=0.001, max_steps=300)
    bfgs = RunSettings(start=(0.5, -0.5), optimizer="bfgs", line_search="strong-wolfe", learning_rate=1.0, max_steps=300)
    lone = Descent(f, [gd])
    lone.run()
    race = Race(f, [RaceEntry(gd), RaceEntry(bfgs)])
    race.run()
    mixed = race.descent
    assert mixed.status(1) is Status.CONVERGED and mixed.steps[1] < 60  # the searched run ended early
    assert mixed.evaluations[1, 0] > mixed.steps[1] + 1  # ... taking more than one evaluation in some step
    assert mixed.status(0) is lone.status(0) is Status.MAX_STEPS
    np.testing.assert_array_equal(mixed.trajectories[0].points, lone.trajectories[0].points)
    np.testing.assert_array_equal(mixed.trajectories[0].loss, lone.trajectories[0].loss)
    np.testing.assert_array_equal(mixed.evaluations[0], lone.evaluations[0])
    assert mixed.evaluations[0].tolist() == [301, 301, 0]
    assert race.to_dict()["runs"][0]["evaluations"] == {"f": 301, "gradient": 301, "hessian": 0}


# -- a search or a direction that cannot go on ends the run with a sentence --------------------


class NowhereElse:
    """f = x² + y² at the start point only; f and ∇f are NaN at every other point."""

    dimension = 2

    def __init__(self, start):
        self.start = np.array(start, dtype=float)

    def loss_and_gradient(self, points):
        points = np.asarray(points, dtype=float)
        here = np.all(points == self.start, axis=1)
        loss = np.where(here, np.sum(points**2, axis=1), np.nan)
        return loss, np.where(here[:, None], 2 * points, np.nan)


@pytest.mark.parametrize("search", ["armijo", "strong-wolfe", "exact"])
def test_a_search_with_nowhere_to_go_ends_the_run_as_line_search_failed(search):
    start = (1.0, 2.0)
    descent = Descent(NowhereElse(start), [RunSettings(start=start, optimizer="gd", line_search=search, learning_rate=1.0)])
    descent.run(max_updates=5)
    assert descent.status(0) is Status.SEARCH_FAILED and descent.steps[0] == 0
    np.testing.assert_array_equal(descent.points[0], start)
    assert "found no" in descent.stop_notes[0] or "no step size" in descent.stop_notes[0]
    record = descent.last_search[0]
    assert record.step_size is None and len(record.trials) >= 2
    assert descent.evaluations[0, 0] == 1 + len(record.trials)


def test_armijo_gives_up_on_a_kink_it_cannot_descend_from():
    descent = searched("abs(x) + abs(y)", start=(1e-300, 1e-300), optimizer="gd", line_search="armijo", learning_rate=1.0)
    descent.run(max_updates=3)
    assert descent.status(0) is Status.SEARCH_FAILED
    assert descent.stop_notes[0].startswith("no step size satisfied the Armijo condition")
    assert [a for a, _ in descent.last_search[0].trials] == [0.5**k for k in range(54)]


def test_newton_where_the_hessian_is_not_a_number_ends_as_no_descent():
    # f = x^1.5 + (y − 1)² at (0, 0): f and ∇f are finite, ∂²f/∂x² = 0.75/√x is not
    descent = searched("x^1.5 + (y - 1)^2", start=(0.0, 0.0), optimizer="newton", learning_rate=1.0)
    descent.run(max_updates=3)
    assert descent.status(0) is Status.NO_DESCENT and descent.steps[0] == 0
    assert descent.stop_notes[0] == "d is not a descent direction (the Hessian is not a number here)"


def test_bfgs_skips_its_update_when_the_curvature_along_the_step_is_negative():
    # f = cos(x) + y² from (0.5, 0) with γ = 1: s = (sin 0.5, 0), y = (sin 0.5 − sin(0.5 + sin 0.5), 0), yᵀs < 0
    descent = searched("cos(x) + y^2", start=(0.5, 0.0), optimizer="bfgs", learning_rate=1.0, max_steps=5)
    descent.step()
    s = np.sin(0.5)
    curvature = (np.sin(0.5) - np.sin(0.5 + s)) * s
    assert curvature < 0
    notes = descent.last_search[0].notes
    assert notes == (f"BFGS update skipped: yᵀs = {curvature:.3g} ≤ 0 (no positive curvature along the step)",)
    np.testing.assert_array_equal(descent.optimizer_state(0)["inverse_hessian"], np.eye(2))
