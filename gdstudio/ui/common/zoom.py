"""Presentation zoom and readable notes.

View → Zoom In / Zoom Out / Actual Size scale the interface text (the application's
font), each tab's fixed widget sizes (:class:`ZoomedSizes`) and the plots' fonts,
lines, markers and arrows (:func:`set_plot_zoom`) together, from 80 % to 250 %.

Notes (a preset's note, a task's note, hints) are written in a colour that keeps
WCAG AA contrast (4.5 : 1) against the window, never the pale grey of a disabled
widget: :func:`make_note` styles a label as a note, :func:`contrast_ratio` measures.
"""

from __future__ import annotations

import weakref

import numpy as np
import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

from gdstudio.ui.common.axes import BASE_POINT_SIZE, HonestAxis

ZOOM_LEVELS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5)
MINIMUM_ZOOM, MAXIMUM_ZOOM = ZOOM_LEVELS[0], ZOOM_LEVELS[-1]
PRESENTATION_ZOOM = 1.75
# Minimum sizes given to ZoomedSizes (a settings column's width, a readout's) grow with
# the zoom up to this and no further: grown to 250 % they added up to a window 1,605 px
# wide, wider than a 1280×720 projector. Past it the text still grows, and the
# settings column scrolls (side_panel) instead of widening the window.
MINIMUM_SIZE_ZOOM_LIMIT = 1.5
AA_CONTRAST = 4.5  # WCAG 2 level AA, normal text


_base_font: QtGui.QFont | None = None


def base_font() -> QtGui.QFont:
    """The application's font as it was before any zoom (kept from the first call)."""
    global _base_font
    if _base_font is None:
        _base_font = QtGui.QFont(QtWidgets.QApplication.font())
    return QtGui.QFont(_base_font)


def apply_interface_zoom(zoom: float) -> None:
    """The interface text at ``zoom``: the application's font, which every widget without
    a font of its own follows."""
    font = base_font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * zoom)
    else:
        font.setPixelSize(round(font.pixelSize() * zoom))
    QtWidgets.QApplication.setFont(font)


def clamp_zoom(zoom: float) -> float:
    return min(max(float(zoom), MINIMUM_ZOOM), MAXIMUM_ZOOM)


def next_zoom(zoom: float, direction: int) -> float:
    """The next level up (``direction`` 1) or down (−1) from ``zoom``."""
    if direction > 0:
        return next((level for level in ZOOM_LEVELS if level > zoom + 1e-9), MAXIMUM_ZOOM)
    return next((level for level in reversed(ZOOM_LEVELS) if level < zoom - 1e-9), MINIMUM_ZOOM)


class ZoomedSizes:
    """Fixed and minimum widget sizes given at 100 %, applied at the current zoom
    (minimum sizes at most at MINIMUM_SIZE_ZOOM_LIMIT)."""

    def __init__(self):
        self._entries: list[tuple[weakref.ref, str, int]] = []
        self.zoom = 1.0

    def _set(self, widget: QtWidgets.QWidget, kind: str, size: int) -> None:
        zoom = min(self.zoom, MINIMUM_SIZE_ZOOM_LIMIT) if kind.startswith("setMinimum") else self.zoom
        value = round(size * zoom)
        getattr(widget, kind)(value)

    def add(self, widget: QtWidgets.QWidget, kind: str, size: int) -> None:
        """``kind``: a QWidget setter, e.g. "setFixedWidth" or "setMinimumWidth"."""
        self._entries.append((weakref.ref(widget), kind, size))
        self._set(widget, kind, size)

    def apply(self, zoom: float) -> None:
        self.zoom = zoom
        alive = []
        for reference, kind, size in self._entries:
            widget = reference()
            if widget is not None:
                self._set(widget, kind, size)
                alive.append((reference, kind, size))
        self._entries = alive


def _scaled_pen(pen, ratio: float):
    if pen is None:
        return None
    pen = QtGui.QPen(pg.mkPen(pen))
    pen.setWidthF(pen.widthF() * ratio)
    return pen


def _rescale(item, ratio: float) -> None:
    """Scale one plot item's line widths, marker sizes and text by ``ratio``."""
    if isinstance(item, pg.PlotDataItem):
        options = item.opts
        if options.get("pen") is not None:
            item.setPen(_scaled_pen(options["pen"], ratio))
        if options.get("symbolSize") is not None:
            item.setSymbolSize(options["symbolSize"] * ratio)
        if options.get("symbolPen") is not None:
            item.setSymbolPen(_scaled_pen(options["symbolPen"], ratio))
    elif isinstance(item, pg.PlotCurveItem):
        item.setPen(_scaled_pen(item.opts["pen"], ratio))
    elif isinstance(item, pg.ScatterPlotItem):
        # a spot's size of −1 means "the item's size"
        default = item.opts["size"] * ratio
        sizes = item.data["size"]
        if len(sizes) and (sizes >= 0).any():
            item.opts["size"] = default
            item.setSize(np.where(sizes >= 0, sizes * ratio, default))
        else:
            item.setSize(default)
        if item.opts.get("pen") is not None:
            item.setPen(_scaled_pen(item.opts["pen"], ratio))
    elif isinstance(item, pg.TextItem):
        font = item.textItem.font()
        font.setPointSizeF(max(font.pointSizeF(), 1.0) * ratio)
        item.setFont(font)
    elif isinstance(item, pg.ArrowItem):
        item.setStyle(headLen=item.opts["headLen"] * ratio, pen=_scaled_pen(item.opts["pen"], ratio))
    elif hasattr(item, "rescale"):  # the project's own items (ArrowSet)
        item.rescale(ratio)


def set_plot_zoom(plot: pg.PlotItem, zoom: float, legend_point_size: float = BASE_POINT_SIZE) -> None:
    """Scale a plot's axes (their fonts and fixed sizes), lines, markers, arrows, text
    and legend to ``zoom``. The plot remembers its zoom (``plot.zoom``), so calls with
    the same zoom change nothing and code that makes pens later can read it."""
    previous = float(getattr(plot, "zoom", 1.0))
    zoom = clamp_zoom(zoom)
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name) if name in plot.axes else None
        if isinstance(axis, HonestAxis):
            axis.set_zoom(zoom)
    if abs(zoom - previous) < 1e-12:
        return
    ratio = zoom / previous
    plot.zoom = zoom
    view = plot.getViewBox()
    for item in list(view.addedItems):
        _rescale(item, ratio)
    legend = getattr(plot, "legend", None)
    if isinstance(legend, pg.LegendItem):
        set_legend_text_size(legend, legend_point_size * zoom)


def set_legend_text_size(legend: pg.LegendItem, points: float) -> None:
    """Write ``legend``'s entries, and those added later, at ``points`` (pyqtgraph's own
    setLabelTextSize leaves the entries already written as they were)."""
    size = f"{points:.1f}pt"
    legend.setLabelTextSize(size)
    for _sample, label in legend.items:
        label.setText(label.text, size=size)


# -- notes that can be read ---------------------------------------------------------------


def relative_luminance(colour: QtGui.QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(foreground: QtGui.QColor, background: QtGui.QColor) -> float:
    """(L₁ + 0.05) / (L₂ + 0.05), the lighter over the darker: 1 … 21."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def note_colour(palette: QtGui.QPalette) -> QtGui.QColor:
    """A softer text colour for notes that still reads at AA contrast on the window:
    the text colour mixed toward the background only as far as 4.5 : 1 allows (plus a margin)."""
    text = palette.color(QtGui.QPalette.ColorRole.WindowText)
    window = palette.color(QtGui.QPalette.ColorRole.Window)
    for share in (0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.0):
        mixed = QtGui.QColor.fromRgbF(
            text.redF() + (window.redF() - text.redF()) * share,
            text.greenF() + (window.greenF() - text.greenF()) * share,
            text.blueF() + (window.blueF() - text.blueF()) * share,
        )
        if contrast_ratio(mixed, window) >= AA_CONTRAST + 0.5:
            return mixed
    return text


def error_colour(palette: QtGui.QPalette | None = None) -> str:
    """The colour of an error sentence: a red that keeps AA contrast on the window
    (a dark red on a light window, a light red on a dark one)."""
    palette = palette or QtWidgets.QApplication.palette()
    window = palette.color(QtGui.QPalette.ColorRole.Window)
    for candidate in ("#b3261e", "#8c1d18", "#ff8a80", "#ffb4ab"):
        if contrast_ratio(QtGui.QColor(candidate), window) >= AA_CONTRAST:
            return candidate
    return palette.color(QtGui.QPalette.ColorRole.WindowText).name()


def _style_note(label: QtWidgets.QLabel, high_contrast: bool) -> None:
    """A note's colour and slant: :func:`note_colour` and italic, or (presentation mode)
    the full text colour, upright."""
    app_palette = QtWidgets.QApplication.palette()
    palette = label.palette()
    colour = app_palette.color(QtGui.QPalette.ColorRole.WindowText) if high_contrast else note_colour(app_palette)
    palette.setColor(QtGui.QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    font = label.font()
    font.setItalic(not high_contrast)
    label.setFont(font)


def make_note(label: QtWidgets.QLabel) -> QtWidgets.QLabel:
    """Style ``label`` as a note: italic, in :func:`note_colour` (never a disabled grey)."""
    label.setProperty("note", True)
    _style_note(label, high_contrast=False)
    return label


def restyle_notes(root: QtWidgets.QWidget, high_contrast: bool = False) -> None:
    """Notes under ``root`` again, after the palette or presentation mode changed: in
    presentation mode they are upright and in the full text colour."""
    for label in root.findChildren(QtWidgets.QLabel):
        if label.property("note"):
            _style_note(label, high_contrast)
