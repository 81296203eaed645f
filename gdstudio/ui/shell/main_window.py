"""The studio's main window: a shell of menus, a status bar and sessions around the tabs.

The shell knows no tab's fields. It talks to every tab through the tab contract
(:class:`~gdstudio.ui.common.tab.StudioTab`): sessions are made of the tabs'
sections, the Run menu drives the tab that is shown, Export lists that tab's
export kinds, the View menu shows that tab's own actions and the status bar its
numbers. What tabs share goes through the :class:`~gdstudio.ui.common.tab.StudioContext`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio import APPLICATION_NAME
from gdstudio.core.session import (
    SECTIONS,
    SESSION_SUFFIX,
    SessionError,
    StudioSession,
    load_studio_session,
    studio_session_from_text,
    studio_session_text,
)
from gdstudio.export.files import ExportError, write_text
from gdstudio.ui.common.tab import StudioContext, StudioTab
from gdstudio.ui.common.theme import PlotBackground
from gdstudio.ui.common.zoom import PRESENTATION_ZOOM, apply_interface_zoom, clamp_zoom, next_zoom, restyle_notes
from gdstudio.ui.compare.tab import CompareTab
from gdstudio.ui.function.tab import FunctionTab
from gdstudio.ui.lesson.studio import LessonStudio
from gdstudio.ui.mlp.tab import MLPTab
from gdstudio.ui.shell.desktop import application_icon
from gdstudio.ui.shell.help import HelpMenu
from gdstudio.ui.surface.tab import SurfaceTab

# the tabs, in the order they are shown; a new tab is one more entry here
TAB_CLASSES: tuple[type[StudioTab], ...] = (FunctionTab, MLPTab, CompareTab, SurfaceTab)
PNG_SCALES = (1.0, 2.0, 3.0, 4.0)


class MainWindow(QtWidgets.QMainWindow):
    """The studio window. ``MainWindow()`` needs no arguments."""

    def __init__(self, settings: QtCore.QSettings | None = None, restore: bool = True):
        super().__init__()
        self.setWindowTitle(APPLICATION_NAME)
        self.setWindowIcon(application_icon())
        self.settings_store = settings or QtCore.QSettings()
        self.context = StudioContext(self.settings_store, self)
        self.session_path: Path | None = None
        self.zoom = 1.0
        self.presenting = False
        self._before_presentation = None

        self.mode_tabs = QtWidgets.QTabWidget()
        self.mode_tabs.setObjectName("modeTabs")
        self.mode_tabs.setDocumentMode(True)
        self.tabs: dict[str, StudioTab] = {}
        for tab_class in TAB_CLASSES:
            tab = tab_class(self.context)
            self.tabs[tab.key] = tab
            self.mode_tabs.addTab(tab, tab.title)
        self.setCentralWidget(self.mode_tabs)
        self.resize(*self._first_size())

        self._build_status_bar()
        self._build_actions()
        self._build_lessons()
        self.context.message_posted.connect(lambda text, milliseconds: self.statusBar().showMessage(text, milliseconds))
        self.context.tab_requested.connect(self.show_tab)
        self.context.setup_requested.connect(self.apply_session)
        self.context.section_changed.connect(lambda _key: self._remember_session())
        self.mode_tabs.currentChanged.connect(self._on_tab_changed)
        self._on_tab_changed(self.mode_tabs.currentIndex())
        restored = self._restored_session() if restore else None
        for key, tab in self.tabs.items():
            tab.begin(restored.section(key) if restored is not None and key in SECTIONS else None)
        self._restore_geometry()
        self.set_zoom(self._remembered_zoom(), remember=False)
        if restored is not None:
            self.show_tab(restored.tab)
        self.mode_tabs.currentChanged.connect(lambda _index: self._remember_session())

    # ------------------------------------------------------------------ tabs
    def tab(self, key: str) -> StudioTab:
        return self.tabs[key]

    def current_tab(self) -> StudioTab:
        return self.mode_tabs.currentWidget()

    def show_tab(self, key: str) -> None:
        if key in self.tabs:
            self.mode_tabs.setCurrentWidget(self.tabs[key])

    def _on_tab_changed(self, _index: int) -> None:
        """The View menu's tab entries, their shortcuts and the status bar's numbers follow the tab shown."""
        current = self.current_tab()
        for tab in self.tabs.values():
            shown = tab is current
            for action in tab.view_actions():
                action.setVisible(shown)
                action.setEnabled(shown)
            for widget in tab.status_widgets():
                widget.setVisible(shown)

    # ------------------------------------------------------------------ layout
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        for tab in self.tabs.values():
            for widget in tab.status_widgets():
                stretch = int(widget.property("statusStretch") or 0)
                if stretch:
                    bar.addWidget(widget, stretch)  # a passing message covers it, then it is back
                else:
                    bar.addPermanentWidget(widget)

    def _action(self, menu, text, slot, shortcut=None, tip=None) -> QtGui.QAction:
        action = QtGui.QAction(text, self)
        if shortcut:
            action.setShortcut(QtGui.QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self._action(file_menu, "&Open session…", self.open_session_dialog, QtGui.QKeySequence.StandardKey.Open)
        self.save_action = self._action(file_menu, "&Save session", self.save_session, QtGui.QKeySequence.StandardKey.Save)
        self._action(file_menu, "Save session &as…", self.save_session_as, "Ctrl+Shift+S")
        file_menu.addSeparator()
        self._action(file_menu, "&Export…", self.export_dialog, "Ctrl+E", "export the plots, the trajectory or the run")
        scale_menu = file_menu.addMenu("PNG export scale")
        group = QtGui.QActionGroup(self)
        for scale in PNG_SCALES:
            action = QtGui.QAction(f"{scale:g}×", self, checkable=True)
            action.setChecked(scale == self.context.png_scale)
            action.triggered.connect(lambda _checked=False, s=scale: setattr(self.context, "png_scale", s))
            group.addAction(action)
            scale_menu.addAction(action)
        self._add_choice_menu(
            file_menu,
            "Export size",
            "export/size",
            "export_size",
            (("figure", "&Figure (PNG scale applies)"), ("slide", "&Slide, 1920 × 1080")),
        )
        self._add_choice_menu(file_menu, "Export theme", "export/theme", "export_theme", (("light", "&Light"), ("dark", "&Dark")))
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QtGui.QKeySequence.StandardKey.Quit)
        run_menu = menu.addMenu("&Run")
        self.play_action = self._action(run_menu, "Play / Pause", lambda: self.current_tab().toggle_play(), "Space")
        self._action(run_menu, "Step", lambda: self.current_tab().step_once(), "Right")
        self._action(run_menu, "Reset", lambda: self.current_tab().reset_run(), "R")
        run_menu.addSeparator()
        self._action(run_menu, "Step back", lambda: self.current_tab().step_back(), "Left", "the stored step before the one shown")
        self._action(run_menu, "Go to the start", lambda: self.current_tab().go_to_start(), "Home", "t = 0 of the run")
        self._action(run_menu, "Go to the latest step", lambda: self.current_tab().go_to_end(), "End", "the newest step")
        self.view_menu = view_menu = menu.addMenu("&View")
        for tab in self.tabs.values():
            for action in tab.view_actions():
                view_menu.addAction(action)
                self.addAction(action)
        view_menu.addSeparator()
        zoom_in = self._action(view_menu, "Zoom &In", lambda: self.set_zoom(next_zoom(self.zoom, 1)), QtGui.QKeySequence.StandardKey.ZoomIn)
        # Ctrl++ needs Shift on many keyboards: Ctrl+= does the same
        zoom_in.setShortcuts([QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.ZoomIn), QtGui.QKeySequence("Ctrl+=")])
        self._action(view_menu, "Zoom &Out", lambda: self.set_zoom(next_zoom(self.zoom, -1)), QtGui.QKeySequence.StandardKey.ZoomOut)
        self._action(view_menu, "&Actual Size", lambda: self.set_zoom(1.0), "Ctrl+0")
        self.presentation_action = self._action(
            view_menu,
            "&Presentation mode",
            self.toggle_presentation,
            "F11",
            "full screen, large text and high-contrast notes for a lecture",
        )
        self.presentation_action.setCheckable(True)
        self.side_panel_action = self._action(
            view_menu, "Side &panel", self.toggle_side_panels, "Ctrl+B", "show or hide the settings column"
        )
        self.side_panel_action.setCheckable(True)
        self.side_panel_action.setChecked(True)
        view_menu.addSeparator()
        self.plot_background = PlotBackground(self, self.settings_store)  # dark, light or the system's
        self.plot_background.add_menu(view_menu)
        self.plot_background.apply()
        help_menu = menu.addMenu("&Help")
        self.help = HelpMenu(self)
        self._action(help_menu, "&Guide", self.help.show_guide, "F1", "what the app teaches: the update rule, γ, why a run stops")
        help_menu.addSeparator()
        self._action(help_menu, f"&About {APPLICATION_NAME}", self.help.show_about)
        for action in self.actions():
            # Space, → and R belong to a text field while it has the focus
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)

    def _add_choice_menu(self, parent: QtWidgets.QMenu, title: str, key: str, attribute: str, choices) -> QtWidgets.QMenu:
        """A submenu of exclusive choices kept on the context (``attribute``) and in the settings (``key``)."""
        menu = parent.addMenu(title)
        group = QtGui.QActionGroup(self)
        remembered = str(self.settings_store.value(key, getattr(self.context, attribute)))
        values = [value for value, _text in choices]
        setattr(self.context, attribute, remembered if remembered in values else values[0])
        for value, text in choices:
            action = QtGui.QAction(text, self, checkable=True)
            action.setChecked(value == getattr(self.context, attribute))
            action.setObjectName(f"{attribute}_{value}")

            def choose(_checked=False, value=value):
                setattr(self.context, attribute, value)
                self.settings_store.setValue(key, value)

            action.triggered.connect(choose)
            group.addAction(action)
            menu.addAction(action)
        return menu

    # ------------------------------------------------------------------ lessons
    def _build_lessons(self) -> None:
        """The lesson panel (a dock on the right), File → Open lesson… (Ctrl+L), View →
        Lesson panel and the Lessons menu, before Help."""
        self.lessons = LessonStudio(self, self.context, self.tabs, self.apply_session, self.current_session)
        file_menu = next(m for m in self.save_action.associatedObjects() if isinstance(m, QtWidgets.QMenu))
        file_menu.insertAction(self.save_action, self.lessons.open_action)
        view_actions = self.view_menu.actions()
        after_side_panel = view_actions[view_actions.index(self.side_panel_action) + 1 :]
        self.view_menu.insertAction(after_side_panel[0] if after_side_panel else None, self.lessons.panel_action)
        self.menuBar().insertMenu(self.menuBar().actions()[-1], self.lessons.menu)
        self.addActions(self.lessons.actions())

    def open_lesson(self, path: str | os.PathLike) -> bool:
        """Open a lesson file in the lesson panel (a bad file: one sentence, nothing changed)."""
        return self.lessons.open_lesson(path)

    # ------------------------------------------------------------------ zoom
    def set_zoom(self, zoom: float, remember: bool = True) -> None:
        """Interface text, plots and fixed sizes at ``zoom`` (80 % … 250 %), for every tab."""
        zoom = clamp_zoom(zoom)
        self.zoom = zoom
        apply_interface_zoom(zoom)
        self.context.set_zoom(zoom)
        for tab in self.tabs.values():
            tab.set_zoom(zoom)
        if remember:
            self.settings_store.setValue("view/zoom", zoom)
            self.statusBar().showMessage(f"Zoom {round(zoom * 100)} %", 2000)

    def toggle_side_panels(self) -> None:
        """Show or hide every tab's settings column (the plots take the room; the Run menu,
        Space, → and R still drive the runs)."""
        shown = self.side_panel_action.isChecked()
        for tab in self.tabs.values():
            panel = tab.side_panel()
            if panel is not None:
                panel.setVisible(shown)

    def toggle_presentation(self) -> None:
        self.set_presentation(not self.presenting)

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: full screen, the zoom at least PRESENTATION_ZOOM, notes upright
        and in the full text colour. Leaving it puts the window and the zoom back."""
        if on == self.presenting:
            return
        self.presenting = on
        self.presentation_action.setChecked(on)
        if on:
            self._before_presentation = (self.zoom, self.saveGeometry(), self.isMaximized())
            self.showFullScreen()
            self.set_zoom(max(self.zoom, PRESENTATION_ZOOM), remember=False)
        else:
            zoom, geometry, maximized = self._before_presentation
            self.showNormal()
            self.restoreGeometry(geometry)
            if maximized:
                self.showMaximized()
            self.set_zoom(zoom, remember=False)
        restyle_notes(self, high_contrast=on)

    # ------------------------------------------------------------------ sessions
    def current_session(self) -> StudioSession:
        """The whole studio as a session: every tab's section, the tab shown and the zoom."""
        session = StudioSession(tab=self.current_tab().key, zoom=self.zoom)
        for key, tab in self.tabs.items():
            section = tab.session_section()
            if key in SECTIONS and section is not None:
                session = session.with_section(key, section)
        return session

    def apply_session(self, session: StudioSession) -> None:
        """Give each tab its section (tabs without one keep what they show), then show
        the session's tab at its zoom."""
        for key in SECTIONS:
            section = session.section(key)
            if section is not None and key in self.tabs:
                self.tabs[key].apply_session_section(section)
        self.show_tab(session.tab)
        if session.zoom is not None:
            self.set_zoom(session.zoom)

    def _restored_session(self) -> StudioSession | None:
        """The session the studio had when it was last closed (or last changed)."""
        text = self.settings_store.value("session/last")
        if not text:
            return None
        try:
            return studio_session_from_text(str(text))
        except SessionError as error:
            message = f"The last session could not be restored: {error}"
            QtCore.QTimer.singleShot(0, lambda: self.statusBar().showMessage(message, 8000))
            return None

    def _remember_session(self) -> None:
        self.settings_store.setValue("session/last", studio_session_text(self.current_session()))

    def open_session_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, "Open session", self.context.last_folder(), f"gdstudio sessions (*{SESSION_SUFFIX});;JSON files (*.json);;All files (*)"
        )
        if path:
            self.open_session(path)

    def open_session(self, path: str | os.PathLike) -> bool:
        try:
            session = load_studio_session(path)
        except SessionError as error:
            self.show_error("Cannot open the session", str(error))
            return False
        self.context.remember_folder(path)
        self.session_path = Path(path)
        self.apply_session(session)
        self._remember_session()
        self.statusBar().showMessage(f"Opened {Path(path).name}", 4000)
        return True

    def save_session(self) -> bool:
        if self.session_path is None:
            return self.save_session_as()
        return self.save_session_to(self.session_path)

    def save_session_as(self) -> bool:
        default = str(Path(self.context.last_folder()) / f"descent{SESSION_SUFFIX}")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, "Save session", default, f"gdstudio sessions (*{SESSION_SUFFIX})")
        if not path:
            return False
        if not path.endswith(SESSION_SUFFIX):
            path = path.removesuffix(".json") + SESSION_SUFFIX
        return self.save_session_to(path)

    def save_session_to(self, path: str | os.PathLike) -> bool:
        try:
            write_text(path, studio_session_text(self.current_session()))
        except ExportError as error:
            self.show_error("Cannot save the session", str(error))
            return False
        self.session_path = Path(path)
        self.context.remember_folder(path)
        self._remember_session()
        self.statusBar().showMessage(f"Saved {Path(path).name}", 4000)
        return True

    # ------------------------------------------------------------------ exports
    def export_dialog(self) -> None:
        """File → Export (Ctrl+E): what the tab shown offers, written where the person says."""
        tab = self.current_tab()
        kinds = tuple(tab.export_kinds())
        if not kinds:
            self.statusBar().showMessage(f"The {tab.title} tab has nothing to export.", 4000)
            return
        default = str(Path(self.context.last_folder()) / tab.default_export_name())
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(self, tab.export_caption, default, ";;".join(kind.filter for kind in kinds))
        if not path:
            return
        kind = next((k for k in kinds if k.filter == chosen), None)
        if kind is None:  # no filter chosen: the kind the file's suffix names, or the first
            suffix = Path(path).suffix.lower()
            kind = next((k for k in kinds if k.suffix == suffix), kinds[0])
        if not Path(path).suffix:
            path += kind.suffix
        tab.export(kind.key, path)

    # ------------------------------------------------------------------ helpers
    def _remembered_zoom(self) -> float:
        try:
            return clamp_zoom(float(self.settings_store.value("view/zoom", 1.0)))
        except (TypeError, ValueError):
            return 1.0

    def show_error(self, title: str, message: str) -> None:
        QtWidgets.QMessageBox.warning(self, title, message)

    def _screen_key(self) -> str:
        """The window is remembered per screen size: a lecture room's projector and the desk's monitor differ."""
        screen = self.screen() or QtGui.QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QtCore.QRect(0, 0, 1400, 900)
        return f"window/{area.width()}x{area.height()}"

    def _first_size(self) -> tuple[int, int]:
        """1400×900, or the screen's free area where it is smaller (a 1280×720 projector)."""
        screen = QtGui.QGuiApplication.primaryScreen()
        if screen is None:
            return 1400, 900
        area = screen.availableGeometry()
        return min(1400, area.width()), min(900, area.height())

    def _restore_geometry(self) -> None:
        geometry = self.settings_store.value(f"{self._screen_key()}/geometry")
        if isinstance(geometry, (QtCore.QByteArray, bytes)):
            self.restoreGeometry(geometry)
        for tab in self.tabs.values():
            tab.restore_view_state(self.settings_store)

    def stop(self) -> None:
        """Stop every tab's worker thread (the application is quitting)."""
        for tab in self.tabs.values():
            tab.stop()
        self.lessons.stop()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.set_presentation(False)  # the window is remembered as it was before the lecture
        self.stop()
        self._remember_session()
        self.settings_store.setValue(f"{self._screen_key()}/geometry", self.saveGeometry())
        for tab in self.tabs.values():
            tab.save_view_state(self.settings_store)
        self.settings_store.sync()
        super().closeEvent(event)
