"""A descent's set-up before it runs, drawn without a window: the contour of f with
the start point of each run in the run's colour (named in a legend where there are
several), under a title, and nothing the run has done yet: no path, no arrows, no loss
curve, no status. A lesson's question slide shows it, so the slide asks its question
without giving the answer away (``gdstudio lesson render``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6 import QtCore

from gdstudio.core.descent.engine import RunSettings
from gdstudio.core.descent.optimizers import OPTIMIZERS
from gdstudio.core.function.landscape import evaluate_landscape
from gdstudio.ui.common.figure import FigureStyle, SceneFigure, ensure_application
from gdstudio.ui.common.plots import place_legend_clear_of


def point_text(point) -> str:
    return "(" + ", ".join(f"{float(v):g}" for v in point) + ")"


def setup_subtitle(settings: RunSettings) -> str:
    """What will run, and nothing of how it ends: the optimizer, γ (with its schedule)
    and the start, at t = 0."""
    optimizer = OPTIMIZERS[settings.optimizer].info.title
    schedule = "" if settings.schedule.is_constant else f" ({settings.schedule.title_in_text})"
    start = point_text(settings.start).replace("-", "−")
    text = QtCore.QCoreApplication.translate("StartFigure", "{optimizer}, γ = {learning_rate}{schedule}, from {start}  ·  t = 0")
    values = {"optimizer": optimizer, "learning_rate": f"{settings.learning_rate:g}", "schedule": schedule}
    return text.format(start=start, **{name: value.replace("-", "−") for name, value in values.items()})


class StartFigure(SceneFigure):
    """The contour of ``function`` over ``window`` with a start marker at each of
    ``starts`` ((n, 2)) in ``colours[i]``, ``labels[i]`` naming it in a legend (none
    without labels), under the function as a title and ``subtitle``."""

    def __init__(
        self,
        function,
        window,
        starts,
        colours: Sequence[str],
        labels: Sequence[str] = (),
        subtitle: str = "",
        width: int = 900,
        height: int = 1000,
        style: FigureStyle | None = None,
    ):
        ensure_application()
        import pyqtgraph as pg

        from gdstudio.ui.common.plots import ContourItem

        style = style or FigureStyle(width, height)
        self.style = style
        starts = np.asarray(starts, dtype=float).reshape(-1, 2)
        self.layout = pg.GraphicsLayoutWidget()
        style.style_layout(self.layout)
        style.add_title(self.layout, f"f(x, y) = {getattr(function, 'pretty', None) or function.display}", row=0, size=13.0)
        if subtitle:
            style.add_title(self.layout, subtitle, row=1, size=9.5)
        self.contour = ContourItem()
        self.layout.addItem(self.contour, row=2, col=0)
        style.style_plot(self.contour)
        self.contour.set_landscape(evaluate_landscape(function, window, resolution=300))
        self.contour.set_path_count(len(starts), list(colours))
        for index, (start, colour) in enumerate(zip(starts, colours)):
            self.contour.set_path_colour(index, colour)
            self.contour.set_path(start[None, :], index)  # w₀ alone: the dot where the run begins
        self.contour.set_starts(starts)
        self.legend = None
        if labels:
            self.legend = pg.LegendItem(
                offset=(10, 10), brush=pg.mkBrush(*style.legend_fill), pen=pg.mkPen("#888888"), labelTextColor=style.foreground
            )
            self.legend.setLabelTextSize(f"{9 * style.text_scale:.1f}pt")
            self.legend.setParentItem(self.contour.getViewBox())
            for path, label in zip(self.contour.paths, labels):
                self.legend.addItem(path, label)
        self.layout.show()
        self._process_events()
        if self.legend is not None:
            place_legend_clear_of(self.legend, self.contour, [starts])
