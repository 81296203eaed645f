"""The 3-D tab's view: f as a surface, with axes, and descent paths lying on it.

It needs OpenGL through pyqtgraph.opengl and PyOpenGL (the optional ``3d`` extra).
Where either is missing, or the platform cannot make an OpenGL context (a headless
``offscreen`` session, a remote desktop without GL), the tab says so in one
sentence and nothing else in the window changes.  The heights, the axes' ticks and
the camera that frames the paths come from :mod:`gdstudio.core.function.surface`;
this module only turns them into vertices, colours and text.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.core.function.surface import Camera, Surface, surface_axes, surface_for
from gdstudio.ui.common.text import number
from gdstudio.ui.common.zoom import make_note

translate = QtCore.QCoreApplication.translate

# translated where shown (opengl_problem): translate("SurfaceView", OPENGL_MISSING)
OPENGL_MISSING = QT_TRANSLATE_NOOP(
    "SurfaceView", "The 3-D view needs PyOpenGL, the optional '3d' extra: pip install 'gdstudio[3d]'. Everything else works without it."
)
NO_CONTEXT = QT_TRANSLATE_NOOP(
    "SurfaceView", "The 3-D view needs OpenGL, and this display cannot provide it ({platform}). Everything else works without it."
)
BACKGROUND = "#16161c"
CURRENT_COLOUR = (1.0, 1.0, 1.0, 1.0)
START_COLOUR = (1.0, 0.82, 0.25, 1.0)
HALO_COLOUR = (0.0, 0.0, 0.0, 0.65)  # under every path and marker: a colour reads on any part of the map
AXIS_TEXT_COLOUR = "#e6e6e6"  # on the dark background: contrast above 14 : 1
TICK_COLOUR = (0.9, 0.9, 0.9, 0.85)
FLOOR_COLOUR = (1.0, 1.0, 1.0, 0.16)
LEGEND_STYLE = "background: rgba(22, 22, 28, 215); color: #e6e6e6; border: 1px solid #55555f; border-radius: 4px; padding: 4px 8px;"
# sizes at 100 % zoom: point sizes of the axes' text, pixel widths of the lines
TICK_POINTS = 10.0
TITLE_POINTS = 12.0
LEGEND_POINTS = 10.0
PATH_WIDTH = 2.5
HALO_EXTRA = 3.0  # the halo is this much wider than the line it lies under
TICK_WIDTH = 1.5
FLOOR_WIDTH = 1.0
MARKER_SIZE = 11.0
TEXT_OUTLINE = 3.0  # pixels of dark outline around the axes' text
# drawing order (pyqtgraph draws lower depth values first); text comes last, over everything
ORDER_AXES, ORDER_HALO, ORDER_PATH, ORDER_MARKER_HALO, ORDER_MARKER, ORDER_TEXT = 1, 2, 3, 4, 5, 10


def opengl_problem() -> str | None:
    """Why the 3-D view cannot be shown here, or None when it can."""
    try:
        import OpenGL.GL  # noqa: F401
        import pyqtgraph.opengl  # noqa: F401
    except Exception:  # ImportError, or PyOpenGL failing to load a GL library
        return translate("SurfaceView", OPENGL_MISSING)
    context = QtGui.QOpenGLContext()
    surface = QtGui.QOffscreenSurface()
    surface.create()
    usable = context.create() and context.makeCurrent(surface)
    if usable:
        context.doneCurrent()
    surface.destroy()
    if not usable:
        platform = translate("SurfaceView", "Qt platform '{name}'").format(name=QtGui.QGuiApplication.platformName())
        return translate("SurfaceView", NO_CONTEXT).format(platform=platform)
    return None


def _rgba(colour: str, alpha: float = 1.0) -> tuple[float, float, float, float]:
    c = QtGui.QColor(colour)
    return (c.redF(), c.greenF(), c.blueF(), alpha)


class SurfaceView(QtWidgets.QWidget):
    """A surface with axes and paths; the owner calls :meth:`set_landscape` and :meth:`set_paths`.

    Drag to turn the surface, the wheel zooms, "Reset camera" (or W) goes back to
    the camera that frames the paths.  While the camera is where the view put it,
    the view moves it again when a path grows behind a wall of the surface.
    ``available`` tells whether OpenGL drawing is possible; when it is not,
    ``message`` holds the sentence the tab shows.  ``control_bar`` holds the
    view's buttons; the owner may add its own."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("surfaceView")
        self.surface: Surface | None = None
        self.function = None
        self.paths: tuple = ()  # what set_paths was given (each with points, loss, colour, label)
        self.description = ""
        self.legend_shown = False
        self.zoom = 1.0
        self._path_keys: tuple = ()
        self._framed: Camera | None = None  # the camera the view chose, while the user has not moved it
        self._framed_counts: tuple[int, ...] = ()  # how many points of each path it was checked against
        self._framed_starts: tuple = ()  # the paths' starts it framed
        self._follow_paths = True  # False once a framing could not show every point: no chasing
        layout = QtWidgets.QVBoxLayout(self)
        self.caption = QtWidgets.QLabel()
        self.caption.setObjectName("surfaceCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.control_bar = QtWidgets.QWidget()
        controls = QtWidgets.QHBoxLayout(self.control_bar)
        controls.setContentsMargins(0, 0, 0, 0)
        self.reset_camera_button = QtWidgets.QPushButton(translate("SurfaceView", "Reset camera"))
        self.reset_camera_button.setObjectName("resetCameraButton")
        self.reset_camera_button.setToolTip(translate("SurfaceView", "look from where the whole path shows (W)"))
        self.reset_camera_button.clicked.connect(self.reset_camera)
        controls.addWidget(self.reset_camera_button)
        controls.addStretch(1)
        self.hint = make_note(QtWidgets.QLabel())
        self.hint.setObjectName("surfaceHint")
        controls.addWidget(self.hint)
        self.control_bar.hide()  # until OpenGL is known to work
        layout.addWidget(self.control_bar)
        self.set_hint(translate("SurfaceView", "the Function tab's run"))
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
        from OpenGL import GL

        from gdstudio.ui.common.plots import COLOUR_MAP
        from gdstudio.ui.surface.outlined_text import OutlinedText

        self._gl = gl
        self._text_item = OutlinedText
        self.colour_map = pg.colormap.get(COLOUR_MAP)
        blend = (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA)
        # a halo lies under its line without hiding it: it is depth-tested against the
        # surface but writes no depth, so the line drawn next at the same depth shows
        self._halo_options = {
            GL.GL_DEPTH_TEST: True,
            GL.GL_BLEND: True,
            GL.GL_CULL_FACE: False,
            "glBlendFunc": blend,
            "glDepthMask": (GL.GL_FALSE,),
        }
        self._line_options = {
            GL.GL_DEPTH_TEST: True,
            GL.GL_BLEND: True,
            GL.GL_CULL_FACE: False,
            "glBlendFunc": blend,
            "glDepthMask": (GL.GL_TRUE,),
        }
        # the start and current points are drawn whole, over the slope they sit on
        marker_options = {
            GL.GL_DEPTH_TEST: False,
            GL.GL_BLEND: True,
            GL.GL_CULL_FACE: False,
            "glBlendFunc": blend,
            "glDepthMask": (GL.GL_TRUE,),
        }
        view = gl.GLViewWidget()
        view.setObjectName("surfaceGL")
        view.setAccessibleName(translate("SurfaceView", "surface of f(x, y) in 3-D with the descent paths"))
        view.setBackgroundColor(QtGui.QColor(BACKGROUND))
        view.setMinimumSize(300, 300)
        view.installEventFilter(self)  # after a drag, the axes move to the edges facing the camera
        layout.insertWidget(1, view, 1)
        self.control_bar.show()
        self.legend = QtWidgets.QLabel(view)  # over the view's top-left corner, away from the centred surface
        self.legend.setObjectName("surfaceLegend")
        self.legend.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.legend.move(10, 10)
        self.legend.hide()
        self.mesh = None
        self.floor = self._lines(FLOOR_COLOUR, FLOOR_WIDTH, ORDER_AXES)
        self.tick_lines = self._lines(TICK_COLOUR, TICK_WIDTH, ORDER_AXES)
        for item in (self.floor, self.tick_lines):
            view.addItem(item)
        self.texts: list = []  # the axes' GLTextItems
        self.labels: list[tuple[str, str]] = []  # (axis, text) of each
        self.path_items: list[tuple] = []  # (halo, line) per path
        self.marker_halo = gl.GLScatterPlotItem(pos=np.zeros((1, 3)), size=MARKER_SIZE + HALO_EXTRA, color=HALO_COLOUR, pxMode=True)
        self.marker_halo.setGLOptions(marker_options)
        self.marker_halo.setDepthValue(ORDER_MARKER_HALO)
        self.markers = gl.GLScatterPlotItem(pos=np.zeros((1, 3)), size=MARKER_SIZE, color=CURRENT_COLOUR, pxMode=True)
        self.markers.setGLOptions(marker_options)
        self.markers.setDepthValue(ORDER_MARKER)
        for item in (self.marker_halo, self.markers):
            item.setVisible(False)
            view.addItem(item)
        self.view = view

    def _lines(self, colour, width: float, order: int, options=None):
        item = self._gl.GLLinePlotItem(pos=np.zeros((2, 3)), color=colour, width=width * self.zoom, mode="lines", antialias=True)
        item.setGLOptions(options if options is not None else self._line_options)
        item.setDepthValue(order)
        item.setVisible(False)
        item.base_width = width  # scaled by the zoom
        return item

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view:
            if event.type() == QtCore.QEvent.Type.MouseButtonRelease:
                self._place_axes()
            elif event.type() == QtCore.QEvent.Type.Resize:
                self._fit_to_size()
        return False

    def _aspect(self) -> float:
        return self.view.width() / max(self.view.height(), 1)

    def _fit_to_size(self) -> None:
        """After a resize, the camera the view chose stands as far back as the new shape needs."""
        if self.surface is None or self._framed is None or self._framed != self.current_camera():
            return
        self._look_from(self.surface.camera(self._framed.elevation, self._framed.azimuth, self._aspect()))

    # -- the owner's calls -------------------------------------------------------------
    def set_landscape(self, landscape, function) -> None:
        """Show a new landscape (f on the view window) and its function (for path heights)."""
        self.function = function
        self.surface = surface_for(landscape)
        self.paths = ()  # the owner gives this landscape's paths next
        self._path_keys = ()
        if not self.available:
            return
        surface = self.surface
        low, high = surface.shade_range
        with np.errstate(all="ignore"):
            fraction = np.clip((surface.shade - low) / (high - low), 0.0, 1.0)
        # one RGBA row per vertex, in the mesh's x-major order (pyqtgraph indexes the
        # colours by flat vertex number, whatever its docstring says of their shape)
        colours = self.colour_map.map(np.nan_to_num(fraction, nan=0.0).ravel(), mode="float")
        colours[~np.isfinite(surface.shade).ravel()] = (0.35, 0.35, 0.35, 1.0)  # where f is undefined
        if self.mesh is not None:
            self.view.removeItem(self.mesh)
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
        self._write_caption()
        self._draw_paths()
        self.reset_camera()

    def set_paths(self, paths: Sequence, description: str = "", legend: bool = False) -> None:
        """Draw ``paths`` (each with ``points`` w_0 … w_t of shape (t + 1, 2), their f-values
        ``loss``, a ``colour`` and a ``label``) on the surface, each from its start to its
        current point; ``description`` ends the caption (a sentence: what the paths are,
        or why there are none); ``legend`` shows the paths' colours and labels over the view's corner."""
        self.paths = tuple(paths)
        if description != self.description:
            self.description = description
            self._write_caption()
        self.legend_shown = legend
        if not self.available or self.surface is None:
            return
        self._write_legend()
        if self._draw_paths():
            self._keep_paths_in_view()

    def set_hint(self, what: str) -> None:
        """Say in the control bar what Space, → and R drive (``what``: "the Function tab's run")."""
        self.hint.setText(
            translate("SurfaceView", "drag to turn, wheel to zoom; Space, → and R play, step and reset {what}").format(what=what)
        )

    def set_zoom(self, zoom: float) -> None:
        """Scale the axes' text, the lines, the markers and the legend by ``zoom`` (1 = 100 %)."""
        self.zoom = float(zoom)
        if self.view is None:
            return
        for item in [self.floor, self.tick_lines, *(item for pair in self.path_items for item in pair)]:
            item.setData(width=item.base_width * self.zoom)
        self._draw_markers()
        self._place_axes()
        self._write_legend()

    def reset_camera(self) -> None:
        """Look from the camera that frames the paths and the surface's lowest point (see
        :meth:`Surface.framing_camera`), and put the axes on the edges facing it."""
        if not self.available or self.surface is None:
            return
        points, values = self._all_points()
        camera = self.surface.framing_camera(points, values, aspect=self._aspect())
        self._look_from(camera)
        self._framed_counts = tuple(len(path.points) for path in self.paths)
        self._framed_starts = self._starts()
        # a camera that could not show every point is not chased again as the paths grow
        vertices = self.surface.points_3d(points, values)
        self._follow_paths = not self.surface.occluded(vertices[:: max(1, len(vertices) // 200)], camera.position).any()

    def current_camera(self) -> Camera | None:
        """Where the view looks from now."""
        if self.view is None:
            return None
        opts = self.view.opts
        centre = opts["center"]
        return Camera((centre.x(), centre.y(), centre.z()), float(opts["distance"]), float(opts["elevation"]), float(opts["azimuth"]))

    # -- drawing -----------------------------------------------------------------------
    def _look_from(self, camera: Camera) -> None:
        self.view.setCameraPosition(
            pos=QtGui.QVector3D(*camera.centre), distance=camera.distance, elevation=camera.elevation, azimuth=camera.azimuth
        )
        self._framed = self.current_camera()
        self._place_axes()

    def _all_points(self) -> tuple[np.ndarray, np.ndarray]:
        if not self.paths:
            return np.empty((0, 2)), np.empty(0)
        return (
            np.concatenate([np.asarray(p.points, dtype=float).reshape(-1, 2) for p in self.paths]),
            np.concatenate([np.asarray(p.loss, dtype=float) for p in self.paths]),
        )

    def _starts(self) -> tuple:
        return tuple(tuple(np.asarray(path.points[:1], dtype=float).ravel()) for path in self.paths)

    def _keep_paths_in_view(self) -> None:
        """While the camera is where the view put it, frame again when a path's new points are hidden."""
        if self._framed is None or self._framed != self.current_camera():
            return  # the user has turned or zoomed the camera: it stays where they put it
        if self._starts() != self._framed_starts:
            self.reset_camera()  # other runs (a new start, another function, other racers): frame them
            return
        if any(len(path.points) < checked for path, checked in zip(self.paths, self._framed_counts)):
            self._follow_paths = True  # a new run: its start and steps are checked afresh
            self._framed_counts = (0,) * len(self.paths)
        if not self._follow_paths:
            return
        position = self._framed.position
        for path, checked in zip(self.paths, self._framed_counts):
            new = slice(checked, None)
            if self.surface.occluded(self.surface.points_3d(path.points[new], path.loss[new]), position).any():
                self.reset_camera()
                return
        self._framed_counts = tuple(len(path.points) for path in self.paths)

    def _draw_paths(self) -> bool:
        """Draw the paths as lines with halos; False when nothing changed since the last time."""
        keys = tuple((len(p.points), tuple(np.asarray(p.points[-1:], dtype=float).ravel()), p.colour) for p in self.paths) + (
            id(self.surface),
        )
        if keys == self._path_keys:
            return False
        self._path_keys = keys
        while len(self.path_items) < len(self.paths):
            halo = self._lines(HALO_COLOUR, PATH_WIDTH + HALO_EXTRA, ORDER_HALO, self._halo_options)
            line = self._lines((1.0, 1.0, 1.0, 1.0), PATH_WIDTH, ORDER_PATH)
            self.view.addItem(halo)
            self.view.addItem(line)
            self.path_items.append((halo, line))
        for index, (halo, line) in enumerate(self.path_items):
            segments = (
                self.surface.path_segments(self.paths[index].points, self.paths[index].loss)
                if index < len(self.paths)
                else np.empty((0, 3))
            )
            for item in (halo, line):
                item.setVisible(len(segments) > 0)
            if len(segments):
                halo.setData(pos=segments)
                line.setData(pos=segments, color=_rgba(self.paths[index].colour))
        self._draw_markers()
        return True

    def _draw_markers(self) -> None:
        """The start of each path (yellow) and its current point (white for one path, its colour in a race)."""
        markers, colours = [], []
        starts = set()
        for path in self.paths:
            count = len(path.points)
            if not count:
                continue
            start = self.surface.point(path.points[0], path.loss[0])
            if start is not None and tuple(start) not in starts:
                starts.add(tuple(start))
                markers.append(start)
                colours.append(START_COLOUR)
            current = self.surface.point(path.points[-1], path.loss[-1]) if count > 1 else None
            if current is not None:
                markers.append(current)
                colours.append(CURRENT_COLOUR if len(self.paths) == 1 else _rgba(path.colour))
        for item in (self.marker_halo, self.markers):
            item.setVisible(bool(markers))
        if markers:
            self.marker_halo.setData(pos=np.array(markers), size=(MARKER_SIZE + HALO_EXTRA) * self.zoom)
            self.markers.setData(pos=np.array(markers), color=np.array(colours), size=MARKER_SIZE * self.zoom)

    def _place_axes(self) -> None:
        """The axes for where the camera is: grid, ticks, their labels and the axes' titles."""
        camera = self.current_camera()
        if self.surface is None or camera is None:
            return
        axes = surface_axes(self.surface, camera)
        self.floor.setData(pos=axes.floor_lines)
        self.tick_lines.setData(pos=axes.tick_marks)
        self.floor.setVisible(True)
        self.tick_lines.setVisible(True)
        for item in self.texts:
            self.view.removeItem(item)
        tick_font = QtGui.QFont()
        tick_font.setPointSizeF(TICK_POINTS * self.zoom)
        title_font = QtGui.QFont()
        title_font.setPointSizeF(TITLE_POINTS * self.zoom)
        title_font.setBold(True)
        centred = QtCore.Qt.AlignmentFlag.AlignHCenter | QtCore.Qt.AlignmentFlag.AlignVCenter
        labels = [(title.axis, title.position, title.text, title_font) for title in axes.titles]
        labels += [(tick.axis, tick.position, number(tick.value), tick_font) for tick in axes.ticks]
        self.texts = []
        self.labels = []
        for axis, position, text, font in self._readable(labels):
            self.labels.append((axis, text))
            item = self._text_item(
                outline=TEXT_OUTLINE * self.zoom,
                pos=np.asarray(position, dtype=float),
                text=text,
                font=font,
                color=QtGui.QColor(AXIS_TEXT_COLOUR),
                alignment=centred,
            )
            item.setDepthValue(ORDER_TEXT)
            self.view.addItem(item)
            self.texts.append(item)

    def _readable(self, labels: list) -> list:
        """The labels that do not overlap on screen, in order (the titles come first and
        always stay): a tick label is left out where it would cover one already kept, as
        the height's ticks do when the camera looks down from high above."""
        kept, boxes = [], []
        for label in labels:
            box = self.label_box(*label[1:])
            if any(box.intersects(other) for other in boxes):
                continue
            kept.append(label)
            boxes.append(box)
        return kept

    def label_box(self, position, text: str, font: QtGui.QFont) -> QtCore.QRectF:
        """The screen rectangle a label centred at the 3-D ``position`` covers, with a little room."""
        box = QtGui.QFontMetricsF(font).boundingRect(text)
        box.moveCenter(self.screen_point(position))
        return box.adjusted(-3, -2, 3, 2)

    def screen_point(self, position) -> QtCore.QPointF:
        """Where the 3-D ``position`` shows in the view, in the widget's pixels (as GLTextItem maps it)."""
        width, height = max(self.view.width(), 1), max(self.view.height(), 1)
        area = (0, 0, width, height)
        to_screen = QtGui.QMatrix4x4()
        to_screen.viewport(0, height, width, -height)
        to_screen = to_screen * self.view.projectionMatrix(area, area) * self.view.viewMatrix()
        return to_screen.map(QtGui.QVector3D(*(float(v) for v in position))).toPointF()

    def _write_caption(self) -> None:
        if self.message is not None:
            return
        parts = []
        if self.surface is not None:
            parts.append(
                translate("SurfaceView", "The height is {shade}, clipped to the contour's colour range.").format(
                    shade=self.surface.shade_label
                )
            )
        if self.description:
            parts.append(self.description)
        self.caption.setText(" ".join(parts))

    def _write_legend(self) -> None:
        """Each path's colour and label, over the view's corner."""
        if not (self.legend_shown and self.paths):
            self.legend.hide()
            return
        rows = "".join(
            f'<tr><td style="color:{escape(path.colour)}; font-weight:bold">━━</td><td>&nbsp;{escape(path.label)}</td></tr>'
            for path in self.paths
        )
        text = f"<table cellspacing='0' cellpadding='1'>{rows}</table>"
        style = f"QLabel#surfaceLegend {{ {LEGEND_STYLE} font-size: {LEGEND_POINTS * self.zoom:.1f}pt; }}"
        if (text, style) != (self.legend.text(), self.legend.styleSheet()):  # a style sheet is costly to set at every frame
            self.legend.setStyleSheet(style)
            self.legend.setText(text)
            self.legend.adjustSize()
        self.legend.show()
        self.legend.raise_()

    # -- what tests and exports read -----------------------------------------------------
    def segment_counts(self) -> list[int]:
        """How many segments of each path are drawn."""
        if self.view is None:
            return []
        return [len(line.pos) // 2 if line.visible() else 0 for _halo, line in self.path_items[: len(self.paths)]]

    def segment_count(self) -> int:
        """How many path segments are drawn, all paths together."""
        return sum(self.segment_counts())

    def axis_labels(self) -> list[tuple[str, str]]:
        """The axes' labels drawn in the view, as (axis, text): "x", "y" or "f", titles first."""
        return list(self.labels)

    def render_image(self) -> QtGui.QImage:
        """The view as an image (the GL framebuffer), or an empty image without OpenGL."""
        if not self.available:
            return QtGui.QImage()
        return self.view.grabFramebuffer()
