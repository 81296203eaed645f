"""The MLP tab's data plot: the training and test points with the decision regions and
boundary, the fitted curve, or the colour field of a regression on two inputs."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from gdstudio.core.mlp.datasets import (
    Dataset,
)
from gdstudio.ui.common.plots import cache_static_parts, configure_pyqtgraph, plot_parts
from gdstudio.ui.mlp.figure import (
    CLASS_COLOURS,
    CURVE_COLOUR,
    TEST_STYLE,
    TRAIN_STYLE,
    boundary_line,
    class_symbols,
    legend_sample,
    place_colour_bar,
    probability_image,
    remove_colour_bar,
    value_colour_bar,
    value_colours,
)

translate = QtCore.QCoreApplication.translate


class DataPlot(pg.PlotWidget):
    """The data (train ○, test △; for classes a marker shape per class, test points
    larger and ringed, so no class is told by its colour alone) over the network's output: class probabilities as
    an image with the p = ½ boundary (classification), the fitted curve (regression
    on one input), or the prediction f_w(x₁, x₂) as colours with the points coloured
    by their targets on the same scale and a colour bar (regression on two inputs)."""

    def __init__(self, parent=None):
        configure_pyqtgraph()
        super().__init__(parent, **plot_parts())
        self.setObjectName("mlpDataPlot")
        self.setAccessibleName(translate("DataPlot", "the data with the network's output"))
        self.plot_item = self.getPlotItem()
        self.plot_item.showGrid(False, False)
        self.legend = self.plot_item.addLegend(offset=(5, 5), brush=(255, 255, 255, 200), labelTextColor="k")
        self.image = pg.ImageItem()
        self.image.setZValue(-10)
        self.plot_item.addItem(self.image)
        self.boundary = pg.PlotCurveItem(pen=pg.mkPen("k", width=2), connect="finite")
        self.boundary.setZValue(5)
        self.plot_item.addItem(self.boundary)
        self.curve = pg.PlotDataItem(pen=pg.mkPen(CURVE_COLOUR, width=3))
        self.curve.setZValue(5)
        self.plot_item.addItem(self.curve)
        self.points: list[pg.ScatterPlotItem] = []
        self.legend_samples: list[pg.ScatterPlotItem] = []  # the legend's train and test markers for classes
        self.grid = None
        self.levels: tuple[float, float] | None = None  # the value scale of a regression on two inputs
        self.value_bar = None  # its colour bar, while one is shown
        cache_static_parts(self.plot_item)

    def set_dataset(self, dataset: Dataset) -> None:
        for item in self.points:
            self.plot_item.removeItem(item)
            self.legend.removeItem(item)
        self.points = []
        for sample in self.legend_samples:
            self.legend.removeItem(sample)
        self.legend_samples = []
        self.image.clear()
        self.image.setVisible(dataset.features == 2)
        self.boundary.setData([], [])
        self.curve.setData([], [])
        self.legend.removeItem(self.curve)
        self.grid = None
        self.levels = None
        if self.value_bar is not None:
            remove_colour_bar(self.plot_item, self.value_bar)
            self.value_bar = None
        x_min, x_max, y_min, y_max = dataset.bounds()
        self.plot_item.setLabel("bottom", dataset.feature_names[0])
        self.plot_item.setLabel("left", dataset.feature_names[1] if dataset.features == 2 else dataset.target_name)
        # (inputs, targets, whether these are the test points, the legend's name)
        parts = [
            (inputs, targets, test, name)
            for inputs, targets, test, name in (
                (dataset.train_inputs, dataset.train_targets, False, translate("DataPlot", "train")),
                (dataset.test_inputs, dataset.test_targets, True, translate("DataPlot", "test")),
            )
            if len(inputs)
        ]
        if dataset.features == 2 and dataset.is_classification:
            # a shape per class as well as a colour; test points larger with a thick ring
            for inputs, targets, test, name in parts:
                brushes = [pg.mkBrush(*CLASS_COLOURS[int(k) % len(CLASS_COLOURS)]) for k in targets]
                size, ring = TEST_STYLE if test else TRAIN_STYLE
                self._add_points(inputs[:, 0], inputs[:, 1], class_symbols(targets), size, brushes, None, ring)
                sample = legend_sample(pg, test)
                self.legend.addItem(sample, name)
                self.legend_samples.append(sample)
        elif dataset.features == 2:
            self.levels = dataset.target_range
            for inputs, targets, test, name in parts:
                brushes = [pg.mkBrush(*colour) for colour in value_colours(targets, self.levels)]
                self._add_points(inputs[:, 0], inputs[:, 1], "t" if test else "o", 9 if test else 7, brushes, name)
            self.value_bar = value_colour_bar(
                translate("DataPlot", "{target} (points), f_w (field)").format(target=dataset.target_name), self.levels
            )
            place_colour_bar(self.plot_item, self.value_bar)
        else:
            for inputs, targets, test, name in parts:  # train ○ and test △: told apart by shape as well as colour
                colour = (230, 159, 0) if test else (0, 114, 178)
                self._add_points(inputs[:, 0], targets, "t" if test else "o", 8 if test else 6, pg.mkBrush(*colour), name)
            self.legend.addItem(self.curve, "f_w(x)")
        self.plot_item.setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=0)

    def _add_points(self, x, y, symbol, size, brush, name, ring: float = 0.8) -> None:
        zoom = getattr(self.plot_item, "zoom", 1.0)  # the presentation zoom
        item = pg.ScatterPlotItem(x, y, size=size * zoom, symbol=symbol, brush=brush, pen=pg.mkPen("k", width=ring * zoom), name=name)
        item.setZValue(10)
        # the points stay while the image under them changes ~10 times a second: paint them from a pixmap
        item.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot_item.addItem(item)
        self.points.append(item)

    def set_grid(self, grid, classes: int) -> None:
        self.grid = grid
        if grid.is_regression:  # f_w(x₁, x₂) on the targets' colour scale
            self.image.setImage(value_colours(grid.values, self.levels or (0.0, 1.0)), levels=(0, 255))
        else:
            values = np.nan_to_num(np.asarray(grid.values, dtype=float), nan=0.5)
            self.image.setImage(probability_image(values, max(classes, 2)), levels=(0, 255))
        x_min, x_max, y_min, y_max = grid.window  # after setImage: the rect scales the image's pixels
        self.image.setRect(QtCore.QRectF(x_min, y_min, x_max - x_min, y_max - y_min))
        if not grid.is_regression and grid.values.ndim == 2:  # two classes: the decision boundary p = ½
            self.boundary.setData(*boundary_line(grid), connect="finite")

    def set_curve(self, xs: np.ndarray, ys: np.ndarray) -> None:
        self.curve.setData(xs, np.where(np.isfinite(ys), ys, np.nan), connect="finite")
