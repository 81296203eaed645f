"""The Compare tab: a race drawn as the core runs it, a sweep that agrees with the
curvature, the click-through to the Function tab, GIF export, and a clean close."""
import numpy as np
import pytest
from PySide6 import QtCore

from gdstudio.core.race import Race


@pytest.fixture
def compare(qtbot, window):
    window.mode_tabs.setCurrentIndex(2)
    tab = window.compare_mode
    qtbot.waitUntil(lambda: tab.function is not None and len(tab.trajectories) == 3 and all(t.count for t in tab.trajectories), timeout=5000)
    return tab


def test_a_race_draws_what_the_core_race_computes(qtbot, window, compare):
    compare.set_run(1, learning_rate=0.05)
    qtbot.waitUntil(lambda: all(t.count == 1 for t in compare.trajectories), timeout=3000)
    for _ in range(5):
        qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count == 5, timeout=3000)
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    reference = Race(window.function, compare.entries())
    reference.advance(5)
    for index in range(3):
        points, loss = reference.trajectory(index)
        x, y = compare.contour.paths[index][0].getData()
        np.testing.assert_array_equal(np.column_stack([x, y]), points)
        np.testing.assert_array_equal(compare.trajectories[index].loss, loss)
    assert len(compare.legend.items) == 3


def test_playing_a_race_ends_with_statuses_in_the_legend(qtbot, compare):
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.toggle_play()
    qtbot.waitUntil(lambda: compare.finished, timeout=15000)
    qtbot.waitUntil(lambda: any("converged at t =" in label for label in compare.legend_labels), timeout=3000)


def test_add_remove_and_recolour(qtbot, compare):
    compare.add_button.click()
    qtbot.waitUntil(lambda: len(compare.trajectories) == 4 and all(t.count for t in compare.trajectories), timeout=3000)
    compare.set_run(3, colour="#123456")
    assert compare.contour.paths[3][0].opts["pen"].color().name() == "#123456"
    compare.table.selectRow(0)
    compare.remove_button.click()
    qtbot.waitUntil(lambda: len(compare.trajectories) == 3, timeout=3000)
    assert compare.table.rowCount() == 3


def test_the_sweep_agrees_with_the_curvature_and_clicks_through(qtbot, window, compare):
    compare.lr_min_spin.setValue(0.01)
    compare.lr_max_spin.setValue(1.0)
    compare.count_spin.setValue(100)
    compare.sweep_button.click()
    qtbot.waitUntil(lambda: compare.sweep_result is not None, timeout=15000)
    result = compare.sweep_result
    rates = result.learning_rates
    assert np.all(result.status[rates > 0.68] == "diverged")
    assert np.all(result.status[(rates < 0.66) & (rates > 0.05)] == "converged")
    assert "2/λ_max = 0.6667" in compare.sweep_label.text()
    assert sorted(round(10 ** line.value(), 4) for line in compare.sweep_lines) == [0.5, 0.6667]
    point = compare.sweep_points.points()[40]
    compare._on_sweep_click(compare.sweep_points, [point])
    assert window.mode_tabs.currentIndex() == 0
    assert window.controls.learning_rate_spin.value() == pytest.approx(float(point.data()), rel=1e-5)


def test_gif_export_and_cancel(qtbot, window, compare, tmp_path, monkeypatch):
    from PIL import Image

    path = tmp_path / "race.gif"
    assert compare.export_animation(str(path), frames=6, progress_dialog=False)
    with Image.open(path) as image:
        assert image.n_frames == 6 and image.size == (600, 660)
    from PySide6 import QtWidgets

    monkeypatch.setattr(QtWidgets.QProgressDialog, "wasCanceled", lambda self: True)
    cancelled = tmp_path / "cancelled.gif"
    assert not compare.export_animation(str(cancelled), frames=6)
    assert not cancelled.exists() and not list(tmp_path.glob(".*part*"))


def test_closing_during_a_race_stops_its_thread(qtbot, window, compare):
    import time

    compare.set_run(0, learning_rate=1e-5)
    compare.toggle_play()
    thread = compare.thread.thread
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 1.0
    assert not thread.isRunning()
