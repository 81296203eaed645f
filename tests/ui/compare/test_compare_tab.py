"""The Compare tab: a race drawn as the core runs it, a sweep that agrees with the
curvature, the click-through to the Function tab, GIF export, and a clean close."""

import numpy as np
import pytest
from PySide6 import QtCore

from gdstudio.core.descent.race import Race
from gdstudio.core.session import CompareRun, CompareSection
from gdstudio.ui.common.axes import BASE_POINT_SIZE
from gdstudio.ui.common.plots import LEGEND_HEIGHT_SHARE
from gdstudio.ui.compare.tab import RATE_COLUMN, START_COLUMN


def test_a_race_draws_what_the_core_race_computes(qtbot, window, compare):
    compare.set_run(1, learning_rate=0.05)
    qtbot.waitUntil(lambda: all(t.count == 1 for t in compare.trajectories), timeout=3000)
    for _ in range(5):
        qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count == 5, timeout=3000)
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    reference = Race(window.tab("function").function, compare.entries())
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


def test_a_six_run_legend_fits_its_contour_at_every_zoom(qtbot, window, compare):
    """At 250 % on 1280×720 six entries at the zoom's text size ran past the contour's
    bottom and hid most of it: their text gets smaller (not below its size at 100 %) until
    they take at most LEGEND_HEIGHT_SHARE of the plot's height. Where they fit (100 %,
    175 %) the text has the zoom's size, and the box is the size of its entries."""
    runs = tuple(CompareRun("gd", rate) for rate in (1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3))
    compare.apply_session_section(CompareSection(runs=runs))
    qtbot.waitUntil(lambda: len(compare.legend.items) == 6, timeout=3000)
    window.resize(1280, 720)
    view = compare.contour.plotItem.getViewBox()
    try:
        for zoom in (1.75, 2.5, 1.0):
            window.set_zoom(zoom, remember=False)
            qtbot.wait(50)
            with qtbot.waitSignal(compare.redrawn, timeout=3000):
                compare.dirty = True
            size = float(compare.legend.opts["labelTextSize"].removesuffix("pt"))
            assert all(label.opts["size"] == compare.legend.opts["labelTextSize"] for _sample, label in compare.legend.items)
            box = compare.legend.mapRectToItem(view, compare.legend.boundingRect())
            assert view.boundingRect().contains(box), (zoom, box, view.boundingRect())
            assert box.height() <= LEGEND_HEIGHT_SHARE * view.height(), (zoom, box.height(), view.height())
            entries = compare.legend.layout.effectiveSizeHint(QtCore.Qt.SizeHint.PreferredSize)
            assert box.height() == pytest.approx(entries.height()) and box.width() == pytest.approx(entries.width())
            if zoom == 2.5:
                assert BASE_POINT_SIZE < size < BASE_POINT_SIZE * zoom
            else:
                assert f"{size:.1f}" == f"{BASE_POINT_SIZE * zoom:.1f}"  # as the zoom writes it
    finally:
        window.set_zoom(1.0, remember=False)


def test_state_arrows_show_what_each_optimiser_carries(qtbot, window, compare):
    """Runs 1 and 2 are momentum and Adam: an arrow from the current point along the
    velocity as a step (−γb), and along Adam's next step Δw, which is where the run
    really goes next; plain gradient descent (run 0) carries nothing."""
    # before the first step: Adam's first step is γ·sign(∇f) per coordinate, not a 1/ε blow-up
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    arrows = compare.state_arrows
    assert arrows.count() == 1  # momentum has no velocity yet
    gamma = compare.entries()[2].settings.learning_rate
    np.testing.assert_allclose(np.abs(arrows.tips[0] - arrows.tails[0]), [gamma, gamma], rtol=1e-6)
    assert "next Δw = (−0.1, 0.1)" in compare.carried_label.text()

    for _ in range(4):
        qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count == 4, timeout=3000)
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    entries = compare.entries()
    reference = Race(window.tab("function").function, entries)
    reference.advance(4)
    points = reference.current_points()
    velocity = reference.optimizer_state(1)["velocity"]
    reference.advance(1)
    where_adam_goes = reference.current_points()[2]
    assert arrows.count() == 2
    np.testing.assert_allclose(arrows.tails, points[1:3])
    np.testing.assert_allclose(arrows.tips[0], points[1] - entries[1].settings.learning_rate * velocity)
    np.testing.assert_allclose(arrows.tips[1], where_adam_goes, rtol=1e-12)
    assert arrows.isVisible() and arrows.path().elementCount() > 0
    # the readout says the same numbers, per run, in the run's colour
    text = compare.carried_label.text()
    assert text.count("<br>") == 2 and entries[2].colour in text and "velocity b = (" in text and "1/(√v + ε)" in text
    # the heads are rebuilt for the new scale when the view zooms
    before = arrows.path().boundingRect()
    compare.contour.plotItem.getViewBox().scaleBy((4, 4))
    assert arrows.path().boundingRect() != before


def test_a_playing_race_does_not_resize_its_loss_axis_every_frame(qtbot, window, compare):
    window.tab("function").controls.max_steps_spin.setValue(20_000)  # the race takes the Function tab's step limit
    for row in range(3):  # slow runs: thousands of steps
        compare.set_run(row, learning_rate=1e-3 * (row + 1))
    qtbot.waitUntil(lambda: all(t.count == 1 for t in compare.trajectories) and compare.step_count == 0, timeout=3000)
    loss = compare.loss.loss_item
    compare.log_loss_check.setChecked(False)  # the linear axis: it starts at zero once the loss has halved
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
    qtbot.waitUntil(lambda: len(compare.legend.items) == 3, timeout=3000)
    entries = list(compare.legend.items)
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.toggle_play()
    qtbot.waitUntil(lambda: compare.finished, timeout=15000)
    qtbot.waitUntil(lambda: any("converged at t =" in label for label in compare.legend_labels), timeout=3000)
    # the legend drawn says it: the same entries, their words changed in place
    assert [text.text for _sample, text in compare.legend.items] == compare.legend_labels
    assert all(a is b for a, b in zip(compare.legend.items, entries)) and len(compare.legend.items) == 3


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
    assert sorted(round(value, 4) for value, _label in compare.sweep_lines) == [0.5, 0.6667]
    # the legend names the three kinds of marker and the two γ limits
    names = [label.text for _sample, label in compare.sweep_drawing.loss_legend.items]
    assert names == ["converged", "step limit reached", "diverged (off the scale)", "2/λ_max = 0.6667", "2/(λ_min+λ_max) = 0.5"]
    # a click on a converged point, where the user sees it, loads its γ into the Function tab
    converged = compare.sweep_drawing.point_items[0]
    point = converged.scatter.points()[20]
    compare.views.setCurrentIndex(1)
    qtbot.waitUntil(lambda: compare.sweep_plot.isVisible(), timeout=3000)
    view = compare.sweep_plot.getPlotItem().getViewBox()
    # where the point is drawn once the shown plot has its size and range
    positions = []

    def settled():
        positions.append(compare.sweep_plot.mapFromScene(view.mapViewToScene(point.pos())))
        return len(positions) > 2 and positions[-1] == positions[-2] == positions[-3]

    qtbot.waitUntil(settled, timeout=3000)
    widget_position = positions[-1]
    qtbot.mouseClick(compare.sweep_plot.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=widget_position)
    qtbot.waitUntil(lambda: window.mode_tabs.currentIndex() == 0, timeout=3000)
    assert window.tab("function").controls.learning_rate_spin.value() == pytest.approx(float(point.data()), rel=1e-5)


def test_gif_export_and_cancel(qtbot, window, compare, tmp_path, monkeypatch):
    from PIL import Image

    path = tmp_path / "race.gif"
    assert compare.export_animation(str(path), frames=6, progress_dialog=False)
    with Image.open(path) as image:
        assert image.n_frames == 6 and image.size == (960, 720)
    from PySide6 import QtWidgets

    # cancelled while the frames are drawn (the race itself has finished)
    monkeypatch.setattr(QtWidgets.QProgressDialog, "wasCanceled", lambda self: self.labelText().startswith("Rendering"))
    cancelled = tmp_path / "cancelled.gif"
    assert not compare.export_animation(str(cancelled), frames=6)
    assert not cancelled.exists() and not list(tmp_path.glob(".*part*"))
    assert "cancelled" in window.statusBar().currentMessage()


def test_closing_during_a_race_stops_its_thread(qtbot, window, compare):
    import time

    compare.set_run(0, learning_rate=1e-5)
    compare.toggle_play()
    thread = compare.thread.thread
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 1.0
    assert not thread.isRunning()


def _type_start(qtbot, compare, row, text):
    edit = compare.table.cellWidget(row, START_COLUMN)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
    return edit


def test_runs_race_from_their_own_start_points(qtbot, window, compare):
    for _ in range(3):
        qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count == 3, timeout=3000)
    before = [t.points.copy() for t in compare.trajectories]
    _type_start(qtbot, compare, 1, "(-1, 1.5)")  # QTest types ASCII only; PointEdit also reads "−"
    # the changed run catches up to t = 3 from its new start; the others are where they were
    qtbot.waitUntil(lambda: compare.step_count == 3 and all(t.count == 4 for t in compare.trajectories), timeout=3000)
    assert tuple(compare.trajectories[1].points[0]) == (-1.0, 1.5)
    for index in (0, 2):
        np.testing.assert_array_equal(compare.trajectories[index].points, before[index])
    reference = Race(window.tab("function").function, compare.entries())
    reference.advance(3)
    np.testing.assert_array_equal(compare.trajectories[1].points, reference.trajectory(1)[0])
    # the legend says where each run starts, now that they differ
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    assert any("from (−1, 1.5)" in label for label in compare.legend_labels)
    assert any("from (1.5, −1)" in label for label in compare.legend_labels)
    x, y = compare.contour.start_marker.getData()
    assert sorted(zip(x, y)) == [(-1.0, 1.5), (1.5, -1.0), (1.5, -1.0)]

    # a start that is not two numbers: one sentence, and the run keeps its start
    edit = _type_start(qtbot, compare, 1, "1.5")
    assert edit.point() == (-1.0, 1.5) and edit.text() == "-1, 1.5"
    assert "two numbers" in window.statusBar().currentMessage()
    _type_start(qtbot, compare, 1, "1e9, 0")
    assert edit.point() == (-1.0, 1.5) and "between" in window.statusBar().currentMessage()


def test_a_click_on_the_contour_moves_the_selected_runs_start(qtbot, compare):
    compare.table.selectRow(2)
    view = compare.contour.plotItem.getViewBox()
    widget_position = compare.contour.mapFromScene(view.mapViewToScene(QtCore.QPointF(-1.0, 1.0)))
    qtbot.mouseClick(compare.contour.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=widget_position)
    qtbot.waitUntil(lambda: compare.trajectories[2].count == 1 and abs(compare.trajectories[2].points[0][0] + 1.0) < 0.05, timeout=3000)
    starts = [compare.table.cellWidget(row, START_COLUMN).point() for row in range(3)]
    assert starts[0] == starts[1] == (1.5, -1.0)
    assert starts[2] == pytest.approx((-1.0, 1.0), abs=0.05)
    # with no run selected, a click moves them all
    compare.table.clearSelection()
    widget_position = compare.contour.mapFromScene(view.mapViewToScene(QtCore.QPointF(0.5, 0.5)))
    qtbot.mouseClick(compare.contour.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=widget_position)
    qtbot.waitUntil(lambda: all(t.count and abs(t.points[0][0] - 0.5) < 0.05 for t in compare.trajectories), timeout=3000)
    assert len({compare.table.cellWidget(row, START_COLUMN).point() for row in range(3)}) == 1


def test_adding_and_removing_runs_keeps_the_race_where_it_was(qtbot, window, compare):
    for _ in range(5):
        qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count == 5, timeout=3000)
    kept = [t.points.copy() for t in compare.trajectories]
    compare.add_button.click()
    qtbot.waitUntil(lambda: len(compare.trajectories) == 4 and all(t.count == 6 for t in compare.trajectories), timeout=3000)
    assert compare.step_count == 5
    for index in range(3):
        np.testing.assert_array_equal(compare.trajectories[index].points, kept[index])
    compare.table.selectRow(0)
    compare.remove_button.click()
    qtbot.waitUntil(lambda: len(compare.trajectories) == 3 and all(t.count == 6 for t in compare.trajectories), timeout=3000)
    np.testing.assert_array_equal(compare.trajectories[0].points, kept[1])  # momentum moved up
    assert [e.settings.optimizer for e in compare.entries()] == ["momentum", "adam", "gd"]
    # Reset starts again from t = 0
    compare.reset_button.click()
    qtbot.waitUntil(lambda: compare.step_count == 0 and all(t.count == 1 for t in compare.trajectories), timeout=3000)


def test_a_sweep_leaves_the_race_as_it_was_and_uses_the_function_tabs_start(qtbot, window, compare):
    for _ in range(2):
        qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count == 2, timeout=3000)
    window.tab("function").set_start(-1.0, 0.5)
    compare.count_spin.setValue(20)
    compare.sweep_button.click()
    qtbot.waitUntil(lambda: compare.sweep_result is not None, timeout=15000)
    assert tuple(compare.sweep_result.start) == (-1.0, 0.5)
    assert "start (-1, 0.5)" in compare.source_label.text()
    # the race goes on from t = 2
    qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count == 3, timeout=3000)


def test_exporting_a_long_race_can_be_cancelled_while_it_runs(qtbot, window, compare, tmp_path, monkeypatch):
    import time

    from PySide6 import QtWidgets

    window.tab("function").controls.max_steps_spin.setValue(10_000_000)
    for row in range(3):
        compare.set_run(row, learning_rate=1e-5)  # would take millions of steps
    monkeypatch.setattr(QtWidgets.QProgressDialog, "wasCanceled", lambda self: True)
    path = tmp_path / "long.gif"
    started = time.perf_counter()
    assert not compare.export_animation(str(path), frames=6)
    assert time.perf_counter() - started < 2.0
    assert not path.exists() and "cancelled" in window.statusBar().currentMessage()


def test_a_click_on_the_legend_or_enter_in_an_untouched_start_moves_nothing(qtbot, compare):
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    starts = [compare.table.cellWidget(row, START_COLUMN).point() for row in range(3)]
    legend_centre = compare.legend.sceneBoundingRect().center()
    qtbot.mouseClick(compare.contour.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=compare.contour.mapFromScene(legend_centre))
    # a start with more digits than the field shows: Enter in the field leaves it exactly as it was
    compare.set_run(0, start=(0.123456789, -0.987654321))
    job = compare.job_id
    edit = compare.table.cellWidget(0, START_COLUMN)
    edit.setFocus()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
    assert edit.point() == (0.123456789, -0.987654321) and compare.job_id == job
    assert [compare.table.cellWidget(row, START_COLUMN).point() for row in (1, 2)] == starts[1:]


def test_an_edit_while_the_race_plays_replays_it_and_plays_on(qtbot, window, compare):
    window.tab("function").controls.max_steps_spin.setValue(1_000_000)
    for row in range(3):
        compare.set_run(row, learning_rate=1e-4)
    qtbot.waitUntil(lambda: all(t.count == 1 for t in compare.trajectories), timeout=3000)
    compare.toggle_play()
    qtbot.waitUntil(lambda: compare.step_count > 500, timeout=5000)
    compare.set_run(1, learning_rate=2e-4)
    assert compare.playing and compare.play_button.text() == "Pause"
    reached = compare.step_count
    qtbot.waitUntil(lambda: compare.step_count > reached + 500 and compare.trajectories[1].count > reached, timeout=5000)
    compare.toggle_play()
    # the changed run is the run with the new γ from its first step
    reference = Race(window.tab("function").function, compare.entries())
    reference.advance(3)
    np.testing.assert_array_equal(compare.trajectories[1].points[:4], reference.trajectory(1)[0])


def test_quick_edits_replay_only_the_last_and_a_long_race_starts_again(qtbot, window, compare):
    import time

    from gdstudio.ui.compare import tab as compare_mode

    window.tab("function").controls.max_steps_spin.setValue(1_000_000)
    compare.set_run(0, learning_rate=1e-4)
    qtbot.waitUntil(lambda: compare.trajectories[0].count == 1, timeout=3000)
    compare.toggle_play()
    qtbot.waitUntil(lambda: compare.step_count > 8000, timeout=10000)
    compare.toggle_play()
    # the worker has stopped and its last batch has arrived
    qtbot.waitUntil(lambda: not compare.thread.worker.playing and compare.step_count == compare.thread.worker.race.step_count, timeout=3000)
    reached = compare.step_count
    started = time.perf_counter()
    spin = compare.table.cellWidget(2, RATE_COLUMN)
    for _ in range(6):  # six clicks on the γ arrows: six replays asked for, one wanted
        spin.stepBy(1)
    qtbot.waitUntil(lambda: compare.step_count == reached and all(t.count for t in compare.trajectories), timeout=10000)
    one_replay = time.perf_counter() - started
    assert compare.race_entries[2].settings.learning_rate == pytest.approx(0.1 * 10 ** (6 / 4))
    assert one_replay < 3.0, one_replay
    # past REPLAY_STEPS an edit starts the race again, and says so
    monkeypatch_steps = compare_mode.REPLAY_STEPS
    compare_mode.REPLAY_STEPS = 1000
    try:
        compare.set_run(0, learning_rate=2e-4)
        assert compare.step_count == 0 and "starts again from t = 0" in window.statusBar().currentMessage()
    finally:
        compare_mode.REPLAY_STEPS = monkeypatch_steps


def test_a_long_sweep_can_be_cancelled_and_the_race_plays_meanwhile(qtbot, window, compare):
    window.tab("function").controls.max_steps_spin.setValue(1_000_000)
    compare.lr_min_spin.setValue(1e-6)
    compare.lr_max_spin.setValue(1e-5)
    compare.count_spin.setValue(500)
    qtbot.mouseClick(compare.sweep_button, QtCore.Qt.MouseButton.LeftButton)
    assert compare.sweep_button.text() == "Cancel sweep"
    compare.views.setCurrentIndex(0)
    compare.toggle_play()
    qtbot.waitUntil(lambda: compare.step_count > 200, timeout=5000)  # the race is not held up by the sweep
    assert compare.sweep_result is None and compare.sweep_progress.value() < 100
    qtbot.mouseClick(compare.sweep_button, QtCore.Qt.MouseButton.LeftButton)
    assert compare.sweep_button.text() == "Run sweep" and compare.sweep_label.text() == "Sweep cancelled."
    assert compare.thread.worker.sweep is None or qtbot.waitUntil(lambda: compare.thread.worker.sweep is None, timeout=3000) is None


def test_a_sweep_of_one_function_is_never_drawn_with_another_functions_limits(qtbot, window, compare):
    compare.count_spin.setValue(20)
    compare.sweep_button.click()
    qtbot.waitUntil(lambda: compare.sweep_result is not None, timeout=15000)
    assert [round(v, 4) for v, _ in compare.sweep_lines] == [0.6667, 0.5]
    window.mode_tabs.setCurrentIndex(0)
    edit = window.tab("function").controls.function_edit
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "4*x^2 + 4*y^2")
    qtbot.waitUntil(
        lambda: window.tab("function").function is not None and window.tab("function").function.text == "4*x^2 + 4*y^2", timeout=3000
    )
    window.mode_tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: compare.function is window.tab("function").function, timeout=3000)
    # the old sweep is cleared, not shown under the new function
    assert compare.sweep_result is None and compare.sweep_lines == [] and "function changed" in compare.sweep_label.text()
    compare.sweep_button.click()
    qtbot.waitUntil(lambda: compare.sweep_result is not None, timeout=15000)
    assert [round(v, 4) for v, _ in compare.sweep_lines] == [0.25, 0.125]  # λ = 8, 8: 2/8 and 2/16


def test_step_on_a_finished_race_says_what_to_do(qtbot, window, compare):
    compare.toggle_play()
    qtbot.waitUntil(lambda: compare.finished, timeout=15000)
    qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    assert "press Reset" in window.statusBar().currentMessage()
