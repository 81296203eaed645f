"""Figures drawn without a window: a pyqtgraph scene built offscreen and saved with
pyqtgraph's exporters as PNG or SVG, or rendered to an array for animations."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

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
