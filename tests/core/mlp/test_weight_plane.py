"""A weight-space plane held for the run: still map, growing path, exact projections,
and the true loss beside the slice's."""

from __future__ import annotations

import numpy as np
import pytest

from gdstudio.core.mlp.datasets import make_dataset
from gdstudio.core.mlp.network import MLPError
from gdstudio.core.mlp.training import Training, TrainingSettings, settings_for_task
from gdstudio.core.mlp.weight_space import (
    EXACT,
    METHODS,
    PATH,
    PCA,
    RANDOM,
    ColourScale,
    PlaneTracker,
    WeightPlane,
    choose_plane,
    colour_scale,
    path_plane,
    pca_plane,
    plane_landscape,
    plane_readout,
    plane_window,
    random_plane,
)


@pytest.fixture(scope="module")
def xor_run():
    """XOR with its defaults, trained to the end (1500 steps)."""
    training = Training(make_dataset("xor"), settings_for_task("xor"))
    training.run()
    return training


def small_run(task="moons", **changes):
    settings = settings_for_task(task, **{"max_steps": 200, **changes})
    return Training(make_dataset(task, samples=200), settings)


@pytest.mark.parametrize("method", [PATH, PCA, RANDOM])
def test_the_plane_and_its_colours_hold_while_the_run_goes_on(method):
    training = small_run()
    tracker = PlaneTracker(training, method, resolution=21)
    first = tracker.frame()
    directions, origin = first.plane.directions.copy(), first.plane.origin.copy()
    scale, levels = first.landscape.scale, first.landscape.levels
    lengths = [len(first.coordinates)]
    while not training.finished:
        training.step(25)
        frame = tracker.frame()
        # the same plane through w₀ and the same colour scale, frame after frame
        assert frame.plane is first.plane
        assert np.array_equal(frame.plane.directions, directions) and np.array_equal(frame.plane.origin, origin)
        assert frame.landscape.scale == scale and frame.landscape.levels == levels
        # the projected path grows with the run, one point per step, and stays on the map
        assert len(frame.coordinates) == training.steps + 1
        lengths.append(len(frame.coordinates))
        assert frame.landscape.covers(frame.coordinates)
        assert np.allclose(frame.coordinates, first.plane.project(training.path), rtol=0, atol=1e-12)
    assert lengths == sorted(set(lengths)) and lengths[-1] == 201
    assert tracker.refits == 1  # nobody asked for another plane


def test_a_path_that_leaves_the_map_widens_it_with_the_same_plane_and_colours(xor_run):
    # a PCA plane fitted to the first 50 steps, then the rest of XOR's run: the path
    # goes far beyond the first window
    training = Training(xor_run.dataset, xor_run.settings)
    training.step(50)
    tracker = PlaneTracker(training, PCA, resolution=21)
    previous = tracker.landscape
    widths = [previous.window[1] - previous.window[0]]
    while not training.finished:
        training.step(100)
        changed = tracker.advance()
        landscape = tracker.landscape
        assert changed == (landscape is not previous)
        if changed:
            widths.append(landscape.window[1] - landscape.window[0])
            assert landscape.plane is previous.plane and landscape.scale is previous.scale
            previous = landscape
        assert landscape.covers(tracker.coordinates)
    landscape = tracker.landscape
    assert 2 <= len(widths) <= 5 and all(b >= 2 * a for a, b in zip(widths, widths[1:]))
    assert landscape.plane.fitted_steps == 50 and tracker.refits == 1
    # the colours mean what they meant: the grown map is shaded by the first map's scale
    assert np.array_equal(landscape.shade, landscape.scale.shade(landscape.values), equal_nan=True)


def test_a_point_on_the_plane_projects_to_itself_and_the_slice_loss_is_the_loss_there(xor_run):
    objective, path = xor_run.objective, xor_run.path
    for plane in (path_plane(objective, path), pca_plane(path), random_plane(xor_run.network, path[0], seed=4)):
        coordinates = np.array([[0.3, -1.2], [2.5, 0.7], [0.0, 0.0]])
        points = plane.point(coordinates)
        assert np.allclose(plane.project(points), coordinates, rtol=0, atol=1e-12)
        assert np.allclose(plane.nearest(points[1]), points[1], rtol=0, atol=1e-12)
        assert plane.distance(points[0]) < 1e-12
        # w₀ is the origin of every plane
        assert np.allclose(plane.project(path[0]), 0.0, atol=1e-12)
        # the readout: the true loss at w_t, and the loss where the map puts the dot
        readout = plane_readout(objective, plane, xor_run.weights, xor_run.steps)
        projected = plane.point(readout.coordinates)
        assert readout.slice_loss == objective.loss(projected)[0]
        assert readout.loss == pytest.approx(xor_run.loss, rel=1e-12)
        assert readout.distance == pytest.approx(np.linalg.norm(xor_run.weights - projected), rel=1e-12)
        assert readout.gap == readout.slice_loss - readout.loss
        # what lies off the plane is orthogonal to it (least squares)
        off = xor_run.weights - projected
        assert np.allclose(plane.directions @ off, 0.0, atol=1e-9 * max(1.0, np.linalg.norm(off)))


def test_every_grid_value_is_the_loss_at_that_point_of_the_plane(xor_run):
    plane = path_plane(xor_run.objective, xor_run.path)
    landscape = plane_landscape(xor_run.objective, plane, (-1.0, 17.0, -9.0, 9.0), resolution=7, dtype=np.float64)
    for i, j in [(0, 0), (6, 3), (2, 5), (3, 6)]:
        w = plane.origin + landscape.xs[i] * plane.directions[0] + landscape.ys[j] * plane.directions[1]
        assert landscape.values[i, j] == pytest.approx(xor_run.objective.loss(w)[0], rel=1e-12)
    # float32 (the default for a slice) is within 1e-5 of it
    single = plane_landscape(xor_run.objective, plane, landscape.window, resolution=7)
    assert np.allclose(single.values, landscape.values, rtol=1e-5)


def test_the_path_plane_holds_w0_and_wt_and_nearly_all_of_the_path(xor_run):
    path = xor_run.path
    plane = path_plane(xor_run.objective, path)
    assert plane.method == PATH and plane.fitted_steps == 1500
    assert np.allclose(plane.directions @ plane.directions.T, np.eye(2), atol=1e-12)
    chord = path[-1] - path[0]
    assert np.allclose(plane.directions[0], chord / np.linalg.norm(chord), atol=1e-12)
    assert plane.distance(path[0]) < 1e-12 and plane.distance(path[-1]) < 1e-12
    # the share of the path's spread about w₀ that lies in it (measured: 0.998), against
    # its own definition, and against the best possible plane through w₀ (PCA: 0.999)
    differences = path - path[0]
    inside = differences @ plane.directions.T
    assert plane.explained == pytest.approx(np.sum(inside**2) / np.sum(differences**2), rel=1e-12)
    assert plane.explained > 0.99
    best = pca_plane(path)
    assert plane.explained <= best.explained + 1e-12 and best.explained > 0.99
    # the second direction is the path's widest turn: of all unit directions orthogonal
    # to d₁, none holds more of the path's deviation (checked against the SVD; the
    # plane takes it from 300 evenly spaced points of the path)
    deviations = differences - np.outer(differences @ plane.directions[0], plane.directions[0])
    _, singular, rows = np.linalg.svd(deviations, full_matrices=False)
    assert abs(np.dot(rows[0], plane.directions[1])) == pytest.approx(1.0, abs=1e-4)
    assert np.sum((deviations @ plane.directions[1]) ** 2) == pytest.approx(singular[0] ** 2, rel=1e-4)
    assert np.mean(inside[:, 1]) >= 0  # the path turns towards +β
    # a random plane through w₀ holds almost none of it
    random = random_plane(xor_run.network, path[0])
    assert random.distance(path[-1]) > 0.95 * np.linalg.norm(chord)


def test_before_the_first_step_the_path_plane_follows_steepest_descent():
    training = small_run(max_steps=3)
    plane = path_plane(training.objective, training.path)
    _, gradient = training.objective.loss_and_gradient(training.initial[None])
    assert np.allclose(plane.directions[0], -gradient[0] / np.linalg.norm(gradient[0]), atol=1e-12)
    assert plane.fitted_steps == 0 and plane.explained is None
    # the gradient the run recorded at w₀ gives the same plane
    recorded = path_plane(training.objective, training.path, gradient=training.history.gradient[0])
    assert np.allclose(recorded.directions, plane.directions, atol=1e-12)
    # so the first step of plain descent lies in it
    training.step(1)
    assert plane.distance(training.weights) < 1e-12


def test_the_pca_plane_is_the_best_plane_through_w0(xor_run):
    path = xor_run.path
    plane = pca_plane(path)
    _, singular, rows = np.linalg.svd(path - path[0], full_matrices=False)
    # taken from 300 evenly spaced points of the 1501: the same plane to 1e-3, and as
    # much of the path as the best plane to 1e-6
    assert np.allclose(np.abs(plane.directions @ rows[:2].T), np.eye(2), atol=1e-3)
    assert plane.explained == pytest.approx(np.sum(singular[:2] ** 2) / np.sum(singular**2), rel=1e-6)
    assert np.all(plane.project(path[-1]) >= 0)  # the path runs towards +α, +β


def test_the_plane_changes_only_when_asked():
    training = small_run()
    tracker = PlaneTracker(training, PATH, resolution=15)
    before = tracker.plane
    training.run()
    tracker.advance()
    assert tracker.plane is before and before.fitted_steps == 0
    off = tracker.readout()
    assert off.distance > 1.0 and off.slice_loss != pytest.approx(off.loss, rel=1e-3)
    # "Re-fit the plane to the path": now it holds w₀ and w_t, and the slice's loss at the dot is L(w_t)
    landscape = tracker.refit()
    assert tracker.plane is landscape.plane and tracker.plane is not before
    assert tracker.plane.fitted_steps == 200 and tracker.refits == 2
    readout = tracker.readout()
    assert readout.distance < 1e-9 and readout.slice_loss == pytest.approx(readout.loss, rel=1e-9)
    assert "lies on it" in readout.sentence
    # another kind of plane, on request
    tracker.set_method(PCA)
    assert tracker.plane.method == PCA and tracker.plane.fitted_steps == 200
    with pytest.raises(MLPError, match="unknown plane"):
        tracker.set_method("hessian")


def test_a_random_plane_is_drawn_once_for_the_run():
    training = small_run()
    tracker = PlaneTracker(training, RANDOM, resolution=15)
    directions = tracker.plane.directions
    training.step(100)
    tracker.refit()
    assert tracker.plane.directions is directions and tracker.plane.method == RANDOM
    # filter-normalised to w₀: each neuron's part has that neuron's size at w₀
    for (W_d, b_d), (W_w, _) in zip(training.network.layers(directions[0]), training.network.layers(training.initial)):
        assert np.allclose(np.linalg.norm(W_d, axis=0), np.linalg.norm(W_w, axis=0), rtol=1e-12)
        assert not b_d.any()


def test_the_readout_says_what_the_slice_is_and_is_not():
    training = small_run()
    tracker = PlaneTracker(training, PATH, resolution=11)
    training.step(40)
    readout = tracker.frame().readout
    assert readout.step == 40 and not readout.exact
    assert readout.sentence.startswith("the loss on a flat slice of weight space through w₀; the path, projected onto it — ")
    assert f"the true loss L(w_40) is {readout.loss:.6g}, the slice at the projected point is {readout.slice_loss:.6g}" in readout.sentence
    assert f"w_40 lies {readout.distance:.3g} off the slice" in readout.sentence
    caption = tracker.plane.caption
    assert caption == (
        "The loss on a flat slice of weight space through w₀, along the steepest descent direction −∇L(w₀) and a random "
        "direction across it; the path, projected onto it."
    )
    tracker.refit()
    assert tracker.plane.caption.startswith(
        "The loss on a flat slice of weight space through w₀, along the path's direction w_t − w₀ (t = 40) and its widest "
        "turn away from it ("
    )
    # research references belong in the Help, not under the plots
    for text in (caption, *METHODS.values(), pca_plane(training.path).caption, random_plane(training.network, training.initial).caption):
        assert "et al" not in text and "20" not in text.replace("w_t", "")


def test_windows_are_square_around_the_path():
    window = plane_window(np.array([[0.0, 0.0], [4.0, 1.0]]))
    assert window == pytest.approx((-0.5, 4.5, -2.0, 3.0))
    assert plane_window(np.zeros((1, 2)), minimum_half_width=1.5) == (-1.5, 1.5, -1.5, 1.5)


def test_the_colour_scale_is_logarithmic_for_a_narrow_valley_and_keeps_its_levels():
    values = np.add.outer(np.linspace(-1, 1, 30) ** 2, np.linspace(-1, 1, 30) ** 2) ** 4  # flat floor, steep walls
    scale = colour_scale(values)
    assert isinstance(scale, ColourScale) and scale.logarithmic and len(scale.levels) == 14
    assert scale.value(scale.levels[3]) == pytest.approx(scale.floor + 10 ** scale.levels[3] - scale.delta)
    bowl = colour_scale(np.add.outer(np.linspace(-1, 1, 30) ** 2, np.linspace(-1, 1, 30) ** 2))
    assert not bowl.logarithmic and bowl.label == "L" and bowl.value(0.5) == 0.5
    # values below the floor take the lowest shade instead of NaN
    assert np.isfinite(scale.shade(np.array([scale.floor - 1.0]))).all()


def test_two_weights_make_the_exact_plane_whatever_is_asked():
    training = Training(make_dataset("line", samples=60), settings_for_task("line"))
    for method in (PATH, PCA, RANDOM):
        plane = choose_plane(method, training.objective, training.path)
        assert plane.method == EXACT and plane.is_exact and plane.axis_names == ("w (slope)", "b (intercept)")
        assert np.array_equal(plane.project(training.path), training.path)
    with pytest.raises(MLPError, match="unknown plane"):
        choose_plane("hessian", Training(make_dataset("xor", samples=40), TrainingSettings(hidden=(2,))).objective, np.zeros((1, 9)))


def test_a_plane_is_plain_data():
    plane = WeightPlane(PATH, np.zeros(3), np.eye(2, 3), 5, 0.5)
    assert plane.dimension == 3 and not plane.is_exact and plane.axis_names == ("α", "β")
    assert "50 % of the path's spread" in plane.caption
