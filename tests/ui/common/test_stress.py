"""Random interleavings of everything a person can do while a run plays."""

import random
import threading

import numpy as np
from PySide6 import QtCore

FUNCTIONS = ["x^2 + y^2", "x^2 + x*y + y^2", "(1 - x)^2 + 100(y - x^2)^2", "x^2 - y^2", "sin(x) + cos(y)", "x^2 +", "log(x) + y^2"]


def test_random_interleavings_leave_a_consistent_window(qtbot, window):
    rng = random.Random(20261125)
    threads_before = threading.active_count()
    controls = window.tab("function").controls
    actions = [
        lambda: window.tab("function").toggle_play(),
        lambda: window.tab("function").step_once(),
        lambda: window.tab("function").reset_run(),
        lambda: window.tab("function").set_function_text(rng.choice(FUNCTIONS)),
        lambda: controls.learning_rate_spin.setValue(10 ** rng.uniform(-4, 0)),
        lambda: controls.start_x_spin.setValue(rng.uniform(-2, 2)),
        lambda: controls.optimizer_combo.setCurrentIndex(rng.randrange(controls.optimizer_combo.count())),
        lambda: controls.speed_slider.setValue(rng.randrange(controls.speed_slider.maximum() + 1)),
        lambda: controls.max_steps_spin.setValue(rng.choice([0, 5, 50, 1000])),
        lambda: qtbot.keyClick(window, QtCore.Qt.Key.Key_Space),
    ]
    for _ in range(300):
        rng.choice(actions)()
        if rng.random() < 0.3:
            qtbot.wait(rng.choice([0, 1, 5]))
        else:
            QtCore.QCoreApplication.processEvents()
    if window.tab("function").playing:
        window.tab("function").toggle_play()
    # let every queued batch arrive, then check what is drawn
    qtbot.wait(200)
    window.tab("function").dirty = True
    with qtbot.waitSignal(window.tab("function").redrawn, timeout=3000):
        pass
    count = window.tab("function").trajectory.count
    assert count >= 1
    points = window.tab("function").trajectory.points
    # every drawn point belongs to the current function: loss is f at the point
    np.testing.assert_allclose(
        window.tab("function").trajectory.loss, window.tab("function").function.value(points[:, 0], points[:, 1]), equal_nan=True
    )
    line = window.tab("function").contour_plot.paths[0]
    x, _y = line.getData()
    assert len(x) == count
    assert window.tab("function").steps == count - 1
    assert window.tab("function").worker.thread.isRunning()
    assert threading.active_count() <= threads_before + 1
    window.close()
    assert not window.tab("function").worker.thread.isRunning()


def test_the_worker_stands_aside_until_the_frames_queued_work_has_run(qtbot, window):
    """painting(): the worker waits from the start of a frame until the events the
    frame queued (the scenes' own bookkeeping) have been handled; contexts nest."""
    owner = window.tab("function").worker
    idle = owner.window_idle
    queued = []
    with owner.painting():
        assert not idle.is_set()
        with owner.painting():
            QtCore.QTimer.singleShot(0, lambda: queued.append(idle.is_set()))
        assert not idle.is_set()  # the inner context does not release the outer one
    assert not idle.is_set()  # released only after the queued work
    qtbot.waitUntil(idle.is_set, timeout=1000)
    assert queued == [False]  # the queued work ran while the worker still stood aside
    # each tab's worker has its own: one tab's frame never holds up another's release
    other = window.tab("compare").thread
    with owner.painting():
        with other.painting():
            pass
        qtbot.waitUntil(other.window_idle.is_set, timeout=1000)
        assert not idle.is_set()
    qtbot.waitUntil(idle.is_set, timeout=1000)
