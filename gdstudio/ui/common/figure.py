"""Figures drawn without a window: a pyqtgraph scene built offscreen and saved with
pyqtgraph's exporters as PNG or SVG, or rendered to an array for animations."""

from __future__ import annotations

import os
from dataclasses import dataclass
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


# exported figures: the size of a figure for a document, or a 16:9 slide
FIGURE, SLIDE = "figure", "slide"
SLIDE_SIZE = (1920, 1080)
THEMES = {  # background, foreground (text and axes), legend backdrop
    "light": ("#ffffff", "#202020", (255, 255, 255, 220)),
    "dark": ("#101014", "#e6e6e6", (16, 16, 20, 220)),
}


@dataclass(frozen=True)
class FigureStyle:
    """How an exported figure looks: its size in pixels, one theme for every panel
    (light or dark), and a text scale that keeps titles and ticks readable on a slide."""

    width: int = 900
    height: int = 1000
    theme: str = "light"

    @property
    def background(self) -> str:
        return THEMES[self.theme][0]

    @property
    def foreground(self) -> str:
        return THEMES[self.theme][1]

    @property
    def legend_fill(self):
        return THEMES[self.theme][2]

    @property
    def text_scale(self) -> float:
        """1 for a 900-pixel-wide figure, more for wider ones (a slide's text reads from the back row)."""
        return min(max(min(self.width / 900, self.height / 700), 1.0), 2.2)

    @property
    def side_by_side(self) -> bool:
        """Wide figures (slides) put the loss beside the contour instead of under it."""
        return self.width >= 1.3 * self.height

    def style_layout(self, layout) -> None:
        layout.resize(self.width, self.height)
        layout.setBackground(self.background)

    def style_plot(self, plot) -> None:
        """Axes in the theme's colours, fonts, lines and markers at the figure's text scale."""
        from gdstudio.ui.common.zoom import set_plot_zoom

        for name in ("left", "bottom", "right", "top"):
            if name in plot.axes:
                axis = plot.getAxis(name)
                axis.setPen(self.foreground)
                axis.setTextPen(self.foreground)
        if hasattr(plot, "set_zoom"):
            plot.set_zoom(self.text_scale)
        else:
            set_plot_zoom(plot, self.text_scale)

    def add_title(self, layout, text: str, row: int, colspan: int = 1, size: float = 12.0):
        return layout.addLabel(text, row=row, col=0, colspan=colspan, color=self.foreground, size=f"{size * self.text_scale:.1f}pt")


def figure_style(size: str = FIGURE, theme: str = "light", figure_size: tuple[int, int] = (900, 1000)) -> FigureStyle:
    """The style of an export: ``figure_size`` for a document, or a 1920×1080 slide."""
    width, height = SLIDE_SIZE if size == SLIDE else figure_size
    return FigureStyle(int(width), int(height), theme if theme in THEMES else "light")


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
