"""A teacher writes a lesson without a text editor: New lesson, Add current set-up as a
step (title, text with its preview, a question filled in from the run), reorder,
Save; the file reads back as the same lesson and opens in the panel."""

import pytest
from PySide6 import QtCore, QtWidgets

from gdstudio.core.lesson import BUILTIN_LESSONS, LessonStep, load_builtin_lesson, load_lesson, suggested_question
from gdstudio.core.lesson import run_step as core_run_step
from gdstudio.ui.lesson.editor import LessonDetailsDialog, LessonDraft, LessonEditorDialog, StepEditorDialog, condition_from_text
from gdstudio.ui.lesson.runner import StepRunner


def when_shown(dialog_class, fill, failures):
    """Run ``fill(dialog)`` once a modal ``dialog_class`` is open (its exec() blocks the
    test's call); if ``fill`` fails, the error goes to ``failures`` and the dialog is
    closed, so the test cannot hang."""

    def poll():
        dialog = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_class):
            QtCore.QTimer.singleShot(20, poll)
            return
        try:
            fill(dialog)
        except BaseException as error:  # reported by the test after exec() returns
            failures.append(error)
            dialog.reject()

    QtCore.QTimer.singleShot(0, poll)


def type_text(qtbot, widget, text):
    """Type ``text`` into a field key by key (QTest types ASCII only: γ, λ and the like are
    put in as an input method would)."""
    for character in text:
        if character == "\n":
            qtbot.keyClick(widget, QtCore.Qt.Key.Key_Return)
        elif character.isascii():
            qtbot.keyClicks(widget, character)
        elif isinstance(widget, QtWidgets.QLineEdit):
            widget.insert(character)
        else:
            widget.insertPlainText(character)


def click_ok(qtbot, dialog):
    buttons = dialog.findChild(QtWidgets.QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok), QtCore.Qt.MouseButton.LeftButton)


def close_with_ok(qtbot, dialog):
    """OK, and the dialog closes (once the answer is checked against the run)."""
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def set_learning_rate(window, learning_rate):
    function = window.tab("function")
    function.apply_session_section(function.session_section().with_changes(learning_rate=learning_rate))


def write_the_details(qtbot, title):
    def fill(dialog):
        qtbot.keyClicks(dialog.title_edit, title)
        qtbot.keyClicks(dialog.author_edit, "A. Teacher")
        close_with_ok(qtbot, dialog)

    return fill


def write_the_status_step(qtbot):
    def fill(dialog):
        qtbot.keyClicks(dialog.title_edit, "Bigger steps")
        type_text(qtbot, dialog.text_edit, "With γ = 0.6 the steps are <b>big</b>.")
        qtbot.waitUntil(lambda: "&lt;b&gt;big&lt;/b&gt;" in dialog.preview.text())  # shown as typed, never as a tag
        dialog.kind_combo.setCurrentIndex(1)
        dialog.about_combo.setCurrentIndex(dialog.about_combo.findData("function.status"))
        qtbot.mouseClick(dialog.suggest_button, QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: [row.text_edit.text() for row in dialog.choice_rows] == ["converge", "stall", "diverge"], timeout=10000)
        assert [row.answer.isChecked() for row in dialog.choice_rows] == [True, False, False]
        assert dialog.run_description.text() == "The run converged at t = 63."
        click_ok(qtbot, dialog)
        assert dialog.isVisible() and dialog.error.text().startswith("Step 1: text holds HTML (<b…)")  # the core's reader refuses the tag
        dialog.text_edit.setPlainText("With γ = 0.6 the steps are **big**.")
        assert "<strong>big</strong>" in dialog.preview.text()
        qtbot.mouseClick(dialog.choice_rows[2].answer, QtCore.Qt.MouseButton.LeftButton)  # a wrong answer
        click_ok(qtbot, dialog)
        assert dialog.error.text() == "The question's answer is “diverge”, but the run converged at t = 63, so the answer is “converge”."
        qtbot.mouseClick(dialog.choice_rows[0].answer, QtCore.Qt.MouseButton.LeftButton)
        dialog.prompt_edit.clear()
        type_text(qtbot, dialog.prompt_edit, "Will γ = 0.6 converge, stall or diverge?")
        close_with_ok(qtbot, dialog)

    return fill


def write_the_race_step(qtbot):
    def fill(dialog):
        assert not dialog.section_checks["compare"].isEnabled()  # the Compare tab needs its runs
        qtbot.keyClicks(dialog.title_edit, "A race")
        type_text(qtbot, dialog.text_edit, "Three optimisers:\n\n- gradient descent\n- momentum\n- Adam")
        assert "<ul><li>gradient descent</li>" in dialog.preview.text()
        dialog.kind_combo.setCurrentIndex(2)
        dialog.about_combo.setCurrentIndex(dialog.about_combo.findData("race.steps"))
        dialog.run_spin.setValue(2)
        qtbot.mouseClick(dialog.suggest_button, QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.answer_edit.text() != "", timeout=10000)
        type_text(qtbot, dialog.hint_edit, "Try γ = 0.05 for momentum.")
        dialog.overlay_combos["state_arrows"].setCurrentIndex(1)  # on
        close_with_ok(qtbot, dialog)

    return fill


def test_a_teacher_builds_a_two_step_lesson_saves_and_reopens_it(qtbot, window, messages, tmp_path, monkeypatch):
    lessons = window.lessons
    set_learning_rate(window, 0.6)
    failures = []
    when_shown(LessonDetailsDialog, write_the_details(qtbot, "My first lesson"), failures)
    when_shown(StepEditorDialog, write_the_status_step(qtbot), failures)
    lessons.add_step_action.trigger()  # with no lesson yet, New lesson comes first
    assert failures == []
    draft = lessons.draft
    assert (draft.title, draft.author, len(draft.steps)) == ("My first lesson", "A. Teacher", 1)
    first = draft.steps[0]
    assert first.setup.tab == "function" and first.setup.compare is None and first.setup.mlp is None
    assert first.setup.function.learning_rate == 0.6 and first.setup.zoom is None
    assert first.question.answer == "converge" and first.text == "With γ = 0.6 the steps are **big**."

    window.show_tab("compare")
    when_shown(StepEditorDialog, write_the_race_step(qtbot), failures)
    lessons.add_step_action.trigger()
    assert failures == []
    second = draft.steps[1]
    assert second.setup.tab == "compare" and second.setup.compare is not None
    expected = core_run_step(second.setup).value("race.steps", 2)
    assert second.question.answer == expected and second.question.run == 2
    assert second.question.tolerance.absolute == max(1.0, round(0.05 * expected))
    assert dict(second.overlays) == {"state_arrows": True} and second.hint == "Try γ = 0.05 for momentum."

    def reorder(dialog):
        assert [dialog.step_list.item(i).text() for i in range(2)] == [
            "1. Bigger steps  (how the run ends)",
            "2. A race  (the steps a run of the race makes)",
        ]
        dialog.step_list.setCurrentRow(1)
        qtbot.mouseClick(dialog.step_buttons["up"], QtCore.Qt.MouseButton.LeftButton)
        assert dialog.step_list.item(0).text().startswith("1. A race")
        qtbot.mouseClick(dialog.step_buttons["down"], QtCore.Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.step_buttons["up"], QtCore.Qt.MouseButton.LeftButton)
        dialog.reject()

    when_shown(LessonEditorDialog, reorder, failures)
    lessons.edit_action.trigger()
    assert failures == [] and [step.title for step in draft.steps] == ["A race", "Bigger steps"]

    folder = tmp_path / "lessons"
    folder.mkdir()
    target = folder / "mine"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    lessons.save_action.trigger()
    saved = folder / "mine.gdstudio-lesson.json"
    assert messages == [] and saved.is_file() and not draft.changed
    assert load_lesson(saved) == draft.lesson()
    assert [p.name for p in folder.iterdir()] == ["mine.gdstudio-lesson.json"]  # no temporary file left

    assert window.open_lesson(saved)
    panel = lessons.panel
    assert panel.lesson == draft.lesson() and panel.progress_label.text() == "1 / 2"
    assert window.current_tab().key == "compare"


def test_editing_and_deleting_steps_of_an_open_lesson(qtbot, window, messages, tmp_path, monkeypatch):
    lessons = window.lessons
    lessons.builtin_actions[2].trigger()  # Learning rates, 7 steps

    def edit_then_delete(dialog):
        assert dialog.title_edit.text() == "Learning rates" and dialog.step_list.count() == 7
        dialog.step_list.setCurrentRow(0)

        def retitle(editor):
            assert editor.title_edit.text() == "The largest stable γ"
            assert editor.kind_combo.currentIndex() == 2 and editor.answer_edit.text() == "0.6667"  # as the file states it
            editor.title_edit.setText("2 / λ_max")
            close_with_ok(qtbot, editor)

        when_shown(StepEditorDialog, retitle, failures)
        qtbot.mouseClick(dialog.step_buttons["edit"], QtCore.Qt.MouseButton.LeftButton)
        assert dialog.step_list.item(0).text().startswith("1. 2 / λ_max")
        dialog.step_list.setCurrentRow(6)
        qtbot.mouseClick(dialog.step_buttons["delete"], QtCore.Qt.MouseButton.LeftButton)
        assert dialog.step_list.count() == 6
        dialog.title_edit.setText("Learning rates, shorter")
        dialog.reject()

    failures = []
    when_shown(LessonEditorDialog, edit_then_delete, failures)
    lessons.edit_action.trigger()
    assert failures == []
    draft = lessons.draft
    assert draft.title == "Learning rates, shorter" and len(draft.steps) == 6 and draft.steps[0].title == "2 / λ_max"
    assert draft.path is None  # a built-in lesson is saved as a file of one's own


def test_saving_refuses_a_lesson_whose_answer_the_run_contradicts(qtbot, window, messages, tmp_path, monkeypatch):
    lessons = window.lessons
    setup = window.current_session()
    setup = setup.with_section("mlp", None).with_section("compare", None)
    setup = setup.with_section("function", setup.function.with_changes(learning_rate=0.7))
    question = suggested_question(core_run_step(setup), "function.status")  # diverge
    wrong = question.__class__(question.prompt, question.about, "converge", question.choices)
    lessons.draft = LessonDraft("Wrong", steps=[LessonStep("γ = 0.7", "Predict.", setup, wrong)], changed=True)
    folder = tmp_path / "lessons"
    folder.mkdir()
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(folder / "x"), ""))
    assert not lessons.save_lesson()
    assert messages == [
        (
            "Cannot save the lesson",
            "Step 1: the question's answer is “converge”, but the run diverged at t = 133, so the answer is “diverge”.",
        )
    ]
    assert list(folder.iterdir()) == []


def test_a_lesson_with_no_steps_is_not_saved(qtbot, window, messages):
    window.lessons.draft = LessonDraft("Empty")
    assert not window.lessons.save_lesson()
    assert messages[0][0] == "Save lesson" and "no steps yet" in messages[0][1]


def test_a_choice_condition_is_typed_as_the_core_describes_it():
    assert condition_from_text("at least 10", "c") == {"at_least": 10.0}
    assert condition_from_text("below 1e3", "c") == {"below": 1000.0}
    assert condition_from_text("from 10 to below 100", "c") == {"at_least": 10.0, "below": 100.0}
    assert condition_from_text("−2.5", "c") == -2.5
    for typed in ("", "lots", "at least nan", "below inf", "__import__('os')"):
        try:
            condition_from_text(typed, "choice 1's condition")
        except ValueError as error:
            assert str(error).startswith("choice 1's condition ")
        else:
            raise AssertionError(typed)


@pytest.mark.parametrize("name", BUILTIN_LESSONS)
def test_the_step_editor_gives_back_every_built_in_step_unchanged(qtbot, name):
    """Every field a step can have, filled into the editor and read back (numbers, ranges,
    run numbers, texts of several lines, hints, overlays), makes the same step."""
    runner = StepRunner()
    try:
        for number, step in enumerate(load_builtin_lesson(name).steps, start=1):
            dialog = StepEditorDialog(step.setup, runner, number, step)
            qtbot.addWidget(dialog)
            dialog.accept()
            qtbot.waitUntil(
                lambda dialog=dialog: dialog.step is not None or dialog.error.text() and "Checking" not in dialog.error.text(),
                timeout=20000,
            )
            assert dialog.step == step, (number, dialog.error.text())
    finally:
        runner.stop()
