"""The lesson panel: what a student reads, predicts and sees judged, one step at a time.

A step is shown by loading its set-up into the studio (through the shell's
``apply_setup``), switching its overlays on or off on every tab that has them, and
asking the :class:`~gdstudio.ui.lesson.runner.StepRunner` for the step's runs, made
by the core off the window's thread.  The student answers the question *before* the
run (Answer locks it), presses Play, and when the run the question is about
finishes (the tab's ``run_finished``; for a sweep, the runner's outcome) the verdict
is revealed with its explanation.  Next is always free: a student may skip.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.core.lesson import (
    AnswerError,
    Lesson,
    LessonStep,
    StepOutcome,
    Verdict,
    check_answer,
    lesson_html,
)
from gdstudio.core.session import StudioSession
from gdstudio.ui.common.tab import StudioTab
from gdstudio.ui.common.zoom import AA_CONTRAST, contrast_ratio, error_colour, make_note
from gdstudio.ui.lesson.runner import StepRunner

translate = QtCore.QCoreApplication.translate

# the tab whose run_finished ends the run a question asks about (a sweep has none: its
# verdict comes with the runner's outcome)
RUN_TABS = {"function": "function", "race": "compare", "mlp": "mlp"}
TITLE_SCALE = 1.3  # the step's title, relative to the interface text (which follows the zoom)
RIGHT_COLOURS = ("#1b6e20", "#0f5014", "#7ee787", "#a5f3a8")  # a green that keeps AA contrast, light or dark window
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "LessonPanel", "No lesson is open. Pick one from the Lessons menu, or open a lesson file with File → Open lesson… (Ctrl+L)."
)


def right_colour(palette: QtGui.QPalette | None = None) -> str:
    """The colour of a right answer's verdict: a green at AA contrast on the window."""
    palette = palette or QtWidgets.QApplication.palette()
    window = palette.color(QtGui.QPalette.ColorRole.Window)
    for candidate in RIGHT_COLOURS:
        if contrast_ratio(QtGui.QColor(candidate), window) >= AA_CONTRAST:
            return candidate
    return palette.color(QtGui.QPalette.ColorRole.WindowText).name()


def run_key(setup: StudioSession) -> tuple:
    """What of a set-up changes the runs a step makes (not the view windows, the
    weight-space plane or the runs' colours): two set-ups with one key run alike."""
    function = setup.function
    compare = setup.compare
    mlp = setup.mlp
    return (
        None if function is None else (function.function, function.run_settings()),
        None if mlp is None else (mlp.data, mlp.training),
        None
        if compare is None
        else (
            tuple((r.optimizer, r.learning_rate, dict(r.hyperparameters), r.schedule, r.start) for r in compare.runs),
            compare.sweep,
        ),
    )


def _label(text: str = "", rich: bool = False, name: str = "") -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(QtCore.Qt.TextFormat.RichText if rich else QtCore.Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class ChoiceRow(QtWidgets.QWidget):
    """One choice: a radio button and its text, which wraps (a radio button's own text
    cannot) and which a click on selects too."""

    def __init__(self, text: str, group: QtWidgets.QButtonGroup, parent=None):
        super().__init__(parent)
        self.text = text
        self.radio = QtWidgets.QRadioButton()
        self.radio.setAccessibleName(text)
        group.addButton(self.radio)
        self.label = _label(text)
        self.label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setBuddy(self.radio)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.radio, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        if self.radio.isEnabled():
            self.radio.click()
        super().mousePressEvent(event)


class LessonPanel(QtWidgets.QWidget):
    """The panel in the lesson dock. The shell's services come in as callables:
    ``apply_setup(session)`` loads a set-up into the studio (shows its tab),
    ``current_setup()`` is the studio's set-up now; ``tabs`` are the studio's tabs (their
    ``run_finished`` and ``set_overlay``, through the tab contract)."""

    step_shown = QtCore.Signal(int)  # the step's index, from 0
    verdict_shown = QtCore.Signal(object)  # Verdict

    def __init__(
        self,
        tabs: Mapping[str, StudioTab],
        apply_setup: Callable[[StudioSession], None],
        current_setup: Callable[[], StudioSession],
        runner: StepRunner,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self.tabs = tabs
        self.apply_setup = apply_setup
        self.current_setup = current_setup
        self.runner = runner
        self.lesson: Lesson | None = None
        self.index = 0
        self.outcome: StepOutcome | None = None
        self.outcome_problem = ""
        self.job_id = 0
        self.answer: str | None = None  # the locked answer (a choice's text, or the number as typed)
        self.run_done = False
        self.reveal_asked = False
        self.verdict: Verdict | None = None
        self.baseline: tuple | None = None
        self._applying = False
        self.choice_rows: list[ChoiceRow] = []
        self._build()
        runner.outcome_ready.connect(self._on_outcome)
        runner.outcome_failed.connect(self._on_outcome_failed)
        for key, tab in tabs.items():
            tab.run_finished.connect(lambda status, key=key: self._on_run_finished(key, status))
        self._restyle()
        self._show_empty()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        header = QtWidgets.QHBoxLayout()
        self.lesson_label = _label(name="lessonTitle")
        self.progress_label = QtWidgets.QLabel()
        self.progress_label.setObjectName("lessonProgress")
        self.progress_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.lesson_label, 1)
        header.addWidget(self.progress_label, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        self.step_title = _label(name="lessonStepTitle")
        outer.addWidget(self.step_title)

        body = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)
        self.text_label = _label(rich=True, name="lessonText")
        column.addWidget(self.text_label)

        self.question_box = QtWidgets.QGroupBox(translate("LessonPanel", "Predict, then press Play"))
        self.question_box.setObjectName("lessonQuestion")
        question = QtWidgets.QVBoxLayout(self.question_box)
        self.prompt_label = _label(name="lessonPrompt")
        question.addWidget(self.prompt_label)
        self.choice_group = QtWidgets.QButtonGroup(self)
        self.choice_group.buttonToggled.connect(lambda *_: self._update_answer_button())
        self.choices_box = QtWidgets.QWidget()
        self.choices_layout = QtWidgets.QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        question.addWidget(self.choices_box)
        self.number_edit = QtWidgets.QLineEdit()
        self.number_edit.setObjectName("lessonNumber")
        self.number_edit.setAccessibleName(translate("LessonPanel", "your answer, a number"))
        self.number_edit.setPlaceholderText(translate("LessonPanel", "your number"))
        self.number_edit.textChanged.connect(lambda *_: self._update_answer_button())
        self.number_edit.returnPressed.connect(self.lock_answer)
        question.addWidget(self.number_edit)
        self.tolerance_note = make_note(_label(name="lessonTolerance"))
        question.addWidget(self.tolerance_note)
        self.answer_button = QtWidgets.QPushButton(translate("LessonPanel", "Answer"))
        self.answer_button.setObjectName("lessonAnswer")
        self.answer_button.setToolTip(translate("LessonPanel", "lock your answer in, then press Play and watch the run"))
        self.answer_button.clicked.connect(self.lock_answer)
        question.addWidget(self.answer_button)
        self.answer_error = _label(name="lessonAnswerError")
        self.answer_error.setStyleSheet(f"color: {error_colour()};")
        question.addWidget(self.answer_error)
        self.status_label = _label(name="lessonStatus")
        question.addWidget(self.status_label)
        self.reveal_button = QtWidgets.QPushButton(translate("LessonPanel", "Show the verdict now"))
        self.reveal_button.setObjectName("lessonReveal")
        self.reveal_button.setToolTip(translate("LessonPanel", "judge your answer by the run without waiting for it to end on screen"))
        self.reveal_button.clicked.connect(self.reveal_now)
        question.addWidget(self.reveal_button)
        column.addWidget(self.question_box)

        self.verdict_box = QtWidgets.QFrame()
        self.verdict_box.setObjectName("lessonVerdict")
        self.verdict_box.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        verdict = QtWidgets.QVBoxLayout(self.verdict_box)
        self.verdict_title = _label(name="lessonVerdictTitle")
        self.verdict_text = _label(name="lessonVerdictText")
        self.changed_note = _label(name="lessonChangedNote")
        verdict.addWidget(self.verdict_title)
        verdict.addWidget(self.verdict_text)
        verdict.addWidget(self.changed_note)
        column.addWidget(self.verdict_box)

        self.hint_button = QtWidgets.QPushButton(translate("LessonPanel", "Try this…"))
        self.hint_button.setObjectName("lessonHintButton")
        self.hint_button.setToolTip(translate("LessonPanel", "a suggestion for what to try next on this step"))
        self.hint_button.clicked.connect(self.show_hint)
        column.addWidget(self.hint_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        self.hint_label = _label(rich=True, name="lessonHint")
        column.addWidget(self.hint_label)
        # in the text's column, not beside Back and Next: the panel stays narrow at a large zoom
        self.setup_button = QtWidgets.QPushButton(translate("LessonPanel", "Set up again"))
        self.setup_button.setObjectName("lessonSetUpAgain")
        self.setup_button.setToolTip(translate("LessonPanel", "load this step's set-up into the studio again"))
        self.setup_button.clicked.connect(lambda: self.show_step(self.index))
        column.addWidget(self.setup_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        self.empty_label = make_note(_label(translate("LessonPanel", EMPTY_TEXT), name="lessonEmpty"))
        column.addWidget(self.empty_label)
        column.addStretch(1)

        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

        # Back and Next stay in view below the text, at any height and zoom
        buttons = QtWidgets.QHBoxLayout()
        self.back_button = QtWidgets.QPushButton(translate("LessonPanel", "Back"))
        self.back_button.setObjectName("lessonBack")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QtWidgets.QPushButton(translate("LessonPanel", "Next"))
        self.next_button.setObjectName("lessonNext")
        self.next_button.clicked.connect(self.go_next)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        # the interface zoom changes the application's font: the titles follow it
        if event.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.ApplicationFontChange):
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        base = QtWidgets.QApplication.font()
        bold = QtGui.QFont(base)
        bold.setBold(True)
        title = QtGui.QFont(bold)
        if base.pointSizeF() > 0:
            title.setPointSizeF(base.pointSizeF() * TITLE_SCALE)
        else:
            title.setPixelSize(round(base.pixelSize() * TITLE_SCALE))
        for label, font in ((self.lesson_label, bold), (self.progress_label, bold), (self.step_title, title), (self.verdict_title, title)):
            label.setFont(font)

    # ------------------------------------------------------------------ the lesson
    @property
    def step(self) -> LessonStep | None:
        return None if self.lesson is None else self.lesson.steps[self.index]

    def set_lesson(self, lesson: Lesson, index: int = 0) -> None:
        """Show ``lesson`` from step ``index`` (its set-up is loaded into the studio)."""
        self.lesson = lesson
        self.lesson_label.setText(lesson.title)
        self.lesson_label.setToolTip(lesson.description)
        self.show_step(min(max(index, 0), len(lesson.steps) - 1))

    def go_next(self) -> None:
        if self.lesson is not None and self.index + 1 < len(self.lesson.steps):
            self.show_step(self.index + 1)

    def go_back(self) -> None:
        if self.lesson is not None and self.index > 0:
            self.show_step(self.index - 1)

    def _show_empty(self) -> None:
        for widget in (self.question_box, self.verdict_box, self.hint_button, self.hint_label, self.text_label, self.setup_button):
            widget.hide()
        self.empty_label.show()
        self.lesson_label.setText(translate("LessonPanel", "Lesson"))
        self.progress_label.setText("")
        self.step_title.setText("")
        for button in (self.back_button, self.next_button):
            button.setEnabled(False)

    def show_step(self, index: int) -> None:
        """Show step ``index`` (from 0): its text and question, its set-up in the studio."""
        lesson = self.lesson
        self.index = index
        step = lesson.steps[index]
        self.empty_label.hide()
        self.progress_label.setText(f"{index + 1} / {len(lesson.steps)}")
        self.step_title.setText(step.title)
        self.text_label.setText(lesson_html(step.text))
        self.text_label.show()
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(lesson.steps))
        self.setup_button.show()
        self.hint_label.setText(lesson_html(step.hint))
        self.hint_label.hide()
        self.hint_button.setVisible(bool(step.hint.strip()))
        self.answer = None
        self.verdict = None
        self.run_done = False
        self.reveal_asked = False
        self.outcome = None
        self.outcome_problem = ""
        self.verdict_box.hide()
        self._show_question(step)
        self._apply(step)
        self.scroll.verticalScrollBar().setValue(0)
        self.step_shown.emit(index)

    def _apply(self, step: LessonStep) -> None:
        self._applying = True
        try:
            self.apply_setup(step.setup)
            for name, shown in step.overlays.items():
                for tab in self.tabs.values():
                    tab.set_overlay(name, shown)
        finally:
            self._applying = False
        self.baseline = run_key(self.current_setup())
        if step.question is not None:
            self.job_id = self.runner.request(step.setup)

    def _show_question(self, step: LessonStep) -> None:
        question = step.question
        self.question_box.setVisible(question is not None)
        self.answer_error.hide()
        self.status_label.hide()
        self.reveal_button.hide()
        for row in self.choice_rows:
            self.choice_group.removeButton(row.radio)
            row.hide()
            row.deleteLater()
        self.choice_rows = []
        if question is None:
            return
        self.prompt_label.setText(question.prompt)
        for choice in question.choices:
            row = ChoiceRow(choice.text, self.choice_group)
            self.choices_layout.addWidget(row)
            row.show()
            self.choice_rows.append(row)
        self.choices_box.setVisible(question.multiple_choice)
        self.number_edit.setVisible(not question.multiple_choice)
        self.number_edit.clear()
        self.number_edit.setEnabled(True)
        self.tolerance_note.setVisible(not question.multiple_choice)
        if not question.multiple_choice:
            self.tolerance_note.setText(
                translate("LessonPanel", "Answers within {tolerance} of what the run gives count as right.").format(
                    tolerance=question.tolerance.describe()
                )
            )
        self.answer_button.setEnabled(False)
        self.answer_button.show()

    def _update_answer_button(self) -> None:
        question = self.step.question if self.step is not None else None
        if question is None or self.answer is not None:
            return
        given = self._given()
        self.answer_button.setEnabled(bool(given and given.strip()))

    def _given(self) -> str | None:
        question = self.step.question
        if question.multiple_choice:
            return next((row.text for row in self.choice_rows if row.radio.isChecked()), None)
        return self.number_edit.text()

    # ------------------------------------------------------------------ answering
    def lock_answer(self) -> None:
        """Answer: lock the answer in; the verdict waits for the run."""
        step = self.step
        if step is None or step.question is None or self.answer is not None:
            return
        given = self._given()
        if not given or not given.strip():
            return
        self.answer = given
        for row in self.choice_rows:
            row.radio.setEnabled(False)
        self.number_edit.setEnabled(False)
        self.answer_button.hide()
        self.answer_error.hide()
        source = step.question.quantity.source
        if source == "sweep":
            status = translate(
                "LessonPanel",
                "Your answer: {answer}. The sweep is being run with the step's set-up. (The Compare tab's Run sweep draws it.)",
            )
        elif source == "race":
            status = translate("LessonPanel", "Your answer: {answer}. Now press Play (Space) and watch the race.")
        elif source == "mlp":
            status = translate("LessonPanel", "Your answer: {answer}. Now press Play (Space) and watch the training.")
        else:
            status = translate("LessonPanel", "Your answer: {answer}. Now press Play (Space) and watch the run.")
        self.status_label.setText(status.format(answer=self._answer_text()))
        self.status_label.show()
        self.reveal_button.setVisible(source != "sweep")
        # Space now plays the run, whatever had the focus
        self.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        shown = self.reveal_button if self.reveal_button.isVisibleTo(self) else self.status_label
        QtCore.QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(shown))
        self._progress()

    def reveal_now(self) -> None:
        """Show the verdict without waiting for the run on screen (judged by the same run)."""
        self.reveal_asked = True
        self._progress()

    def show_hint(self) -> None:
        self.hint_label.show()
        self.hint_button.hide()

    def _answer_text(self) -> str:
        if self.step.question.multiple_choice:
            return translate("LessonPanel", "“{answer}”").format(answer=self.answer)
        return self.answer.strip()

    def _unlock(self, problem: str) -> None:
        self.answer = None
        for row in self.choice_rows:
            row.radio.setEnabled(True)
        self.number_edit.setEnabled(True)
        self.answer_button.show()
        self._update_answer_button()
        self.status_label.hide()
        self.reveal_button.hide()
        self.answer_error.setText(problem[0].upper() + problem[1:] + ("" if problem.endswith((".", "。")) else "."))
        self.answer_error.show()
        self.number_edit.setFocus()

    def _on_run_finished(self, key: str, _status: str) -> None:
        step = self.step
        if self._applying or step is None or step.question is None:
            return
        if RUN_TABS.get(step.question.quantity.source) == key:
            self.run_done = True
            self._progress()

    def _on_outcome(self, job_id: int, outcome: StepOutcome) -> None:
        if job_id == self.job_id:
            self.outcome = outcome
            self._progress()

    def _on_outcome_failed(self, job_id: int, message: str) -> None:
        if job_id == self.job_id:
            self.outcome_problem = message
            self._progress()

    def _progress(self) -> None:
        """Check a locked answer as soon as the run is known (a typed answer that is no
        number is given back at once), and reveal the verdict when the run has ended."""
        step = self.step
        if step is None or step.question is None or self.answer is None or self.verdict is not None:
            return
        if self.outcome_problem:
            self.status_label.setText(
                translate("LessonPanel", "This step's runs cannot be made: {problem}").format(problem=self.outcome_problem)
            )
            self.reveal_button.hide()
            return
        ended = self.run_done or self.reveal_asked or step.question.quantity.source == "sweep"
        if self.outcome is None:
            if ended:
                self.status_label.setText(
                    translate("LessonPanel", "Your answer: {answer}. Checking it against the run…").format(answer=self._answer_text())
                )
            return
        try:
            verdict = check_answer(step.question, self.outcome, self.answer)
        except AnswerError as error:
            self._unlock(str(error))
            return
        if ended:
            self._reveal(verdict)

    def _reveal(self, verdict: Verdict) -> None:
        self.verdict = verdict
        colour = right_colour() if verdict.correct else error_colour()
        mark = translate("LessonPanel", "✓ Right") if verdict.correct else translate("LessonPanel", "✗ Not quite")
        self.verdict_title.setText(mark)
        self.verdict_title.setStyleSheet(f"color: {colour};")
        self.verdict_text.setText(
            translate("LessonPanel", "You answered {answer}. {explanation}").format(
                answer=self._answer_text(), explanation=verdict.explanation
            )
        )
        changed = run_key(self.current_setup()) != self.baseline
        self.changed_note.setText(
            translate(
                "LessonPanel",
                "You changed the set-up after this step loaded it: the verdict describes the step's own set-up. "
                "Set up again loads it back.",
            )
            if changed
            else ""
        )
        self.changed_note.setVisible(changed)
        self.status_label.hide()
        self.reveal_button.hide()
        self.verdict_box.show()
        QtCore.QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(self.verdict_box))
        self.verdict_shown.emit(verdict)
