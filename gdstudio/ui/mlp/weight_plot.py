"""The MLP tab's weight-space plot: the map of a plane of weight space that stays still
while the dot moves across it.

A :class:`~gdstudio.core.mlp.weight_space.PlaneLandscape` is drawn with the colour
scale fixed with its plane (the contour plot of f(x, y) would choose its colour range
from each grid again, so a map widened mid-run would change colours); on the exact
map of a two-weight model the axes are the slope w and the intercept b and the
least-squares optimum is marked; a race draws the second path in a second colour
with a legend.  Drawing only: every number comes from the core.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore

from gdstudio.core.mlp.weight_space import PlaneLandscape
from gdstudio.ui.common.plots import RUN_COLOURS, ContourPlot
from gdstudio.ui.common.theme import legend_brush

translate = QtCore.QCoreApplication.translate

OPTIMUM_COLOUR = "#ffffff"
RACE_COLOURS = (RUN_COLOURS[0], RUN_COLOURS[1])  # the full batch, the mini-batches


class WeightPlot(ContourPlot):
    """The contour plot of L on a plane of weight space, with the path(s), the dot and,
    for a linear regression's exact map, the least-squares optimum (w*, b*)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weightSpacePlot")
        self.setAccessibleName(translate("WeightPlot", "loss L(w) on a plane of weight space with the path"))
        item = self.plotItem
        zoom = getattr(item, "zoom", 1.0)
        # white with a dark edge: it reads on the bowl's dark floor and in the legend on either
        # background; under the dot but larger, so a run that reaches it shows the dot inside the star
        self.optimum = pg.ScatterPlotItem(size=30 * zoom, symbol="star", brush=pg.mkBrush(OPTIMUM_COLOUR), pen=pg.mkPen("k", width=zoom))
        self.optimum.setZValue(35)
        # the legend's sample: the same star at a legend's size (the marker itself is larger than a legend row)
        self.optimum_sample = pg.ScatterPlotItem(size=14, symbol="star", brush=pg.mkBrush(OPTIMUM_COLOUR), pen=pg.mkPen("k", width=1))
        item.addItem(self.optimum)
        # the legend sits under the map, never on it: a race's three entries would cover
        # a third of a small plot, and the paths run anywhere
        self.legend = pg.LegendItem(brush=legend_brush(), colCount=2, frame=False)
        item.layout.addItem(self.legend, 4, 0, 1, 6)  # the whole width, the colour bar's columns too
        item.legend = self.legend  # the presentation zoom scales its text
        self.optimum_point: tuple[float, float] | None = None
        self.race_labels: tuple[str, str] | None = None
        self.show_axis_names(("α", "β"))

    def show_landscape(self, landscape: PlaneLandscape) -> None:
        """Draw a new map: its grid and iso-lines, shaded with the plane's fixed colour scale."""
        draw_plane_landscape(self.plotItem, landscape)

    def show_axis_names(self, names: tuple[str, str]) -> None:
        show_axis_names(self.plotItem, names)

    def axis_names(self) -> tuple[str, str]:
        return self.plotItem.getAxis("bottom").labelText, self.plotItem.getAxis("left").labelText

    def show_optimum(self, point: tuple[float, float] | None) -> None:
        """Mark the least-squares optimum (w*, b*), or nothing."""
        self.optimum_point = point
        if point is None:
            self.optimum.setData([], [])
        else:
            self.optimum.setData([point[0]], [point[1]])
        self._show_legend()

    def show_race(self, labels: tuple[str, str] | None) -> None:
        """Two paths (the full batch, the mini-batches) with a legend, or one."""
        self.race_labels = labels
        self.set_path_count(2 if labels is not None else 1, RACE_COLOURS)
        self._show_legend()

    def _fit_legend(self) -> None:
        """Two entries a row where they fit across the plot, one a row where they do not."""
        legend = self.__dict__.get("legend")  # None while the widget is being built (a first resize)
        items = legend.items if legend is not None else []
        if len(items) < 2:
            return
        widths = [sample.boundingRect().width() + label.boundingRect().width() + 12 for sample, label in items]
        two_columns = max(widths[0::2]) + max(widths[1::2])
        columns = 2 if two_columns <= self.plotItem.width() - 12 else 1
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_legend()

    def set_zoom(self, zoom: float) -> None:
        self.plotItem.set_zoom(zoom)
        self._fit_legend()

    def show_paths(self, coordinates: np.ndarray, partner: np.ndarray | None = None) -> None:
        if partner is not None and len(self.paths) == 2:
            self.set_paths([coordinates, partner])
        else:
            self.set_path(coordinates)

    def _show_legend(self) -> None:
        self.legend.clear()
        if self.race_labels is not None:
            for line, label in zip(self.paths, self.race_labels):
                self.legend.addItem(line, label)
        if self.optimum_point is not None:
            self.legend.addItem(self.optimum_sample, translate("WeightPlot", "least-squares (w*, b*)"))
        self._fit_legend()
        shown = bool(self.legend.items)
        self.legend.setVisible(shown)
        # the row under the axis takes room only while there is something in it
        self.plotItem.layout.setRowMaximumHeight(4, 1e6 if shown else 0)


def show_axis_names(item, names: tuple[str, str]) -> None:
    item.setLabel("bottom", names[0])
    item.setLabel("left", names[1])


def colour_bar_label(landscape: PlaneLandscape) -> str:
    """What the colours are: L(w, b) on the exact map, L on the slice elsewhere."""
    exact = landscape.plane is not None and landscape.plane.is_exact
    if landscape.logarithmic:
        return "log₁₀(L(w, b) − L(w*, b*))" if exact else translate("WeightPlot", "log₁₀(L − min L) on the slice")
    return "L(w, b)" if exact else translate("WeightPlot", "L on the slice")


def draw_plane_landscape(item, landscape: PlaneLandscape) -> None:
    """Draw ``landscape`` on a :class:`~gdstudio.ui.common.plots.ContourItem` (the window's
    plot or the exported figure's): grid and iso-lines as for f(x, y), then the colour
    range of the plane's :class:`~gdstudio.core.mlp.weight_space.ColourScale` instead of one
    chosen from this grid (a colour is the same loss all run long), and the plane's axis names."""
    scale = landscape.scale
    item.set_landscape(landscape, reset_view=True, levels=None if scale is None else (scale.low, scale.high))
    if landscape.plane is not None:
        show_axis_names(item, landscape.plane.axis_names)
    item.colour_bar.getAxis("left").setLabel(colour_bar_label(landscape))
