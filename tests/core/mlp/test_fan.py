"""The minibatch fan, checked against gradients computed on each batch's own points."""

from __future__ import annotations

import numpy as np
import pytest

from gdstudio.core.mlp.datasets import make_dataset
from gdstudio.core.mlp.fan import EPOCH, batch_fan, example_gradients, random_batches
from gdstudio.core.mlp.network import MLP, BatchOrder, MLPError, MLPObjective, network_sizes


def _objective(task="moons", samples=150, reduction="mean", l2=0.0, hidden=(5,)):
    dataset = make_dataset(task, samples=samples, test_fraction=0.0)
    output = "sigmoid" if dataset.is_classification else "linear"
    network = MLP(network_sizes(dataset, hidden), "tanh", output)
    loss = "ce" if dataset.is_classification else "mse"
    objective = MLPObjective(network, dataset.train_inputs, dataset.train_targets, loss, reduction, l2, use_kernel=False)
    return dataset, objective, network.initial_weights("xavier", 3)


def _batch_gradient(dataset, objective, w, batch):
    """∇L on the batch's points alone, by a separate objective built on them."""
    part = MLPObjective(
        MLP(objective.network.layer_sizes, "tanh", objective.network.output),
        dataset.train_inputs[batch],
        dataset.train_targets[batch],
        objective.loss_kind,
        objective.reduction,
        objective.l2,
        use_kernel=False,
    )
    return part.loss_and_gradient(w)[1][0]


def test_each_batch_gradient_is_the_gradient_on_its_own_points_and_an_epoch_averages_to_the_full_one():
    dataset, objective, w = _objective(l2=0.01)
    fan = batch_fan(objective, w, batch_size=10, draws=EPOCH, seed=4, epoch=2)
    assert len(fan.batches) == 15 and [len(b) for b in fan.batches] == [10] * 15
    order = BatchOrder(150, 10, 4)
    assert all(np.array_equal(a, b) for a, b in zip(fan.batches, order.epoch_batches(2)))
    for batch, gradient in zip(fan.batches, fan.batch_gradients):
        np.testing.assert_allclose(gradient, _batch_gradient(dataset, objective, w, batch), rtol=1e-10, atol=1e-13)
    full = objective.loss_and_gradient(w)[1][0]
    np.testing.assert_allclose(fan.full_gradient, full, rtol=1e-13, atol=1e-15)
    # one epoch is a partition: the mean of its batch gradients is ∇L
    assert np.max(np.abs(fan.mean_gradient - full)) < 1e-12


def test_with_the_sum_a_batch_gradient_is_scaled_to_its_estimate_of_the_full_gradient():
    dataset, objective, w = _objective(reduction="sum", l2=0.02)
    fan = batch_fan(objective, w, batch_size=25, draws=3, seed=1)
    penalty = np.where(objective.network.weight_mask, 0.02 * w, 0.0)
    for batch, gradient in zip(fan.batches, fan.batch_gradients):
        on_its_points = _batch_gradient(dataset, objective, w, batch)  # Σ_{i∈B} ∇E + ∇P
        np.testing.assert_allclose(gradient, 150 / 25 * (on_its_points - penalty) + penalty, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(example_gradients(objective, w).mean(axis=0), objective.loss_and_gradient(w)[1][0], rtol=1e-11)


def test_batches_of_the_whole_set_are_the_full_gradient():
    _, objective, w = _objective()
    fan = batch_fan(objective, w, batch_size=150, draws=5)
    for gradient in fan.batch_gradients:
        assert np.max(np.abs(gradient - fan.full_gradient)) < 1e-12
    assert fan.formula_variance == 0.0 and fan.measured_variance < 1e-24


@pytest.mark.parametrize("batch_size", [1, 10, 75])
def test_the_measured_spread_of_4000_draws_matches_sampling_without_replacement(batch_size):
    _, objective, w = _objective()
    fan = batch_fan(objective, w, batch_size=batch_size, draws=4000, seed=11)
    # σ² by hand: the per-example gradients, each on one point
    examples = np.array([objective.loss_and_gradient(w, np.array([i]))[1][0] for i in range(150)])
    sigma2 = np.mean(np.sum((examples - examples.mean(axis=0)) ** 2, axis=1))
    formula = (150 - batch_size) / (batch_size * 149) * sigma2
    assert fan.formula_variance == pytest.approx(formula, rel=1e-10)
    assert fan.measured_variance == pytest.approx(formula, rel=0.10)
    # the spread shrinks like (N − B)/(B(N − 1)): B = 1 is σ² itself
    if batch_size == 1:
        assert fan.formula_variance == pytest.approx(sigma2, rel=1e-12)


def test_random_draws_are_seeded_subsets_without_replacement():
    first = random_batches(50, 7, 20, seed=2)
    assert all(len(set(b.tolist())) == 7 and b.max() < 50 for b in first)
    assert all(np.array_equal(a, b) for a, b in zip(first, random_batches(50, 7, 20, seed=2)))
    assert not np.array_equal(first[0], random_batches(50, 7, 1, seed=3)[0])


def test_bad_fan_settings_say_what_is_wrong():
    _, objective, w = _objective()
    with pytest.raises(MLPError, match="from 1 to the 150 training points, not 0"):
        batch_fan(objective, w, batch_size=0)
    with pytest.raises(MLPError, match="from 1 to the 150 training points, not 151"):
        batch_fan(objective, w, batch_size=151)
    with pytest.raises(MLPError, match="'epoch' or a whole number"):
        batch_fan(objective, w, batch_size=5, draws=0)


def test_the_noise_ball_of_constant_gamma_sgd_on_the_line_fit_is_the_predicted_size():
    from gdstudio.core.mlp.noise_ball import noise_ball
    from gdstudio.core.mlp.training import Training, settings_for_task

    dataset = make_dataset("line")
    balls = {}
    for learning_rate in (0.01, 0.0025):
        training = Training(dataset, settings_for_task("line", batch_size=10, learning_rate=learning_rate, max_steps=6000, tolerance=0.0))
        training.run()
        balls[learning_rate] = ball = noise_ball(training)
        assert ball.stable and "grows like γ and shrinks like (N − B)/(B(N − 1))" in ball.sentence()
        # the cloud measured over the run's second half is at most the stationary one of independent noise
        # (within an epoch the batches' noise sums to zero, which shrinks it further at small γ)
        assert ball.measured_rms < 1.15 * ball.predicted_rms
    assert balls[0.01].measured_rms == pytest.approx(balls[0.01].predicted_rms, rel=0.25)
    # a quarter of γ: half the radius (the mean squared radius ∝ γ for small γ), and a smaller cloud measured
    assert balls[0.0025].small_step_rms == pytest.approx(balls[0.01].small_step_rms / 2, rel=1e-9)
    assert balls[0.0025].measured_rms < 0.75 * balls[0.01].measured_rms
    full = Training(dataset, settings_for_task("line", max_steps=10))
    assert noise_ball(full) is None  # the full batch has no noise
