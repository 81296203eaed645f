"""The race table's σ column: a run's gradient noise, each run with its own seed, kept by
sessions, and off (disabled) for a direction or a line search."""

import numpy as np
from PySide6 import QtCore

from gdstudio.core.session import studio_session_from_text, studio_session_text
from gdstudio.ui.compare.tab import NOISE_COLUMN, OPTIMIZER_COLUMN, SEARCH_COLUMN


def test_a_noisy_run_races_beside_the_plain_ones(qtbot, window, compare):
    table = compare.table
    noise = table.cellWidget(0, NOISE_COLUMN)
    noise.setValue(0.5)
    qtbot.waitUntil(lambda: compare.entries()[0].settings.gradient_noise == 0.5, timeout=3000)
    entries = compare.entries()
    assert entries[0].settings.seed == 0 and entries[1].settings.gradient_noise == 0.0
    assert compare.race_labels[0].endswith("σ = 0.5")
    qtbot.mouseClick(compare.play_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count >= 20, timeout=10000)
    qtbot.mouseClick(compare.play_button, QtCore.Qt.MouseButton.LeftButton)
    # the noisy run replays in numpy with its generator: w ← w − γ(∇f + σξ)
    settings = entries[0].settings
    function = compare.function
    generator = np.random.default_rng(settings.seed)
    w = np.array(settings.start, dtype=float)
    points = compare.trajectories[0].points
    for t in range(1, 11):
        _, gradient = function.loss_and_gradient(w[None])
        w = w - settings.learning_rate * (gradient[0] + 0.5 * generator.standard_normal(2))
        np.testing.assert_allclose(points[t], w, atol=1e-12)
    restored = studio_session_from_text(studio_session_text(window.current_session()))
    assert restored.section("compare").runs[0].gradient_noise == 0.5


def test_sigma_is_off_for_a_direction_or_a_search(qtbot, window, compare):
    table = compare.table
    table.cellWidget(0, NOISE_COLUMN).setValue(0.3)
    combo = table.cellWidget(0, OPTIMIZER_COLUMN)
    combo.setCurrentIndex(combo.findData("bfgs"))
    assert table.cellWidget(0, NOISE_COLUMN).value() == 0.0 and not table.cellWidget(0, NOISE_COLUMN).isEnabled()
    combo.setCurrentIndex(combo.findData("gd"))
    search = table.cellWidget(0, SEARCH_COLUMN)
    search.setCurrentIndex(search.findData("armijo"))
    assert not table.cellWidget(0, NOISE_COLUMN).isEnabled()
