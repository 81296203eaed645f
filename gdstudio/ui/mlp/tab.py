"""The studio's "MLP task" tab: train a small network by gradient descent and watch
it learn — the loss curves, the data with the decision boundary (or the fitted
curve), the descent in weight space and the numbers of every step.

A thin view, as the Function tab: :class:`MLPControlPanel` turns what the person
does into signals, :class:`MLPTab` keeps the newest state the worker sent
(:mod:`gdstudio.ui.mlp.worker`) and redraws on a timer.  Every number comes from
``gdstudio.core`` (datasets, training, weight_space), computed in the worker thread.

The weight-space map stays still while a run plays: the worker holds one plane per
run and sends frames whose map changes only when the plane is re-fitted (on request,
at a pause for the PCA plane, at the end of a run) or the path leaves it; the dot
and the path move across it.  The timeline under the loss curves shows any stored
step again: its numbers come from what the worker sent, its views are computed by
the worker from the stored w_t; nothing is run again.
"""

from __future__ import annotations

import html
import math
import os
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.core.descent.engine import Status
from gdstudio.core.descent.explain import stop_message
from gdstudio.core.descent.optimizers import optimizer_info
from gdstudio.core.mlp.datasets import TASKS, DataError, Dataset, DataSettings
from gdstudio.core.mlp.network import BatchOrder, MLPError, network_sizes, parameter_count, parse_hidden
from gdstudio.core.mlp.presets import PRESETS
from gdstudio.core.mlp.training import (
    BatchRace,
    Training,
    TrainingSettings,
    examples_per_gradient,
    reduction_note,
    settings_for_task,
)
from gdstudio.core.mlp.weight_space import PlaneFrame, PlaneLandscape, row_of_step
from gdstudio.core.session import LEARNING_RATE_RANGE, MLPSection
from gdstudio.export.files import ExportError, atomic_write, write_csv, write_json, write_npz
from gdstudio.ui.common.accessibility import describe
from gdstudio.ui.common.fields import SIDE_PANEL_WIDTH, side_panel
from gdstudio.ui.common.figure import SLIDE, SLIDE_SIZE
from gdstudio.ui.common.frames import due
from gdstudio.ui.common.tab import ExportKind, StudioContext, StudioTab
from gdstudio.ui.common.text import number
from gdstudio.ui.common.timeline import TimelineBar, with_timeline
from gdstudio.ui.common.widgets import LayoutFence
from gdstudio.ui.common.worker import settle_long_lived_objects
from gdstudio.ui.common.zoom import ZoomedSizes, set_plot_zoom
from gdstudio.ui.mlp.data_plot import DataPlot
from gdstudio.ui.mlp.fan_figure import FanItems, fan_readout_html
from gdstudio.ui.mlp.figure import MapSlide
from gdstudio.ui.mlp.loss_plot import loss_axis, per_example_loss_plot
from gdstudio.ui.mlp.panel import OPEN_CSV, PRESET_PREFIX, MLPControlPanel
from gdstudio.ui.mlp.weight_plot import RACE_COLOURS, WeightPlot
from gdstudio.ui.mlp.worker import LATEST, FanView, RunExport, StepView, TrainingBatch, TrainingRequest, TrainingThread

translate = QtCore.QCoreApplication.translate

REDRAW_INTERVAL_MS = 16
# While a run plays (see gdstudio.ui.common.frames): the loss curves every other frame,
# and the readout's rich text, with what a screen reader says about the plots, four times a
# second on odd frames (its numbers change with every step; parsing and laying it out
# again took about 3 ms a frame at 175 %, and its box's layout a second repaint)
LOSS_CURVE_FRAMES = (2, 0)
READOUT_FRAMES = (16, 1)
MAX_EPOCH_LINES = 200  # epoch starts drawn on the loss plot; past that every k-th
TRAIN_COLOUR = "#2f8ae0"  # mid tones: clear on the dark and the light plot background
TEST_COLOUR = "#f08a00"
RACE_COLOUR = RACE_COLOURS[1]  # the mini-batch run's loss, in its path's colour
MINIBATCH_COLOUR = (110, 110, 110, 150)  # the minibatch loss: grey, see-through, under the training loss
REPORT_TIMEOUT_MS = 3000
# parameters × training points a step may cost (about 0.2 s here): beyond it the studio
# would freeze while the run is built, and closing the window would wait on a step
MAX_WORK_PER_STEP = 4e8

EXPORT_KINDS = (
    ExportKind("loss-png", QT_TRANSLATE_NOOP("MLPTab", "Loss curves as PNG image"), ".png"),
    ExportKind("loss-svg", QT_TRANSLATE_NOOP("MLPTab", "Loss curves as SVG drawing"), ".svg"),
    ExportKind("data-png", QT_TRANSLATE_NOOP("MLPTab", "Data and decision boundary as PNG image"), ".png"),
    ExportKind("data-svg", QT_TRANSLATE_NOOP("MLPTab", "Data and decision boundary as SVG drawing"), ".svg"),
    ExportKind("landscape-png", QT_TRANSLATE_NOOP("MLPTab", "Weight-space landscape as PNG image"), ".png"),
    ExportKind("landscape-svg", QT_TRANSLATE_NOOP("MLPTab", "Weight-space landscape as SVG drawing"), ".svg"),
    ExportKind("json", QT_TRANSLATE_NOOP("MLPTab", "Run report as JSON"), ".json"),
    ExportKind("weights-npz", QT_TRANSLATE_NOOP("MLPTab", "Weights as NumPy .npz"), ".npz"),
    ExportKind("data-csv", QT_TRANSLATE_NOOP("MLPTab", "Training and test data as CSV"), ".csv"),
)  # their titles are shown through export_kinds(), translated


def reduction_text(reduction: str, train_size: int) -> str:
    """Which total is in use and what it means for γ, for the label under the loss."""
    if reduction == "sum":
        return translate(
            "MLPTab",
            "<b>sum</b> over the N = {n} training points: ∇L adds N gradients, so γ is the step per "
            "unit of the <i>total</i>; the same γ with the mean takes steps N times smaller.",
        ).format(n=train_size)
    return translate(
        "MLPTab",
        "<b>mean</b> over the N = {n} training points: ∇L is the average gradient, so γ is the step per "
        "unit of the <i>average</i>; the sum needs a γ N times smaller for the same steps.",
    ).format(n=train_size)


class _Series:
    """A growing float array (one number per step), filled by index from the batches."""

    def __init__(self, capacity: int = 1024):
        self._data = np.empty(capacity)
        self.count = 0

    def put(self, first: int, values: np.ndarray) -> None:
        end = first + len(values)
        if end > len(self._data):
            grown = np.empty(max(end, 2 * len(self._data)))
            grown[: self.count] = self._data[: self.count]
            self._data = grown
        self._data[first:end] = values
        self.count = max(self.count, end)

    @property
    def values(self) -> np.ndarray:
        return self._data[: self.count]

    def at(self, t: int) -> float:
        return float(self._data[t]) if 0 <= t < self.count else float("nan")


# what the worker sends for every step, kept for the timeline
SERIES = ("loss", "train_per_example", "test_per_example", "gradient_norm", "update_norm", "learning_rate")


class CaptionedPlot(QtWidgets.QWidget):
    """A plot with its caption above it. The caption takes the height of its text, but
    at most a third of the box: beyond that it scrolls (at a large zoom on a small
    screen its sentences would otherwise squeeze the plot to a strip)."""

    def __init__(self, plot: QtWidgets.QWidget, caption: QtWidgets.QLabel):
        super().__init__()
        self.caption = caption
        self.caption_scroll = QtWidgets.QScrollArea()
        self.caption_scroll.setObjectName(caption.objectName() + "Scroll")
        self.caption_scroll.setWidgetResizable(True)
        self.caption_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.caption_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.caption_scroll.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.caption_scroll.setWidget(LayoutFence(caption))  # its text follows the training: fenced
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption_scroll)
        layout.addWidget(plot, 1)
        # the fence asks its parent, the scroll area's viewport, for room when the caption needs other room
        self.caption_scroll.viewport().installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.LayoutRequest:
            self._fit_caption()
        return False

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        self._fit_caption()
        super().resizeEvent(event)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        self._fit_caption()  # a caption changed while the tab was hidden asked for no room then
        super().showEvent(event)

    def _fit_caption(self) -> None:
        needed = self.caption.heightForWidth(max(self.width(), 1))
        if needed < 0:
            needed = self.caption.sizeHint().height()
        height = max(min(needed, self.height() // 3), self.caption.fontMetrics().lineSpacing())
        if self.caption_scroll.maximumHeight() != height or self.caption_scroll.minimumHeight() != height:
            self.caption_scroll.setFixedHeight(height)


class MLPTab(StudioTab):
    """The "MLP task" tab.  ``MLPTab(context)`` starts its worker thread; the first run
    starts when the tab is first shown (the session's MLP section, or XOR).
    ``stop()`` ends the thread (the window calls it when it closes)."""

    key = "mlp"
    title = QT_TRANSLATE_NOOP("MLPTab", "MLP task")
    export_caption = QT_TRANSLATE_NOOP("MLPTab", "Export the MLP run")
    report_arrived = QtCore.Signal()

    def __init__(self, context: StudioContext, parent=None):
        super().__init__(context, parent)
        self.setObjectName("mlpMode")
        self.run_id = 0
        self.playing = False
        self.running = False  # any run of the request still going (a race runs until both stop)
        self.failure = ""  # why the run ended on an error (the worker's sentence), its stop reason
        self.status = Status.RUNNING
        self.steps = 0
        self.dataset: Dataset | None = None
        self.data_source: DataSettings | None = None
        self.settings: TrainingSettings | None = None
        self.data_window: tuple[float, float, float, float] | None = None
        self.pending_section: MLPSection | None = None  # a session's section, applied when the tab is first shown
        self.batch_size: int | None = None  # the mini-batch size in use (None: full batch)
        self.loss_kind = "ce"
        self.series = {name: _Series() for name in SERIES}
        self.partner_loss = _Series()  # the raced mini-batch run's mean E per example
        self.minibatch_loss = _Series()  # L_B(w_t) of each update's own batch, per example (a mini-batch run)
        self.partner = None  # its PartnerPath, newest
        self.race_labels: tuple[str, str] | None = None
        # the views of the newest step, and the step they were computed at
        self.metrics = None
        self.grid = None
        self.curve = None
        self.view_step = -1
        # the weight-space map
        self.frame: PlaneFrame | None = None
        self.plane_note = ""
        self.drawn_landscape: PlaneLandscape | None = None
        # the timeline: the stored step shown (None: the newest) and its views from the worker
        self.shown: int | None = None
        self.past: StepView | None = None
        self.history_note = ""  # what the bounded network history keeps, once it thins
        self.loss_description = ""
        self.network_description = ""
        # what to draw again: the curves, the data plot's views, the map, and what follows the
        # step shown (the cursor, the dots, the readout): a timeline move redraws only the last
        self.dirty = False
        self.views_dirty = False
        self.plane_dirty = False
        self.shown_dirty = False
        self.readout_dirty = False
        self.frame_count = 0
        self._export: RunExport | None = None

        self.controls = MLPControlPanel()
        self.data_plot = DataPlot()
        self.weight_plot = WeightPlot()
        self.weight_plot.hovered.connect(self._on_weight_hover)
        self.fan_items = FanItems(self.weight_plot.plotItem)
        # epochs: the minibatch of the update shown, ringed in the data plot, and the epochs' starts on the loss plot
        self.batch_order: BatchOrder | None = None  # the run's (None: full batch); pure, so the window reads it itself
        self.batch_rings = pg.ScatterPlotItem(symbol="o", size=15, brush=None, pen=pg.mkPen("#000000", width=2.2))
        self.batch_rings.setZValue(20)
        self.data_plot.plot_item.addItem(self.batch_rings)
        self.epoch_lines = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen((120, 120, 120, 160), width=1, style=QtCore.Qt.PenStyle.DashLine))
        self.epoch_lines.setZValue(-5)
        self._epoch_lines_drawn = -1
        self.fan_view: FanView | None = None  # the newest fan from the worker
        self.loss_plot = per_example_loss_plot()
        self.loss_plot.setObjectName("mlpLossPlot")
        self.loss_plot.set_curve_count(4)
        for curve, colour in zip(self.loss_plot.loss_curves, (TRAIN_COLOUR, TEST_COLOUR, RACE_COLOUR, MINIBATCH_COLOUR)):
            # one-pixel lines: Qt strokes wider antialiased ones in software, 4× slower to
            # paint (two curves of thousands of steps ~30 times a second)
            curve.setPen(pg.mkPen(colour, width=1))
        self.loss_legend = self.loss_plot.addLegend(offset=(-10, 10))
        self.loss_plot.getViewBox().addItem(self.epoch_lines, ignoreBounds=True)
        self.plane_label = QtWidgets.QLabel()
        self.plane_label.setObjectName("mlpPlaneLabel")
        self.plane_label.setWordWrap(True)
        self.data_label = QtWidgets.QLabel()
        self.data_label.setObjectName("mlpDataLabel")
        self.data_label.setWordWrap(True)
        self.readout_label = QtWidgets.QLabel()
        self.readout_label.setObjectName("mlpReadout")
        self.readout_label.setWordWrap(True)
        self.readout_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
        self.readout_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout_minimum_width = 200
        self.timeline = TimelineBar("mlpTimeline")
        self.timeline.moved.connect(self.show_step)
        self._build_layout()

        self.worker = TrainingThread(self)
        self.worker.kernel_loaded.connect(self._on_kernel_loaded)
        self.worker.batch_ready.connect(self._on_batch)
        self.worker.step_view_ready.connect(self._on_step_view)
        self.worker.report_ready.connect(self._on_report)
        self.worker.fan_ready.connect(self._on_fan)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.worker.view_failed.connect(self._on_view_failed)
        self.worker.set_speed(self.controls.speed())
        application = QtCore.QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)

        self.redraw_timer = QtCore.QTimer(self)
        self.redraw_timer.setInterval(REDRAW_INTERVAL_MS)
        self.redraw_timer.timeout.connect(self._redraw)
        self._connect_controls()
        self._on_log_loss(self.controls.log_loss_check.isChecked())
        log_action = QtGui.QAction(translate("MLPTab", "Log-scale loss"), self)
        log_action.setShortcut(QtGui.QKeySequence("L"))
        log_action.triggered.connect(self.controls.log_loss_check.toggle)
        self._view_actions = (log_action,)

    def view_actions(self):
        return self._view_actions

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        self.sizes = ZoomedSizes()
        scroll = self._side_panel = side_panel(self.controls, [self.controls.error_label, self.controls.playback_box], "mlpSidePanel")
        self.sizes.add(scroll, "setMinimumWidth", SIDE_PANEL_WIDTH)
        self.sizes.add(self.readout_label, "setMinimumWidth", self.readout_minimum_width)

        top = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        top.addWidget(CaptionedPlot(self.data_plot, self.data_label))
        top.addWidget(CaptionedPlot(self.weight_plot, self.plane_label))
        bottom = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        bottom.addWidget(with_timeline(self.loss_plot, self.timeline))
        readout_scroll = QtWidgets.QScrollArea()
        readout_scroll.setWidgetResizable(True)
        readout_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        readout_scroll.setWidget(LayoutFence(self.readout_label))  # its text changes every frame of a run
        bottom.addWidget(readout_scroll)
        bottom.setSizes([600, 400])
        right = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(bottom)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        main = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(main)

    def _connect_controls(self) -> None:
        c = self.controls
        c.task_chosen.connect(self.choose_task)
        c.data_changed.connect(self._on_data_changed)
        c.hidden_entered.connect(self._on_settings_changed)
        c.settings_changed.connect(self._on_settings_changed)
        c.reinitialise_clicked.connect(self.reinitialise)
        c.learning_rate_changed.connect(self.set_learning_rate)
        c.play_clicked.connect(self.toggle_play)
        c.step_clicked.connect(self.step_once)
        c.reset_clicked.connect(self.reset_run)
        c.speed_changed.connect(self.worker.set_speed)
        c.plane_changed.connect(self.set_plane)
        c.refit_clicked.connect(self.refit_plane)
        c.race_toggled.connect(self._on_race_toggled)
        c.log_loss_toggled.connect(self._on_log_loss)
        c.fan_changed.connect(self._on_fan_changed)
        c.fan_changed.connect(self._announce)
        c.batch_loss_toggled.connect(self._on_batch_loss)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        self.redraw_timer.start()
        if self.run_id == 0:
            # the first show: numba's kernel loads in the worker's thread (not at start-up,
            # where most sessions never train a network), then the session's section, or
            # the default task
            self.worker.preload_kernel()
            section, self.pending_section = self.pending_section, None
            if section is None or not self._apply_section(section):
                self.choose_task("xor")

    @QtCore.Slot()
    def _on_kernel_loaded(self) -> None:
        """numba's tables live as long as the process: collected once and frozen (in the
        application; tests do not freeze), here in the window's thread, never the worker's."""
        settle_long_lived_objects()

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        super().hideEvent(event)
        self.redraw_timer.stop()  # another tab is shown: nothing of this one to paint
        if self.playing:
            # and no second worker competing with the shown tab's for the interpreter
            self.toggle_play()

    # ------------------------------------------------------------------ sessions
    def session_section(self) -> MLPSection | None:
        """The task or file and its data settings, the network, loss, descent and plane."""
        if self.pending_section is not None:
            return self.pending_section
        if self.settings is None or self.data_source is None:
            return None
        return MLPSection(
            data=self.data_source,
            training=self.settings,
            plane=self.controls.plane(),
            data_window=self.data_window,
            fan=self.controls.fan_settings(),
        )

    def apply_session_section(self, section: MLPSection) -> None:
        """Show ``section`` and start afresh from it (before the tab was ever shown, when it is)."""
        if self.run_id == 0 and not self.isVisible():
            self.pending_section = section
            return
        self._apply_section(section)

    def _apply_section(self, section: MLPSection) -> bool:
        """A file that cannot be read any more gets one sentence; the run stays as it was."""
        try:
            dataset = section.data.load()
        except DataError as error:
            return self._refuse(translate("MLPTab", "The session's MLP data could not be loaded: {error}").format(error=error))
        self.controls.show_plane(section.plane)
        if not self._start(dataset, section.training, announce=False):
            return False
        self.controls.show_data(dataset.source, dataset)
        self.controls.show_settings(section.training, self.loss_kind)
        self.controls.show_fan(section.fan)
        self.data_window = section.data_window
        if section.data_window is not None:
            x_min, x_max, y_min, y_max = section.data_window
            self.data_plot.plot_item.setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=0)
        return True

    def _announce(self) -> None:
        """The settings changed: the shell remembers the session."""
        self.context.section_changed.emit(self.key)

    # ------------------------------------------------------------------ user intent
    def choose_task(self, name: str) -> bool:
        """A built-in task with its documented default settings, a preset, or OPEN_CSV (a file dialog).

        The defaults' γ is tuned for the sum; with the mean reduction chosen it becomes
        the γ that takes the same steps, and the status bar says which and why."""
        if name == OPEN_CSV:
            return self.open_csv_dialog()
        if name.startswith(PRESET_PREFIX):
            return self.apply_preset(name.removeprefix(PRESET_PREFIX))
        task = TASKS[name]
        c = self.controls
        data = replace(c.data_settings(DataSettings(task=name)), noise=task.noise)
        try:
            dataset = data.load()
        except DataError as error:
            self._show_source()
            return self._refuse(str(error))
        current = self.settings or TrainingSettings()
        train_size = len(dataset.train_inputs)
        settings = settings_for_task(name, train_size=train_size, init=current.init, seed=current.seed, reduction=current.reduction)
        note = ""
        if settings.reduction == "mean":
            examples = examples_per_gradient(settings, train_size)
            note = reduction_note(task.learning_rate, settings.learning_rate, settings.optimizer, examples)
            highest = LEARNING_RATE_RANGE[1]
            if settings.learning_rate > highest:
                note = translate(
                    "MLPTab",
                    "γ = {highest}, the largest the field takes: the mean's gradient is N = {examples} times smaller "
                    "than the sum's, so the task's γ = {task_rate} would need {needed}",
                ).format(
                    highest=f"{highest:g}",
                    examples=examples,
                    task_rate=f"{task.learning_rate:g}",
                    needed=f"{settings.learning_rate:g}",
                )
                settings = replace(settings, learning_rate=highest)
        if not self._start(dataset, settings):
            self._show_source()
            return False
        c.show_data(dataset.source, dataset)
        c.show_settings(settings, self.loss_kind)
        if note:
            self._status_message(translate("MLPTab", "{task} with the mean reduction: {note}.").format(task=task.title, note=note), 15000)
        return True

    def apply_preset(self, name: str) -> bool:
        """A named set-up (:mod:`gdstudio.core.mlp.presets`): its task, its settings and the sentence it teaches."""
        preset = PRESETS[name]
        c = self.controls
        try:
            dataset = preset.data.load()
        except DataError as error:
            self._show_source()
            return self._refuse(str(error))
        settings = preset.settings(len(dataset.train_inputs))
        if preset.race:
            # a preset race: both runs at once on the (w, b) map
            c.show_settings(settings, self.loss_kind)
            blocked = c.race_check.blockSignals(True)
            c.race_check.setChecked(True)
            c.race_check.blockSignals(blocked)
        if not self._start(dataset, settings):
            self._show_source()
            return False
        c.show_data(dataset.source, dataset)
        c.show_settings(settings, self.loss_kind)
        c.task_note.setText(preset.note)
        if preset.race_batch_size is not None:
            c.show_race_batch(preset.race_batch_size)
        return True

    def open_csv_dialog(self) -> bool:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            translate("MLPTab", "Open data"),
            self.context.last_folder(),
            translate("MLPTab", "CSV files (*.csv *.txt *.tsv);;All files (*)"),
        )
        if not path:
            self._show_source()
            return False
        return self.open_csv(path)

    def open_csv(self, path: str | os.PathLike) -> bool:
        """Train on the user's own data; a bad file shows one clear message and changes nothing.
        Whether a third column holds class labels or values is guessed (see
        :func:`gdstudio.core.mlp.datasets.load_csv_text`); the "last column" field changes it."""
        data = replace(self.controls.data_settings(DataSettings(task="", path=str(path))), target=None)
        try:
            dataset = data.load()
        except DataError as error:
            self._show_source()
            QtWidgets.QMessageBox.warning(self, translate("MLPTab", "Cannot open the data"), str(error))
            return False
        settings = replace(self.settings or TrainingSettings(), loss=None)
        if not self._start(dataset, settings):
            self._show_source()
            return False
        self.context.remember_folder(path)
        self.controls.show_data(dataset.source, dataset)
        self.controls.show_settings(self.settings, self.loss_kind)
        return True

    def _on_data_changed(self) -> None:
        """Samples, noise, test fraction, data seed or a file's last column changed: the
        data made again; refused settings leave the run and the fields as they were."""
        if self.data_source is None:
            return
        data = self.controls.data_settings(self.data_source)
        try:
            dataset = data.load()
        except DataError as error:
            self._refuse(str(error))
            self.controls.show_data(self.data_source, self.dataset)
            return
        settings = self.settings
        if dataset.kind != self.dataset.kind:
            settings = replace(settings, loss=None)  # the loss that suits the new kind of task
        if self._start(dataset, settings):
            self.controls.show_data(dataset.source, dataset)
            self.controls.show_settings(self.settings, self.loss_kind)
        else:
            self.controls.show_data(self.data_source, self.dataset)

    def _on_settings_changed(self, *args) -> None:
        if self.dataset is None:
            return
        try:
            hidden = parse_hidden(self.controls.hidden_edit.text())
        except MLPError as error:
            # one clear line under the field; the run and everything drawn stay as they are
            self.controls.show_hidden_error(f"{error}")
            return
        self.controls.show_hidden_error(None)
        settings = self.controls.settings(hidden)
        if self._start(self.dataset, settings):
            self.controls.show_error(None)
        else:
            self.controls.show_settings(self.settings, self.loss_kind)  # back to what runs

    def _on_race_toggled(self, on: bool) -> None:
        if self.dataset is None:
            return
        if not self._start(self.dataset, self.settings):
            blocked = self.controls.race_check.blockSignals(True)
            self.controls.race_check.setChecked(not on)
            self.controls.race_check.blockSignals(blocked)

    def reinitialise(self) -> None:
        """New random initial weights: the next seed."""
        self.controls.seed_spin.setValue(self.controls.seed_spin.value() + 1)

    def set_learning_rate(self, learning_rate: float) -> None:
        if not (math.isfinite(learning_rate) and learning_rate > 0) or self.settings is None:
            return
        if self.steps > 0 and self.running and self.race_labels is None:
            # as on the Function tab: the new γ applies from the next step
            self.settings = replace(self.settings, learning_rate=learning_rate)
            self.worker.set_learning_rate(self.run_id, learning_rate)
            self._announce()
        else:
            self._on_settings_changed()

    def set_plane(self, method: str) -> None:
        self.worker.set_plane(self.run_id, method)
        self._announce()

    def refit_plane(self) -> None:
        """Choose the plane again from the path so far ("Re-fit the plane to the path")."""
        self.worker.refit_plane(self.run_id)

    def toggle_play(self) -> None:
        if self.settings is None:
            return
        if not self.playing and self.shown is not None and self.running:
            # the run continues from its newest step, not from the one the timeline shows
            self._status_message(
                translate("MLPTab", "Play continues the run from its latest step, t = {t}.").format(t=f"{self.steps:,}"), 4000
            )
            self.show_step(self.series["loss"].count - 1)
        if self.playing:
            self.playing = False
            self.worker.pause(self.run_id)
        elif not self.running:
            self.restart_run(playing=True)  # a finished run plays again from w₀
        else:
            self.playing = True
            self.worker.play(self.run_id)
        self.controls.set_playing(self.playing)
        self.dirty = True

    def step_once(self) -> None:
        if self.settings is None:
            return
        if self.shown is not None:
            self.show_step(self.shown + 1)  # forward through the stored steps first
            return
        if not self.running:
            self._status_message(translate("MLPTab", "The run has stopped; press Reset (R) to start again."))
            return
        self.playing = False
        self.controls.set_playing(False)
        self.worker.step(self.run_id)

    def reset_run(self) -> None:
        self.restart_run()

    def restart_run(self, playing: bool = False) -> bool:
        if self.dataset is None:
            return False
        return self._start(self.dataset, self.settings, playing, announce=False)

    def stop(self) -> bool:
        self.redraw_timer.stop()
        return self.worker.stop()

    # ------------------------------------------------------------------ the timeline
    def shown_step(self) -> int:
        """The step the view shows: the timeline's, or the newest."""
        return self.series["loss"].count - 1 if self.shown is None else self.shown

    def show_step(self, t: int) -> None:
        """Show stored step ``t``: its numbers from what the worker sent, its decision
        boundary or fitted line, its dot on the map and its slice readout from the stored
        w_t (computed by the worker; nothing is run again).  Looking back pauses the run;
        the newest step follows the run again."""
        last = self.series["loss"].count - 1
        if last < 0:
            return
        t = min(max(int(t), 0), last)
        shown = None if t == last else t
        if shown is not None:
            self._pause()
        if shown != self.shown:
            self.past = None
        self.shown = shown
        self.timeline.set_position(t)
        self.worker.show_step(self.run_id, LATEST if shown is None else t)
        self.views_dirty = self.shown_dirty = True
        self._redraw()

    def step_back(self) -> None:
        if self.series["loss"].count:
            self.show_step(self.shown_step() - 1)

    def go_to_start(self) -> None:
        if self.series["loss"].count:
            self.show_step(0)

    def go_to_end(self) -> None:
        if self.series["loss"].count:
            self.show_step(self.series["loss"].count - 1)

    def _pause(self) -> None:
        if self.playing:
            self.playing = False
            self.controls.set_playing(False)
            self.worker.pause(self.run_id)

    # ------------------------------------------------------------------ runs
    def _start(self, dataset: Dataset, settings: TrainingSettings, playing: bool = False, announce: bool = True) -> bool:
        """A new run on ``dataset`` (a new id: batches of the old one are dropped).  A
        setting the core refuses shows its sentence and changes nothing."""
        sizes = network_sizes(dataset, settings.hidden)
        parameters = parameter_count(sizes)
        if parameters * len(dataset.train_inputs) > MAX_WORK_PER_STEP:
            return self._refuse(
                translate(
                    "MLPTab",
                    "{sizes} has {parameters} parameters: on {points} training "
                    "points each step would take seconds; use smaller layers or fewer samples here "
                    "(gdstudio run --task trains any size without a window)",
                ).format(sizes="-".join(map(str, sizes)), parameters=f"{parameters:,}", points=f"{len(dataset.train_inputs):,}")
            )
        partner = race_labels = None
        try:
            if self.controls.race_check.isChecked() and parameters == 2:
                # full batch against mini-batches, from the same w₀, in lockstep on the (w, b) map
                # (with a schedule: a constant γ against it on the same mini-batches)
                schedule = None if settings.schedule.is_constant else settings.schedule
                race = BatchRace(dataset, settings, self.controls.race_batch_size(), run_id=self.run_id + 1, schedule=schedule)
                training, partner = race.trainings
                race_labels = race.labels
            else:
                training = Training(dataset, settings, run_id=self.run_id + 1)
        except (MLPError, DataError, ValueError) as error:
            return self._refuse(str(error))
        self.run_id += 1
        self.controls.show_error(None)
        if dataset is not self.dataset:
            self.data_plot.set_dataset(dataset)
            self.data_window = None
        self.dataset = dataset
        self.data_source = dataset.source
        self.settings = settings
        # what the run does (a batch as large as the training set is the full batch)
        self.batch_size = training.batch_order.batch_size if training.mini_batch else None
        order = training.batch_order
        self.batch_order = None if order is None else BatchOrder(order.count, order.batch_size, order.seed)
        self.batch_rings.setData([], [])
        self.epoch_lines.setData([], [])
        self._epoch_lines_drawn = -1
        self.loss_kind = "ce" if training.loss_kind == "cross_entropy" else "mse"
        self.loss_description = training.describe_loss()
        self.network_description = training.network.describe()
        self.controls.network_label.setText(translate("MLPTab", "network {description}").format(description=self.network_description))
        self.controls.show_plane_choice(training.network.dimension == 2)
        self.race_labels = race_labels
        self.weight_plot.show_race(race_labels)
        self._show_loss_legend(dataset)
        self.controls.reduction_label.setText(f"{self.loss_description}<br>{reduction_text(settings.reduction, len(dataset.train_inputs))}")
        self.series = {name: _Series() for name in SERIES}
        self.partner_loss = _Series()
        self.minibatch_loss = _Series()
        self.controls.show_batch_loss_choice(training.mini_batch)
        self.partner = None
        self.metrics = self.grid = self.curve = None
        self.view_step = -1
        self.frame = None
        self.plane_note = ""
        self.drawn_landscape = None
        self.shown = None
        self.past = None
        self.history_note = ""
        self.timeline.set_note("")
        self.status = Status.RUNNING
        self.running = True
        self.failure = ""
        self.steps = 0
        self.playing = playing
        self.controls.set_playing(playing)
        self.loss_plot.follow()
        self.loss_plot.set_cursor(None)
        self.timeline.set_last(0)
        self.timeline.set_position(0)
        self.fan_view = None
        self.fan_items.hide()
        self.controls.fan_readout.setText("")
        self.controls.set_fan_range(len(dataset.train_inputs), self.batch_size)
        self.worker.start_run(TrainingRequest(self.run_id, training, self.controls.plane(), playing, partner))
        self._on_fan_changed()
        if announce:
            self._announce()
        self.dirty = True
        return True

    def _show_loss_legend(self, dataset: Dataset) -> None:
        """The curves are means per example, so the training and test sets compare whatever their sizes."""
        legend = self.loss_legend
        legend.clear()
        curves = self.loss_plot.loss_curves
        what = loss_axis()
        train_with = translate("MLPTab", "train, {what} (N = {n})")
        if self.race_labels is not None:
            legend.addItem(curves[0], translate("MLPTab", "train, {run}").format(run=self.race_labels[0]))
        else:
            legend.addItem(curves[0], train_with.format(what=what, n=len(dataset.train_inputs)))
        if len(dataset.test_inputs):
            legend.addItem(curves[1], translate("MLPTab", "test, {what} (N = {n})").format(what=what, n=len(dataset.test_inputs)))
        if self.race_labels is not None:
            legend.addItem(curves[2], translate("MLPTab", "train, {run}").format(run=self.race_labels[1]))
        if self.showing_minibatch_loss():
            legend.addItem(curves[3], translate("MLPTab", "minibatch L_B(w_t) per example"))

    def _refuse(self, message: str) -> bool:
        self.controls.show_error(message)
        self._status_message(message)
        return False

    def _show_source(self) -> None:
        """Put the task combo back on the data set in use (after a cancelled or failed import)."""
        combo = self.controls.task_combo
        data = self.data_source
        key = (data.path if data.is_file else data.task) if data is not None else "xor"
        blocked = combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(key), 0))
        combo.blockSignals(blocked)

    def _on_batch(self, batch: TrainingBatch) -> None:
        if batch.run_id != self.run_id:
            return  # from a superseded run
        if len(batch.loss):
            for name in SERIES:
                self.series[name].put(batch.first_step, getattr(batch, name))
        self.steps = batch.steps
        if batch.metrics is not None:
            self.metrics = batch.metrics
        if batch.grid is not None or batch.curve is not None:
            self.grid, self.curve = batch.grid, batch.curve
            self.views_dirty = True
        if batch.metrics is not None:
            self.view_step = batch.view_step
            self.views_dirty = True
        if batch.frame is not None:
            self.frame = batch.frame
            self.plane_dirty = True
        if batch.plane_note != self.plane_note:
            self.plane_note = batch.plane_note
            self.plane_dirty = True
        if batch.minibatch_per_example is not None and len(batch.minibatch_per_example):
            self.minibatch_loss.put(batch.minibatch_first, batch.minibatch_per_example)
        if batch.partner is not None:
            partner = batch.partner
            if len(partner.train_per_example):
                self.partner_loss.put(partner.first_step, partner.train_per_example)
            self.partner = partner
            self.plane_dirty = True
        previous = self.status
        self.status = batch.status
        self.running = batch.running
        if not self.running:
            self.playing = False
        if self.status is not Status.RUNNING and previous is Status.RUNNING:
            self.run_finished.emit(str(self.status))
        if batch.metrics is not None and batch.noise_ball != self.controls.noise_note.text():
            self.controls.noise_note.setText(batch.noise_ball)
            self.controls.noise_note.setVisible(bool(batch.noise_ball))
        if batch.history_note != self.history_note:
            self.history_note = batch.history_note
            self.timeline.set_note(batch.history_note)
        self.dirty = True

    # ------------------------------------------------------------------ the minibatch fan
    def _on_fan_changed(self) -> None:
        """The fan shown or hidden, or another B or draws: the worker computes it at the step shown."""
        request = self.controls.fan_request()
        if request is None:
            self.fan_view = None
            self.fan_items.hide()
            self.controls.fan_readout.setText("")
            self.worker.set_fan(self.run_id, 0, "epoch")
            return
        self.worker.set_fan(self.run_id, *request)

    def _on_fan(self, view: FanView) -> None:
        if view.run_id != self.run_id or self.controls.fan_request() is None:
            return
        self.fan_view = view
        self.controls.fan_readout.setText(fan_readout_html(view))
        self.shown_dirty = True

    def _draw_fan(self) -> None:
        view = self.fan_view
        if view is None or self.controls.fan_request() is None:
            self.fan_items.hide()
            return
        self.fan_items.show(view.picture, view.origin, view.scale)

    # ------------------------------------------------------------------ epochs
    def _draw_epoch_lines(self) -> None:
        """A dashed line on the loss plot where each epoch began (at most MAX_EPOCH_LINES: every k-th past that)."""
        order = self.batch_order
        steps = self.series["loss"].count - 1
        if order is None or steps < order.batches_per_epoch:
            return
        epochs = steps // order.batches_per_epoch
        if epochs == self._epoch_lines_drawn:
            return
        self._epoch_lines_drawn = epochs
        every = max(1, math.ceil(epochs / MAX_EPOCH_LINES))
        starts = np.arange(every, epochs + 1, every, dtype=float) * order.batches_per_epoch
        self.epoch_lines.setData(np.repeat(starts, 2), np.tile([-1e9, 1e9], len(starts)))

    def _draw_batch_rings(self) -> None:
        """Ring the training points of the minibatch that made the step shown (t − 1 → t; at t = 0 the next one)."""
        order, dataset = self.batch_order, self.dataset
        if order is None or dataset is None or dataset.features != 2 and dataset.features != 1:
            self.batch_rings.setData([], [])
            return
        batch = order.batch(max(self.shown_step() - 1, 0))
        inputs = dataset.train_inputs[batch]
        if dataset.features == 2:
            self.batch_rings.setData(inputs[:, 0], inputs[:, 1])
        else:
            targets = np.asarray(dataset.train_targets, dtype=float).reshape(-1)[batch]
            self.batch_rings.setData(inputs[:, 0], targets)

    def epoch_text(self, t: int) -> str:
        """Which epoch and which of its minibatches made step ``t`` (empty for the full batch)."""
        order = self.batch_order
        if order is None:
            return ""
        update = max(t - 1, 0)
        epoch, position = divmod(update, order.batches_per_epoch)
        if t >= 1:
            text = translate(
                "MLPTab",
                "Epoch {epoch}, minibatch {batch} of {batches} (B = {size}, "
                "shuffled once an epoch) made this step: its points are ringed in the data plot",
            )
        else:
            text = translate(
                "MLPTab",
                "Epoch {epoch}, minibatch {batch} of {batches} (B = {size}, "
                "shuffled once an epoch) makes the first step: its points are ringed in the data plot",
            )
        return text.format(epoch=epoch + 1, batch=position + 1, batches=order.batches_per_epoch, size=order.batch_size)

    def _on_step_view(self, view: StepView) -> None:
        if view.run_id == self.run_id and view.step == self.shown:
            self.past = view
            self.views_dirty = self.shown_dirty = True

    def _on_worker_failed(self, run_id: int, message: str) -> None:
        """The run has ended on an error: its sentence is the stop reason."""
        if run_id == self.run_id:
            self.failure = message
            self.running = self.playing = False
            self.controls.set_playing(False)
            self._status_message(message, 10000)
            self.redraw_now()

    def _on_view_failed(self, run_id: int, message: str) -> None:
        if run_id == self.run_id:
            self._status_message(message)

    # ------------------------------------------------------------------ drawing
    def _redraw(self) -> None:
        if not (self.dirty or self.views_dirty or self.plane_dirty or self.shown_dirty or self.readout_dirty):
            return
        with self.worker.painting():
            self._draw()
        self.redrawn.emit()

    def redraw_now(self) -> None:
        self.dirty = self.views_dirty = self.plane_dirty = self.shown_dirty = self.readout_dirty = True
        self._redraw()

    def _draw(self) -> None:
        self.frame_count += 1
        self.controls.set_playing(self.playing)
        if self.plane_dirty:
            self.plane_dirty = False
            self._draw_plane()
        if self.views_dirty:
            self.views_dirty = False
            self._draw_views()
        if self.dirty and due(self.frame_count, self.playing, LOSS_CURVE_FRAMES):
            self.dirty = False
            test = self.series["test_per_example"].values
            self.loss_plot.set_losses(
                [
                    self.series["train_per_example"].values,
                    test if np.isfinite(test).any() else np.empty(0),
                    self.partner_loss.values if self.race_labels is not None else np.empty(0),
                    self.minibatch_loss.values if self.showing_minibatch_loss() else np.empty(0),
                ]
            )
            self.timeline.set_last(max(self.series["loss"].count - 1, 0))
            self._draw_epoch_lines()
            self.shown_dirty = True
        if self.shown_dirty:
            self.shown_dirty = False
            self.readout_dirty = True
            self.loss_plot.set_cursor(self.shown)
            self._draw_dots()
        if self.readout_dirty and due(self.frame_count, self.playing, READOUT_FRAMES):
            self.readout_dirty = False
            text = self._readout_html()
            if text != self.readout_label.text():
                self.readout_label.setText(text)
            describe(self.loss_plot, text)  # what a screen reader says about the plots
            describe(self.data_plot, self.data_label.text())
            describe(self.weight_plot, self.plane_label.text())

    def _shown_views(self):
        """(metrics, grid, curve, step) of the step shown: the newest, or the timeline's from the worker."""
        if self.shown is None:
            return self.metrics, self.grid, self.curve, self.view_step
        past = self.past
        if past is None:
            return None
        return past.metrics, past.grid, past.curve, past.step

    def _draw_views(self) -> None:
        views = self._shown_views()
        if views is None:
            return  # the stored step's views are on their way
        _metrics, grid, curve, _step = views
        if grid is not None:
            self.data_plot.set_grid(grid, self.dataset.classes)
        if curve is not None:
            self.data_plot.set_curve(*curve)
        self.data_label.setText(self._data_text())

    def _draw_plane(self) -> None:
        frame = self.frame
        if frame is None:
            if self.plane_note:
                self.plane_label.setText(
                    translate("MLPTab", "<b>Descent in weight space</b>: {note}").format(note=html.escape(self.plane_note, quote=False))
                )
            return
        landscape = frame.landscape
        if landscape is not self.drawn_landscape:
            # a new map only when the plane was fitted again or the path left the old one
            self.drawn_landscape = landscape
            self.weight_plot.show_landscape(landscape)
            self.weight_plot.show_optimum(frame.optimum)
            self.plane_label.setText(
                translate("MLPTab", "<b>Descent in weight space</b>: {note}").format(note=html.escape(frame.plane.caption, quote=False))
            )
        partner = self.partner.coordinates if self.partner is not None and self.race_labels is not None else None
        self.weight_plot.show_paths(frame.coordinates, partner)
        if len(frame.coordinates):
            self.weight_plot.set_start(*frame.coordinates[0])
        self._draw_dots()

    def _draw_dots(self) -> None:
        """The dot (and the raced run's) at the step the timeline shows."""
        frame = self.frame
        if frame is None or not len(frame.coordinates):
            return
        t = self.shown_step()
        self._draw_fan()
        self._draw_batch_rings()
        points = [frame.coordinates[frame.row_of(t)]]
        partner = self.partner
        if partner is not None and self.race_labels is not None and len(partner.coordinates):
            points.append(partner.coordinates[row_of_step(partner.steps, len(partner.coordinates), t)])
        self.weight_plot.set_markers_at(points)

    def _data_text(self) -> str:
        dataset = self.dataset
        if dataset is None:
            return ""
        name = TASKS[dataset.name].title if dataset.name in TASKS else dataset.name
        views = self._shown_views()
        m = views[0] if views is not None else None
        if m is None:
            quality = ""
        elif dataset.is_classification:
            quality = translate("MLPTab", "train accuracy {percent} %").format(percent=f"{100 * m.train_accuracy:.1f}")
            if m.test_accuracy is not None and np.isfinite(m.test_accuracy):
                quality += translate("MLPTab", ", test {percent} %").format(percent=f"{100 * m.test_accuracy:.1f}")
        else:
            quality = translate("MLPTab", "train MSE {mse}").format(mse=number(m.train_mse))
            if m.test_mse is not None and np.isfinite(m.test_mse):
                quality += translate("MLPTab", ", test MSE {mse}").format(mse=number(m.test_mse))
        if self.shown is not None and views is not None:
            quality += translate("MLPTab", " (at step {t})").format(t=views[3])
        if not dataset.is_classification and dataset.features == 2:
            x1, x2 = dataset.feature_names
            what = translate(
                "MLPTab",
                "prediction f_w({x1}, {x2}) as colours, the points coloured by their {target} on the same "
                "scale (the bar): where they match, the fit is good",
            ).format(x1=x1, x2=x2, target=dataset.target_name)
        elif not dataset.is_classification and self.network_description.startswith("1 → 1"):
            what = translate("MLPTab", "fitted line f_w(x) = w·x + b")
        elif not dataset.is_classification:
            what = translate("MLPTab", "fitted curve f_w(x)")
        elif dataset.classes <= 2:
            what = translate("MLPTab", "decision regions and boundary p = ½")
        else:
            what = translate("MLPTab", "decision regions (each class's colour, paler where unsure)")
        if dataset.features == 2 and dataset.is_classification:  # a marker shape per class, test points ringed
            template = translate(
                "MLPTab", "<b>{name}</b>: data (a shape per class; test points larger, ringed) and the network's {what}.  {quality}"
            )
        else:
            template = translate("MLPTab", "<b>{name}</b>: data (train ○, test △) and the network's {what}.  {quality}")
        return template.format(name=name, what=what, quality=quality)

    def _readout_html(self) -> str:
        """The numbers of the step shown, all from what the worker sent for it."""
        settings = self.settings
        loss = self.series["loss"]
        if settings is None or loss.count == 0:
            return ""
        t = self.shown_step()
        gradient_norm, update_norm, rates = (self.series[name] for name in ("gradient_norm", "update_norm", "learning_rate"))
        lines = []
        batch = self.batch_size is not None
        gradient = "∇L<sub>B</sub>" if batch else "∇L"
        if t >= 1:
            rule = (
                f"w<sub>t+1</sub> = w<sub>t</sub> − γ {gradient}(w<sub>t</sub>)"
                if settings.optimizer == "gd"
                else f"w<sub>t+1</sub> = w<sub>t</sub> + Δw<sub>t</sub> ({optimizer_info(settings.optimizer).title})"
            )
            before = t - 1
            lines += [
                translate("MLPTab", "<b>Step {t}</b> (t = {before} → {t}): {rule}").format(t=t, before=before, rule=rule),
                f"‖{gradient}(w<sub>{before}</sub>)‖ = {number(gradient_norm.at(before))}, γ = {number(rates.at(t))}"
                + (translate("MLPTab", " (B: a mini-batch of {size} points)").format(size=self.batch_size) if batch else ""),
                f"‖Δw<sub>{before}</sub>‖ = {number(update_norm.at(t))}" + (f" = γ ‖{gradient}‖" if settings.optimizer == "gd" else ""),
                translate("MLPTab", "L before = {before}, after = {after} (change {change})").format(
                    before=number(loss.at(before)), after=number(loss.at(t)), change=number(loss.at(t) - loss.at(before))
                ),
            ]
            if batch:
                lines.append(self.epoch_text(t))
        else:
            lines += [
                translate("MLPTab", "<b>w₀</b>: the initial weights, before any step"),
                f"L(w₀) = {number(loss.at(0))}, ‖∇L(w₀)‖ = {number(gradient_norm.at(0))}",
            ]
        readout = self._plane_readout()
        if readout is not None:
            lines.append(
                translate("MLPTab", "<b>Weight-space map</b>: {sentence}").format(sentence=html.escape(readout.sentence, quote=False))
            )
        lines.append(f"<i>{html.escape(self.network_description, quote=False)}; {html.escape(self.loss_description, quote=False)}</i>")
        if self.shown is not None:
            message = translate("MLPTab", "Showing the stored step t = {t} of {steps}; the run itself is at step {steps}").format(
                t=t, steps=self.steps
            )
        elif self.failure:
            message = html.escape(self.failure, quote=False)
        else:
            message = (
                stop_message(
                    self.status,
                    self.steps,
                    gradient_norm.at(loss.count - 1),
                    settings.tolerance,
                    settings.max_steps,
                    loss.at(loss.count - 1),
                    None,
                    self.playing,
                )
                .replace("∇f", "∇L")
                .replace("f decreases", "L decreases")
            )
            if self.status is Status.DIVERGED:
                message = translate(
                    "MLPTab", "diverged at step {steps}: γ too large, the steps overshoot and L grows without bound"
                ).format(steps=self.steps)
        lines.append(f"<b>{message[:1].upper() + message[1:]}</b>")
        return "<br>".join(lines)

    def _plane_readout(self):
        """The slice readout (true L(w_t) against the map's L at its projection) of the step shown."""
        if self.shown is None:
            return self.frame.readout if self.frame is not None else None
        return self.past.readout if self.past is not None else None

    def _on_weight_hover(self, x: float, y: float) -> None:
        """The map's coordinates and L there (its nearest grid point) in the status bar."""
        landscape = self.drawn_landscape
        if landscape is None or landscape.plane is None:
            return
        xs, ys = landscape.xs, landscape.ys
        i, j = int(np.abs(xs - x).argmin()), int(np.abs(ys - y).argmin())
        if abs(xs[i] - x) > xs[1] - xs[0] or abs(ys[j] - y) > ys[1] - ys[0]:
            return  # outside the computed grid
        value = number(float(landscape.values[i, j]))
        if landscape.plane.is_exact:
            text = f"w = {number(x)}, b = {number(y)}: L(w, b) ≈ {value}"
        else:
            text = f"α = {number(x)}, β = {number(y)}: L(w₀ + α d₁ + β d₂) ≈ {value}"
            readout = self._plane_readout()
            if readout is not None:
                text += translate("MLPTab", "   (the true loss at w_{step}: L = {loss})").format(
                    step=readout.step, loss=number(readout.loss)
                )
        self._status_message(text, 4000)

    def showing_minibatch_loss(self) -> bool:
        """Whether the loss plot draws the minibatch loss (asked for, and a run on mini-batches)."""
        return self.batch_order is not None and self.controls.batch_loss_check.isChecked()

    def _on_batch_loss(self, _on: bool) -> None:
        if self.dataset is not None:
            self._show_loss_legend(self.dataset)
        self.dirty = True
        self._redraw()

    def _on_log_loss(self, on: bool) -> None:
        self.loss_plot.set_logarithmic(on)  # the axis names itself: LOSS_AXIS, on a log scale or not
        self.dirty = True

    # ------------------------------------------------------------------ the contract
    def export_kinds(self):
        return tuple(replace(kind, title=translate("MLPTab", kind.title)) for kind in EXPORT_KINDS)

    def side_panel(self):
        return self._side_panel

    def set_overlay(self, name: str, shown: bool) -> bool:
        if name == "log_loss":
            self.controls.log_loss_check.setChecked(shown)
            return True
        return False

    def set_zoom(self, zoom: float) -> None:
        set_plot_zoom(self.data_plot.plot_item, zoom)
        self.weight_plot.set_zoom(zoom)
        self.loss_plot.set_zoom(zoom)
        self.sizes.apply(zoom)
        self.redraw_now()

    def default_export_name(self) -> str:
        return "mlp.png"

    def export(self, kind: str, path: str | os.PathLike) -> bool:
        """Write one export atomically; a failure shows a message and leaves no file."""
        import pyqtgraph.exporters as exporters

        self.redraw_now()
        try:
            if kind in ("json", "weights-npz", "data-csv"):
                export = self.current_export()
                if export is None:
                    raise ExportError(translate("MLPTab", "the run's report did not arrive from the training thread; try again"))
                if kind == "json":
                    write_json(path, export.report)
                elif kind == "weights-npz":
                    write_npz(path, export.weights)
                else:
                    write_csv(path, *export.data_table)
            elif kind.startswith("landscape-") and self.context.export_size == SLIDE and self.drawn_landscape is not None:
                # a slide: the map as shown (paths, dot, the fan) beside the loss curves
                figure = self._map_slide()
                try:
                    if kind.endswith("png"):
                        figure.save_png(path)
                    else:
                        figure.save_svg(path)
                finally:
                    figure.close()
            else:
                plots = {"loss": self.loss_plot, "data": self.data_plot, "landscape": self.weight_plot}
                name, _, form = kind.partition("-")
                if name not in plots or form not in ("png", "svg"):
                    raise ValueError(f"unknown export {kind}")
                item = plots[name].getPlotItem()
                if form == "png":
                    scale = self.context.png_scale
                    width = max(int(item.sceneBoundingRect().width() * scale), 16)

                    def write(temporary: Path) -> None:
                        exporter = exporters.ImageExporter(item)
                        exporter.parameters()["width"] = width
                        exporter.export(str(temporary))

                else:

                    def write(temporary: Path) -> None:
                        exporters.SVGExporter(item).export(str(temporary))

                atomic_write(path, write)
        except ExportError as error:
            self.show_error(translate("MLPTab", "Export failed"), str(error))
            return False
        self.context.remember_folder(path)
        self._status_message(translate("MLPTab", "Exported {name}").format(name=Path(path).name))
        return True

    def _map_slide(self) -> MapSlide:
        """The slide of the map and the loss curves, from what the tab holds at the step shown."""
        frame, settings = self.frame, self.settings
        t = self.shown_step()
        paths = [(frame.coordinates, self.race_labels[0] if self.race_labels else "")]
        dots = [frame.coordinates[frame.row_of(t)]]
        partner = self.partner
        if self.race_labels is not None and partner is not None and len(partner.coordinates):
            paths.append((partner.coordinates, self.race_labels[1]))
            dots.append(partner.coordinates[row_of_step(partner.steps, len(partner.coordinates), t)])
        fan = None
        view = self.fan_view
        if view is not None and self.controls.fan_request() is not None:
            fan = (view.picture, view.origin, view.scale, fan_readout_html(view))
        name = TASKS[self.dataset.name].title if self.dataset.name in TASKS else self.dataset.name
        schedule = "" if settings.schedule.is_constant else f", {settings.schedule.formula}"
        title = translate("MLPTab", "{name}: {network} · {optimizer}, γ = {rate}{schedule} · step {t} of {steps}").format(
            name=name,
            network=self.network_description,
            optimizer=settings.optimizer,
            rate=f"{settings.learning_rate:g}",
            schedule=schedule,
            t=t,
            steps=self.steps,
        )
        test = self.series["test_per_example"].values
        train_label = translate("MLPTab", "train, {run}")
        losses = [
            (
                self.series["train_per_example"].values,
                TRAIN_COLOUR,
                train_label.format(run=self.race_labels[0] if self.race_labels else loss_axis()),
            ),
            (
                test if np.isfinite(test).any() else np.empty(0),
                TEST_COLOUR,
                translate("MLPTab", "test, {run}").format(run=loss_axis()),
            ),
        ]
        if self.race_labels is not None:
            losses.append((self.partner_loss.values, RACE_COLOUR, train_label.format(run=self.race_labels[1])))
        if self.showing_minibatch_loss():
            losses.append((self.minibatch_loss.values, MINIBATCH_COLOUR, translate("MLPTab", "minibatch L_B(w_t) per example")))
        return MapSlide(
            self.context.export_style(SLIDE_SIZE),
            title,
            self.drawn_landscape,
            paths,
            dots,
            frame.optimum,
            fan,
            losses,
            self.controls.log_loss_check.isChecked(),
            self.shown,
        )

    def current_export(self, timeout_ms: int = REPORT_TIMEOUT_MS) -> RunExport | None:
        """The run's report, weights and data (:class:`~gdstudio.ui.mlp.worker.RunExport`),
        asked of the training thread, which owns the run."""
        self._export = None
        loop = QtCore.QEventLoop()
        self.report_arrived.connect(loop.quit)
        QtCore.QTimer.singleShot(timeout_ms, loop.quit)
        self.worker.request_report(self.run_id)
        if self._export is None:
            loop.exec()
        self.report_arrived.disconnect(loop.quit)
        return self._export

    def current_report(self, timeout_ms: int = REPORT_TIMEOUT_MS) -> dict | None:
        """The run's report (``Training.report()``, the ``gdstudio run --task --json`` schema)."""
        export = self.current_export(timeout_ms)
        return export.report if export is not None else None

    def _on_report(self, run_id: int, export: RunExport) -> None:
        if run_id == self.run_id:
            self._export = export
            self.report_arrived.emit()

    # ------------------------------------------------------------------ helpers
    def _status_message(self, text: str, milliseconds: int = 5000) -> None:
        self.show_message(text, milliseconds)
