"""The Function tab's gradient noise: σ and its seed beside the optimizer, the noisy
gradient drawn beside the true one, refused with a reason where the method needs the
true gradient."""

import numpy as np
from PySide6 import QtCore, QtWidgets


def _replay(start, learning_rate, sigma, seed, steps):
    generator = np.random.default_rng(seed)
    w = np.array(start, dtype=float)
    for _ in range(steps):
        w = w - learning_rate * (np.array([2.0 * w[0], 20.0 * w[1]]) + sigma * generator.standard_normal(2))
    return w


def test_sigma_typed_in_the_field_makes_the_noisy_run_and_draws_both_gradients(window, qtbot):
    tab = window.tab("function")
    controls = tab.controls
    controls.function_edit.setText("x^2 + 10y^2")
    controls.function_edit.returnPressed.emit()
    controls.start_x_spin.setValue(1.5)
    controls.start_y_spin.setValue(-1.0)
    controls.learning_rate_spin.setValue(0.04)
    spin = tab.findChild(QtWidgets.QDoubleSpinBox, "gradientNoiseSpin")
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0.5")
    qtbot.keyClick(spin.lineEdit(), QtCore.Qt.Key.Key_Return)
    controls.seed_spin.setValue(5)
    qtbot.waitUntil(lambda: tab.session.gradient_noise == 0.5 and tab.session.seed == 5 and tab.trajectory.count == 1, timeout=5000)
    for _ in range(12):
        before = tab.steps
        qtbot.mouseClick(controls.step_button, QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda before=before: tab.steps == before + 1, timeout=5000)
    np.testing.assert_allclose(tab.trajectory.points[-1], _replay((1.5, -1.0), 0.04, 0.5, 5, 12), atol=1e-12)
    # at w_3 the arrows: the true gradient and the noisy one the update used, ∇f + σξ₄
    tab.show_step(3)
    point, gradient = tab.trajectory.points[3], tab.trajectory.gradient[3]
    assert tab.noisy_arrow.shaft.isVisible()
    xs, ys = tab.noisy_arrow.shaft.getData()
    noisy = (np.array([xs[1], ys[1]]) - point) / 0.04
    generator = np.random.default_rng(5)
    draws = [generator.standard_normal(2) for _ in range(4)]
    np.testing.assert_allclose(noisy, gradient + 0.5 * draws[3], atol=1e-9)
    assert tab.session_section().gradient_noise == 0.5


def test_noise_is_refused_with_its_reason_for_a_searched_method(window, qtbot):
    tab = window.tab("function")
    controls = tab.controls
    controls.optimizer_combo.setCurrentIndex(controls.optimizer_combo.findData("bfgs"))
    qtbot.waitUntil(lambda: tab.session.optimizer == "bfgs", timeout=3000)
    run = tab.run_id
    controls.noise_spin.setValue(0.3)
    assert controls.noise_error.isVisible() and "needs the true gradient" in controls.noise_error.text()
    assert tab.session.gradient_noise == 0.0 and tab.run_id == run
