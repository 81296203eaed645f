"""The "MLP task" tab driven the way a person uses it: switch to it, pick a task,
Step and Play, read what is drawn, and check it against the core's numbers."""

import json
import re
import time
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio.core.mlp.datasets import load_csv, make_dataset
from gdstudio.core.mlp.training import TEST, TRAIN, Training, settings_for_task
from gdstudio.ui.mlp.figure import probability_image


def drawn(qtbot, mlp):
    """Wait for a repaint that shows the newest state."""
    with qtbot.waitSignal(mlp.redrawn, timeout=3000):
        mlp.dirty = True


def click(qtbot, button):
    qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)


def drawn_curve(mlp, index):
    _steps, values = mlp.loss_plot.loss_curves[index].getOriginalDataset()
    return values


def reference(task="xor", steps=0, **changes):
    dataset = make_dataset(task)
    training = Training(dataset, settings_for_task(task, train_size=len(dataset.train_inputs), **changes))
    training.step(steps)
    return training


def per_example(training, split=TRAIN):
    """The curves the tab draws: the mean E per example at every w_t, from the core."""
    if split == TRAIN:
        return training.loss_per_example(training.path, TRAIN, training.loss_history)
    return training.loss_per_example(training.path, TEST)


def settle(qtbot, mlp, steps):
    """Wait until the run is at ``steps`` and the views and the map were computed there."""
    qtbot.waitUntil(lambda: mlp.steps == steps and mlp.view_step == steps, timeout=5000)
    qtbot.waitUntil(lambda: mlp.frame is not None and len(mlp.frame.coordinates) == steps + 1, timeout=3000)
    drawn(qtbot, mlp)


def test_the_tab_shows_xor_with_its_boundary_landscape_and_settings(qtbot, window, mode):
    assert window.mode_tabs.tabText(0) == "Function"
    # the status bar's numbers are the function mode's: not shown here
    assert window.tab("function").step_label.isHidden() and window.tab("function").loss_label.isHidden()
    for name in (
        "mlpTaskCombo",
        "mlpActivationCombo",
        "mlpLossCombo",
        "mlpReductionCombo",
        "mlpInitCombo",
        "mlpOptimizerCombo",
        "mlpPlaneCombo",
    ):
        assert mode.findChild(QtWidgets.QComboBox, name) is not None, name
    for name in ("mlpPlayButton", "mlpStepButton", "mlpResetButton", "mlpReinitButton"):
        assert mode.findChild(QtWidgets.QPushButton, name) is not None, name
    assert mode.controls.task_combo.currentText() == "XOR"
    assert mode.controls.hidden_edit.text() == "8,8"
    assert mode.controls.network_label.text() == "network 2-8-8-1 tanh → sigmoid, 105 parameters"
    reduction = mode.controls.reduction_label.text()
    assert "sum</b> over the N = 350 training points" in reduction and "γ" in reduction
    assert "Σᵢ E(f_w(xᵢ), yᵢ), E = cross-entropy" in reduction
    # the decision image is the core's grid for w₀
    start = reference()
    grid = start.decision_grid(resolution=100)
    np.testing.assert_allclose(mode.grid.values, grid.values)
    np.testing.assert_array_equal(mode.data_plot.image.image, probability_image(grid.values, 2))
    # the default plane: through w₀ along the first step's direction, told in the lesson's words
    caption = mode.plane_label.text()
    assert "The loss on a flat slice of weight space through w₀" in caption and "steepest descent direction" in caption
    assert "Li et al" not in caption  # references live in the Help
    assert mode.weight_plot.landscape is mode.frame.landscape and mode.frame.plane.method == "path"
    assert mode.weight_plot.axis_names() == ("α", "β")
    # the loss curves are means per example: L(w₀) / N without the penalty
    assert drawn_curve(mode, 0)[0] == pytest.approx(start.loss / 350, rel=1e-12)
    assert drawn_curve(mode, 1)[0] == pytest.approx(per_example(start, TEST)[0], rel=1e-12)
    assert "L(w₀) =" in mode.readout_label.text() and f"{start.loss:.5g}" in mode.readout_label.text()


def test_three_steps_draw_the_cores_losses_and_readout(qtbot, window, mode):
    for _ in range(3):
        click(qtbot, mode.controls.step_button)
    settle(qtbot, mode, 3)
    expected = reference(steps=3)
    np.testing.assert_allclose(drawn_curve(mode, 0), per_example(expected), rtol=1e-12)
    np.testing.assert_allclose(drawn_curve(mode, 1), per_example(expected, TEST), rtol=1e-12)
    text = mode.readout_label.text()
    assert "<b>Step 3</b>" in text
    gradient_norm = float(np.linalg.norm(expected.history.gradient[2]))
    assert f"{gradient_norm:.5g}" in text
    assert f"{expected.loss_history[2]:.5g}" in text and f"{expected.loss_history[3]:.5g}" in text
    assert "= γ ‖∇L‖" in text
    # the function mode did not move
    assert window.tab("function").steps == 0


def test_space_right_and_r_act_on_the_shown_tab(qtbot, window, mode):
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: mode.steps == 1, timeout=3000)
    mode.controls.speed_slider.setValue(mode.controls.speed_slider.maximum())
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: mode.steps > 50, timeout=5000)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert not mode.playing
    qtbot.keyClick(window, QtCore.Qt.Key.Key_R)
    qtbot.waitUntil(lambda: mode.steps == 0 and mode.series["loss"].count == 1, timeout=3000)
    assert window.tab("function").steps == 0 and not window.tab("function").playing


def test_playing_redraws_the_boundary_and_landscape_as_the_core_computes_them(qtbot, window, mode):
    first_image = mode.data_plot.image.image.copy()
    first_landscape = mode.weight_plot.landscape
    qtbot.waitUntil(lambda: mode.controls.play_button.isEnabled(), timeout=1000)
    mode.controls.max_steps_spin.setValue(300)
    qtbot.waitUntil(lambda: mode.steps == 0 and mode.settings.max_steps == 300, timeout=3000)
    with qtbot.waitSignal(mode.run_finished, timeout=10000) as finished:
        click(qtbot, mode.controls.play_button)
    assert finished.args == ["max_steps"]
    settle(qtbot, mode, 300)
    qtbot.waitUntil(lambda: "step limit (300 steps)" in mode.readout_label.text(), timeout=3000)
    expected = reference(steps=300, max_steps=300)
    np.testing.assert_allclose(drawn_curve(mode, 0), per_example(expected), rtol=1e-12)
    np.testing.assert_array_equal(mode.series["loss"].values, expected.loss_history)
    grid = expected.decision_grid(resolution=100)
    np.testing.assert_array_equal(mode.data_plot.image.image, probability_image(grid.values, 2))
    assert not np.array_equal(mode.data_plot.image.image, first_image)
    metrics = expected.metrics()
    assert f"train accuracy {100 * metrics.train_accuracy:.1f} %" in mode.data_label.text()
    assert f"test {100 * metrics.test_accuracy:.1f} %" in mode.data_label.text()
    # at the end of the run the plane is fitted again to the whole path: through w₀ and w₃₀₀
    assert mode.weight_plot.landscape is not first_landscape and mode.frame.plane.fitted_steps == 300
    assert "(t = 300)" in mode.plane_label.text()
    line = mode.weight_plot.paths[0]
    x, y = line.getData()
    assert len(x) == 301 and (x[0], y[0]) == pytest.approx((0.0, 0.0), abs=1e-12)
    np.testing.assert_allclose((x[-1], y[-1]), mode.frame.plane.project(expected.weights)[0], rtol=1e-9, atol=1e-12)
    # the path plane holds w₃₀₀ itself: the slice's loss under the dot is the true loss
    readout = mode.frame.readout
    assert readout.distance < 1e-9 and readout.slice_loss == pytest.approx(expected.loss, rel=1e-9)
    assert mode.controls.play_button.text() == "Play"


def test_a_playing_run_writes_its_readout_a_few_times_a_second_and_the_last_step_at_the_end(qtbot, mode):
    written = []
    label = mode.readout_label
    set_text = label.setText
    label.setText = lambda text: (written.append(mode.frame_count), set_text(text))
    mode.controls.max_steps_spin.setValue(100_000)
    qtbot.waitUntil(lambda: mode.settings.max_steps == 100_000, timeout=3000)
    frames = mode.frame_count
    click(qtbot, mode.controls.play_button)
    qtbot.waitUntil(lambda: mode.frame_count >= frames + 64, timeout=10000)
    click(qtbot, mode.controls.play_button)  # pause
    qtbot.waitUntil(lambda: not mode.playing, timeout=3000)
    played = mode.frame_count - frames
    drawn(qtbot, mode)
    # while playing: on the readout's frames only (four a second at 60 frames a second)
    while_playing = [frame for frame in written if frame <= frames + played - 1]
    assert 0 < len(while_playing) <= played // 16 + 2
    # paused: the readout is of the step the run stopped at
    assert f"<b>Step {mode.steps}</b>" in label.text()


def test_the_pca_plane_is_offered_and_named(qtbot, mode):
    for _ in range(5):
        click(qtbot, mode.controls.step_button)
    settle(qtbot, mode, 5)
    mode.controls.plane_combo.setCurrentIndex(mode.controls.plane_combo.findData("pca"))
    qtbot.waitUntil(lambda: mode.frame.plane.method == "pca", timeout=3000)
    drawn(qtbot, mode)
    assert mode.frame.plane.fitted_steps == 5
    assert "along the two directions in which the path w₀ … w_5 spreads most" in mode.plane_label.text()
    # the plane chosen is the session's
    assert mode.session_section().plane == "pca"


def test_bad_hidden_layers_show_one_error_line_and_change_nothing(qtbot, mode):
    run_id = mode.run_id
    edit = mode.controls.hidden_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "8,x")
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
    error = mode.controls.hidden_error
    assert error.isVisible()
    assert error.text() == "hidden layers are widths separated by commas, for example 8,8; got '8,x'"
    assert mode.run_id == run_id and mode.settings.hidden == (8, 8)
    assert mode.controls.network_label.text() == "network 2-8-8-1 tanh → sigmoid, 105 parameters"
    # a superscript passes str.isdigit but is no width: the same one sentence, no traceback
    edit.selectAll()
    qtbot.keyClicks(edit, "8,²")
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
    assert error.isVisible()
    assert error.text() == "hidden layers are widths separated by commas, for example 8,8; got '8,²'"
    assert mode.run_id == run_id and mode.settings.hidden == (8, 8)
    edit.selectAll()
    qtbot.keyClicks(edit, "2000")
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
    assert error.text() == "each hidden layer needs 1 to 1024 units, not 2000" and mode.run_id == run_id
    edit.selectAll()
    qtbot.keyClicks(edit, "4")
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
    assert error.isHidden()
    assert mode.run_id == run_id + 1 and mode.settings.hidden == (4,)
    assert mode.controls.network_label.text() == "network 2-4-1 tanh → sigmoid, 17 parameters"


def test_regression_task_draws_the_fitted_curve_and_mse(qtbot, mode):
    combo = mode.controls.task_combo
    combo.activated.emit(combo.findData("sine"))
    qtbot.waitUntil(lambda: mode.curve is not None and mode.dataset.name == "sine" and mode.frame is not None, timeout=5000)
    drawn(qtbot, mode)
    assert mode.controls.loss_combo.currentData() == "mse"
    assert mode.controls.hidden_edit.text() == "16,16"
    assert mode.controls.optimizer_combo.currentData() == "adam"
    expected = reference("sine")
    xs, ys = expected.fitted_curve(300)
    curve_x, curve_y = mode.data_plot.curve.getData()
    np.testing.assert_allclose(curve_x, xs)
    np.testing.assert_allclose(curve_y, ys)
    assert "train MSE" in mode.data_label.text()
    # cross-entropy makes no sense for a regression: one sentence, and the run keeps mse
    run_id = mode.run_id
    mode.controls.loss_combo.setCurrentIndex(mode.controls.loss_combo.findData("ce"))
    assert "cross-entropy needs a classification task" in mode.controls.error_label.text()
    assert mode.run_id == run_id and mode.controls.loss_combo.currentData() == "mse"


def test_the_reduction_label_says_what_gamma_means(qtbot, mode):
    mode.controls.reduction_combo.setCurrentIndex(mode.controls.reduction_combo.findData("mean"))
    label = mode.controls.reduction_label.text()
    assert "mean</b> over the N = 350 training points" in label and "(1/N) Σᵢ" in label
    qtbot.waitUntil(lambda: mode.series["loss"].count == 1, timeout=3000)
    drawn(qtbot, mode)
    # switching the reduction keeps γ (the label says what it now means)
    assert mode.settings.learning_rate == 0.01
    expected = reference(reduction="mean", learning_rate=0.01)
    assert mode.series["loss"].values[0] == pytest.approx(expected.loss, rel=1e-12)


def test_reinitialise_draws_new_weights(qtbot, mode):
    first = mode.series["loss"].values[0]
    click(qtbot, mode.controls.reinit_button)
    assert mode.controls.seed_spin.value() == 1
    qtbot.waitUntil(lambda: mode.settings.seed == 1 and mode.series["loss"].count == 1, timeout=3000)
    drawn(qtbot, mode)
    assert mode.series["loss"].values[0] == pytest.approx(reference(seed=1).loss, rel=1e-12)
    assert mode.series["loss"].values[0] != first


def test_csv_import_reports_bad_files_and_trains_on_good_ones(qtbot, tmp_path, messages, mode):
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n" + "0.1,0.2,0\n" * 5 + "0.3,abc,1\n" + "0.5,0.5,1\n" * 6)
    dataset = mode.dataset
    assert not mode.open_csv(bad)
    assert messages == [("Cannot open the data", "row 7, column 2: 'abc' is not a number")]
    assert mode.dataset is dataset and mode.controls.task_combo.currentData() == "xor"
    assert not mode.open_csv(tmp_path / "missing.csv")
    assert messages[-1][0] == "Cannot open the data" and "cannot read" in messages[-1][1]
    rng = np.random.default_rng(1)
    points = rng.uniform(-1, 1, (60, 2))
    rows = [f"{x:.4f},{y:.4f},{int(x > y) + 3}" for x, y in points]
    good = tmp_path / "mine.csv"
    good.write_text("a,b,kind\n" + "\n".join(rows) + "\n")
    assert mode.open_csv(good)
    qtbot.waitUntil(lambda: mode.dataset.name == "mine" and mode.grid is not None, timeout=5000)
    assert mode.controls.task_combo.currentText() == "mine.csv (classes)"
    assert len(messages) == 2
    drawn(qtbot, mode)
    expected = Training(load_csv(good), mode.settings)
    assert mode.series["loss"].values[0] == pytest.approx(expected.loss, rel=1e-12)


def test_exports_write_valid_files(qtbot, tmp_path, messages, mode):
    for _ in range(4):
        click(qtbot, mode.controls.step_button)
    settle(qtbot, mode, 4)
    for kind in ("loss", "data", "landscape"):
        png = tmp_path / f"{kind}.png"
        svg = tmp_path / f"{kind}.svg"
        assert mode.export(f"{kind}-png", png)
        assert mode.export(f"{kind}-svg", svg)
        image = QtGui.QImage(str(png))
        assert not image.isNull() and image.width() > 100
        assert ElementTree.parse(svg).getroot().tag.endswith("svg")
    path = tmp_path / "run.json"
    assert mode.export("json", path)
    report = json.loads(path.read_text())
    expected = reference(steps=4)
    assert report["task"] == "xor" and report["steps"] == 4 and report["status"] == "running"
    assert report["loss"] == pytest.approx(list(expected.loss_history), rel=1e-12)
    assert report["train_accuracy"] == pytest.approx(expected.metrics().train_accuracy)
    assert report["settings"]["hidden"] == [8, 8] and report["settings"]["loss"] == "ce"
    assert messages == []
    # a folder that does not exist: one message, no file
    assert not mode.export("json", tmp_path / "nowhere" / "run.json")
    assert messages[-1][0] == "Export failed" and not (tmp_path / "nowhere").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_ctrl_e_opens_the_tabs_export(qtbot, window, mode, monkeypatch):
    asked = []
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a[1]) or ("", ""))
    qtbot.keyClick(window, QtCore.Qt.Key.Key_E, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Export the MLP run"]


def test_changing_gamma_mid_run_applies_from_the_next_step(qtbot, mode):
    for _ in range(2):
        click(qtbot, mode.controls.step_button)
    qtbot.waitUntil(lambda: mode.steps == 2, timeout=3000)
    run_id = mode.run_id
    spin = mode.controls.learning_rate_spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0.002")
    qtbot.keyClick(spin.lineEdit(), QtCore.Qt.Key.Key_Return)
    click(qtbot, mode.controls.step_button)
    qtbot.waitUntil(lambda: mode.steps == 3 and mode.series["learning_rate"].count == 4, timeout=3000)
    assert mode.run_id == run_id
    # the γ each update used is kept with its step: 0.01 for the first two, 0.002 from the third
    np.testing.assert_array_equal(mode.series["learning_rate"].values[1:], [0.01, 0.01, 0.002])
    expected = reference(steps=2)
    expected.set_learning_rate(0.002)
    expected.step(1)
    drawn(qtbot, mode)
    np.testing.assert_array_equal(mode.series["loss"].values, expected.loss_history)
    assert "γ = 0.002" in mode.readout_label.text() and mode.session_section().training.learning_rate == 0.002


def test_closing_the_window_during_training_stops_the_thread_within_a_second(qtbot, window, mode):
    mode.controls.max_steps_spin.setValue(1_000_000)
    qtbot.waitUntil(lambda: mode.settings.max_steps == 1_000_000, timeout=3000)
    click(qtbot, mode.controls.play_button)
    qtbot.waitUntil(lambda: mode.steps > 100, timeout=5000)
    thread = mode.worker.thread
    started = time.perf_counter()
    window.close()
    assert not thread.isRunning()
    assert time.perf_counter() - started < 1.0


def test_a_network_too_big_for_a_live_slice_says_so(qtbot, mode):
    edit = mode.controls.hidden_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "1024,1024")
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: mode.settings.hidden == (1024, 1024) and mode.plane_note != "", timeout=10000)
    drawn(qtbot, mode)
    assert mode.frame is None
    assert "too large for a live weight-space map" in mode.plane_label.text()
    assert mode.grid is not None and mode.grid.values.shape == (20, 20)
    # one layer more and a step would take seconds: refused with a sentence, nothing changes
    run_id = mode.run_id
    edit.selectAll()
    qtbot.keyClicks(edit, "1024,1024,1024")
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
    assert mode.run_id == run_id and mode.settings.hidden == (1024, 1024)
    assert "2-1024-1024-1024-1 has 2,103,297 parameters" in mode.controls.error_label.text()
    assert edit.text() == "1024,1024"


def _unchanged_for(qtbot, mode, milliseconds: int) -> bool:
    before = mode.steps
    qtbot.wait(milliseconds)
    return mode.steps == before


def test_showing_another_tab_pauses_the_run(qtbot, window, mode):
    mode.controls.speed_slider.setValue(mode.controls.speed_slider.maximum())
    click(qtbot, mode.controls.play_button)
    qtbot.waitUntil(lambda: mode.steps > 20, timeout=5000)
    window.mode_tabs.setCurrentIndex(0)
    assert not mode.playing
    assert window.tab("function").step_label.isVisible()
    steps = mode.steps
    qtbot.wait(300)
    assert mode.steps - steps < 200  # at most the batches already on their way
    # once those have arrived (on a loaded machine they may take a while), nothing more comes
    qtbot.waitUntil(lambda: _unchanged_for(qtbot, mode, 150), timeout=3000)
    last = mode.steps
    qtbot.wait(150)
    assert mode.steps == last


def test_mini_batches_say_the_step_used_a_batch_gradient(qtbot, mode):
    set_value = mode.controls.batch_size_spin
    set_value.lineEdit().selectAll()
    qtbot.keyClicks(set_value.lineEdit(), "32")
    qtbot.keyClick(set_value.lineEdit(), QtCore.Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: mode.settings.batch_size == 32 and mode.series["loss"].count == 1, timeout=3000)
    assert "mini-batches of 32" in mode.controls.reduction_label.text()
    for _ in range(2):
        click(qtbot, mode.controls.step_button)
    qtbot.waitUntil(lambda: mode.steps == 2, timeout=3000)
    drawn(qtbot, mode)
    expected = reference(steps=2, batch_size=32)
    # the curve is of the full training loss L(w_t), comparable with full-batch descent
    np.testing.assert_array_equal(mode.series["loss"].values, expected.loss_history)
    np.testing.assert_allclose(drawn_curve(mode, 0), per_example(expected), rtol=1e-12)
    text = mode.readout_label.text()
    assert "‖∇L<sub>B</sub>(w<sub>1</sub>)‖" in text and "a mini-batch of 32 points" in text
    assert "= γ ‖∇L<sub>B</sub>‖" in text


def test_hovering_the_landscape_reads_the_loss_there(qtbot, window, mode):
    landscape = mode.frame.landscape
    plot = mode.weight_plot
    view = plot.getPlotItem().getViewBox()
    i, j = 30, 12
    scene_point = view.mapViewToScene(QtCore.QPointF(landscape.xs[i], landscape.ys[j]))
    qtbot.mouseMove(plot.viewport(), plot.mapFromScene(scene_point))
    qtbot.waitUntil(lambda: "L(w₀ + α d₁ + β d₂) ≈" in window.statusBar().currentMessage(), timeout=3000)
    message = window.statusBar().currentMessage().replace("−", "-")
    # the pointer lands on a whole pixel of a window that may still be settling its layout on a
    # loaded machine: the map is read at the nearest grid point to where it landed, near (i, j)
    alpha, beta = (float(v) for v in re.match(r"α = (\S+), β = (\S+):", message).groups())
    i_read, j_read = int(np.abs(landscape.xs - alpha).argmin()), int(np.abs(landscape.ys - beta).argmin())
    assert abs(i_read - i) <= 1 and abs(j_read - j) <= 1
    assert f"≈ {float(landscape.values[i_read, j_read]):.5g}" in message
    assert f"the true loss at w_0: L = {reference().loss:.5g}" in message


def test_open_csv_from_the_task_list(qtbot, tmp_path, messages, monkeypatch, mode):
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(empty), ""))
    combo = mode.controls.task_combo
    combo.setCurrentIndex(combo.findData("__csv__"))
    combo.activated.emit(combo.findData("__csv__"))
    assert messages == [("Cannot open the data", "the file is empty")]
    assert combo.currentData() == "xor" and mode.dataset.name == "xor"
    # a cancelled dialog changes nothing either
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    combo.setCurrentIndex(combo.findData("__csv__"))
    combo.activated.emit(combo.findData("__csv__"))
    assert combo.currentData() == "xor" and len(messages) == 1


def open_second_window(qtbot):
    from gdstudio.ui import MainWindow

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    second.mode_tabs.setCurrentWidget(second.tab("mlp"))
    return second


def test_the_last_settings_come_back_next_time(qtbot, window, mode):
    combo = mode.controls.task_combo
    combo.activated.emit(combo.findData("moons"))
    edit = mode.controls.hidden_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "6,3")
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
    mode.controls.reduction_combo.setCurrentIndex(mode.controls.reduction_combo.findData("mean"))
    mode.controls.plane_combo.setCurrentIndex(mode.controls.plane_combo.findData("pca"))
    mode.controls.test_fraction_spin.setValue(0.2)
    assert mode.settings.hidden == (6, 3) and mode.settings.reduction == "mean"
    window.close()
    second = open_second_window(qtbot)
    restored = second.tab("mlp")
    try:
        qtbot.waitUntil(lambda: restored.frame is not None, timeout=5000)
        assert restored.dataset.name == "moons" and len(restored.dataset.test_inputs) == 100
        assert restored.settings == mode.settings
        assert restored.controls.task_combo.currentData() == "moons"
        assert restored.controls.hidden_edit.text() == "6,3"
        assert restored.controls.test_fraction_spin.value() == pytest.approx(0.2)
        assert restored.frame.plane.method == "pca" and restored.controls.plane() == "pca"
    finally:
        second.close()


def test_a_remembered_file_that_is_gone_starts_the_default_task_with_one_sentence(qtbot, tmp_path, window, mode):
    path = tmp_path / "gone.csv"
    path.write_text("x,t\n" + "".join(f"{i / 10},{i / 5}\n" for i in range(30)))
    assert mode.open_csv(path)
    qtbot.waitUntil(lambda: mode.dataset.name == "gone", timeout=3000)
    window.close()
    path.unlink()
    second = open_second_window(qtbot)
    try:
        qtbot.waitUntil(lambda: second.tab("mlp").frame is not None, timeout=5000)
        assert second.tab("mlp").dataset.name == "xor"
        message = second.statusBar().currentMessage()
        assert message.startswith("The session's MLP data could not be loaded: cannot read") and "gone.csv" in message
    finally:
        second.close()


# -- the data's seed ----------------------------------------------------------------------


def type_into(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), QtCore.Qt.Key.Key_Return)


def test_the_data_seed_draws_other_points_and_is_remembered(qtbot, window, mode):
    seed = mode.controls.data_seed_spin
    assert seed.value() == 0 and seed.isVisibleTo(mode)
    first = mode.dataset
    type_into(qtbot, seed, "4")
    qtbot.waitUntil(lambda: mode.data_source.seed == 4 and mode.series["loss"].count == 1, timeout=3000)
    assert not np.array_equal(mode.dataset.train_inputs, first.train_inputs)
    np.testing.assert_array_equal(mode.dataset.train_inputs, make_dataset("xor", seed=4).train_inputs)
    assert mode.settings.seed == 0  # the weights keep their own seed
    drawn(qtbot, mode)
    expected = Training(make_dataset("xor", seed=4), settings_for_task("xor"))
    assert mode.series["loss"].values[0] == pytest.approx(expected.loss, rel=1e-12)
    # a new task keeps the data seed the field shows
    combo = mode.controls.task_combo
    combo.activated.emit(combo.findData("circles"))
    assert mode.data_source.seed == 4 and mode.data_source.task == "circles"
    window.close()
    second = open_second_window(qtbot)
    try:
        qtbot.waitUntil(lambda: second.tab("mlp").frame is not None, timeout=5000)
        assert second.tab("mlp").controls.data_seed_spin.value() == 4
        np.testing.assert_array_equal(second.tab("mlp").dataset.train_inputs, make_dataset("circles", seed=4).train_inputs)
    finally:
        second.close()


def test_a_window_export_gives_the_same_run_from_the_command_line(qtbot, tmp_path, capsys, mode):
    from gdstudio.cli import main

    c = mode.controls
    combo = c.task_combo
    combo.activated.emit(combo.findData("moons"))
    type_into(qtbot, c.samples_spin, "300")
    type_into(qtbot, c.data_seed_spin, "2")
    type_into(qtbot, c.seed_spin, "3")
    c.reduction_combo.setCurrentIndex(c.reduction_combo.findData("mean"))
    qtbot.waitUntil(lambda: mode.data_source.seed == 2 and mode.settings.seed == 3 and mode.settings.reduction == "mean", timeout=3000)
    for _ in range(4):
        click(qtbot, c.step_button)
    settle(qtbot, mode, 4)
    path = tmp_path / "window.json"
    assert mode.export("json", path)
    report = json.loads(path.read_text())
    data, settings = report["data"], report["settings"]
    assert data == {"task": "moons", "samples": 300, "noise": 0.1, "test_fraction": 0.3, "seed": 2}
    assert settings["seed"] == 3 and settings["reduction"] == "mean"
    # the command line, given what the report records, makes the same data, w₀ and steps
    argv = [
        "run",
        "--task",
        data["task"],
        "--samples",
        str(data["samples"]),
        "--noise",
        str(data["noise"]),
        "--test-fraction",
        str(data["test_fraction"]),
        "--data-seed",
        str(data["seed"]),
        "--seed",
        str(settings["seed"]),
        "--hidden",
        ",".join(map(str, settings["hidden"])),
        "--activation",
        settings["activation"],
        "--loss",
        settings["loss"],
        "--reduction",
        settings["reduction"],
        "--init",
        settings["init"],
        "--l2",
        str(settings["l2"]),
        "--lr",
        repr(settings["lr"]),
        "--optimizer",
        settings["optimizer"],
        "--steps",
        str(report["steps"]),
        "--json",
        str(tmp_path / "cli.json"),
    ]
    assert settings["batch_size"] is None and settings["hyperparameters"] == {}
    assert main(argv) == 0
    capsys.readouterr()
    again = json.loads((tmp_path / "cli.json").read_text())
    assert again["data"] == data and again["train_size"] == report["train_size"] == 210
    assert again["loss"][0] == pytest.approx(report["loss"][0], rel=1e-12)
    assert again["loss"] == pytest.approx(report["loss"], rel=1e-12) and len(again["loss"]) == 5


# -- a CSV file with two features and a real-valued target ----------------------------------


def open_through_the_dialog(qtbot, monkeypatch, mode, path):
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    combo = mode.controls.task_combo
    combo.setCurrentIndex(combo.findData("__csv__"))
    combo.activated.emit(combo.findData("__csv__"))


def test_a_csv_of_two_features_and_a_value_draws_the_prediction_as_a_colour_field(qtbot, plane_csv, messages, monkeypatch, mode):
    from gdstudio.ui.mlp.figure import value_colours
    from gdstudio.ui.mlp.worker import grid_resolution

    path = plane_csv
    open_through_the_dialog(qtbot, monkeypatch, mode, path)
    qtbot.waitUntil(lambda: mode.dataset.name == "plane" and mode.grid is not None and mode.frame is not None, timeout=5000)
    assert messages == []
    c = mode.controls
    assert c.task_combo.currentText() == "plane.csv (regression)"
    assert "a regression of t on (x1, x2)" in c.task_note.text()
    assert c.target_combo.isVisibleTo(mode) and c.target_combo.currentData() == "value"
    assert c.loss_combo.currentData() == "mse" and mode.controls.network_label.text().startswith("network 2-8-8-1 tanh → linear")
    bar = mode.data_plot.value_bar
    assert bar is not None and bar.isVisible() and bar.levels() == pytest.approx(mode.dataset.target_range)
    for _ in range(3):
        click(qtbot, c.step_button)
    settle(qtbot, mode, 3)
    qtbot.waitUntil(lambda: mode.view_step == 3, timeout=3000)
    drawn(qtbot, mode)
    expected = Training(load_csv(path), mode.settings)
    expected.step(3)
    np.testing.assert_allclose(drawn_curve(mode, 0), per_example(expected), rtol=1e-12)
    grid = expected.decision_grid(resolution=grid_resolution(expected.network.dimension))
    assert mode.grid.is_regression
    np.testing.assert_allclose(mode.grid.values, grid.values, rtol=1e-12)
    np.testing.assert_array_equal(mode.data_plot.image.image, value_colours(grid.values, mode.dataset.target_range))
    assert mode.data_plot.boundary.getData()[0] is None or len(mode.data_plot.boundary.getData()[0]) == 0
    metrics = expected.metrics()
    text = mode.data_label.text()
    assert "prediction f_w(x1, x2) as colours" in text and f"train MSE {metrics.train_mse:.5g}" in text
    # the points are coloured by their targets on the bar's scale
    train_points = mode.data_plot.points[0]
    first = train_points.points()[0]
    colour = value_colours(np.array([mode.dataset.train_targets[0]]), mode.dataset.target_range)[0]
    assert first.brush().color().getRgb() == tuple(int(v) for v in colour)
    # reading the values as class labels is refused with the reason; the run stays
    run_id = mode.run_id
    c.target_combo.setCurrentIndex(c.target_combo.findData("class"))
    assert "column 3: class labels must be whole numbers" in c.error_label.text()
    assert mode.run_id == run_id and c.target_combo.currentData() == "value" and not mode.dataset.is_classification
    # the JSON says which file and how its column was read
    report = mode.current_report()
    assert report["data"] == {"file": "plane.csv", "target": "value", "test_fraction": 0.3, "seed": 0}
    assert report["test_mse"] == pytest.approx(metrics.test_mse) and "test_accuracy" not in report


def test_the_last_column_of_labels_can_be_read_as_values(qtbot, tmp_path, messages, monkeypatch, mode):
    path = tmp_path / "labels.csv"
    path.write_text("a,b,kind\n" + "".join(f"{i % 7 - 3},{i % 5 - 2},{int(i % 7 > 3)}\n" for i in range(60)))
    open_through_the_dialog(qtbot, monkeypatch, mode, path)
    qtbot.waitUntil(lambda: mode.dataset.name == "labels" and mode.grid is not None, timeout=5000)
    c = mode.controls
    assert c.target_combo.currentData() == "class" and c.task_combo.currentText() == "labels.csv (classes)"
    c.target_combo.setCurrentIndex(c.target_combo.findData("value"))
    qtbot.waitUntil(lambda: not mode.dataset.is_classification and mode.grid is not None and mode.grid.is_regression, timeout=5000)
    assert c.task_combo.currentText() == "labels.csv (regression)" and c.loss_combo.currentData() == "mse"
    assert mode.data_source.target == "value" and mode.data_plot.value_bar is not None
    # a two-column file has no choice to make
    curve = tmp_path / "curve.csv"
    curve.write_text("x,t\n" + "".join(f"{i / 10},{(i / 10) ** 2}\n" for i in range(20)))
    assert mode.open_csv(curve)
    assert not c.target_combo.isVisibleTo(mode) and mode.data_plot.value_bar is None
    # and a built-in task neither
    c.task_combo.activated.emit(c.task_combo.findData("xor"))
    assert not c.target_combo.isVisibleTo(mode) and mode.data_source.target is None


# -- a task's defaults with the mean reduction ----------------------------------------------


def test_picking_xor_with_the_mean_reduction_takes_the_sums_steps_and_trains_as_well(qtbot, window, mode):
    from gdstudio.core.mlp.datasets import TASKS

    c = mode.controls
    c.reduction_combo.setCurrentIndex(c.reduction_combo.findData("mean"))
    combo = c.task_combo
    combo.activated.emit(combo.findData("xor"))
    # γ for the mean is N times the sum's, and the status bar says so
    assert mode.settings.learning_rate == pytest.approx(0.01 * 350) and mode.settings.reduction == "mean"
    assert c.learning_rate_spin.value() == pytest.approx(3.5)
    assert window.statusBar().currentMessage() == (
        "XOR with the mean reduction: γ = 3.5 = 0.01 × N: the task's γ = 0.01 is tuned for the sum, "
        "and the mean's gradient is N = 350 times smaller."
    )
    c.speed_slider.setValue(c.speed_slider.maximum())
    with qtbot.waitSignal(mode.run_finished, timeout=60000):
        click(qtbot, c.play_button)
    qtbot.waitUntil(lambda: mode.metrics is not None and mode.steps == 1500, timeout=5000)
    qtbot.waitUntil(lambda: mode.metrics.test_accuracy > 0, timeout=3000)
    assert mode.metrics.test_accuracy > TASKS["xor"].quality
    # more points than the field's largest γ allows: the largest, and the line says why
    type_into(qtbot, c.samples_spin, "2000")
    combo.activated.emit(combo.findData("moons"))
    assert mode.settings.learning_rate == 10.0
    assert "γ = 10, the largest the field takes: the mean's gradient is N = 1400 times smaller" in window.statusBar().currentMessage()
