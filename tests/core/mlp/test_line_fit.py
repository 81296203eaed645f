"""The two-weight model: the exact bowl L(w, b), its least-squares optimum and Hessian
against numpy and scikit-learn, the race of full batch and mini-batches, the preset,
and what networks with no hidden layer are called."""

from __future__ import annotations

import numpy as np
import pytest

from gdstudio.core.descent.engine import Status
from gdstudio.core.descent.schedules import Schedule
from gdstudio.core.mlp.datasets import LINE_INTERCEPT, LINE_SLOPE, load_csv, make_dataset
from gdstudio.core.mlp.least_squares import has_least_squares, is_two_weight, least_squares
from gdstudio.core.mlp.network import MLP, MLPError
from gdstudio.core.mlp.presets import LINE_FIT, PRESETS
from gdstudio.core.mlp.training import BatchRace, Training, TrainingSettings, settings_for_task
from gdstudio.core.mlp.weight_space import EXACT, PATH, PlaneTracker, exact_landscape


@pytest.fixture
def line_csv(tmp_path):
    """80 rows of x,t with t = −1.3 x + 0.4 + noise, x from −1 to 3 (written with 17 digits)."""
    rng = np.random.default_rng(11)
    x = rng.uniform(-1.0, 3.0, 80)
    t = -1.3 * x + 0.4 + 0.2 * rng.standard_normal(80)
    path = tmp_path / "line.csv"
    path.write_text("x,t\n" + "".join(f"{a!r},{b!r}\n" for a, b in zip(x.tolist(), t.tolist())))
    return path


def direct_loss(x, t, w, b, reduction, l2=0.0):
    """L(w, b) from the data: Σᵢ (w xᵢ + b − tᵢ)² (or its mean) + (λ/2) w²."""
    squared = np.sum((w * x + b - t) ** 2)
    return (squared if reduction == "sum" else squared / len(x)) + 0.5 * l2 * w**2


@pytest.mark.parametrize("reduction, l2", [("sum", 0.0), ("mean", 0.0), ("sum", 0.7)])
def test_the_map_of_a_two_weight_csv_is_the_loss_computed_from_the_data(line_csv, reduction, l2):
    dataset = load_csv(line_csv, test_fraction=0.0)
    training = Training(dataset, TrainingSettings(hidden=(), reduction=reduction, l2=l2, learning_rate=0.001, max_steps=30))
    assert training.network.dimension == 2 and is_two_weight(training.network)
    training.run()
    tracker = PlaneTracker(training, PATH)
    frame = tracker.frame()
    landscape = frame.landscape
    assert frame.plane.method == EXACT and frame.plane.axis_names == ("w (slope)", "b (intercept)")
    assert landscape.values.shape == (101, 101) and landscape.values.dtype == np.float64
    x, t = np.loadtxt(line_csv, delimiter=",", skiprows=1, unpack=True)
    for i, j in [(0, 0), (100, 100), (37, 81), (50, 50), (99, 2)]:
        w, b = landscape.xs[i], landscape.ys[j]
        assert landscape.values[i, j] == pytest.approx(direct_loss(x, t, w, b, reduction, l2), rel=1e-9)
    # the window holds the path and the least-squares optimum, marked
    optimum = least_squares(training.objective)
    assert frame.optimum == pytest.approx(tuple(optimum.weights), rel=1e-12)
    assert landscape.covers(frame.coordinates) and landscape.covers(np.array([frame.optimum]))
    # the path is the descent itself: no gap between the map and the true loss
    assert np.array_equal(frame.coordinates, training.path)
    readout = frame.readout
    assert readout.exact and readout.distance == 0.0 and readout.slice_loss == pytest.approx(readout.loss, rel=1e-12)
    assert readout.sentence.startswith("the loss L(w, b) at every slope and intercept: the whole weight space, not a slice")
    assert frame.plane.caption.startswith("The loss L(w, b) at every slope w and intercept b")


@pytest.mark.parametrize("reduction", ["sum", "mean"])
@pytest.mark.parametrize("source", ["csv", "line"])
def test_plain_descent_with_a_stable_gamma_ends_at_the_least_squares_line(line_csv, reduction, source):
    dataset = load_csv(line_csv, test_fraction=0.25) if source == "csv" else make_dataset("line", seed=3)
    x, t = dataset.train_inputs[:, 0], dataset.train_targets
    design = np.column_stack([x, np.ones_like(x)])
    reference = np.linalg.lstsq(design, t, rcond=None)[0]
    # the largest stable γ from the Hessian, computed here with numpy
    hessian = 2 * design.T @ design / (1 if reduction == "sum" else len(x))
    learning_rate = 0.9 * 2 / np.linalg.eigvalsh(hessian)[-1]
    settings = TrainingSettings(hidden=(), reduction=reduction, learning_rate=learning_rate, max_steps=5000, tolerance=1e-11)
    training = Training(dataset, settings)
    training.run()
    assert training.status is Status.CONVERGED
    assert np.linalg.norm(training.weights - reference) < 1e-6
    optimum = least_squares(training.objective)
    assert np.allclose(optimum.weights, reference, rtol=0, atol=1e-10)
    assert optimum.hessian == pytest.approx(hessian, rel=1e-12)
    assert optimum.formula.startswith("H = 2XᵀX" if reduction == "sum" else "H = (2/N)XᵀX")


def test_the_line_task_is_a_noisy_line_with_its_documented_defaults():
    dataset = make_dataset("line")
    assert dataset.features == 1 and dataset.kind == "regression" and len(dataset.train_inputs) == 350
    x, t = dataset.inputs[:, 0], dataset.targets
    assert x.min() >= 0.0 and x.max() <= 2.0
    slope, intercept = np.polyfit(x, t, 1)
    assert slope == pytest.approx(LINE_SLOPE, abs=0.05) and intercept == pytest.approx(LINE_INTERCEPT, abs=0.05)
    assert np.std(t - (LINE_SLOPE * x + LINE_INTERCEPT)) == pytest.approx(0.15, rel=0.1)
    quiet = make_dataset("line", samples=40, noise=0.0)
    assert np.allclose(quiet.targets, LINE_SLOPE * quiet.inputs[:, 0] + LINE_INTERCEPT, rtol=0, atol=1e-15)
    settings = settings_for_task("line")
    assert settings.hidden == () and settings.optimizer == "gd" and settings.learning_rate == 0.001 and settings.max_steps == 300
    training = Training(dataset, settings)
    assert training.network.describe() == "1 → 1 linear, 2 parameters" and training.loss_kind == "mse"
    # γ = 0.001 is stable for the sum over these 350 points: below 2/λ_max, near enough to zig-zag
    optimum = least_squares(training.objective)
    assert 0.7 * optimum.largest_stable_learning_rate < 0.001 < optimum.largest_stable_learning_rate
    assert 10 < optimum.condition_number < 25  # x from 0 to 2: a long, tilted bowl
    training.step(4)
    to_optimum = training.path - optimum.weights
    # the error along the steep axis of the bowl changes sign every step: the zig-zag
    steep = np.linalg.eigh(optimum.hessian)[1][:, -1]
    assert np.all(np.diff(np.sign(to_optimum @ steep)) != 0)


def test_the_hessian_is_the_gradients_derivative_and_bounds_the_stable_gamma():
    training = Training(make_dataset("line", samples=120), TrainingSettings(hidden=(), l2=0.4))
    optimum = least_squares(training.objective)
    # central differences of ∇L (the network's backpropagation) give H, constant everywhere
    for w in (np.array([0.3, -0.2]), np.array([-2.0, 1.5])):
        columns = []
        for k in range(2):
            step = np.zeros(2)
            step[k] = 1e-4
            plus = training.objective.loss_and_gradient((w + step)[None])[1][0]
            minus = training.objective.loss_and_gradient((w - step)[None])[1][0]
            columns.append((plus - minus) / 2e-4)
        assert np.allclose(np.column_stack(columns), optimum.hessian, rtol=1e-7)
    assert optimum.eigenvalues == pytest.approx(np.linalg.eigvalsh(optimum.hessian), rel=1e-12)
    assert optimum.condition_number == pytest.approx(optimum.eigenvalues[1] / optimum.eigenvalues[0], rel=1e-12)
    assert optimum.best_learning_rate == pytest.approx(2 / (optimum.eigenvalues[0] + optimum.eigenvalues[1]), rel=1e-12)
    assert "+ λ on the weights (not the bias)" in optimum.formula
    gradient = training.objective.loss_and_gradient(optimum.weights[None])[1][0]
    assert np.linalg.norm(gradient) < 1e-9
    # below 2/λ_max plain descent closes in; above it, it runs away
    limit = optimum.largest_stable_learning_rate
    for factor, closer in ((0.95, True), (1.05, False)):
        run = Training(training.dataset, TrainingSettings(hidden=(), l2=0.4, learning_rate=factor * limit, max_steps=400, tolerance=0))
        run.run()
        start = np.linalg.norm(run.path[0] - optimum.weights)
        assert (np.linalg.norm(run.weights - optimum.weights) < 1e-3 * start) == closer, factor


@pytest.mark.parametrize("reduction", ["sum", "mean"])
def test_the_ridge_optimum_matches_scikit_learn(reduction):
    linear_model = pytest.importorskip("sklearn.linear_model")
    dataset = make_dataset("line", samples=200, seed=2)
    training = Training(dataset, TrainingSettings(hidden=(), reduction=reduction, l2=3.0))
    optimum = least_squares(training.objective)
    count = len(dataset.train_inputs)
    # ours: Σ (or mean) of squares + (λ/2) w²; scikit-learn's Ridge: Σ of squares + α w² (intercept free)
    alpha = 3.0 / 2 if reduction == "sum" else count * 3.0 / 2
    reference = linear_model.Ridge(alpha=alpha, solver="cholesky", tol=1e-12).fit(dataset.train_inputs, dataset.train_targets)
    assert optimum.weights == pytest.approx([reference.coef_[0], reference.intercept_], rel=1e-9)
    assert optimum.loss == pytest.approx(training.objective.loss(optimum.weights)[0], rel=1e-15)


def test_no_hidden_layer_names_the_linear_model_and_only_two_weights_are_exact(plane_csv):
    named = {
        ("line", None): "1 → 1 linear, 2 parameters",
        ("xor", None): "2 → 1 logistic, 3 parameters",
        ("blobs", None): "2 → 3 softmax (multinomial logistic), 9 parameters",
    }
    for (task, _), text in named.items():
        training = Training(make_dataset(task, samples=60), settings_for_task(task, hidden=()))
        assert training.network.describe() == text
        assert training.network.is_linear_model
    assert MLP((2, 8, 8, 1)).describe() == "2-8-8-1 tanh → sigmoid, 105 parameters"
    # two inputs and no hidden layer: three weights, so the map is a slice again
    regression = Training(load_csv(plane_csv), TrainingSettings(hidden=(), learning_rate=0.001, max_steps=20))
    assert regression.network.describe() == "2 → 1 linear, 3 parameters" and not is_two_weight(regression.network)
    assert has_least_squares(regression.network, regression.loss_kind)
    regression.run()
    tracker = PlaneTracker(regression, PATH, resolution=11)
    assert tracker.plane.method == PATH and tracker.optimum is None and tracker.plane.axis_names == ("α", "β")
    # its closed form still holds: the optimum is numpy's least squares on three weights
    design = np.column_stack([regression.dataset.train_inputs, np.ones(len(regression.dataset.train_inputs))])
    reference = np.linalg.lstsq(design, regression.dataset.train_targets, rcond=None)[0]
    assert least_squares(regression.objective).weights == pytest.approx(reference, abs=1e-10)
    # logistic regression has no closed form
    logistic = Training(make_dataset("xor", samples=60), settings_for_task("xor", hidden=()))
    assert not has_least_squares(logistic.network, logistic.loss_kind)
    with pytest.raises(MLPError, match="closed-form optimum needs a network with no hidden layer"):
        least_squares(logistic.objective)


@pytest.mark.parametrize("reduction", ["sum", "mean"])
def test_full_batch_and_mini_batches_race_from_the_same_start(reduction):
    dataset = make_dataset("line")
    settings = settings_for_task("line", train_size=350, reduction=reduction, seed=1)
    race = BatchRace(dataset, settings, batch_size=10)
    full, mini = race.trainings
    assert np.array_equal(full.initial, mini.initial) and not full.mini_batch and mini.mini_batch
    # with the sum a batch's gradient is on average B/N of the whole: γ × N/B takes the same mean step
    expected = settings.learning_rate * (350 / 10 if reduction == "sum" else 1)
    assert mini.settings.learning_rate == pytest.approx(expected) and full.settings.learning_rate == settings.learning_rate
    assert race.labels == ("full batch (N = 350)", f"mini-batches of 10, γ = {expected:g}")
    records = race.step(20)
    assert [len(r) for r in records] == [20, 20] and [len(p) for p in race.paths] == [21, 21]
    race.run()
    solution = least_squares(full.objective)
    optimum = solution.weights
    # converged: ‖∇L‖ < 1e-6, so within 1e-6/λ_min of the optimum
    assert full.status is Status.CONVERGED and np.linalg.norm(full.weights - optimum) < 1e-6 / solution.eigenvalues[0]
    # the mini-batch path is noisy: with a fixed γ it jitters around the optimum, never settling
    assert mini.status is Status.MAX_STEPS
    tail = mini.path[-100:]
    assert np.all(np.linalg.norm(tail - optimum, axis=1) < 0.5)
    assert np.mean(np.linalg.norm(tail - optimum, axis=1)) > 1e-3
    # one exact bowl holds both paths and the optimum
    bowl = exact_landscape(full.objective, race.paths)
    assert bowl.plane.is_exact and bowl.covers(race.paths[0]) and bowl.covers(race.paths[1]) and bowl.covers(optimum[None])
    assert bowl.scale.floor == pytest.approx(solution.loss, rel=1e-12)
    # both losses are the full training loss, so the curves compare
    assert race.losses[1][-1] >= race.losses[0][-1] * (1 - 1e-12)
    assert mini.loss == pytest.approx(full.objective.loss(mini.weights)[0], rel=1e-12)
    with pytest.raises(MLPError, match="batches smaller than the 350 training points"):
        BatchRace(dataset, settings, batch_size=350)


def test_the_line_fit_preset_is_the_task_its_settings_and_its_sentence():
    assert PRESETS["line-fit"] is LINE_FIT
    assert LINE_FIT.title == "Line fit: the loss is a bowl in (w, b)"
    assert "slope w and the intercept b" in LINE_FIT.note and LINE_FIT.race_batch_size == 10
    dataset = LINE_FIT.data.load()
    training = Training(dataset, LINE_FIT.settings(len(dataset.train_inputs)))
    assert training.settings == settings_for_task("line")
    tracker = PlaneTracker(training)
    assert tracker.plane.is_exact and tracker.optimum is not None
    training.run()
    assert training.status is Status.CONVERGED
    assert np.allclose(training.weights, tracker.optimum, atol=1e-7)


def _replay_sgd(x, t, start, batches, rates):
    """Plain SGD on Σ_{i∈B} (w xᵢ + b − tᵢ)², replayed in numpy with the recorded batches
    and γ_t: the gradient written out by hand, independent of the app's network."""
    w, b = start
    path = [(w, b)]
    for batch, rate in zip(batches, rates):
        residual = w * x[batch] + b - t[batch]
        w, b = w - rate * 2.0 * np.dot(residual, x[batch]), b - rate * 2.0 * residual.sum()
        path.append((w, b))
    return np.array(path)


def test_a_one_over_t_schedule_shrinks_the_noise_ball_that_a_constant_step_ends_in():

    from gdstudio.core.mlp.noise_ball import cloud_radius
    from gdstudio.core.mlp.presets import NOISE_BALL

    dataset = NOISE_BALL.data.load()
    count = len(dataset.train_inputs)
    settings = NOISE_BALL.settings(count)
    assert settings.schedule == Schedule("inverse_time", decay=0.05, period=None) and settings.max_steps == 600
    race = BatchRace(dataset, settings, NOISE_BALL.race_batch_size, schedule=settings.schedule)
    constant, decaying = race.trainings
    # the same start, the same mini-batches in the same order; only γ_t differs
    assert np.array_equal(constant.initial, decaying.initial)
    assert repr(constant.batch_order) == repr(decaying.batch_order) and constant.mini_batch and decaying.mini_batch
    assert constant.settings.schedule.is_constant and decaying.settings.schedule == settings.schedule
    gamma = settings.learning_rate * count / 10  # the sum: γ × N/B, each step on average the full one
    assert race.labels == (
        f"mini-batches of 10, constant γ = {gamma:g}",
        f"mini-batches of 10, 1/t γ_t = {gamma:g} / (1 + 0.05·t)",
    )
    race.run()
    assert constant.steps == decaying.steps == 600
    assert constant.batch_lists() == decaying.batch_lists()

    # an independent replay of both runs in numpy, from the recorded batches
    x, t = dataset.train_inputs[:, 0], np.asarray(dataset.train_targets, dtype=float).reshape(-1)
    batches = [np.array(batch) for batch in constant.batch_lists()]
    steps = np.arange(600)
    for training, rates in ((constant, np.full(600, gamma)), (decaying, gamma / (1 + 0.05 * steps))):
        replay = _replay_sgd(x, t, training.initial, batches, rates)
        assert np.max(np.abs(replay - training.path)) < 1e-10
    # the report says which schedule ran (and a constant one says nothing, as before)
    assert decaying.report()["settings"]["schedule"] == {"kind": "inverse_time", "decay": 0.05}
    assert "schedule" not in constant.report()["settings"]

    # the cloud over the last 100 steps: the 1/t run ends much closer to (w*, b*)
    optimum = least_squares(constant.objective).weights
    wide = cloud_radius(constant.path[-100:], optimum)
    narrow = cloud_radius(decaying.path[-100:], optimum)
    replayed_wide = np.sqrt(np.mean(np.sum((_replay_sgd(x, t, constant.initial, batches, np.full(600, gamma))[-100:] - optimum) ** 2, 1)))
    assert wide == pytest.approx(replayed_wide, rel=1e-9)
    assert 0.03 < wide < 0.15 and narrow < 0.005 and narrow < wide / 10


def test_a_race_of_schedules_needs_a_schedule_that_changes_and_batches_smaller_than_the_data():
    from gdstudio.core.descent.schedules import CONSTANT

    dataset = make_dataset("line")
    settings = settings_for_task("line")
    with pytest.raises(MLPError, match="needs a schedule that changes γ"):
        BatchRace(dataset, settings, 10, schedule=CONSTANT)
    with pytest.raises(MLPError, match="a constant γ on mini-batches needs batches smaller than the 350"):
        BatchRace(dataset, settings, 350, schedule=Schedule("inverse_time"))
