"""A screen reader can follow the descent: each plot's accessible description says what
it shows now, and changes as the run steps."""

from PySide6 import QtCore

from gdstudio.ui.common.text import number


def test_the_function_tab_s_plots_describe_the_step_shown(qtbot, window):
    tab = window.tab("function")
    window.show_tab("function")
    qtbot.waitUntil(lambda: tab.trajectory.count >= 1, timeout=5000)
    for _ in range(2):
        qtbot.mouseClick(tab.controls.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.steps == 2, timeout=5000)
    with qtbot.waitSignal(tab.redrawn, timeout=3000):
        tab.dirty = True
    point = tab.trajectory.points[-1]
    contour = tab.contour_plot.accessibleDescription()
    assert contour.startswith("contour of f(x, y) with the descent path; step 2 at (")
    loss = float(tab.trajectory.loss[-1])
    assert f"({number(float(point[0]))}, {number(float(point[1]))}), f = {number(loss)}" in contour
    assert tab.loss_plot.accessibleDescription().startswith("loss curve of 3 stored steps; step 2 at (")


def test_the_race_and_the_network_describe_what_they_show(qtbot, window):
    compare = window.tab("compare")
    window.show_tab("compare")
    qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.contour.accessibleDescription().startswith("the race's paths on the contour"), timeout=5000)
    first_run = compare.race_labels[0]
    assert first_run in compare.contour.accessibleDescription()
    assert compare.loss.accessibleDescription().startswith("loss of each run against the step t: ")

    mlp = window.tab("mlp")
    window.show_tab("mlp")
    qtbot.mouseClick(mlp.controls.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(mlp.loss_plot.accessibleDescription()), timeout=8000)
    assert mlp.data_plot.accessibleDescription() and mlp.weight_plot.accessibleDescription()
    assert "<" not in mlp.loss_plot.accessibleDescription()  # rich text said as words, not tags
