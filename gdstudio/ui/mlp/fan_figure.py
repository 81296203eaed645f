"""The minibatch fan drawn: thin arrows −g_B for the batches around the thick −∇L and
the dashed mean of the batch arrows, from one point, all to one scale.

:class:`FanItems` puts the fan on any pyqtgraph plot (the tab's weight-space map;
the batch arrows are one line item drawn in pairs, so 500 arrows cost one item);
:func:`save_fan_png` draws ``gdstudio fan --png``.  Drawing only: the numbers come
from :mod:`gdstudio.core.mlp.fan`."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore

from gdstudio.core.mlp.fan import Fan, FanPicture, fan_picture
from gdstudio.ui.common.figure import SceneFigure, ensure_application

translate = QtCore.QCoreApplication.translate

BATCH_COLOUR = (0, 114, 178, 150)  # Okabe–Ito blue, see-through: where many agree, the fan is dark
FULL_COLOUR = "#cc79a7"  # −∇L, Okabe–Ito reddish purple: apart from the paths' orange and blue
MEAN_COLOUR = "#000000"


class FanItems:
    """The fan's graphics items on ``plot`` (a pyqtgraph PlotItem), hidden until :meth:`show`."""

    def __init__(self, plot, z: float = 60.0):
        import pyqtgraph as pg

        self.plot = plot
        self.batch = pg.PlotDataItem(connect="pairs", pen=pg.mkPen(BATCH_COLOUR, width=1.2), antialias=False)
        self.full = pg.PlotDataItem(pen=pg.mkPen(FULL_COLOUR, width=4.5))
        self.mean = pg.PlotDataItem(pen=pg.mkPen(MEAN_COLOUR, width=2.0, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.full_head = pg.ArrowItem(pen=pg.mkPen(FULL_COLOUR), brush=pg.mkBrush(FULL_COLOUR), headLen=16, tipAngle=35)
        self.mean_head = pg.ArrowItem(pen=pg.mkPen(MEAN_COLOUR), brush=pg.mkBrush(MEAN_COLOUR), headLen=11, tipAngle=30)
        self.items = (self.batch, self.full, self.mean, self.full_head, self.mean_head)
        for index, item in enumerate(self.items):
            item.setZValue(z + index)
            plot.addItem(item)
        self.hide()

    def show(self, picture: FanPicture, origin, scale: float) -> None:
        """Draw ``picture`` from ``origin`` with every arrow multiplied by ``scale``."""
        origin = np.asarray(origin, dtype=float)
        segments = picture.segments(origin, scale)
        self.batch.setData(segments[:, 0], segments[:, 1])
        for line, head, vector in ((self.full, self.full_head, picture.full), (self.mean, self.mean_head, picture.mean)):
            tip = origin + scale * vector
            line.setData([origin[0], tip[0]], [origin[1], tip[1]])
            _point_head(head, tip, vector)
        for item in self.items:
            item.setVisible(True)

    def hide(self) -> None:
        for item in self.items:
            item.setVisible(False)

    @property
    def visible(self) -> bool:
        return self.full.isVisible()

    def arrow_count(self) -> int:
        """The batch arrows drawn now."""
        x, _ = self.batch.getData()
        return 0 if x is None or not self.visible else len(x) // 2


def _point_head(head, tip: np.ndarray, vector: np.ndarray) -> None:
    """An arrow head at ``tip`` pointing along ``vector`` (pyqtgraph's angle 0 points left)."""
    if not np.all(np.isfinite(vector)) or not np.any(vector):
        head.setVisible(False)
        return
    # on screen: the plot's y axis points up, the item's angle turns clockwise from the left
    angle = 180.0 - np.degrees(np.arctan2(vector[1], vector[0]))
    head.setStyle(angle=angle)
    head.setPos(float(tip[0]), float(tip[1]))


def fan_caption(fan: Fan) -> str:
    """The readout: the mean beside ∇L, and the spread beside the formula."""
    distance = float(np.linalg.norm(fan.mean_gradient - fan.full_gradient))
    norm = float(np.linalg.norm(fan.full_gradient))
    if fan.draws == "epoch":
        what = translate("MLPFanFigure", "{count} batches of one epoch").format(count=len(fan.batches))
    else:
        what = translate("MLPFanFigure", "{count} random batches").format(count=len(fan.batches))
    return translate(
        "MLPFanFigure",
        "{what}, B = {batch} of N = {count}:  mean of the batch gradients = ∇L "
        "(‖mean − ∇L‖ = {distance}, ‖∇L‖ = {norm});  spread E‖g_B − ∇L‖² = {measured} measured, "
        "(N − B)/(B(N − 1))·σ² = {formula}",
    ).format(
        what=what,
        batch=fan.batch_size,
        count=fan.count,
        distance=f"{distance:.2g}",
        norm=f"{norm:.3g}",
        measured=f"{fan.measured_variance:.4g}",
        formula=f"{fan.formula_variance:.4g}",
    )


def fan_readout_html(view) -> str:
    """The tab's readout of a :class:`~gdstudio.ui.mlp.worker.FanView`: the mean beside
    ∇L, and the measured spread beside the formula of sampling without replacement."""
    from gdstudio.core.plain import number_text

    if view.draws == "epoch":
        what = translate("MLPFanFigure", "the {count} batches of epoch {epoch}").format(count=len(view.picture.batch), epoch=view.epoch)
    else:
        what = translate("MLPFanFigure", "{count} random batches").format(count=view.draws)
    if view.picture.exact:
        where = translate("MLPFanFigure", "exact on (w, b)")
    else:
        where = translate("MLPFanFigure", "projected on the map's plane")
    return translate(
        "MLPFanFigure",
        "At t = {t}, {what} of B = {batch} ({where}):<br>"
        "<b>mean of the batch gradients = ∇L</b> (‖mean − ∇L‖ = {distance}, "
        "‖∇L‖ = {norm})<br>"
        "spread E‖g<sub>B</sub> − ∇L‖² = {measured} measured, "
        "(N − B)/(B(N − 1))·σ² = {formula}",
    ).format(
        t=f"{view.step:,}",
        what=what,
        batch=view.batch_size,
        where=where,
        distance=number_text(view.mean_distance),
        norm=number_text(view.full_norm),
        measured=number_text(view.measured),
        formula=number_text(view.formula),
    )


class FanFigure(SceneFigure):
    """The fan alone, in the plane it spreads most in (the weight space itself for two weights)."""

    def __init__(self, fan: Fan, title: str, width: int = 1000, height: int = 800):
        ensure_application()
        import pyqtgraph as pg

        from gdstudio.ui.common.axes import honest_axes
        from gdstudio.ui.common.plots import configure_pyqtgraph, place_legend_clear_of

        configure_pyqtgraph()
        picture = fan_picture(fan)
        self.layout = pg.GraphicsLayoutWidget()
        self.layout.resize(width, height)
        self.layout.setBackground("w")
        self.layout.addLabel(title, row=0, col=0, color="k", size="11pt")
        plot = self.layout.addPlot(row=1, col=0, axisItems=honest_axes("left", "bottom"))
        plot.setAspectLocked(True)
        if picture.exact:
            plot.setLabel("bottom", translate("MLPFanFigure", "−∂L/∂w (slope)"))
            plot.setLabel("left", translate("MLPFanFigure", "−∂L/∂b (intercept)"))
        else:
            plot.setLabel("bottom", translate("MLPFanFigure", "along −∇L"))
            plot.setLabel("left", translate("MLPFanFigure", "across −∇L, where the batch gradients spread most"))
        items = FanItems(plot)
        items.show(picture, (0.0, 0.0), 1.0)
        legend = plot.addLegend(offset=(8, 8), labelTextColor="k", brush=(255, 255, 255, 220))
        legend.addItem(items.batch, translate("MLPFanFigure", "−g_B, one a batch"))
        legend.addItem(items.full, translate("MLPFanFigure", "−∇L, the full batch"))
        legend.addItem(items.mean, translate("MLPFanFigure", "−(mean of the batch gradients)"))
        self.items = items
        self.layout.show()
        self._process_events()
        place_legend_clear_of(legend, plot, [picture.segments((0.0, 0.0), 1.0)])
        label = self.layout.addLabel(fan_caption(fan), row=2, col=0, color="k", size="9pt")
        label.item.setTextWidth(width - 160)
        self.layout.show()
        self._process_events()


def save_fan_png(fan: Fan, training, path) -> None:
    """``gdstudio fan --png``: the fan at the point, titled with the task and the network."""
    title = translate("MLPFanFigure", "{name}: {network}     — the minibatch fan at w").format(
        name=training.dataset.name, network=training.network.describe()
    )
    figure = FanFigure(fan, title)
    try:
        figure.save_png(path)
    finally:
        figure.close()
