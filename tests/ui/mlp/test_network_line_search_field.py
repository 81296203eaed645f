"""The MLP tab trains with L-BFGS and a strong-Wolfe search, picked in its panel; the
panel offers only what a network trains with and says why."""

from PySide6 import QtCore, QtWidgets

from gdstudio.core.descent.optimizers import NETWORK_OPTIMIZERS


def test_lbfgs_with_strong_wolfe_trains_xor_in_the_window(qtbot, mode):
    controls = mode.controls
    combo = mode.findChild(QtWidgets.QComboBox, "mlpOptimizerCombo")
    assert [combo.itemData(i) for i in range(combo.count())] == list(NETWORK_OPTIMIZERS)
    assert "Newton, BFGS and conjugate gradients are for typed functions" in controls.line_search_note.text()
    combo.setCurrentIndex(combo.findData("lbfgs"))
    search = mode.findChild(QtWidgets.QComboBox, "mlpLineSearchCombo")
    assert search.isEnabled()
    search.setCurrentIndex(search.findData("strong-wolfe"))
    controls.learning_rate_spin.setValue(1.0)
    qtbot.waitUntil(lambda: mode.settings.optimizer == "lbfgs" and mode.settings.line_search == "strong-wolfe", timeout=3000)
    qtbot.mouseClick(controls.play_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mode.status.value != "running", timeout=20000)
    assert mode.status.value == "converged" and mode.steps < 300
    # a mini-batch makes the search unavailable: it needs the full batch
    controls.batch_size_spin.setValue(10)
    assert not search.isEnabled()
    qtbot.waitUntil(lambda: mode.settings.batch_size == 10, timeout=3000)
    assert mode.settings.line_search == "fixed"
