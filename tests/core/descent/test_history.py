"""A run's history in the window: every step while it fits, thinned past its budget, the
newest step and the steps looked at always kept, exactly as they came."""

import numpy as np
import pytest

from gdstudio.core import PRESETS, Descent, RunSettings, parse_function
from gdstudio.core.descent.history import HISTORY_BUDGET, RunHistory
from gdstudio.core.descent.playback import Player, run_rows


def _rows(count, seed=0):
    rng = np.random.default_rng(seed)
    points = rng.normal(size=(count, 2))
    return points, rng.normal(size=count), -points * 3.0


def _fed(history, points, loss, gradient, seed=1, check=None):
    rng = np.random.default_rng(seed)
    start = 0
    while start < len(loss):
        end = min(len(loss), start + int(rng.integers(1, 4000)))
        history.extend(points[start:end], loss[start:end], gradient[start:end])
        start = end
        if check is not None:
            check(history, end)


def test_every_step_while_it_fits_as_a_trajectory_holds_it():
    points, loss, gradient = _rows(50_000)
    history = RunHistory(2, budget=50_000)
    _fed(history, points, loss, gradient)
    assert not history.thinned and history.thinning_note() == "" and history.count == history.total == 50_000
    np.testing.assert_array_equal(history.steps, np.arange(50_000))
    np.testing.assert_array_equal(history.points, points)
    np.testing.assert_array_equal(history.gradient, gradient)
    assert history.index_of(12_345) == 12_345 and history.last_step == 49_999


def test_past_the_budget_every_kth_step_and_the_exact_newest_one():
    points, loss, gradient = _rows(300_000)
    budget = 40_000

    def check(history, end):
        # at every moment: within the budget, the newest update's two steps exact
        assert history.count <= budget + 2 and history.total == end
        assert history.steps[-1] == end - 1 and (end < 2 or history.steps[-2] == end - 2)
        np.testing.assert_array_equal(history.points[-2:], points[max(end - 2, 0) : end])
        assert history.loss[-1] == loss[end - 1]

    history = RunHistory(2, budget=budget)
    _fed(history, points, loss, gradient, check=check)
    assert history.thinned and history.stride == 8  # 300,000 / 8 = 37,500 rows
    steps = history.steps
    np.testing.assert_array_equal(steps[:-2], np.arange(0, 300_000, 8))
    np.testing.assert_array_equal(steps[-2:], [299_998, 299_999])
    np.testing.assert_array_equal(history.points, points[steps])
    np.testing.assert_array_equal(history.loss, loss[steps])
    np.testing.assert_array_equal(history.gradient, gradient[steps])
    assert history.thinning_note() == "The path shows every 8th of 300,000 steps (37,502 kept); the last step is exact."
    # its arrays never grew much past the budget; past 75 % of it the rows of the next
    # stride are kept ahead, in arrays of the same size (about half of them written)
    assert history.nbytes <= 2 * (budget + 2 + 1024) * 6 * 8


def test_steps_looked_at_stay_through_every_thinning():
    points, loss, gradient = _rows(120_000, seed=2)
    history = RunHistory(2, budget=10_000)
    looked = []

    def check(history, end):
        # a person looks at the step shown now, and at the one before it
        if len(looked) < 30 and end > 1000:
            assert history.pin(end - 1) and history.pin(end - 2)
            looked.extend([end - 1, end - 2])

    _fed(history, points, loss, gradient, check=check)
    assert history.stride >= 16
    assert history.count <= 10_000 + len(looked) + 2
    for step in looked:
        row = history.index_of(step)
        assert row is not None, step
        np.testing.assert_array_equal(history.points[row], points[step])
        assert history.gradient[row].tolist() == gradient[step].tolist()
    assert f"with the {len(set(looked))} steps you looked at" in history.thinning_note()
    # a step thinned away cannot be pinned back; a future one can, before it comes
    gone = next(step for step in range(1, 1000) if history.index_of(step) is None)
    assert not history.pin(gone)
    assert history.pin(120_003)
    history.extend(points[:10], loss[:10], gradient[:10])  # steps 120,000 … 120,009
    assert history.index_of(120_003) is not None and history.loss[history.index_of(120_003)] == loss[3]


def test_nearest_finds_the_kept_step_closest_to_any_step():
    points, loss, gradient = _rows(10_000, seed=3)
    history = RunHistory(2, budget=1_000)
    _fed(history, points, loss, gradient)
    stride = history.stride
    assert stride == 16
    assert history.steps[history.nearest(5 * stride + 3)] == 5 * stride
    assert history.steps[history.nearest(5 * stride + 9)] == 6 * stride
    assert history.steps[history.nearest(-5)] == 0 and history.steps[history.nearest(10**9)] == 9_999
    assert history.index_of(5 * stride + 3) is None and history.index_of(5 * stride) is not None


def test_the_window_s_ten_million_step_run_fits_the_documented_budget():
    assert HISTORY_BUDGET == 1_000_000  # the README says so
    history = RunHistory(2)
    block = np.zeros((1 << 16, 2))
    for _ in range(10_000_000 // len(block) + 1):
        history.extend(block, np.zeros(len(block)), block)
    assert history.total > 10_000_000 and history.count <= HISTORY_BUDGET + 2
    assert history.nbytes < 50_000_000  # x, y, f, ∂f/∂x, ∂f/∂y, t: 48 bytes a row


def test_a_played_run_kept_in_a_history_holds_the_runs_own_rows():
    function = parse_function(PRESETS["rosenbrock"].function)
    settings = RunSettings(start=(-1.5, 2), learning_rate=1e-4, max_steps=60_000, tolerance=0)
    whole = np.concatenate([chunk.points for chunk in run_rows(Descent(function, [settings], record=False))])
    player = Player(function, settings)
    history = RunHistory(2, budget=5_000)
    batch = player.initial_batch()
    while True:
        assert batch.first_index == history.total
        history.extend(batch.points, batch.loss, batch.gradient)
        if player.finished:
            break
        batch = player.advance(777)
    np.testing.assert_array_equal(history.points, whole[history.steps])
    np.testing.assert_array_equal(history.points[-1], player.descent.points[0])


@pytest.mark.parametrize("budget", [0, 1])
def test_a_budget_below_two_rows_is_refused(budget):
    with pytest.raises(ValueError):
        RunHistory(2, budget=budget)


def test_one_step_at_a_time_as_the_step_button_gives_them():
    points, loss, gradient = _rows(5_000, seed=4)
    history = RunHistory(2, budget=300)
    for step in range(5_000):
        history.append(points[step], loss[step], gradient[step])
        assert history.count <= 300 + len(history.pinned) + 2 and history.steps[-1] == step
        if step == 2_500:
            assert history.pin(step - 1) and history.pin(step)
    assert history.stride == 32
    np.testing.assert_array_equal(history.points, points[history.steps])
    assert {2_499, 2_500, 4_998, 4_999} <= set(history.steps.tolist())
    assert history.steps[:-2].tolist() == sorted(set(range(0, 5_000, 32)) | {2_499, 2_500})


@pytest.mark.parametrize("seed", range(6))
def test_the_strided_thinning_keeps_exactly_the_rows_the_masked_one_keeps(seed, monkeypatch):
    """With no pinned steps the history thins by strided copies (a third of the time); it
    must leave the same rows, in the same order, as the general masked compaction."""
    rng = np.random.default_rng(seed)
    budget = int(rng.integers(4, 60))
    batches = [int(rng.integers(1, 40)) for _ in range(80)]

    def run(strided: bool) -> RunHistory:
        if not strided:
            monkeypatch.setattr(RunHistory, "_thin_every_other_row", lambda self, newest: False)
        history = RunHistory(2, budget=budget, capacity=8)
        total = 0
        for size in batches:
            steps = np.arange(total, total + size, dtype=float)
            history.extend(np.column_stack([steps, -steps]), steps * 0.5, np.column_stack([steps + 1, steps - 1]))
            total += size
        monkeypatch.undo()
        return history

    fast, general = run(True), run(False)
    assert fast.stride == general.stride > 1
    assert fast.count == general.count
    np.testing.assert_array_equal(fast.steps, general.steps)
    np.testing.assert_array_equal(fast.points, general.points)
    np.testing.assert_array_equal(fast.loss, general.loss)
    np.testing.assert_array_equal(fast.gradient, general.gradient)
    # the rows are the multiples of the stride, and the newest two steps
    assert np.all((fast.steps[:-2] % fast.stride) == 0) and fast.last_step == sum(batches) - 1


def test_a_thinning_switches_to_the_rows_kept_ahead_and_keeps_what_the_copy_keeps(monkeypatch):
    """Past 75 % of the budget the rows of the next stride are copied ahead, a slice per
    batch, so the thinning itself copies no whole history (12-22 ms of the window's
    thread at 1,000,000 rows). What it keeps is what the thinning by copy keeps: a
    history with a pin that never arrives thins by copy, and holds the same rows at
    every batch."""
    points, loss, gradient = _rows(700_000, seed=5)
    budget = 40_000
    ahead, copied = RunHistory(2, budget=budget), RunHistory(2, budget=budget)
    copied.pin(10**12)  # a step the run never reaches: the same rows, thinned by copy
    thinned_by_copy = []
    original = RunHistory._thin

    def thin(self, newest):
        thinned_by_copy.append(self)
        original(self, newest)

    monkeypatch.setattr(RunHistory, "_thin", thin)
    rng = np.random.default_rng(3)
    start = 0
    while start < len(loss):
        end = min(len(loss), start + int(rng.integers(1, 4000)))
        for history in (ahead, copied):
            history.extend(points[start:end], loss[start:end], gradient[start:end])
        start = end
        assert ahead.stride == copied.stride and ahead.count == copied.count
        np.testing.assert_array_equal(ahead.steps, copied.steps)
    np.testing.assert_array_equal(ahead.points, copied.points)
    np.testing.assert_array_equal(ahead.loss, copied.loss)
    np.testing.assert_array_equal(ahead.gradient, copied.gradient)
    assert ahead.stride == 32 and ahead.thinning_note() == copied.thinning_note()
    assert ahead not in thinned_by_copy and copied in thinned_by_copy
    # a step looked at while rows are kept ahead: that thinning copies, and keeps it
    ahead.pin(int(ahead.steps[-1]))
    pinned = int(ahead.steps[-1])
    more_points, more_loss, more_gradient = _rows(1_000_000, seed=6)
    ahead.extend(more_points, more_loss, more_gradient)
    assert ahead.index_of(pinned) is not None and ahead in thinned_by_copy
