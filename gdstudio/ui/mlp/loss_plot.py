"""The MLP tab's loss curves: the mean error per example on the training and the test
set (and a raced run's), on the common loss plot with its axis named for what it shows."""

from __future__ import annotations

from gdstudio.ui.common.plots import LossItem, LossPlot

LOSS_AXIS = "mean E per example"


def per_example_loss_item() -> LossItem:
    """A loss plot item whose axis says "mean E per example" where the common one says f(w_t)."""
    return LossItem(LOSS_AXIS, f"{LOSS_AXIS} − its minimum")


def per_example_loss_plot() -> LossPlot:
    """The loss plot widget around a :func:`per_example_loss_item`."""
    return LossPlot(item=per_example_loss_item())
