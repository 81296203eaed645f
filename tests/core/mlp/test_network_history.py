"""A network's path is bounded in bytes: every step up to the budget, then every k-th,
the steps looked at and the exact last state; the loss of every step stays."""

from __future__ import annotations

import numpy as np

from gdstudio.core.mlp.datasets import make_dataset
from gdstudio.core.mlp.history import NETWORK_HISTORY_BYTES, NetworkHistory, history_rows, row_bytes
from gdstudio.core.mlp.training import Training, TrainingSettings


def _runs(steps: int, rows: int, pins=()):
    dataset = make_dataset("xor", samples=60)
    settings = TrainingSettings(hidden=(4,), learning_rate=0.02, max_steps=steps, tolerance=0.0)
    dimension = 2 * 4 + 4 + 4 + 1
    bounded = Training(dataset, settings, use_kernel=False, history_bytes=rows * row_bytes(dimension))
    for step in pins:
        assert bounded.pin(step)
    whole = Training(dataset, settings, use_kernel=False)
    bounded.run()
    whole.run()
    return bounded, whole


def test_the_budget_is_bytes_of_rows():
    assert row_bytes(4417) == 8 * (2 * 4417 + 2)
    assert history_rows(2) == NETWORK_HISTORY_BYTES // 48 > 1_000_000
    assert history_rows(4417) == NETWORK_HISTORY_BYTES // row_bytes(4417) < 1000
    assert history_rows(10**9) == 2  # never fewer than the newest two


def test_a_thinned_network_history_keeps_every_kth_step_the_pins_and_the_exact_end():
    bounded, whole = _runs(steps=700, rows=100, pins=(37, 333))
    history = bounded.history
    assert history.thinned and history.stride == 8
    # within the budget: the multiples of k (at most the budget), the pins and the newest two
    assert history.count <= history.budget + 2 + 2
    assert history.nbytes <= (history.budget + 2 + 2 + 16) * row_bytes(bounded.network.dimension)
    steps = bounded.path_steps
    assert {0, 8, 696, 37, 333, 700} <= set(steps.tolist()) and 35 not in steps
    # each kept row is the run's own w_t, bit for bit, and the last state is exact
    assert np.array_equal(bounded.path, whole.path[steps])
    assert np.array_equal(bounded.path[-1], bounded.weights) and steps[-1] == bounded.steps == 700
    assert np.array_equal(history.gradient, whole.history.gradient[steps])
    # the loss of every step stays
    assert np.array_equal(bounded.loss_history, whole.loss_history) and len(bounded.loss_history) == 701
    assert bounded.weights_at(35)[0] == 37 and np.array_equal(bounded.weights_at(333)[1], whole.path[333])
    note = history.thinning_note()
    assert note.startswith("The path shows every 8th of 701 steps") and "2 steps you looked at" in note
    assert bounded.report()["history"] == {"kept": history.count, "stride": 8, "note": note}
    assert "history" not in whole.report()


def test_a_history_within_its_budget_keeps_every_step():
    bounded, whole = _runs(steps=90, rows=100)
    assert not bounded.history.thinned and np.array_equal(bounded.path, whole.path) and len(bounded.path) == 91
    assert np.array_equal(bounded.path_steps, np.arange(91))


def test_rows_come_in_batches_as_from_the_engine():
    history = NetworkHistory(3, budget_bytes=10 * row_bytes(3))
    rng = np.random.default_rng(0)
    points = rng.standard_normal((55, 3))
    for start in range(0, 55, 7):
        part = slice(start, min(start + 7, 55))
        history.extend(points[part], points[part, 0], points[part] * 2)
    assert history.total == 55 and np.array_equal(history.all_losses, points[:, 0])
    assert np.array_equal(history.points, points[history.steps]) and history.steps[-1] == 54
    assert history.count <= 10 + 2
    assert NetworkHistory(3, budget_bytes=0).budget == 2  # the newest two, at least
