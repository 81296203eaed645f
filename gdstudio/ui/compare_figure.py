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


class SweepFigure(SceneFigure):
    """Final loss and steps-to-converge against γ (log axis) for one sweep."""

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
        self.steps_plot.setXLink(self.loss_plot)
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
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setLabel("bottom", "learning rate γ (log scale)")
        plot.setLabel("left", "final loss f(w_T)" + (" (log scale)" if logarithmic else ""))
        plot.addLegend(offset=(10, 10), brush=pg.mkBrush(255, 255, 255, 220), labelTextColor="k")
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
        plot.plot(lr[finite], final[finite], pen=pg.mkPen("#999999", width=1), symbol="o", symbolSize=5,
                  symbolBrush=None, symbolPen=None, connect="finite")
        self._scatter(plot, lr[converged & finite], final[converged & finite], "o", CONVERGED_COLOUR, "converged")
        self._scatter(plot, lr[stalled & finite], final[stalled & finite], "t", "#ff9f1c", "step limit reached")
        self._scatter(plot, lr[diverged], marker_levels, "x", DIVERGED_COLOUR, "diverged (off the scale)")

        # -- steps to converge against γ ------------------------------------------------
        steps_plot = self.steps_plot
        steps_plot.setLogMode(x=True, y=False)
        steps_plot.showGrid(x=True, y=True, alpha=0.25)
        steps_plot.setLabel("bottom", "learning rate γ (log scale)")
        steps_plot.setLabel("left", "steps")
        steps_plot.addLegend(offset=(-10, 10), brush=pg.mkBrush(255, 255, 255, 220), labelTextColor="k")
        steps = result.steps.astype(float)
        self._scatter(steps_plot, lr[converged], steps[converged], "o", CONVERGED_COLOUR, "steps to converge")
        self._scatter(steps_plot, lr[stalled], steps[stalled], "t", "#ff9f1c", "stopped at the step limit")
        self._scatter(steps_plot, lr[diverged], steps[diverged], "x", DIVERGED_COLOUR, "steps until it diverged")

        ticks = _log_ticks(float(lr.min()), float(lr.max()))
        for target in (plot, steps_plot):
            target.getAxis("bottom").setTicks(ticks)
        if logarithmic:
            plot.getAxis("left").enableAutoSIPrefix(False)  # "(x1e-09)" on a log axis only confuses

        # -- what the curvature predicts -------------------------------------------------------
        self.limit_lines = []
        if curvature is not None:
            limit = curvature.stability_limit(result.optimizer, result.hyperparameters)
            lines = []
            if limit is not None:
                name = "2/λ_max" if result.optimizer == "gd" else "stable limit"
                lines.append((limit, f"{name} = {limit:.4g}", LIMIT_COLOUR))
            if result.optimizer == "gd" and curvature.best_lr is not None:
                lines.append((curvature.best_lr, f"2/(λ_min+λ_max) = {curvature.best_lr:.4g}", BEST_COLOUR))
            for value, label, colour in lines:
                for target, show_label in ((plot, True), (steps_plot, False)):
                    line = pg.InfiniteLine(
                        pos=np.log10(value), angle=90, pen=pg.mkPen(colour, width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
                        label=label if show_label else None,
                        labelOpts={"position": 0.12 if colour == LIMIT_COLOUR else 0.3, "color": colour, "fill": (255, 255, 255, 200)},
                    )
                    target.addItem(line)
                self.limit_lines.append((value, label))
        self.layout.show()
        self._process_events()

    @staticmethod
    def _scatter(plot, x, y, symbol, colour, name):
        import pyqtgraph as pg

        if len(x) == 0:
            return None
        # a PlotDataItem, not a ScatterPlotItem: only the former follows the axes' log mode
        item = pg.PlotDataItem(
            np.asarray(x, dtype=float), np.asarray(y, dtype=float), pen=None, symbol=symbol, symbolSize=8,
            symbolPen=pg.mkPen(colour, width=1.5), symbolBrush=pg.mkBrush(colour), name=name,
        )
        plot.addItem(item)
        return item


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
        self.contour.start_marker.setData(starts[:, 0], starts[:, 1])
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
            text = f"{self.race.entries[index].label}: {self.race.status_text_at(index, t)}"
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
