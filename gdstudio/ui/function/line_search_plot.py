"""The line-search plot: φ(α) = f(w + αd) of the step shown, the Armijo line, where the
search's conditions hold, each trial numbered and the α taken. Every number comes from
:func:`gdstudio.core.descent.pictures.search_picture`."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.core.descent.pictures import SearchPicture
from gdstudio.ui.common.plots import GuardedPlotWidget, configure_pyqtgraph, plot_parts
from gdstudio.ui.common.zoom import set_plot_zoom

translate = QtCore.QCoreApplication.translate

PHI_COLOUR = "#56b4e9"
ARMIJO_COLOUR = "#e69f00"
TRIAL_COLOUR = "#ff2d95"
ACCEPTED_COLOUR = "#009e73"
BAND_COLOUR = (0, 158, 115, 60)
# the widest tick label the left axis is given room for (HonestAxis: "−1.23e+05", "−0.000123")
WIDEST_TICK_TEXT = "−0.000000"
RULE_TITLES = {  # translated where shown: translate("LineSearchPlot", RULE_TITLES[rule])
    "fixed": QT_TRANSLATE_NOOP("LineSearchPlot", "fixed γ"),
    "armijo": QT_TRANSLATE_NOOP("LineSearchPlot", "backtracking (Armijo)"),
    "strong-wolfe": QT_TRANSLATE_NOOP("LineSearchPlot", "strong Wolfe"),
    "exact": QT_TRANSLATE_NOOP("LineSearchPlot", "exact"),
}


class LineSearchPlot(GuardedPlotWidget):
    """φ(α) for one step of a searched run: the curve, the Armijo line φ(0) + c₁αφ′(0),
    the α where the conditions hold shaded, the trials numbered in the order tried and the
    accepted α ringed."""

    def __init__(self, parent=None):
        configure_pyqtgraph()
        super().__init__(parent, **plot_parts())
        self.setObjectName("lineSearchPlot")
        self.setAccessibleName(translate("LineSearchPlot", "line-search plot"))
        self.plot_item = self.getPlotItem()
        self.plot_item.setLabel("bottom", translate("LineSearchPlot", "step size α"))
        self.plot_item.setLabel("left", "φ(α) = f(w + αd)")
        self.plot_item.setMenuEnabled(False)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        # the plot shares the bottom row with the loss curve: it never widens the window
        self.setMinimumWidth(160)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.bands: list[pg.LinearRegionItem] = []
        self.phi = self.plot_item.plot(pen=pg.mkPen(PHI_COLOUR, width=2.5), name="φ(α)")
        self.armijo = self.plot_item.plot(pen=pg.mkPen(ARMIJO_COLOUR, width=1.8, style=QtCore.Qt.PenStyle.DashLine))
        self.trials = pg.ScatterPlotItem(size=9, pen=pg.mkPen("#ffffff", width=1), brush=pg.mkBrush(TRIAL_COLOUR))
        self.trials.setZValue(20)
        self.accepted = pg.ScatterPlotItem(size=18, pen=pg.mkPen(ACCEPTED_COLOUR, width=3), brush=pg.mkBrush(None), symbol="o")
        self.accepted.setZValue(21)
        self.plot_item.addItem(self.trials)
        self.plot_item.addItem(self.accepted)
        self.labels: list[pg.TextItem] = []
        self.description = ""
        self._relayout_due = False
        self.plot_item.geometryChanged.connect(self._keep_plot_in_view)
        self._fix_axis_width()

    def set_zoom(self, zoom: float) -> None:
        set_plot_zoom(self.plot_item, zoom)
        self._fix_axis_width()

    def _fix_axis_width(self) -> None:
        """The left axis keeps the width of the widest tick text it shows at this zoom
        (WIDEST_TICK_TEXT): each step's φ has a range of its own, and an axis that
        followed its labels' width laid the plot out again after a frame's paint, which
        painted the plot a second time (5–20 ms more, the longest stalls of a searched run
        at 175 %)."""
        axis = self.plot_item.getAxis("left")
        font = axis.style.get("tickFont") or axis.font()
        text = QtGui.QFontMetricsF(font).horizontalAdvance(WIDEST_TICK_TEXT)
        axis.setWidth(math.ceil(text + axis.style["tickTextOffset"][0] + max(0, axis.style["tickLength"])))

    def clear_picture(self, message: str = "") -> None:
        self.phi.setData([], [])
        self.armijo.setData([], [])
        self.trials.setData([], [])
        self.accepted.setData([], [])
        self._clear_bands()
        for label in self.labels:
            label.hide()
        self._set_title(message)
        self.description = message
        self.setAccessibleDescription(message)

    def show_picture(self, picture: SearchPicture, step: int) -> None:
        finite = np.isfinite(picture.phi)
        self.phi.setData(picture.alpha[finite], picture.phi[finite])
        self.armijo.setData(picture.alpha, picture.armijo)
        spans = _runs(picture.alpha, picture.acceptable)
        while len(self.bands) < len(spans):  # regions are kept and reused: adding one to a scene costs
            region = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(*BAND_COLOUR), pen=pg.mkPen(None))
            region.setZValue(-10)
            self.plot_item.addItem(region)
            self.bands.append(region)
        for index, region in enumerate(self.bands):
            if index < len(spans):
                region.setRegion(spans[index])
                region.show()
            else:
                region.hide()
        alphas = np.array([a for a, _ in picture.trials], dtype=float)
        values = np.array([f for _, f in picture.trials], dtype=float)
        # the view: φ over the α drawn, clipped a little above φ(0) so that a far trial that
        # overshot does not flatten the curve near α = 0; such a trial sits on the top edge
        # as a triangle pointing up, still numbered
        values_drawn = picture.phi[finite]
        low, high = (0.0, 1.0)
        if len(values_drawn):
            low = float(np.min(values_drawn))
            start = float(picture.phi[0]) if np.isfinite(picture.phi[0]) else float(np.max(values_drawn))
            high = max(start + 0.6 * (start - low), start + 1e-12)
            self.plot_item.setYRange(low - 0.08 * (high - low), high, padding=0)
        shown = np.isfinite(alphas)
        above = ~(values <= high)  # NaN (outside f's domain) is drawn on the top edge too
        values = np.where(above, high, values)
        self.trials.setData(alphas[shown], values[shown], symbol=["t1" if a else "o" for a in above[shown]])
        while len(self.labels) < len(alphas):
            label = pg.TextItem(color=TRIAL_COLOUR, anchor=(0.5, -0.15))
            font = label.textItem.font()
            font.setBold(True)
            label.setFont(font)
            label.setZValue(22)
            self.plot_item.addItem(label)
            self.labels.append(label)
        for index, label in enumerate(self.labels):
            if index < len(alphas) and shown[index]:
                label.setText(str(index + 1))
                label.setPos(alphas[index], values[index])
                label.show()
            else:
                label.hide()
        if picture.accepted is not None:
            accepted = [f for a, f in picture.trials if a == picture.accepted]
            if accepted and np.isfinite(accepted[-1]):
                self.accepted.setData([picture.accepted], [accepted[-1]])
            else:
                self.accepted.setData([], [])
        else:
            self.accepted.setData([], [])
        self.plot_item.setXRange(0.0, picture.span, padding=0.02)
        rule = translate("LineSearchPlot", RULE_TITLES[picture.rule]) if picture.rule in RULE_TITLES else picture.rule
        taken = translate("LineSearchPlot", "failed") if picture.accepted is None else f"α = {picture.accepted:.4g}"
        count = len(picture.trials)
        # one sentence for one trial, one for several: a translator writes each whole
        if count == 1:
            title = translate("LineSearchPlot", "step {step}: {rule}, 1 trial, {taken}").format(step=step, rule=rule, taken=taken)
            short = translate("LineSearchPlot", "step {step}: 1 trial, {taken}").format(step=step, taken=taken)
        else:
            title = translate("LineSearchPlot", "step {step}: {rule}, {count} trials, {taken}").format(
                step=step, rule=rule, count=count, taken=taken
            )
            short = translate("LineSearchPlot", "step {step}: {count} trials, {taken}").format(step=step, count=count, taken=taken)
        self._set_title(short)
        self.description = title
        self.setAccessibleDescription(title)

    def _set_title(self, text: str) -> None:
        """A title that never widens the plot past its widget (pyqtgraph's title asks for its
        whole text's width, which pushed the view out of a narrow plot): at most the plot's
        width, in the axes' font size."""
        size = f"{9.5 * float(getattr(self.plot_item, 'zoom', 1.0)):.1f}pt"
        self.plot_item.setTitle(text or None, size=size)
        self.plot_item.titleLabel.setMinimumWidth(0)
        self.plot_item.titleLabel.setMaximumWidth(max(self.width() - 10, 40))

    def _keep_plot_in_view(self) -> None:
        """Lay the plot out again at the view's size when a title laid out before its bounds
        were set has made it wider (only then: laying it out again after every title cost a
        second paint of the plot each time, seven times a second while a searched run plays)."""
        if self.plot_item.geometry().width() > self.viewport().width() + 0.5 and not self._relayout_due:
            self._relayout_due = True
            QtCore.QTimer.singleShot(0, self, self._relayout)

    def _relayout(self) -> None:
        self._relayout_due = False
        pg.GraphicsView.setRange(self, self.range, padding=0, disableAutoPixel=False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        item = self.getPlotItem()
        if item is not None:  # (Qt resizes the view once before pyqtgraph gives it its plot)
            item.titleLabel.setMaximumWidth(max(self.width() - 10, 40))

    def _clear_bands(self) -> None:
        for region in self.bands:
            region.hide()


def _runs(alpha: np.ndarray, mask: np.ndarray):
    """The [low, high] spans of α where ``mask`` holds."""
    if not mask.any():
        return []
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0] - 1
    return [(float(alpha[s]), float(alpha[e])) for s, e in zip(starts, ends)]
