"""A run drawn without a window: the contour with the path above the loss curve,
in one pyqtgraph scene, saved as PNG or SVG with pyqtgraph's exporters."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from gdstudio.core.descent import RunResult, arrow_tips
from gdstudio.core.landscape import evaluate_landscape
from gdstudio.core.language import ParsedFunction
from gdstudio.export.files import atomic_write


def ensure_application():
    """A QApplication, choosing Qt's offscreen platform when there is no display."""
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import QtWidgets

    application = QtWidgets.QApplication.instance()
    if application is None:
        application = QtWidgets.QApplication([])
    return application


class SceneFigure:
    """A pyqtgraph layout built offscreen and saved with pyqtgraph's exporters;
    subclasses build ``self.layout`` (a GraphicsLayoutWidget)."""

    layout = None

    def _process_events(self) -> None:
        from PySide6 import QtWidgets

        QtWidgets.QApplication.processEvents()

    def save_png(self, path, scale: float = 1.0) -> Path:
        import pyqtgraph.exporters as exporters

        def write(temporary: Path) -> None:
            exporter = exporters.ImageExporter(self.layout.scene())
            exporter.parameters()["width"] = int(self.layout.width() * scale)
            exporter.export(str(temporary))

        return atomic_write(path, write)

    def save_svg(self, path) -> Path:
        import pyqtgraph.exporters as exporters

        def write(temporary: Path) -> None:
            exporters.SVGExporter(self.layout.scene()).export(str(temporary))

        return atomic_write(path, write)

    def render_array(self) -> np.ndarray:
        """What the figure shows now, as a (height, width, 4) RGBA byte array."""
        import pyqtgraph.exporters as exporters

        self._process_events()
        exporter = exporters.ImageExporter(self.layout.scene())  # as save_png draws it
        exporter.parameters()["width"] = int(self.layout.width())
        return qimage_to_array(exporter.export(toBytes=True))

    def close(self) -> None:
        self.layout.close()
        self.layout.deleteLater()


def qimage_to_array(image) -> np.ndarray:
    """A QImage as a (height, width, 4) RGBA uint8 array (a copy)."""
    from PySide6 import QtGui

    image = image.convertToFormat(QtGui.QImage.Format.Format_RGBA8888)
    width, height = image.width(), image.height()
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return buffer.reshape(height, image.bytesPerLine())[:, : width * 4].reshape(height, width, 4).copy()


class RunFigure(SceneFigure):
    """The figure of one finished run (built offscreen, never shown)."""

    def __init__(self, function: ParsedFunction, result: RunResult, window, width: int = 900, height: int = 1000):
        ensure_application()
        import pyqtgraph as pg

        from .plots import ContourItem, LossItem

        self.layout = pg.GraphicsLayoutWidget()
        self.layout.resize(width, height)
        self.layout.setBackground("w")
        title = f"f(x, y) = {function.display}    {result.settings.optimizer}, γ = {result.settings.learning_rate:g}"
        self.layout.addLabel(title, row=0, col=0, color="k", size="11pt")
        self.contour = ContourItem()
        self.loss = LossItem()
        self.layout.addItem(self.contour, row=1, col=0)
        self.layout.addItem(self.loss, row=2, col=0)
        self.layout.ci.layout.setRowStretchFactor(1, 3)
        self.layout.ci.layout.setRowStretchFactor(2, 1)
        self.contour.set_landscape(evaluate_landscape(function, window, resolution=300))
        self.contour.set_path(result.points)
        self.contour.set_start(*result.points[0][:2])
        if result.steps > 0:
            tips = arrow_tips(result.points[-1], result.gradient[-1], -result.settings.learning_rate * result.gradient[-1], result.settings.learning_rate)
            self.contour.set_arrows(result.points[-1], *tips)
        self.loss.set_logarithmic(bool(np.all(result.loss[np.isfinite(result.loss)] > 0)) and result.steps > 0)
        self.loss.set_loss(result.loss)
        self.layout.show()
        self._process_events()
        self.contour.refresh_arrows()
