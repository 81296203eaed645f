"""The 3-D surface tab: the Function tab's f as a surface with its path lying on it.

It shows what the Function tab publishes (its function, landscape and path) through
the studio context, and drives that tab's run with Space, → and R.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio.ui.common.tab import StudioContext, StudioTab
from gdstudio.ui.surface.view import SurfaceView

SOURCE = "function"  # whose landscape and path the surface shows


class SurfaceTab(StudioTab):
    key = "surface"
    title = "3-D surface"

    def __init__(self, context: StudioContext, parent: QtWidgets.QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("surfaceTab")
        self.view = SurfaceView()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._landscape = None  # the landscape the view shows
        reset = QtGui.QAction("Reset the camera", self)
        reset.setShortcut(QtGui.QKeySequence("W"))
        reset.triggered.connect(self.view.reset_camera)
        self._view_actions = (reset,)
        context.function_changed.connect(lambda _setup: self._follow())
        context.paths_changed.connect(lambda source: self._follow() if source == SOURCE else None)

    def view_actions(self):
        return self._view_actions

    # Space, → and R play, step and reset the run the surface shows
    def toggle_play(self) -> None:
        self.context.run_requested.emit(SOURCE, "toggle_play")

    def step_once(self) -> None:
        self.context.run_requested.emit(SOURCE, "step_once")

    def reset_run(self) -> None:
        self.context.run_requested.emit(SOURCE, "reset_run")

    def step_back(self) -> None:
        self.context.run_requested.emit(SOURCE, "step_back")

    def go_to_start(self) -> None:
        self.context.run_requested.emit(SOURCE, "go_to_start")

    def go_to_end(self) -> None:
        self.context.run_requested.emit(SOURCE, "go_to_end")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # once the view is on screen: an OpenGL widget is set up when it is first shown
        QtCore.QTimer.singleShot(0, self._follow)

    def _follow(self) -> None:
        """Draw the Function tab's landscape and path, while this tab is shown."""
        setup = self.context.function
        if not self.isVisible() or setup is None or setup.landscape is None:
            return
        if setup.landscape is not self._landscape:
            self.view.set_landscape(setup.landscape, setup.function)
            self._landscape = setup.landscape
        for path in self.context.paths(SOURCE)[:1]:
            self.view.set_path(path.points, path.loss)
