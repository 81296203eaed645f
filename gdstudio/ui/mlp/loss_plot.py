"""The MLP tab's loss curves: the mean error per example on the training and the test
set (and a raced run's), on the common loss plot with its axis named for what it shows."""

from __future__ import annotations

from gdstudio.ui.common.plots import GuardedPlotWidget, LossItem, LossPlot

LOSS_AXIS = "mean E per example"


class PerExampleLossItem(LossItem):
    """A :class:`~gdstudio.ui.common.plots.LossItem` whose loss axis says "mean E per
    example" where the common plot says f(w_t) (it names the axis each time it chooses
    between a log and a linear scale)."""

    def setLabel(self, axis=None, text=None, units=None, unitPrefix=None, **kwargs):
        if axis == "left" and text:
            text = text.replace("f(w_t) − min f", f"{LOSS_AXIS} − its minimum").replace("f(w_t)", LOSS_AXIS)
        super().setLabel(axis, text, units, unitPrefix, **kwargs)


class PerExampleLossPlot(LossPlot):
    """The loss plot widget around a :class:`PerExampleLossItem`."""

    def __init__(self, parent=None):
        GuardedPlotWidget.__init__(self, parent, plotItem=PerExampleLossItem())
        self.setObjectName("lossPlot")
        self.loss_item = self.plotItem
