"""Comparison figures drawn without a window, like :mod:`gdstudio.ui.figure`:

* :class:`SweepFigure`: final loss and steps-to-converge against γ on a log axis,
  diverged runs marked, and the curvature's limits 2/λ_max and 2/(λ_min + λ_max)
  as vertical lines where they are known;
* :class:`RaceFigure`: the contour with one coloured path per run and a legend
  with each run's status, above the loss curves; :meth:`RaceFigure.frames`
  renders the race as it stood every few steps, for the animated GIF.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore

from gdstudio.core.descent.sweep import SweepResult
from gdstudio.core.function.analysis import Curvature
from gdstudio.ui.common.axes import honest_axes
from gdstudio.ui.common.figure import SceneFigure, ensure_application

CONVERGED_COLOUR = "#1f77b4"
LIMIT_COLOUR = "#555555"
DIVERGED_COLOUR = "#d62728"
BEST_COLOUR = "#2ca02c"
STALLED_COLOUR = "#ff9f1c"
UNDEFINED_COLOUR = "#9467bd"
BACKGROUND = "w"

translate = QtCore.QCoreApplication.translate


class SweepDrawing:
    """Final loss and steps-to-converge against γ (log axis) for one sweep, drawn into
    two plot items: the Compare tab's (clickable: ``on_click(γ)``) and the exported
    figure's. Converged, stalled and diverged runs are marked apart, and the
    curvature's limits 2/λ_max and 2/(λ_min + λ_max) are vertical lines where known."""

    def __init__(self, loss_plot, steps_plot, foreground: str = "k", fill=(255, 255, 255, 220), on_click=None):
        import pyqtgraph as pg

        self.loss_plot = loss_plot
        self.steps_plot = steps_plot
        self.foreground = foreground
        self.fill = fill
        self.on_click = on_click
        self.limit_lines: list[tuple[float, str]] = []
        self.point_items = []  # the scatter items of the final-loss plot, each point's data is its γ
        steps_plot.setXLink(loss_plot)
        for plot in (loss_plot, steps_plot):
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setLabel("bottom", translate("SweepDrawing", "learning rate γ (log scale)"))
        steps_plot.setLogMode(x=True, y=False)
        steps_plot.setLabel("left", translate("SweepDrawing", "steps"))
        brush = pg.mkBrush(*fill) if isinstance(fill, tuple) else pg.mkBrush(fill)
        self.loss_legend = loss_plot.addLegend(offset=(10, 10), brush=brush, labelTextColor=foreground)
        self.steps_legend = steps_plot.addLegend(offset=(-10, 10), brush=brush, labelTextColor=foreground)

    def clear(self) -> None:
        for plot, legend in ((self.loss_plot, self.loss_legend), (self.steps_plot, self.steps_legend)):
            plot.clear()
            legend.clear()
        self.point_items = []
        self.limit_lines = []

    def draw(self, result: SweepResult, curvature: Curvature | None = None) -> None:
        self.clear()
        lr = result.learning_rates
        converged = result.converged
        diverged = result.diverged
        undefined = result.undefined  # left f's domain: not γ's fault, drawn apart
        stalled = ~converged & ~diverged & ~undefined
        final = np.asarray(result.final_loss, dtype=float)
        finite = np.isfinite(final) & ~diverged
        logarithmic = bool(finite.any() and np.all(final[finite] > 0))

        # -- final loss against γ ----------------------------------------------------
        plot = self.loss_plot
        plot.setLogMode(x=True, y=logarithmic)
        if logarithmic:
            plot.setLabel("left", translate("SweepDrawing", "final loss f(w_T) (log scale)"))
        else:
            plot.setLabel("left", translate("SweepDrawing", "final loss f(w_T)"))
        if finite.any():
            values = final[finite]
            top = float(values.max())
            low = float(values.min())
        else:
            top, low = 1.0, 0.0
        # diverged runs are drawn just past the finite losses: above them, or below them
        # where f fell without bound (a saddle's open side)
        if logarithmic:
            above, below = top * 10.0, low / 10.0
        else:
            pad = 0.1 * max(top - low, abs(top), abs(low), 1e-12)
            above, below = top + pad, low - pad
        with np.errstate(invalid="ignore"):
            marker_levels = np.where(final[diverged] < 0, below, above)
        import pyqtgraph as pg

        plot.plot(lr[finite], final[finite], pen=pg.mkPen("#999999", width=1), connect="finite")
        self._scatter(
            plot, lr[converged & finite], final[converged & finite], "o", CONVERGED_COLOUR, translate("SweepDrawing", "converged")
        )
        self._scatter(
            plot, lr[stalled & finite], final[stalled & finite], "t", STALLED_COLOUR, translate("SweepDrawing", "step limit reached")
        )
        self._scatter(plot, lr[diverged], marker_levels, "x", DIVERGED_COLOUR, translate("SweepDrawing", "diverged (off the scale)"))
        self._scatter(
            plot,
            lr[undefined],
            np.full(int(undefined.sum()), above),
            "d",
            UNDEFINED_COLOUR,
            translate("SweepDrawing", "undefined (left f's domain)"),
        )

        # -- steps to converge against γ ------------------------------------------------
        steps = result.steps.astype(float)
        steps_plot = self.steps_plot
        self._scatter(steps_plot, lr[converged], steps[converged], "o", CONVERGED_COLOUR, translate("SweepDrawing", "steps to converge"))
        self._scatter(steps_plot, lr[stalled], steps[stalled], "t", STALLED_COLOUR, translate("SweepDrawing", "stopped at the step limit"))
        self._scatter(steps_plot, lr[diverged], steps[diverged], "x", DIVERGED_COLOUR, translate("SweepDrawing", "steps until it diverged"))
        self._scatter(
            steps_plot, lr[undefined], steps[undefined], "d", UNDEFINED_COLOUR, translate("SweepDrawing", "steps until f was undefined")
        )
        # the legends go where the points leave room (the small-γ points are often top left)
        shown = np.isfinite(final) & ~diverged & ~undefined
        loss_points = np.column_stack([np.log10(lr[shown]), np.log10(final[shown]) if logarithmic else final[shown]])
        step_points = np.column_stack([np.log10(lr), steps])
        self.legend_points = ((self.loss_plot, self.loss_legend, loss_points), (self.steps_plot, self.steps_legend, step_points))
        self.place_legends()

        # -- what the curvature predicts -------------------------------------------------------
        if curvature is not None:
            limit = curvature.stability_limit(result.optimizer, result.hyperparameters)
            lines = []
            if limit is not None:
                if result.optimizer == "gd":
                    label = f"2/λ_max = {limit:.4g}"
                else:
                    label = translate("SweepDrawing", "stable limit = {value}").format(value=f"{limit:.4g}")
                lines.append((limit, label, self.foreground))
            if result.optimizer == "gd" and curvature.best_lr is not None:
                lines.append((curvature.best_lr, f"2/(λ_min+λ_max) = {curvature.best_lr:.4g}", BEST_COLOUR))
            for value, label, colour in lines:
                pen = pg.mkPen(colour, width=2, style=pg.QtCore.Qt.PenStyle.DashLine)
                for target in (plot, steps_plot):
                    target.addItem(pg.InfiniteLine(pos=np.log10(value), angle=90, pen=pen))
                # named in the legend, not beside the line: two lines close together
                # (2/λ_max and the best γ often are) would have their labels overlap
                self.loss_legend.addItem(pg.PlotDataItem([], [], pen=pen), label)
                self.limit_lines.append((value, label))

    def place_legends(self) -> None:
        """Each legend in the corner of its plot that covers the fewest points (call again after a resize)."""
        from gdstudio.ui.common.plots import place_legend_clear_of

        for plot, legend, points in getattr(self, "legend_points", ()):
            place_legend_clear_of(legend, plot, [points[np.all(np.isfinite(points), axis=1)]])

    def _scatter(self, plot, x, y, symbol, colour, name):
        import pyqtgraph as pg

        if len(x) == 0:
            return None
        x = np.asarray(x, dtype=float)
        # a PlotDataItem, not a ScatterPlotItem: only the former follows the axes' log mode
        item = pg.PlotDataItem(
            x,
            np.asarray(y, dtype=float),
            pen=None,
            symbol=symbol,
            symbolSize=8,
            symbolPen=pg.mkPen(colour, width=1.5),
            symbolBrush=pg.mkBrush(colour),
            name=name,
            data=x,
        )
        plot.addItem(item)
        if plot is self.loss_plot:
            self.point_items.append(item)
        if self.on_click is not None:
            item.sigPointsClicked.connect(lambda _item, points, *_: self._clicked(points))
        return item

    def _clicked(self, points) -> None:
        if len(points):
            self.on_click(float(points[0].data()))


class SweepFigure(SceneFigure):
    """Final loss and steps-to-converge against γ (log axis) for one sweep, as a figure."""

    def __init__(self, result: SweepResult, curvature: Curvature | None = None, title: str = "", width: int = 900, height: int = 800):
        ensure_application()
        import pyqtgraph as pg

        self.result = result
        self.layout = pg.GraphicsLayoutWidget()
        self.layout.resize(width, height)
        self.layout.setBackground(BACKGROUND)
        if title:
            self.layout.addLabel(title, row=0, col=0, color="k", size="11pt")
        self.loss_plot = self.layout.addPlot(row=1, col=0, axisItems=honest_axes("left", "bottom"))
        self.steps_plot = self.layout.addPlot(row=2, col=0, axisItems=honest_axes("left", "bottom"))
        self.drawing = SweepDrawing(self.loss_plot, self.steps_plot, foreground=LIMIT_COLOUR)
        self.drawing.draw(result, curvature)
        self.limit_lines = self.drawing.limit_lines
        self.layout.show()
        self._process_events()
        self.drawing.place_legends()  # now that the plots have their size
