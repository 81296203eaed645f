"""An MLP training run drawn without a window: the data with the network's decision
regions (classification), fitted curve (regression on one input) or prediction as
a colour field (regression on two inputs), the descent in weight space (the loss
on the path plane fitted to the whole path, or for two weights the exact map
L(w, b) with the least-squares optimum), and the mean loss per example on the
training and test sets, in one pyqtgraph scene saved with pyqtgraph's exporters.

Drawing only: every number comes from ``gdstudio.core`` (mlp, weight_space).  The
colours, the decision boundary and the colour bar are made here for the tab's
data plot too, so the window and the exported figure draw the same picture."""

from __future__ import annotations

import contourpy
import numpy as np
from PySide6 import QtCore

from gdstudio.core.mlp.network import DecisionGrid
from gdstudio.core.mlp.training import TEST, TRAIN, Training, quiet_numbers
from gdstudio.core.mlp.weight_space import PATH, PlaneTracker
from gdstudio.ui.common.axes import honest_axes
from gdstudio.ui.common.figure import SceneFigure, ensure_application

# one colour per class (colour-blind-safe Okabe–Ito order)
CLASS_COLOURS = np.array(
    [
        (0, 114, 178),
        (230, 159, 0),
        (0, 158, 115),
        (204, 121, 167),
        (86, 180, 233),
        (213, 94, 0),
        (240, 228, 66),
        (0, 0, 0),
        (120, 120, 120),
        (170, 68, 153),
    ],
    dtype=float,
)
# and one marker shape per class, so the classes differ without their colours (a
# colour-blind reader, a grey-scale print); test points are the larger, thick-ringed ones
CLASS_SYMBOLS = ("o", "s", "d", "t", "t1", "p", "h", "star", "t2", "t3")
TRAIN_STYLE = (7, 0.8)  # size, ring width
TEST_STYLE = (10, 2.2)


def class_symbols(targets) -> list[str]:
    return [CLASS_SYMBOLS[int(k) % len(CLASS_SYMBOLS)] for k in targets]


def legend_sample(pg, test: bool):
    """A neutral marker standing in the legend for the train or the test points (their
    own markers vary with the class)."""
    size, ring = TEST_STYLE if test else TRAIN_STYLE
    return pg.ScatterPlotItem(size=size, symbol="o", brush=pg.mkBrush(200, 200, 200), pen=pg.mkPen("k", width=ring))


translate = QtCore.QCoreApplication.translate

CURVE_COLOUR = "#d62728"
TRAIN_COLOUR = "#2f8ae0"  # the loss curves, as the window draws them
TEST_COLOUR = "#f08a00"
# a regression's targets and prediction f_w(x₁, x₂): a perceptually uniform map that
# is not the weight-space plot's viridis
VALUE_COLOUR_MAP = "plasma"


def probability_image(values: np.ndarray, classes: int) -> np.ndarray:
    """RGBA (nx, ny, 4) uint8 of the class probabilities: each pixel mixes the class
    colours by probability, washed towards white where the network is unsure."""
    probabilities = np.stack([1.0 - values, values], axis=-1) if values.ndim == 2 else values
    colours = CLASS_COLOURS[: probabilities.shape[-1]]
    mixed = probabilities @ colours
    confidence = probabilities.max(axis=-1, keepdims=True)
    lightness = 0.35 + 0.65 * (1.0 - (confidence * classes - 1.0) / max(classes - 1, 1))
    rgb = mixed * (1.0 - 0.6 * lightness) + 255.0 * 0.6 * lightness
    alpha = np.full(rgb.shape[:-1] + (1,), 255.0)
    return np.clip(np.concatenate([rgb, alpha], axis=-1), 0, 255).astype(np.uint8)


def value_colours(values: np.ndarray, levels: tuple[float, float]) -> np.ndarray:
    """RGBA uint8 (…, 4) of real values on the value colour map, ``levels`` = (low, high)
    its ends (values beyond them take the end colours; NaN the middle one)."""
    import pyqtgraph as pg

    low, high = levels
    values = np.asarray(values, dtype=float)
    scaled = np.clip(np.nan_to_num((values - low) / (high - low), nan=0.5, posinf=1.0, neginf=0.0), 0.0, 1.0)
    colours = pg.colormap.get(VALUE_COLOUR_MAP).map(scaled.ravel(), mode="byte")
    return np.asarray(colours, dtype=np.uint8).reshape(values.shape + (4,))


def value_colour_bar(label: str, levels: tuple[float, float]):
    """A colour bar of the value colour map from ``levels[0]`` to ``levels[1]``, not yet placed."""
    import pyqtgraph as pg

    bar = pg.ColorBarItem(
        values=tuple(levels), colorMap=pg.colormap.get(VALUE_COLOUR_MAP), interactive=False, width=14, label=label, colorMapMenu=False
    )
    return bar


def place_colour_bar(plot_item, bar) -> None:
    """Put ``bar`` right of ``plot_item``'s view box, where pyqtgraph's own
    ``ColorBarItem.setImageItem(insert_in=…)`` puts it."""
    plot_item.layout.addItem(bar, 2, 5)
    plot_item.layout.setColumnFixedWidth(4, 5)
    bar.show()


def remove_colour_bar(plot_item, bar) -> None:
    plot_item.layout.removeItem(bar)
    plot_item.layout.setColumnFixedWidth(4, 0)
    bar.hide()


def boundary_line(grid: DecisionGrid, level: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """The decision boundary p = ``level`` of a two-class grid as x and y arrays, its
    pieces separated by NaN (traced by contourpy, as the contour plots' iso-lines)."""
    values = np.nan_to_num(np.asarray(grid.values, dtype=float), nan=0.5)
    generator = contourpy.contour_generator(grid.xs, grid.ys, values.T, line_type="ChunkCombinedNan")
    chunks = [c for c in generator.lines(level)[0] if c is not None and len(c)]
    if not chunks:
        return np.empty(0), np.empty(0)
    lines = np.concatenate(chunks)
    return lines[:, 0], lines[:, 1]


class TrainingFigure(SceneFigure):
    """The figure of one training run (built offscreen, never shown)."""

    def __init__(self, training: Training, width: int = 1200, height: int = 900, resolution: int = 150):
        ensure_application()
        with quiet_numbers():  # a diverged run has infinite weights: draw what can be drawn
            self._build(training, width, height, resolution)

    def _build(self, training: Training, width: int, height: int, resolution: int) -> None:
        import pyqtgraph as pg

        from gdstudio.ui.common.plots import ContourItem, configure_pyqtgraph
        from gdstudio.ui.mlp.loss_plot import per_example_loss_item

        configure_pyqtgraph()
        self.training = training
        dataset = training.dataset
        settings = training.settings
        self.grid = self.curve = self.value_bar = None
        self.layout = pg.GraphicsLayoutWidget()
        self.layout.resize(width, height)
        self.layout.setBackground("w")
        title = translate("MLPFigure", "{name}: {network}    {optimizer}, γ = {rate}    {status} after {steps} steps").format(
            name=dataset.name,
            network=training.network.describe(),
            optimizer=settings.optimizer,
            rate=f"{settings.learning_rate:g}",
            status=training.status,
            steps=training.steps,
        )
        self.layout.addLabel(title, row=0, col=0, colspan=2, color="k", size="11pt")
        self.layout.addLabel(training.describe_loss(), row=1, col=0, colspan=2, color="k", size="9pt")

        self.data = self.layout.addPlot(row=2, col=0, axisItems=honest_axes("left", "bottom"))
        self.data.setLabel("bottom", dataset.feature_names[0])
        self.data.setLabel("left", dataset.feature_names[1] if dataset.features == 2 else dataset.target_name)
        self.data.addLegend(offset=(5, 5), labelTextColor="k")
        if dataset.features == 2 and dataset.is_classification:
            self._draw_classification(pg, resolution)
        elif dataset.features == 2:
            self._draw_field(pg, resolution)
        else:
            self._draw_regression(pg)

        self.weight_space = ContourItem()
        self.layout.addItem(self.weight_space, row=2, col=1)
        self.plane = self._draw_plane(pg)

        self.loss = per_example_loss_item()
        self.layout.addItem(self.loss, row=4, col=0, colspan=2)
        self._draw_loss(pg)
        self.layout.ci.layout.setRowStretchFactor(2, 2)
        self.layout.ci.layout.setRowStretchFactor(4, 1)
        self.layout.show()
        from PySide6 import QtWidgets

        QtWidgets.QApplication.processEvents()

    def _draw_plane(self, pg):
        """The descent in weight space as the window draws it at the end of a run: the path
        plane fitted to the whole path (for two weights the exact map L(w, b) with the
        least-squares optimum), with its fixed colour scale, the path and w₀; its caption below."""
        from gdstudio.ui.common.plots import place_legend_clear_of
        from gdstudio.ui.mlp.weight_plot import draw_plane_landscape
        from gdstudio.ui.mlp.worker import plane_resolution, too_big_to_map

        training = self.training
        tracker = None
        weights, examples = training.network.dimension, training.objective.count
        try:
            if too_big_to_map(weights, examples):
                raise ValueError(
                    translate("MLPFigure", "the network ({weights} parameters on {examples} points) is too large to map").format(
                        weights=f"{weights:,}", examples=f"{examples:,}"
                    )
                )
            tracker = PlaneTracker(training, PATH, plane_resolution(weights, examples))
        except (ValueError, ArithmeticError, np.linalg.LinAlgError) as error:  # a diverged run: no plane to draw
            caption = translate("MLPFigure", "No weight-space map: {error}").format(error=error)
        else:
            draw_plane_landscape(self.weight_space, tracker.landscape)
            coordinates = tracker.coordinates
            self.weight_space.set_path(coordinates)
            self.weight_space.set_start(*coordinates[0])
            legend = self.weight_space.addLegend(offset=(-8, 8), labelTextColor="k", brush=(255, 255, 255, 200))
            legend.addItem(self.weight_space.paths[0], translate("MLPFigure", "the path w₀ … w_t"))
            if tracker.optimum is not None:
                star = pg.ScatterPlotItem(
                    [tracker.optimum[0]], [tracker.optimum[1]], size=30, symbol="star", brush=pg.mkBrush("w"), pen=pg.mkPen("k", width=1)
                )
                star.setZValue(35)  # under the dot, as in the window
                self.weight_space.addItem(star)
                legend.addItem(star, translate("MLPFigure", "least-squares (w*, b*)"))
            caption = tracker.plane.caption
            avoid = [coordinates] if tracker.optimum is None else [coordinates, np.array([tracker.optimum])]
            place_legend_clear_of(legend, self.weight_space, avoid)
        if tracker is None:
            self.weight_space.setLabel("bottom", "α")
            self.weight_space.setLabel("left", "β")
        label = self.layout.addLabel(caption, row=3, col=0, colspan=2, color="k", size="9pt")
        label.item.setTextWidth(self.layout.width() - 40)  # a sentence: wrapped, not cut
        return tracker

    def _draw_loss(self, pg) -> None:
        """The mean E per example on the training and the test set: one axis, whatever the sets' sizes."""
        training = self.training
        path = training.path
        train = training.loss_per_example(path, TRAIN, training.loss_history)
        test = training.loss_per_example(path, TEST)
        self.curves = {"train": train, "test": test}
        finite = np.concatenate([train, test])
        finite = finite[np.isfinite(finite)]
        positive = bool(finite.size and np.all(finite > 0)) and training.steps > 0
        self.loss.set_curve_count(2)
        for curve, colour in zip(self.loss.loss_curves, (TRAIN_COLOUR, TEST_COLOUR)):
            curve.setPen(pg.mkPen(colour, width=2))
        self.loss.set_logarithmic(positive)
        self.loss.set_losses([train, test if np.isfinite(test).any() else np.empty(0)])
        legend = self.loss.addLegend(offset=(-10, 10), labelTextColor="k", brush=(255, 255, 255, 200))
        legend.addItem(
            self.loss.loss_curves[0],
            translate("MLPFigure", "train, mean E per example (N = {n})").format(n=len(training.dataset.train_inputs)),
        )
        if np.isfinite(test).any():
            legend.addItem(
                self.loss.loss_curves[1],
                translate("MLPFigure", "test, mean E per example (N = {n})").format(n=len(training.dataset.test_inputs)),
            )

    def _show_image(self, pg, rgba: np.ndarray) -> None:
        from PySide6 import QtCore

        image = pg.ImageItem(rgba)
        x_min, x_max, y_min, y_max = self.grid.window
        image.setRect(QtCore.QRectF(x_min, y_min, x_max - x_min, y_max - y_min))
        image.setZValue(-10)
        self.data.addItem(image)
        self.data.setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=0)

    def _draw_classification(self, pg, resolution: int) -> None:
        training = self.training
        dataset = training.dataset
        grid = training.decision_grid(resolution=resolution)
        self.grid = grid
        values = np.nan_to_num(np.asarray(grid.values, dtype=float), nan=0.5)
        self._show_image(pg, probability_image(values, max(dataset.classes, 2)))
        if grid.values.ndim == 2:  # the decision boundary p = 1/2
            xs, ys = boundary_line(grid)
            self.data.plot(xs, ys, pen=pg.mkPen("k", width=2), connect="finite")
        for inputs, targets, test, name in (
            (dataset.train_inputs, dataset.train_targets, False, translate("MLPFigure", "train")),
            (dataset.test_inputs, dataset.test_targets, True, translate("MLPFigure", "test")),
        ):
            if len(inputs) == 0:
                continue
            brushes = [pg.mkBrush(*CLASS_COLOURS[k % len(CLASS_COLOURS)]) for k in targets]
            size, ring = TEST_STYLE if test else TRAIN_STYLE
            self.data.addItem(
                pg.ScatterPlotItem(
                    inputs[:, 0], inputs[:, 1], size=size, symbol=class_symbols(targets), brush=brushes, pen=pg.mkPen("k", width=ring)
                )
            )
            if self.data.legend is not None:
                self.data.legend.addItem(legend_sample(pg, test), name)
        metrics = training.metrics()
        self.data.setTitle(
            translate("MLPFigure", "train accuracy {percent} %").format(percent=f"{100 * metrics.train_accuracy:.1f}")
            + (
                ""
                if np.isnan(metrics.test_accuracy)
                else translate("MLPFigure", ", test {percent} %").format(percent=f"{100 * metrics.test_accuracy:.1f}")
            ),
            color="k",
            size="9pt",
        )

    def _draw_field(self, pg, resolution: int) -> None:
        """A regression on two inputs: f_w(x₁, x₂) as colours under the points, each
        point coloured by its target on the same scale (a match means a good fit)."""
        training = self.training
        dataset = training.dataset
        grid = training.decision_grid(resolution=resolution)
        self.grid = grid
        levels = dataset.target_range
        self._show_image(pg, value_colours(grid.values, levels))
        for inputs, targets, symbol, name in (
            (dataset.train_inputs, dataset.train_targets, "o", translate("MLPFigure", "train")),
            (dataset.test_inputs, dataset.test_targets, "t", translate("MLPFigure", "test")),
        ):
            if len(inputs):
                brushes = [pg.mkBrush(*colour) for colour in value_colours(targets, levels)]
                self.data.addItem(
                    pg.ScatterPlotItem(
                        inputs[:, 0],
                        inputs[:, 1],
                        size=7 if symbol == "o" else 9,
                        symbol=symbol,
                        brush=brushes,
                        pen=pg.mkPen("k", width=0.8),
                        name=name,
                    )
                )
        self.value_bar = value_colour_bar(
            translate("MLPFigure", "{target} (points) and f_w (field)").format(target=dataset.target_name), levels
        )
        place_colour_bar(self.data, self.value_bar)
        self._mse_title()

    def _draw_regression(self, pg) -> None:
        training = self.training
        dataset = training.dataset
        xs, ys = training.fitted_curve()
        self.curve = (xs, ys)
        for inputs, targets, colour, name in (
            (dataset.train_inputs, dataset.train_targets, (0, 114, 178), translate("MLPFigure", "train")),
            (dataset.test_inputs, dataset.test_targets, (230, 159, 0), translate("MLPFigure", "test")),
        ):
            if len(inputs):
                self.data.addItem(pg.ScatterPlotItem(inputs[:, 0], targets, size=6, brush=pg.mkBrush(*colour), pen=None, name=name))
        self.data.plot(xs, np.where(np.isfinite(ys), ys, np.nan), pen=pg.mkPen(CURVE_COLOUR, width=3), name="f_w(x)", connect="finite")
        self._mse_title()

    def _mse_title(self) -> None:
        metrics = self.training.metrics()
        test = "" if np.isnan(metrics.test_mse) else translate("MLPFigure", ", test MSE {mse}").format(mse=f"{metrics.test_mse:.4g}")
        title = translate("MLPFigure", "train MSE {mse}").format(mse=f"{metrics.train_mse:.4g}") + test
        self.data.setTitle(title, color="k", size="9pt")


class MapSlide(SceneFigure):
    """The MLP tab's slide (File → Export size → slide): the weight-space map as the tab
    shows it — the landscape, the path (and a raced run's), the dot at the step shown and,
    when it is shown, the minibatch fan with its readout — beside the loss curves, in one
    :class:`~gdstudio.ui.common.figure.FigureStyle`.  It draws what the tab already holds;
    nothing is computed again.

    ``paths`` are (coordinates, label) pairs on the map; ``dots`` the points at the step
    shown; ``fan`` (picture, origin, scale, the readout as rich text) or None; ``losses`` (values, colour,
    label) curves against t; ``cursor`` the step shown on the loss plot."""

    def __init__(self, style, title: str, landscape, paths, dots, optimum, fan, losses, logarithmic: bool, cursor: int | None):
        ensure_application()
        import pyqtgraph as pg

        from gdstudio.ui.common.plots import ContourItem, configure_pyqtgraph, place_legend_clear_of
        from gdstudio.ui.mlp.fan_figure import FanItems
        from gdstudio.ui.mlp.loss_plot import per_example_loss_item
        from gdstudio.ui.mlp.weight_plot import OPTIMUM_COLOUR, RACE_COLOURS, draw_plane_landscape

        configure_pyqtgraph()
        self.layout = pg.GraphicsLayoutWidget()
        style.style_layout(self.layout)
        style.add_title(self.layout, title, row=0, colspan=2, size=13.0)
        legend_brush = pg.mkBrush(style.legend_fill)

        self.map = ContourItem()
        self.layout.addItem(self.map, row=1, col=0)
        draw_plane_landscape(self.map, landscape)
        self.map.set_path_count(len(paths), RACE_COLOURS)
        self.map.set_paths([coordinates for coordinates, _label in paths])
        if len(paths[0][0]):
            self.map.set_start(*paths[0][0][0])
        self.map.set_markers_at(dots)
        legend = self.map.addLegend(offset=(-8, 8), labelTextColor=style.foreground, brush=legend_brush)
        for line, (_coordinates, label) in zip(self.map.paths, paths):
            if label:
                legend.addItem(line, label)
        avoid = [coordinates for coordinates, _label in paths if len(coordinates)]
        if optimum is not None:
            star = pg.ScatterPlotItem(
                [optimum[0]], [optimum[1]], size=30, symbol="star", brush=pg.mkBrush(OPTIMUM_COLOUR), pen=pg.mkPen("k", width=1)
            )
            star.setZValue(35)
            self.map.addItem(star)
            # the legend's sample at the size of a line's (the star on the map is larger)
            sample = pg.ScatterPlotItem(size=14, symbol="star", brush=pg.mkBrush(OPTIMUM_COLOUR), pen=pg.mkPen("k", width=1))
            legend.addItem(sample, translate("MLPFigure", "least-squares (w*, b*)"))
            avoid.append(np.array([optimum]))
        self.fan = None
        if fan is not None:
            picture, origin, scale, _caption = fan
            self.fan = FanItems(self.map)
            self.fan.show(picture, origin, scale)
            legend.addItem(self.fan.batch, translate("MLPFanFigure", "−g_B, one a batch"))
            legend.addItem(self.fan.full, translate("MLPFanFigure", "−∇L, the full batch"))
            legend.addItem(self.fan.mean, translate("MLPFanFigure", "−(mean of the batch gradients)"))
        style.style_plot(self.map)

        self.loss = per_example_loss_item()
        self.layout.addItem(self.loss, row=1, col=1)
        self.loss.set_curve_count(len(losses))
        for curve, (_values, colour, _label) in zip(self.loss.loss_curves, losses):
            curve.setPen(pg.mkPen(colour, width=2))
        self.loss.set_logarithmic(logarithmic)
        self.loss.set_losses([values for values, _colour, _label in losses])
        if cursor is not None:
            self.loss.set_cursor(cursor)
        loss_legend = self.loss.addLegend(offset=(-10, 10), labelTextColor=style.foreground, brush=legend_brush)
        for curve, (values, _colour, label) in zip(self.loss.loss_curves, losses):
            if len(values):
                loss_legend.addItem(curve, label)
        style.style_plot(self.loss)
        self.layout.ci.layout.setColumnStretchFactor(0, 3)
        self.layout.ci.layout.setColumnStretchFactor(1, 2)
        if fan is not None:  # the readout as the panel gives it (rich text, three short lines)
            style.add_title(self.layout, fan[3], row=2, colspan=2, size=9.5)
        self.layout.show()
        self._process_events()
        place_legend_clear_of(legend, self.map, avoid)
