"""The Function tab with a step that is a direction times a step size: the step-size
field beside γ, the line-search plot of the step shown, Newton's model and the BFGS
ellipse on the contour, the evaluation counts and the loss against evaluations."""

import json
import os

import numpy as np
import pytest
from PySide6 import QtCore

from gdstudio.core.descent.engine import Descent, RunSettings
from gdstudio.core.function.language import parse_function

ROSENBROCK = "(1 - x)^2 + 100*(y - x^2)^2"
SHOTS = os.environ.get("GDSTUDIO_SHOTS")  # a folder: the tests also save what they drew there


def _set_up(window, qtbot, function, start, optimizer, rule, learning_rate=1.0):
    tab = window.tab("function")
    controls = tab.controls
    controls.function_edit.setText(function)
    controls.function_edit.returnPressed.emit()
    controls.start_x_spin.setValue(start[0])
    controls.start_y_spin.setValue(start[1])
    controls.learning_rate_spin.setValue(learning_rate)
    controls.optimizer_combo.setCurrentIndex(controls.optimizer_combo.findData(optimizer))
    controls.line_search_combo.setCurrentIndex(controls.line_search_combo.findData(rule))
    qtbot.waitUntil(lambda: tab.trajectory.count == 1 and tab.session.line_search == rule, timeout=5000)
    return tab


def _step(tab, qtbot, count):
    for _ in range(count):
        before = tab.steps
        qtbot.mouseClick(tab.controls.step_button, QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda before=before: tab.steps == before + 1 or tab.status.value != "running", timeout=5000)
    tab._redraw_now()


def _shot(widget, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        widget.grab().save(os.path.join(SHOTS, name))


def test_backtracking_newton_on_rosenbrock_shows_its_trials_and_matches_the_core(window, qtbot):
    window.resize(1280, 720)
    tab = _set_up(window, qtbot, ROSENBROCK, (-1.2, 1.0), "newton", "armijo")
    assert tab.controls.findChild(type(tab.controls.line_search_combo), "lineSearchCombo").isEnabled()
    _step(tab, qtbot, 2)
    # the same run in the core, independently of the window
    descent = Descent(
        parse_function(ROSENBROCK), [RunSettings(start=(-1.2, 1.0), learning_rate=1.0, optimizer="newton", line_search="armijo")]
    )
    descent.step()
    descent.step()
    np.testing.assert_allclose(tab.trajectory.points[-1], descent.points[0], rtol=0, atol=0)
    # step 2 (w_1 → w_2) backtracks four times from α = 1: the plot of the step shown numbers them
    tab.show_step(2)
    plot = tab.findChild(type(tab.line_search_plot), "lineSearchPlot")
    assert plot.isVisible()
    assert plot.description.startswith("step 2: backtracking (Armijo), 4 trials, α = 0.125")
    shown = [label.toPlainText() for label in plot.labels if label.isVisible()]
    assert shown == ["1", "2", "3", "4"]
    xs, _ = plot.trials.getData()
    np.testing.assert_allclose(xs, [1.0, 0.5, 0.25, 0.125])
    # the trials lie along the ray from w_1 on the contour
    tx, ty = tab.trial_points.getData()
    w1 = tab.trajectory.points[1]
    direction = tab.searches[2].direction
    np.testing.assert_allclose(np.column_stack([tx, ty]), w1 + np.outer([1.0, 0.5, 0.25, 0.125], direction))
    # Newton's model: level sets around w_1 with the minimiser at w_1 + d
    mx, my = tab.model_minimum.getData()
    np.testing.assert_allclose([mx[0], my[0]], w1 + direction, rtol=1e-9)
    assert "α = 0.125" in tab.step_panel.text() and "backtracking" in tab.step_panel.text()
    label = tab.findChild(type(tab.evaluations_label), "evaluationsLabel")
    assert (
        label.text()
        == f"evaluations so far: f {descent.evaluations[0, 0]}, ∇f {descent.evaluations[0, 1]}, Hessian {descent.evaluations[0, 2]}"
    )
    _shot(window, "newton-armijo-1280x720.png")


def test_loss_against_evaluations_counts_every_trial(window, qtbot):
    tab = _set_up(window, qtbot, ROSENBROCK, (-1.2, 1.0), "gd", "armijo")
    _step(tab, qtbot, 5)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_E)
    qtbot.waitUntil(lambda: tab.controls.evaluations_axis_check.isChecked(), timeout=2000)
    tab._redraw_now()
    expected = [1]
    for t in range(1, 6):
        expected.append(expected[-1] + len(tab.searches[t].trials))
    np.testing.assert_array_equal(tab._loss_axis(np.arange(6)), expected)
    assert tab.loss_plot.plot_item.getAxis("bottom").labelText == "evaluations of f"


def test_bfgs_shows_its_ellipse_beside_the_true_one_and_a_fixed_step_for_momentum(window, qtbot):
    tab = _set_up(window, qtbot, "x^2 + 10y^2", (2.0, 1.0), "bfgs", "strong-wolfe")
    _step(tab, qtbot, 2)
    tab.show_step(2)
    assert len(tab.model_curves.getData()[0]) > 0 and len(tab.true_curve.getData()[0]) > 0
    assert "H_t (≈ H⁻¹)" in tab.step_panel.text() or "strong Wolfe" in tab.step_panel.text()
    _shot(window, "bfgs-1200x800.png")
    # momentum makes its own step: the field goes back to the fixed γ and is disabled
    combo = tab.controls.optimizer_combo
    combo.setCurrentIndex(combo.findData("momentum"))
    qtbot.waitUntil(lambda: tab.session.optimizer == "momentum", timeout=2000)
    assert tab.session.line_search == "fixed" and not tab.controls.line_search_combo.isEnabled()


def test_a_bad_constant_is_refused_where_it_was_typed(window, qtbot):
    tab = _set_up(window, qtbot, "x^2 + 10y^2", (2.0, 1.0), "gd", "strong-wolfe")
    run = tab.run_id
    tab.controls.search_spins["c1"].setValue(0.95)  # c₂ is 0.9: c₁ < c₂ fails
    assert tab.controls.search_error.isVisible() and "c2" in tab.controls.search_error.text()
    assert tab.session.c1 == pytest.approx(1e-4) and tab.run_id == run


def test_session_and_json_export_keep_the_search(window, qtbot, tmp_path):
    tab = _set_up(window, qtbot, ROSENBROCK, (-1.2, 1.0), "lbfgs", "strong-wolfe")
    _step(tab, qtbot, 3)
    section = tab.session_section()
    assert section.line_search == "strong-wolfe" and section.optimizer == "lbfgs"
    path = tmp_path / "run.json"
    assert tab.export("json", path)
    report = json.loads(path.read_text())
    assert report["step_size"] == "strong-wolfe" and report["evaluations"]["f"] == tab.evaluations[0]
    assert [entry["step"] for entry in report["line_search"]] == [1, 2, 3]
    assert all(entry["step_size"] > 0 for entry in report["line_search"])


def test_the_phi_plot_keeps_its_left_axis_width_whatever_the_range_of_phi(qtbot):
    """Each step's φ has a range of its own (1e-12 near a minimum, thousands far from it):
    an axis that followed its tick labels' width laid the plot out again after a frame's
    paint, and the plot was painted twice in that frame. The axis has the room of its
    widest label at every zoom instead."""
    from gdstudio.core.descent.pictures import SearchPicture
    from gdstudio.ui.function.line_search_plot import LineSearchPlot

    plot = LineSearchPlot()
    qtbot.addWidget(plot)
    plot.resize(500, 260)
    plot.show()
    qtbot.waitExposed(plot)
    alpha = np.linspace(0.0, 1.2, 60)
    lefts = []
    for zoom in (1.0, 1.75):
        plot.set_zoom(zoom)
        seen = set()
        for scale in (1e-12, 0.5, 12345.0, 3e-5):
            phi = scale * (1 + (alpha - 0.7) ** 2)
            armijo = phi[0] - 0.5 * scale * alpha
            plot.show_picture(SearchPicture(alpha, phi, armijo, phi <= armijo, ((1.0, phi[-1]),), 1.0, "armijo", None), 7)
            qtbot.wait(50)
            seen.add(round(plot.plot_item.getViewBox().geometry().x(), 3))
        assert len(seen) == 1, (zoom, seen)
        lefts.append(seen.pop())
    assert lefts[1] > lefts[0]  # wider labels at 175 %: more room
