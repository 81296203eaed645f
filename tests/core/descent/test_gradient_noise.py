"""Stochastic gradients on a typed f: w ← w − γ(∇f(w) + σξ), ξ from
numpy.random.default_rng(seed).standard_normal(2) once per update, in step order."""

import json
import subprocess
import sys

import numpy as np
import pytest

from gdstudio.core.descent.engine import Descent, RunSettings, run_descent
from gdstudio.core.descent.playback import Player
from gdstudio.core.descent.race import Race, RaceEntry
from gdstudio.core.function.language import parse_function

BOWL = "x^2 + 10y^2"


def gradient(w):  # ∇(x² + 10y²), by hand
    return np.array([2.0 * w[0], 20.0 * w[1]])


def replay(start, learning_rate, sigma, seed, steps):
    generator = np.random.default_rng(seed)
    w = np.array(start, dtype=float)
    path = [w.copy()]
    for _ in range(steps):
        w = w - learning_rate * (gradient(w) + sigma * generator.standard_normal(2))
        path.append(w.copy())
    return np.array(path)


@pytest.mark.parametrize("sigma, seed", [(0.5, 0), (2.0, 7), (1e-3, 123)])
def test_a_noisy_run_is_the_update_with_that_generator(sigma, seed):
    settings = RunSettings(start=(1.5, -1.0), learning_rate=0.04, gradient_noise=sigma, seed=seed, max_steps=300, tolerance=0.0)
    result = run_descent(parse_function(BOWL), settings)
    np.testing.assert_allclose(result.points, replay((1.5, -1.0), 0.04, sigma, seed, 300), rtol=0, atol=1e-12)


def test_the_window_s_player_gives_the_same_numbers_and_shows_the_noise():
    settings = RunSettings(start=(1.5, -1.0), learning_rate=0.04, gradient_noise=0.5, seed=4, max_steps=100, tolerance=0.0)
    player = Player(parse_function(BOWL), settings)
    batch = player.advance(100)
    expected = replay((1.5, -1.0), 0.04, 0.5, 4, 100)
    np.testing.assert_allclose(batch.points[-1], expected[-1], atol=1e-12)
    record = batch.last
    # the arrows: the true gradient at w_t and the noisy one the update used
    np.testing.assert_allclose(record.update, -0.04 * (record.gradient + record.gradient_noise), atol=1e-15)
    generator = np.random.default_rng(4)
    draws = [generator.standard_normal(2) for _ in range(100)]
    np.testing.assert_allclose(record.gradient_noise, 0.5 * draws[-1], atol=1e-15)


def test_sigma_zero_is_the_plain_run_bit_for_bit():
    function = parse_function(BOWL)
    plain = run_descent(function, RunSettings(start=(1.5, -1.0), learning_rate=0.04, max_steps=200, tolerance=0.0))
    zero = run_descent(
        function, RunSettings(start=(1.5, -1.0), learning_rate=0.04, gradient_noise=0.0, seed=9, max_steps=200, tolerance=0.0)
    )
    assert np.array_equal(plain.points, zero.points)


def test_a_race_draws_each_run_s_noise_from_its_own_generator():
    function = parse_function(BOWL)
    entries = [
        RaceEntry(RunSettings(start=(1.5, -1.0), learning_rate=0.04, gradient_noise=0.5, seed=1, max_steps=50, tolerance=0.0)),
        RaceEntry(RunSettings(start=(1.5, -1.0), learning_rate=0.04, max_steps=50, tolerance=0.0)),
        RaceEntry(RunSettings(start=(1.5, -1.0), learning_rate=0.04, gradient_noise=0.5, seed=2, max_steps=50, tolerance=0.0)),
    ]
    race = Race(function, entries)
    race.run()
    np.testing.assert_allclose(race.trajectory(0)[0], replay((1.5, -1.0), 0.04, 0.5, 1, 50), atol=1e-12)
    np.testing.assert_allclose(race.trajectory(1)[0], replay((1.5, -1.0), 0.04, 0.0, 0, 50), atol=1e-12)
    np.testing.assert_allclose(race.trajectory(2)[0], replay((1.5, -1.0), 0.04, 0.5, 2, 50), atol=1e-12)
    assert race.to_dict()["runs"][0]["gradient_noise"] == 0.5 and "gradient_noise" not in race.to_dict()["runs"][1]


def test_with_a_constant_learning_rate_the_run_ends_in_a_cloud_whose_size_grows_with_sigma():
    function = parse_function(BOWL)
    spreads = []
    for sigma in (0.1, 1.0):
        settings = RunSettings(start=(1.0, 1.0), learning_rate=0.02, gradient_noise=sigma, seed=0, max_steps=4000, tolerance=0.0)
        points = run_descent(function, settings).points[2000:]
        spreads.append(float(np.sqrt(np.mean(np.sum(points**2, axis=1)))))
    # the stationary spread of w ← w − γ(Hw + σξ) on each axis: σ²γ / (λ(2 − γλ)), so it scales like σ
    expected = [sigma * np.sqrt(0.02 / (2 * (2 - 0.04)) + 0.02 / (20 * (2 - 0.4))) for sigma in (0.1, 1.0)]
    np.testing.assert_allclose(spreads, expected, rtol=0.15)


@pytest.mark.parametrize(
    "settings, message",
    [
        (dict(gradient_noise=-1.0), "the gradient noise σ must be a finite number ≥ 0"),
        (dict(gradient_noise=float("inf")), "the gradient noise σ must be a finite number ≥ 0"),
        (dict(gradient_noise=1.0, seed=-2), "the noise seed must be a whole number ≥ 0"),
        (dict(gradient_noise=1.0, optimizer="bfgs"), "gradient noise pairs with the fixed-γ rules"),
        (dict(gradient_noise=1.0, line_search="armijo"), "gradient noise pairs with the fixed-γ rules"),
    ],
)
def test_bad_noise_settings_are_refused_with_a_sentence(settings, message):
    with pytest.raises(ValueError, match=message):
        RunSettings(start=(1.0, 1.0), **settings)


def test_the_command_line_writes_the_noise_and_replays(tmp_path):
    path = tmp_path / "run.json"
    command = [sys.executable, "-m", "gdstudio", "run", "-f", BOWL, "--start=1.5,-1", "--lr", "0.04", "--steps", "60", "--tol", "0"]
    done = subprocess.run([*command, "--gradient-noise", "0.5", "--seed", "11", "--json", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    report = json.loads(path.read_text())
    assert report["gradient_noise"] == 0.5 and report["seed"] == 11
    np.testing.assert_allclose(report["trajectory"], replay((1.5, -1.0), 0.04, 0.5, 11, 60), atol=1e-12)
    bad = subprocess.run([*command, "--gradient-noise", "-0.1"], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr == "error: --gradient-noise must be a number ≥ 0, not -0.1\n"


def test_a_noisy_descent_counts_one_evaluation_a_step():
    descent = Descent(parse_function(BOWL), [RunSettings(start=(1.0, 1.0), gradient_noise=0.3, max_steps=10, tolerance=0.0)])
    descent.run()
    assert descent.evaluations[0].tolist() == [11, 11, 0]


def test_race_noise_seeds_each_run_with_its_own_offset():
    command = [sys.executable, "-m", "gdstudio", "race", "-f", BOWL, "--start=1.5,-1", "--steps", "30", "--tol", "0"]
    done = subprocess.run(
        [*command, "--run", "gd:0.04", "--run", "gd:0.04", "--gradient-noise", "0.5", "--seed", "20", "--json", "-"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    runs = json.loads(done.stdout)["runs"]
    assert [run["seed"] for run in runs] == [20, 21]
    for run in runs:
        np.testing.assert_allclose(run["trajectory"], replay((1.5, -1.0), 0.04, 0.5, run["seed"], 30), atol=1e-12)
    refused = subprocess.run([*command, "--run", "newton:1", "--gradient-noise", "0.5"], capture_output=True, text=True)
    assert refused.returncode == 2 and refused.stderr.startswith("error: --gradient-noise: gradient noise pairs with the fixed-γ rules")
