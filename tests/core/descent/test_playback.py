"""The player and the stepper: batches and records as the window gets them, the same
numbers as the engine's own steps, and no second copy of the path."""

import tracemalloc

import numpy as np
import pytest

from gdstudio.core import PRESETS, Descent, RunSettings, Status, descend, parse_function, run_descent
from gdstudio.core.descent.engine import Trajectory
from gdstudio.core.descent.playback import Player, RunStepper, run_rows
from gdstudio.core.descent.schedules import Schedule

RUNS = [
    ("rosenbrock", dict(start=(-1.5, 2), learning_rate=1e-3, max_steps=4000, tolerance=0)),
    ("rosenbrock", dict(start=(-1.5, 2), learning_rate=1e-3, optimizer="momentum", max_steps=5000)),
    ("rosenbrock", dict(start=(-1.5, 2), learning_rate=2e-2, optimizer="adam", max_steps=5000)),
    ("rosenbrock", dict(start=(-1.5, 2), learning_rate=2e-2, optimizer="nesterov")),  # diverges in 2 steps
    ("himmelblau", dict(start=(0, 0), learning_rate=0.01, optimizer="rmsprop")),
    ("rastrigin", dict(start=(2.2, -1.3), learning_rate=0.002, optimizer="adagrad", max_steps=3000)),
    ("seed", dict(start=(-1.5, 2), learning_rate=0.6)),  # converges
    ("seed", dict(start=(-1.5, 2), learning_rate=0.7)),  # overshoots and diverges
    ("seed", dict(start=(-1.5, 2), learning_rate=0.3, schedule=Schedule("step", step_size=7, step_factor=0.5))),
    ("elongated", dict(start=(-1.5, 1), learning_rate=0.05, optimizer="momentum", schedule=Schedule("cosine", period=300))),
    ("beale", dict(start=(1, 1.5), learning_rate=0.01, schedule=Schedule("exponential", exponential_factor=0.999), max_steps=2000)),
    ("seed", dict(start=(-1.5, 2), learning_rate=0.1, max_steps=0)),
    ("sqrt(x) + y^2", dict(start=(1, 1), learning_rate=0.9)),  # walks out of f's domain: undefined
    ("log(x) + y^2", dict(start=(-1, 1), learning_rate=0.1)),  # undefined at the start
]


def _function(name):
    return parse_function(PRESETS[name].function if name in PRESETS else name)


def _played(objective, settings, seed=1, descent=None):
    player = Player(objective, settings, run_id=7, descent=descent)
    batches = [player.initial_batch()]
    rng = np.random.default_rng(seed)
    while not player.finished:
        batches.append(player.advance(int(rng.integers(1, 400))))
    return player, batches


@pytest.mark.parametrize("name, settings", RUNS, ids=[f"{n.split('(')[0]}-{s.get('optimizer', 'gd')}-{i}" for i, (n, s) in enumerate(RUNS)])
def test_batches_hold_every_step_of_the_engines_run_bit_for_bit(name, settings):
    function = _function(name)
    settings = RunSettings(**settings)
    reference = run_descent(function, settings)
    player, batches = _played(function, settings)
    assert [b.first_index for b in batches] == list(np.cumsum([0] + [b.count for b in batches[:-1]]))
    np.testing.assert_array_equal(np.concatenate([b.points for b in batches]), reference.points)
    np.testing.assert_array_equal(np.concatenate([b.loss for b in batches]), reference.loss)
    np.testing.assert_array_equal(np.concatenate([b.gradient for b in batches]), reference.gradient)
    assert player.status == reference.status and batches[-1].steps == reference.steps
    assert batches[-1].status == reference.status


@pytest.mark.parametrize("name, settings", RUNS[6:11], ids=["converges", "diverges", "step-decay", "cosine-momentum", "exponential"])
def test_each_batch_ends_with_the_record_the_engine_gives_for_that_update(name, settings):
    function = parse_function(PRESETS[name].function)
    settings = RunSettings(**settings)
    records = {record.step: record for record in descend(function, settings, run_id=7)}
    _, batches = _played(function, settings, seed=3)
    assert batches[0].last is None
    for batch in batches[1:]:
        record, expected = batch.last, records[batch.steps]
        for field in ("previous_point", "point", "gradient", "next_gradient", "update"):
            np.testing.assert_array_equal(getattr(record, field), getattr(expected, field), err_msg=field)
        assert (record.loss_before, record.loss, record.learning_rate) == (expected.loss_before, expected.loss, expected.learning_rate)
        assert record.status == expected.status and record.run_id == 7 and record.step == expected.step
        assert record.state.keys() == expected.state.keys()
        for key in record.state:
            np.testing.assert_array_equal(record.state[key], expected.state[key])


def test_the_player_keeps_no_copy_of_the_path():
    function = parse_function(PRESETS["rosenbrock"].function)
    player = Player(function, RunSettings(start=(-1.5, 2), learning_rate=1e-5, max_steps=50_000, tolerance=0))
    handed = player.initial_batch().count
    tracemalloc.start()
    try:
        while not player.finished:
            handed += player.advance(1000).count  # the window takes each batch; here it is dropped
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert handed == 50_001 and player.descent.trajectories is None
    # a batch's rows at a time (1,000 × 40 bytes, and the float loop's lists), never the
    # 2 MB of 50,000 rows (the engine's recording held 2.6 MB here, and the window its own copy)
    assert peak < 1_000_000


def test_a_new_learning_rate_applies_from_the_next_update_of_the_float_loop():
    function = parse_function("x^2 + x*y + y^2")
    player = Player(function, RunSettings(start=(1, 1), learning_rate=0.1, max_steps=50))
    player.initial_batch()
    first = player.advance(3)
    player.set_learning_rate(0.3)
    second = player.advance(1)
    w, g = first.points[-1], first.gradient[-1]
    np.testing.assert_array_equal(second.points[0], w + (-0.3 * g))
    assert second.last.learning_rate == 0.3 and first.last.learning_rate == 0.1


def test_a_recording_descent_given_to_the_player_still_records_its_whole_path():
    # an MLP training plays its own descent, whose path it keeps (and steps through the engine)
    function = parse_function("x^2 + 3y^2")
    settings = RunSettings(start=(2, 1), learning_rate=0.05, max_steps=300)
    descent = Descent(function, [settings])
    player, batches = _played(function, settings, descent=descent)
    reference = run_descent(function, settings)
    np.testing.assert_array_equal(descent.trajectories[0].points, reference.points)
    np.testing.assert_array_equal(np.concatenate([b.points for b in batches]), reference.points)


class _Bowl:
    """An objective that is not a typed function: the stepper goes through Descent.step."""

    dimension = 2

    def loss_and_gradient(self, points):
        return (points**2).sum(axis=1), 2 * points


def test_other_objectives_step_through_the_engine_with_the_same_batches():
    settings = RunSettings(start=(1.0, -2.0), learning_rate=0.1, max_steps=500)
    player, batches = _played(_Bowl(), settings)
    reference = run_descent(_Bowl(), settings)
    assert player.stepper.scalar is None and player.status is Status.CONVERGED
    np.testing.assert_array_equal(np.concatenate([b.loss for b in batches]), reference.loss)


def test_the_stepper_stands_aside_every_32_updates_and_stops_at_its_deadline():
    function = parse_function(PRESETS["rosenbrock"].function)
    descent = Descent(function, [RunSettings(start=(-1.5, 2), learning_rate=1e-5, max_steps=1_000_000, tolerance=0)], record=False)
    stepper = RunStepper(descent)
    rows = Trajectory(2)
    calls = []
    made = stepper.advance(1000, rows, pause=lambda: calls.append(1))
    assert made == 1000 == rows.count and len(calls) == 1000 // 32
    made = stepper.advance(10**9, rows, deadline=0.0)  # long past: it stops at the first check
    assert made == 32 and descent.steps[0] == 1032


def test_the_engine_stands_aside_after_every_update():
    # an engine update (a network's step, a line search's trials) holds the interpreter for
    # tens of microseconds to milliseconds: a window that paints waits for each one at most
    settings = RunSettings(start=(1.0, -2.0), learning_rate=1e-4, max_steps=1_000_000, tolerance=0)
    descent = Descent(_Bowl(), [settings], record=False)
    stepper = RunStepper(descent)
    assert stepper.scalar is None
    calls = []
    made = stepper.advance(100, Trajectory(2), pause=lambda: calls.append(descent.steps[0]))
    assert made == 100 and calls == list(range(1, 101))


def test_run_rows_yields_the_whole_run_a_chunk_at_a_time():
    function = parse_function(PRESETS["himmelblau"].function)
    settings = RunSettings(start=(0, 0), learning_rate=0.01, optimizer="adam", max_steps=2500, tolerance=0)
    descent = Descent(function, [settings], record=False)
    chunks = list(run_rows(descent, chunk=300))
    reference = run_descent(function, settings)
    assert max(len(c) for c in chunks) <= 300 and len(chunks) == 10  # the start point, then 2500 updates
    np.testing.assert_array_equal(np.concatenate([c.steps for c in chunks]), np.arange(2501))
    np.testing.assert_array_equal(np.concatenate([c.points for c in chunks]), reference.points)
    np.testing.assert_array_equal(np.concatenate([c.gradient for c in chunks]), reference.gradient)
    assert descent.status(0) is Status.MAX_STEPS
