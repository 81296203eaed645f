"""The second-order directions and the line searches against independent references:
``torch.optim.LBFGS`` (fixed step and strong Wolfe), ``scipy.optimize.minimize(method="BFGS")``,
``scipy.optimize.line_search`` and ``scipy.optimize.minimize_scalar``, and the BFGS
update written out by hand."""

import math

import numpy as np
import pytest

from gdstudio.core.descent.engine import Descent, RunSettings, Status
from gdstudio.core.descent.line_search import DONE, EXACT_TOLERANCE, TRY, StrongWolfe
from gdstudio.core.function.language import parse_function

ROSENBROCK = "(1 - x)^2 + 100*(y - x^2)^2"
HIMMELBLAU = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"
START = (-1.2, 1.0)


def rosenbrock(w):
    x, y = w[0], w[1]
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def himmelblau(w):
    x, y = w[0], w[1]
    return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2


def rosenbrock_gradient(w):
    x, y = w
    return np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])


def descent_of(function, **settings):
    settings.setdefault("start", START)
    return Descent(parse_function(function), [RunSettings(**settings)])


# -- L-BFGS against torch.optim.LBFGS ------------------------------------------------------


def torch_lbfgs_points(torch, loss, start, learning_rate, history, steps):
    """torch.optim.LBFGS without a line search, stepped once per step (max_iter=1): each
    step() evaluates the closure at w_t and moves to w_t + t·d (DESIGN: pass max_eval)."""
    w = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS(
        [w],
        lr=learning_rate,
        max_iter=1,
        max_eval=26,
        history_size=history,
        tolerance_grad=1e-300,
        tolerance_change=1e-300,
        line_search_fn=None,
    )

    def closure():
        optimizer.zero_grad()
        value = loss(w)
        value.backward()
        return value

    points = [w.detach().numpy().copy()]
    for _ in range(steps):
        optimizer.step(closure)
        points.append(w.detach().numpy().copy())
    return np.array(points)


@pytest.mark.parametrize(
    "function, loss, start, learning_rate, history, steps",
    [
        # Rosenbrock's fixed-step L-BFGS path is chaotic: 1e-16 differences in ∇f (autograd
        # against the compiled sympy gradient) grow to 1e-10 after about 40 steps, so the
        # comparison stops at 30; m = 3 drops old pairs from step 4 on
        (ROSENBROCK, rosenbrock, START, 1.0, 10, 30),
        (ROSENBROCK, rosenbrock, START, 1.0, 3, 30),
        (HIMMELBLAU, himmelblau, (0.0, 0.0), 0.5, 4, 80),
    ],
)
def test_lbfgs_with_a_fixed_step_is_torch_lbfgs_stepped_once_per_step(function, loss, start, learning_rate, history, steps):
    torch = pytest.importorskip("torch")
    reference = torch_lbfgs_points(torch, loss, start, learning_rate, history, steps)
    descent = descent_of(
        function,
        start=start,
        optimizer="lbfgs",
        learning_rate=learning_rate,
        hyperparameters={"history": history},
        max_steps=steps,
        tolerance=0.0,
    )
    descent.run()
    points = descent.trajectories[0].points
    assert len(points) == steps + 1
    np.testing.assert_allclose(points, reference, rtol=0, atol=1e-10)
    # the first step is t = min(1, 1/‖g‖₁)·γ along −g
    g = np.array(parse_function(function).loss_and_gradient(np.array([start]))[1][0])
    np.testing.assert_allclose(points[1], np.array(start) - min(1.0, 1.0 / np.abs(g).sum()) * learning_rate * g, rtol=1e-15)


def torch_strong_wolfe_evaluations(torch, history):
    """Closure calls of torch.optim.LBFGS(line_search_fn="strong_wolfe") on Rosenbrock from
    (−1.2, 1), in one step() with room for every iteration, up to and including the first
    evaluation where ‖∇f‖ < 1e-6."""
    w = torch.tensor(START, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS(
        [w],
        lr=1.0,
        max_iter=10_000,
        max_eval=100_000,
        history_size=history,
        tolerance_grad=1e-300,
        tolerance_change=1e-300,
        line_search_fn="strong_wolfe",
    )
    norms = []

    def closure():
        optimizer.zero_grad()
        value = rosenbrock(w)
        value.backward()
        norms.append(float(w.grad.norm()))
        if norms[-1] < 1e-6:
            raise StopIteration
        return value

    with pytest.raises(StopIteration):
        optimizer.step(closure)
    return len(norms)


@pytest.mark.parametrize("history, measured", [(10, 45), (3, 43)])
def test_lbfgs_with_strong_wolfe_costs_no_more_than_torch_to_converge_on_rosenbrock(history, measured):
    torch = pytest.importorskip("torch")
    reference = torch_strong_wolfe_evaluations(torch, history)
    assert reference == measured  # torch 2.13 (the pinned reference)
    descent = descent_of(ROSENBROCK, optimizer="lbfgs", line_search="strong-wolfe", learning_rate=1.0, hyperparameters={"history": history})
    descent.run()
    assert descent.status(0) is Status.CONVERGED
    ours = int(descent.evaluations[0, 0])
    # measured: 45 against torch's 45 (m = 10) and 43 (m = 3), in 36 steps (torch: 36 iterations)
    assert ours <= 1.5 * reference, (history, ours, reference)


@pytest.mark.parametrize("method", ["lbfgs", "bfgs"])
def test_every_strong_wolfe_step_satisfies_the_conditions_read_from_the_trajectory(method):
    c1, c2 = 1e-4, 0.9
    descent = descent_of(ROSENBROCK, optimizer=method, line_search="strong-wolfe", learning_rate=1.0, c1=c1, c2=c2, tolerance=1e-8)
    descent.run()
    assert descent.status(0) is Status.CONVERGED
    points = descent.trajectories[0].points
    for t in range(len(points) - 1):
        before, after = points[t], points[t + 1]
        s = after - before  # α d: both conditions scale with α > 0
        g0, g1 = rosenbrock_gradient(before), rosenbrock_gradient(after)
        assert g0 @ s < 0, t
        assert rosenbrock(after) <= rosenbrock(before) + c1 * (g0 @ s), t
        assert abs(g1 @ s) <= c2 * abs(g0 @ s), t


# -- BFGS against scipy and the update by hand ------------------------------------------------


def test_bfgs_with_strong_wolfe_converges_within_one_and_a_half_times_scipys_iterations():
    optimize = pytest.importorskip("scipy.optimize")
    for tolerance in (1e-5, 1e-8):
        reference = optimize.minimize(optimize.rosen, np.array(START), jac=optimize.rosen_der, method="BFGS", options={"gtol": tolerance})
        assert reference.success
        descent = descent_of(ROSENBROCK, optimizer="bfgs", line_search="strong-wolfe", learning_rate=1.0, tolerance=tolerance)
        descent.run()
        assert descent.status(0) is Status.CONVERGED
        # measured: 32 against scipy's 32 (1e-5), 33 against 34 (1e-8)
        assert descent.steps[0] <= 1.5 * reference.nit, (tolerance, descent.steps[0], reference.nit)
        np.testing.assert_allclose(descent.points[0], [1.0, 1.0], atol=1e-6)


def test_the_bfgs_inverse_hessian_update_is_the_formula_worked_by_hand():
    descent = descent_of(ROSENBROCK, optimizer="bfgs", line_search="strong-wolfe", learning_rate=1.0)
    h = np.eye(2)
    for _ in range(6):
        w, g = descent.points[0].copy(), rosenbrock_gradient(descent.points[0])
        descent.step()
        s = descent.points[0] - w
        y = rosenbrock_gradient(descent.points[0]) - g
        sy = s @ y
        assert sy > 0
        # N&W (6.17) expanded: H + (sᵀy + yᵀHy) ssᵀ / (sᵀy)² − (Hysᵀ + syᵀH) / sᵀy
        hy = h @ y
        h = h + (sy + y @ hy) * np.outer(s, s) / sy**2 - (np.outer(hy, s) + np.outer(s, hy)) / sy
        np.testing.assert_allclose(descent.optimizer_state(0)["inverse_hessian"], h, rtol=1e-9, atol=1e-12)


def test_a_bfgs_direction_is_minus_the_stored_matrix_times_the_gradient():
    descent = descent_of(ROSENBROCK, optimizer="bfgs", line_search="strong-wolfe", learning_rate=1.0, max_steps=8)
    for _ in range(8):
        h = descent.optimizer_state(0)["inverse_hessian"]
        g = rosenbrock_gradient(descent.points[0])
        descent.step()
        np.testing.assert_allclose(descent.last_search[0].direction, -h @ g, rtol=1e-9)


# -- the strong-Wolfe search alone, against scipy.optimize.line_search -------------------------
# φ of Moré & Thuente, "Line search algorithms with guaranteed sufficient decrease" (1994),
# functions 1–3, and Rosenbrock along −∇f/‖∇f‖ from (−1.2, 1)


def more_thuente_1(a, beta=2.0):
    return -a / (a * a + beta), (a * a - beta) / (a * a + beta) ** 2


def more_thuente_2(a, beta=0.004):
    return (a + beta) ** 5 - 2 * (a + beta) ** 4, 5 * (a + beta) ** 4 - 8 * (a + beta) ** 3


def more_thuente_3(a, beta=0.01, waves=39):
    if a <= 1 - beta:
        base, slope = 1 - a, -1.0
    elif a >= 1 + beta:
        base, slope = a - 1, 1.0
    else:
        base, slope = (a - 1) ** 2 / (2 * beta) + beta / 2, (a - 1) / beta
    wiggle = 2 * (1 - beta) / (waves * math.pi)
    return base + wiggle * math.sin(waves * math.pi * a / 2), slope + (1 - beta) * math.cos(waves * math.pi * a / 2)


def rosenbrock_ray(a):
    w = np.array(START)
    d = -rosenbrock_gradient(w) / np.linalg.norm(rosenbrock_gradient(w))
    return rosenbrock(w + a * d), float(rosenbrock_gradient(w + a * d) @ d)


PHIS = {"more-thuente-1": more_thuente_1, "more-thuente-2": more_thuente_2, "more-thuente-3": more_thuente_3, "rosenbrock": rosenbrock_ray}


def drive(phi, alpha0, c1, c2):
    """Run the StrongWolfe state machine as the engine does: start, then tell φ and φ′."""
    rule = StrongWolfe(c1, c2)
    loss0, slope0 = phi(0.0)
    alpha = rule.start(loss0, slope0, alpha0)
    for _ in range(100):
        verdict, alpha = rule.tell(*phi(alpha))
        if verdict != TRY:
            return verdict, alpha, rule
    raise AssertionError("the search never ended")


def strong_wolfe_holds(phi, alpha, c1, c2):
    loss0, slope0 = phi(0.0)
    loss, slope = phi(alpha)
    return alpha > 0 and loss <= loss0 + c1 * alpha * slope0 and abs(slope) <= c2 * abs(slope0)


@pytest.mark.parametrize("c1, c2", [(1e-4, 0.9), (1e-3, 0.1)])
@pytest.mark.parametrize("name", PHIS)
def test_strong_wolfe_from_one_accepts_what_scipy_line_search_accepts(name, c1, c2):
    optimize = pytest.importorskip("scipy.optimize")
    phi = PHIS[name]
    verdict, alpha, rule = drive(phi, 1.0, c1, c2)
    assert verdict == DONE and rule.note is None
    assert strong_wolfe_holds(phi, alpha, c1, c2), alpha
    assert len(rule.trials) <= 25
    assert [a for a, _ in rule.trials][-1] == alpha and rule.trials[0][0] == 1.0
    reference = optimize.line_search(
        lambda x: phi(x[0])[0], lambda x: np.array([phi(x[0])[1]]), np.array([0.0]), np.array([1.0]), c1=c1, c2=c2
    )
    assert reference[0] is not None and strong_wolfe_holds(phi, reference[0], c1, c2)
    # measured: never more than 13 evaluations, scipy's line_search up to 10
    assert len(rule.trials) <= max(2 * reference[1], 13), (len(rule.trials), reference[1])


CASES = [(name, c1, c2, alpha0) for name in PHIS for c1, c2 in [(1e-4, 0.9), (1e-3, 0.1)] for alpha0 in (1e-3, 1e-1, 10.0, 1e3)]


@pytest.mark.parametrize(
    "name, c1, c2, alpha0",
    CASES,
)
def test_strong_wolfe_from_any_first_trial_ends_on_an_acceptable_step_within_25_evaluations(name, c1, c2, alpha0):
    phi = PHIS[name]
    verdict, alpha, rule = drive(phi, alpha0, c1, c2)
    assert verdict == DONE and len(rule.trials) <= 25
    assert strong_wolfe_holds(phi, alpha, c1, c2), (alpha, len(rule.trials), rule.note)


# -- the exact search along a ray of a function that is not quadratic -----------------------------


def test_exact_search_on_rosenbrock_finds_the_minimiser_scipy_finds_along_the_ray():
    optimize = pytest.importorskip("scipy.optimize")
    descent = descent_of(ROSENBROCK, optimizer="gd", line_search="exact", learning_rate=1.0, max_steps=12)
    for _ in range(12):
        w = descent.points[0].copy()
        descent.step()
        record = descent.last_search[0]
        d, alpha = record.direction, record.step_size

        def phi(a, w=w, d=d):
            return rosenbrock(w + a * d)

        reference = optimize.minimize_scalar(phi, bounds=(0.0, 1.5 * alpha), method="bounded", options={"xatol": 1e-14 * alpha})
        # the minimiser of a flat valley is known to about √ε of its α: compare the values
        assert alpha == pytest.approx(reference.x, rel=1e-5)
        assert phi(alpha) <= reference.fun + 1e-15 * abs(reference.fun)
        # φ′(α) ≈ 0 against φ′(0) = −‖∇f‖²
        slope0 = rosenbrock_gradient(w) @ d
        assert abs(rosenbrock_gradient(w + alpha * d) @ d) <= 1e-6 * abs(slope0)


def test_exact_search_on_rosenbrock_reaches_its_documented_flatness():
    descent = descent_of(ROSENBROCK, optimizer="gd", line_search="exact", learning_rate=1.0, max_steps=12)
    for _ in range(12):
        w = descent.points[0].copy()
        descent.step()
        record = descent.last_search[0]
        d, alpha = record.direction, record.step_size
        slope0 = rosenbrock_gradient(w) @ d
        assert abs(rosenbrock_gradient(w + alpha * d) @ d) <= EXACT_TOLERANCE * abs(slope0) or len(record.trials) == 60, record.step
