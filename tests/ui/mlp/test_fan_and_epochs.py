"""The minibatch fan on the weight-space map, driven as a person does: the checkbox,
the batch-size slider, the draws and the timeline; the arrows checked against the
gradients of each batch computed independently here."""

import numpy as np
from PySide6 import QtCore

from gdstudio.core.mlp.datasets import make_dataset
from gdstudio.core.mlp.network import BatchOrder
from gdstudio.core.mlp.presets import LINE_FIT
from gdstudio.core.mlp.training import Training


def line_weights(steps):
    dataset = make_dataset("line")
    training = Training(dataset, LINE_FIT.settings(len(dataset.train_inputs)))
    training.step(steps)
    return dataset, training


def batch_gradient(dataset, w, batch):
    """∇ of Σ_{i∈B} (w xᵢ + b − tᵢ)², by hand, scaled by N/B to its estimate of ∇L (the sum reduction)."""
    x = dataset.train_inputs[batch, 0]
    t = np.asarray(dataset.train_targets, dtype=float).reshape(-1)[batch]
    residual = w[0] * x + w[1] - t
    return len(dataset.train_inputs) / len(batch) * np.array([2 * np.sum(residual * x), 2 * np.sum(residual)])


def test_the_fan_on_the_line_fit_is_the_batch_gradients_around_the_full_one(qtbot, mode, driver):
    driver.choose_preset(mode, "line-fit")
    driver.step(mode, 5)
    c = mode.controls
    assert not mode.fan_items.visible and c.fan_readout.text() == ""
    qtbot.mouseClick(c.fan_check, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(5, c.fan_check.height() // 2))
    assert c.fan_check.isChecked() and c.fan_slider.maximum() == 350
    driver.fan_shown(mode, 5, 10, 35)
    driver.drawn(mode)
    dataset, training = line_weights(5)
    w = training.weights
    view = mode.fan_view
    np.testing.assert_allclose(view.origin, w, rtol=1e-12)  # the exact map: the fan starts at (w, b) itself
    x, y = mode.fan_items.batch.getData()
    starts, tips = np.column_stack([x[0::2], y[0::2]]), np.column_stack([x[1::2], y[1::2]])
    np.testing.assert_allclose(starts, np.tile(w, (35, 1)), rtol=1e-12)
    batches = BatchOrder(350, 10, LINE_FIT.settings(350).seed).epoch_batches(0)
    expected = np.array([batch_gradient(dataset, w, batch) for batch in batches])
    np.testing.assert_allclose((tips - w) / view.scale, -expected, rtol=1e-9, atol=1e-9)
    full = batch_gradient(dataset, w, np.arange(350))
    fx, fy = mode.fan_items.full.getData()
    np.testing.assert_allclose([fx[1] - fx[0], fy[1] - fy[0]], -view.scale * full, rtol=1e-9)
    text = c.fan_readout.text()
    assert "mean of the batch gradients = ∇L" in text and "measured" in text and "(N − B)/(B(N − 1))·σ²" in text
    assert "At t = 5, the 35 batches of epoch 0 of B = 10 (exact on (w, b))" in text
    # one epoch's batches average to ∇L: the dashed mean lies on the thick arrow
    mx, my = mode.fan_items.mean.getData()
    np.testing.assert_allclose([mx[1], my[1]], [fx[1], fy[1]], rtol=1e-9)


def test_the_slider_redraws_the_fan_at_once_and_b_equal_n_collapses_it(qtbot, mode, driver):
    driver.choose_preset(mode, "line-fit")
    c = mode.controls
    c.fan_check.setChecked(True)
    driver.fan_shown(mode, 0, 10, 35)
    c.fan_slider.setValue(1)
    driver.fan_shown(mode, 0, 1, 350)
    wide = mode.fan_view.measured
    assert c.fan_batch_label.text() == "B = 1 of 350"
    c.fan_slider.setValue(350)
    driver.fan_shown(mode, 0, 350, 1)
    driver.drawn(mode)
    view = mode.fan_view
    assert view.formula == 0.0 and view.measured < 1e-20 * wide
    x, y = mode.fan_items.batch.getData()
    fx, fy = mode.fan_items.full.getData()
    np.testing.assert_allclose([x[1], y[1]], [fx[1], fy[1]], rtol=1e-9)  # the fan is −∇L itself
    # K random draws instead of an epoch
    c.fan_slider.setValue(20)
    c.fan_draws_combo.setCurrentIndex(c.fan_draws_combo.findData("random"))
    c.fan_draws_spin.setValue(500)
    driver.fan_shown(mode, 0, 20, 500)
    assert "500 random batches of B = 20" in c.fan_readout.text()
    # hidden again
    c.fan_check.setChecked(False)
    driver.drawn(mode)
    assert not mode.fan_items.visible and c.fan_readout.text() == ""


def test_the_fan_follows_the_timeline_and_is_projected_on_a_network_plane(qtbot, mode, driver):
    driver.step(mode, 6)  # XOR, 2-8-8-1: the fan is projected on the map's plane
    c = mode.controls
    c.fan_check.setChecked(True)
    driver.fan_shown(mode, 6, 10, 35)
    assert "projected on the map's plane" in c.fan_readout.text()
    mode.show_step(2)
    driver.fan_shown(mode, 2, 10, 35)
    assert c.fan_readout.text().startswith("At t = 2,")
    # the fan starts at w₂'s place on the map, where the dot is
    np.testing.assert_allclose(mode.fan_view.origin, mode.weight_plot.current_points()[0], rtol=1e-9)


def test_epochs_ring_the_minibatch_count_the_epochs_and_mark_their_starts(qtbot, mode, driver):
    driver.choose_preset(mode, "line-fit")
    c = mode.controls
    c.max_steps_spin.setValue(80)
    c.batch_size_spin.setValue(10)  # a new run, with minibatches of 10
    qtbot.waitUntil(lambda: mode.batch_size == 10 and mode.frame is not None, timeout=5000)
    driver.step(mode, 3)
    seed = mode.settings.seed
    order = BatchOrder(350, 10, seed)
    dataset = make_dataset("line")
    x, y = mode.batch_rings.getData()
    batch = order.batch(2)  # the update t = 2 → 3
    np.testing.assert_array_equal(x, dataset.train_inputs[batch, 0])
    np.testing.assert_array_equal(y, np.asarray(dataset.train_targets, dtype=float).reshape(-1)[batch])
    assert "Epoch 1, minibatch 3 of 35 (B = 10, shuffled once an epoch) made this step" in mode.readout_label.text()
    qtbot.mouseClick(c.play_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mode.steps == 80 and not mode.running, timeout=10000)
    driver.drawn(mode)
    # the panel relates the cloud around w* to γ and B, with the core's numbers
    from gdstudio.core.mlp.noise_ball import noise_ball

    expected = Training(dataset, mode.settings)
    expected.run()
    assert c.noise_note.isVisible() and c.noise_note.text() == noise_ball(expected).sentence()
    lines_x, _ = mode.epoch_lines.getData()
    assert list(lines_x) == [35.0, 35.0, 70.0, 70.0]  # epochs 2 and 3 begin at updates 35 and 70
    mode.show_step(36)
    driver.drawn(mode)
    assert "Epoch 2, minibatch 1 of 35" in mode.readout_label.text()
    x, _ = mode.batch_rings.getData()
    np.testing.assert_array_equal(x, dataset.train_inputs[order.epoch_batches(1)[0], 0])
