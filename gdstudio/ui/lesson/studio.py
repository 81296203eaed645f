"""What the shell holds of lessons: the lesson dock, its actions and menu, and the
lesson being written.

The shell makes one :class:`LessonStudio` with its tabs and two callables (load a
set-up into the studio, read the studio's set-up) and puts its actions in its menus:
``open_action`` (File → Open lesson…, Ctrl+L), ``panel_action`` (View → Lesson
panel) and ``menu`` (Lessons: the built-in lessons, New lesson, Add current set-up as
a step, Edit lesson…, Save lesson…).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio.core.lesson import (
    LESSON_SUFFIX,
    Lesson,
    LessonError,
    builtin_lessons_for,
    lesson_from_text,
    lesson_text,
    load_builtin_lesson,
    load_lesson,
    validate_lesson,
)
from gdstudio.core.session import StudioSession
from gdstudio.export.files import ExportError, write_text
from gdstudio.ui.common.language import current_language
from gdstudio.ui.common.tab import StudioContext, StudioTab
from gdstudio.ui.lesson.editor import LessonDetailsDialog, LessonDraft, LessonEditorDialog, StepEditorDialog, sentence
from gdstudio.ui.lesson.panel import LessonPanel
from gdstudio.ui.lesson.runner import StepRunner

translate = QtCore.QCoreApplication.translate

DOCK_WIDTH = 320  # at 100 %: the tabs keep Play, Step and Reset in view beside it at 1280×720
# the dock grows with the zoom up to this share of the window (never below DOCK_WIDTH): on a
# 1280-pixel projector at 175 % the tabs' plots keep the rest
DOCK_SHARE = 0.3


def lesson_filter() -> str:
    """The file dialogs' filter: lesson files, JSON files, all files."""
    text = translate("LessonStudio", "gdstudio lessons ({pattern});;JSON files (*.json);;All files (*)")
    return text.format(pattern=f"*{LESSON_SUFFIX}")


def file_name(title: str) -> str:
    """A file name from a lesson's title: "Learning rates" → learning-rates.gdstudio-lesson.json."""
    stem = re.sub(r"[^0-9A-Za-z]+", "-", title).strip("-").lower()[:60] or "lesson"
    return stem + LESSON_SUFFIX


class LessonStudio(QtCore.QObject):
    """The lesson dock on the right of ``window``, its actions, and authoring."""

    def __init__(
        self,
        window: QtWidgets.QMainWindow,
        context: StudioContext,
        tabs: Mapping[str, StudioTab],
        apply_setup: Callable[[StudioSession], None],
        current_setup: Callable[[], StudioSession],
    ):
        super().__init__(window)
        self.window = window
        self.context = context
        self.tabs = tabs
        self.current_setup = current_setup
        self.draft: LessonDraft | None = None
        self.lesson_path: Path | None = None  # the file the panel's lesson came from (None: built in, or a draft)
        self.runner = StepRunner(self)
        self.panel = LessonPanel(tabs, apply_setup, current_setup, self.runner)
        self.dock = QtWidgets.QDockWidget(translate("LessonStudio", "Lesson"), window)
        self.dock.setObjectName("lessonDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea | QtCore.Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        # after the window has laid out what changed (a resize, the new font)
        self.dock.visibilityChanged.connect(lambda visible: visible and QtCore.QTimer.singleShot(0, self, self._fit_dock))
        context.zoom_changed.connect(self._follow_zoom)

        self.panel_action = self.dock.toggleViewAction()
        self.panel_action.setText(translate("LessonStudio", "&Lesson panel"))
        self.panel_action.setStatusTip(translate("LessonStudio", "show or hide the lesson beside the tabs"))
        self.open_action = self._action(
            translate("LessonStudio", "Open &lesson…"), self.open_lesson_dialog, "Ctrl+L", translate("LessonStudio", "open a lesson file")
        )
        self.builtin_actions = []
        # the interface's language first, then the English lessons not translated into it
        for lesson in builtin_lessons_for(current_language()):
            action = self._action(lesson.title, lambda _checked=False, name=lesson.name: self.open_builtin(name))
            action.setObjectName(f"builtinLesson_{lesson.name}")
            self.builtin_actions.append(action)
        self.new_action = self._action(
            translate("LessonStudio", "&New lesson…"), self.new_lesson, tip=translate("LessonStudio", "start writing a lesson of your own")
        )
        self.add_step_action = self._action(
            translate("LessonStudio", "&Add current set-up as a step…"),
            self.add_current_setup,
            tip=translate("LessonStudio", "the studio as it is now becomes the lesson's next step"),
        )
        self.edit_action = self._action(
            translate("LessonStudio", "&Edit lesson…"),
            self.edit_lesson,
            tip=translate("LessonStudio", "the lesson's details and steps: edit, delete, reorder"),
        )
        self.save_action = self._action(
            translate("LessonStudio", "&Save lesson…"),
            self.save_lesson,
            tip=translate("LessonStudio", "check every answer against the studio's runs, then save"),
        )
        self.menu = QtWidgets.QMenu(translate("LessonStudio", "&Lessons"), window)
        self.menu.setObjectName("lessonsMenu")
        for action in self.builtin_actions:
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.panel_action)
        self.menu.addSeparator()
        for action in (self.new_action, self.add_step_action, self.edit_action, self.save_action):
            self.menu.addAction(action)

    def _action(self, text: str, slot, shortcut: str | None = None, tip: str | None = None) -> QtGui.QAction:
        action = QtGui.QAction(text, self.window)
        if shortcut:
            action.setShortcut(QtGui.QKeySequence(shortcut))
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def actions(self) -> tuple[QtGui.QAction, ...]:
        """The actions with shortcuts, for the window to hold (so they work with the menus closed)."""
        return (self.open_action,)

    def _follow_zoom(self, _zoom: float) -> None:
        # the dock's title has a font of its own from the platform (QApplication.font("QDockWidget")),
        # which the interface zoom leaves alone: it takes the zoomed interface font
        self.dock.setFont(QtWidgets.QApplication.font())
        QtCore.QTimer.singleShot(0, self, self._fit_dock)

    def dock_width(self) -> int:
        """DOCK_WIDTH at the zoom, at most DOCK_SHARE of the window (and never below DOCK_WIDTH)."""
        return round(max(DOCK_WIDTH, min(DOCK_WIDTH * self.context.zoom, DOCK_SHARE * self.window.width())))

    def _fit_dock(self) -> None:
        """The dock as wide as :meth:`dock_width`, or as wide as the tabs leave it."""
        if not self.dock.isVisible() or self.dock.isFloating():
            return
        width = self.dock_width()
        self.window.resizeDocks([self.dock], [width], QtCore.Qt.Orientation.Horizontal)
        tabs = self.window.centralWidget().minimumSizeHint().width()
        if self.dock.width() < 0.8 * width or tabs + self.dock.width() > self.window.width():
            self._say(
                translate(
                    "LessonStudio",
                    "The tabs leave the lesson panel little room at this zoom: "
                    "View → Side panel (Ctrl+B) hides their settings to give it more.",
                ),
                8000,
            )

    def stop(self) -> None:
        self.runner.stop()

    def _say(self, text: str, milliseconds: int = 5000) -> None:
        self.context.show_message(text, milliseconds)

    def _warn(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.warning(self.window, title, text)

    # ------------------------------------------------------------------ opening
    def show_lesson(self, lesson: Lesson, index: int = 0) -> None:
        """Show ``lesson`` in the panel from step ``index``, the dock opened."""
        self.dock.show()
        self.panel.set_lesson(lesson, index)
        self._say(
            translate("LessonStudio", "Lesson “{title}”: {count} steps. Answer each question before you press Play.").format(
                title=lesson.title, count=len(lesson.steps)
            ),
            6000,
        )

    def open_lesson_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window, translate("LessonStudio", "Open lesson"), self.context.last_folder(), lesson_filter()
        )
        if path:
            self.open_lesson(path)

    def open_lesson(self, path: str | os.PathLike) -> bool:
        """Open a lesson file; a bad one is refused with one sentence and changes nothing."""
        try:
            lesson = load_lesson(path)
        except LessonError as error:
            self._warn(translate("LessonStudio", "Cannot open the lesson"), sentence(str(error)))
            return False
        self.context.remember_folder(path)
        self.lesson_path = Path(path)
        self.show_lesson(lesson)
        return True

    def open_builtin(self, name: str) -> bool:
        try:
            lesson = load_builtin_lesson(name)
        except LessonError as error:  # a broken installation: say so, as for a file
            self._warn(translate("LessonStudio", "Cannot open the lesson"), sentence(str(error)))
            return False
        self.lesson_path = None
        self.show_lesson(lesson)
        return True

    # ------------------------------------------------------------------ writing a lesson
    def _keep_unsaved(self) -> bool:
        """True when the person wants to keep a lesson being written that is not saved."""
        if self.draft is None or not self.draft.changed or not self.draft.steps:
            return False
        answer = QtWidgets.QMessageBox.question(
            self.window,
            translate("LessonStudio", "Start a new lesson"),
            translate("LessonStudio", "“{title}” has steps that are not saved. Start a new lesson anyway?").format(title=self.draft.title),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,
        )
        return answer != QtWidgets.QMessageBox.StandardButton.Yes

    def new_lesson(self) -> bool:
        """Lessons → New lesson: its title (and author, description); then add steps."""
        if self._keep_unsaved():
            return False
        dialog = LessonDetailsDialog(parent=self.window)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return False
        title, author, description = dialog.values()
        self.draft = LessonDraft(title, author, description, changed=True)
        self._say(
            translate("LessonStudio", "New lesson “{title}”: set the studio up, then Lessons → Add current set-up as a step.").format(
                title=title
            ),
            8000,
        )
        return True

    def _tab_titles(self) -> dict[str, str]:
        return {key: tab.title for key, tab in self.tabs.items()}

    def add_current_setup(self) -> bool:
        """The studio's set-up as the next step of the lesson being written (a new lesson
        is started first when there is none)."""
        if self.draft is None and not self.new_lesson():
            return False
        number = len(self.draft.steps) + 1
        dialog = StepEditorDialog(self.current_setup(), self.runner, number, tab_titles=self._tab_titles(), parent=self.window)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return False
        self.draft.steps.append(dialog.step)
        self.draft.changed = True
        self._say(
            translate("LessonStudio", "Step {number} added to “{title}”. Lessons → Save lesson… writes the file.").format(
                number=number, title=self.draft.title
            ),
            6000,
        )
        return True

    def edit_step(self, index: int) -> bool:
        step = self.draft.steps[index]
        dialog = StepEditorDialog(step.setup, self.runner, index + 1, step, tab_titles=self._tab_titles(), parent=self.window)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return False
        self.draft.steps[index] = dialog.step
        self.draft.changed = True
        return True

    def edit_lesson(self) -> None:
        """The lesson being written, or (when none is) a copy of the lesson open in the panel."""
        if self.draft is None:
            if self.panel.lesson is not None:
                self.draft = LessonDraft.from_lesson(self.panel.lesson, self.lesson_path)
            elif not self.new_lesson():
                return
        dialog = LessonEditorDialog(self.draft, self.add_current_setup, self.edit_step, self.save_lesson, parent=self.window)
        dialog.exec()

    def _outcomes(self, lesson: Lesson):
        """Every step's runs, made in the runner's thread with a progress dialog: a list
        of outcomes (None for a step without a question), the problems of steps whose
        runs cannot be made, or None when cancelled."""
        outcomes = [None] * len(lesson.steps)
        failures: dict[int, str] = {}
        pending = {}
        for index, step in enumerate(lesson.steps):
            if step.question is not None:
                pending[self.runner.request(step.setup, supersede=False)] = index
        total = len(pending)
        progress = QtWidgets.QProgressDialog(
            translate("LessonStudio", "Checking every answer against the studio's runs…"),
            translate("LessonStudio", "Cancel"),
            0,
            max(total, 1),
            self.window,
        )
        progress.setWindowTitle(translate("LessonStudio", "Save lesson"))
        progress.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        loop = QtCore.QEventLoop()

        def arrived(job_id: int, outcome=None, message: str = "") -> None:
            index = pending.pop(job_id, None)
            if index is None:
                return
            if message:
                failures[index] = message
            else:
                outcomes[index] = outcome
            progress.setValue(total - len(pending))
            if not pending:
                loop.quit()

        def ready(job_id: int, outcome) -> None:
            arrived(job_id, outcome)

        def failed(job_id: int, message: str) -> None:
            arrived(job_id, message=message)

        self.runner.outcome_ready.connect(ready)
        self.runner.outcome_failed.connect(failed)
        progress.canceled.connect(loop.quit)
        try:
            if pending:
                loop.exec()
        finally:
            self.runner.outcome_ready.disconnect(ready)
            self.runner.outcome_failed.disconnect(failed)
            cancelled = bool(pending)
            progress.close()
        if cancelled:
            return None, {}
        return outcomes, failures

    def save_lesson(self) -> bool:
        """Check the lesson (the file reads back; every answer agrees with its run), then
        write it where the person says, atomically."""
        draft = self.draft
        if draft is None or not draft.steps:
            self._warn(
                translate("LessonStudio", "Save lesson"),
                translate("LessonStudio", "The lesson has no steps yet: set the studio up, then Lessons → Add current set-up as a step."),
            )
            return False
        lesson = draft.lesson()
        try:
            text = lesson_text(lesson)
            lesson_from_text(text)
        except LessonError as error:
            self._warn(translate("LessonStudio", "Cannot save the lesson"), "\n".join(sentence(problem) for problem in error.problems))
            return False
        outcomes, failures = self._outcomes(lesson)
        if outcomes is None:
            self._say(translate("LessonStudio", "Saving cancelled: nothing was written."), 4000)
            return False
        problems = [
            translate("LessonStudio", "step {number}: {problem}").format(number=index + 1, problem=message)
            for index, message in sorted(failures.items())
        ]
        if not problems:
            problems = validate_lesson(lesson, outcomes)
        if problems:
            self._warn(translate("LessonStudio", "Cannot save the lesson"), "\n".join(sentence(problem) for problem in problems))
            return False
        default = str(draft.path or Path(self.context.last_folder()) / file_name(draft.title))
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, translate("LessonStudio", "Save lesson"), default, lesson_filter())
        if not path:
            return False
        if not path.endswith(LESSON_SUFFIX):
            path = path.removesuffix(".json") + LESSON_SUFFIX
        try:
            write_text(path, text)
        except ExportError as error:
            self._warn(translate("LessonStudio", "Cannot save the lesson"), sentence(str(error)))
            return False
        draft.path = Path(path)
        draft.changed = False
        self.context.remember_folder(path)
        self._say(
            translate("LessonStudio", "Saved {name}: {count} steps.").format(name=Path(path).name, count=len(lesson.steps)),
            5000,
        )
        return True
