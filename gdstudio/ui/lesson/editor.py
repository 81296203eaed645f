"""Writing a lesson without a text editor: the lesson's details, one step's editor
(title, text with a live preview, question, hint, overlays) and the list of steps.

Every dialog builds what a lesson file would hold and lets the core's reader check
it (:func:`gdstudio.core.lesson.format.step_from_dict`, ``lesson_from_dict``), so a
step the editor accepts is a step the file reads back; a question's answer is
checked against the run the studio makes (:func:`~gdstudio.core.lesson.answer_problem`)
before the step is accepted.  A problem is one sentence under the fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.core.lesson import (
    LESSON_FORMAT,
    LESSON_VERSION,
    OVERLAYS,
    QUANTITIES,
    Lesson,
    LessonError,
    LessonStep,
    Question,
    Range,
    StepOutcome,
    answer_problem,
    lesson_from_dict,
    lesson_html,
    suggested_question,
)
from gdstudio.core.lesson.format import DEFAULT_LESSON_LANGUAGE, MAX_CHOICES, TAB_NEEDS, step_from_dict
from gdstudio.core.lesson.questions import RUN_NUMBER, condition_to_json
from gdstudio.core.session import SECTIONS, StudioSession, studio_session_to_dict
from gdstudio.ui.common.zoom import error_colour, make_note
from gdstudio.ui.lesson.runner import StepRunner

translate = QtCore.QCoreApplication.translate

# the texts of these tables are translated where they are shown: translate("LessonEditor", text)
QUESTION_KINDS = (
    QT_TRANSLATE_NOOP("LessonEditor", "No question"),
    QT_TRANSLATE_NOOP("LessonEditor", "Multiple choice"),
    QT_TRANSLATE_NOOP("LessonEditor", "A number"),
)
OVERLAY_STATES = (
    (QT_TRANSLATE_NOOP("LessonEditor", "as it is"), None),
    (QT_TRANSLATE_NOOP("LessonEditor", "on"), True),
    (QT_TRANSLATE_NOOP("LessonEditor", "off"), False),
)
SECTION_TITLES = {
    "function": QT_TRANSLATE_NOOP("LessonEditor", "Function tab"),
    "mlp": QT_TRANSLATE_NOOP("LessonEditor", "MLP task"),
    "compare": QT_TRANSLATE_NOOP("LessonEditor", "Compare tab (race and sweep)"),
}
TEXT_HELP = QT_TRANSLATE_NOOP(
    "LessonEditor",
    "A blank line starts a paragraph; “- ” a bullet, “1. ” a numbered item; *emphasis*, **strong**, `code`. "
    "Write maths in Unicode: γ, ∇f, x², w ← w − γ∇f. No links, images or tags.",
)
# what a multiple-choice condition may be typed as: the words of Range.describe(), which
# condition_from_text reads; they are the file's syntax and stay English, like a formula
NUMBER_CONDITION_HELP = "at least 10, below 100, from 10 to below 100, or 27"
# the words of the values a condition is chosen from (the run's status, the kind of point it
# stops at), shown in the condition's list; the item's data stays the value the file holds
VALUE_TEXTS = {
    "converged": QT_TRANSLATE_NOOP("LessonEditor", "converged"),
    "diverged": QT_TRANSLATE_NOOP("LessonEditor", "diverged"),
    "max_steps": QT_TRANSLATE_NOOP("LessonEditor", "max_steps"),
    "undefined": QT_TRANSLATE_NOOP("LessonEditor", "undefined"),
    "line_search_failed": QT_TRANSLATE_NOOP("LessonEditor", "line_search_failed"),
    "no_descent": QT_TRANSLATE_NOOP("LessonEditor", "no_descent"),
    "minimum": QT_TRANSLATE_NOOP("LessonEditor", "minimum"),
    "saddle": QT_TRANSLATE_NOOP("LessonEditor", "saddle"),
    "maximum": QT_TRANSLATE_NOOP("LessonEditor", "maximum"),
    "flat": QT_TRANSLATE_NOOP("LessonEditor", "flat"),
    "none": QT_TRANSLATE_NOOP("LessonEditor", "none"),
}


@dataclass
class LessonDraft:
    """The lesson being written: its details, its steps so far and where it was saved."""

    title: str
    author: str = ""
    description: str = ""
    steps: list[LessonStep] = field(default_factory=list)
    path: Path | None = None
    changed: bool = False  # since it was last saved
    language: str = DEFAULT_LESSON_LANGUAGE  # the language the lesson is written in, kept when it is saved

    def lesson(self) -> Lesson:
        return Lesson(self.title, tuple(self.steps), self.author, self.description, self.language)

    @classmethod
    def from_lesson(cls, lesson: Lesson, path: Path | None = None) -> LessonDraft:
        return cls(lesson.title, lesson.author, lesson.description, list(lesson.steps), path, language=lesson.language)


SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")


def sentence(text: str) -> str:
    """A problem as a sentence: a capital and a full stop."""
    text = text.strip()
    if text and "a" <= text[0] <= "z":
        text = text[0].upper() + text[1:]
    # a translated sentence may end the Chinese way (。！？): it gets no second full stop
    return text if not text or text.endswith(SENTENCE_ENDS) else text + "."


def _details_complaint(title: str, author: str = "", description: str = "") -> str:
    """What the core's reader says of a lesson with these details and no steps."""
    data = {"format": LESSON_FORMAT, "version": LESSON_VERSION, "title": title, "steps": []}
    if author:
        data["author"] = author
    if description:
        data["description"] = description.split("\n")
    try:
        lesson_from_dict(data)
    except LessonError as error:
        return str(error)
    return ""


def details_problem(title: str, author: str, description: str) -> str | None:
    """What the core's reader says of a lesson's title, author and description, or None."""
    complaint = _details_complaint(title, author, description)
    # the details are read before the steps: the complaint a lesson with good details and
    # no steps gets (about the steps) means the details passed. Compared with that
    # complaint, not with its English words: the core's sentences come translated
    if not complaint or complaint == _details_complaint("A lesson"):
        return None
    return sentence(complaint)


# -- a choice's condition, as a teacher types it ---------------------------------------------

_FROM = re.compile(r"from\s+(\S+)\s+to\s+(?:below\s+)?(\S+)", re.IGNORECASE)
_AT_LEAST = re.compile(r"(?:at\s+least|>=|≥)\s*(\S+)", re.IGNORECASE)
_BELOW = re.compile(r"(?:below|<)\s*(\S+)", re.IGNORECASE)


def _typed_number(text: str, what: str) -> float:
    try:
        value = float(text.replace("−", "-"))
    except ValueError:
        raise ValueError(translate("LessonEditor", "{what} must be a number, not “{text}”").format(what=what, text=text)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(translate("LessonEditor", "{what} must be a finite number").format(what=what))
    return value


def condition_from_text(text: str, what: str) -> Any:
    """A numeric choice's condition typed as Range.describe() writes it ("at least 10",
    "below 100", "from 10 to below 100") or a bare number, as the file's JSON."""
    typed = text.strip()
    if not typed:
        raise ValueError(translate("LessonEditor", "{what} is empty: type {syntax}").format(what=what, syntax=NUMBER_CONDITION_HELP))
    for pattern, keys in ((_FROM, ("at_least", "below")), (_AT_LEAST, ("at_least",)), (_BELOW, ("below",))):
        match = pattern.fullmatch(typed)
        if match:
            return {key: _typed_number(value, what) for key, value in zip(keys, match.groups())}
    try:
        return _typed_number(typed, what)
    except ValueError:
        problem = translate("LessonEditor", "{what} must be {syntax}, not “{text}”")
        raise ValueError(problem.format(what=what, syntax=NUMBER_CONDITION_HELP, text=typed)) from None


def number_text(value: float) -> str:
    """A number as typed back into a field: every digit a double holds, no more."""
    return f"{value:.15g}"


def condition_text(condition) -> str:
    """A numeric choice's condition as :func:`condition_from_text` reads it back."""
    if isinstance(condition, Range):
        if condition.below is None:
            return f"at least {number_text(condition.at_least)}"
        if condition.at_least is None:
            return f"below {number_text(condition.below)}"
        return f"from {number_text(condition.at_least)} to below {number_text(condition.below)}"
    if isinstance(condition, (int, float)):
        return number_text(condition)
    return "" if condition is None else str(condition)


def select_data(combo: QtWidgets.QComboBox, value) -> None:
    """Choose the item whose data is ``value`` (compared in Python, not by
    QComboBox.findData: a run number's "none" is None, an overlay's "off" is False)."""
    for index in range(combo.count()):
        data = combo.itemData(index)
        if data == value and type(data) is type(value):
            combo.setCurrentIndex(index)
            return


def fit_dialog(dialog: QtWidgets.QDialog, width_em: float, height_em: float) -> None:
    """Size ``dialog`` in units of its text's line height (so it grows with the zoom),
    at most as large as the window it belongs to (or its screen)."""
    em = dialog.fontMetrics().height()
    parent = dialog.parentWidget()
    room = parent.window().size() if parent is not None else dialog.screen().availableGeometry().size()
    width = min(round(width_em * em), round(0.95 * room.width()))
    height = min(round(height_em * em), round(0.95 * room.height()))
    dialog.resize(max(width, dialog.minimumSizeHint().width()), max(height, 200))


def text_box(lines: int, name: str) -> QtWidgets.QPlainTextEdit:
    box = QtWidgets.QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def error_line(name: str) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {error_colour()};")
    label.hide()
    return label


class LessonDetailsDialog(QtWidgets.QDialog):
    """A lesson's title, author and description (Lessons → New lesson)."""

    def __init__(self, draft: LessonDraft | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("LessonEditor", "New lesson") if draft is None else translate("LessonEditor", "Lesson details"))
        self.setObjectName("lessonDetailsDialog")
        form = QtWidgets.QFormLayout(self)
        self.title_edit = QtWidgets.QLineEdit(draft.title if draft else "")
        self.title_edit.setObjectName("lessonTitleEdit")
        self.author_edit = QtWidgets.QLineEdit(draft.author if draft else "")
        self.author_edit.setObjectName("lessonAuthorEdit")
        self.description_edit = text_box(3, "lessonDescriptionEdit")
        self.description_edit.setPlainText(draft.description if draft else "")
        form.addRow(translate("LessonEditor", "Title"), self.title_edit)
        form.addRow(translate("LessonEditor", "Author"), self.author_edit)
        form.addRow(translate("LessonEditor", "Description"), self.description_edit)
        self.error = error_line("lessonDetailsError")
        form.addRow(self.error)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        fit_dialog(self, 38, 16)

    def values(self) -> tuple[str, str, str]:
        return self.title_edit.text().strip(), self.author_edit.text().strip(), self.description_edit.toPlainText().strip()

    def accept(self) -> None:
        problem = details_problem(*self.values())
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


class ChoiceEditRow(QtWidgets.QWidget):
    """One choice in the editor: whether it is the answer, its text, and the condition
    on the run that makes it right (a value from a list, or a typed range)."""

    def __init__(self, group: QtWidgets.QButtonGroup, remove: Callable[[ChoiceEditRow], None], parent=None):
        super().__init__(parent)
        self.answer = QtWidgets.QRadioButton()
        self.answer.setToolTip(translate("LessonEditor", "the right answer"))
        self.answer.setAccessibleName(translate("LessonEditor", "the right answer"))
        group.addButton(self.answer)
        self.text_edit = QtWidgets.QLineEdit()
        self.text_edit.setPlaceholderText(translate("LessonEditor", "the choice, as the student reads it"))
        self.condition_host = QtWidgets.QStackedWidget()
        self.condition_combo = QtWidgets.QComboBox()
        self.condition_edit = QtWidgets.QLineEdit()
        self.condition_edit.setPlaceholderText(NUMBER_CONDITION_HELP)
        self.condition_host.addWidget(self.condition_combo)
        self.condition_host.addWidget(self.condition_edit)
        remove_button = QtWidgets.QToolButton()
        remove_button.setText("✕")
        remove_button.setToolTip(translate("LessonEditor", "remove this choice"))
        remove_button.setAccessibleName(translate("LessonEditor", "remove this choice"))
        remove_button.clicked.connect(lambda: remove(self))
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.answer)
        layout.addWidget(self.text_edit, 3)
        layout.addWidget(QtWidgets.QLabel(translate("LessonEditor", "right when the run gives")))
        layout.addWidget(self.condition_host, 2)
        layout.addWidget(remove_button)

    def set_values(self, values: list[tuple[str, Any]] | None) -> None:
        """The condition is chosen from ``values`` ((text, value) pairs), or typed (None)."""
        current = self.condition()
        self.condition_combo.clear()
        if values is None:
            self.condition_host.setCurrentWidget(self.condition_edit)
            return
        for text, value in values:
            self.condition_combo.addItem(text, value)
        self.condition_host.setCurrentWidget(self.condition_combo)
        select_data(self.condition_combo, current)

    def condition(self) -> Any:
        if self.condition_host.currentWidget() is self.condition_combo:
            return self.condition_combo.currentData()
        return self.condition_edit.text()

    def set_condition(self, condition) -> None:
        if self.condition_host.currentWidget() is self.condition_combo:
            select_data(self.condition_combo, condition_to_json(condition))
        else:
            self.condition_edit.setText(condition_text(condition))


class StepEditorDialog(QtWidgets.QDialog):
    """One step: its title and text (with a live preview), which tabs it sets up, its
    question (none, multiple choice or a number; "Suggest" fills one in from the run),
    its "try this" hint and overlays. ``step`` is the accepted step."""

    def __init__(
        self,
        setup: StudioSession,
        runner: StepRunner,
        number: int,
        step: LessonStep | None = None,
        tab_titles: Mapping[str, str] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("stepEditorDialog")
        tab = (tab_titles or {}).get(setup.tab, setup.tab)
        if step is not None:
            title = translate("LessonEditor", "Step {number}, on the {tab} tab: edit")
        else:
            title = translate("LessonEditor", "Step {number}, on the {tab} tab: add the current set-up")
        self.setWindowTitle(title.format(number=number, tab=tab))
        self.full_setup = setup
        self.runner = runner
        self.number = number
        self.tab_titles = dict(tab_titles or {})
        self.step: LessonStep | None = None
        self.outcome: StepOutcome | None = None
        self.outcome_problem = ""
        self.job_id = 0
        self._waiting = ""  # "suggest" or "accept" while the run is being made
        self.choice_rows: list[ChoiceEditRow] = []
        self._build(step)
        runner.outcome_ready.connect(self._on_outcome)
        runner.outcome_failed.connect(self._on_outcome_failed)
        self._sections_changed()  # lists what a question may ask about this set-up
        if step is not None:
            self._fill(step)
        fit_dialog(self, 64, 56)

    # ------------------------------------------------------------------ layout
    def _build(self, step: LessonStep | None) -> None:
        outer = QtWidgets.QVBoxLayout(self)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        body = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        form = QtWidgets.QFormLayout()
        self.title_edit = QtWidgets.QLineEdit()
        self.title_edit.setObjectName("stepTitleEdit")
        form.addRow(translate("LessonEditor", "Title"), self.title_edit)
        tab = self.full_setup.tab
        needed = set(TAB_NEEDS[tab])
        sections = QtWidgets.QHBoxLayout()
        self.section_checks: dict[str, QtWidgets.QCheckBox] = {}
        for key in SECTIONS:
            if self.full_setup.section(key) is None:
                continue
            check = QtWidgets.QCheckBox(translate("LessonEditor", SECTION_TITLES[key]))
            check.setObjectName(f"stepSection_{key}")
            check.setChecked(key in needed)
            check.setEnabled(key not in needed)
            check.setToolTip(
                translate("LessonEditor", "the {tab} tab this step shows needs it").format(tab=self.tab_titles.get(tab, tab))
                if key in needed
                else translate("LessonEditor", "also load this tab's settings when the step is shown")
            )
            check.toggled.connect(self._sections_changed)
            sections.addWidget(check)
            self.section_checks[key] = check
        sections.addStretch(1)
        form.addRow(translate("LessonEditor", "Sets up"), sections)
        column.addLayout(form)

        text_row = QtWidgets.QHBoxLayout()
        self.text_edit = text_box(6, "stepTextEdit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.textChanged.connect(self._preview)
        self.preview = QtWidgets.QLabel()
        self.preview.setObjectName("stepTextPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.preview.setOpenExternalLinks(False)
        self.preview.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
        preview_box = QtWidgets.QGroupBox(translate("LessonEditor", "Preview"))
        QtWidgets.QVBoxLayout(preview_box).addWidget(self.preview)
        edit_box = QtWidgets.QGroupBox(translate("LessonEditor", "Text"))
        edit_layout = QtWidgets.QVBoxLayout(edit_box)
        edit_layout.addWidget(self.text_edit)
        help_label = make_note(QtWidgets.QLabel(translate("LessonEditor", TEXT_HELP)))
        help_label.setWordWrap(True)
        edit_layout.addWidget(help_label)
        text_row.addWidget(edit_box, 1)
        text_row.addWidget(preview_box, 1)
        column.addLayout(text_row)

        question = QtWidgets.QGroupBox(translate("LessonEditor", "Question, asked before the run"))
        q_form = QtWidgets.QFormLayout(question)
        self.kind_combo = QtWidgets.QComboBox()
        self.kind_combo.setObjectName("questionKind")
        self.kind_combo.addItems([translate("LessonEditor", kind) for kind in QUESTION_KINDS])
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        q_form.addRow(translate("LessonEditor", "Kind"), self.kind_combo)
        about_row = QtWidgets.QHBoxLayout()
        self.about_combo = QtWidgets.QComboBox()
        self.about_combo.setObjectName("questionAbout")
        self.about_combo.currentIndexChanged.connect(self._about_changed)
        self.run_label = QtWidgets.QLabel(translate("LessonEditor", "run"))
        self.run_spin = QtWidgets.QSpinBox()
        self.run_spin.setObjectName("questionRun")
        self.run_spin.setMinimum(1)
        self.run_spin.valueChanged.connect(self._describe_run)
        about_row.addWidget(self.about_combo, 1)
        about_row.addWidget(self.run_label)
        about_row.addWidget(self.run_spin)
        q_form.addRow(translate("LessonEditor", "About"), about_row)
        self.run_description = QtWidgets.QLabel()
        self.run_description.setObjectName("questionRunDescription")
        self.run_description.setWordWrap(True)
        self.suggest_button = QtWidgets.QPushButton(translate("LessonEditor", "Suggest a question from the run"))
        self.suggest_button.setObjectName("questionSuggest")
        self.suggest_button.clicked.connect(self.suggest)
        q_form.addRow(translate("LessonEditor", "The studio's run"), self.run_description)
        q_form.addRow(self.suggest_button)
        self.prompt_edit = QtWidgets.QLineEdit()
        self.prompt_edit.setObjectName("questionPrompt")
        q_form.addRow(translate("LessonEditor", "Prompt"), self.prompt_edit)

        self.choices_box = QtWidgets.QWidget()
        choices = QtWidgets.QVBoxLayout(self.choices_box)
        choices.setContentsMargins(0, 0, 0, 0)
        self.answer_group = QtWidgets.QButtonGroup(self)
        self.rows_layout = QtWidgets.QVBoxLayout()
        choices.addLayout(self.rows_layout)
        self.add_choice_button = QtWidgets.QPushButton(translate("LessonEditor", "Add a choice"))
        self.add_choice_button.setObjectName("questionAddChoice")
        self.add_choice_button.clicked.connect(lambda: self._add_choice())
        choices.addWidget(self.add_choice_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        self.choices_label = QtWidgets.QLabel(translate("LessonEditor", "Choices (● the right one)"))
        q_form.addRow(self.choices_label, self.choices_box)

        self.number_box = QtWidgets.QWidget()
        number = QtWidgets.QHBoxLayout(self.number_box)
        number.setContentsMargins(0, 0, 0, 0)
        self.answer_edit = QtWidgets.QLineEdit()
        self.answer_edit.setObjectName("questionAnswer")
        self.tolerance_combo = QtWidgets.QComboBox()
        self.tolerance_combo.setObjectName("questionToleranceKind")
        self.tolerance_combo.addItem(translate("LessonEditor", "± (absolute)"), "absolute")
        self.tolerance_combo.addItem(translate("LessonEditor", "± % (relative)"), "relative")
        self.tolerance_edit = QtWidgets.QLineEdit()
        self.tolerance_edit.setObjectName("questionTolerance")
        number.addWidget(self.answer_edit, 1)
        number.addWidget(QtWidgets.QLabel(translate("LessonEditor", "within")))
        number.addWidget(self.tolerance_combo)
        number.addWidget(self.tolerance_edit, 1)
        self.number_label = QtWidgets.QLabel(translate("LessonEditor", "Answer"))
        q_form.addRow(self.number_label, self.number_box)
        self.why_edit = text_box(2, "questionWhy")
        self.why_label = QtWidgets.QLabel(translate("LessonEditor", "Why (shown with the verdict)"))
        q_form.addRow(self.why_label, self.why_edit)
        column.addWidget(question)

        extras = QtWidgets.QGroupBox(translate("LessonEditor", "Try this, and what to show"))
        e_form = QtWidgets.QFormLayout(extras)
        self.hint_edit = text_box(2, "stepHintEdit")
        e_form.addRow(translate("LessonEditor", "“Try this” hint"), self.hint_edit)
        self.overlay_combos: dict[str, QtWidgets.QComboBox] = {}
        for name, description in OVERLAYS.items():
            combo = QtWidgets.QComboBox()
            combo.setObjectName(f"stepOverlay_{name}")
            for text, value in OVERLAY_STATES:
                combo.addItem(translate("LessonEditor", text), value)
            combo.setToolTip(description)
            e_form.addRow(description[0].upper() + description[1:], combo)
            self.overlay_combos[name] = combo
        column.addWidget(extras)

        self.error = error_line("stepEditorError")
        outer.addWidget(self.error)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("stepEditorButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._kind_changed()

    def _fill(self, step: LessonStep) -> None:
        self.title_edit.setText(step.title)
        self.text_edit.setPlainText(step.text)
        self.hint_edit.setPlainText(step.hint)
        for name, combo in self.overlay_combos.items():
            select_data(combo, step.overlays.get(name))
        question = step.question
        if question is not None:
            self._show_question(question)
            self.why_edit.setPlainText(question.why)

    # ------------------------------------------------------------------ the set-up and its run
    def setup(self) -> StudioSession:
        """The step's set-up: the studio's, with the sections chosen, and no zoom (each
        student keeps the zoom their screen needs from step to step)."""
        setup = replace(self.full_setup, zoom=None)
        for key, check in self.section_checks.items():
            if not check.isChecked():
                setup = setup.with_section(key, None)
        return setup

    def _sections_changed(self) -> None:
        setup = self.setup()
        about = self.about_combo.currentData()
        self.about_combo.blockSignals(True)
        self.about_combo.clear()
        for name, quantity in QUANTITIES.items():
            if setup.section(quantity.section) is None:
                continue
            if quantity.source == "sweep" and setup.compare.sweep is None:
                continue
            self.about_combo.addItem(quantity.title, name)
        found = self.about_combo.findData(about)
        self.about_combo.setCurrentIndex(max(found, 0))
        self.about_combo.blockSignals(False)
        runs = len(setup.compare.runs) if setup.compare is not None else 1
        self.run_spin.setMaximum(max(runs, 1))
        self.outcome = None
        self.outcome_problem = ""
        self.job_id = self.runner.request(setup, supersede=False)
        self._about_changed()

    def _on_outcome(self, job_id: int, outcome: StepOutcome) -> None:
        if job_id != self.job_id:
            return
        self.outcome = outcome
        self._describe_run()
        self._resume()

    def _on_outcome_failed(self, job_id: int, message: str) -> None:
        if job_id != self.job_id:
            return
        self.outcome_problem = message
        self._describe_run()
        if self._waiting:
            self._waiting = ""
            self._show_error(translate("LessonEditor", "The step's runs cannot be made: {problem}").format(problem=message))

    def _resume(self) -> None:
        waiting, self._waiting = self._waiting, ""
        if waiting == "suggest":
            self.suggest()
        elif waiting == "accept":
            self.accept()

    def _describe_run(self) -> None:
        about = self.about_combo.currentData()
        if about is None:
            self.run_description.setText("")
        elif self.outcome_problem:
            self.run_description.setText(translate("LessonEditor", "cannot be made: {problem}").format(problem=self.outcome_problem))
        elif self.outcome is None:
            self.run_description.setText(translate("LessonEditor", "making the step's runs…"))
        else:
            run = self.run_spin.value() if QUANTITIES[about].per_run else None
            try:
                self.run_description.setText(sentence(self.outcome.describe(about, run)))
            except LessonError as error:
                self.run_description.setText(sentence(str(error)))

    # ------------------------------------------------------------------ the question
    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentIndex()
        asks = kind > 0
        for widget in (self.about_combo, self.run_description, self.suggest_button, self.prompt_edit, self.why_edit, self.why_label):
            widget.setEnabled(asks)
        multiple = kind == 1
        self.choices_box.setVisible(multiple)
        self.choices_label.setVisible(multiple)
        self.number_box.setVisible(kind == 2)
        self.number_label.setVisible(kind == 2)
        if multiple and not self.choice_rows:
            for _ in range(2):
                self._add_choice()
        self._about_changed()

    def _about_changed(self) -> None:
        about = self.about_combo.currentData()
        quantity = QUANTITIES.get(about) if about else None
        per_run = quantity is not None and quantity.per_run
        self.run_spin.setVisible(per_run)
        self.run_label.setVisible(per_run)
        for row in self.choice_rows:
            row.set_values(self._condition_values())
        self._describe_run()

    def _condition_values(self) -> list[tuple[str, Any]] | None:
        about = self.about_combo.currentData()
        if about is None:
            return None
        values = QUANTITIES[about].values
        if values == RUN_NUMBER:
            compare = self.setup().compare
            runs = compare.runs if compare is not None else ()
            each = translate("LessonEditor", "run {number}: {optimizer}, γ = {learning_rate}")
            return [(translate("LessonEditor", "no run (none converges)"), None)] + [
                (each.format(number=index, optimizer=run.optimizer, learning_rate=f"{run.learning_rate:g}"), index)
                for index, run in enumerate(runs, start=1)
            ]
        if values is None:
            return None
        return [(translate("LessonEditor", VALUE_TEXTS[value]) if value in VALUE_TEXTS else value, value) for value in values]

    def _add_choice(self) -> ChoiceEditRow | None:
        if len(self.choice_rows) >= MAX_CHOICES:
            return None
        row = ChoiceEditRow(self.answer_group, self._remove_choice)
        row.set_values(self._condition_values())
        self.rows_layout.addWidget(row)
        row.show()  # at once, not when the layout next runs: it may be clicked before
        self.choice_rows.append(row)
        self.add_choice_button.setEnabled(len(self.choice_rows) < MAX_CHOICES)
        return row

    def _remove_choice(self, row: ChoiceEditRow) -> None:
        self.choice_rows.remove(row)
        self.answer_group.removeButton(row.answer)
        row.hide()
        row.deleteLater()
        self.add_choice_button.setEnabled(True)

    def _clear_choices(self) -> None:
        for row in list(self.choice_rows):
            self._remove_choice(row)

    def _show_question(self, question: Question) -> None:
        """Fill the question's fields from ``question`` (a suggestion, or the step edited)."""
        self.kind_combo.setCurrentIndex(1 if question.multiple_choice else 2)
        self.about_combo.setCurrentIndex(max(self.about_combo.findData(question.about), 0))
        if question.run is not None:
            self.run_spin.setValue(question.run)
        self.prompt_edit.setText(question.prompt)
        if question.multiple_choice:
            self._clear_choices()
            for choice in question.choices:
                row = self._add_choice()
                row.text_edit.setText(choice.text)
                row.set_condition(choice.when)
                row.answer.setChecked(choice.text == question.answer)
        else:
            self.answer_edit.setText(number_text(float(question.answer)))
            tolerance = question.tolerance
            relative = tolerance.relative is not None
            self.tolerance_combo.setCurrentIndex(1 if relative else 0)
            self.tolerance_edit.setText(number_text(100 * tolerance.relative) if relative else number_text(tolerance.absolute))

    def suggest(self) -> None:
        """A question about the quantity chosen whose answer is what the run gives."""
        about = self.about_combo.currentData()
        if about is None:
            return
        if self.kind_combo.currentIndex() == 0:
            self.kind_combo.setCurrentIndex(1 if not QUANTITIES[about].numeric else 2)
        if self.outcome is None:
            if self.outcome_problem:
                self._show_error(
                    translate("LessonEditor", "The step's runs cannot be made: {problem}").format(problem=self.outcome_problem)
                )
            else:
                self._waiting = "suggest"
                self.run_description.setText(translate("LessonEditor", "making the step's runs…"))
            return
        run = self.run_spin.value() if QUANTITIES[about].per_run else None
        try:
            question = suggested_question(self.outcome, about, run, self.prompt_edit.text().strip())
        except LessonError as error:
            self._show_error(sentence(str(error)))
            return
        self.error.hide()
        self._show_question(question)

    # ------------------------------------------------------------------ the step
    def _question_dict(self) -> dict[str, Any] | None:
        kind = self.kind_combo.currentIndex()
        if kind == 0:
            return None
        about = self.about_combo.currentData()
        data: dict[str, Any] = {"prompt": self.prompt_edit.text().strip(), "about": about}
        if QUANTITIES[about].per_run:
            data["run"] = self.run_spin.value()
        if kind == 1:
            choices = []
            for index, row in enumerate(self.choice_rows, start=1):
                condition = row.condition()
                if isinstance(condition, str) and row.condition_host.currentWidget() is row.condition_edit:
                    condition = condition_from_text(
                        condition, translate("LessonEditor", "choice {number}'s condition").format(number=index)
                    )
                choices.append({"text": row.text_edit.text().strip(), "when": condition})
            data["choices"] = choices
            data["answer"] = next((row.text_edit.text().strip() for row in self.choice_rows if row.answer.isChecked()), "")
        else:
            data["answer"] = _typed_number(self.answer_edit.text().strip(), translate("LessonEditor", "the answer"))
            value = _typed_number(self.tolerance_edit.text().strip(), translate("LessonEditor", "the tolerance"))
            kind_key = self.tolerance_combo.currentData()
            data["tolerance"] = {kind_key: value / 100 if kind_key == "relative" else value}
        why = self.why_edit.toPlainText().strip()
        if why:
            data["why"] = why.split("\n")
        return data

    def step_dict(self) -> dict[str, Any]:
        """The step as a lesson file holds it (raises ValueError for a number typed wrong)."""
        data: dict[str, Any] = {
            "title": self.title_edit.text().strip(),
            "text": self.text_edit.toPlainText().strip().split("\n"),
            "setup": studio_session_to_dict(self.setup(), header=False),
        }
        question = self._question_dict()
        if question is not None:
            data["question"] = question
        hint = self.hint_edit.toPlainText().strip()
        if hint:
            data["hint"] = hint.split("\n")
        overlays = {name: combo.currentData() for name, combo in self.overlay_combos.items() if combo.currentData() is not None}
        if overlays:
            data["overlays"] = overlays
        return data

    def accept(self) -> None:
        try:
            step = step_from_dict(self.step_dict(), self.number)
        except (LessonError, ValueError) as error:
            self._show_error(sentence(str(error)))
            return
        if step.question is not None:
            if self.outcome_problem:
                self._show_error(
                    translate("LessonEditor", "The step's runs cannot be made: {problem}").format(problem=self.outcome_problem)
                )
                return
            if self.outcome is None:
                self._waiting = "accept"
                self._show_error(translate("LessonEditor", "Checking the answer against the studio's run…"))
                return
            problem = answer_problem(step.question, self.outcome)
            if problem is not None:
                self._show_error(sentence(problem))
                return
        self.step = step
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _preview(self) -> None:
        self.preview.setText(lesson_html(self.text_edit.toPlainText()))

    def done(self, result: int) -> None:
        if self.runner is not None:  # the runner outlives the dialog: stop listening to it
            self.runner.outcome_ready.disconnect(self._on_outcome)
            self.runner.outcome_failed.disconnect(self._on_outcome_failed)
            self.runner = None
        super().done(result)


def step_summary(number: int, step: LessonStep) -> str:
    """A step as one line of the step list."""
    question = step.question
    asks = translate("LessonEditor", "no question") if question is None else QUANTITIES[question.about].title
    return f"{number}. {step.title}  ({asks})"


class LessonEditorDialog(QtWidgets.QDialog):
    """The lesson being written: its details and its steps (edit, delete, reorder).
    ``add_step()`` and ``edit_step(index)`` open the step editor; ``save()`` saves."""

    def __init__(
        self,
        draft: LessonDraft,
        add_step: Callable[[], bool],
        edit_step: Callable[[int], bool],
        save: Callable[[], bool],
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("lessonEditorDialog")
        self.setWindowTitle(translate("LessonEditor", "Edit lesson"))
        self.draft = draft
        self._add_step, self._edit_step, self._save = add_step, edit_step, save
        layout = QtWidgets.QVBoxLayout(self)
        form = QtWidgets.QFormLayout()
        self.title_edit = QtWidgets.QLineEdit(draft.title)
        self.title_edit.setObjectName("lessonTitleEdit")
        self.author_edit = QtWidgets.QLineEdit(draft.author)
        self.author_edit.setObjectName("lessonAuthorEdit")
        self.description_edit = text_box(2, "lessonDescriptionEdit")
        self.description_edit.setPlainText(draft.description)
        form.addRow(translate("LessonEditor", "Title"), self.title_edit)
        form.addRow(translate("LessonEditor", "Author"), self.author_edit)
        form.addRow(translate("LessonEditor", "Description"), self.description_edit)
        layout.addLayout(form)
        row = QtWidgets.QHBoxLayout()
        self.step_list = QtWidgets.QListWidget()
        self.step_list.setObjectName("lessonStepList")
        self.step_list.itemDoubleClicked.connect(lambda _item: self.edit())
        row.addWidget(self.step_list, 1)
        buttons = QtWidgets.QVBoxLayout()
        self.step_buttons = {}
        for key, text, slot in (
            ("add", translate("LessonEditor", "Add the current set-up…"), self.add),
            ("edit", translate("LessonEditor", "Edit…"), self.edit),
            ("delete", translate("LessonEditor", "Delete"), self.delete),
            ("up", translate("LessonEditor", "Move up"), lambda: self.move(-1)),
            ("down", translate("LessonEditor", "Move down"), lambda: self.move(1)),
        ):
            button = QtWidgets.QPushButton(text)
            button.setObjectName(f"lessonStep_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.step_buttons[key] = button
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)
        self.error = error_line("lessonEditorError")
        layout.addWidget(self.error)
        box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.save_button = box.addButton(translate("LessonEditor", "Save lesson…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("lessonSave")
        self.save_button.clicked.connect(self.save)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.step_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.refresh()
        fit_dialog(self, 46, 34)

    def refresh(self, selected: int | None = None) -> None:
        self.step_list.clear()
        for number, step in enumerate(self.draft.steps, start=1):
            self.step_list.addItem(step_summary(number, step))
        if self.draft.steps:
            self.step_list.setCurrentRow(min(selected if selected is not None else 0, len(self.draft.steps) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.step_list.currentRow()
        chosen = 0 <= row < len(self.draft.steps)
        self.step_buttons["edit"].setEnabled(chosen)
        self.step_buttons["delete"].setEnabled(chosen)
        self.step_buttons["up"].setEnabled(chosen and row > 0)
        self.step_buttons["down"].setEnabled(chosen and row + 1 < len(self.draft.steps))

    def _take_details(self) -> bool:
        title, author, description = (
            self.title_edit.text().strip(),
            self.author_edit.text().strip(),
            self.description_edit.toPlainText().strip(),
        )
        problem = details_problem(title, author, description)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return False
        self.error.hide()
        if (title, author, description) != (self.draft.title, self.draft.author, self.draft.description):
            self.draft.title, self.draft.author, self.draft.description = title, author, description
            self.draft.changed = True
        return True

    def add(self) -> None:
        if self._add_step():
            self.refresh(len(self.draft.steps) - 1)

    def edit(self) -> None:
        row = self.step_list.currentRow()
        if 0 <= row < len(self.draft.steps) and self._edit_step(row):
            self.refresh(row)

    def delete(self) -> None:
        row = self.step_list.currentRow()
        if 0 <= row < len(self.draft.steps):
            del self.draft.steps[row]
            self.draft.changed = True
            self.refresh(row)

    def move(self, offset: int) -> None:
        row = self.step_list.currentRow()
        target = row + offset
        if 0 <= row < len(self.draft.steps) and 0 <= target < len(self.draft.steps):
            steps = self.draft.steps
            steps[row], steps[target] = steps[target], steps[row]
            self.draft.changed = True
            self.refresh(target)

    def save(self) -> None:
        if self._take_details():
            self._save()

    def reject(self) -> None:
        if self._take_details():
            super().reject()
