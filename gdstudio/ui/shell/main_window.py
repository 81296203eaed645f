"""The studio's main window: a shell of menus, a status bar and sessions around the tabs.

The shell knows no tab's fields. It talks to every tab through the tab contract
(:class:`~gdstudio.ui.common.tab.StudioTab`): sessions are made of the tabs'
sections, the Run menu drives the tab that is shown, Export lists that tab's
export kinds, the View menu shows that tab's own actions and the status bar its
numbers. What tabs share goes through the :class:`~gdstudio.ui.common.tab.StudioContext`.

Start-up in stages (``MainWindow(staged=True)``, as the application starts it): the
shell (its menus, the status bar, the window at its remembered size) is built and
painted first, before the tabs' modules are imported (they import sympy and the
core); then a thread imports the first tab's and reads the last session while the
window stays responsive; the first tab (the Function tab) is built and, when it is
the tab to show, painted with its contour before the other tabs are built
(``loaded``); then what a first use would otherwise wait for (pyqtgraph's OpenGL
and export modules) is loaded in the background (``ready``). The MLP's compiled
kernel (numba: 0.3–0.5 s and about 120 MB) is not: the MLP tab has its worker load it
when the tab is first shown, so a session that never trains a network never pays
for it. ``MainWindow()`` builds everything at once.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio import APPLICATION_NAME
from gdstudio.export.files import ExportError, write_text
from gdstudio.ui.common.tab import StudioContext, StudioTab
from gdstudio.ui.common.theme import PlotBackground
from gdstudio.ui.common.worker import collect_garbage_in_the_gui_thread, resume_garbage_collection, settle_long_lived_objects
from gdstudio.ui.common.zoom import PRESENTATION_ZOOM, apply_interface_zoom, clamp_zoom, make_note, next_zoom, restyle_notes
from gdstudio.ui.shell.desktop import application_icon
from gdstudio.ui.shell.help import HelpMenu
from gdstudio.ui.shell.side_panels import SidePanels

if TYPE_CHECKING:
    from gdstudio.core.session import StudioSession

translate = QtCore.QCoreApplication.translate

PNG_SCALES = (1.0, 2.0, 3.0, 4.0)
FIRST_TAB_PAINT_WAIT_MS = 500  # the other tabs are built after the first tab's paint, or this long after it, unseen


def tab_classes() -> tuple[type[StudioTab], ...]:
    """The tabs, in the order they are shown; a new tab is one more entry here.
    Imported when the window builds its tabs: they import sympy and the core."""
    from gdstudio.ui.compare.tab import CompareTab
    from gdstudio.ui.mlp.tab import MLPTab
    from gdstudio.ui.surface.tab import SurfaceTab

    return (first_tab_class(), MLPTab, CompareTab, SurfaceTab)


def first_tab_class() -> type[StudioTab]:
    """The first tab, built (and, at start-up, drawn) before the others: the Function
    tab, whose function and landscape the others take through the context."""
    from gdstudio.ui.function.tab import FunctionTab

    return FunctionTab


def __getattr__(name: str):
    if name == "TAB_CLASSES":  # the tab classes, imported on first use
        return tab_classes()
    raise AttributeError(name)


class StudioImports(QtCore.QObject):
    """A thread that imports what the first tab needs (sympy and the core), reads the last
    session (``text``: a session as remembered, or None) and compiles its function,
    while the shell's window is painted and stays responsive. ``done`` carries the
    restored session (None where there is none, or a sentence where it is bad)."""

    done = QtCore.Signal(object)

    def start(self, text: str | None) -> None:
        threading.Thread(target=self._run, args=(text,), name="gdstudio-imports", daemon=True).start()

    def _run(self, text: str | None) -> None:
        restored: Any = None
        try:
            from gdstudio.core.function.language import parse_function
            from gdstudio.core.session import SessionError, studio_session_from_text

            if text:
                try:
                    restored = studio_session_from_text(text)
                except SessionError as error:
                    restored = translate("MainWindow", "The last session could not be restored: {error}").format(error=error)
            function = restored.section("function") if restored is not None and not isinstance(restored, str) else None
            # sympy's first lambdify in a process costs about 0.2 s: pay it here
            parse_function(function.function if function is not None else "x*y + sin(x)")
            first_tab_class()
        except Exception:  # the window's own loading (in its thread) says what went wrong
            restored = None
        with contextlib.suppress(RuntimeError):  # the window is gone already
            self.done.emit(restored)


def preload_first_uses() -> None:
    """What a first use would wait for: the 3-D view's OpenGL modules and pyqtgraph's
    exporters (the MLP's kernel loads when its tab is first shown). Each is optional: a
    failure here is met again, and reported, where the feature is used."""
    for load in (_import_opengl, _import_exporters):
        with contextlib.suppress(Exception):
            load()


def _import_opengl() -> None:
    import OpenGL.GL  # noqa: F401
    import pyqtgraph.opengl  # noqa: F401


def _import_exporters() -> None:
    import pyqtgraph.exporters  # noqa: F401


class BackgroundLoad(QtCore.QObject):
    """Runs ``preload_first_uses`` on a thread; ``done`` when it has finished."""

    done = QtCore.Signal()

    def start(self) -> None:
        threading.Thread(target=self._run, name="gdstudio-preload", daemon=True).start()

    def _run(self) -> None:
        preload_first_uses()
        with contextlib.suppress(RuntimeError):  # the window is gone already
            self.done.emit()


class MainWindow(QtWidgets.QMainWindow):
    """The studio window. ``MainWindow()`` needs no arguments; ``staged=True`` paints the
    shell first and builds the tabs after (see the module's notes)."""

    loaded = QtCore.Signal()  # the tabs are built and show the restored session
    ready = QtCore.Signal()  # and what their first uses need is loaded too (staged start-up)

    def __init__(self, settings: QtCore.QSettings | None = None, restore: bool = True, staged: bool = False):
        super().__init__()
        # Python's cycle collector runs in this thread, on a timer, from the start: before
        # any thread imports (see its notes); a staged start-up leaves it paused until the
        # window is ready (its imports' objects nearly all live on: walking them again and
        # again while they load is time the start-up would wait for)
        collect_garbage_in_the_gui_thread(paused=staged)
        self.setWindowTitle(APPLICATION_NAME)
        self.setWindowIcon(application_icon())
        self.settings_store = settings or QtCore.QSettings()
        self.context = StudioContext(self.settings_store, self)
        self.session_path: Path | None = None
        self.zoom = 1.0
        self.presenting = False
        self._before_presentation = None
        self._restore = restore
        self.staged = staged
        self.is_loaded = self.is_ready = self.closed = False
        self._drawing_first: tuple[StudioTab, StudioSession | None] | None = None
        self._preloaded = not staged  # MainWindow() leaves first uses to load when they come
        self.lessons = None

        self.mode_tabs = QtWidgets.QTabWidget()
        self.mode_tabs.setObjectName("modeTabs")
        self.mode_tabs.setDocumentMode(True)
        self.tabs: dict[str, StudioTab] = {}
        self.resize(*self._first_size())
        self._build_actions()
        self.context.message_posted.connect(lambda text, milliseconds: self.statusBar().showMessage(text, milliseconds))
        self.context.tab_requested.connect(self.show_tab)
        self.context.setup_requested.connect(self.apply_session)
        self.context.section_changed.connect(lambda _key: self._remember_session())
        self._restore_window_geometry()
        self.set_zoom(self._remembered_zoom(), remember=False)
        if staged:
            # the shell is painted first; the tabs are built once it has been
            placeholder = make_note(QtWidgets.QLabel(translate("MainWindow", "Loading the studio…")))
            placeholder.setObjectName("loadingNote")
            placeholder.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
            self.setCentralWidget(placeholder)
            placeholder.installEventFilter(self)
            self._imports = StudioImports(self)
            self._imports.done.connect(self._build_tabs)
            self._preload = BackgroundLoad(self)
            self._preload.done.connect(self._on_preloaded)
        else:
            self.setCentralWidget(self.mode_tabs)
            self._build_tabs(self._restored_session() if restore else None)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint and not self.is_loaded:
            if watched is self.centralWidget() and not self.tabs:
                watched.removeEventFilter(self)
                QtCore.QTimer.singleShot(0, self, self._start_loading)  # once this paint is done
            elif (
                self._drawing_first is not None and isinstance(watched, QtWidgets.QWidget) and self._drawing_first[0].isAncestorOf(watched)
            ):
                # the first tab's widgets are painted in one pass: the others are built after it
                QtCore.QTimer.singleShot(0, self, self._after_first_tab_painted)
        return super().eventFilter(watched, event)

    def _start_loading(self) -> None:
        """A thread imports the tabs' modules and reads the last session; the tabs are
        built when it is done, then another thread loads what first uses need (``ready``)."""
        self._imports.start(self._remembered_session_text() if self._restore else None)

    def _build_tabs(self, restored: StudioSession | str | None) -> None:
        """Build the tabs (in the order of :func:`tab_classes`), put their parts in the
        shell and show the restored session (a sentence: why it could not be).

        The first tab is built on its own; at start-up, when it is the tab to show, it is
        drawn before the others are imported and built, so its contour comes first."""
        if self.tabs or self.closed:
            return  # built already, or the window was closed while its modules loaded
        if isinstance(restored, str):
            message = restored
            QtCore.QTimer.singleShot(0, lambda: self.statusBar().showMessage(message, 8000))
            restored = None
        first = self._add_tab(first_tab_class(), restored)
        if self.centralWidget() is not self.mode_tabs:
            self.setCentralWidget(self.mode_tabs)
        if self.staged and (restored is None or restored.tab == first.key):
            self._drawing_first = (first, restored)  # the others are built once it is painted
            QtWidgets.QApplication.instance().installEventFilter(self)
            QtCore.QTimer.singleShot(FIRST_TAB_PAINT_WAIT_MS, self, self._after_first_tab_painted)  # not shown: no paint
        else:
            self._build_other_tabs(restored)

    def _after_first_tab_painted(self) -> None:
        if self._drawing_first is not None:
            _first, restored = self._drawing_first
            self._drawing_first = None
            QtWidgets.QApplication.instance().removeEventFilter(self)
            self._build_other_tabs(restored)

    def _add_tab(self, tab_class: type[StudioTab], restored: StudioSession | None) -> StudioTab:
        """One tab, with its status-bar widgets and View entries, begun on its section."""
        from gdstudio.core.session import SECTIONS

        tab = tab_class(self.context)
        self.tabs[tab.key] = tab
        self.mode_tabs.addTab(tab, tab.title)
        self._add_status_widgets(tab)
        self._add_tab_actions(tab)
        tab.begin(restored.section(tab.key) if restored is not None and tab.key in SECTIONS else None)
        tab.restore_view_state(self.settings_store)
        tab.set_zoom(self.zoom)
        return tab

    def _build_other_tabs(self, restored: StudioSession | None) -> None:
        if self.closed:
            return
        for tab_class in tab_classes()[1:]:
            self._add_tab(tab_class, restored)
        self._build_lessons()
        self.mode_tabs.currentChanged.connect(self._on_tab_changed)
        self._on_tab_changed(self.mode_tabs.currentIndex())
        if restored is not None:
            self.show_tab(restored.tab)
        self.mode_tabs.currentChanged.connect(lambda _index: self._remember_session())
        self.is_loaded = True
        self.loaded.emit()
        if self.staged:
            # after the tabs: importing OpenGL meanwhile would hold them back (one interpreter lock)
            QtCore.QTimer.singleShot(0, self, self._preload.start)
        self._check_ready()

    def _on_preloaded(self) -> None:
        self._preloaded = True
        self._check_ready()

    def _check_ready(self) -> None:
        if self.is_loaded and self._preloaded and not self.is_ready:
            self.is_ready = True
            self.ready.emit()
            if self.staged:
                QtCore.QTimer.singleShot(0, self, self._settle_after_start)

    def _settle_after_start(self) -> None:
        """Just after ``ready`` (a turn of the event loop later): the start's objects are
        collected once (45–55 ms here, in one go) and then never walked by the collector
        again, which takes up its work from here."""
        settle_long_lived_objects()
        resume_garbage_collection()

    # ------------------------------------------------------------------ tabs
    def tab(self, key: str) -> StudioTab:
        return self.tabs[key]

    def current_tab(self) -> StudioTab | None:
        """The tab shown (None while the tabs are being built)."""
        tab = self.mode_tabs.currentWidget()
        return tab if isinstance(tab, StudioTab) else None

    def _on_current_tab(self, action: str) -> None:
        """Run one of the tab contract's playback or timeline methods on the tab shown."""
        tab = self.current_tab()
        if tab is not None:
            getattr(tab, action)()

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
        self.side_panels.lay_out()

    # ------------------------------------------------------------------ layout
    def _add_status_widgets(self, tab: StudioTab) -> None:
        bar = self.statusBar()
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
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(translate("MainWindow", "&File"))
        self._action(file_menu, translate("MainWindow", "&Open session…"), self.open_session_dialog, QtGui.QKeySequence.StandardKey.Open)
        self.save_action = self._action(
            file_menu, translate("MainWindow", "&Save session"), self.save_session, QtGui.QKeySequence.StandardKey.Save
        )
        self._action(file_menu, translate("MainWindow", "Save session &as…"), self.save_session_as, "Ctrl+Shift+S")
        file_menu.addSeparator()
        self._action(
            file_menu,
            translate("MainWindow", "&Export…"),
            self.export_dialog,
            "Ctrl+E",
            translate("MainWindow", "export the plots, the trajectory or the run"),
        )
        scale_menu = file_menu.addMenu(translate("MainWindow", "PNG export scale"))
        group = QtGui.QActionGroup(self)
        for scale in PNG_SCALES:
            action = QtGui.QAction(f"{scale:g}×", self, checkable=True)
            action.setChecked(scale == self.context.png_scale)
            action.triggered.connect(lambda _checked=False, s=scale: setattr(self.context, "png_scale", s))
            group.addAction(action)
            scale_menu.addAction(action)
        self._add_choice_menu(
            file_menu,
            translate("MainWindow", "Export size"),
            "export/size",
            "export_size",
            (("figure", translate("MainWindow", "&Figure (PNG scale applies)")), ("slide", translate("MainWindow", "&Slide, 1920 × 1080"))),
        )
        self._add_choice_menu(
            file_menu,
            translate("MainWindow", "Export theme"),
            "export/theme",
            "export_theme",
            (("light", translate("MainWindow", "&Light")), ("dark", translate("MainWindow", "&Dark"))),
        )
        file_menu.addSeparator()
        self._action(file_menu, translate("MainWindow", "&Quit"), self.close, QtGui.QKeySequence.StandardKey.Quit)
        run_menu = menu.addMenu(translate("MainWindow", "&Run"))
        self.play_action = self._action(
            run_menu, translate("MainWindow", "Play / Pause"), lambda: self._on_current_tab("toggle_play"), "Space"
        )
        self.step_action = self._action(run_menu, translate("MainWindow", "Step"), lambda: self._on_current_tab("step_once"), "Right")
        self.reset_action = self._action(run_menu, translate("MainWindow", "Reset"), lambda: self._on_current_tab("reset_run"), "R")
        run_menu.addSeparator()
        self._action(
            run_menu,
            translate("MainWindow", "Step back"),
            lambda: self._on_current_tab("step_back"),
            "Left",
            translate("MainWindow", "the stored step before the one shown"),
        )
        self._action(
            run_menu,
            translate("MainWindow", "Go to the start"),
            lambda: self._on_current_tab("go_to_start"),
            "Home",
            translate("MainWindow", "t = 0 of the run"),
        )
        self._action(
            run_menu,
            translate("MainWindow", "Go to the latest step"),
            lambda: self._on_current_tab("go_to_end"),
            "End",
            translate("MainWindow", "the newest step"),
        )
        self.view_menu = view_menu = menu.addMenu(translate("MainWindow", "&View"))
        self.tab_actions_end = view_menu.addSeparator()  # the tabs' own entries go above it
        zoom_in = self._action(
            view_menu,
            translate("MainWindow", "Zoom &In"),
            lambda: self.set_zoom(next_zoom(self.zoom, 1)),
            QtGui.QKeySequence.StandardKey.ZoomIn,
        )
        # Ctrl++ needs Shift on many keyboards: Ctrl+= does the same
        zoom_in.setShortcuts([QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.ZoomIn), QtGui.QKeySequence("Ctrl+=")])
        self._action(
            view_menu,
            translate("MainWindow", "Zoom &Out"),
            lambda: self.set_zoom(next_zoom(self.zoom, -1)),
            QtGui.QKeySequence.StandardKey.ZoomOut,
        )
        self._action(view_menu, translate("MainWindow", "&Actual Size"), lambda: self.set_zoom(1.0), "Ctrl+0")
        self.presentation_action = self._action(
            view_menu,
            translate("MainWindow", "&Presentation mode"),
            self.toggle_presentation,
            "F11",
            translate("MainWindow", "full screen, large text and high-contrast notes for a lecture"),
        )
        self.presentation_action.setCheckable(True)
        self.side_panel_action = self._action(
            view_menu,
            translate("MainWindow", "Side &panel"),
            None,  # the side panels follow it
            "Ctrl+B",
            translate("MainWindow", "show or hide the settings column"),
        )
        self.side_panel_action.setCheckable(True)
        self.side_panel_action.setChecked(True)
        self.side_panels = SidePanels(
            self, self.mode_tabs, self.tabs.values, self.side_panel_action, (self.play_action, self.step_action, self.reset_action)
        )
        view_menu.addSeparator()
        self.plot_background = PlotBackground(self, self.settings_store)  # dark, light or the system's
        self.plot_background.add_menu(view_menu)
        self.plot_background.apply()
        help_menu = menu.addMenu(translate("MainWindow", "&Help"))
        self.help = HelpMenu(self)
        self._action(
            help_menu,
            translate("MainWindow", "&Guide"),
            self.help.show_guide,
            "F1",
            translate("MainWindow", "what the app teaches: the update rule, γ, why a run stops"),
        )
        help_menu.addSeparator()
        self._action(help_menu, translate("MainWindow", "&About {name}").format(name=APPLICATION_NAME), self.help.show_about)
        self._window_shortcuts()

    def _window_shortcuts(self) -> None:
        for action in self.actions():
            # Space, → and R belong to a text field while it has the focus
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)

    def _add_tab_actions(self, tab: StudioTab) -> None:
        """A tab's entries of the View menu, at its top after those of the tabs before it."""
        for action in tab.view_actions():
            self.view_menu.insertAction(self.tab_actions_end, action)
            self.addAction(action)
        self._window_shortcuts()

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
        from gdstudio.ui.lesson.studio import LessonStudio

        self.lessons = LessonStudio(self, self.context, self.tabs, self.apply_session, self.current_session)
        file_menu = next(m for m in self.save_action.associatedObjects() if isinstance(m, QtWidgets.QMenu))
        file_menu.insertAction(self.save_action, self.lessons.open_action)
        view_actions = self.view_menu.actions()
        after_side_panel = view_actions[view_actions.index(self.side_panel_action) + 1 :]
        self.view_menu.insertAction(after_side_panel[0] if after_side_panel else None, self.lessons.panel_action)
        self.menuBar().insertMenu(self.menuBar().actions()[-1], self.lessons.menu)
        self.addActions(self.lessons.actions())
        self._window_shortcuts()

    def open_lesson(self, path: str | os.PathLike) -> bool:
        """Open a lesson file in the lesson panel (a bad file: one sentence, nothing changed)."""
        if not self.is_loaded:  # asked for during start-up: once the tabs are there
            self.loaded.connect(lambda: self.open_lesson(path), QtCore.Qt.ConnectionType.SingleShotConnection)
            return True
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
        self.side_panels.set_zoom(zoom)
        if remember:
            self.settings_store.setValue("view/zoom", zoom)
            self.statusBar().showMessage(translate("MainWindow", "Zoom {percent} %").format(percent=round(zoom * 100)), 2000)

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
        from gdstudio.core.session import SECTIONS, StudioSession

        session = StudioSession(tab=self.current_tab().key, zoom=self.zoom)
        for key, tab in self.tabs.items():
            section = tab.session_section()
            if key in SECTIONS and section is not None:
                session = session.with_section(key, section)
        return session

    def apply_session(self, session: StudioSession) -> None:
        """Give each tab its section (tabs without one keep what they show), then show
        the session's tab at its zoom."""
        from gdstudio.core.session import SECTIONS

        for key in SECTIONS:
            section = session.section(key)
            if section is not None and key in self.tabs:
                self.tabs[key].apply_session_section(section)
        self.show_tab(session.tab)
        if session.zoom is not None:
            self.set_zoom(session.zoom)

    def _remembered_session_text(self) -> str | None:
        text = self.settings_store.value("session/last")
        return str(text) if text else None

    def _restored_session(self) -> StudioSession | None:
        """The session the studio had when it was last closed (or last changed)."""
        from gdstudio.core.session import SessionError, studio_session_from_text

        text = self._remembered_session_text()
        if not text:
            return None
        try:
            return studio_session_from_text(str(text))
        except SessionError as error:
            message = translate("MainWindow", "The last session could not be restored: {error}").format(error=error)
            QtCore.QTimer.singleShot(0, lambda: self.statusBar().showMessage(message, 8000))
            return None

    def _remember_session(self) -> None:
        if not self.is_loaded:
            return  # the tabs are not built yet: the session remembered stays as it was
        from gdstudio.core.session import studio_session_text

        self.settings_store.setValue("session/last", studio_session_text(self.current_session()))

    def open_session_dialog(self) -> None:
        from gdstudio.core.session import SESSION_SUFFIX

        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open session"),
            self.context.last_folder(),
            translate("MainWindow", "gdstudio sessions ({pattern});;JSON files (*.json);;All files (*)").format(
                pattern=f"*{SESSION_SUFFIX}"
            ),
        )
        if path:
            self.open_session(path)

    def open_session(self, path: str | os.PathLike) -> bool:
        from gdstudio.core.session import SessionError, load_studio_session

        if not self.is_loaded:  # asked for during start-up: once the tabs are there
            self.loaded.connect(lambda: self.open_session(path), QtCore.Qt.ConnectionType.SingleShotConnection)
            return True
        try:
            session = load_studio_session(path)
        except SessionError as error:
            self.show_error(translate("MainWindow", "Cannot open the session"), str(error))
            return False
        self.context.remember_folder(path)
        self.session_path = Path(path)
        self.apply_session(session)
        self._remember_session()
        self.statusBar().showMessage(translate("MainWindow", "Opened {name}").format(name=Path(path).name), 4000)
        return True

    def save_session(self) -> bool:
        if not self.is_loaded:
            return False
        if self.session_path is None:
            return self.save_session_as()
        return self.save_session_to(self.session_path)

    def save_session_as(self) -> bool:
        from gdstudio.core.session import SESSION_SUFFIX

        if not self.is_loaded:
            return False
        default = str(Path(self.context.last_folder()) / f"descent{SESSION_SUFFIX}")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Save session"),
            default,
            translate("MainWindow", "gdstudio sessions ({pattern})").format(pattern=f"*{SESSION_SUFFIX}"),
        )
        if not path:
            return False
        if not path.endswith(SESSION_SUFFIX):
            path = path.removesuffix(".json") + SESSION_SUFFIX
        return self.save_session_to(path)

    def save_session_to(self, path: str | os.PathLike) -> bool:
        from gdstudio.core.session import studio_session_text

        try:
            write_text(path, studio_session_text(self.current_session()))
        except ExportError as error:
            self.show_error(translate("MainWindow", "Cannot save the session"), str(error))
            return False
        self.session_path = Path(path)
        self.context.remember_folder(path)
        self._remember_session()
        self.statusBar().showMessage(translate("MainWindow", "Saved {name}").format(name=Path(path).name), 4000)
        return True

    # ------------------------------------------------------------------ exports
    def export_dialog(self) -> None:
        """File → Export (Ctrl+E): what the tab shown offers, written where the person says."""
        tab = self.current_tab()
        if tab is None:
            return
        kinds = tuple(tab.export_kinds())
        if not kinds:
            self.statusBar().showMessage(translate("MainWindow", "The {tab} tab has nothing to export.").format(tab=tab.title), 4000)
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

    def _restore_window_geometry(self) -> None:
        geometry = self.settings_store.value(f"{self._screen_key()}/geometry")
        if isinstance(geometry, (QtCore.QByteArray, bytes)):
            self.restoreGeometry(geometry)

    def stop(self) -> None:
        """Stop every tab's worker thread (the application is quitting)."""
        for tab in self.tabs.values():
            tab.stop()
        if self.lessons is not None:
            self.lessons.stop()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.closed = True
        self.set_presentation(False)  # the window is remembered as it was before the lecture
        self.stop()
        self._remember_session()
        self.settings_store.setValue(f"{self._screen_key()}/geometry", self.saveGeometry())
        for tab in self.tabs.values():
            tab.save_view_state(self.settings_store)
        self.settings_store.sync()
        super().closeEvent(event)
