"""A worker never dies silently: an exception nobody expected, in any worker's slot or
timer tick, ends that run with its stop reason said in the window (the status line,
the step panel), never a traceback dialog; Reset runs again."""

import pytest
from PySide6 import QtCore

from gdstudio.core.descent.playback import Player
from gdstudio.core.descent.race import Race
from gdstudio.ui.common.worker import (
    FAST,
    FAST_REST_MS,
    DescentWorker,
    WorkerOwner,
    WorkerThread,
    paced_updates_per_tick,
    tick_interval_ms,
)
from gdstudio.ui.compare.worker import CompareThread, CompareWorker
from gdstudio.ui.mlp.worker import TrainingThread, TrainingWorker


def show_tab(qtbot, window, title):
    bar = window.mode_tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, QtCore.Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def fail_after(monkeypatch, cls, name, calls):
    """``cls.name`` works ``calls`` times, then raises a RuntimeError (a bug in the making)."""
    original = getattr(cls, name)
    made = [0]

    def failing(self, *args, **kwargs):
        made[0] += 1
        if made[0] > calls:
            raise RuntimeError("the optimiser's state went missing")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, failing)
    return made


SENTENCE = "because of an unexpected error in gdstudio (RuntimeError: the optimiser's state went missing)"


def test_a_playing_function_run_that_raises_stops_and_says_why(qtbot, window, messages, monkeypatch):
    tab = window.tab("function")
    tab.apply_preset("rosenbrock")
    tab.controls.speed_slider.setValue(tab.controls.speed_slider.maximum())
    # a run long enough to reach the failing batch whatever the machine's speed
    tab.controls.tolerance_spin.setValue(0.0)
    tab.controls.max_steps_spin.setValue(10_000_000)
    qtbot.waitUntil(lambda: tab.trajectory.count == 1 and tab.session.max_steps == 10_000_000, timeout=3000)
    fail_after(monkeypatch, Player, "advance", 3)
    qtbot.mouseClick(tab.controls.play_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.failure), timeout=5000)
    steps = tab.steps
    assert steps > 0
    assert not tab.playing and not tab.worker.worker.playing
    assert str(tab.status) == "running"  # the core never saw it stop: the window says why it did
    tab._redraw_now()
    for shown in (tab.state_label.text(), tab.step_panel.text(), window.statusBar().currentMessage()):
        assert f"The run stopped at step {steps:,} {SENTENCE}" in shown, shown
    assert messages == []  # no dialog
    qtbot.wait(100)
    assert tab.steps == steps  # the run has ended: the worker makes no more steps
    # Step says the run has stopped; Reset (R) starts it again, and it plays
    monkeypatch.undo()
    qtbot.mouseClick(tab.controls.step_button, QtCore.Qt.MouseButton.LeftButton)
    assert tab.steps == steps
    qtbot.mouseClick(tab.controls.reset_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.trajectory.count == 1 and not tab.failure, timeout=3000)
    qtbot.mouseClick(tab.controls.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.steps == 1, timeout=3000)
    tab._redraw_now()
    assert "unexpected error" not in tab.state_label.text()


def test_a_step_that_raises_stops_the_run_too(qtbot, window, messages, monkeypatch):
    tab = window.tab("function")
    fail_after(monkeypatch, Player, "advance", 0)
    qtbot.mouseClick(tab.controls.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.failure), timeout=3000)
    assert f"The run stopped at step 0 {SENTENCE}" in tab.state_label.text()
    assert messages == []
    # Play on a run that ended on an error plays a new run from the start
    monkeypatch.undo()
    qtbot.mouseClick(tab.controls.play_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.steps > 5, timeout=3000)
    assert not tab.failure
    qtbot.mouseClick(tab.controls.play_button, QtCore.Qt.MouseButton.LeftButton)


def test_an_mlp_run_that_raises_stops_and_says_why(qtbot, window, messages, monkeypatch):
    show_tab(qtbot, window, "MLP task")
    mlp = window.tab("mlp")
    qtbot.waitUntil(lambda: mlp.frame is not None, timeout=5000)
    fail_after(monkeypatch, Player, "advance", 2)
    qtbot.mouseClick(mlp.controls.play_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(mlp.failure), timeout=5000)
    assert not mlp.playing and not mlp.running
    mlp.redraw_now()
    assert SENTENCE in mlp.readout_label.text()
    assert SENTENCE in window.statusBar().currentMessage()
    assert messages == []
    monkeypatch.undo()
    qtbot.mouseClick(mlp.controls.reset_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not mlp.failure and mlp.running, timeout=3000)
    qtbot.mouseClick(mlp.controls.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mlp.steps == 1, timeout=3000)


def test_a_race_that_raises_stops_and_says_why(qtbot, window, messages, monkeypatch):
    show_tab(qtbot, window, "Compare")
    compare = window.tab("compare")
    qtbot.waitUntil(lambda: compare.step_count == 0 and len(compare.trajectories) > 0, timeout=5000)
    fail_after(monkeypatch, Race, "advance", 2)
    qtbot.mouseClick(compare.play_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "stopped by an error" in compare.statuses, timeout=5000)
    assert not compare.playing
    assert "The race stopped at step" in window.statusBar().currentMessage()
    assert SENTENCE in window.statusBar().currentMessage()
    assert messages == []
    # Play races again from t = 0
    monkeypatch.undo()
    qtbot.mouseClick(compare.play_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count > 0 and "stopped by an error" not in compare.statuses, timeout=5000)
    qtbot.mouseClick(compare.play_button, QtCore.Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("owner, worker", [(WorkerOwner, DescentWorker), (TrainingThread, TrainingWorker), (CompareThread, CompareWorker)])
def test_every_slot_and_tick_of_every_worker_reports_its_failures(owner, worker):

    requests = (WorkerThread if owner is WorkerOwner else owner).REQUESTS
    for name in (*requests, "shutdown", "initialise", "_tick"):
        assert getattr(getattr(worker, name), "reports_failures", False), f"{worker.__name__}.{name}"


def test_the_function_and_mlp_workers_share_one_pacing():
    assert tick_interval_ms(FAST) == FAST_REST_MS
    assert (tick_interval_ms(1), paced_updates_per_tick(1)) == (1000, 1)
    assert (tick_interval_ms(30), paced_updates_per_tick(30)) == (33, 1)
    assert (tick_interval_ms(250), paced_updates_per_tick(250)) == (16, 4)
    assert (tick_interval_ms(1000), paced_updates_per_tick(1000)) == (16, 16)
    assert "_schedule" not in vars(TrainingWorker) and "_schedule" not in vars(DescentWorker)


@pytest.mark.parametrize("owner_class", [WorkerThread, TrainingThread, CompareThread])
def test_each_worker_makes_its_timers_and_steps_in_its_own_thread(qtbot, owner_class):
    """With PySide6 6.10 a connection to a slot a subclass overrides is called in the
    GUI thread: a worker whose initialise was overridden made its timers there."""
    owner = owner_class()
    try:
        qtbot.waitUntil(lambda: owner.worker.timer is not None, timeout=3000)
        timers = [owner.worker.timer, getattr(owner.worker, "settle_timer", None)]
        assert all(timer.thread() is owner.thread for timer in timers if timer is not None)
    finally:
        assert owner.stop()
