"""Learning-rate sweeps and races: many runs in lockstep, each ending exactly as alone."""

import numpy as np
import pytest

from gdstudio.core.descent.engine import RunSettings, Status, run_descent
from gdstudio.core.descent.race import Race, RaceEntry, race_window, status_text
from gdstudio.core.descent.schedules import Schedule
from gdstudio.core.descent.sweep import Sweep, log_spaced_learning_rates, run_sweep
from gdstudio.core.function.analysis import curvature_at
from gdstudio.core.function.language import parse_function

SEED = "x^2 + x*y + y^2"


@pytest.fixture(scope="module")
def seed():
    return parse_function(SEED)


def test_log_spaced_learning_rates():
    rates = log_spaced_learning_rates(0.001, 1.0, 4)
    np.testing.assert_allclose(rates, [0.001, 0.01, 0.1, 1.0])
    assert list(log_spaced_learning_rates(0.5, 0.5, 1)) == [0.5]
    for bad in ((0, 1, 5), (1, 0.1, 5), (0.1, 1, 0), (0.1, 1, 2.5), (-1, 1, 3), (0.1, np.inf, 3)):
        with pytest.raises(ValueError):
            log_spaced_learning_rates(*bad)


def test_seed_sweep_flips_from_converging_to_diverging_at_two_thirds(seed):
    result = run_sweep(seed, (1.5, -1.0), log_spaced_learning_rates(0.05, 2.0, 200))
    assert result.count == 200
    limit = curvature_at(seed, (1.5, -1.0)).max_stable_lr
    below = result.learning_rates < limit * 0.99
    above = result.learning_rates > limit * 1.01
    assert np.all(result.status[below] == "converged")
    assert np.all(result.status[above] == "diverged")
    # just above 2/3 the growth is too slow to diverge within 1000 steps: those end max_steps
    assert np.all(result.learning_rates[result.diverged] > 2 / 3)
    assert not np.any(result.diverged[result.learning_rates < 2 / 3])
    low, high = result.stability_edge()
    assert 2 / 3 < high < limit * 1.03
    # steps to converge: fewest near the best fixed step 1/2, more towards both ends
    fastest = result.learning_rates[result.fastest()]
    assert 0.4 < fastest < 0.6
    steps = result.steps_to_converge
    assert np.isnan(steps[result.diverged]).all()
    assert steps[0] > 10 * np.nanmin(steps)
    assert np.isfinite(result.final_loss[~result.diverged]).all()
    np.testing.assert_allclose(result.minimum_found(), [0, 0], atol=1e-6)


def test_seed_sweep_on_a_fine_grid_around_two_thirds(seed):
    # within ±2 % of 2/3 the slowest mode contracts or grows by at most 6 % a step
    factors = 1 + np.concatenate([-np.arange(20, 0, -1), np.arange(1, 21)]) * 0.001
    result = run_sweep(seed, (1.0, -0.5), (2 / 3) * factors, max_steps=20000)
    assert np.all(result.status[factors < 1] == "converged")
    assert np.all(result.status[factors > 1] == "diverged")


def test_sweep_runs_end_exactly_as_single_runs(seed):
    rates = log_spaced_learning_rates(0.05, 1.0, 12)
    for optimizer in ("gd", "adam", "nesterov"):
        result = run_sweep(seed, (1.5, -1.0), rates, optimizer=optimizer, max_steps=500)
        for index, lr in enumerate(rates):
            single = run_descent(seed, RunSettings(start=(1.5, -1.0), learning_rate=lr, optimizer=optimizer, max_steps=500))
            assert result.status[index] == str(single.status)
            assert result.steps[index] == single.steps
            assert np.array_equal(result.final_points[index], single.final_point, equal_nan=True)
            assert np.array_equal(result.final_loss[index], single.final_loss, equal_nan=True)


def test_sweep_can_be_advanced_step_by_step_from_a_worker(seed):
    sweep = Sweep(seed, (1.5, -1.0), log_spaced_learning_rates(0.01, 1.0, 50), max_steps=800)
    assert sweep.progress == 0.0 and not sweep.finished
    assert sweep.advance(10) is False
    partial = sweep.result()
    assert "running" in set(partial.status)
    assert sweep.progress == pytest.approx(10 / 800)
    while not sweep.advance(100):
        pass
    assert sweep.progress == 1.0
    final = sweep.result()
    whole = run_sweep(seed, (1.5, -1.0), log_spaced_learning_rates(0.01, 1.0, 50), max_steps=800)
    assert np.array_equal(final.steps, whole.steps)
    assert np.array_equal(final.status, whole.status)


def test_sweep_json_has_one_value_per_learning_rate_and_null_for_non_finite(seed):
    result = run_sweep(seed, (1.0, 1.0), [0.1, 5.0], max_steps=2000)
    data = result.to_dict()
    assert data["lr"] == [0.1, 5.0]
    assert data["status"] == ["converged", "diverged"]
    assert len(data["steps"]) == len(data["final_loss"]) == 2
    assert "diverged" in result.summary()


def test_sweep_with_a_schedule(seed):
    # γ₀ above 2/3 diverges when constant, converges once 1/t decay brings it down
    constant = run_sweep(seed, (1.0, 1.0), [0.9])
    decayed = run_sweep(seed, (1.0, 1.0), [0.9], schedule=Schedule("inverse_time", decay=0.5))
    assert constant.status[0] == "diverged" and decayed.status[0] == "converged"


# -- races -------------------------------------------------------------------------------


def race_entries():
    return [
        RaceEntry(RunSettings(start=(1.5, -1.0), learning_rate=0.1), "gd slow", "#ff0000"),
        RaceEntry(RunSettings(start=(1.5, -1.0), learning_rate=0.5)),
        RaceEntry(RunSettings(start=(1.5, -1.0), learning_rate=0.05, optimizer="momentum")),
        RaceEntry(RunSettings(start=(-1.0, 1.0), learning_rate=0.1, optimizer="adam")),
        RaceEntry(RunSettings(start=(1.5, -1.0), learning_rate=0.7)),
    ]


def test_race_runs_exactly_as_single_runs_with_status_texts(seed):
    entries = race_entries()
    race = Race(seed, entries)
    race.run()
    assert race.finished
    for index, entry in enumerate(entries):
        single = run_descent(seed, entry.settings)
        points, loss = race.trajectory(index)
        assert np.array_equal(points, single.points, equal_nan=True)
        assert np.array_equal(loss, single.loss, equal_nan=True)
        assert race.status(index) == single.status
    assert race.status_text(0) == f"converged at t = {race.descent.steps[0]}"
    assert race.status_text(4).startswith("diverged at t = ")
    assert race.legend_label(0).startswith("gd slow: converged at t = ")
    assert race.legend_label(1).startswith("gd γ = 0.5 from (1.5, −1): converged")  # the Adam run starts elsewhere
    data = race.to_dict()
    assert len(data["runs"]) == 5 and data["runs"][4]["status"] == "diverged"
    assert data["runs"][0]["colour"] == "#ff0000"


def test_race_hands_out_batches_that_add_up_to_the_trajectories(seed):
    race = Race(seed, race_entries())
    first = race.advance(0)
    assert first.first_index == (0,) * 5 and all(len(p) == 1 for p in first.points)
    assert first.status_texts == ("running",) * 5
    collected = [list(p) for p in first.points]
    while True:
        batch = race.advance(7)
        for index in range(5):
            assert batch.first_index[index] == len(collected[index])
            collected[index].extend(batch.points[index])
        if batch.finished:
            break
    for index in range(5):
        np.testing.assert_array_equal(np.array(collected[index]), race.trajectory(index)[0])
    np.testing.assert_array_equal(race.current_points()[0], race.trajectory(0)[0][-1])
    assert "velocity" in race.optimizer_state(2)
    assert "scale" in race.optimizer_state(3)


def test_race_pauses_between_updates_and_the_pause_does_not_count_against_its_time(seed):
    from gdstudio.core.descent.race import PAUSE_EVERY

    calls = []
    alone = Race(seed, race_entries())
    alone.advance(3 * PAUSE_EVERY)
    race = Race(seed, race_entries())
    race.advance(3 * PAUSE_EVERY, pause=lambda: calls.append(race.step_count))
    assert calls == [PAUSE_EVERY, 2 * PAUSE_EVERY, 3 * PAUSE_EVERY]
    for index in range(5):  # pausing changes nothing in the runs
        np.testing.assert_array_equal(race.trajectory(index)[0], alone.trajectory(index)[0])
    # a time budget of 20 ms with pauses of 30 ms each: the pauses are not work, so the
    # race goes on past the first pause instead of stopping there
    import time

    timed = Race(seed, race_entries())
    timed.advance(2 * PAUSE_EVERY, seconds=0.02, pause=lambda: time.sleep(0.03))
    assert timed.step_count == 2 * PAUSE_EVERY


def test_status_text_at_replays_a_finished_race(seed):
    race = Race(seed, race_entries())
    race.run()
    steps = int(race.descent.steps[0])
    assert race.status_text_at(0, steps - 1) == "running"
    assert race.status_text_at(0, steps) == f"converged at t = {steps}"
    assert status_text(Status.MAX_STEPS, 1000) == "stopped at the step limit (t = 1000)"


def test_adding_and_removing_runs_keeps_the_others_where_they_are(seed):
    race = Race(seed, race_entries()[:2])
    race.advance(5)
    bigger = race.added(race_entries()[2])
    assert bigger.runs == 3 and bigger.step_count == 5
    np.testing.assert_array_equal(bigger.current_points()[:2], race.current_points())
    alone = run_descent(seed, RunSettings(start=(1.5, -1.0), learning_rate=0.05, optimizer="momentum", max_steps=5))
    np.testing.assert_array_equal(bigger.current_points()[2], alone.final_point)
    smaller = bigger.removed(0)
    np.testing.assert_array_equal(smaller.current_points(), bigger.current_points()[1:])
    smaller.recoloured(0, "#123456")
    assert smaller.entries[0].colour == "#123456"
    with pytest.raises(ValueError):
        Race(seed, [])


def test_race_window_frames_the_runs_that_did_not_diverge(seed):
    race = Race(seed, race_entries())
    race.run()
    x0, x1, y0, y1 = race_window(race)
    assert x0 < -1.0 and x1 > 1.5 and y0 < -1.0 and y1 > 1.0
    assert x1 - x0 < 10 and y1 - y0 < 10  # the diverged run flew off and is not framed


def test_a_race_window_far_from_the_origin_or_at_the_edge_of_float_is_a_real_window(seed):
    from gdstudio.core.function.landscape import evaluate_landscape

    for start, learning_rate in (((1e17, 0.0), 5.0), ((1e300, 1.0), 0.1), ((1e308, 1e308), 0.1)):
        race = Race(seed, [RaceEntry(RunSettings(start=start, learning_rate=learning_rate, max_steps=50))])
        race.run()
        x0, x1, y0, y1 = race_window(race)
        assert x0 < start[0] < x1 and y0 < y1
        evaluate_landscape(seed, (x0, x1, y0, y1), resolution=11)  # no "x_min < x_max" refusal


def test_a_race_of_start_points_names_each_run_by_its_start(seed):
    same = Race(seed, race_entries()[:3])
    assert same.labels == ("gd slow", "gd γ = 0.5", "momentum γ = 0.05")
    entries = [RaceEntry(RunSettings(start=start, learning_rate=0.1)) for start in ((1.5, -1.0), (-2.0, 0.5))]
    race = Race(seed, entries + [RaceEntry(RunSettings(start=(0.0, 1.0), learning_rate=0.1), name="mine")])
    assert race.labels == ("gd γ = 0.1 from (1.5, −1)", "gd γ = 0.1 from (−2, 0.5)", "mine")
    race.run()
    assert race.legend_label(1).startswith("gd γ = 0.1 from (−2, 0.5): converged at t = ")
    assert [run["name"] for run in race.to_dict()["runs"]] == list(race.labels)


CARRIED_RUNS = [
    ("gd", {}),
    ("momentum", {"dampening": 0.3}),
    ("nesterov", {}),
    ("adagrad", {"lr_decay": 0.1, "initial_accumulator_value": 0.5}),
    ("rmsprop", {}),
    ("rmsprop", {"momentum": 0.5, "centered": 1.0}),
    ("adam", {}),
    ("adam", {"amsgrad": 1.0}),
]


def test_the_carried_next_step_is_the_step_each_run_then_makes(seed):
    entries = [
        RaceEntry(
            RunSettings(
                start=(1.5, -1.0), learning_rate=0.05, optimizer=name, hyperparameters=hyper, schedule=Schedule("cosine", period=20)
            )
        )
        for name, hyper in CARRIED_RUNS
    ]
    race = Race(seed, entries)
    for _ in range(12):
        carried = race.carried_states()
        before = race.current_points()
        race.advance(1)
        moved = race.current_points() - before
        for index, state in enumerate(carried):
            np.testing.assert_allclose(state.next_step, moved[index], rtol=1e-12, atol=1e-15)
            np.testing.assert_array_equal(state.point, before[index])
            np.testing.assert_allclose(state.plain_step, -state.learning_rate * state.gradient)
    kinds = [(c.velocity is not None, c.scale is not None) for c in race.carried_states()]
    assert kinds == [(False, False), (True, False), (True, False), (False, True), (False, True), (True, True), (False, True), (False, True)]


def test_before_the_first_step_the_carried_state_is_what_the_first_step_uses(seed):
    race = Race(seed, [RaceEntry(RunSettings(start=(1.5, -1.0), learning_rate=0.1, optimizer=name)) for name in ("momentum", "adam")])
    momentum, adam = race.carried_states()
    np.testing.assert_array_equal(momentum.velocity, [0.0, 0.0])  # nothing carried in yet
    assert momentum.describe().startswith("velocity b = (0, 0); next Δw = (−0.2, 0.05)")
    # Adam's first step is γ·sign(g): the scale is 1/|g| (bias-corrected), not 1/ε
    np.testing.assert_allclose(adam.scale, 1 / np.abs(adam.gradient), rtol=1e-6)
    np.testing.assert_allclose(adam.next_step, -0.1 * np.sign(adam.gradient), rtol=1e-6)
    race.run()
    assert all(not c.running and not np.any(c.next_step) and c.describe() == "stopped" for c in race.carried_states())
