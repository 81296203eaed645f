"""The lesson panel as a student uses it: open a built-in lesson from the Lessons menu,
read, answer before the run, press Play, see the verdict, Next and Back; and files
that are not lessons, refused with one sentence and nothing changed."""

import json

import pytest
from PySide6 import QtCore, QtWidgets

from gdstudio.core.lesson import load_builtin_lesson, run_step
from gdstudio.ui.lesson.studio import DOCK_WIDTH


def open_from_the_menu(window, title):
    action = next(a for a in window.lessons.menu.actions() if a.text() == title)
    action.trigger()
    QtWidgets.QApplication.processEvents()  # the dock takes its width once the window is laid out
    return window.lessons.panel


def full_speed(window):
    slider = window.tab("function").controls.speed_slider
    slider.setValue(slider.maximum())


def inside(widget, window) -> bool:
    """Shown, with its whole rectangle inside the window and inside every scroll area's viewport."""
    if not widget.isVisible():
        return False
    rect = QtCore.QRect(widget.mapTo(window, QtCore.QPoint(0, 0)), widget.size())
    if not window.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QtWidgets.QScrollArea):
            viewport = parent.viewport()
            if not QtCore.QRect(viewport.mapTo(window, QtCore.QPoint(0, 0)), viewport.size()).contains(rect):
                return False
        parent = parent.parentWidget()
    return True


def choose(qtbot, panel, text):
    row = next(row for row in panel.choice_rows if row.text == text)
    qtbot.mouseClick(row.radio, QtCore.Qt.MouseButton.LeftButton)
    assert row.radio.isChecked()


def test_a_student_walks_learning_is_descent_at_1280_by_720(qtbot, window):
    window.resize(1280, 720)
    panel = open_from_the_menu(window, "Learning is descent")
    assert window.lessons.dock.isVisible()
    assert panel.lesson_label.text() == "Learning is descent"
    assert panel.progress_label.text() == "1 / 9"
    assert panel.step_title.text() == "Learning is going downhill"
    assert "<strong>loss</strong>" in panel.text_label.text()
    assert not panel.question_box.isVisible() and not panel.back_button.isEnabled()
    # the dock sits beside the tabs, which keep Play, Step and Reset in view
    assert abs(window.lessons.dock.width() - DOCK_WIDTH) <= 40
    controls = window.tab("function").controls
    for button in (controls.play_button, controls.step_button, controls.reset_button, panel.next_button, panel.back_button):
        assert inside(button, window), button.text()

    # step 2: a number; ∂f/∂x = 2x + y at (1.5, −1) is 2
    qtbot.mouseClick(panel.next_button, QtCore.Qt.MouseButton.LeftButton)
    assert panel.progress_label.text() == "2 / 9"
    assert panel.step_title.text() == "The gradient points uphill"
    assert window.current_tab().key == "function"
    assert not panel.answer_button.isEnabled()  # nothing to lock in yet
    qtbot.keyClicks(panel.number_edit, "2")
    qtbot.mouseClick(panel.answer_button, QtCore.Qt.MouseButton.LeftButton)
    assert not panel.number_edit.isEnabled()
    assert panel.status_label.text().startswith("Your answer: 2. Now press Play (Space)")
    assert not panel.verdict_box.isVisible()  # the verdict waits for the run
    full_speed(window)
    with qtbot.waitSignal(panel.verdict_shown, timeout=20000) as shown:
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    verdict = shown.args[0]
    assert verdict.correct and verdict.expected == pytest.approx(2.0)
    assert window.tab("function").status != "running"  # revealed when the run ended on screen
    assert panel.verdict_title.text() == "✓ Right"
    assert "the gradient's ∂f/∂x is 2" in panel.verdict_text.text()
    assert not panel.changed_note.isVisible()
    assert inside(panel.verdict_title, window)

    # Next is free: skip steps 3 and 4
    for _ in range(3):
        qtbot.mouseClick(panel.next_button, QtCore.Qt.MouseButton.LeftButton)
    assert panel.progress_label.text() == "5 / 9"
    assert window.tab("function").session_section().learning_rate == 0.6
    assert not panel.verdict_box.isVisible()
    # a wrong answer: γ = 0.6 converges (below 2/λ_max = 2/3)
    assert [row.text for row in panel.choice_rows] == ["converge", "stall", "diverge"]
    choose(qtbot, panel, "diverge")
    qtbot.mouseClick(panel.answer_button, QtCore.Qt.MouseButton.LeftButton)
    assert not any(row.radio.isEnabled() for row in panel.choice_rows)
    full_speed(window)
    with qtbot.waitSignal(panel.verdict_shown, timeout=20000) as shown:
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    verdict = shown.args[0]
    assert not verdict.correct and verdict.expected == "converge"
    assert panel.verdict_title.text() == "✗ Not quite"
    assert "The run converged at t = 63. So the answer is “converge”." in panel.verdict_text.text()
    assert panel.verdict_text.text().startswith("You answered “diverge”.")

    # Back: step 4 afresh, its question unanswered
    qtbot.mouseClick(panel.back_button, QtCore.Qt.MouseButton.LeftButton)
    assert panel.progress_label.text() == "4 / 9"
    assert not panel.verdict_box.isVisible() and panel.answer_button.isVisible()
    assert all(row.radio.isEnabled() and not row.radio.isChecked() for row in panel.choice_rows)
    # the last step: Next is off
    for _ in range(5):
        qtbot.mouseClick(panel.next_button, QtCore.Qt.MouseButton.LeftButton)
    assert panel.progress_label.text() == "9 / 9" and not panel.next_button.isEnabled()
    assert window.current_tab().key == "mlp"


def test_a_verdict_on_a_changed_set_up_says_it_describes_the_steps_own(qtbot, window):
    panel = open_from_the_menu(window, "Learning is descent")
    panel.show_step(4)  # γ = 0.6 converges
    choose(qtbot, panel, "converge")
    qtbot.mouseClick(panel.answer_button, QtCore.Qt.MouseButton.LeftButton)
    function = window.tab("function")
    function.apply_session_section(function.session_section().with_changes(learning_rate=0.7))  # the student's own γ
    full_speed(window)
    with qtbot.waitSignal(panel.verdict_shown, timeout=20000) as shown:
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert str(function.status) == "diverged"  # what the window ran
    assert shown.args[0].correct  # judged by the step's own γ = 0.6
    assert panel.changed_note.isVisible()
    assert "the verdict describes the step's own set-up" in panel.changed_note.text()
    qtbot.mouseClick(panel.setup_button, QtCore.Qt.MouseButton.LeftButton)
    assert function.session_section().learning_rate == 0.6


def test_a_race_question_can_be_judged_without_waiting_and_a_sweep_needs_no_play(qtbot, window):
    panel = open_from_the_menu(window, "Learning is descent")
    panel.show_step(5)  # a race: γ = 2/3 stalls
    assert window.current_tab().key == "compare"
    choose(qtbot, panel, "stall")
    qtbot.mouseClick(panel.answer_button, QtCore.Qt.MouseButton.LeftButton)
    assert panel.reveal_button.isVisible()
    with qtbot.waitSignal(panel.verdict_shown, timeout=20000) as shown:
        qtbot.mouseClick(panel.reveal_button, QtCore.Qt.MouseButton.LeftButton)
    assert shown.args[0].correct
    assert "stopped at the step limit (t = 1000)" in panel.verdict_text.text()

    panel = open_from_the_menu(window, "Learning rates")
    panel.show_step(1)  # the sweep: where does it start to diverge?
    step = load_builtin_lesson("learning-rates").steps[1]
    expected = run_step(step).value(step.question.about)
    qtbot.keyClicks(panel.number_edit, "0.5")
    with qtbot.waitSignal(panel.verdict_shown, timeout=20000) as shown:
        qtbot.keyClick(panel.number_edit, QtCore.Qt.Key.Key_Return)  # Return answers too
    verdict = shown.args[0]
    assert verdict.expected == pytest.approx(expected) and expected == pytest.approx(0.6826, abs=1e-4)
    assert not verdict.correct
    assert not panel.reveal_button.isVisible()


def test_an_answer_that_is_not_a_number_is_given_back_with_one_sentence(qtbot, window):
    panel = open_from_the_menu(window, "Learning is descent")
    panel.show_step(1)
    qtbot.keyClicks(panel.number_edit, "two")
    qtbot.mouseClick(panel.answer_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.answer_error.isVisible(), timeout=10000)
    assert panel.answer_error.text() == "Type a number, for example 27 or 0.5, not 'two'."
    assert panel.number_edit.isEnabled() and panel.answer_button.isVisible() and not panel.verdict_box.isVisible()
    panel.number_edit.setText("2,0")  # a decimal comma is a number
    qtbot.mouseClick(panel.answer_button, QtCore.Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.verdict_shown, timeout=10000) as shown:
        qtbot.mouseClick(panel.reveal_button, QtCore.Qt.MouseButton.LeftButton)
    assert shown.args[0].correct and not panel.answer_error.isVisible()


def test_the_hint_is_shown_on_request_and_overlays_follow_the_step(qtbot, window):
    panel = open_from_the_menu(window, "Learning is descent")
    assert panel.hint_button.isVisible() and not panel.hint_label.isVisible()
    qtbot.mouseClick(panel.hint_button, QtCore.Qt.MouseButton.LeftButton)
    assert panel.hint_label.isVisible() and not panel.hint_button.isVisible()
    assert panel.hint_label.text().startswith("<p>")
    function = window.tab("function")
    function.curvature_action.setChecked(False)
    panel.show_step(4)  # "curvature": true
    assert function.curvature_action.isChecked()
    assert not panel.hint_label.isVisible()  # hidden again on a new step


def test_at_100_percent_every_tab_keeps_play_and_reset_beside_the_panel(qtbot, window):
    window.resize(1280, 720)
    panel = open_from_the_menu(window, "Valleys and momentum")
    assert window.width() == 1280 and abs(window.lessons.dock.width() - DOCK_WIDTH) <= 40
    playback = {
        "function": lambda: (window.tab("function").controls.play_button, window.tab("function").controls.step_button),
        "mlp": lambda: (window.tab("mlp").controls.play_button, window.tab("mlp").controls.reset_button),
        "compare": lambda: (window.tab("compare").play_button, window.tab("compare").reset_button),
    }
    for key, buttons in playback.items():
        window.show_tab(key)
        qtbot.wait(50)
        for button in (*buttons(), panel.back_button, panel.next_button):
            assert inside(button, window), (key, button.text())


@pytest.mark.parametrize("zoom", [1.0, 1.75])
def test_the_panel_follows_the_zoom(qtbot, window, zoom):
    window.resize(1280, 720)
    panel = open_from_the_menu(window, "Valleys and momentum")
    window.set_zoom(zoom)
    qtbot.wait(50)
    application = QtWidgets.QApplication.font().pointSizeF()
    assert panel.text_label.font().pointSizeF() == pytest.approx(application)
    assert panel.step_title.font().pointSizeF() == pytest.approx(application * 1.3)
    assert window.lessons.dock.font().pointSizeF() == pytest.approx(application)  # its title too
    if zoom == 1.0:
        assert window.width() == 1280 and abs(window.lessons.dock.width() - DOCK_WIDTH) <= 40
    else:  # the tabs' settings take most of 1280 px at 175 %: the status bar says how to give the lesson room
        qtbot.waitUntil(lambda: "View → Side panel (Ctrl+B)" in window.statusBar().currentMessage())
    for widget in (panel.back_button, panel.next_button, panel.step_title):  # the text scrolls between them
        assert inside(widget, window), widget.objectName()
    window.set_zoom(1.0)


def test_at_175_percent_with_the_settings_hidden_the_lesson_gets_its_width(qtbot, window):
    window.resize(1280, 720)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_B, QtCore.Qt.KeyboardModifier.ControlModifier)
    window.set_zoom(1.75)
    panel = open_from_the_menu(window, "Learning is descent")
    qtbot.wait(50)
    # 320 px at 175 % would be 560: on a 1280-pixel screen it keeps to 30 % of the window, so the plots keep room
    assert abs(window.lessons.dock.width() - 0.3 * 1280) <= 40
    for widget in (panel.back_button, panel.next_button, panel.step_title, window.tab("function").contour_plot):
        assert inside(widget, window), widget.objectName()
    window.set_zoom(1.0)


def test_presentation_mode_keeps_the_lesson_in_view(qtbot, window):
    panel = open_from_the_menu(window, "Learning is descent")
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)
    qtbot.wait(50)  # the new application font reaches the widgets through events
    try:
        assert window.isFullScreen() and window.lessons.dock.isVisible()
        assert panel.text_label.font().pointSizeF() == pytest.approx(QtWidgets.QApplication.font().pointSizeF())
        assert inside(panel.next_button, window) and inside(panel.step_title, window)
    finally:
        qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)


def lesson_file(tmp_path, text, name="bad.gdstudio-lesson.json"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def good_step(**changes):
    step = {"title": "A step", "text": "Predict.", "setup": {"tab": "function", "function": {"function": "x^2 + y^2"}}}
    step.update(changes)
    return step


def lesson_json(steps, **changes):
    data = {"format": "gdstudio-lesson", "version": 1, "title": "Hostile", "steps": steps}
    data.update(changes)
    return json.dumps(data)


def nested(depth):
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    "content, sentence",
    [
        ("not json at all", "lesson file"),
        (lesson_json([good_step(text="<script>alert(1)</script>")]), "holds HTML"),
        (lesson_json([good_step(text="![x](https://example.com/x.png)")]), "no remote content"),
        (lesson_json([good_step()], title=7), "title must be text"),
        (lesson_json([good_step(setup={"tab": "function", "function": {"learning_rate": 1e308}})]), "learning_rate"),
        (
            lesson_json([good_step(setup={"tab": "function", "function": {"function": "__import__('os').system('touch pwned')"}})]),
            "function",
        ),
        ('{"format": "gdstudio-lesson", "version": 1, "title": "x", "steps": ' + nested(5000) + "}", ""),
        (lesson_json([good_step()], version=99), "newer gdstudio"),
    ],
)
def test_a_hostile_lesson_file_is_refused_with_one_sentence_and_nothing_changes(
    qtbot, window, messages, tmp_path, monkeypatch, content, sentence
):
    monkeypatch.chdir(tmp_path)
    panel = open_from_the_menu(window, "Learning is descent")
    panel.show_step(2)
    before = window.current_session()
    assert not window.open_lesson(lesson_file(tmp_path, content))
    assert len(messages) == 1 and messages[0][0] == "Cannot open the lesson"
    text = messages[0][1]
    assert "\n" not in text and text.endswith(".") and sentence in text
    assert panel.lesson.title == "Learning is descent" and panel.progress_label.text() == "3 / 9"
    assert window.current_session() == before
    assert not (tmp_path / "pwned").exists()


def test_a_lesson_file_over_a_megabyte_is_refused_before_it_is_read(qtbot, window, messages, tmp_path):
    path = tmp_path / "huge.gdstudio-lesson.json"
    with open(path, "w", encoding="utf-8") as file:
        file.write('{"format": "gdstudio-lesson", "version": 1, "title": "' + "x" * (100 * 1024 * 1024) + '"}')
    before = window.current_session()
    assert not window.open_lesson(path)
    assert len(messages) == 1 and "\n" not in messages[0][1]
    assert window.lessons.panel.lesson is None and window.current_session() == before


def test_a_lesson_file_opens_from_file_open_lesson(qtbot, window, tmp_path, monkeypatch):
    path = lesson_file(tmp_path, lesson_json([good_step(), good_step(title="Second")]), "two.gdstudio-lesson.json")
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    qtbot.keyClick(window, QtCore.Qt.Key.Key_L, QtCore.Qt.KeyboardModifier.ControlModifier)
    panel = window.lessons.panel
    assert panel.lesson.title == "Hostile" and panel.progress_label.text() == "1 / 2"
    assert window.tab("function").session_section().function == "x^2 + y^2"


CLOSE_DURING_A_LONG_STEP = """
import sys, time
from PySide6 import QtCore, QtWidgets
QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, sys.argv[1])
application = QtWidgets.QApplication([])
from gdstudio.core.session import CompareRun, CompareSection, FunctionSection, StudioSession
from gdstudio.ui import MainWindow

window = MainWindow(restore=False)
window.show()
function = FunctionSection(function="sin(x)*cos(y) + 0.01*x^2", max_steps=100000, tolerance=1e-300, learning_rate=0.001)
runs = tuple(CompareRun("gd", 0.001 * (i + 1)) for i in range(20))
window.lessons.runner.request(StudioSession(tab="compare", function=function, compare=CompareSection(runs=runs)))
for _ in range(30):
    application.processEvents()
    time.sleep(0.01)
started = time.perf_counter()
window.close()
print(f"{time.perf_counter() - started:.3f}")
"""


def test_closing_the_window_while_a_long_step_runs_quits_at_once(tmp_path):
    """A step's runs are one call that cannot be interrupted: the window closes without
    waiting for it, and the process ends normally (a QThread would abort it)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", CLOSE_DURING_A_LONG_STEP, str(tmp_path)], capture_output=True, text=True, timeout=120, env=environment
    )
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip()) < 0.5
    assert "Destroyed while thread" not in result.stderr
