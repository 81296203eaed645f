"""Long runs in the window: what is drawn stays bounded, the history is thinned past
its budget and says so, and a step the person looked at is kept."""

import numpy as np
import pytest

from gdstudio.ui.function import tab as function_tab


def long_run(qtbot, window, steps, budget=None, monkeypatch=None):
    if budget is not None:
        monkeypatch.setattr(function_tab, "HISTORY_BUDGET", budget)
    tab = window.tab("function")
    tab.apply_preset("rosenbrock")
    tab.controls.learning_rate_spin.setValue(1e-5)
    tab.controls.tolerance_spin.setValue(0.0)
    tab.controls.max_steps_spin.setValue(steps)
    qtbot.waitUntil(lambda: tab.session.max_steps == steps and tab.session.tolerance == 0.0, timeout=3000)
    tab.controls.speed_slider.setValue(tab.controls.speed_slider.maximum())
    return tab


def test_two_hundred_thousand_steps_draw_a_bounded_number_of_points(qtbot, window):
    window.resize(1280, 720)
    tab = long_run(qtbot, window, 200_000)
    with qtbot.waitSignal(tab.run_finished, timeout=60_000):
        tab.toggle_play()
    tab._redraw_now()
    assert tab.trajectory.last_step == 200_000
    x, _y = tab.contour_plot.paths[0].getData()
    view = tab.contour_plot.getViewBox()
    assert len(x) <= 4 * (view.width() + view.height())  # pixels, not steps
    curve_x, _curve_y = tab.loss_plot.loss_curves[0].getOriginalDataset()
    assert len(curve_x) <= 8 * tab.loss_plot.getViewBox().width() + 8
    assert curve_x.max() == 200_000  # the last step is on the curve


def test_past_its_budget_the_history_is_thinned_says_so_and_keeps_what_was_looked_at(qtbot, window, monkeypatch):
    tab = long_run(qtbot, window, 30_000, budget=5_000, monkeypatch=monkeypatch)
    qtbot.waitUntil(lambda: tab.trajectory.count == 1, timeout=3000)
    for _ in range(5):
        before = tab.trajectory.count
        tab.step_once()
        qtbot.waitUntil(lambda before=before: tab.trajectory.count == before + 1, timeout=3000)
    tab.show_step(3)  # the person looks at step 3 in the step panel, then plays on
    with qtbot.waitSignal(tab.run_finished, timeout=30_000) as finished:
        tab.toggle_play()
    assert finished.signal_triggered
    history = tab.trajectory
    assert history.thinned and history.count <= 5_000 + 2 + len(history.pinned)
    assert "every" in tab.timeline.note.text() and tab.timeline.note.isVisible()
    # the step looked at, the one before it and the exact last state are kept
    assert history.stride > 1 and 3 % history.stride != 0
    assert history.index_of(3) is not None and history.index_of(2) is not None
    assert history.last_step == 30_000
    tab.show_step(3)
    assert "Step 3" in tab.step_panel.text() and "(t = 2 → 3)" in tab.step_panel.text()
    row = history.index_of(3)
    np.testing.assert_array_equal(tab.contour_plot.current_points()[0], history.points[row])


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_exports_are_written_from_the_stored_arrays(qtbot, window, tmp_path, kind):
    import csv
    import json

    tab = long_run(qtbot, window, 3_000)
    with qtbot.waitSignal(tab.run_finished, timeout=30_000):
        tab.toggle_play()
    path = tmp_path / f"run.{kind}"
    assert tab.export(kind, path)
    history = tab.trajectory
    if kind == "csv":
        rows = list(csv.reader(path.open()))[1:]
        assert len(rows) == 3_001
        np.testing.assert_array_equal(np.array(rows, dtype=float)[:, 1:3], history.points)
    else:
        report = json.loads(path.read_text())
        assert report["steps"] == 3_000 and report["status"] == "max_steps"
        np.testing.assert_array_equal(np.array(report["trajectory"]), history.points)
