"""An MLP training run drawn without a window: the data with the network's decision
regions (classification) or fitted curve (regression), the descent in weight space
(the loss on the plane of the path's top two principal directions, with the path),
and the loss curve, in one pyqtgraph scene saved with pyqtgraph's exporters.

Drawing only: every number comes from ``gdstudio.core`` (mlp, weight_space)."""
from __future__ import annotations


import numpy as np

from gdstudio.core.mlp import Training
from gdstudio.core.weight_space import PCA, slice_landscape, weight_slice

from .figure import SceneFigure, ensure_application

# one colour per class (colour-blind-safe Okabe–Ito order)
CLASS_COLOURS = np.array(
    [(0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233),
     (213, 94, 0), (240, 228, 66), (0, 0, 0), (120, 120, 120), (170, 68, 153)],
    dtype=float,
)
CURVE_COLOUR = "#d62728"


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


class TrainingFigure(SceneFigure):
    """The figure of one training run (built offscreen, never shown)."""

    def __init__(self, training: Training, width: int = 1200, height: int = 900, resolution: int = 150):
        ensure_application()
        import pyqtgraph as pg

        from .plots import ContourItem, LossItem, configure_pyqtgraph

        configure_pyqtgraph()
        self.training = training
        dataset = training.dataset
        settings = training.settings
        self.layout = pg.GraphicsLayoutWidget()
        self.layout.resize(width, height)
        self.layout.setBackground("w")
        title = (
            f"{dataset.name}: {training.network.describe()}    {settings.optimizer}, γ = {settings.learning_rate:g}"
            f"    {training.status} after {training.steps} steps"
        )
        self.layout.addLabel(title, row=0, col=0, colspan=2, color="k", size="11pt")
        self.layout.addLabel(training.describe_loss(), row=1, col=0, colspan=2, color="k", size="9pt")

        self.data = self.layout.addPlot(row=2, col=0)
        self.data.setLabel("bottom", dataset.feature_names[0])
        self.data.setLabel("left", dataset.feature_names[1] if dataset.features == 2 else dataset.target_name)
        self.data.addLegend(offset=(5, 5), labelTextColor="k")
        if dataset.is_classification and dataset.features == 2:
            self._draw_classification(pg, resolution)
        elif dataset.features == 1:
            self._draw_regression(pg)

        self.weight_space = ContourItem()
        self.layout.addItem(self.weight_space, row=2, col=1)
        piece = weight_slice(training.objective, training.weights, PCA, training.path, resolution=41)
        self.slice = piece
        self.weight_space.set_landscape(slice_landscape(piece))
        # the contour item names the shading in terms of f(x, y): here it is L(w)
        self.weight_space.colour_bar.getAxis("left").setLabel("L(w)")
        self.weight_space.colour_bar.axis.setLabel("log₁₀(L − min L)" if self.weight_space.landscape.logarithmic else "")
        self.weight_space.setLabel("bottom", "α (1st principal direction of the path)")
        self.weight_space.setLabel("left", "β (2nd)")
        self.weight_space.setTitle("descent in weight space: " + piece.description, color="k", size="9pt")
        self.weight_space.set_path(piece.path)
        self.weight_space.set_start(*piece.path[0])

        self.loss = LossItem()
        self.layout.addItem(self.loss, row=3, col=0, colspan=2)
        loss = training.loss_history
        positive = bool(np.all(loss[np.isfinite(loss)] > 0)) and training.steps > 0
        self.loss.set_logarithmic(positive)
        self.loss.set_loss(loss)
        self.loss.setLabel("left", "training loss L(w_t)" + (" (log scale)" if positive else ""))
        self.layout.ci.layout.setRowStretchFactor(2, 3)
        self.layout.ci.layout.setRowStretchFactor(3, 1)
        self.layout.show()
        from PySide6 import QtWidgets

        QtWidgets.QApplication.processEvents()

    def _draw_classification(self, pg, resolution: int) -> None:
        from PySide6 import QtCore

        training = self.training
        dataset = training.dataset
        grid = training.decision_grid(resolution=resolution)
        self.grid = grid
        image = pg.ImageItem(probability_image(grid.values, max(dataset.classes, 2)))
        x_min, x_max, y_min, y_max = grid.window
        image.setRect(QtCore.QRectF(x_min, y_min, x_max - x_min, y_max - y_min))
        image.setZValue(-10)
        self.data.addItem(image)
        if grid.values.ndim == 2:  # the decision boundary p = 1/2
            dx, dy = grid.xs[1] - grid.xs[0], grid.ys[1] - grid.ys[0]
            for line in pg.functions.isocurve(grid.values, 0.5, connected=True):
                points = np.asarray(line, dtype=float)
                self.data.plot(grid.xs[0] + points[:, 0] * dx, grid.ys[0] + points[:, 1] * dy, pen=pg.mkPen("k", width=2))
        for inputs, targets, symbol, name in (
            (dataset.train_inputs, dataset.train_targets, "o", "train"),
            (dataset.test_inputs, dataset.test_targets, "t", "test"),
        ):
            if len(inputs) == 0:
                continue
            brushes = [pg.mkBrush(*CLASS_COLOURS[k % len(CLASS_COLOURS)]) for k in targets]
            self.data.addItem(
                pg.ScatterPlotItem(inputs[:, 0], inputs[:, 1], size=7 if symbol == "o" else 9, symbol=symbol,
                                   brush=brushes, pen=pg.mkPen("k", width=0.8), name=name)
            )
        self.data.setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=0)
        metrics = training.metrics()
        self.data.setTitle(
            f"train accuracy {100 * metrics.train_accuracy:.1f} %"
            + ("" if np.isnan(metrics.test_accuracy) else f", test {100 * metrics.test_accuracy:.1f} %"),
            color="k", size="9pt",
        )

    def _draw_regression(self, pg) -> None:
        training = self.training
        dataset = training.dataset
        xs, ys = training.fitted_curve()
        self.curve = (xs, ys)
        for inputs, targets, colour, name in (
            (dataset.train_inputs, dataset.train_targets, (0, 114, 178), "train"),
            (dataset.test_inputs, dataset.test_targets, (230, 159, 0), "test"),
        ):
            if len(inputs):
                self.data.addItem(pg.ScatterPlotItem(inputs[:, 0], targets, size=6, brush=pg.mkBrush(*colour), pen=None, name=name))
        self.data.plot(xs, ys, pen=pg.mkPen(CURVE_COLOUR, width=3), name="f_w(x)")
        metrics = training.metrics()
        self.data.setTitle(f"train MSE {metrics.train_mse:.4g}, test MSE {metrics.test_mse:.4g}", color="k", size="9pt")
