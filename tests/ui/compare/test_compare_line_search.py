"""The race table's step size: a line search per run (for the directions only), the
run's method and its evaluation counts as the race plays, the carried arrow of a
searched run, the preset race "Nocedal & Wright on Rosenbrock", and sessions."""

import numpy as np
from PySide6 import QtCore

from gdstudio.core.descent.race import Race
from gdstudio.core.descent.report import evaluations_text
from gdstudio.core.race_presets import ROSENBROCK
from gdstudio.core.session import studio_session_from_text, studio_session_text
from gdstudio.ui.compare.tab import OPTIMIZER_COLUMN, RATE_COLUMN, SEARCH_COLUMN


def _choose(combo, data) -> None:
    """Pick an item as a person does: the combo's current index changes."""
    combo.setCurrentIndex(combo.findData(data))


def _settled(qtbot, compare, steps: int = 0) -> None:
    qtbot.waitUntil(lambda: all(t.count for t in compare.trajectories) and compare.step_count == steps, timeout=5000)


def test_a_run_picks_its_line_search_and_the_race_shows_its_status_and_counts(qtbot, window, compare):
    table = compare.table
    # the default race: gd, momentum, adam; only gradient descent pairs with a line search
    assert [table.cellWidget(row, SEARCH_COLUMN).isEnabled() for row in range(3)] == [True, False, False]
    search = table.cellWidget(0, SEARCH_COLUMN)
    assert [search.itemData(i) for i in range(search.count())] == ["fixed", "armijo", "strong-wolfe", "exact"]
    _choose(search, "armijo")
    table.cellWidget(0, RATE_COLUMN).setValue(1.0)
    # the new optimizers are in the optimizer column; a direction enables the step size
    _choose(table.cellWidget(1, OPTIMIZER_COLUMN), "newton")
    assert table.cellWidget(1, SEARCH_COLUMN).isEnabled()
    table.cellWidget(1, RATE_COLUMN).setValue(1.0)
    _settled(qtbot, compare)
    entries = compare.entries()
    assert [e.settings.method for e in entries] == ["gd+armijo", "newton", "adam"]
    assert compare.race_labels[:2] == ("gd+armijo γ = 1", "newton γ = 1")

    # Newton's carried arrow before its first step: d = −H⁻¹∇f times α₀ = 1 lands on the bowl's minimum
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    tips = compare.state_arrows.tips
    assert any(np.allclose(tip, [0.0, 0.0], atol=1e-12) for tip in tips)
    # gradient descent with backtracking: its first trial is α₀ = γ along −∇f
    gradient = window.tab("function").function.loss_and_gradient(np.array([[1.5, -1.0]]))[1][0]
    assert any(np.allclose(tip, np.array([1.5, -1.0]) - gradient) for tip in tips)
    assert "α₀d = (" in compare.carried_label.text()

    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.toggle_play()
    qtbot.waitUntil(lambda: compare.finished, timeout=20000)
    reference = Race(window.tab("function").function, entries)
    reference.run()
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    assert reference.status_text(1) == "converged at t = 1"  # Newton's one step on a quadratic
    for index in range(3):
        assert f"{reference.labels[index]}: {reference.status_text(index)}" in compare.legend_labels
        # the counts as the core counts them, in the readout beside the contour
        assert f"{entries[index].settings.method}: {evaluations_text(reference.descent.evaluations[index])}" in (
            compare.evaluations_label.text()
        )
    np.testing.assert_array_equal(compare.evaluations, reference.descent.evaluations)
    assert compare.evaluations[1].tolist() == [2, 2, 1]  # f and ∇f at w₀ and w₁, H at w₀
    assert compare.evaluations[0, 0] > reference.descent.steps[0] + 1  # the backtracking's trials cost evaluations

    # a fixed-γ rule makes its whole step: choosing one puts the step size back to the fixed γ
    _choose(table.cellWidget(0, OPTIMIZER_COLUMN), "momentum")
    assert table.cellWidget(0, SEARCH_COLUMN).currentData() == "fixed"
    assert not table.cellWidget(0, SEARCH_COLUMN).isEnabled()
    assert compare.race_entries[0].settings.method == "momentum"


def test_the_counts_grow_while_the_race_plays(qtbot, window, compare):
    window.tab("function").controls.max_steps_spin.setValue(20_000)
    compare.set_run(0, optimizer="gd", learning_rate=1.0, line_search="strong-wolfe")
    for row in (1, 2):
        compare.set_run(row, learning_rate=1e-4)  # slow runs: the race plays for a while
    _settled(qtbot, compare)
    seen = []
    compare.redrawn.connect(lambda: seen.append(compare.evaluations_label.text()))
    compare.toggle_play()
    qtbot.waitUntil(lambda: len(set(seen)) >= 3 or compare.finished, timeout=10000)
    if compare.playing:
        compare.toggle_play()
    assert len(set(seen)) >= 3


def test_the_preset_race_sets_up_rosenbrock_and_newton_wins_by_thousands_of_steps(qtbot, window, compare):
    combo = compare.preset_combo
    index = combo.findText("Nocedal & Wright on Rosenbrock")
    assert index > 0
    combo.activated.emit(index)  # the person picks it from the list
    assert combo.currentIndex() == 0  # the combo shows its title again
    function_tab = window.tab("function")
    assert compare.function.text == function_tab.function.text
    assert function_tab.session.function == ROSENBROCK and tuple(function_tab.session.start) == (-1.2, 1.0)
    assert window.current_tab() is compare
    _settled(qtbot, compare)
    assert [e.settings.method for e in compare.race_entries] == [
        "gd+armijo",
        "newton+armijo",
        "bfgs+strong-wolfe",
        "lbfgs+strong-wolfe",
        "cg+strong-wolfe",
    ]
    assert all(tuple(e.settings.start) == (-1.2, 1.0) for e in compare.race_entries)
    assert compare.race_entries[0].settings.max_steps >= 10_000

    compare.toggle_play()
    qtbot.waitUntil(lambda: compare.step_count > 1000 or compare.finished, timeout=60000)
    if compare.playing:
        compare.toggle_play()
    qtbot.waitUntil(lambda: not compare.thread.worker.playing, timeout=3000)
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    labels = compare.legend_labels
    assert "newton+armijo γ = 1: converged at t = 21" in labels
    assert all("converged at t = " in label for label in labels[1:]), labels
    # steepest descent with backtracking is still on its way down the valley after a thousand steps
    assert labels[0] == "gd+armijo γ = 1: running" and compare.step_count > 1000
    assert compare.evaluations[0, 0] > 10 * compare.evaluations[1:, 0].max()
    assert "newton+armijo: f 29, ∇f 29, H 21" in compare.evaluations_label.text()


def test_a_session_keeps_each_runs_line_search(qtbot, window, compare):
    compare.set_run(0, learning_rate=0.5, line_search="armijo")
    compare.set_run(1, optimizer="bfgs", line_search="strong-wolfe")
    _settled(qtbot, compare)
    text = studio_session_text(window.current_session())
    session = studio_session_from_text(text)
    assert [(run.optimizer, run.line_search) for run in session.compare.runs] == [
        ("gd", "armijo"),
        ("bfgs", "strong-wolfe"),
        ("adam", "fixed"),
    ]
    # something else, then the session again
    compare.set_run(0, line_search="fixed")
    compare.set_run(1, optimizer="momentum")
    window.apply_session(session)
    _settled(qtbot, compare)
    table = compare.table
    assert [table.cellWidget(row, SEARCH_COLUMN).currentData() for row in range(3)] == ["armijo", "strong-wolfe", "fixed"]
    assert table.cellWidget(0, SEARCH_COLUMN).currentText() == "Armijo"
    assert [e.settings.method for e in compare.race_entries] == ["gd+armijo", "bfgs+strong-wolfe", "adam"]
    assert compare.runs() == session.compare.runs


def test_a_screenshot_of_the_preset_race(qtbot, window, compare, tmp_path):
    window.resize(1280, 720)
    compare.load_preset_race("nocedal-wright-rosenbrock")
    _settled(qtbot, compare)
    for _ in range(40):
        qtbot.mouseClick(compare.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.step_count == 40, timeout=10000)
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    path = tmp_path / "preset-race.png"
    assert window.grab().save(str(path))
    # the optimizer column keeps room for its names beside the step size
    table = compare.table
    assert table.columnWidth(OPTIMIZER_COLUMN) >= 90
    assert table.cellWidget(0, SEARCH_COLUMN).currentText() == "Armijo"


def test_the_lesson_choosing_the_step_races_searched_runs_in_the_table(qtbot, window):
    action = next(a for a in window.lessons.menu.actions() if a.text() == "Choosing the step")
    action.trigger()
    panel = window.lessons.panel
    panel.show_step(2)  # what a step costs: the fixed γ = 0.09 against backtracking from 0.15
    compare = window.tab("compare")
    assert window.current_tab() is compare
    _settled(qtbot, compare)
    assert [compare.table.cellWidget(row, SEARCH_COLUMN).currentData() for row in range(2)] == ["fixed", "armijo"]
    row = next(row for row in panel.choice_rows if row.text == "run 2, backtracking from 0.15")
    qtbot.mouseClick(row.radio, QtCore.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.answer_button, QtCore.Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.verdict_shown, timeout=20000) as shown:
        qtbot.mouseClick(compare.play_button, QtCore.Qt.MouseButton.LeftButton)
    verdict = shown.args[0]
    assert not verdict.correct and verdict.expected == "run 1, the fixed γ = 0.09"
    assert "run 1: f 80, ∇f 80; run 2: f 120, ∇f 120" in verdict.explanation
    with qtbot.waitSignal(compare.redrawn, timeout=3000):
        compare.dirty = True
    assert "gd+armijo: f 120, ∇f 120" in compare.evaluations_label.text()
