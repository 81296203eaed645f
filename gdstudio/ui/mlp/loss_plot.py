"""The MLP tab's loss curves: the mean error per example on the training and the test
set (and a raced run's), on the common loss plot with its axis named for what it shows."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.ui.common.plots import LossItem, LossPlot

translate = QtCore.QCoreApplication.translate

LOSS_AXIS = QT_TRANSLATE_NOOP("MLPLossPlot", "mean E per example")  # shown as loss_axis()


def loss_axis() -> str:
    """LOSS_AXIS in the reader's language."""
    return translate("MLPLossPlot", LOSS_AXIS)


def per_example_loss_item() -> LossItem:
    """A loss plot item whose axis says "mean E per example" where the common one says f(w_t)."""
    axis = loss_axis()
    return LossItem(axis, translate("MLPLossPlot", "{quantity} − its minimum").format(quantity=axis))


def per_example_loss_plot() -> LossPlot:
    """The loss plot widget around a :func:`per_example_loss_item`."""
    return LossPlot(item=per_example_loss_item())
