"""The 3-D tab: the Function tab's f as a surface, with its descent path lying on it.

It needs OpenGL through pyqtgraph.opengl and PyOpenGL (the optional ``3d`` extra).
Where either is missing, or the platform cannot make an OpenGL context (a headless
``offscreen`` session, a remote desktop without GL), the tab says so in one
sentence and nothing else in the window changes.  The heights come from
:mod:`gdstudio.core.function.surface`; this module only turns them into vertices and colours.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio.core.function.surface import Surface, surface_for
from gdstudio.ui.common.plots import COLOUR_MAP, PATH_COLOUR

OPENGL_MISSING = "The 3-D view needs PyOpenGL, the optional '3d' extra: pip install 'gdstudio[3d]'. Everything else works without it."
NO_CONTEXT = "The 3-D view needs OpenGL, and this display cannot provide it ({platform}). Everything else works without it."
CURRENT_COLOUR = (1.0, 1.0, 1.0, 1.0)
START_COLOUR = (1.0, 0.82, 0.25, 1.0)


def opengl_problem() -> str | None:
    """Why the 3-D view cannot be shown here, or None when it can."""
    try:
        import OpenGL.GL  # noqa: F401
        import pyqtgraph.opengl  # noqa: F401
    except Exception:  # ImportError, or PyOpenGL failing to load a GL library
        return OPENGL_MISSING
    context = QtGui.QOpenGLContext()
    surface = QtGui.QOffscreenSurface()
    surface.create()
    usable = context.create() and context.makeCurrent(surface)
    if usable:
        context.doneCurrent()
    surface.destroy()
    if not usable:
        return NO_CONTEXT.format(platform=f"Qt platform '{QtGui.QGuiApplication.platformName()}'")
    return None


def _rgba(colour: str) -> tuple[float, float, float, float]:
    c = QtGui.QColor(colour)
    return (c.redF(), c.greenF(), c.blueF(), 1.0)


class SurfaceView(QtWidgets.QWidget):
    """A surface and a path; the owner calls :meth:`set_landscape` and :meth:`set_path`.

    Drag to turn the surface, the wheel zooms, "Reset camera" (or Home) looks at the
    whole window again.  ``available`` tells whether OpenGL drawing is possible;
    when it is not, ``message`` holds the sentence the tab shows."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("surfaceView")
        self.surface: Surface | None = None
        self.function = None
        self._path_key = None
        layout = QtWidgets.QVBoxLayout(self)
        self.caption = QtWidgets.QLabel()
        self.caption.setObjectName("surfaceCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.message: str | None = None
        self.view = None
        self._built = False  # OpenGL is looked at when the tab is first shown: start-up stays fast

    @property
    def available(self) -> bool:
        """Whether OpenGL drawing works here (checked, and the view built, on first use)."""
        if not self._built:
            self._built = True
            self._build()
        return self.view is not None

    def showEvent(self, event) -> None:
        self.available  # noqa: B018 (builds the view before it is first painted)
        super().showEvent(event)

    def _build(self) -> None:
        layout = self.layout()
        self.message = opengl_problem()
        if self.message is not None:
            self.caption.setText(self.message)
            self.caption.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
            layout.addStretch(1)
            return
        import pyqtgraph as pg
        import pyqtgraph.opengl as gl

        self._gl = gl
        self.colour_map = pg.colormap.get(COLOUR_MAP)
        view = gl.GLViewWidget()
        view.setObjectName("surfaceGL")
        view.setBackgroundColor(QtGui.QColor("#16161c"))
        view.setMinimumSize(300, 300)
        layout.addWidget(view, 1)
        buttons = QtWidgets.QHBoxLayout()
        self.reset_camera_button = QtWidgets.QPushButton("Reset camera")
        self.reset_camera_button.setObjectName("resetCameraButton")
        self.reset_camera_button.setToolTip("look at the whole window again (Home)")
        self.reset_camera_button.clicked.connect(self.reset_camera)
        buttons.addWidget(self.reset_camera_button)
        buttons.addStretch(1)
        hint = QtWidgets.QLabel("drag to turn, wheel to zoom; Space, → and R play, step and reset the Function tab's run")
        hint.setEnabled(False)
        buttons.addWidget(hint)
        layout.addLayout(buttons)
        self.mesh = None
        self.floor = gl.GLGridItem(color=(255, 255, 255, 40))  # the window's floor, a depth cue
        view.addItem(self.floor)
        self.path_item = gl.GLLinePlotItem(pos=np.zeros((2, 3)), color=_rgba(PATH_COLOUR), width=2.5, mode="lines", antialias=True)
        self.path_item.setGLOptions("translucent")
        self.markers = gl.GLScatterPlotItem(pos=np.zeros((1, 3)), size=11.0, color=CURRENT_COLOUR, pxMode=True)
        self.markers.setGLOptions("translucent")
        self.path_item.setVisible(False)
        self.markers.setVisible(False)
        view.addItem(self.path_item)
        view.addItem(self.markers)
        self.view = view

    # -- the owner's calls -------------------------------------------------------------
    def set_landscape(self, landscape, function) -> None:
        """Show a new landscape (f on the view window) and its function (for path heights)."""
        self.function = function
        self.surface = surface_for(landscape)
        self._path_key = None
        if not self.available:
            return
        surface = self.surface
        caption = f"{surface.label}, clipped to the contour's colour range; the path in orange from the start (yellow) to the current point (white)"
        self.caption.setText(caption)
        low, high = surface.shade_range
        with np.errstate(all="ignore"):
            fraction = np.clip((surface.shade - low) / (high - low), 0.0, 1.0)
        # one RGBA row per vertex, in the mesh's x-major order (pyqtgraph indexes the
        # colours by flat vertex number, whatever its docstring says of their shape)
        colours = self.colour_map.map(np.nan_to_num(fraction, nan=0.0).ravel(), mode="float")
        colours[~np.isfinite(surface.shade).ravel()] = (0.35, 0.35, 0.35, 1.0)  # where f is undefined
        if self.mesh is not None:
            self.view.removeItem(self.mesh)
        x_span = float(surface.xs[-1] - surface.xs[0])
        y_span = float(surface.ys[-1] - surface.ys[0])
        self.floor.resetTransform()
        self.floor.setSize(x_span, y_span, 1)
        self.floor.setSpacing(x_span / 10, y_span / 10, 1)
        self.floor.translate(float(surface.xs[0] + surface.xs[-1]) / 2, float(surface.ys[0] + surface.ys[-1]) / 2, 0.0)
        self.mesh = self._gl.GLSurfacePlotItem(
            x=surface.xs,
            y=surface.ys,
            z=surface.heights,
            colors=colours.astype(np.float32),
            smooth=False,
            computeNormals=False,
            glOptions="opaque",
        )
        self.view.addItem(self.mesh)
        self.reset_camera()

    def set_path(self, points: np.ndarray, values: np.ndarray) -> None:
        """Draw the path w_0 … w_t (shape (t + 1, 2)) with its f-values on the surface."""
        if not self.available or self.surface is None:
            return
        count = len(points)
        key = (count, id(self.surface), float(points[-1, 0]) if count else None)
        if key == self._path_key:
            return
        self._path_key = key
        segments = self.surface.path_segments(points, values)
        self.path_item.setVisible(len(segments) > 0)
        if len(segments):
            self.path_item.setData(pos=segments)
        markers, colours = [], []
        for index, colour in ((0, START_COLOUR), (count - 1, CURRENT_COLOUR)):
            if count:
                point = self.surface.point(points[index], values[index])
                if point is not None:
                    markers.append(point)
                    colours.append(colour)
        self.markers.setVisible(bool(markers))
        if markers:
            self.markers.setData(pos=np.array(markers), color=np.array(colours))

    def reset_camera(self) -> None:
        if not self.available or self.surface is None:
            return
        surface = self.surface
        centre = QtGui.QVector3D(float(surface.xs[0] + surface.xs[-1]) / 2, float(surface.ys[0] + surface.ys[-1]) / 2, surface.height / 3)
        span = max(float(surface.xs[-1] - surface.xs[0]), float(surface.ys[-1] - surface.ys[0]))
        self.view.setCameraPosition(pos=centre, distance=2.2 * span, elevation=32, azimuth=-60)

    def segment_count(self) -> int:
        """How many path segments are drawn (for tests)."""
        if self.view is None or not self.path_item.visible():
            return 0
        return len(self.path_item.pos) // 2

    def render_image(self) -> QtGui.QImage:
        """The view as an image (the GL framebuffer), or an empty image without OpenGL."""
        if not self.available:
            return QtGui.QImage()
        return self.view.grabFramebuffer()
