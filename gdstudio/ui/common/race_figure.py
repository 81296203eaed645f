"""Races drawn without a window: the contour with one coloured path per run above the
loss curves (:class:`RaceFigure`), and their animation written as GIF or MP4 with a
progress dialog (:func:`export_race_animation`). A Function-tab run is a race of one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtWidgets

from gdstudio.core.descent.engine import Status
from gdstudio.core.descent.race import Race, race_window
from gdstudio.core.function.landscape import evaluate_landscape
from gdstudio.ui.common.figure import FigureStyle, SceneFigure, ensure_application
from gdstudio.ui.common.plots import place_legend_clear_of

translate = QtCore.QCoreApplication.translate

ANIMATION_STYLE = FigureStyle(960, 720)  # an animation's frames unless the export asks for a slide


class RaceFigure(SceneFigure):
    """The contour with one path per run (legend: name and status) above the loss curves."""

    def __init__(
        self,
        function,
        race: Race,
        window,
        colours=None,
        width: int = 900,
        height: int = 1000,
        title: str = "",
        style: FigureStyle | None = None,
    ):
        ensure_application()
        import pyqtgraph as pg

        from gdstudio.ui.common.plots import RUN_COLOURS, ContourItem, LossItem

        style = style or FigureStyle(width, height)
        self.style = style
        self.race = race
        self.function = function
        n = race.runs
        palette = tuple(colours) if colours else RUN_COLOURS
        self.colours = [entry.colour or palette[i % len(palette)] for i, entry in enumerate(race.entries)]
        self.title = title or f"f(x, y) = {getattr(function, 'pretty', None) or function.display}"
        self.layout = pg.GraphicsLayoutWidget()
        style.style_layout(self.layout)
        side = style.side_by_side
        self.title_label = style.add_title(self.layout, self.title, row=0, colspan=2 if side else 1, size=12.0)
        self.contour = ContourItem()
        self.loss = LossItem()
        self.layout.addItem(self.contour, row=1, col=0)
        if side:
            self.layout.addItem(self.loss, row=1, col=1)
            self.layout.ci.layout.setColumnStretchFactor(0, 3)
            self.layout.ci.layout.setColumnStretchFactor(1, 2)
        else:
            self.layout.addItem(self.loss, row=2, col=0)
            self.layout.ci.layout.setRowStretchFactor(1, 3)
            self.layout.ci.layout.setRowStretchFactor(2, 1)
        for plot in (self.contour, self.loss):
            style.style_plot(plot)
        self.contour.set_landscape(evaluate_landscape(function, window, resolution=300))
        self.contour.set_path_count(n, self.colours)
        for index, colour in enumerate(self.colours):
            self.contour.set_path_colour(index, colour)
        starts = np.array([e.settings.start for e in race.entries], dtype=float)
        self.contour.set_starts(starts)
        self.legend = pg.LegendItem(
            offset=(10, 10), brush=pg.mkBrush(*style.legend_fill), pen=pg.mkPen("#888888"), labelTextColor=style.foreground
        )
        self.legend.setLabelTextSize(f"{9 * style.text_scale:.1f}pt")
        self.legend.setParentItem(self.contour.getViewBox())
        # our own curves: LossItem.set_curve_count keeps its list in ``curves``, which
        # pg.PlotItem.addItem also appends to, so for n > 1 its entries repeat
        self.loss_curves = []
        for colour in self.colours:
            width = 2 * style.text_scale
            curve = pg.PlotDataItem(pen=pg.mkPen(colour, width=width), clipToView=True, autoDownsample=True)
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
        # the legend in the corner the whole race leaves free, for every frame alike
        place_legend_clear_of(self.legend, self.contour, [points for points, _ in self._trajectories])
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
        self.title_label.setText(f"{self.title}  ·  t = {t}", color=self.style.foreground, size=f"{12 * self.style.text_scale:.1f}pt")

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


def export_race_animation(
    tab,
    function,
    entries,
    path: str,
    frames: int = 40,
    progress_dialog: bool = True,
    window=None,
    style: FigureStyle | None = None,
    colours=None,
) -> bool:
    """Run ``entries`` on ``function`` from the start and write the race as an animated
    GIF or an MP4 video (by the suffix of ``path``), frames rendered from the same
    plots as on screen, with a progress dialog that can cancel (then nothing is
    written).  Messages go through ``tab`` (a StudioTab: its show_error and show_message)."""
    from gdstudio.export.animation import ANIMATION, FORMATS, missing_for, write_animation
    from gdstudio.export.files import ExportError
    from gdstudio.ui.common.race_figure import RaceFigure

    what = translate("ExportAnimation", FORMATS.get(Path(path).suffix.lower(), ANIMATION))
    cannot = translate("RaceAnimation", "Cannot export the {what}").format(what=what)
    problem = missing_for(path)
    if problem is not None:
        tab.show_error(cannot, problem)
        return False
    try:
        race = Race(function, entries)
    except ValueError as error:
        tab.show_error(cannot, str(error))
        return False
    dialog = None
    if progress_dialog:
        limit = max(1, max(e.settings.max_steps for e in entries))
        dialog = QtWidgets.QProgressDialog(
            translate("RaceAnimation", "Running the race from the start…"), translate("RaceAnimation", "Cancel"), 0, limit, tab
        )
        dialog.setWindowTitle(translate("RaceAnimation", "Export {what}").format(what=what))
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

    def progress(done: int, total: int) -> bool:
        if dialog is None:
            return True
        dialog.setValue(done)
        QtWidgets.QApplication.processEvents()
        return not dialog.wasCanceled()

    def cancelled() -> bool:
        tab.show_message(translate("RaceAnimation", "Export cancelled; nothing was written."), 4000)
        return False

    figure = None
    try:
        # the race is run here in slices of 50 ms, so a long one keeps the window
        # responsive and can be cancelled before a frame is drawn
        while not race.finished:
            race.advance(1 << 30, seconds=0.05)
            if dialog is not None and not progress(min(race.step_count, dialog.maximum()), dialog.maximum()):
                return cancelled()
        # the view window the person looks at (so the minimum is in the picture), or one around the paths
        figure = RaceFigure(function, race, window or race_window(race), colours=colours, style=style or ANIMATION_STYLE)
        steps = figure.frame_steps(frames)
        if dialog is not None:
            dialog.setLabelText(translate("RaceAnimation", "Rendering the animation…"))
            dialog.setRange(0, len(steps))
        written = write_animation(path, figure.frames(steps), total=len(steps), progress=progress)
    except ExportError as error:
        tab.show_error(cannot, str(error))
        return False
    finally:
        if figure is not None:
            figure.close()
        if dialog is not None:
            dialog.close()
    if written is None:
        return cancelled()
    tab.show_message(translate("RaceAnimation", "Exported {path}").format(path=path), 4000)
    return True
