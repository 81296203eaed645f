"""The plots: the contour of f with the descent path, and the loss curve.

Each plot is a small pyqtgraph object fed with numpy arrays through methods
named after what they show; they hold no mathematics (the landscape, levels and
arrows all come from the core).
"""

from __future__ import annotations

import math

import contourpy
import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

try:  # pyqtgraph's own segments (the curve's segmented mode), drawn here in pixels
    from pyqtgraph.graphicsItems.PlotCurveItem import arrayToLineSegments as _line_segments
except ImportError:  # an older pyqtgraph: lines are drawn as it draws them
    _line_segments = None

from gdstudio.core.descent.decimate import LossEnvelope, PathDecimator, loss_envelope
from gdstudio.core.descent.loss_scale import LossScale, log_scale_view
from gdstudio.core.function.landscape import Landscape
from gdstudio.ui.common.axes import BASE_POINT_SIZE, honest_axes, nice_step
from gdstudio.ui.common.zoom import set_legend_text_size, set_plot_zoom

# Paths and loss curves are decimated to the plot's pixels by the core
# (gdstudio.core.descent.decimate): drawing costs the same at 1,000 and 10,000,000 steps.
PATH_CELL_PIXELS = 1 / np.sqrt(2)  # the decimator's cells are 1/√2 of this: one pixel
LOSS_BUCKET_PIXELS = 2.0  # pixel columns per bucket of a loss curve's envelope
LOSS_DATA_HEIGHT = 60  # pixels of a loss plot's curve kept at every zoom (LossPlot)
# Every point of a path gets a marker while there are at most this many (shared
# among the paths of a race); beyond that the markers would merge into a line.
MARK_POINTS_UP_TO = 400

ANTIALIAS = True
COLOUR_MAP = "viridis"  # perceptually uniform
PATH_COLOUR = "#ff5a36"
MARKER_RADIUS = 7.0  # pixels: the current point (13 across) and the start cross (11) at zoom 1
GRADIENT_COLOUR = "#e8e8e8"
STEP_COLOUR = "#ff2d95"
# The runs of a race: Okabe and Ito's colour-blind-safe qualitative palette, with white
# in place of its black (the plots are dark by default). Every run line has an outline
# (a dark one under light colours, a light one under dark colours), so it reads on
# every part of the colour map and in the legend.
RUN_COLOURS = ("#e69f00", "#56b4e9", "#f0e442", "#009e73", "#d55e00", "#cc79a7", "#0072b2", "#ffffff")


OUTLINE_EXTRA_WIDTH = 2.5  # an outline is this much wider than its line


def outline_pen(colour: str, width: float) -> QtGui.QPen:
    """The outline drawn under a run's line of ``width``: dark under a light colour, light under a dark one."""
    shade = QtGui.QColor(colour)
    light = 0.2126 * shade.redF() + 0.7152 * shade.greenF() + 0.0722 * shade.blueF() > 0.35
    return pg.mkPen((0, 0, 0, 170) if light else (255, 255, 255, 200), width=width + OUTLINE_EXTRA_WIDTH)


def configure_pyqtgraph() -> None:
    pg.setConfigOptions(antialias=ANTIALIAS, imageAxisOrder="col-major")


class LazyMenuViewBox(pg.ViewBox):
    """A ViewBox whose right-click menu (View All, the axes' ranges, mouse mode) is built
    the first time it is asked for, not with the plot: building it costs about 2.5 ms a
    plot, and the window starts with fourteen plots, most of whose menus nobody opens."""

    def __init__(self, *args, **kwargs):
        wanted = kwargs.pop("enableMenu", True)
        super().__init__(*args, enableMenu=False, **kwargs)  # pyqtgraph builds the menu of a ViewBox made with one
        self.state["enableMenu"] = wanted  # on (unless asked otherwise); built when first shown

    def getMenu(self, event):
        if self.menu is None and self.menuEnabled():
            self.setMenuEnabled(True)  # builds it
        return self.menu

    def getContextMenus(self, event):
        menu = self.getMenu(event)
        return menu.actions() if menu is not None else []


def plot_parts(*axes: str) -> dict:
    """The parts a plot on screen is made with (``PlotItem(**plot_parts())``, also for a
    PlotWidget): :class:`~gdstudio.ui.common.axes.HonestAxis` axes ``axes`` (left and
    bottom by default) and a :class:`LazyMenuViewBox`."""
    return {"axisItems": honest_axes(*axes), "viewBox": LazyMenuViewBox()}


class Arrow:
    """A shaft and a head from one point to another, on a plot."""

    def __init__(self, plot: pg.PlotItem, colour: str, width: float = 2.5):
        pen = pg.mkPen(colour, width=width)
        self.shaft = pg.PlotDataItem(pen=pen)
        self.head = pg.ArrowItem(angle=0, headLen=14, tipAngle=32, pen=pen, brush=colour)
        self.shaft.setZValue(30)
        self.head.setZValue(31)
        plot.addItem(self.shaft)
        plot.addItem(self.head)
        self.hide()

    def set(self, tail, tip) -> None:
        tail = np.asarray(tail, dtype=float)
        tip = np.asarray(tip, dtype=float)
        delta = tip - tail
        if not (np.all(np.isfinite(tail)) and np.all(np.isfinite(tip))) or not np.any(delta):
            self.hide()
            return
        self.shaft.setData(np.array([tail[0], tip[0]]), np.array([tail[1], tip[1]]))
        self.head.setPos(float(tip[0]), float(tip[1]))
        self._direction = delta
        self._update_angle()
        self.shaft.show()
        self.head.show()

    def _update_angle(self) -> None:
        # ArrowItem's angle is in screen degrees: account for the axes' aspect.
        view = self.shaft.getViewBox()
        dx, dy = self._direction
        if view is not None:
            sx, sy = view.viewPixelSize()
            if sx > 0 and sy > 0:
                dx, dy = dx / sx, dy / sy
        angle = 180.0 - float(np.degrees(np.arctan2(dy, dx)))
        # setStyle rebuilds the head's path: skip it while the turn is too small to see
        if abs((angle - self.head.opts["angle"] + 180.0) % 360.0 - 180.0) >= 0.5:
            self.head.setStyle(angle=angle)

    def hide(self) -> None:
        self._direction = np.array([1.0, 0.0])
        self.shaft.hide()
        self.head.hide()

    def refresh(self) -> None:
        if self.head.isVisible():
            self._update_angle()


class ArrowSet(QtWidgets.QGraphicsPathItem):
    """Many arrows (shafts and filled heads) as one plain Qt path item: one item to lay
    out and paint, with no Python in its painting. The heads keep their size on
    screen: they are rebuilt when the view's range changes."""

    def __init__(self, plot: pg.PlotItem, colour: str, width: float = 1.5, head_length: float = 12.0, head_width: float = 5.0):
        super().__init__()
        pen = QtGui.QPen(QtGui.QColor(colour))
        pen.setWidthF(width)
        pen.setCosmetic(True)
        pen.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)
        self.setPen(pen)
        self.setBrush(QtGui.QBrush(QtGui.QColor(colour)))
        self.setZValue(31)
        self.head_length = head_length
        self.head_width = head_width
        self.tails = np.empty((0, 2))
        self.tips = np.empty((0, 2))
        self.view = plot.getViewBox()
        plot.addItem(self, ignoreBounds=True)
        self.view.sigRangeChanged.connect(self._rebuild)

    def rescale(self, ratio: float) -> None:
        """Thicker shafts and larger heads (the presentation zoom)."""
        pen = QtGui.QPen(self.pen())
        pen.setWidthF(pen.widthF() * ratio)
        self.setPen(pen)
        self.head_length *= ratio
        self.head_width *= ratio
        self._rebuild()

    def set(self, tails, tips) -> None:
        """Arrows from tails[i] to tips[i]; those with a non-finite end or no length are left out."""
        tails = np.asarray(tails, dtype=float).reshape(-1, 2)
        tips = np.asarray(tips, dtype=float).reshape(-1, 2)
        keep = np.all(np.isfinite(tails), axis=1) & np.all(np.isfinite(tips), axis=1) & np.any(tips != tails, axis=1)
        self.tails, self.tips = tails[keep], tips[keep]
        self._rebuild()

    def _rebuild(self, *args) -> None:
        path = QtGui.QPainterPath()
        sx, sy = self.view.viewPixelSize()
        if not (sx > 0 and sy > 0):
            sx = sy = 1.0
        for tail, tip in zip(self.tails, self.tips):
            # the head in screen pixels, then back to data units
            direction = np.array([(tip[0] - tail[0]) / sx, (tip[1] - tail[1]) / sy])
            length = float(np.hypot(*direction))
            unit = direction / length
            normal = np.array([-unit[1], unit[0]])
            head = min(self.head_length, 0.6 * length)
            back = -unit * head
            corners = [back + normal * self.head_width * head / self.head_length, back - normal * self.head_width * head / self.head_length]
            base = tip + back * (sx, sy) * 0.8
            path.moveTo(float(tail[0]), float(tail[1]))
            path.lineTo(float(base[0]), float(base[1]))
            polygon = QtGui.QPolygonF(
                [QtCore.QPointF(float(tip[0]), float(tip[1]))]
                + [QtCore.QPointF(float(tip[0] + c[0] * sx), float(tip[1] + c[1] * sy)) for c in corners]
            )
            path.addPolygon(polygon)
            path.closeSubpath()
        self.setPath(path)

    def count(self) -> int:
        return len(self.tails)


class _DeviceSegmentsCurve(pg.PlotCurveItem):
    """A curve item that, in pyqtgraph's segmented mode, draws its segments in the view's
    pixels. Qt strokes wide antialiased lines given in data coordinates (under the
    plot's scaling) through its general path filler, 10-20 times slower than the same
    lines given in pixels, which its raster engine draws directly: 18.6 against 1.0 ms
    for the 250 segments of a zigzag across a valley. The pens are cosmetic (pyqtgraph's
    own), so their widths are pixels either way."""

    def paint(self, p, opt, widget):
        pens = [self.opts[kind] for kind in ("shadowPen", "pen")]
        if (
            _line_segments is None
            or self.opts["segmentedLineMode"] != "on"
            or self.xData is None
            or len(self.xData) < 2
            or self.opts["stepMode"]
            or self.opts["fillLevel"] is not None
            or self._exportOpts is not False  # an export draws as pyqtgraph does
            or any(pen is not None and not pen.isCosmetic() for pen in pens)
        ):
            super().paint(p, opt, widget)
            return
        transform = p.transform()
        x = self.xData * transform.m11() + self.yData * transform.m21() + transform.m31()
        y = self.xData * transform.m12() + self.yData * transform.m22() + transform.m32()
        self._pixel_segments = _line_segments(
            x, y, connect=self.opts["connect"], finiteCheck=not self.opts["skipFiniteCheck"], out=getattr(self, "_pixel_segments", None)
        )
        p.save()
        p.resetTransform()
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, self.opts["antialias"])
        for pen in pens:
            if pen is not None and pen.style() != QtCore.Qt.PenStyle.NoPen:
                p.setPen(pen)
                p.drawLines(*self._pixel_segments.drawargs())
        p.restore()


class RunLine(pg.PlotDataItem):
    """A run's line (a path on the contour, a loss curve): a PlotDataItem whose curve is
    drawn in pixels when segmented (see _DeviceSegmentsCurve and fit_line_width)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plain = self.curve
        plain.setParentItem(None)
        self.curve = _DeviceSegmentsCurve()
        self.curve.setParentItem(self)
        self.curve.sigClicked.connect(self.sigClicked)
        self.updateItems(styleUpdate=True)


class ContourItem(pg.PlotItem):
    """f as a colour-mapped image with labelled iso-lines, a colour bar, the
    descent path, the current point, and the gradient and step arrows."""

    zoom = 1.0  # the presentation zoom: line widths, markers and text scale with it

    def __init__(self):
        configure_pyqtgraph()
        super().__init__(**plot_parts())
        self.plot_item = self
        self.plot_item.setLabel("bottom", "x")
        self.plot_item.setLabel("left", "y")
        self.plot_item.showGrid(False, False)
        self.image = pg.ImageItem()
        self.image.setZValue(-10)
        self.image.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot_item.addItem(self.image)
        self.colour_map = pg.colormap.get(COLOUR_MAP)
        self.colour_bar = pg.ColorBarItem(colorMap=self.colour_map, interactive=False, width=14, label="f(x, y)")
        self.colour_bar.setImageItem(self.image, insert_in=self.plot_item)
        self.isocurves: list[pg.PlotCurveItem] = []
        self.iso_labels: list[pg.TextItem] = []
        self.landscape: Landscape | None = None
        self.paths: list[pg.PlotDataItem] = []
        self._decimators: list[PathDecimator] = []  # one per path: what to draw of it at this scale
        # the current point of every path, drawn by one scatter item
        self.markers = pg.ScatterPlotItem(size=13, pen=pg.mkPen("w", width=2))
        self.markers.setZValue(40)
        self.plot_item.addItem(self.markers)
        self._current: list[tuple[float, float] | None] = []
        self._marker_colours: list[str] = []
        self._brushes: dict[str, QtGui.QBrush] = {}
        self.set_path_count(1)
        self.gradient_arrow = Arrow(self.plot_item, GRADIENT_COLOUR)
        self.step_arrow = Arrow(self.plot_item, STEP_COLOUR)
        self.extra_arrows: list[Arrow] = []
        self.axis_lines: list[pg.PlotDataItem] = []
        self.start_marker = pg.ScatterPlotItem(size=11, symbol="x", pen=pg.mkPen("w", width=2), brush=None)
        self.start_marker.setZValue(25)
        self.plot_item.addItem(self.start_marker)
        self.plot_item.getViewBox().sigRangeChanged.connect(self.refresh_arrows)
        cache_static_parts(self)
        cache_static_parts(self.colour_bar)

    def set_zoom(self, zoom: float) -> None:
        set_plot_zoom(self, zoom)
        font = QtGui.QFont(QtWidgets.QApplication.font())
        font.setPointSizeF(BASE_POINT_SIZE * self.zoom)
        for name in ("left", "right"):
            axis = self.colour_bar.getAxis(name)
            axis.setStyle(tickFont=font)
            axis.labelStyle = {**axis.labelStyle, "font-size": f"{BASE_POINT_SIZE * self.zoom:.1f}pt"}
            axis._updateLabel()

    # -- the landscape -------------------------------------------------------
    def set_landscape(self, landscape: Landscape, reset_view: bool = True, levels: tuple[float, float] | None = None) -> None:
        """Show ``landscape``; ``levels`` is the colour range (low, high) when it is fixed
        elsewhere (a weight-space map keeps one for a whole run), else it is this grid's."""
        self.landscape = landscape
        x_min, x_max, y_min, y_max = landscape.window
        shade = np.where(np.isfinite(landscape.shade), landscape.shade, np.nan)
        finite = shade[np.isfinite(shade)]
        if levels is not None:
            low, high = float(levels[0]), float(levels[1])
        else:
            low, high = (float(finite.min()), float(np.percentile(finite, 99.0))) if finite.size else (0.0, 1.0)
        if not high > low:
            high = low + 1.0
        self.image.setImage(shade, levels=(low, high), autoLevels=False)
        self.image.setRect(QtCore.QRectF(x_min, y_min, x_max - x_min, y_max - y_min))
        self.colour_bar.setLevels((low, high))
        self.colour_bar.getAxis("left").setLabel(landscape.shade_label)
        self._draw_isocurves(landscape)
        if reset_view:
            self.plot_item.setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=0)

    def _draw_isocurves(self, landscape: Landscape) -> None:
        """All iso-lines in one curve item and a label on every other level. The items
        are kept and given new data (a weight-space plane is redrawn while a network
        trains: new items each time cost a frame's worth of scene bookkeeping)."""
        data = np.where(np.isfinite(landscape.shade), landscape.shade, np.nan)
        segments_x, segments_y, labels = [], [], []
        if np.isfinite(data).any():
            # contourpy (matplotlib's contouring library) traces a 400×400 grid in milliseconds
            generator = contourpy.contour_generator(landscape.xs, landscape.ys, data.T, line_type="ChunkCombinedNan")
            for index, level in enumerate(landscape.levels):
                chunks = [c for c in generator.lines(level)[0] if c is not None and len(c)]
                if not chunks:
                    continue
                lines = np.concatenate(chunks + [np.full((1, 2), np.nan)])
                segments_x.append(lines[:, 0])
                segments_y.append(lines[:, 1])
                if index % 2 == 0:
                    position = _label_position(lines)
                    # levels crowded into one corner would print their labels over each other
                    if position is not None and not _near_any(position, [p for _, p in labels], landscape.window):
                        labels.append((_format_level(landscape.level_value(level)), position))
        if not self.isocurves:
            # painted from a cached pixmap while a run plays
            curve = pg.PlotCurveItem(pen=pg.mkPen((255, 255, 255, 150), width=self.zoom), connect="finite")
            curve.setZValue(-5)
            curve.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.plot_item.addItem(curve)
            self.isocurves.append(curve)
        if segments_x:
            self.isocurves[0].setData(np.concatenate(segments_x), np.concatenate(segments_y), connect="finite")
        else:
            self.isocurves[0].setData([], [])
        while len(self.iso_labels) < len(labels):
            label = pg.TextItem("", color=(255, 255, 255, 210), anchor=(0.5, 0.5))
            font = label.textItem.font()
            font.setPointSizeF(BASE_POINT_SIZE * self.zoom)
            label.setFont(font)
            label.setZValue(-4)
            label.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.plot_item.addItem(label)
            self.iso_labels.append(label)
        for index, label in enumerate(self.iso_labels):
            if index < len(labels):
                text, position = labels[index]
                if label.textItem.toPlainText() != text:
                    label.setText(text)
                label.setPos(*position)
                label.show()
            else:
                label.hide()

    # -- paths -----------------------------------------------------------------
    def set_path_count(self, count: int, colours=RUN_COLOURS) -> None:
        while len(self.paths) > count:
            self.plot_item.removeItem(self.paths.pop())
            self._decimators.pop()
            self._current.pop()
            self._marker_colours.pop()
        while len(self.paths) < count:
            colour = colours[len(self.paths) % len(colours)]
            line = RunLine(
                pen=pg.mkPen(colour, width=2 * self.zoom),
                shadowPen=outline_pen(colour, 2 * self.zoom),
                symbol="o",
                symbolSize=5 * self.zoom,
                symbolBrush=colour,
                symbolPen=None,
            )
            line.setZValue(20)
            line.outlined = True  # outlined while short (see fit_line_width)
            self.plot_item.addItem(line)
            self.paths.append(line)
            self._decimators.append(PathDecimator())
            self._current.append(None)
            self._marker_colours.append(colour)
        self._draw_markers()

    def set_path_colour(self, index: int, colour: str) -> None:
        line = self.paths[index]
        line.setPen(pg.mkPen(colour, width=2 * self.zoom))
        line.setShadowPen(outline_pen(colour, 2 * self.zoom))
        line.setSymbolBrush(colour)
        self._marker_colours[index] = colour
        self._draw_markers()

    def set_path(self, points: np.ndarray, index: int = 0, steps=None) -> None:
        """Draw the path w_0 … w_t (``steps``: the step of each point, for a thinned history);
        the last point is the current one."""
        self._set_line(points, index, steps=steps)
        self._draw_markers()

    def set_paths(self, paths, steps=None) -> None:
        """Every path at once (path i gets paths[i], at steps[i]); the current points are
        redrawn once. Each point of a path is marked only while all the paths together have few points."""
        paths = list(paths)
        marked = MARK_POINTS_UP_TO // max(len(paths), 1)
        for index, points in enumerate(paths):
            self._set_line(points, index, marked, None if steps is None else steps[index])
        self._draw_markers()

    def set_markers_at(self, points) -> None:
        """Put the current-point markers at ``points`` (one (x, y) or None per path) instead of
        the paths' ends: the timeline shows an earlier step. The next set_path puts them back."""
        for index, point in enumerate(points):
            if index < len(self._current):
                finite = point is not None and np.all(np.isfinite(point))
                self._current[index] = (float(point[0]), float(point[1])) if finite else None
        self._draw_markers()

    def current_points(self) -> list:
        """Where each path's current-point marker is (None where a path shows none)."""
        return list(self._current)

    def _set_line(self, points: np.ndarray, index: int, marked: int = None, steps=None) -> None:
        line = self.paths[index]
        marked = MARK_POINTS_UP_TO if marked is None else marked
        points = np.asarray(points, dtype=float)
        if len(points) == 0:
            set_data_if_changed(line, np.empty(0), np.empty(0))
            self._current[index] = None
            return
        # markers on every point only while they can be told apart
        line.setSymbol("o" if len(points) <= marked else None)
        if len(points) <= marked:
            shown, connect = points, "auto"  # a short path point for point: every step is marked
        else:
            # what is drawn depends on the plot's pixels, not on the length of the run
            pixel_x, pixel_y = self.getViewBox().viewPixelSize()
            # cells of a whole pixel (the core's default, 1/√2 px, draws about twice the points
            # for no difference a person can see, and each frame strokes them all)
            scale = (PATH_CELL_PIXELS / pixel_x, PATH_CELL_PIXELS / pixel_y) if pixel_x > 0 and pixel_y > 0 else (0.0, 0.0)
            shown, connect = self._decimators[index].follow(points, scale, steps)
        # a diverging path runs off to 1e10, and a zigzag across a valley fans out over the
        # plot: Qt strokes a wide translucent outline of such a line for tens of
        # milliseconds (a line covering itself, and the plot, needs none); the line alone is drawn
        outline = len(shown) <= HEAVY_LINE and not _far_outside(shown, self.getViewBox().viewRange()) and not self._fans_out(shown)
        fit_line_width(line, len(shown), self.zoom, outline)
        set_data_if_changed(line, shown[:, 0], shown[:, 1], connect=connect)
        last = points[-1]
        self._current[index] = (float(last[0]), float(last[1])) if np.all(np.isfinite(last)) else None

    def _fans_out(self, points: np.ndarray) -> bool:
        """Whether a line through ``points`` is longer on screen than OUTLINE_LONGEST times
        the plot's diagonal."""
        view = self.getViewBox()
        pixel_x, pixel_y = view.viewPixelSize()
        if not (pixel_x > 0 and pixel_y > 0) or len(points) < 2:
            return False
        with np.errstate(invalid="ignore"):
            steps = np.diff(points, axis=0) / (pixel_x, pixel_y)
            length = np.nansum(np.hypot(steps[:, 0], steps[:, 1]))
        return bool(length > OUTLINE_LONGEST * np.hypot(view.width(), view.height()))

    def _draw_markers(self) -> None:
        """All current points in one scatter item (one item to lay out and paint, not one per path)."""
        shown = [(point, colour) for point, colour in zip(self._current, self._marker_colours) if point is not None]
        if not shown:
            self.markers.setData([], [])
            return
        self.markers.setData(pos=np.array([point for point, _ in shown]), brush=[self._brush(colour) for _, colour in shown])

    def _brush(self, colour: str) -> QtGui.QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = pg.mkBrush(colour)
        return brush

    def set_start(self, x: float, y: float) -> None:
        self.start_marker.setData([x], [y])

    def set_starts(self, points) -> None:
        """A start marker at each of ``points`` ((n, 2): the runs of a race)."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        self.start_marker.setData(points[:, 0], points[:, 1])

    def set_axes(self, segments) -> None:
        """The Hessian's eigenvector axes through the current point: (tail, tip, λ) each,
        dashed; an axis of negative curvature (a saddle's way down) is drawn in red."""
        while len(self.axis_lines) < len(segments):
            line = pg.PlotDataItem()
            line.setZValue(28)
            self.plot_item.addItem(line)
            self.axis_lines.append(line)
        for index, line in enumerate(self.axis_lines):
            if index < len(segments):
                tail, tip, eigenvalue = segments[index]
                colour = "#ff4d4d" if eigenvalue < 0 else "#ffffff"
                line.setPen(pg.mkPen(colour, width=1.5 * self.zoom, style=QtCore.Qt.PenStyle.DashLine))
                line.setData([tail[0], tip[0]], [tail[1], tip[1]])
                line.show()
            else:
                line.hide()

    def set_arrows(self, point, gradient_tip, step_tip) -> None:
        """The gradient (uphill) and the step −γ∇f (or the optimiser's step) at ``point``."""
        if point is None:
            self.gradient_arrow.hide()
            self.step_arrow.hide()
            return
        self.gradient_arrow.set(point, gradient_tip)
        self.step_arrow.set(point, step_tip)

    def fit_to(self, points: np.ndarray) -> None:
        points = np.asarray(points, dtype=float)
        points = points[np.all(np.isfinite(points), axis=1)]
        if len(points) == 0:
            return
        low = points.min(axis=0)
        high = points.max(axis=0)
        span = np.maximum(high - low, 1e-3)
        self.plot_item.setRange(
            xRange=(low[0] - 0.1 * span[0], high[0] + 0.1 * span[0]),
            yRange=(low[1] - 0.1 * span[1], high[1] + 0.1 * span[1]),
            padding=0,
        )

    def view_window(self) -> tuple[float, float, float, float]:
        (x_min, x_max), (y_min, y_max) = self.plot_item.getViewBox().viewRange()
        return x_min, x_max, y_min, y_max

    def refresh_arrows(self, *args) -> None:
        for arrow in (self.gradient_arrow, self.step_arrow, *self.extra_arrows):
            arrow.refresh()


def place_legend_clear_of(legend: pg.LegendItem, plot: pg.PlotItem, paths, margin: float = 10.0) -> None:
    """Put ``legend`` in the corner of ``plot``'s view that covers the fewest points of
    ``paths`` (arrays of (x, y)), so it never hides the start or the path when a corner is free."""
    view = plot.getViewBox()
    (x_min, x_max), (y_min, y_max) = view.viewRange()
    pixel_x, pixel_y = view.viewPixelSize()
    if not (pixel_x > 0 and pixel_y > 0):
        return
    # its size from its entries' preferred sizes: a legend just rebuilt has not been laid out yet;
    # a point is covered up to a marker's radius past the legend's edge, where its marker still is
    hint = legend.layout.effectiveSizeHint(QtCore.Qt.SizeHint.PreferredSize)
    size = legend.boundingRect()
    reach = margin + MARKER_RADIUS * getattr(plot, "zoom", 1.0)
    width = (max(size.width(), hint.width()) + reach) * pixel_x
    height = (max(size.height(), hint.height()) + reach) * pixel_y
    points = [np.asarray(p, dtype=float).reshape(-1, 2) for p in paths if len(p)]
    points = np.concatenate(points) if points else np.empty((0, 2))
    corners = {  # (anchor in the item and the view, offset in pixels): (x range, y range) covered
        ((0, 0), (margin, margin)): ((x_min, x_min + width), (y_max - height, y_max)),
        ((1, 0), (-margin, margin)): ((x_max - width, x_max), (y_max - height, y_max)),
        ((0, 1), (margin, -margin)): ((x_min, x_min + width), (y_min, y_min + height)),
        ((1, 1), (-margin, -margin)): ((x_max - width, x_max), (y_min, y_min + height)),
    }

    def covered(ranges) -> int:
        (a, b), (c, d) = ranges
        return int(np.count_nonzero((points[:, 0] >= a) & (points[:, 0] <= b) & (points[:, 1] >= c) & (points[:, 1] <= d)))

    (anchor, offset), _ranges = min(corners.items(), key=lambda item: covered(item[1]))
    if getattr(legend, "placed_at", None) != (anchor, offset):
        legend.anchor(itemPos=anchor, parentPos=anchor, offset=offset)
        legend.placed_at = (anchor, offset)


def fit_legend_text(legend: pg.LegendItem, plot: pg.PlotItem) -> None:
    """Write ``legend``'s entries at the plot's zoom's text size, or smaller (down to the
    size at 100 %) where they would take more than LEGEND_HEIGHT_SHARE of ``plot``'s height:
    at 250 % on 1280×720 a six-run race's entries ran past the contour and hid most of it.
    Worked out again only when the plot's height, the zoom or the number of entries changes."""
    zoom = getattr(plot, "zoom", 1.0)
    height = plot.getViewBox().height()
    if not legend.items or height <= 0:
        return
    key = (round(height), zoom, len(legend.items))
    if getattr(legend, "fitted_for", None) != key:
        legend.fitted_for = key
        limit = LEGEND_HEIGHT_SHARE * height
        size = BASE_POINT_SIZE * zoom
        for _ in range(8):
            needed = _legend_height_at(legend, size)
            if needed <= limit or size <= BASE_POINT_SIZE:
                break
            # the entries' height follows their text size, a little less than in proportion
            size = max(BASE_POINT_SIZE, min(size - 0.5, math.floor(2 * size * limit / needed) / 2))
    # the legend's box only ever grows by itself (LegendItem.updateSize): it takes its
    # entries' size, also after a smaller text or zoom
    hint = legend.layout.effectiveSizeHint(QtCore.Qt.SizeHint.PreferredSize)
    if abs(hint.width() - legend.width()) > 0.5 or abs(hint.height() - legend.height()) > 0.5:
        legend.setGeometry(QtCore.QRectF(0, 0, hint.width(), hint.height()))


def _legend_height_at(legend: pg.LegendItem, size: float) -> float:
    """The height ``legend``'s entries take with their text at ``size`` points (written so)."""
    if legend.opts.get("labelTextSize") != f"{size:.1f}pt":
        set_legend_text_size(legend, size)
        legend.layout.invalidate()
    return legend.layout.effectiveSizeHint(QtCore.Qt.SizeHint.PreferredSize).height()


class GuardedPlotWidget(pg.PlotWidget):
    """A PlotWidget whose painting can run inside a context given by its owner:
    ``paint_guard`` (a callable returning a context manager, or None).  The window
    passes its worker's stand-aside there, so a running descent pauses between its
    batches while a frame is painted instead of trading the interpreter lock with
    the painter hundreds of times a frame."""

    paint_guard = None

    def paintEvent(self, event) -> None:
        guard = self.paint_guard
        if guard is None:
            super().paintEvent(event)
            return
        with guard():
            super().paintEvent(event)


class ContourPlot(GuardedPlotWidget):
    """The contour as a widget: forwards every drawing call to its :class:`ContourItem`
    and turns mouse clicks and moves into data coordinates."""

    clicked = QtCore.Signal(float, float)
    hovered = QtCore.Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent, plotItem=ContourItem())
        self.setObjectName("contourPlot")
        self.setAccessibleName(QtCore.QCoreApplication.translate("ContourPlot", "contour of f(x, y) with the descent path"))
        self.contour = self.plotItem
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_move)

    def __getattr__(self, name):
        # unlike PlotWidget's own forwarding, forward data attributes too
        item = self.__dict__.get("plotItem")
        if item is None:
            raise AttributeError(name)
        return getattr(item, name)

    def _scene_to_data(self, position) -> tuple[float, float] | None:
        view = self.contour.getViewBox()
        if not view.sceneBoundingRect().contains(position):
            return None
        point = view.mapSceneToView(position)
        return point.x(), point.y()

    def _on_click(self, event) -> None:
        if event.button() != QtCore.Qt.MouseButton.LeftButton or event.double():
            return
        if self._on_legend(event.scenePos()):
            return  # a click on the legend is not a click on the plane
        data = self._scene_to_data(event.scenePos())
        if data is not None:
            self.clicked.emit(*self._rounded(*data))

    def _rounded(self, x: float, y: float) -> tuple[float, float]:
        """A clicked point to the resolution the axes show: the digits a pixel can tell
        apart (a click gives (−1, 1.5), not (−0.99792, 1.4983))."""
        rounded = []
        for value, pixel in zip((x, y), self.contour.getViewBox().viewPixelSize()):
            if pixel > 0 and np.isfinite(pixel):
                # the coarsest 1-2-5 step not wider than about three pixels
                step = 10.0 ** np.floor(np.log10(3 * pixel))
                for factor in (5.0, 2.0):
                    if factor * step <= 3 * pixel:
                        step *= factor
                        break
                decimals = max(0, int(-np.floor(np.log10(step))) + (1 if step / 10.0 ** np.floor(np.log10(step)) != 1 else 0))
                value = round(round(value / step) * step, decimals)
            rounded.append(float(value) + 0.0)
        return rounded[0], rounded[1]

    def _on_legend(self, position) -> bool:
        for item in self.scene().items(position):
            while item is not None:
                if isinstance(item, pg.LegendItem):
                    return True
                item = item.parentItem()
        return False

    def _on_move(self, position) -> None:
        data = self._scene_to_data(position)
        if data is not None:
            self.hovered.emit(*data)


# Qt's raster engine strokes a 1-pixel (hairline) line about ten times faster than a
# 2-pixel antialiased one: 12 ms against 1.3 ms for a 1,600-point loss curve. So a
# line is drawn 2 px wide while it is short and 1 px wide above this many points.
HEAVY_LINE = 300
# A line wider than a hairline is drawn as separate segments, not as one path: Qt
# strokes a path with its joins and fills the outline it makes as one polygon, and a
# path that crosses itself many times (gradient descent zigzagging across a valley)
# becomes a polygon of thousands of overlapping edges: 130-180 ms a paint for 250
# steps, against 4 ms as segments. A dense line's short segments overlap at their
# antialiased ends, which lays down about 4/3 of the ink of the same path: a heavy line
# drawn as segments is 3/4 as wide (measured: the same ink within a few per cent).
DENSE_SEGMENTS_WIDTH = 0.75
# A short line keeps its outline only while it is at most this many times the plot's
# diagonal long on screen (see ContourItem._set_line).
OUTLINE_LONGEST = 6.0
# A legend's entries take at most this share of their plot's height (fit_legend_text).
LEGEND_HEIGHT_SHARE = 0.7


def _far_outside(points: np.ndarray, view_range, factor: float = 4.0) -> bool:
    """Whether ``points`` reach further than ``factor`` times the view's size beyond it."""
    (x_min, x_max), (y_min, y_max) = view_range
    width, height = (x_max - x_min) * factor, (y_max - y_min) * factor
    with np.errstate(invalid="ignore"):
        finite = points[np.all(np.isfinite(points), axis=1)]
    if not len(finite):
        return False
    low, high = finite.min(axis=0), finite.max(axis=0)
    return bool(low[0] < x_min - width or high[0] > x_max + width or low[1] < y_min - height or high[1] > y_max + height)


def _same_connect(old, new) -> bool:
    """Whether two of pyqtgraph's ``connect`` arguments (a word, or a mask array) are the same."""
    if isinstance(old, np.ndarray) or isinstance(new, np.ndarray):
        return isinstance(old, np.ndarray) and isinstance(new, np.ndarray) and np.array_equal(old, new)
    return old == new


def set_data_if_changed(item: pg.PlotDataItem, x: np.ndarray, y: np.ndarray, connect="auto") -> bool:
    """``item.setData(x, y, connect=connect)`` unless the item was last given these very points
    (a finished run of a race, a curve that stopped growing): setData costs about half a
    millisecond of bookkeeping and a repaint however few the points, and comparing them is
    some microseconds. The points are compared with copies kept here, not with what the item
    holds: pyqtgraph keeps the arrays it is given, and the decimators hand out views of
    buffers they later rewrite in place (a loss envelope's last bucket). Whether it set them."""
    x = np.asarray(x)
    y = np.asarray(y)
    drawn = getattr(item, "_drawn_points", None)
    if (
        drawn is not None
        and _same_connect(drawn[2], connect)
        and len(drawn[0]) == len(x)
        and np.array_equal(drawn[0], x, equal_nan=True)
        and np.array_equal(drawn[1], y, equal_nan=True)
    ):
        return False
    item.setData(x, y, connect=connect)
    item._drawn_points = (x.copy(), y.copy(), connect.copy() if isinstance(connect, np.ndarray) else connect)
    return True


def fit_line_width(item: pg.PlotDataItem, count: int, zoom: float = 1.0, outline: bool = True) -> None:
    """Give ``item``'s pen the width for a line of ``count`` drawn points (see HEAVY_LINE),
    at the presentation ``zoom``, and draw it as segments where it is wider than a
    hairline (see DENSE_SEGMENTS_WIDTH). An outlined item keeps its outline while it is
    short and ``outline`` allows it."""
    heavy = count > HEAVY_LINE
    width = (1.0 if heavy else 2.0) * zoom
    segmented = width > 1.0 and (not heavy or DENSE_SEGMENTS_WIDTH * width > 1.0)
    if segmented and heavy:
        width *= DENSE_SEGMENTS_WIDTH
    mode = "on" if segmented else "off"
    if item.curve.opts["segmentedLineMode"] != mode:
        item.curve.setSegmentedLineMode(mode)
    pen = item.opts["pen"]
    if isinstance(pen, QtGui.QPen) and pen.widthF() != width:
        pen = QtGui.QPen(pen)
        pen.setWidthF(width)
        item.setPen(pen)
    if getattr(item, "outlined", False):
        # the outline is a second, wider antialiased stroke: a long line goes without it
        # (its many segments would take most of a frame to stroke twice)
        current = item.opts.get("shadowPen")
        if heavy or not outline:
            if current is not None:
                item.setShadowPen(None)
        elif current is None or current.widthF() != width + OUTLINE_EXTRA_WIDTH:
            item.setShadowPen(outline_pen(pen.color().name(), width))


class LossItem(pg.PlotItem):
    """Loss against step, with a log-scale toggle."""

    zoom = 1.0  # the presentation zoom: line widths and text scale with it
    size_hints_changed = None  # called when what the item needs changes (its widget's minimum follows)

    def set_zoom(self, zoom: float) -> None:
        set_plot_zoom(self, zoom)
        self.draw_grid()

    def updateGeometry(self) -> None:
        super().updateGeometry()
        if self.size_hints_changed is not None:
            self.size_hints_changed()

    def __init__(self, quantity: str = "f(w_t)", shifted_quantity: str = "f(w_t) − min f"):
        """``quantity`` names what the loss axis shows (and ``shifted_quantity`` that less its
        minimum, the view of a loss below 0 on a log axis)."""
        configure_pyqtgraph()
        super().__init__(**plot_parts())
        self.plot_item = self
        self.quantity, self.shifted_quantity = quantity, shifted_quantity
        self.plot_item.setLabel("bottom", QtCore.QCoreApplication.translate("LossPlot", "step t"))
        self.plot_item.setLabel("left", QtCore.QCoreApplication.translate("LossPlot", "loss {quantity}").format(quantity=quantity))
        # horizontal grid lines only: they are what reads a loss off the curve. They are
        # two plain curve items, not the axis's own grid: that one is part of the axis's
        # cached picture, which then covers the whole plot and is redrawn whole, text and
        # lines, each time the followed range moves (4 of the 8 ms of such a frame)
        self.grid_lines = []
        for _level in range(2):
            lines = pg.PlotCurveItem(connect="pairs")
            lines.setZValue(-100)
            self.getViewBox().addItem(lines, ignoreBounds=True)  # not a curve of the plot: no downsampling, no legend
            self.grid_lines.append(lines)
        self.getViewBox().sigRangeChanged.connect(self.draw_grid)
        # a resize keeps the range but changes how many ticks and pixel columns there are
        self.getViewBox().sigResized.connect(self.draw_grid)
        self.loss_curves: list[pg.PlotDataItem] = []
        self._full: list[np.ndarray | None] = []  # each curve's whole loss (what it was given)
        self._steps: list[np.ndarray | None] = []  # the step of each of its values
        self._range = np.arange(0, dtype=np.int64)  # see _indices
        self._envelopes: list[LossEnvelope] = []  # what is drawn of each: per pixel column, kept up to date
        self._lowest: list[tuple[int, float]] = []  # (values seen, their minimum) per curve, kept as they grow
        self.requested_log = False  # the person's choice; a loss that reaches 0 may need another view
        self.scale_note = ""  # what the axis shows instead, in one sentence, when it is not the loss on a log axis
        self._scale_cache = None  # (min f and the curves' lengths, the core's view) while f goes below 0
        self.note_item = pg.TextItem("", anchor=(0, 0))
        self.note_item.setParentItem(self.getViewBox())
        self.note_item.setPos(6, 2)
        self.cursor: pg.InfiniteLine | None = None  # the timeline's step
        self.legend = None
        self.set_curve_count(1)
        # The view follows the curves in coarse steps (x to 1-2-5 × 10^k steps, a
        # log y to whole decades), so the axes are redrawn only when a step is
        # crossed, not at every frame; zooming by hand stops the following until
        # "View All" (the A button) or a new run.
        self.following = True
        self._followed_range = None
        # the step axis spans at least this many steps; a fast run sets it higher, so the
        # axis is not redrawn at 10, 20 and 50 steps within its first frames
        self.minimum_steps = 1
        self.getViewBox().sigRangeChangedManually.connect(self._stop_following)
        self.getViewBox().sigXRangeChanged.connect(self._on_view_changed)
        self.getViewBox().sigResized.connect(self._on_view_changed)
        self.autoBtn.clicked.connect(self.follow)
        # a fixed width for the loss axis: tick labels that grow or shrink as the loss
        # falls would otherwise re-lay out the plot, and re-paint every axis, mid-run
        self.getAxis("left").set_fixed_size(62)
        cache_static_parts(self)

    def set_curve_count(self, count: int, colours=RUN_COLOURS, names=None) -> None:
        while len(self.loss_curves) > count:
            self.plot_item.removeItem(self.loss_curves.pop())
            for store in (self._full, self._steps, self._envelopes, self._lowest):
                store.pop()
        while len(self.loss_curves) < count:
            colour = colours[len(self.loss_curves) % len(colours)]
            curve = RunLine(pen=pg.mkPen(colour, width=2 * self.zoom))
            self.plot_item.addItem(curve)
            self.loss_curves.append(curve)
            self._full.append(None)
            self._steps.append(None)
            self._envelopes.append(LossEnvelope())
            self._lowest.append((0, np.inf))

    def set_logarithmic(self, on: bool) -> None:
        self.requested_log = bool(on)
        self._apply_scale(self._scale())

    @property
    def logarithmic(self) -> bool:
        """Whether the axis is logarithmic now (asked for, and every loss drawn is above 0 or shifted there)."""
        return bool(self.plot_item.ctrl.logYCheck.isChecked())

    def set_loss(self, loss: np.ndarray, index: int = 0, steps: np.ndarray | None = None) -> None:
        """Curve ``index`` is ``loss`` at ``steps`` (default 0, 1, 2 …; a thinned history gives its own)."""
        self._store(loss, index, steps)
        self._redraw_curves()

    def set_losses(self, losses, steps=None) -> None:
        """Every curve at once (curve i gets losses[i], at steps[i]); the view follows once, not per curve."""
        for index, loss in enumerate(losses):
            self._store(loss, index, None if steps is None else steps[index])
        self._redraw_curves()

    def _store(self, loss, index: int, steps) -> None:
        loss = np.asarray(loss, dtype=float).reshape(-1)
        self._full[index] = loss
        # the steps as they come (a history's int64), not converted: a converted copy of a
        # long race's steps cost every frame milliseconds that grew with the run (the
        # envelope converts the new values only)
        self._steps[index] = self._indices(len(loss)) if steps is None else np.asarray(steps).reshape(-1)
        # the lowest loss so far, from the values added since the last frame only
        seen, lowest = self._lowest[index]
        if len(loss) < seen:
            seen, lowest = 0, np.inf
        fresh = loss[seen:]
        fresh = fresh[np.isfinite(fresh)]
        if fresh.size:
            lowest = min(lowest, float(fresh.min()))
        self._lowest[index] = (len(loss), lowest)

    def _indices(self, count: int) -> np.ndarray:
        """0, 1, …, count − 1 (a view of a range kept from frame to frame, grown by doubling)."""
        if len(self._range) < count:
            self._range = np.arange(max(count, 2 * len(self._range)), dtype=np.int64)
        return self._range[:count]

    def _scale(self) -> LossScale | None:
        """None while the log axis can show the losses as they are. A loss that reaches 0
        (and no lower) keeps the log axis with its zeros left as gaps, said in a note: that
        costs nothing per frame. A loss below 0 takes the core's view of it (f − min f on
        a log axis, or a linear axis), worked out again when it can have changed."""
        if not self.requested_log:
            return None
        lowest = min((low for _seen, low in self._lowest[: len(self.loss_curves)]), default=np.inf)
        if lowest > 0:
            return None
        if lowest == 0:
            empty = np.empty(0)
            note = QtCore.QCoreApplication.translate("LossPlot", "f reaches 0: a log axis has no 0, so those steps are left as gaps")
            return LossScale(empty, True, 0.0, "f", note)
        # the view depends on every value (the smallest positive gap, the decades spanned):
        # it is worked out again when a curve has grown or min f has moved
        key = (lowest, tuple(len(loss) if loss is not None else 0 for loss in self._full))
        if self._scale_cache is None or self._scale_cache[0] != key:
            drawn = [loss for loss in self._full if loss is not None]
            self._scale_cache = (key, log_scale_view(np.concatenate(drawn) if drawn else np.empty(0)))
        return self._scale_cache[1]

    def _apply_scale(self, scale: LossScale | None) -> None:
        logarithmic = self.requested_log and (scale is None or scale.logarithmic)
        if logarithmic != self.logarithmic:
            self._followed_range = None
            self.plot_item.setLogMode(x=False, y=logarithmic)
        quantity = self.quantity if scale is None or scale.offset == 0 else self.shifted_quantity
        label = (
            QtCore.QCoreApplication.translate("LossPlot", "{quantity}, log scale").format(quantity=quantity) if logarithmic else quantity
        )
        if label != self.getAxis("left").labelText:  # a new label re-lays out and repaints the axis
            self.plot_item.setLabel("left", label)
        note = "" if scale is None else scale.note
        if note != self.scale_note:
            self.scale_note = note
            self.note_item.setText(note, color=self.getAxis("left").textPen().color())
            self.note_item.setVisible(bool(note))

    def _drawn_values(self, index: int, scale: LossScale | None) -> np.ndarray:
        loss = self._full[index]
        if scale is None or not scale.logarithmic or scale.offset == 0:
            return loss  # on a log axis the envelope leaves values ≤ 0 as gaps
        finite = np.isfinite(loss)
        gaps = loss - scale.offset
        # zeros of f − min f are drawn at the smallest positive gap, as the core's view does
        floor = np.nanmin(scale.values) if np.isfinite(scale.values).any() else 1.0
        return np.where(finite, np.maximum(gaps, floor), np.nan)

    def _redraw_curves(self) -> None:
        scale = self._scale()
        self._apply_scale(scale)
        self._refresh_curves(scale=scale)
        self._follow()

    def _on_view_changed(self, *args) -> None:
        self._refresh_curves(self._scale())

    def _refresh_curves(self, scale: LossScale | None) -> None:
        """Draw each curve as its envelope per pixel column: while the view follows the
        run, only the values added since the last frame are worked on; zoomed by hand,
        the part in view."""
        view = self.getViewBox()
        columns = max(float(view.width()), 1.0)
        (x_min, x_max), _ = view.viewRange()
        for index, curve in enumerate(self.loss_curves):
            loss = self._full[index]
            if loss is None:
                continue
            steps = self._steps[index]
            values = self._drawn_values(index, scale)
            span = max(float(steps[-1]) if len(steps) else 1.0, x_max - x_min if not self.following else 0.0, 1.0)
            # buckets of about two pixel columns: four points each (first, lowest, highest, last)
            per_pixel = LOSS_BUCKET_PIXELS * (span if self.following else max(x_max - x_min, 1e-9)) / columns
            if scale is not None and scale.offset != 0:
                # the shifted values change as min f does: this rare view is worked out whole
                x, y = loss_envelope(steps, values, per_pixel, self.logarithmic)
            elif self.following:
                x, y = self._envelopes[index].follow(steps, values, per_pixel, self.logarithmic)
            else:
                x, y = loss_envelope(steps, values, per_pixel, self.logarithmic, step_range=(x_min, x_max))
            fit_line_width(curve, min(len(y), int(2 * columns)), self.zoom)
            set_data_if_changed(curve, x, y, connect="finite")

    def draw_grid(self, *args) -> None:
        """Lines across the plot at the left axis's major ticks (and fainter ones at its
        minor ticks), in the axis's colour."""
        view = self.getViewBox()
        (x_min, x_max), (y_min, y_max) = view.viewRange()
        axis = self.getAxis("left")
        levels = axis.tickValues(y_min, y_max, max(view.height(), 1.0)) if y_max > y_min else []
        for index, lines in enumerate(self.grid_lines):
            values = np.asarray(levels[index][1], dtype=float) if index < len(levels) else np.empty(0)
            values = values[(values >= y_min) & (values <= y_max)]
            colour = QtGui.QColor(axis.pen().color())
            colour.setAlpha(64 if index == 0 else 28)
            lines.setPen(pg.mkPen(colour, width=1))
            lines.setData(np.tile([x_min, x_max], len(values)), np.repeat(values, 2))

    def set_cursor(self, step: int | None) -> None:
        """A vertical line at ``step`` (the step the timeline shows), or none while the view follows the run."""
        if step is None:
            if self.cursor is not None:
                self.cursor.hide()
            return
        if self.cursor is None:
            self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen((255, 210, 63, 220), width=1.5 * self.zoom))
            self.cursor.setZValue(50)
            self.getViewBox().addItem(self.cursor, ignoreBounds=True)
        self.cursor.setValue(float(step))
        self.cursor.show()

    def set_minimum_steps(self, steps: int) -> None:
        """The step axis spans at least ``steps`` from now on (while it follows the curves)."""
        steps = max(int(steps), 1)
        if steps != self.minimum_steps:
            self.minimum_steps = steps
            self._follow()

    def follow(self) -> None:
        self.following = True
        self._followed_range = None
        self._follow()

    def _stop_following(self, *args) -> None:
        self.following = False
        self._refresh_curves(self._scale())  # now of the part in view

    def _follow(self) -> None:
        if not self.following:
            return
        count = 0
        low, high = np.inf, -np.inf
        for curve, loss, steps in zip(self.loss_curves, self._full, self._steps):
            # the drawn points (a long curve's envelope keeps its lowest and highest
            # values); the step count is that of the whole curve
            _x, y = curve.getOriginalDataset()
            if loss is None or not len(loss) or y is None or not len(y):
                continue
            count = max(count, int(steps[-1]) + 1)
            finite = y[np.isfinite(y)]
            if self.logarithmic:
                finite = finite[finite > 0]
            if finite.size:
                low = min(low, float(finite.min()))
                high = max(high, float(finite.max()))
        if count == 0 or not np.isfinite(low):
            return
        x_range = (0.0, float(nice_step(max(count - 1, self.minimum_steps, 1))))
        if self.logarithmic:
            y_range = (float(np.floor(np.log10(low))), float(np.ceil(np.log10(high))))
            if y_range[0] == y_range[1]:
                y_range = (y_range[0] - 1, y_range[1] + 1)
        else:
            span = high - low if high > low else max(abs(high), 1.0)
            unit = nice_step(span) / 10
            y_range = (float(np.floor(low / unit) * unit), float(np.ceil(high / unit) * unit))
            if 0.0 <= low <= high / 2:
                # a falling loss nearer zero than its top: the axis starts at zero and
                # stays there (not a new range, and a new axis, at every tenth of the fall)
                y_range = (0.0, y_range[1])
            if y_range[0] == y_range[1]:
                y_range = (y_range[0] - unit, y_range[1] + unit)
        if (x_range, y_range) != self._followed_range:
            self._followed_range = (x_range, y_range)
            self.getViewBox().setRange(xRange=x_range, yRange=y_range, padding=0.02)


class LossPlot(GuardedPlotWidget):
    """The loss curve as a widget, forwarding to its :class:`LossItem`. However short
    the window, the widget keeps room for its axes and LOSS_DATA_HEIGHT pixels of curve
    (the plot above it gives way)."""

    def __init__(self, parent=None, item: LossItem | None = None):
        super().__init__(parent, plotItem=item or LossItem())
        self.setObjectName("lossPlot")
        self.loss_item = self.plotItem
        name = QtCore.QCoreApplication.translate("LossPlot", "loss {quantity} against the step t")
        self.setAccessibleName(name.format(quantity=self.loss_item.quantity))
        self.loss_item.getViewBox().setMinimumHeight(LOSS_DATA_HEIGHT)
        self.loss_item.size_hints_changed = self._keep_data_room
        self._keep_data_room()

    def _keep_data_room(self) -> None:
        """The widget's minimum height: what its item needs (its axes at this zoom, which
        know their height once their text is laid out, and the curve's minimum). Without
        it, at 250 % on a 720-pixel-high screen the plot above took all but 17 px of the curve."""
        needed = self.loss_item.effectiveSizeHint(QtCore.Qt.SizeHint.MinimumSize).height()
        height = math.ceil(needed) + 2 * self.frameWidth()
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def __getattr__(self, name):
        item = self.__dict__.get("plotItem")
        if item is None:
            raise AttributeError(name)
        return getattr(item, name)


def cache_static_parts(plot: pg.PlotItem) -> None:
    """Axes are painted from a cached pixmap until their range changes; without the
    cache every frame of a run re-paints them in Python, which is most of a frame."""
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        if axis is not None:
            axis.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)


def _label_position(lines: np.ndarray):
    """The middle point of the longest piece of an iso-line (pieces are separated by NaN rows)."""
    breaks = np.flatnonzero(np.isnan(lines[:, 0]))
    starts = np.concatenate([[0], breaks + 1])
    ends = np.concatenate([breaks, [len(lines)]])
    lengths = ends - starts
    if not len(lengths) or lengths.max() < 2:
        return None
    longest = int(np.argmax(lengths))
    middle = lines[(starts[longest] + ends[longest]) // 2]
    return float(middle[0]), float(middle[1])


def _near_any(position, others, window, across: float = 0.1, up: float = 0.045) -> bool:
    """Whether a label at ``position`` would run into one at any of ``others``: closer than
    ``across`` of the window's width and ``up`` of its height (labels are wide and low)."""
    x_min, x_max, y_min, y_max = window
    width, height = (x_max - x_min) * across, (y_max - y_min) * up
    return any(abs(position[0] - x) < width and abs(position[1] - y) < height for x, y in others)


def _format_level(value: float) -> str:
    if not np.isfinite(value):
        return ""
    if value != 0 and (abs(value) >= 1e4 or abs(value) < 1e-2):
        return f"{value:.1e}"
    return f"{value:.3g}"


def colour(name: str) -> QtGui.QColor:
    return QtGui.QColor(name)
