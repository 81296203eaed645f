"""The Function tab driven the way a person uses it, in the studio window: typing, clicking, keys; its session section saved and reopened through the shell."""

import json
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from gdstudio.core import RunSettings, parse_function, run_descent


def type_function(qtbot, window, text):
    edit = window.tab("function").controls.function_edit
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def set_spin(qtbot, spin, value):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(value))
    qtbot.keyClick(spin.lineEdit(), QtCore.Qt.Key.Key_Return)


def drawn_path(window):
    line = window.tab("function").contour_plot.paths[0]
    x, y = line.getData()
    return np.column_stack([x, y])


def test_constructs_with_no_arguments_and_shows_the_seed(window):
    assert window.findChild(QtWidgets.QLineEdit, "functionEdit").text() == "x^2 + x*y + y^2"
    for name in ("functionError", "gradientLabel", "stepPanel"):
        assert window.findChild(QtWidgets.QLabel, name) is not None
    for name in ("presetCombo", "optimizerCombo"):
        assert window.findChild(QtWidgets.QComboBox, name) is not None
    for name in ("playButton", "stepButton", "resetButton"):
        assert window.findChild(QtWidgets.QPushButton, name) is not None
    for name in ("learningRateSpin", "startXSpin", "startYSpin"):
        assert window.findChild(QtWidgets.QDoubleSpinBox, name) is not None
    assert window.findChild(QtWidgets.QSlider, "speedSlider") is not None
    assert window.findChild(QtWidgets.QWidget, "contourPlot") is window.tab("function").contour_plot
    assert window.findChild(QtWidgets.QWidget, "lossPlot") is window.tab("function").loss_plot
    text = window.tab("function").controls.gradient_label.text()
    assert "∂f/∂x = 2x + y" in text and "∂f/∂y = x + 2y" in text and "∇f = [2x + y, x + 2y]" in text


def test_typing_a_function_shows_its_gradient_and_redraws(qtbot, window):
    old = window.tab("function").contour_plot.landscape
    type_function(qtbot, window, "x^2 + 10y^2")
    qtbot.waitUntil(lambda: "20y" in window.tab("function").controls.gradient_label.text(), timeout=3000)
    assert "∂f/∂x = 2x" in window.tab("function").controls.gradient_label.text()
    assert window.tab("function").contour_plot.landscape is not old
    assert window.tab("function").controls.function_error.isHidden()
    # the contour shows the new function: the image holds x^2 + 10 y^2 on its grid
    landscape = window.tab("function").contour_plot.landscape
    gx, gy = np.meshgrid(landscape.xs, landscape.ys, indexing="ij")
    np.testing.assert_allclose(landscape.values, gx**2 + 10 * gy**2)


def test_a_bad_function_shows_the_error_and_keeps_the_contour(qtbot, window):
    old = window.tab("function").contour_plot.landscape
    old_gradient = window.tab("function").controls.gradient_label.text()
    type_function(qtbot, window, "x^2 + y + z")
    qtbot.waitUntil(lambda: window.tab("function").controls.function_error.isVisible(), timeout=3000)
    error = window.tab("function").controls.function_error.text()
    assert "unknown name 'z' at column 11" in error
    assert window.tab("function").contour_plot.landscape is old
    assert window.tab("function").controls.gradient_label.text() == old_gradient
    assert window.tab("function").function.text == "x^2 + x*y + y^2"
    # fixing it clears the error
    type_function(qtbot, window, "x^2 + y^2")
    qtbot.waitUntil(lambda: window.tab("function").controls.function_error.isHidden(), timeout=3000)


def test_three_steps_draw_the_engines_path_and_losses(qtbot, window):
    set_spin(qtbot, window.tab("function").controls.learning_rate_spin, "0.25")
    set_spin(qtbot, window.tab("function").controls.start_x_spin, "-1.5")
    set_spin(qtbot, window.tab("function").controls.start_y_spin, "2")
    qtbot.waitUntil(
        lambda: window.tab("function").trajectory.count == 1 and np.allclose(window.tab("function").trajectory.points[0], [-1.5, 2]),
        timeout=3000,
    )
    for _ in range(3):
        qtbot.mouseClick(window.tab("function").controls.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tab("function").steps == 3, timeout=3000)
    with qtbot.waitSignal(window.tab("function").redrawn, timeout=3000):
        window.tab("function").dirty = True
    expected = run_descent(parse_function("x^2 + x*y + y^2"), RunSettings(start=(-1.5, 2), learning_rate=0.25, max_steps=3))
    np.testing.assert_allclose(drawn_path(window), expected.points, rtol=0, atol=0)
    _steps, loss = window.tab("function").loss_plot.loss_curves[0].getOriginalDataset()
    np.testing.assert_allclose(loss, expected.loss)
    # the step panel spells out the last update with its numbers
    panel = window.tab("function").step_panel.text()
    assert "Step 3" in panel and "0.25" in panel
    assert window.tab("function").step_label.text() == "step 3"


def test_play_until_converged_says_why_it_stopped(qtbot, window):
    window.tab("function").controls.speed_slider.setValue(window.tab("function").controls.speed_slider.maximum())
    with qtbot.waitSignal(window.tab("function").run_finished, timeout=10000) as blocker:
        qtbot.mouseClick(window.tab("function").controls.play_button, QtCore.Qt.MouseButton.LeftButton)
    assert blocker.args == ["converged"]
    qtbot.waitUntil(lambda: "converged at step" in window.tab("function").state_label.text(), timeout=3000)
    assert "local minimum" in window.tab("function").state_label.text()
    assert "Stopped:" in window.tab("function").step_panel.text() and "converged at step" in window.tab("function").step_panel.text()
    assert window.tab("function").controls.play_button.text() == "Play"
    expected = run_descent(parse_function("x^2 + x*y + y^2"), RunSettings(start=(1.5, -1), learning_rate=0.1))
    assert window.tab("function").steps == expected.steps


def test_a_short_fast_run_ends_with_its_step_axis_fitted_to_it(qtbot, window):
    """While a run plays fast the step axis spans at least 100 steps; once it stops
    (here after about 20 steps) the axis fits the run again."""
    set_spin(qtbot, window.tab("function").controls.learning_rate_spin, "0.5")
    window.tab("function").controls.speed_slider.setValue(window.tab("function").controls.speed_slider.maximum())
    with qtbot.waitSignal(window.tab("function").run_finished, timeout=10000):
        window.tab("function").toggle_play()
    assert window.tab("function").steps < 40
    view = window.tab("function").loss_plot.getViewBox()
    qtbot.waitUntil(lambda: view.viewRange()[0][1] < 60, timeout=3000)
    assert view.viewRange()[0][1] >= window.tab("function").steps


def test_a_large_learning_rate_diverges_and_says_gamma_is_too_large(qtbot, window):
    set_spin(qtbot, window.tab("function").controls.learning_rate_spin, "0.7")
    window.tab("function").controls.speed_slider.setValue(window.tab("function").controls.speed_slider.maximum())
    with qtbot.waitSignal(window.tab("function").run_finished, timeout=10000) as blocker:
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert blocker.args == ["diverged"]
    qtbot.waitUntil(lambda: "γ too large" in window.tab("function").state_label.text(), timeout=3000)


def test_changing_gamma_mid_run_applies_from_the_next_step(qtbot, window):
    for _ in range(2):
        window.tab("function").step_once()
    qtbot.waitUntil(lambda: window.tab("function").steps == 2, timeout=3000)
    set_spin(qtbot, window.tab("function").controls.learning_rate_spin, "0.3")
    window.tab("function").step_once()
    qtbot.waitUntil(lambda: window.tab("function").steps == 3, timeout=3000)
    function = parse_function("x^2 + x*y + y^2")
    w2 = window.tab("function").trajectory.points[2]
    expected = w2 - 0.3 * np.array([float(g) for g in function.gradient(*w2)])
    np.testing.assert_allclose(window.tab("function").trajectory.points[3], expected, rtol=1e-15)
    first_two = run_descent(function, RunSettings(start=(1.5, -1), learning_rate=0.1, max_steps=2)).points
    np.testing.assert_array_equal(window.tab("function").trajectory.points[:3], first_two)


def test_clicking_the_contour_sets_the_start(qtbot, window):
    view = window.tab("function").contour_plot.plotItem.getViewBox()
    scene_point = view.mapViewToScene(QtCore.QPointF(0.5, 1.25))
    widget_point = window.tab("function").contour_plot.mapFromScene(scene_point)
    qtbot.mouseClick(window.tab("function").contour_plot.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=widget_point)
    qtbot.waitUntil(lambda: abs(window.tab("function").controls.start_x_spin.value() - 0.5) < 0.05, timeout=3000)
    assert abs(window.tab("function").controls.start_y_spin.value() - 1.25) < 0.05
    qtbot.waitUntil(
        lambda: window.tab("function").trajectory.count == 1 and abs(window.tab("function").trajectory.points[0][0] - 0.5) < 0.05,
        timeout=3000,
    )


def test_keyboard_space_right_and_r(qtbot, window):
    window.setFocus()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.tab("function").steps == 2, timeout=3000)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.tab("function").steps == 0 and window.tab("function").trajectory.count == 1, timeout=3000)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert window.tab("function").playing
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert not window.tab("function").playing


def test_space_in_the_function_field_types_a_space(qtbot, window):
    edit = window.tab("function").controls.function_edit
    edit.setFocus()
    edit.end(False)
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Space)
    assert edit.text().endswith(" ")
    assert not window.tab("function").playing


def test_a_preset_sets_function_window_start_and_rate(qtbot, window):
    combo = window.tab("function").controls.preset_combo
    index = combo.findData("rosenbrock")
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: window.tab("function").function.text == "(1 - x)^2 + 100(y - x^2)^2", timeout=3000)
    assert window.tab("function").controls.function_edit.text() == "(1 - x)^2 + 100(y - x^2)^2"
    assert window.tab("function").controls.learning_rate_spin.value() == pytest.approx(0.001)
    assert (window.tab("function").controls.start_x_spin.value(), window.tab("function").controls.start_y_spin.value()) == (-1.5, 2.0)
    assert window.tab("function").contour_plot.landscape.window == (-2.0, 2.0, -1.0, 3.0)
    assert window.tab("function").contour_plot.landscape.logarithmic
    assert "valley" in window.tab("function").controls.preset_note.text()


def test_optimizer_settings_show_only_when_relevant(qtbot, window):
    combo = window.tab("function").controls.optimizer_combo
    assert window.tab("function").controls.hyperparameter_box.isHidden()
    combo.setCurrentIndex(combo.findData("momentum"))
    assert not window.tab("function").controls.hyperparameter_box.isHidden()
    assert window.tab("function").controls.hyperparameter_widgets["momentum"].value() == pytest.approx(0.9)
    window.tab("function").step_once()
    qtbot.waitUntil(lambda: window.tab("function").steps == 1, timeout=3000)
    # the panel follows at the next redraw (≤ 16 ms later)
    qtbot.waitUntil(lambda: "velocity" in window.tab("function").step_panel.text(), timeout=3000)


def test_save_and_reopen_a_session(qtbot, window, tmp_path):
    set_spin(qtbot, window.tab("function").controls.learning_rate_spin, "0.05")
    type_function(qtbot, window, "x^2 + 3y^2")
    qtbot.waitUntil(lambda: window.tab("function").function.text == "x^2 + 3y^2", timeout=3000)
    path = tmp_path / "lesson.gdstudio.json"
    assert window.save_session_to(path)
    saved = json.loads(path.read_text())
    # version 2: the whole studio, the Function tab's settings in its section
    assert saved["version"] == 2 and saved["tab"] == "function"
    assert saved["function"]["function"] == "x^2 + 3y^2" and saved["function"]["learning_rate"] == 0.05
    assert "compare" in saved
    type_function(qtbot, window, "x^4 + y^2")
    qtbot.waitUntil(lambda: window.tab("function").function.text == "x^4 + y^2", timeout=3000)
    set_spin(qtbot, window.tab("function").controls.learning_rate_spin, "0.2")
    assert window.open_session(path)
    assert window.tab("function").controls.function_edit.text() == "x^2 + 3y^2"
    assert window.tab("function").function.text == "x^2 + 3y^2"
    assert window.tab("function").controls.learning_rate_spin.value() == pytest.approx(0.05)


@pytest.mark.parametrize(
    "content",
    [
        "not json at all",
        json.dumps(
            {
                "format": "gdstudio-session",
                "version": 1,
                "function": "__import__('os').system('touch pwned')",
                "window": [-1, 1, -1, 1],
                "optimizer": "gd",
                "hyperparameters": {},
                "learning_rate": 0.1,
                "start": [1, 1],
                "max_steps": 10,
                "tolerance": 1e-6,
            }
        ),
        json.dumps(
            {
                "format": "gdstudio-session",
                "version": 1,
                "function": "x^2",
                "window": [1, -1, -1, 1],
                "optimizer": "gd",
                "hyperparameters": {},
                "learning_rate": 0.1,
                "start": [1, 1],
                "max_steps": 10,
                "tolerance": 1e-6,
            }
        ),
        json.dumps({"format": "gdstudio-session", "version": 99}),
    ],
)
def test_a_damaged_or_hostile_session_changes_nothing(qtbot, window, messages, tmp_path, content, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "bad.gdstudio.json"
    path.write_text(content)
    before = window.tab("function").current_session()
    assert not window.open_session(path)
    assert len(messages) == 1 and messages[0][0] == "Cannot open the session"
    assert "\n" not in messages[0][1]
    assert window.tab("function").current_session() == before
    assert not (tmp_path / "pwned").exists()


def test_last_session_is_restored_on_start(qtbot, window):
    type_function(qtbot, window, "x^2 + 2y^2")
    qtbot.waitUntil(lambda: window.tab("function").function.text == "x^2 + 2y^2", timeout=3000)
    window.close()
    from gdstudio.ui import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.tab("function").controls.function_edit.text() == "x^2 + 2y^2"
    again.close()


def test_exports_every_format(qtbot, window, tmp_path):
    for _ in range(4):
        window.tab("function").step_once()
    qtbot.waitUntil(lambda: window.tab("function").steps == 4, timeout=3000)
    files = {
        "contour-png": tmp_path / "contour.png",
        "loss-png": tmp_path / "loss.png",
        "contour-svg": tmp_path / "contour.svg",
        "loss-svg": tmp_path / "loss.svg",
        "csv": tmp_path / "path.csv",
        "json": tmp_path / "run.json",
    }
    for kind, path in files.items():
        assert window.tab("function").export(kind, path), kind
    for kind in ("contour-png", "loss-png"):
        data = files[kind].read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6 import QtGui

    image = QtGui.QImage(str(files["contour-png"]))
    assert image.width() >= 2 * window.tab("function").contour_plot.plotItem.sceneBoundingRect().width() - 2  # 2× scale by default
    for kind in ("contour-svg", "loss-svg"):
        root = ElementTree.parse(files[kind]).getroot()
        assert root.tag.endswith("svg")
        assert any(el.tag.endswith(("path", "polyline")) for el in root.iter())
    lines = files["csv"].read_text().splitlines()
    assert lines[0] == "step,x,y,loss,grad_x,grad_y" and len(lines) == 6
    report = json.loads(files["json"].read_text())
    assert report["steps"] == 4 and len(report["trajectory"]) == 5 and report["gradient"] == ["2*x + y", "x + 2*y"]
    np.testing.assert_allclose(report["trajectory"], window.tab("function").trajectory.points)
    assert not list(tmp_path.glob("*.part*"))


def test_a_failed_export_says_so_and_leaves_nothing(qtbot, window, messages, tmp_path):
    target = tmp_path / "missing-folder" / "run.json"
    assert not window.tab("function").export("json", target)
    assert messages and messages[0][0] == "Export failed" and "does not exist" in messages[0][1]
    assert not target.exists()


def test_closing_during_a_fast_run_stops_the_thread_quickly(qtbot, messages):
    import time

    from gdstudio.ui import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.tab("function").controls.preset_combo.activated.emit(win.tab("function").controls.preset_combo.findData("rosenbrock"))
    win.tab("function").controls.max_steps_spin.setValue(10_000_000)
    win.tab("function").controls.speed_slider.setValue(win.tab("function").controls.speed_slider.maximum())
    win.tab("function").toggle_play()
    qtbot.waitUntil(lambda: win.tab("function").steps > 2000, timeout=10000)
    thread = win.tab("function").worker.thread
    started = time.perf_counter()
    win.close()
    assert time.perf_counter() - started < 1.0
    assert not thread.isRunning()


def test_records_of_a_superseded_run_are_never_drawn(qtbot, window):
    window.tab("function").controls.speed_slider.setValue(window.tab("function").controls.speed_slider.maximum())
    window.tab("function").toggle_play()
    type_function(qtbot, window, "x^2 + y^2 + 1")
    qtbot.waitUntil(lambda: window.tab("function").function.text == "x^2 + y^2 + 1", timeout=3000)
    qtbot.waitUntil(lambda: window.tab("function").trajectory.count >= 1, timeout=3000)
    qtbot.wait(100)
    function = window.tab("function").function
    points = window.tab("function").trajectory.points
    np.testing.assert_allclose(window.tab("function").trajectory.loss, function.value(points[:, 0], points[:, 1]))


def test_a_damaged_remembered_session_is_reported_and_the_seed_shown(qtbot, messages):
    from PySide6 import QtCore

    from gdstudio.ui import MainWindow

    QtCore.QSettings().setValue("session/last", '{"format": "gdstudio-session", "version": 1, "function": "x^"}')
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.tab("function").controls.function_edit.text() == "x^2 + x*y + y^2"
    qtbot.waitUntil(lambda: "could not be restored" in win.statusBar().currentMessage(), timeout=3000)
    win.close()


def test_the_saddle_preset_says_it_stopped_at_a_saddle(qtbot, window):
    window.tab("function").controls.preset_combo.activated.emit(window.tab("function").controls.preset_combo.findData("saddle"))
    qtbot.waitUntil(lambda: window.tab("function").function.text == "x^2 - y^2", timeout=3000)
    window.tab("function").controls.speed_slider.setValue(window.tab("function").controls.speed_slider.maximum())
    with qtbot.waitSignal(window.tab("function").run_finished, timeout=10000):
        window.tab("function").toggle_play()
    qtbot.waitUntil(lambda: "saddle point, not a minimum" in window.tab("function").step_panel.text(), timeout=3000)


def test_curvature_of_the_seed_says_gamma_below_two_thirds(qtbot, window):
    window.tab("function").dirty = True
    qtbot.waitUntil(lambda: "λ = 1, 3" in window.tab("function").controls.curvature_label.text(), timeout=3000)
    text = window.tab("function").controls.curvature_label.text()
    assert "condition number 3" in text and "0.6667" in text and "γ = 0.1 is below it" in text
    assert sum(line.isVisible() for line in window.tab("function").contour_plot.axis_lines) == 2
    set_spin(qtbot, window.tab("function").controls.learning_rate_spin, "0.7")
    qtbot.waitUntil(lambda: "overshoot" in window.tab("function").controls.curvature_label.text(), timeout=3000)


def test_a_schedule_changes_gamma_step_by_step_and_is_saved(qtbot, window, tmp_path):
    combo = window.tab("function").controls.schedule_combo
    combo.setCurrentIndex(combo.findData("inverse_time"))
    qtbot.waitUntil(
        lambda: window.tab("function").trajectory.count == 1 and window.tab("function").session.schedule.kind == "inverse_time",
        timeout=3000,
    )
    t, rates = window.tab("function").controls.schedule_curve.getData()
    assert rates[0] == pytest.approx(0.1) and t[-1] == 1000
    np.testing.assert_allclose(rates, 0.1 / (1 + 0.01 * t))
    window.tab("function").controls.max_steps_spin.setValue(10_000_000)  # the small curve stays a few hundred points
    assert len(window.tab("function").controls.schedule_curve.getData()[0]) <= 401
    window.tab("function").controls.max_steps_spin.setValue(1000)
    for _ in range(3):
        window.tab("function").step_once()
    qtbot.waitUntil(lambda: window.tab("function").steps == 3, timeout=3000)
    expected = run_descent(
        parse_function("x^2 + x*y + y^2"),
        RunSettings(start=(1.5, -1), learning_rate=0.1, max_steps=3, schedule=window.tab("function").session.schedule),
    )
    np.testing.assert_array_equal(window.tab("function").trajectory.points, expected.points)
    assert window.tab("function").last_record.learning_rate == pytest.approx(0.1 / 1.02)
    path = tmp_path / "scheduled.gdstudio.json"
    assert window.save_session_to(path)
    assert json.loads(path.read_text())["function"]["schedule"] == {"kind": "inverse_time", "decay": 0.01}


@pytest.mark.parametrize("kind", ["constant", "step", "exponential", "cosine", "inverse_time"])
def test_the_small_gamma_curve_shows_the_whole_run(qtbot, window, kind):
    # the audit: the view ended at t = 399 (the number of samples) of a 1,000-step run,
    # so a cosine stopped at γ = 0.066 instead of reaching its minimum
    controls = window.tab("function").controls
    set_spin(qtbot, controls.learning_rate_spin, "0.2")
    for limit in (1000, 250):
        set_spin(qtbot, controls.max_steps_spin, str(limit))
        controls.schedule_combo.setCurrentIndex(controls.schedule_combo.findData(kind))
        qtbot.waitUntil(
            lambda kind=kind, limit=limit: (
                window.tab("function").session.schedule.kind == kind and window.tab("function").session.max_steps == limit
            ),
            timeout=3000,
        )
        schedule = window.tab("function").session.run_settings().schedule
        t, rates = controls.schedule_curve.getData()
        assert controls.schedule_plot.getPlotItem().getViewBox().viewRange()[0] == pytest.approx([0, limit])
        assert t[0] == 0 and t[-1] == limit and len(t) <= 420
        assert rates[0] == schedule(0.2, 0) == pytest.approx(0.2)
        assert rates[-1] == schedule(0.2, limit)
        top = controls.schedule_plot.getPlotItem().getViewBox().viewRange()[1][1]
        assert top == pytest.approx(1.1 * 0.2)  # the curve's highest point fits in the plot
        if kind == "cosine" and limit == 1000:
            assert rates[-1] == 0.0  # the cosine ends at its minimum, at the end of the run


def choose_schedule(qtbot, window, kind):
    combo = window.tab("function").controls.schedule_combo
    combo.setCurrentIndex(combo.findData(kind))
    qtbot.waitUntil(
        lambda: window.tab("function").session.schedule.kind == kind and window.tab("function").trajectory.count == 1, timeout=3000
    )


def type_schedule_setting(qtbot, window, name, text):
    """Type into a schedule setting's field the way a person does, then press Enter."""
    field = window.tab("function").controls.findChild(QtWidgets.QLineEdit, f"scheduleSetting_{name}")
    assert field is not None and field.isVisible()
    field.selectAll()
    qtbot.keyClick(field, QtCore.Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, QtCore.Qt.Key.Key_Return)


@pytest.mark.parametrize(
    "kind, typed, gamma",
    [
        # γ₀ = 0.1; γ_t of the fifth update (t = 4) by the formulas of torch.optim.lr_scheduler
        ("step", {"step_size": "2", "step_factor": "0.5"}, 0.1 * 0.5**2),
        ("exponential", {"exponential_factor": "0.9"}, 0.1 * 0.9**4),
        ("cosine", {"period": "8", "minimum": "0.02"}, 0.02 + (0.1 - 0.02) * (1 + np.cos(np.pi * 4 / 8)) / 2),
        ("inverse_time", {"decay": "0.5"}, 0.1 / (1 + 0.5 * 4)),
    ],
)
def test_typed_schedule_settings_set_the_gamma_the_run_uses(qtbot, window, kind, typed, gamma):
    choose_schedule(qtbot, window, kind)
    fields = [w for w in window.tab("function").controls.schedule_settings.findChildren(QtWidgets.QLineEdit) if w.isVisible()]
    assert sorted(f.objectName() for f in fields) == sorted(f"scheduleSetting_{name}" for name in typed)  # the kind's only
    for name, text in typed.items():
        type_schedule_setting(qtbot, window, name, text)
    qtbot.waitUntil(
        lambda: (
            window.tab("function").session.schedule.to_dict() != {"kind": kind}
            and all(f"{getattr(window.tab('function').session.schedule, name):g}" == text for name, text in typed.items())
        ),
        timeout=3000,
    )
    schedule = window.tab("function").session.run_settings().schedule
    t, rates = window.tab("function").controls.schedule_curve.getData()  # redrawn with the typed settings
    np.testing.assert_allclose(rates, schedule(0.1, t))
    assert t[-1] == 1000 and schedule(0.1, 4) == pytest.approx(gamma)
    qtbot.waitUntil(lambda: window.tab("function").trajectory.count == 1, timeout=3000)
    for _ in range(5):
        window.tab("function").step_once()
    qtbot.waitUntil(lambda: window.tab("function").steps == 5, timeout=3000)
    assert window.tab("function").last_record.learning_rate == pytest.approx(gamma, rel=1e-12)
    expected = run_descent(
        parse_function("x^2 + x*y + y^2"), RunSettings(start=(1.5, -1), learning_rate=0.1, max_steps=5, schedule=schedule)
    )
    np.testing.assert_allclose(window.tab("function").trajectory.points, expected.points, rtol=0, atol=1e-15)


def test_a_bad_schedule_setting_gets_one_sentence_and_changes_nothing(qtbot, window):
    choose_schedule(qtbot, window, "step")
    before = (
        window.tab("function").session,
        window.tab("function").run_id,
        window.tab("function").controls.schedule_curve.getData()[1].copy(),
    )
    type_schedule_setting(qtbot, window, "step_factor", "1.5")
    error = window.tab("function").controls.findChild(QtWidgets.QLabel, "scheduleError")
    qtbot.waitUntil(error.isVisible, timeout=3000)
    assert error.text() == "the step decay's factor must be a number above 0 and at most 1, not 1.5"
    assert "#d9304f" in window.tab("function").controls.schedule_settings.fields["step_factor"].styleSheet()
    assert window.tab("function").session == before[0] and window.tab("function").run_id == before[1]
    np.testing.assert_array_equal(window.tab("function").controls.schedule_curve.getData()[1], before[2])
    type_schedule_setting(qtbot, window, "step_size", "ten")  # the sentence names the first bad field
    qtbot.waitUntil(lambda: "step size must be a number, not 'ten'" in error.text(), timeout=3000)
    type_schedule_setting(qtbot, window, "step_size", "50")
    type_schedule_setting(qtbot, window, "step_factor", "0.25")
    qtbot.waitUntil(lambda: error.isHidden() and window.tab("function").session.schedule.step_factor == 0.25, timeout=3000)
    assert window.tab("function").session.schedule.step_size == 50 and window.tab("function").run_id > before[1]
    assert window.tab("function").controls.schedule_settings.fields["step_factor"].styleSheet() == ""


def test_a_cosine_anneals_over_the_whole_run_until_a_period_is_typed(qtbot, window):
    choose_schedule(qtbot, window, "cosine")
    period = window.tab("function").controls.schedule_settings.fields["period"]
    assert period.text() == "" and period.placeholderText() == "= step limit"
    for limit in (1000, 200):
        set_spin(qtbot, window.tab("function").controls.max_steps_spin, str(limit))
        qtbot.waitUntil(lambda limit=limit: window.tab("function").session.max_steps == limit, timeout=3000)
        t, rates = window.tab("function").controls.schedule_curve.getData()
        assert t[-1] == limit and rates[-1] == 0.0 and rates[len(rates) // 2] == pytest.approx(0.05, abs=1e-3)
        assert window.tab("function").session.run_settings().schedule.period == limit
    type_schedule_setting(qtbot, window, "period", "50")  # 4 periods: γ climbs back after each
    qtbot.waitUntil(lambda: window.tab("function").session.schedule.period == 50, timeout=3000)
    t, rates = window.tab("function").controls.schedule_curve.getData()
    assert rates[list(t).index(50)] == 0.0 and rates[list(t).index(100)] == pytest.approx(0.1)
    set_spin(qtbot, window.tab("function").controls.max_steps_spin, "400")  # a typed period stays
    qtbot.waitUntil(lambda: window.tab("function").session.max_steps == 400, timeout=3000)
    assert window.tab("function").session.run_settings().schedule.period == 50
    type_schedule_setting(qtbot, window, "period", "")  # emptied: the step limit again
    qtbot.waitUntil(lambda: window.tab("function").session.schedule.period is None, timeout=3000)
    assert window.tab("function").controls.schedule_curve.getData()[1][-1] == 0.0


def test_schedule_settings_are_saved_and_reopened(qtbot, window, tmp_path):
    choose_schedule(qtbot, window, "step")
    type_schedule_setting(qtbot, window, "step_size", "30")
    type_schedule_setting(qtbot, window, "step_factor", "0.7")
    qtbot.waitUntil(
        lambda: window.tab("function").session.schedule.step_factor == 0.7 and window.tab("function").session.schedule.step_size == 30,
        timeout=3000,
    )
    path = tmp_path / "step.gdstudio.json"
    assert window.save_session_to(path)
    assert json.loads(path.read_text())["function"]["schedule"] == {"kind": "step", "factor": 0.7, "step_size": 30}
    choose_schedule(qtbot, window, "exponential")  # something else before reopening
    type_schedule_setting(qtbot, window, "exponential_factor", "0.5")
    qtbot.waitUntil(lambda: window.tab("function").session.schedule.exponential_factor == 0.5, timeout=3000)
    assert window.open_session(path)
    assert window.tab("function").controls.schedule_combo.currentData() == "step"
    fields = window.tab("function").controls.schedule_settings.fields
    assert fields["step_size"].text() == "30" and fields["step_factor"].text() == "0.7"
    assert window.tab("function").session.schedule.step_size == 30 and window.tab("function").session.schedule.step_factor == 0.7
    t, rates = window.tab("function").controls.schedule_curve.getData()
    assert rates[list(t).index(60)] == pytest.approx(0.1 * 0.49)
    # a session of version 1 (the function's fields at the top, no schedule at all) opens with constant γ
    old = {"format": "gdstudio-session", "version": 1, **json.loads(path.read_text())["function"]}
    del old["schedule"]
    older = tmp_path / "old.gdstudio.json"
    older.write_text(json.dumps(old))
    assert window.open_session(older)
    assert window.tab("function").controls.schedule_combo.currentData() == "constant"
    assert window.tab("function").controls.schedule_settings.isHidden()
    # and a new window restores the last session's schedule with its settings
    window.open_session(path)
    from gdstudio.ui import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    assert (
        again.tab("function").session.schedule.step_size == 30
        and again.tab("function").controls.schedule_settings.fields["step_factor"].text() == "0.7"
    )
    again.close()


@pytest.mark.parametrize(
    "kind, suffix", [("contour-png", ".png"), ("loss-svg", ".svg"), ("csv", ".csv"), ("json", ".json"), ("gif", ".gif")]
)
def test_an_export_into_a_folder_that_takes_no_files_says_so_in_one_sentence(qtbot, window, messages, tmp_path, kind, suffix):
    # the tests run as root: /proc, which takes no new files, stands for a folder one may not write in
    path = f"/proc/descent{suffix}"
    assert not window.tab("function").export(kind, path)
    assert len(messages) == 1
    title, text = messages[0]
    assert title in ("Export failed", "Cannot export the animated GIF")
    assert text == f"cannot write {path}: the folder /proc does not take new files (No such file or directory)"
    assert "Exported" not in window.statusBar().currentMessage()
    # a path whose parent is a file
    (tmp_path / "notes.txt").write_text("a file")
    assert not window.tab("function").export(kind, tmp_path / "notes.txt" / f"descent{suffix}")
    assert messages[1][1] == f"cannot write {tmp_path}/notes.txt/descent{suffix}: {tmp_path}/notes.txt is a file, not a folder"


def test_the_run_exports_as_an_mp4_video(qtbot, window, tmp_path):
    pytest.importorskip("imageio_ffmpeg")
    import imageio_ffmpeg

    path = tmp_path / "run.mp4"
    assert window.tab("function").export("mp4", path)
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    assert tuple(meta["size"]) == (960, 720) and sum(1 for _ in reader) > 10


def test_the_run_exports_as_an_animated_gif(qtbot, window, tmp_path):
    from PIL import Image

    path = tmp_path / "run.gif"
    assert window.tab("function").export("gif", path)
    with Image.open(path) as image:
        assert image.n_frames > 10 and image.size == (960, 720)
        frames = []
        for index in range(image.n_frames):
            image.seek(index)
            frames.append(np.asarray(image.convert("RGB")).astype(int))
    # the run's colour on screen, #ff5a36: its swatch in the legend (top left, above the
    # path) is one colour in every frame, and that colour is the one on screen
    from gdstudio.ui.common.plots import PATH_COLOUR

    assert PATH_COLOUR == "#ff5a36"
    on_screen = np.array([255, 90, 54])
    near = np.abs(frames[0] - on_screen).max(axis=2) <= 12
    near[110:] = False
    assert near.sum() >= 20
    colours = np.unique(np.concatenate([frame[near] for frame in frames]), axis=0)
    assert len(colours) == 1 and np.abs(colours[0] - on_screen).max() <= 4
    # and the path, drawn as the run goes, has that colour too
    assert (np.abs(frames[-1] - on_screen).max(axis=2) == 0).sum() > 4 * near.sum()
