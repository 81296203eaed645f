"""The preset race "constant γ vs 1/t" on the line fit, the minibatch loss beside the
training loss, the fan kept by sessions and drawn on the slide, driven as a person does;
the numbers checked against runs and replays computed here."""

import os

import numpy as np
from PySide6 import QtCore, QtGui

from gdstudio.core.descent.schedules import Schedule
from gdstudio.core.mlp.datasets import DataSettings, make_dataset
from gdstudio.core.mlp.fan import FanSettings
from gdstudio.core.mlp.least_squares import least_squares
from gdstudio.core.mlp.network import BatchOrder
from gdstudio.core.mlp.noise_ball import cloud_radius
from gdstudio.core.mlp.presets import LINE_FIT, NOISE_BALL
from gdstudio.core.mlp.training import BatchRace
from gdstudio.core.session import MLPSection
from gdstudio.ui.common.figure import SLIDE


def test_the_noise_ball_preset_races_a_constant_gamma_against_one_over_t(qtbot, mode, driver, tmp_path):
    driver.choose_preset(mode, "noise-ball")
    c = mode.controls
    assert c.race_check.isChecked() and c.race_check.text() == "Race constant γ against 1/t on mini-batches of 10"
    assert c.schedule_combo.currentData() == "inverse_time" and "γ₀ / (1 + 0.05·t)" in c.schedule_note.text()
    assert c.task_note.text() == NOISE_BALL.note
    dataset = make_dataset("line")
    settings = NOISE_BALL.settings(len(dataset.train_inputs))
    assert mode.settings == settings
    race = BatchRace(dataset, settings, 10, schedule=settings.schedule)
    assert mode.race_labels == race.labels
    qtbot.mouseClick(c.play_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not mode.running and mode.steps == 600, timeout=20000)
    qtbot.waitUntil(lambda: mode.partner is not None and len(mode.partner.coordinates) == 601, timeout=5000)
    qtbot.waitUntil(lambda: len(mode.frame.coordinates) == 601, timeout=5000)
    driver.drawn(mode)
    race.run()
    # the paths the map is given (it draws what fits its pixels of them)
    constant, decaying = mode.frame.coordinates, mode.partner.coordinates
    np.testing.assert_allclose(constant, race.paths[0], rtol=1e-12)
    np.testing.assert_allclose(decaying, race.paths[1], rtol=1e-12)
    assert len(mode.weight_plot.paths) == 2
    labels = [label.text for _sample, label in mode.weight_plot.legend.items]
    assert labels == [*race.labels, "least-squares (w*, b*)"]
    # on the map: the 1/t run ends in a cloud far smaller than the constant γ's
    optimum = least_squares(race.trainings[0].objective).weights
    np.testing.assert_allclose(mode.frame.optimum, optimum, rtol=1e-9)
    wide = cloud_radius(constant[-100:], optimum)
    narrow = cloud_radius(decaying[-100:], optimum)
    assert narrow < wide / 10
    # the step readout is the shown (constant-γ) run's
    assert mode.series["learning_rate"].at(600) == race.trainings[0].settings.learning_rate
    window = mode.window()
    window.resize(1280, 720)
    driver.drawn(mode)
    shot = os.environ.get("GDSTUDIO_SCREENSHOT_DIR", str(tmp_path))
    window.grab().save(os.path.join(shot, "noise-ball-race.png"))
    assert QtGui.QImage(os.path.join(shot, "noise-ball-race.png")).width() == 1280


def test_the_minibatch_loss_is_drawn_beside_the_training_loss(qtbot, mode, driver):
    driver.choose_preset(mode, "line-fit")
    c = mode.controls
    assert not c.batch_loss_check.isEnabled()  # the full batch: no minibatch loss to draw
    c.batch_size_spin.setValue(10)
    qtbot.waitUntil(lambda: mode.batch_size == 10 and mode.frame is not None, timeout=5000)
    assert c.batch_loss_check.isEnabled() and not c.batch_loss_check.isChecked()
    driver.step(mode, 6)
    _steps, values = mode.loss_plot.loss_curves[3].getOriginalDataset()
    assert values is None or len(values) == 0
    qtbot.mouseClick(c.batch_loss_check, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(5, c.batch_loss_check.height() // 2))
    assert c.batch_loss_check.isChecked()
    driver.drawn(mode)
    steps, values = mode.loss_plot.loss_curves[3].getOriginalDataset()
    # an independent replay: SGD on the recorded order, L_B(w_t) = Σ_{i∈B_t} (w xᵢ + b − tᵢ)² / B
    dataset = make_dataset("line")
    x, t = dataset.train_inputs[:, 0], np.asarray(dataset.train_targets, dtype=float).reshape(-1)
    order = BatchOrder(350, 10, mode.settings.seed)
    from gdstudio.core.mlp.training import Training

    w, b = Training(dataset, mode.settings).initial
    gamma = mode.settings.learning_rate
    expected = []
    for update in range(len(values)):
        batch = order.batch(update)
        residual = w * x[batch] + b - t[batch]
        expected.append(np.mean(residual**2))
        w, b = w - gamma * 2 * np.dot(residual, x[batch]), b - gamma * 2 * residual.sum()
    assert len(values) >= 6
    np.testing.assert_allclose(values, expected, rtol=1e-10)
    assert list(steps) == list(range(len(values)))
    entries = [label.text for _sample, label in mode.loss_legend.items]
    assert "minibatch L_B(w_t) per example" in entries
    # the batches jump around the full training loss: not one curve
    full = mode.series["train_per_example"].values[: len(values)]
    assert np.any(np.abs(np.asarray(values) - full) > 1e-3 * full)
    c.batch_loss_check.setChecked(False)
    driver.drawn(mode)
    _steps, values = mode.loss_plot.loss_curves[3].getOriginalDataset()
    assert values is None or len(values) == 0
    assert "minibatch L_B(w_t) per example" not in [label.text for _sample, label in mode.loss_legend.items]


def test_a_session_keeps_the_fan_and_the_schedule(qtbot, mode, driver):
    driver.choose_preset(mode, "line-fit")
    c = mode.controls
    c.fan_check.setChecked(True)
    c.fan_slider.setValue(25)
    c.fan_draws_combo.setCurrentIndex(c.fan_draws_combo.findData("random"))
    c.fan_draws_spin.setValue(40)
    driver.fan_shown(mode, 0, 25, 40)
    c.schedule_combo.setCurrentIndex(c.schedule_combo.findData("inverse_time"))
    section = mode.session_section()
    assert section.fan == FanSettings(shown=True, batch_size=25, draws=40)
    assert section.training.schedule.kind == "inverse_time"
    # another task, then the section back: the fan as it was, drawn at once
    combo = c.task_combo
    combo.activated.emit(combo.findData("xor"))
    c.fan_check.setChecked(False)
    qtbot.waitUntil(lambda: mode.dataset.name == "xor", timeout=5000)
    mode.apply_session_section(
        MLPSection(
            data=DataSettings(task="line"),
            training=LINE_FIT.settings(350).__class__(
                **{**vars(LINE_FIT.settings(350)), "schedule": Schedule("inverse_time", period=None)}
            ),
            fan=FanSettings(shown=True, batch_size=5, draws="epoch"),
        )
    )
    assert c.fan_check.isChecked() and c.fan_slider.value() == 5 and c.fan_draws_combo.currentData() == "epoch"
    assert c.schedule_combo.currentData() == "inverse_time" and mode.settings.schedule == Schedule("inverse_time", period=None)
    driver.fan_shown(mode, 0, 5, 70)
    # the readout's γ is γ_t of the schedule: the update reaching w₃ is t = 2, γ/(1 + 0.01·2)
    driver.step(mode, 3)
    assert mode.series["learning_rate"].at(3) == mode.settings.learning_rate / (1 + 0.01 * 2)
    # B beyond the training points is kept within them
    mode.apply_session_section(MLPSection(data=DataSettings(task="line"), training=LINE_FIT.settings(350), fan=FanSettings(True, 5000)))
    assert c.fan_slider.value() == 350


def test_the_slide_export_draws_the_fan_on_the_map_beside_the_loss(qtbot, mode, driver, tmp_path):
    driver.choose_preset(mode, "line-fit")
    driver.step(mode, 4)
    c = mode.controls
    c.fan_check.setChecked(True)
    driver.fan_shown(mode, 4, 10, 35)
    driver.drawn(mode)
    mode.context.export_size = SLIDE
    path = os.path.join(os.environ.get("GDSTUDIO_SCREENSHOT_DIR", str(tmp_path)), "fan-slide.png")
    assert mode.export("landscape-png", path)
    image = QtGui.QImage(str(path))
    assert (image.width(), image.height()) == (1920, 1080)
    slide = mode._map_slide()
    try:
        assert slide.fan is not None and slide.fan.arrow_count() == 35
        x, y = slide.fan.batch.getData()
        wx, wy = mode.fan_items.batch.getData()
        np.testing.assert_allclose(x, wx, rtol=1e-12)
        np.testing.assert_allclose(y, wy, rtol=1e-12)
    finally:
        slide.close()
    # without the fan the slide has none; the figure size keeps the plot's own export
    c.fan_check.setChecked(False)
    driver.drawn(mode)
    slide = mode._map_slide()
    try:
        assert slide.fan is None
    finally:
        slide.close()
    mode.context.export_size = "figure"
    assert mode.export("landscape-png", tmp_path / "figure.png")
    assert QtGui.QImage(str(tmp_path / "figure.png")).width() != 1920
