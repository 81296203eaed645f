"""The Function tab's timeline: step back and forward through a run without running it again."""

import numpy as np
from PySide6 import QtCore


def run_steps(qtbot, tab, count):
    """``count`` more updates, one Step (→) at a time."""
    for _ in range(count):
        before = tab.trajectory.count
        tab.step_once()
        qtbot.waitUntil(lambda before=before: tab.trajectory.count == before + 1, timeout=3000)


def test_back_and_forward_show_exactly_the_stored_numbers(qtbot, window):
    tab = window.tab("function")
    tab.apply_preset("elongated")
    qtbot.waitUntil(lambda: tab.trajectory.count == 1, timeout=3000)
    texts = {}
    run_steps(qtbot, tab, 6)
    for t in range(7):
        tab.show_step(t)
        texts[t] = tab.step_panel.text()
    # the panel at the newest step, shown from the worker's own record, equals the rebuilt one
    tab.go_to_end()
    assert tab.view_step is None and tab.step_panel.text() == texts[6]
    for t in range(5, -1, -1):
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Left)
        assert tab.view_step == t and tab.step_panel.text() == texts[t]
        assert tab.timeline.slider.value() == t
        marker = tab.contour_plot.current_points()[0]
        assert np.allclose(marker, tab.trajectory.points[t])
        assert tab.step_label.text() == f"t = {t} of 6"
    assert "Start" in tab.step_panel.text()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)  # forward through the stored steps: nothing new is run
    assert tab.view_step == 1 and tab.trajectory.count == 7 and tab.step_panel.text() == texts[1]
    qtbot.keyClick(window, QtCore.Qt.Key.Key_End)
    assert tab.view_step is None and tab.step_panel.text() == texts[6]
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Home)
    assert tab.view_step == 0 and tab.trajectory.count == 7


def test_a_gamma_changed_mid_run_shows_with_each_past_step(qtbot, window):
    tab = window.tab("function")
    tab.apply_preset("seed")
    qtbot.waitUntil(lambda: tab.trajectory.count == 1, timeout=3000)
    run_steps(qtbot, tab, 2)
    tab.controls.learning_rate_spin.setValue(0.05)
    qtbot.waitUntil(lambda: tab.session.learning_rate == 0.05, timeout=3000)
    run_steps(qtbot, tab, 4)
    # the update w_t → w_{t+1} is −γ_t ∇f(w_t), with the γ of its time
    for t, rate in ((0, tab.rate_changes[0][1]), (1, tab.rate_changes[0][1]), (2, 0.05), (3, 0.05)):
        update = tab.trajectory.points[t + 1] - tab.trajectory.points[t]
        np.testing.assert_allclose(update, -tab.learning_rate_at(t) * tab.trajectory.gradient[t], rtol=1e-12)
        assert tab.learning_rate_at(t) == rate


def test_play_from_an_earlier_step_continues_from_the_end_and_says_so(qtbot, window):
    tab = window.tab("function")
    tab.apply_preset("elongated")
    qtbot.waitUntil(lambda: tab.trajectory.count == 1, timeout=3000)
    run_steps(qtbot, tab, 3)
    tab.go_to_start()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert tab.view_step is None and "continues the run from its latest step, t = 3" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: tab.trajectory.count > 6, timeout=5000)
    tab.toggle_play()
    # dragging the slider shows that step
    tab.timeline.slider.setValue(2)
    assert tab.view_step == 2 and np.allclose(tab.contour_plot.current_points()[0], tab.trajectory.points[2])
