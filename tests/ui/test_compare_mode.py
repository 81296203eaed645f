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
        x, y = compare.contour.paths[index].getData()
        np.testing.assert_array_equal(np.column_stack([x, y]), points)
        np.testing.assert_array_equal(compare.trajectories[index].loss, loss)
        # the run's current-point marker sits on its newest point, in its colour
        spot = compare.contour.markers.points()[index]
        assert (spot.pos().x(), spot.pos().y()) == tuple(points[-1])
        assert spot.brush().color().name() == compare.entries()[index].colour
    assert len(compare.legend.items) == 3


def test_state_arrows_show_what_each_optimiser_carries(qtbot, window, compare):
    """Runs 1 and 2 are momentum and Adam: an arrow from the current point along
    −γ·velocity and −γ·scale·∇f; plain gradient descent (run 0) carries nothing."""
    for _ in range(4):
        qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count == 4, timeout=3000)
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    entries = compare.entries()
    reference = Race(window.function, entries)
    reference.advance(4)
    points = reference.current_points()
    velocity = reference.optimizer_state(1)["velocity"]
    scale = reference.optimizer_state(2)["scale"]
    gradient = np.array([float(g) for g in window.function.gradient(*points[2])])
    arrows = compare.state_arrows
    assert arrows.count() == 2
    np.testing.assert_allclose(arrows.tails, points[1:3])
    np.testing.assert_allclose(arrows.tips[0], points[1] - entries[1].settings.learning_rate * velocity)
    np.testing.assert_allclose(arrows.tips[1], points[2] - entries[2].settings.learning_rate * scale * gradient)
    assert arrows.isVisible() and arrows.path().elementCount() > 0
    # the heads are rebuilt for the new scale when the view zooms
    before = arrows.path().boundingRect()
    compare.contour.plotItem.getViewBox().scaleBy((4, 4))
    assert arrows.path().boundingRect() != before


def test_a_playing_race_does_not_resize_its_loss_axis_every_frame(qtbot, window, compare):
    window.controls.max_steps_spin.setValue(20_000)  # the race takes the Function tab's step limit
    for row in range(3):  # slow runs: thousands of steps
        compare.set_run(row, learning_rate=1e-3 * (row + 1))
    qtbot.waitUntil(lambda: all(t.count == 1 for t in compare.trajectories) and compare.step_count == 0, timeout=3000)
    loss = compare.loss.loss_item
    compare.toggle_play()
    # the step axis starts at 100 as soon as play is pressed
    assert loss.getViewBox().viewRange()[0][1] >= 100
    ranges = []
    compare.redrawn.connect(lambda: ranges.append(loss._followed_range))
    # enough frames to tell a fixed axis from one that follows every frame, however fast the race steps
    qtbot.waitUntil(lambda: compare.finished or (compare.step_count > 1500 and len(ranges) > 10), timeout=10000)
    if compare.playing:
        compare.toggle_play()
    distinct = [r for i, r in enumerate(ranges) if r is not None and (i == 0 or r != ranges[i - 1])]
    # 100, 200, 500, 1000, 2000 steps; the loss axis from zero once the loss has halved
    assert len(ranges) > 10 and len(distinct) <= 6, distinct
    # a falling, positive loss: the axis starts at zero
    assert distinct[-1][1][0] == 0.0
    # a new race stepped by hand: the step axis fits its few steps again
    compare.restart_race()
    qtbot.waitUntil(lambda: all(t.count == 1 for t in compare.trajectories), timeout=3000)
    for _ in range(3):
        qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count == 3, timeout=3000)
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    assert loss.getViewBox().viewRange()[0][1] < 10


def test_playing_a_race_ends_with_statuses_in_the_legend(qtbot, compare):
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.toggle_play()
    qtbot.waitUntil(lambda: compare.finished, timeout=15000)
    qtbot.waitUntil(lambda: any("converged at t =" in label for label in compare.legend_labels), timeout=3000)


def test_add_remove_and_recolour(qtbot, compare):
    compare.add_button.click()
    qtbot.waitUntil(lambda: len(compare.trajectories) == 4 and all(t.count for t in compare.trajectories), timeout=3000)
    compare.set_run(3, colour="#123456")
    assert compare.contour.paths[3].opts["pen"].color().name() == "#123456"
    assert compare.contour.markers.points()[3].brush().color().name() == "#123456"
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
