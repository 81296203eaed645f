"""The 3-D surface tab: the Function tab's f as a surface, with the Function tab's
path or the Compare tab's race lying on it.

It shows what the other tabs offer through the studio context (the Function tab's
function and landscape, and the paths of the source chosen under the view), and
drives the run it shows with Space, → and R.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.ui.common.tab import StudioContext, StudioTab
from gdstudio.ui.surface.view import SurfaceView

translate = QtCore.QCoreApplication.translate

# the sentences are marked here and translated where shown: translate("SurfaceTab", FUNCTION_PATH)
FUNCTION = "function"  # the Function tab: its landscape is the surface, its run a path
COMPARE = "compare"  # the Compare tab: its race, while it runs on the Function tab's function
SOURCES = (
    (FUNCTION, QT_TRANSLATE_NOOP("SurfaceTab", "The Function tab's run")),
    (COMPARE, QT_TRANSLATE_NOOP("SurfaceTab", "The Compare tab's race")),
)
DRIVEN = {
    FUNCTION: QT_TRANSLATE_NOOP("SurfaceTab", "the Function tab's run"),
    COMPARE: QT_TRANSLATE_NOOP("SurfaceTab", "the Compare tab's race"),
}
FUNCTION_PATH = QT_TRANSLATE_NOOP("SurfaceTab", "The path, in orange, runs from the start (yellow) to the current point (white).")
RACE_PATHS = QT_TRANSLATE_NOOP("SurfaceTab", "The race's runs, in their colours, each run from the start (yellow) to its current point.")
NO_RACE = QT_TRANSLATE_NOOP(
    "SurfaceTab",
    "The Compare tab has no race on this function: press \u201cTake function and start from the Function tab\u201d there to race on it.",
)


class SurfaceTab(StudioTab):
    key = "surface"
    title = QT_TRANSLATE_NOOP("SurfaceTab", "3-D surface")

    def __init__(self, context: StudioContext, parent: QtWidgets.QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("surfaceTab")
        self.view = SurfaceView()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.source_box = QtWidgets.QComboBox()
        self.source_box.setObjectName("surfaceSource")
        self.source_box.setToolTip(translate("SurfaceTab", "which paths lie on the surface"))
        for source, text in SOURCES:
            self.source_box.addItem(translate("SurfaceTab", text), source)
        self.source_box.currentIndexChanged.connect(self._on_source_changed)
        show_label = QtWidgets.QLabel(translate("SurfaceTab", "Show:"))
        show_label.setBuddy(self.source_box)
        controls = self.view.control_bar.layout()
        controls.insertWidget(1, show_label)
        controls.insertWidget(2, self.source_box)
        self._landscape = None  # the landscape the view shows
        reset = QtGui.QAction(translate("SurfaceTab", "Reset the camera"), self)
        reset.setShortcut(QtGui.QKeySequence("W"))
        reset.triggered.connect(self.view.reset_camera)
        self._view_actions = (reset,)
        context.function_changed.connect(lambda _setup: self._follow())
        context.paths_changed.connect(lambda source: self._follow() if source == self.source else None)
        self.view.set_zoom(context.zoom)

    @property
    def source(self) -> str:
        """Whose paths the surface shows: "function" or "compare"."""
        return self.source_box.currentData()

    def set_source(self, source: str) -> None:
        self.source_box.setCurrentIndex(self.source_box.findData(source))

    def _on_source_changed(self) -> None:
        self.view.set_hint(translate("SurfaceTab", DRIVEN[self.source]))
        self._follow()

    def view_actions(self):
        return self._view_actions

    # Space, → and R play, step and reset the run the surface shows (and the timeline's keys move it)
    def toggle_play(self) -> None:
        self.context.run_requested.emit(self.source, "toggle_play")

    def step_once(self) -> None:
        self.context.run_requested.emit(self.source, "step_once")

    def reset_run(self) -> None:
        self.context.run_requested.emit(self.source, "reset_run")

    def step_back(self) -> None:
        self.context.run_requested.emit(self.source, "step_back")

    def go_to_start(self) -> None:
        self.context.run_requested.emit(self.source, "go_to_start")

    def go_to_end(self) -> None:
        self.context.run_requested.emit(self.source, "go_to_end")

    def set_zoom(self, zoom: float) -> None:
        self.view.set_zoom(zoom)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # once the view is on screen: an OpenGL widget is set up when it is first shown
        QtCore.QTimer.singleShot(0, self._follow)

    def _follow(self) -> None:
        """Draw the Function tab's landscape and the chosen source's paths, while this tab is shown."""
        setup = self.context.function
        if not self.isVisible() or setup is None or setup.landscape is None:
            return
        if setup.landscape is not self._landscape:
            self.view.set_landscape(setup.landscape, setup.function)
            self._landscape = setup.landscape
        paths = self.context.paths(self.source)
        if self.source == FUNCTION:
            self.view.set_paths(paths[:1], translate("SurfaceTab", FUNCTION_PATH))
        elif paths:
            self.view.set_paths(paths, translate("SurfaceTab", RACE_PATHS), legend=True)
        else:
            self.view.set_paths((), translate("SurfaceTab", NO_RACE))
