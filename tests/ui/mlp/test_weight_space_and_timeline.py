"""The MLP tab's weight-space map that stays still, the two-weight line fit on its exact
bowl, the full-batch vs mini-batch race, the timeline, the exports that take the
weights away and the tab's part of a session: driven the way a person does, checked
against the core's numbers and independent ones (numpy.linalg.lstsq, a forward pass
written out here)."""

import csv

import numpy as np
import pytest
from PySide6 import QtCore

from gdstudio.core.mlp.datasets import make_dataset
from gdstudio.core.mlp.network import decision_grid
from gdstudio.core.mlp.presets import LINE_FIT
from gdstudio.core.mlp.training import TEST, TRAIN, BatchRace, Training, settings_for_task
from gdstudio.core.mlp.weight_space import METHODS
from gdstudio.core.session import SESSION_SUFFIX, studio_session_from_text
from gdstudio.ui.common.text import number
from gdstudio.ui.mlp.figure import probability_image
from gdstudio.ui.mlp.worker import grid_resolution


def drawn(qtbot, mlp):
    with qtbot.waitSignal(mlp.redrawn, timeout=3000):
        mlp.dirty = True


def click(qtbot, button):
    qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)


def step(qtbot, mlp, count):
    """Press Step ``count`` times and wait until the views and the map show the newest step."""
    target = mlp.steps + count
    for _ in range(count):
        click(qtbot, mlp.controls.step_button)
    qtbot.waitUntil(lambda: mlp.steps == target and mlp.view_step == target, timeout=5000)
    qtbot.waitUntil(lambda: mlp.frame is not None and len(mlp.frame.coordinates) == target + 1, timeout=3000)
    drawn(qtbot, mlp)


def reference(task="xor", steps=0, **changes):
    dataset = make_dataset(task)
    training = Training(dataset, settings_for_task(task, train_size=len(dataset.train_inputs), **changes))
    training.step(steps)
    return training


def choose_line_fit(qtbot, mlp):
    """Pick the preset "Line fit" in the task list."""
    combo = mlp.controls.task_combo
    index = combo.findData("preset:line-fit")
    assert index >= 0 and combo.itemText(index) == LINE_FIT.title
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: mlp.dataset.name == "line" and mlp.frame is not None and mlp.frame.plane.is_exact, timeout=5000)
    drawn(qtbot, mlp)


def line_reference(steps=0, **changes):
    dataset = make_dataset("line")
    training = Training(dataset, LINE_FIT.settings(len(dataset.train_inputs)) if not changes else settings_for_task("line", **changes))
    training.step(steps)
    return training


# -- a map that stays still ------------------------------------------------------------------


def test_the_plane_and_its_colours_stay_still_while_the_path_grows(qtbot, mode):
    frames = []
    mode.worker.batch_ready.connect(lambda batch: frames.append(batch.frame) if batch.frame is not None else None)
    drawn_maps = []
    original = mode.weight_plot.show_landscape
    mode.weight_plot.show_landscape = lambda landscape: (drawn_maps.append(landscape), original(landscape))
    c = mode.controls
    c.speed_slider.setValue(7)  # 250 steps a second: a few hundred steps, never the end of the run
    assert mode.settings.max_steps == 1500
    click(qtbot, c.play_button)
    qtbot.waitUntil(lambda: mode.steps > 300, timeout=10000)
    click(qtbot, c.play_button)
    assert not mode.playing and mode.running
    qtbot.wait(200)  # the batches already on their way, then the views of where the run stopped
    qtbot.waitUntil(lambda: mode.view_step == mode.steps and len(mode.frame.coordinates) == mode.steps + 1, timeout=3000)
    drawn(qtbot, mode)
    assert len(frames) >= 5
    first = frames[0]
    for frame in frames[1:]:
        # one plane all run long: the same basis and the same colour scale
        assert frame.plane is first.plane
        np.testing.assert_array_equal(frame.plane.directions, first.plane.directions)
        assert frame.landscape.scale is first.landscape.scale
    lengths = [len(frame.coordinates) for frame in frames]
    assert lengths == sorted(lengths) and lengths[-1] > lengths[0] + 200
    # the projected path grows (its earlier part never moves) and the dot moves along it
    for earlier, later in zip(frames, frames[1:]):
        np.testing.assert_array_equal(later.coordinates[: len(earlier.coordinates)], earlier.coordinates)
    travelled = [np.sum(np.linalg.norm(np.diff(frame.coordinates, axis=0), axis=1)) for frame in frames]
    assert travelled[-1] > travelled[0] > 0
    assert not np.allclose(frames[-1].coordinates[-1], frames[0].coordinates[-1])
    # the contour is drawn again only for a new map, with the plane's colours
    assert len(drawn_maps) <= len({id(frame.landscape) for frame in frames})
    scale = mode.frame.landscape.scale
    assert tuple(mode.weight_plot.image.levels) == pytest.approx((scale.low, scale.high))
    assert tuple(mode.weight_plot.colour_bar.levels()) == pytest.approx((scale.low, scale.high))
    # the true loss and the slice's under the dot, in one sentence
    readout = mode.frame.readout
    text = mode.readout_label.text()
    assert readout.step == mode.steps
    assert f"the true loss L(w_{mode.steps}) is {readout.loss:.6g}" in text
    assert f"the slice at the projected point is {readout.slice_loss:.6g}" in text
    assert readout.loss == pytest.approx(mode.series["loss"].values[-1], rel=1e-12)


def test_the_plane_list_comes_from_the_core_and_the_plane_can_be_refitted(qtbot, mode):
    combo = mode.controls.plane_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(METHODS)
    assert [combo.itemData(i, QtCore.Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())] == list(METHODS.values())
    assert combo.currentData() == "path"
    step(qtbot, mode, 15)
    fitted = mode.frame
    assert fitted.plane.fitted_steps == 0  # chosen at w₀ and held
    click(qtbot, mode.controls.refit_button)
    qtbot.waitUntil(lambda: mode.frame.plane.fitted_steps == 15, timeout=3000)
    drawn(qtbot, mode)
    assert mode.frame.landscape is not fitted.landscape and mode.weight_plot.landscape is mode.frame.landscape
    assert "along the path's direction w_t − w₀ (t = 15)" in mode.plane_label.text()
    # re-fitted through w₀ and w₁₅: the dot lies on the slice, the two losses agree
    assert mode.frame.readout.distance < 1e-9
    assert mode.frame.readout.slice_loss == pytest.approx(reference(steps=15).loss, rel=1e-6)
    # the PCA plane is frozen while the run plays and refreshed when it pauses
    combo.setCurrentIndex(combo.findData("pca"))
    qtbot.waitUntil(lambda: mode.frame.plane.method == "pca" and mode.frame.plane.fitted_steps == 15, timeout=3000)
    mode.controls.speed_slider.setValue(6)  # 100 steps a second
    click(qtbot, mode.controls.play_button)
    qtbot.waitUntil(lambda: mode.steps > 40, timeout=5000)
    click(qtbot, mode.controls.play_button)
    qtbot.waitUntil(lambda: mode.frame.plane.fitted_steps == mode.steps and mode.frame.plane.method == "pca", timeout=3000)


# -- the two-weight model ---------------------------------------------------------------------


def test_the_line_fit_is_the_exact_bowl_with_the_least_squares_optimum(qtbot, mode):
    choose_line_fit(qtbot, mode)
    c = mode.controls
    assert c.task_note.text() == LINE_FIT.note
    assert c.network_label.text() == "network 1 → 1 linear, 2 parameters"
    assert mode.weight_plot.axis_names() == ("w (slope)", "b (intercept)")
    assert not c.plane_combo.isEnabled() and c.race_check.isEnabled()
    assert "The loss L(w, b) at every slope w and intercept b" in mode.plane_label.text()
    dataset = make_dataset("line")
    x, t = dataset.train_inputs[:, 0], np.asarray(dataset.train_targets, dtype=float).reshape(-1)
    optimum, *_ = np.linalg.lstsq(np.column_stack([x, np.ones_like(x)]), t, rcond=None)
    marked_w, marked_b = mode.weight_plot.optimum.getData()
    np.testing.assert_allclose([marked_w[0], marked_b[0]], optimum, rtol=1e-9)
    assert "least-squares (w*, b*)" in [label.text for _sample, label in mode.weight_plot.legend.items]
    # the map is L(w, b) = Σᵢ (w xᵢ + b − tᵢ)² itself, not a slice
    landscape = mode.frame.landscape
    for i, j in ((0, 0), (50, 20), (100, 100), (73, 41)):
        w, b = landscape.xs[i], landscape.ys[j]
        assert landscape.values[i, j] == pytest.approx(np.sum((w * x + b - t) ** 2), rel=1e-9)
    step(qtbot, mode, 12)
    expected = line_reference(steps=12)
    dot = np.array(mode.weight_plot.current_points()[0])
    np.testing.assert_allclose(dot, expected.weights, rtol=1e-12)
    # the fitted line on the data is w·x + b of the dot
    xs, ys = mode.data_plot.curve.getData()
    np.testing.assert_allclose(ys, dot[0] * xs + dot[1], rtol=1e-9, atol=1e-12)
    assert "fitted line f_w(x) = w·x + b" in mode.data_label.text()
    # the dot is w₁₂ itself: no gap between the map and the true loss
    assert mode.frame.readout.distance == 0.0
    assert f"the dot is w_12 itself, L(w_12) = {expected.loss:.6g}" in mode.readout_label.text()


def test_the_mini_batch_race_draws_two_paths_on_the_bowl(qtbot, mode):
    choose_line_fit(qtbot, mode)
    check = mode.controls.race_check
    assert check.text() == "Race full batch against mini-batches of 10"
    run_id = mode.run_id
    click(qtbot, check)
    assert check.isChecked() and mode.run_id == run_id + 1
    step(qtbot, mode, 8)
    qtbot.waitUntil(lambda: mode.partner is not None and len(mode.partner.coordinates) == 9, timeout=3000)
    drawn(qtbot, mode)
    dataset = make_dataset("line")
    race = BatchRace(dataset, LINE_FIT.settings(len(dataset.train_inputs)), 10)
    race.step(8)
    assert mode.race_labels == race.labels
    full, mini = mode.weight_plot.paths
    np.testing.assert_allclose(np.column_stack(full.getData()), race.paths[0], rtol=1e-12)
    np.testing.assert_allclose(np.column_stack(mini.getData()), race.paths[1], rtol=1e-12)
    assert full.opts["pen"].color().name() != mini.opts["pen"].color().name()
    labels = [label.text for _sample, label in mode.weight_plot.legend.items]
    assert labels == [*race.labels, "least-squares (w*, b*)"]
    # the two dots are the runs' newest weights, and the mini-batch run's loss is drawn beside the full one's
    np.testing.assert_allclose(mode.weight_plot.current_points(), [race.paths[0][-1], race.paths[1][-1]], rtol=1e-12)
    partner = race.trainings[1]
    _steps, drawn_loss = mode.loss_plot.loss_curves[2].getOriginalDataset()
    np.testing.assert_allclose(drawn_loss, partner.loss_per_example(partner.path, TRAIN, partner.loss_history), rtol=1e-12)
    assert f"train, {race.labels[1]}" in [label.text for _sample, label in mode.loss_legend.items]
    # a network with more weights has no race to offer
    mode.controls.hidden_edit.setText("4")
    mode.controls.hidden_edit.returnPressed.emit()
    assert mode.settings.hidden == (4,) and not check.isEnabled() and not check.isChecked()
    assert mode.race_labels is None and len(mode.weight_plot.paths) == 1


# -- comparable curves ------------------------------------------------------------------------


def test_the_curves_are_means_per_example_and_the_readout_keeps_the_sum(qtbot, mode):
    combo = mode.controls.task_combo
    combo.activated.emit(combo.findData("moons"))
    qtbot.waitUntil(lambda: mode.dataset.name == "moons" and mode.frame is not None, timeout=5000)
    step(qtbot, mode, 6)
    expected = reference("moons", steps=6)
    _steps, train = mode.loss_plot.loss_curves[0].getOriginalDataset()
    _steps, test = mode.loss_plot.loss_curves[1].getOriginalDataset()
    np.testing.assert_allclose(train, expected.loss_per_example(expected.path, TRAIN), rtol=1e-12)
    np.testing.assert_allclose(test, expected.loss_per_example(expected.path, TEST), rtol=1e-12)
    # the training curve is the lesson's L divided by its 350 points; the test curve by its 150
    np.testing.assert_allclose(train, expected.loss_history / 350, rtol=1e-12)
    labels = [label.text for _sample, label in mode.loss_legend.items]
    assert labels == ["train, mean E per example (N = 350)", "test, mean E per example (N = 150)"]
    assert mode.loss_plot.getAxis("left").labelText == "mean E per example, log scale"
    # the step readout keeps the lesson's L, the sum over the training points
    assert f"after = {number(expected.loss)}" in mode.readout_label.text()


# -- the timeline ----------------------------------------------------------------------------


def test_the_timeline_shows_stored_steps_and_never_adds_any(qtbot, window, mode):
    step(qtbot, mode, 10)
    expected = reference(steps=10)
    gradients = expected.history.gradient
    for _ in range(3):
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: mode.past is not None and mode.past.step == 7, timeout=3000)
    drawn(qtbot, mode)
    assert mode.timeline.label.text() == "t = 7 / 10" and mode.timeline.slider.value() == 7
    text = mode.readout_label.text()
    assert "<b>Step 7</b> (t = 6 → 7)" in text
    assert f"‖∇L(w<sub>6</sub>)‖ = {number(float(np.linalg.norm(gradients[6])))}" in text
    assert f"‖Δw<sub>6</sub>‖ = {number(float(np.linalg.norm(expected.path[7] - expected.path[6])))}" in text
    assert f"L before = {number(expected.loss_history[6])}, after = {number(expected.loss_history[7])}" in text
    assert "Showing the stored step t = 7 of 10" in text
    # the decision boundary, the dot on the map and the slice readout of the stored w₇
    network = expected.network
    grid = decision_grid(network, expected.path[7], expected.dataset.bounds(), grid_resolution(network.dimension))
    np.testing.assert_array_equal(mode.data_plot.image.image, probability_image(grid.values, 2))
    np.testing.assert_allclose(mode.weight_plot.current_points()[0], mode.frame.plane.project(expected.path[7])[0], rtol=1e-9)
    assert mode.past.readout.loss == expected.loss_history[7]
    assert f"the true loss L(w_7) is {expected.loss_history[7]:.6g}" in text
    assert "(at step 7)" in mode.data_label.text()
    assert mode.loss_plot.loss_item.cursor.isVisible() and mode.loss_plot.loss_item.cursor.value() == 7
    # Home: w₀; → walks forward through the stored steps
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: mode.past is not None and mode.past.step == 0, timeout=3000)
    drawn(qtbot, mode)
    assert f"L(w₀) = {number(expected.loss_history[0])}" in mode.readout_label.text()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: mode.past is not None and mode.past.step == 1, timeout=3000)
    drawn(qtbot, mode)
    assert "<b>Step 1</b>" in mode.readout_label.text()
    # nothing was run again, and no step was added
    assert mode.steps == 10 and mode.series["loss"].count == 11
    np.testing.assert_array_equal(mode.series["loss"].values, expected.loss_history)
    # End: the newest step again, and → makes a new update from there
    qtbot.keyClick(window, QtCore.Qt.Key.Key_End)
    drawn(qtbot, mode)
    assert mode.shown is None and mode.timeline.label.text() == "t = 10 (latest)"
    assert "<b>Step 10</b>" in mode.readout_label.text() and not mode.loss_plot.loss_item.cursor.isVisible()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: mode.steps == 11, timeout=3000)


def test_dragging_the_timeline_pauses_and_play_goes_on_from_the_newest_step(qtbot, mode):
    step(qtbot, mode, 6)
    mode.timeline.slider.setValue(2)
    qtbot.waitUntil(lambda: mode.past is not None and mode.past.step == 2, timeout=3000)
    assert mode.shown == 2
    mode.controls.speed_slider.setValue(4)  # 20 steps a second
    click(qtbot, mode.controls.play_button)
    assert mode.shown is None and mode.playing
    qtbot.waitUntil(lambda: mode.steps >= 8, timeout=5000)
    click(qtbot, mode.controls.play_button)
    np.testing.assert_array_equal(mode.series["loss"].values[:7], reference(steps=6).loss_history)


# -- weights and data you can take away -------------------------------------------------------


def test_the_weights_and_the_data_export_and_give_back_the_loss(qtbot, tmp_path, messages, mode):
    step(qtbot, mode, 5)
    expected = reference(steps=5)
    weights_path, data_path, report_path = tmp_path / "xor.npz", tmp_path / "xor.csv", tmp_path / "xor.json"
    assert mode.export("weights-npz", weights_path)
    assert mode.export("data-csv", data_path)
    assert mode.export("json", report_path)
    assert messages == []
    with np.load(weights_path, allow_pickle=False) as loaded:
        arrays = {key: loaded[key] for key in loaded.files}
    reference_arrays = expected.network.weight_arrays(expected.weights)
    assert sorted(arrays) == sorted(reference_arrays)
    for key, value in reference_arrays.items():
        np.testing.assert_array_equal(arrays[key], value)
    assert str(arrays["activation"]) == "tanh" and str(arrays["output"]) == "sigmoid"
    with open(data_path, newline="") as handle:
        rows = list(csv.reader(handle))
    header, table = expected.data_table()
    assert rows[0] == header == ["x1", "x2", "label", "split"]
    assert len(rows) == 1 + 500 and [row[3] for row in rows[1:]].count("train") == 350
    # the loss again from the two files alone: a forward pass written out here
    train = np.array([[float(v) for v in row[:3]] for row in rows[1:] if row[3] == "train"])
    inputs, labels = train[:, :2], train[:, 2]
    hidden = np.tanh(inputs @ arrays["layer0.weight"].T + arrays["layer0.bias"])
    hidden = np.tanh(hidden @ arrays["layer1.weight"].T + arrays["layer1.bias"])
    p = 1 / (1 + np.exp(-(hidden @ arrays["layer2.weight"].T + arrays["layer2.bias"])[:, 0]))
    loss = -np.sum(labels * np.log(p) + (1 - labels) * np.log(1 - p))
    assert loss == pytest.approx(expected.loss, rel=1e-9)
    import json

    assert json.loads(report_path.read_text())["final"]["loss"] == pytest.approx(loss, rel=1e-9)
    kinds = {kind.key: kind.title for kind in mode.export_kinds()}
    assert kinds["weights-npz"] == "Weights as NumPy .npz" and kinds["data-csv"] == "Training and test data as CSV"


def test_the_line_fits_weights_load_as_slope_and_intercept(qtbot, tmp_path, mode):
    choose_line_fit(qtbot, mode)
    step(qtbot, mode, 20)
    path = tmp_path / "line.npz"
    assert mode.export("weights-npz", path)
    with np.load(path, allow_pickle=False) as loaded:
        slope, intercept = float(loaded["layer0.weight"][0, 0]), float(loaded["layer0.bias"][0])
    np.testing.assert_allclose((slope, intercept), mode.weight_plot.current_points()[0], rtol=1e-12)


# -- the session section ----------------------------------------------------------------------


def type_into(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), QtCore.Qt.Key.Key_Return)


def open_in_a_new_window(qtbot, path):
    from gdstudio.ui import MainWindow

    second = MainWindow(restore=False)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.open_session(path)
    return second


def test_the_mlp_section_round_trips_through_a_saved_session(qtbot, tmp_path, window, mode):
    c = mode.controls
    c.task_combo.activated.emit(c.task_combo.findData("moons"))
    c.hidden_edit.setText("6,3")
    c.hidden_edit.returnPressed.emit()
    c.reduction_combo.setCurrentIndex(c.reduction_combo.findData("mean"))
    c.plane_combo.setCurrentIndex(c.plane_combo.findData("pca"))
    type_into(qtbot, c.test_fraction_spin, "0.2")
    type_into(qtbot, c.seed_spin, "3")
    type_into(qtbot, c.data_seed_spin, "2")
    type_into(qtbot, c.batch_size_spin, "32")
    c.l2_spin.setValue(0.001)
    c.optimizer_combo.setCurrentIndex(c.optimizer_combo.findData("momentum"))
    qtbot.waitUntil(lambda: mode.settings.optimizer == "momentum" and mode.settings.l2 == 0.001, timeout=3000)
    qtbot.waitUntil(lambda: mode.series["loss"].count == 1 and mode.frame is not None, timeout=5000)
    saved = mode.session_section()
    assert saved.training.hidden == (6, 3) and saved.training.batch_size == 32 and saved.plane == "pca"
    assert saved.data.task == "moons" and saved.data.seed == 2 and saved.data.test_fraction == pytest.approx(0.2)
    # every change was remembered by the shell as it was made
    remembered = studio_session_from_text(QtCore.QSettings().value("session/last"))
    assert remembered.mlp == saved
    path = tmp_path / f"moons{SESSION_SUFFIX}"
    assert window.save_session_to(path)
    second = open_in_a_new_window(qtbot, path)
    try:
        restored = second.tab("mlp")
        assert second.current_tab() is restored  # the session was saved on the MLP tab
        qtbot.waitUntil(lambda: restored.frame is not None and restored.settings is not None, timeout=5000)
        assert restored.session_section() == saved
        assert restored.settings == mode.settings
        np.testing.assert_array_equal(restored.dataset.train_inputs, mode.dataset.train_inputs)
        assert restored.controls.hidden_edit.text() == "6,3" and restored.controls.plane() == "pca"
        assert restored.controls.batch_size_spin.value() == 32 and restored.controls.optimizer() == "momentum"
        assert restored.frame.plane.method == "pca"
        assert restored.series["loss"].values[0] == pytest.approx(mode.series["loss"].values[0], rel=1e-12)
    finally:
        second.close()


def test_a_csv_task_round_trips_through_a_saved_session(qtbot, tmp_path, window, mode):
    data = tmp_path / "points.csv"
    data.write_text("x,t\n" + "".join(f"{i / 10},{0.5 * i / 10 - 0.2 + 0.01 * (i % 3)}\n" for i in range(40)))
    assert mode.open_csv(data)
    c = mode.controls
    c.hidden_edit.setText("0")
    c.hidden_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: mode.frame is not None and mode.frame.plane.is_exact, timeout=5000)
    saved = mode.session_section()
    assert saved.data.path == str(data) and saved.training.hidden == ()
    path = tmp_path / f"points{SESSION_SUFFIX}"
    assert window.save_session_to(path)
    second = open_in_a_new_window(qtbot, path)
    try:
        restored = second.tab("mlp")
        qtbot.waitUntil(lambda: restored.frame is not None, timeout=5000)
        assert restored.session_section() == saved
        assert restored.frame.plane.is_exact and restored.weight_plot.axis_names() == ("w (slope)", "b (intercept)")
    finally:
        second.close()


# -- the contract's overlays and zoom -------------------------------------------------------


def test_the_log_loss_overlay_and_the_zoom_reach_the_new_items(qtbot, window, mode):
    assert mode.set_overlay("log_loss", False)
    assert not mode.controls.log_loss_check.isChecked() and not mode.loss_plot.logarithmic
    assert mode.loss_plot.getAxis("left").labelText == "mean E per example"
    assert mode.set_overlay("log_loss", True) and mode.loss_plot.logarithmic
    assert not mode.set_overlay("curvature", True)
    choose_line_fit(qtbot, mode)
    size = mode.weight_plot.optimum.opts["size"]
    window.set_zoom(2.0)
    assert mode.weight_plot.optimum.opts["size"] == pytest.approx(2 * size)
    window.set_zoom(1.0)
    assert mode.weight_plot.optimum.opts["size"] == pytest.approx(size)
