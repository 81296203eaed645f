"""The descent in weight space: slices of L(w) around the current weights."""

from __future__ import annotations

import numpy as np
import pytest

from gdstudio.core.mlp.datasets import make_dataset
from gdstudio.core.mlp.network import MLPError
from gdstudio.core.mlp.training import Training, TrainingSettings
from gdstudio.core.mlp.weight_space import (
    PCA,
    RANDOM,
    evaluate_plane,
    filter_normalized_directions,
    pca_directions,
    project_path,
    weight_slice,
)


@pytest.fixture(scope="module")
def trained():
    training = Training(make_dataset("moons", samples=300), TrainingSettings(hidden=(8, 8), learning_rate=0.01, max_steps=150))
    training.run()
    return training


@pytest.mark.parametrize("method", [RANDOM, PCA])
def test_slice_is_centred_on_the_current_weights_with_their_loss(trained, method):
    piece = weight_slice(trained.objective, trained.weights, method, trained.path, resolution=41)
    assert piece.loss.shape == (41, 41) and piece.alphas.shape == piece.betas.shape == (41,)
    assert piece.directions.shape == (2, trained.network.dimension)
    assert piece.alphas[20] == 0.0 and piece.betas[20] == 0.0
    assert piece.center_loss == pytest.approx(trained.loss, rel=1e-13)
    assert piece.loss[20, 20] == pytest.approx(trained.loss, rel=2e-6)  # float32 grid
    assert np.all(np.isfinite(piece.loss))
    # the current weights are the centre: the path ends at (0, 0) and fits in the window
    assert piece.path.shape == (151, 2) and np.allclose(piece.path[-1], 0.0, atol=1e-12)
    x_min, x_max, y_min, y_max = piece.window
    assert x_min <= piece.path[:, 0].min() and piece.path[:, 0].max() <= x_max
    assert y_min <= piece.path[:, 1].min() and piece.path[:, 1].max() <= y_max
    assert method.split()[0] in piece.method and piece.description


def test_every_grid_value_is_the_loss_at_that_point(trained):
    piece = weight_slice(trained.objective, trained.weights, RANDOM, resolution=9, dtype=np.float64)
    for i, j in [(0, 0), (8, 3), (2, 7), (4, 4)]:
        w = piece.center + piece.alphas[i] * piece.directions[0] + piece.betas[j] * piece.directions[1]
        assert piece.loss[i, j] == pytest.approx(trained.objective.loss(w)[0], rel=1e-12)


def test_filter_normalised_directions_match_each_neurons_size(trained):
    network, w = trained.network, trained.weights
    directions = filter_normalized_directions(network, w, seed=2)
    assert not np.array_equal(directions[0], directions[1])
    assert np.array_equal(directions, filter_normalized_directions(network, w, seed=2))
    for direction in directions:
        for (W_d, b_d), (W_w, _) in zip(network.layers(direction), network.layers(w)):
            assert np.allclose(np.linalg.norm(W_d, axis=0), np.linalg.norm(W_w, axis=0), rtol=1e-12)
            assert not b_d.any()


def test_pca_directions_are_orthonormal_and_the_top_principal_axes(trained):
    path = trained.path
    directions, explained = pca_directions(path)
    assert np.allclose(directions @ directions.T, np.eye(2), atol=1e-10)
    _, singular, rows = np.linalg.svd(path - path[-1], full_matrices=False)
    assert np.allclose(np.abs(directions @ rows[:2].T), np.eye(2), atol=1e-6)
    assert explained == pytest.approx(tuple(singular[:2] ** 2 / np.sum(singular**2)), rel=1e-6)
    assert explained[0] >= explained[1] > 0 and sum(explained) <= 1 + 1e-12
    # signs: the path runs towards +α, +β
    start = project_path(path[:1], path[-1], directions)[0]
    assert np.all(start <= 0)


def test_a_path_in_a_plane_projects_exactly():
    rng = np.random.default_rng(0)
    center = rng.standard_normal(30)
    plane = np.linalg.qr(rng.standard_normal((30, 2)))[0].T
    coordinates = np.cumsum(rng.standard_normal((40, 2)), axis=0)
    coordinates -= coordinates[-1]
    path = center + coordinates @ plane
    directions, explained = pca_directions(path)
    assert sum(explained) == pytest.approx(1.0)
    projected = project_path(path, center, directions)
    assert np.allclose(path, center + projected @ directions, atol=1e-9)
    # non-orthogonal directions project by least squares
    skew = np.array([plane[0], plane[0] + plane[1]])
    solved = project_path(path, center, skew)
    assert np.allclose(center + solved @ skew, path, atol=1e-9)


def test_pca_of_a_short_path_completes_the_plane():
    path = np.array([[0.0, 0.0, 0.0], [1.0, 1.0, 0.0], [2.0, 2.0, 0.0]])
    directions, explained = pca_directions(path)
    assert np.allclose(np.abs(directions[0]), [2**-0.5, 2**-0.5, 0.0])
    assert np.allclose(directions @ directions.T, np.eye(2), atol=1e-12)
    assert explained == (pytest.approx(1.0), 0.0)
    dataset = make_dataset("xor", samples=40)
    training = Training(dataset, TrainingSettings(hidden=(2,)))
    piece = weight_slice(training.objective, training.weights, PCA, training.path)  # one point: no path yet
    assert piece.loss.shape == (41, 41) and np.all(np.isfinite(piece.loss))
    # with no path to take directions from, the plane is still two orthonormal directions of w (9 entries for 2-2-1)
    assert piece.directions.shape == (2, 9) == (2, training.network.dimension)
    assert np.allclose(piece.directions @ piece.directions.T, np.eye(2), atol=1e-12)
    assert piece.center_loss == pytest.approx(training.loss, rel=1e-12)


def test_fixed_directions_keep_the_plane_and_a_mini_batch_run_is_mapped_on_the_full_loss():
    training = Training(make_dataset("circles", samples=200), TrainingSettings(batch_size=20, max_steps=30))
    first = weight_slice(training.objective, training.weights, RANDOM, resolution=11)
    training.run()
    second = weight_slice(training.objective, training.weights, RANDOM, training.path, resolution=11, directions=first.directions)
    assert np.array_equal(first.directions, second.directions)
    assert second.center_loss == pytest.approx(training.objective.loss(training.weights)[0])


def test_bad_slice_settings():
    training = Training(make_dataset("xor", samples=40), TrainingSettings(hidden=(3,)))
    with pytest.raises(MLPError, match="unknown slice"):
        weight_slice(training.objective, training.weights, "hessian")
    with pytest.raises(MLPError, match="resolution"):
        weight_slice(training.objective, training.weights, resolution=1000)
    values = evaluate_plane(training.objective, training.weights, np.eye(2, training.network.dimension), [0.0], [0.0, 1.0])
    assert values.shape == (1, 2)
