"""The tab contract: the one place the shell talks to a tab, and what tabs share.

Every tab of the studio is a :class:`StudioTab`. The shell (the main window) holds
a list of them and knows none of their fields: it asks a tab for its section of a
session and gives one back, sends Play/Pause, Step, Reset and the timeline's moves
to the tab that is shown, lists the tab's export kinds in the Export dialog and
asks it to write one, puts the tab's own actions in the View menu and its numbers
in the status bar while it is shown, and passes the presentation zoom on.

Tabs never import one another. What one tab offers the others (the Function tab's
function and path, a γ picked on the sweep for the Function tab, the paths the
3-D view draws) goes through the :class:`StudioContext` the shell gives every tab.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.ui.common.figure import FIGURE, FigureStyle, figure_style

if TYPE_CHECKING:  # the shell imports this module before its first paint; the core imports sympy
    from gdstudio.core.function.landscape import Landscape
    from gdstudio.core.function.language import ParsedFunction
    from gdstudio.core.session import FunctionSection


@dataclass(frozen=True)
class ExportKind:
    """One thing a tab can export: ``key`` names it to :meth:`StudioTab.export`."""

    key: str
    title: str  # "Contour as PNG image"
    suffix: str  # ".png"

    @property
    def filter(self) -> str:
        """The file dialog's filter text: "Contour as PNG image (*.png)"."""
        return f"{self.title} (*{self.suffix})"


@dataclass(frozen=True)
class FunctionSetup:
    """What the Function tab shares: the parsed function, its settings (the Function
    section of a session) and the landscape drawn for its view window."""

    function: ParsedFunction
    session: FunctionSection
    landscape: Landscape | None = None


@dataclass(frozen=True)
class DrawnPath:
    """A path another view may draw (the 3-D surface draws the Function tab's and the race's)."""

    points: np.ndarray  # (n, 2)
    loss: np.ndarray  # (n,)
    colour: str
    label: str = ""


# what one tab may ask of another's run (the 3-D view drives the Function tab's)
RUN_ACTIONS = ("toggle_play", "step_once", "reset_run", "step_back", "go_to_start", "go_to_end")


class StudioContext(QtCore.QObject):
    """What the shell gives every tab: the window's services and what tabs share.

    Services: the settings store, messages for the status bar, the folder files were
    last read from or written to, the PNG export scale and the presentation zoom.
    Shared: the Function tab's :class:`FunctionSetup` (``function``, announced by
    ``function_changed``), paths other views may draw (``paths(source)``, announced
    by ``paths_changed``), a learning rate picked elsewhere for the Function tab
    (``learning_rate_requested``), a request to show a tab (``tab_requested``) and a
    set-up of several tabs asked for by one of them (``setup_requested``: a
    :class:`~gdstudio.core.session.StudioSession`, loaded as a session is: a preset race
    sets the Function tab's f and start and the Compare tab's runs)."""

    function_changed = QtCore.Signal(object)  # FunctionSetup
    paths_changed = QtCore.Signal(str)  # the source whose paths changed ("function", "compare")
    learning_rate_requested = QtCore.Signal(float)
    tab_requested = QtCore.Signal(str)  # a tab's key
    setup_requested = QtCore.Signal(object)  # a StudioSession for the shell to load
    run_requested = QtCore.Signal(str, str)  # a tab's key and one of RUN_ACTIONS
    message_posted = QtCore.Signal(str, int)  # text, milliseconds
    section_changed = QtCore.Signal(str)  # a tab's settings changed (the shell remembers the session)
    zoom_changed = QtCore.Signal(float)

    def __init__(self, settings: QtCore.QSettings | None = None, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self.settings = settings if settings is not None else QtCore.QSettings()
        self.function: FunctionSetup | None = None
        self.png_scale = 2.0
        self.zoom = 1.0
        self.export_size = FIGURE  # File → Export size: a figure for a document, or a 1920×1080 slide
        self.export_theme = "light"  # File → Export theme: one theme for every panel of an export
        self._path_sources: dict[str, Callable[[], Sequence[DrawnPath]]] = {}

    # -- what tabs share ---------------------------------------------------------------
    def publish_function(self, setup: FunctionSetup) -> None:
        self.function = setup
        self.function_changed.emit(setup)

    def register_paths(self, source: str, provider: Callable[[], Sequence[DrawnPath]]) -> None:
        """``provider()`` returns the paths of ``source`` as they are now (called only by a view that draws them)."""
        self._path_sources[source] = provider

    def paths(self, source: str) -> Sequence[DrawnPath]:
        provider = self._path_sources.get(source)
        return provider() if provider is not None else ()

    # -- the window's services -----------------------------------------------------------
    def show_message(self, text: str, milliseconds: int = 5000) -> None:
        self.message_posted.emit(text, milliseconds)

    def last_folder(self) -> str:
        folder = self.settings.value("files/last_folder", "")
        return str(folder) if folder and Path(str(folder)).is_dir() else str(Path.home())

    def remember_folder(self, path: str | os.PathLike) -> None:
        self.settings.setValue("files/last_folder", str(Path(path).resolve().parent))

    def export_style(self, figure_size: tuple[int, int]) -> FigureStyle:
        """The style of an export: ``figure_size``, or a slide, in the chosen theme."""
        return figure_style(self.export_size, self.export_theme, figure_size)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = float(zoom)
        self.zoom_changed.emit(self.zoom)


def _looked_up(context: str, text: str) -> str:
    """``text`` translated in ``context`` (a name lupdate does not take for a marked string)."""
    return QtCore.QCoreApplication.translate(context, text) if text else text


def _class_text(tab: StudioTab, attribute: str) -> str:
    """A tab class's text ``attribute`` in the reader's language: the class marks it
    ``title = QT_TRANSLATE_NOOP("<its class name>", "Compare")``, so the context is the
    name of the class in the tab's ancestry that sets it."""
    text = getattr(type(tab), attribute)
    for owner in type(tab).__mro__:
        if attribute in vars(owner):
            return _looked_up(owner.__name__, text)
    return text


class StudioTab(QtWidgets.QWidget):
    """A tab of the studio. Subclasses set ``key`` (its session section and settings
    name) and ``title`` (its label) and implement what they offer; the defaults say
    "nothing here" so a tab without runs (the 3-D view) implements only what it has."""

    key: ClassVar[str] = ""
    title: ClassVar[str] = ""
    # the title of the Export dialog on this tab
    export_caption: ClassVar[str] = QT_TRANSLATE_NOOP("StudioTab", "Export")

    redrawn = QtCore.Signal()  # after each repaint of the tab's plots (tests and benchmarks wait on it)
    run_finished = QtCore.Signal(str)  # the status of a run that stopped

    def __init__(self, context: StudioContext, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.context = context
        # the class keeps the English it marks; each tab shows its reader's language
        self.title = _class_text(self, "title")
        self.export_caption = _class_text(self, "export_caption")

    def begin(self, section: Any = None) -> None:
        """Called once by the shell when every tab exists: show the restored ``section``
        (None: the tab's defaults) and start. Runs of other tabs may be asked for through
        the context's ``run_requested`` (the 3-D view drives the Function tab's run)."""
        self.context.run_requested.connect(self._on_run_requested)
        if section is not None:
            self.apply_session_section(section)

    def _on_run_requested(self, key: str, action: str) -> None:
        if key == self.key and action in RUN_ACTIONS:
            getattr(self, action)()

    # -- sessions ------------------------------------------------------------------------
    def session_section(self) -> Any:
        """The tab's state as a core session section, or None when it has none."""
        return None

    def apply_session_section(self, section: Any) -> None:
        """Show ``section`` (already checked by the core) and start afresh from it."""

    # -- playback (the Run menu: Space, →, R) ------------------------------------------------
    def toggle_play(self) -> None:
        """Play or pause the tab's run."""

    def step_once(self) -> None:
        """Exactly one update, or the next stored step when the timeline is behind the run."""

    def reset_run(self) -> None:
        """Back to t = 0 with the same settings."""

    # -- the timeline (←, Home, End; → is step_once) ------------------------------------------
    def step_back(self) -> None:
        """Show the stored step before the one shown (pauses a playing run). Never recomputes."""

    def go_to_start(self) -> None:
        """Show t = 0 of the run (its stored start)."""

    def go_to_end(self) -> None:
        """Show the newest step again; the view follows the run from there."""

    # -- exports (File → Export, Ctrl+E) ---------------------------------------------------
    def export_kinds(self) -> Sequence[ExportKind]:
        return ()

    def export(self, key: str, path: str | os.PathLike) -> bool:
        """Write the export ``key`` to ``path`` atomically; False (after saying why) on failure."""
        return False

    def default_export_name(self) -> str:
        return "export"

    # -- menus and the status bar ----------------------------------------------------------
    def view_actions(self) -> Sequence[QtGui.QAction]:
        """The tab's entries of the View menu (shown, and their shortcuts live, while the tab is shown)."""
        return ()

    def status_widgets(self) -> Sequence[QtWidgets.QWidget]:
        """Widgets the shell keeps at the right of the status bar while the tab is shown."""
        return ()

    def set_overlay(self, name: str, shown: bool) -> bool:
        """Show or hide one of the lesson overlays (gdstudio.core.lesson.OVERLAYS: "curvature",
        "arrows", "state_arrows", "log_loss") where this tab has it; False where it has not."""
        return False

    def side_panel(self) -> QtWidgets.QWidget | None:
        """The tab's column of settings, which View → Side panel hides to give the plots the room."""
        return None

    # -- zoom and window state -----------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        """Scale the tab's plot fonts, lines, markers and arrows by ``zoom`` (1 = 100 %)."""

    def save_view_state(self, settings: QtCore.QSettings) -> None:
        """Remember splitter positions and the like (the shell calls it when the window closes)."""

    def restore_view_state(self, settings: QtCore.QSettings) -> None:
        """Put back what :meth:`save_view_state` remembered."""

    # -- lifecycle -------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop the tab's worker thread and timers (the window is closing)."""

    # -- helpers for subclasses ------------------------------------------------------------
    def show_message(self, text: str, milliseconds: int = 5000) -> None:
        self.context.show_message(text, milliseconds)

    def show_error(self, title: str, message: str) -> None:
        QtWidgets.QMessageBox.warning(self, title, message)
