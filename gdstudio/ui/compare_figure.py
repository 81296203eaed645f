"""Comparison figures drawn without a window, like :mod:`gdstudio.ui.figure`:

* :class:`SweepFigure`: final loss and steps-to-converge against γ on a log axis,
  diverged runs marked, and the curvature's limits 2/λ_max and 2/(λ_min + λ_max)
  as vertical lines where they are known;
* :class:`RaceFigure`: the contour with one coloured path per run and a legend
  with each run's status, above the loss curves; :meth:`RaceFigure.frames`
  renders the race as it stood every few steps, for the animated GIF.
"""
from __future__ import annotations

from typing import Iterator

import numpy as np

from gdstudio.core.analysis import Curvature
from gdstudio.core.descent import Status
from gdstudio.core.landscape import evaluate_landscape
from gdstudio.core.race import Race
from gdstudio.core.sweep import SweepResult

from .figure import SceneFigure, ensure_application

CONVERGED_COLOUR = "#1f77b4"
LIMIT_COLOUR = "#555555"
DIVERGED_COLOUR = "#d62728"
BEST_COLOUR = "#2ca02c"
STALLED_COLOUR = "#ff9f1c"
BACKGROUND = "w"


def _log_ticks(low: float, high: float):
    """Ticks at 1, 2 and 5 times the powers of ten on a log axis (labels on 1 and, over
    a short range, on 2 and 5 too), instead of pyqtgraph's crowded minor labels."""
    first, last = int(np.floor(np.log10(low))) - 1, int(np.ceil(np.log10(high))) + 1
    short = last - first <= 4
    major, minor = [], []
    for power in range(first, last + 1):
        for factor in (1, 2, 5):
            value = factor * 10.0**power
            entry = (np.log10(value), f"{value:g}")
            (major if factor == 1 or short else minor).append(entry if factor == 1 or short else (entry[0], ""))
    return [major, minor]


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
            plot.setLabel("bottom", "learning rate γ (log scale)")
        steps_plot.setLogMode(x=True, y=False)
        steps_plot.setLabel("left", "steps")
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
        stalled = ~converged & ~diverged
        final = np.asarray(result.final_loss, dtype=float)
        finite = np.isfinite(final) & ~diverged
        logarithmic = bool(finite.any() and np.all(final[finite] > 0))

        # -- final loss against γ ----------------------------------------------------
        plot = self.loss_plot
        plot.setLogMode(x=True, y=logarithmic)
        plot.setLabel("left", "final loss f(w_T)" + (" (log scale)" if logarithmic else ""))
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
        self._scatter(plot, lr[converged & finite], final[converged & finite], "o", CONVERGED_COLOUR, "converged")
        self._scatter(plot, lr[stalled & finite], final[stalled & finite], "t", STALLED_COLOUR, "step limit reached")
        self._scatter(plot, lr[diverged], marker_levels, "x", DIVERGED_COLOUR, "diverged (off the scale)")

        # -- steps to converge against γ ------------------------------------------------
        steps = result.steps.astype(float)
        steps_plot = self.steps_plot
        self._scatter(steps_plot, lr[converged], steps[converged], "o", CONVERGED_COLOUR, "steps to converge")
        self._scatter(steps_plot, lr[stalled], steps[stalled], "t", STALLED_COLOUR, "stopped at the step limit")
        self._scatter(steps_plot, lr[diverged], steps[diverged], "x", DIVERGED_COLOUR, "steps until it diverged")

        ticks = _log_ticks(float(lr.min()), float(lr.max()))
        for target in (plot, steps_plot):
            target.getAxis("bottom").setTicks(ticks)
        plot.getAxis("left").enableAutoSIPrefix(not logarithmic)  # "(x1e-09)" on a log axis only confuses

        # -- what the curvature predicts -------------------------------------------------------
        if curvature is not None:
            limit = curvature.stability_limit(result.optimizer, result.hyperparameters)
            lines = []
            if limit is not None:
                name = "2/λ_max" if result.optimizer == "gd" else "stable limit"
                lines.append((limit, f"{name} = {limit:.4g}", self.foreground))
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

    def _scatter(self, plot, x, y, symbol, colour, name):
        import pyqtgraph as pg

        if len(x) == 0:
            return None
        x = np.asarray(x, dtype=float)
        # a PlotDataItem, not a ScatterPlotItem: only the former follows the axes' log mode
        item = pg.PlotDataItem(
            x, np.asarray(y, dtype=float), pen=None, symbol=symbol, symbolSize=8,
            symbolPen=pg.mkPen(colour, width=1.5), symbolBrush=pg.mkBrush(colour), name=name, data=x,
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
        self.loss_plot = self.layout.addPlot(row=1, col=0)
        self.steps_plot = self.layout.addPlot(row=2, col=0)
        self.drawing = SweepDrawing(self.loss_plot, self.steps_plot, foreground=LIMIT_COLOUR)
        self.drawing.draw(result, curvature)
        self.limit_lines = self.drawing.limit_lines
        self.layout.show()
        self._process_events()


class RaceFigure(SceneFigure):
    """The contour with one path per run (legend: name and status) above the loss curves."""

    def __init__(self, function, race: Race, window, colours=None, width: int = 900, height: int = 1000, title: str = ""):
        ensure_application()
        import pyqtgraph as pg

        from .plots import RUN_COLOURS, ContourItem, LossItem

        self.race = race
        self.function = function
        n = race.runs
        palette = tuple(colours) if colours else RUN_COLOURS
        self.colours = [entry.colour or palette[i % len(palette)] for i, entry in enumerate(race.entries)]
        self.title = title or f"f(x, y) = {function.display}"
        self.layout = pg.GraphicsLayoutWidget()
        self.layout.resize(width, height)
        self.layout.setBackground(BACKGROUND)
        self.title_label = self.layout.addLabel(self.title, row=0, col=0, color="k", size="11pt")
        self.contour = ContourItem()
        self.loss = LossItem()
        self.layout.addItem(self.contour, row=1, col=0)
        self.layout.addItem(self.loss, row=2, col=0)
        self.layout.ci.layout.setRowStretchFactor(1, 3)
        self.layout.ci.layout.setRowStretchFactor(2, 1)
        self.contour.set_landscape(evaluate_landscape(function, window, resolution=300))
        self.contour.set_path_count(n, self.colours)
        for index, colour in enumerate(self.colours):
            self.contour.set_path_colour(index, colour)
        starts = np.array([e.settings.start for e in race.entries], dtype=float)
        self.contour.set_starts(starts)
        self.legend = pg.LegendItem(offset=(10, 10), brush=pg.mkBrush(255, 255, 255, 215), pen=pg.mkPen("#888888"), labelTextColor="k")
        self.legend.setParentItem(self.contour.getViewBox())
        # our own curves: LossItem.set_curve_count keeps its list in ``curves``, which
        # pg.PlotItem.addItem also appends to, so for n > 1 its entries repeat
        self.loss.getViewBox().setBackgroundColor("#1e1e1e")  # the run colours are made for a dark ground
        self.loss_curves = []
        for colour in self.colours:
            curve = pg.PlotDataItem(pen=pg.mkPen(colour, width=2), clipToView=True, autoDownsample=True)
            self.loss.addItem(curve)
            self.loss_curves.append(curve)
        self._trajectories = [race.trajectory(i) for i in range(n)]
        self.total_steps = race.step_count
        losses = [loss for _, loss in self._trajectories]
        every = np.concatenate(losses) if losses else np.array([])
        finite = every[np.isfinite(every)]
        self.loss.set_logarithmic(bool(finite.size and np.all(finite > 0) and self.total_steps > 0))
        self._fix_loss_range(losses)
        self.show_step(self.total_steps)
        self.layout.show()
        self._process_events()
        self.contour.refresh_arrows()

    def _fix_loss_range(self, losses) -> None:
        """One loss range for every frame, so the axes hold still while the race plays:
        from the lowest loss to a little above the highest start (a diverging run leaves the top)."""
        lows, highs = [], []
        for index, loss in enumerate(losses):
            finite = loss[np.isfinite(loss)]
            if self.loss.logarithmic:
                finite = finite[finite > 0]
            if finite.size == 0:
                continue
            lows.append(finite.min())
            highs.append(finite[0] if self.race.status(index) is Status.DIVERGED else finite.max())
        self.loss.setXRange(0, max(self.total_steps, 1), padding=0.02)
        if not lows:
            return
        low, high = min(lows), max(highs)
        if self.loss.logarithmic:
            low, high = np.log10(low), np.log10(high)
            self.loss.setYRange(low - 0.05 * max(high - low, 1), high + 0.3 * max(high - low, 1), padding=0)
        else:
            span = max(high - low, 1e-12)
            self.loss.setYRange(low - 0.05 * span, high + 0.3 * span, padding=0)

    def show_step(self, t: int) -> None:
        """Draw the race as it stood after lockstep update ``t`` (paths, losses, legend)."""
        t = int(min(max(t, 0), self.total_steps))
        for index, (points, loss) in enumerate(self._trajectories):
            count = min(t, len(points) - 1) + 1
            self.contour.set_path(points[:count], index)
            self._set_loss(index, loss[:count])
            text = f"{self.race.labels[index]}: {self.race.status_text_at(index, t)}"
            if index < len(self.legend.items):
                self.legend.items[index][1].setText(text)
            else:
                self.legend.addItem(self.contour.paths[index], text)
        self.title_label.setText(f"{self.title}  ·  t = {t}", color="k", size="11pt")

    def _set_loss(self, index: int, loss: np.ndarray) -> None:
        steps = np.arange(len(loss), dtype=float)
        if self.loss.logarithmic:
            loss = np.where(loss > 0, loss, np.nan)  # a log axis cannot show zero or negative losses
        self.loss_curves[index].setData(steps, loss, connect="finite")

    def frame_steps(self, frames: int) -> np.ndarray:
        """The step counts at which ``frames`` frames show the race (distinct, ending at the end)."""
        frames = max(int(frames), 1)
        return np.unique(np.round(np.linspace(0, self.total_steps, frames)).astype(int))

    def frames(self, steps) -> Iterator[np.ndarray]:
        """Render the figure at each step count in ``steps`` (a generator: one frame at a time)."""
        for t in steps:
            self.show_step(int(t))
            yield self.render_array()
        self.show_step(self.total_steps)
