"""Gradients against central finite differences; optimisers against hand-computed
steps and against torch.optim, step for step, in float64."""

import numpy as np
import pytest

from gdstudio.core import PRESETS, Descent, RunSettings, make_optimizer, parse_function, run_descent

EXTRA = ["sin(x)*cos(y) + x^3/3", "exp(-(x^2+y^2)) * atan(x*y)", "sqrt(x^2 + y^2 + 1) + abs(x - 0.3)", "log(1 + x^2) * tanh(y)"]


@pytest.mark.parametrize("text", [p.function for p in PRESETS.values()] + EXTRA)
def test_gradient_and_hessian_match_central_differences(text):
    f = parse_function(text)
    rng = np.random.default_rng(7)
    x, y = rng.uniform(-1.8, 1.8, size=(2, 40))
    h = 1e-6
    gx, gy = f.gradient(x, y)
    fd_x = (f.value(x + h, y) - f.value(x - h, y)) / (2 * h)
    fd_y = (f.value(x, y + h) - f.value(x, y - h)) / (2 * h)
    scale = 1 + np.abs(f.value(x, y))
    np.testing.assert_allclose(gx, fd_x, rtol=1e-5, atol=1e-6 * scale.max())
    np.testing.assert_allclose(gy, fd_y, rtol=1e-5, atol=1e-6 * scale.max())
    hessian = f.hessian(x, y)
    hh = 1e-5
    fd_hxx = (f.gradient(x + hh, y)[0] - f.gradient(x - hh, y)[0]) / (2 * hh)
    fd_hxy = (f.gradient(x, y + hh)[0] - f.gradient(x, y - hh)[0]) / (2 * hh)
    fd_hyy = (f.gradient(x, y + hh)[1] - f.gradient(x, y - hh)[1]) / (2 * hh)
    big = 1 + np.abs(hessian).max()
    np.testing.assert_allclose(hessian[:, 0, 0], fd_hxx, rtol=1e-5, atol=1e-5 * big)
    np.testing.assert_allclose(hessian[:, 0, 1], fd_hxy, rtol=1e-5, atol=1e-5 * big)
    np.testing.assert_allclose(hessian[:, 1, 0], hessian[:, 0, 1])
    np.testing.assert_allclose(hessian[:, 1, 1], fd_hyy, rtol=1e-5, atol=1e-5 * big)


def _steps(name, gradients, lr, **hyper):
    optimizer = make_optimizer(name, 1, 2, **hyper)
    return [optimizer.update(np.array([g], dtype=float), np.array([lr]))[0] for g in gradients]


def test_hand_computed_first_steps():
    g = [[1.0, -2.0], [0.5, 0.5], [-1.0, 0.0]]
    # plain descent: Δw = −γg
    np.testing.assert_allclose(_steps("gd", g, 0.1)[1], [-0.05, -0.05])
    # momentum: b1 = g1, b2 = 0.9 b1 + g2
    d = _steps("momentum", g, 0.1)
    np.testing.assert_allclose(d[0], [-0.1, 0.2])
    np.testing.assert_allclose(d[1], [-0.1 * (0.9 * 1 + 0.5), -0.1 * (0.9 * -2 + 0.5)])
    # nesterov: step uses g + μ b
    d = _steps("nesterov", g, 0.1)
    np.testing.assert_allclose(d[0], [-0.1 * (1 + 0.9), -0.1 * (-2 - 1.8)])
    # adagrad: s = Σg², Δ = −γ g / (√s + ε)
    d = _steps("adagrad", g, 0.1)
    np.testing.assert_allclose(d[0], [-0.1, 0.1], rtol=1e-9)
    np.testing.assert_allclose(d[1], [-0.1 * 0.5 / np.sqrt(1.25), -0.1 * 0.5 / np.sqrt(4.25)], rtol=1e-9)
    # rmsprop: v = 0.01 g², Δ = −γ g / (√v + ε)
    d = _steps("rmsprop", g, 0.01)
    np.testing.assert_allclose(d[0], [-0.01 / 0.1, 0.01 * 2 / 0.2], rtol=1e-6)
    # adam: the first step is −γ sign(g) (bias correction), up to ε
    d = _steps("adam", g, 0.001)
    np.testing.assert_allclose(d[0], [-0.001, 0.001], rtol=1e-6)


def test_unknown_optimizer_and_bad_settings_are_refused():
    with pytest.raises(ValueError, match="unknown optimizer"):
        make_optimizer("sgdx", 1, 2)
    with pytest.raises(ValueError, match="no setting"):
        make_optimizer("adam", 1, 2, momentum=0.5)
    with pytest.raises(ValueError, match="between"):
        make_optimizer("momentum", 1, 2, momentum=1.5)


TORCH_CASES = [
    ("gd", {}, lambda t, p, lr: t.optim.SGD([p], lr=lr)),
    ("momentum", {}, lambda t, p, lr: t.optim.SGD([p], lr=lr, momentum=0.9)),
    ("momentum", {"momentum": 0.5, "dampening": 0.3}, lambda t, p, lr: t.optim.SGD([p], lr=lr, momentum=0.5, dampening=0.3)),
    ("nesterov", {}, lambda t, p, lr: t.optim.SGD([p], lr=lr, momentum=0.9, nesterov=True)),
    ("adagrad", {}, lambda t, p, lr: t.optim.Adagrad([p], lr=lr)),
    (
        "adagrad",
        {"lr_decay": 0.01, "initial_accumulator_value": 0.1},
        lambda t, p, lr: t.optim.Adagrad([p], lr=lr, lr_decay=0.01, initial_accumulator_value=0.1),
    ),
    ("rmsprop", {}, lambda t, p, lr: t.optim.RMSprop([p], lr=lr)),
    ("rmsprop", {"centered": 1.0, "momentum": 0.5}, lambda t, p, lr: t.optim.RMSprop([p], lr=lr, centered=True, momentum=0.5)),
    ("adam", {}, lambda t, p, lr: t.optim.Adam([p], lr=lr)),
    ("adam", {"amsgrad": 1.0, "beta1": 0.8}, lambda t, p, lr: t.optim.Adam([p], lr=lr, amsgrad=True, betas=(0.8, 0.999))),
]


@pytest.mark.parametrize("name, hyper, make_torch", TORCH_CASES)
@pytest.mark.parametrize("function, start, lr", [("(1 - x)^2 + 100(y - x^2)^2", (-1.5, 2.0), 2e-4), ("x^2 + x*y + y^2", (1.0, 1.0), 0.05)])
def test_runs_match_torch_optim_step_for_step(name, hyper, make_torch, function, start, lr):
    torch = pytest.importorskip("torch")
    f = parse_function(function)
    steps = 200
    ours = run_descent(f, RunSettings(start=start, learning_rate=lr, optimizer=name, hyperparameters=hyper, max_steps=steps, tolerance=0))
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = make_torch(torch, p, lr)
    reference = [p.detach().numpy().copy()]
    for _ in range(steps):
        optimizer.zero_grad()
        gx, gy = f.gradient(float(p.detach()[0]), float(p.detach()[1]))
        p.grad = torch.tensor([float(gx), float(gy)], dtype=torch.float64)
        optimizer.step()
        reference.append(p.detach().numpy().copy())
    np.testing.assert_allclose(ours.points, np.array(reference), rtol=1e-9, atol=1e-12)


def test_seed_stop_rules():
    f = parse_function("x^2 + x*y + y^2")
    diverged = run_descent(f, RunSettings(start=(1, 1), learning_rate=0.7))
    assert diverged.status == "diverged" and diverged.steps <= 1000
    converged = run_descent(f, RunSettings(start=(1, 1), learning_rate=0.6))
    assert converged.status == "converged"
    # converged at t: ‖g_t‖ < tol and every earlier gradient was not
    norms = np.linalg.norm(converged.gradient, axis=1)
    assert norms[-1] < 1e-6 and np.all(norms[:-1] >= 1e-6) and len(converged.points) == converged.steps + 1
    neither = run_descent(f, RunSettings(start=(1, 1), learning_rate=2 / 3))
    assert neither.status == "max_steps" and neither.steps == 1000


def test_a_zero_step_limit_and_a_start_at_the_minimum():
    f = parse_function("x^2 + y^2")
    assert run_descent(f, RunSettings(start=(1, 1), max_steps=0)).status == "max_steps"
    at_minimum = run_descent(f, RunSettings(start=(0, 0)))
    assert at_minimum.status == "converged" and at_minimum.steps == 0


def test_walking_out_of_the_domain_stops_as_undefined_without_an_exception():
    result = run_descent(parse_function("sqrt(x) + y^2"), RunSettings(start=(1, 1), learning_rate=0.9))
    # x: 1 → 1 − 0.9/(2·1) = 0.55 → 0.55 − 0.9/(2√0.55) < 0, where sqrt(x) is not real
    assert result.status == "undefined" and result.steps == 2
    assert result.points[1, 0] == 0.55 and result.points[2, 0] < 0 and np.isnan(result.final_loss)


def test_lockstep_batch_is_bit_identical_to_single_runs():
    f = parse_function("(1 - x)^2 + 100(y - x^2)^2")
    settings = [
        RunSettings(start=(-1.5, 2), learning_rate=1e-3),
        RunSettings(start=(0.5, -0.5), learning_rate=2e-3, optimizer="momentum"),
        RunSettings(start=(-1.0, 1.0), learning_rate=0.01, optimizer="adam", max_steps=300),
        RunSettings(start=(-1.5, 2), learning_rate=0.02),  # diverges
        RunSettings(start=(1.0, 1.0), learning_rate=1e-3),  # already at the minimum
    ]
    batch = Descent(f, settings)
    batch.run()
    for index, s in enumerate(settings):
        single = run_descent(f, s)
        trajectory = batch.trajectories[index]
        assert batch.status(index) == single.status and batch.steps[index] == single.steps
        np.testing.assert_array_equal(trajectory.points, single.points)
        np.testing.assert_array_equal(trajectory.loss, single.loss)


def test_a_new_learning_rate_applies_from_the_next_update():
    f = parse_function("x^2 + x*y + y^2")
    descent = Descent(f, [RunSettings(start=(1, 1), learning_rate=0.1)])
    descent.step()
    descent.learning_rates[0] = 0.3
    w1 = descent.points[0].copy()
    g1 = descent.gradient[0].copy()
    descent.step()
    np.testing.assert_array_equal(descent.points[0], w1 - 0.3 * g1)


def test_a_million_steps_fit_in_well_under_100_mb():
    from gdstudio.core import Trajectory

    trajectory = Trajectory(2)
    block = np.zeros((4096, 2))
    for _ in range(257):
        trajectory.extend(block, np.zeros(4096), block)
    assert trajectory.count > 2**20
    assert trajectory.nbytes < 100_000_000


def test_a_trajectory_grown_batch_by_batch_holds_every_row_at_every_moment():
    """Batches move the rows to the doubled arrays a slice at a time; whatever the
    mix of batch sizes and single rows, what is read back is always all of it."""
    from gdstudio.core import Trajectory

    rng = np.random.default_rng(5)
    trajectory = Trajectory(2, capacity=1024)
    expected_points, expected_loss = [], []
    total = 0
    while total < 300_000:
        if rng.random() < 0.02:
            k = int(rng.integers(20_000, 80_000))  # a batch larger than the room left
        else:
            k = int(rng.integers(1, 200))
        points = rng.normal(size=(k, 2))
        loss = rng.normal(size=k)
        if rng.random() < 0.1:
            for row in range(k):  # some rows one at a time, as the engine appends them
                trajectory.append(points[row], loss[row], -points[row])
        else:
            trajectory.extend(points, loss, -points)
        expected_points.append(points)
        expected_loss.append(loss)
        total += k
        assert trajectory.count == total
        if rng.random() < 0.05 or total >= 300_000:
            all_points = np.concatenate(expected_points)
            np.testing.assert_array_equal(trajectory.points, all_points)
            np.testing.assert_array_equal(trajectory.loss, np.concatenate(expected_loss))
            np.testing.assert_array_equal(trajectory.gradient, -all_points)
