"""Each stop reason in the window, on its own function: the status line and the step
panel name why the run stopped."""

import pytest
from PySide6 import QtCore


def type_function(qtbot, tab, text):
    edit = tab.controls.function_edit
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)


@pytest.mark.parametrize(
    "function, start, rate, status, words",
    [
        ("sqrt(-x) + y^2", (1.5, -1.0), 0.1, "undefined", ["undefined at (x, y) = (1.5, −1)", "sqrt of a negative number", "at the start"]),
        ("log(x) + y^2", (1.5, -1.0), 0.1, "undefined", ["log of a non-positive number", "at step 13"]),
        ("x^2 + x*y + y^2", (1.0, 1.0), 0.7, "diverged", ["diverged at step 121", "γ too large"]),
        ("x^2 + x*y + y^2", (1.0, 1.0), 0.5, "converged", ["converged", "local minimum"]),
        ("x^2 - y^2", (1.0, 0.0), 0.1, "converged", ["converged", "saddle point"]),
        ("x^2 + y^2", (1.0, 1.0), 1.0, "max_steps", ["stopped at the step limit"]),
    ],
)
def test_every_stop_says_why(qtbot, window, function, start, rate, status, words):
    tab = window.tab("function")
    type_function(qtbot, tab, function)
    qtbot.waitUntil(lambda: tab.function is not None and tab.function.text == function, timeout=3000)
    tab.controls.set_start(*start)
    tab.set_start(*start)
    tab.controls.learning_rate_spin.setValue(rate)
    qtbot.waitUntil(lambda: tab.session.learning_rate == rate and tab.trajectory.count == 1, timeout=3000)
    tab.controls.speed_slider.setValue(tab.controls.speed_slider.maximum())
    if str(tab.status) == "running":
        with qtbot.waitSignal(tab.run_finished, timeout=10_000):
            tab.toggle_play()
    tab._redraw_now()
    assert str(tab.status) == status
    for word in words:
        assert word in tab.state_label.text(), tab.state_label.text()
        assert word in tab.step_panel.text(), tab.step_panel.text()


def test_a_click_on_the_contour_gives_a_start_at_the_axes_resolution(qtbot, window):
    tab = window.tab("function")
    tab.apply_preset("seed")
    x, y = tab.contour_plot._rounded(-0.99792, 1.4983)
    assert (x, y) == (-1.0, 1.5)
