"""The studio's "MLP task" tab: train a small network by gradient descent and watch
it learn — the loss curves, the data with the decision boundary (or the fitted
curve), the descent in weight space and the numbers of every step.

A thin view, as the function mode: :class:`MLPControlPanel` turns what the person
does into signals, :class:`MLPTab` keeps the newest state the worker sent
(:mod:`gdstudio.ui.mlp.worker`) and redraws on a timer.  Every number comes from
``gdstudio.core`` (datasets, mlp, weight_space), computed in the worker thread.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio.core.descent.engine import Status
from gdstudio.core.descent.explain import stop_message
from gdstudio.core.descent.optimizers import optimizer_info
from gdstudio.core.mlp.datasets import (
    TASKS,
    DataError,
    Dataset,
    DataSettings,
)
from gdstudio.core.mlp.network import MLPError, network_sizes, parameter_count, parse_hidden
from gdstudio.core.mlp.training import Training, TrainingSettings, examples_per_gradient, reduction_note, settings_for_task
from gdstudio.core.mlp.weight_space import PCA, RANDOM, slice_landscape
from gdstudio.core.session import LEARNING_RATE_RANGE
from gdstudio.export.files import ExportError, atomic_write, write_json
from gdstudio.ui.common.fields import side_panel
from gdstudio.ui.common.plots import ContourPlot, LossPlot
from gdstudio.ui.common.tab import ExportKind, StudioContext, StudioTab
from gdstudio.ui.common.text import number
from gdstudio.ui.common.zoom import ZoomedSizes, set_plot_zoom
from gdstudio.ui.mlp.data_plot import DataPlot
from gdstudio.ui.mlp.panel import OPEN_CSV, MLPControlPanel
from gdstudio.ui.mlp.worker import TrainingBatch, TrainingRequest, TrainingThread

REDRAW_INTERVAL_MS = 16
TRAIN_COLOUR = "#2f8ae0"  # mid tones: clear on the dark and the light plot background
TEST_COLOUR = "#f08a00"
REPORT_TIMEOUT_MS = 3000
SETTINGS_KEY = "mlp/last"
# parameters × training points a step may cost (about 0.2 s here): beyond it the studio
# would freeze while the run is built, and closing the window would wait on a step
MAX_WORK_PER_STEP = 4e8

EXPORT_KINDS = (
    ExportKind("loss-png", "Loss curves as PNG image", ".png"),
    ExportKind("loss-svg", "Loss curves as SVG drawing", ".svg"),
    ExportKind("data-png", "Data and decision boundary as PNG image", ".png"),
    ExportKind("data-svg", "Data and decision boundary as SVG drawing", ".svg"),
    ExportKind("landscape-png", "Weight-space landscape as PNG image", ".png"),
    ExportKind("landscape-svg", "Weight-space landscape as SVG drawing", ".svg"),
    ExportKind("json", "Run report as JSON", ".json"),
)


def reduction_text(reduction: str, train_size: int) -> str:
    """Which total is in use and what it means for γ, for the label under the loss."""
    if reduction == "sum":
        return (
            f"<b>sum</b> over the N = {train_size} training points: ∇L adds N gradients, so γ is the step per "
            f"unit of the <i>total</i>; the same γ with the mean takes steps N times smaller."
        )
    return (
        f"<b>mean</b> over the N = {train_size} training points: ∇L is the average gradient, so γ is the step per "
        f"unit of the <i>average</i>; the sum needs a γ N times smaller for the same steps."
    )


class _Series:
    """A growing float array (the loss curves), filled by index from the batches."""

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


def _earlier_source(source) -> DataSettings:
    """The data settings as versions before the data seed remembered them:
    ["task", name, samples, noise, test fraction] or ["csv", path, test fraction]."""
    if source[0] == "task" and len(source) == 5:
        return DataSettings(task=str(source[1]), samples=int(source[2]), noise=float(source[3]), test_fraction=float(source[4]))
    if source[0] == "csv" and len(source) == 3:
        return DataSettings(task="", path=str(source[1]), test_fraction=float(source[2]))
    raise ValueError("unknown data source")


class MLPTab(StudioTab):
    """The "MLP task" tab.  ``MLPTab(context)`` starts its worker thread; the first run
    starts when the tab is first shown.  ``stop()`` ends the thread (the window
    calls it when it closes)."""

    key = "mlp"
    title = "MLP task"
    export_caption = "Export the MLP run"
    report_arrived = QtCore.Signal()

    def __init__(self, context: StudioContext, parent=None):
        super().__init__(context, parent)
        self.setObjectName("mlpMode")
        self.run_id = 0
        self.playing = False
        self.status = Status.RUNNING
        self.steps = 0
        self.dataset: Dataset | None = None
        self.data_source: DataSettings | None = None
        self.settings: TrainingSettings | None = None
        self.batch_size: int | None = None  # the mini-batch size in use (None: full batch)
        self.view_step = -1
        self.loss_kind = "ce"
        self.train_loss = _Series()
        self.test_loss = _Series()
        self.readout: dict | None = None
        self.gradient_norm = float("nan")
        self.metrics = None
        self.grid = None
        self.curve = None
        self.weight_slice = None
        self.loss_description = ""
        self.slice_note = ""
        self.dirty = False
        self.views_dirty = False
        self.slice_dirty = False
        self.frame = 0
        self._report = None

        self.controls = MLPControlPanel()
        self.data_plot = DataPlot()
        self.weight_plot = ContourPlot()
        self.weight_plot.setObjectName("weightSpacePlot")
        self.weight_plot.setLabel("bottom", "α")
        self.weight_plot.setLabel("left", "β")
        self.weight_plot.hovered.connect(self._on_weight_hover)
        self.loss_plot = LossPlot()
        self.loss_plot.setObjectName("mlpLossPlot")
        self.loss_plot.set_curve_count(2)
        for curve, colour in zip(self.loss_plot.loss_curves, (TRAIN_COLOUR, TEST_COLOUR)):
            # one-pixel lines: Qt strokes wider antialiased ones in software, 4× slower to
            # paint (two curves of thousands of steps ~30 times a second)
            curve.setPen(pg.mkPen(colour, width=1))
        self.loss_legend = self.loss_plot.addLegend(offset=(-10, 10))
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
        self._build_layout()

        self.worker = TrainingThread(self)
        self.worker.batch_ready.connect(self._on_batch)
        self.worker.report_ready.connect(self._on_report)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.set_speed(self.controls.speed())
        application = QtCore.QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)

        self.redraw_timer = QtCore.QTimer(self)
        self.redraw_timer.setInterval(REDRAW_INTERVAL_MS)
        self.redraw_timer.timeout.connect(self._redraw)
        self._connect_controls()
        self._on_log_loss(self.controls.log_loss_check.isChecked())
        log_action = QtGui.QAction("Log-scale loss", self)
        log_action.setShortcut(QtGui.QKeySequence("L"))
        log_action.triggered.connect(self.controls.log_loss_check.toggle)
        self._view_actions = (log_action,)

    def view_actions(self):
        return self._view_actions

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        self.sizes = ZoomedSizes()
        scroll = self._side_panel = side_panel(self.controls, [self.controls.error_label, self.controls.playback_box], "mlpSidePanel")
        self.sizes.add(scroll, "setMinimumWidth", 340)
        self.sizes.add(self.readout_label, "setMinimumWidth", self.readout_minimum_width)

        def titled(widget, label):
            box = QtWidgets.QWidget()
            layout = QtWidgets.QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(2)
            layout.addWidget(label)
            layout.addWidget(widget, 1)
            return box

        top = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        top.addWidget(titled(self.data_plot, self.data_label))
        top.addWidget(titled(self.weight_plot, self.plane_label))
        bottom = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        bottom.addWidget(self.loss_plot)
        readout_scroll = QtWidgets.QScrollArea()
        readout_scroll.setWidgetResizable(True)
        readout_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        readout_scroll.setWidget(self.readout_label)
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
        c.log_loss_toggled.connect(self._on_log_loss)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        self.redraw_timer.start()
        if self.run_id == 0 and not self.restore():
            self.choose_task("xor")

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        super().hideEvent(event)
        self.redraw_timer.stop()  # another tab is shown: nothing of this one to paint
        if self.playing:
            # and no second worker competing with the shown mode's for the interpreter
            self.toggle_play()

    # ------------------------------------------------------------------ user intent
    def choose_task(self, name: str) -> bool:
        """A built-in task with its documented default settings, or OPEN_CSV (a file dialog).

        The defaults' γ is tuned for the sum; with the mean reduction chosen it becomes
        the γ that takes the same steps, and the status bar says which and why."""
        if name == OPEN_CSV:
            return self.open_csv_dialog()
        task = TASKS[name]
        c = self.controls
        data = replace(c.data_settings(DataSettings(task=name)), noise=task.noise)
        try:
            dataset = data.load()
        except DataError as error:
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
                note = (
                    f"γ = {highest:g}, the largest the field takes: the mean's gradient is N = {examples} times smaller "
                    f"than the sum's, so the task's γ = {task.learning_rate:g} would need {settings.learning_rate:g}"
                )
                settings = replace(settings, learning_rate=highest)
        if not self._start(dataset, settings):
            return False
        c.show_data(dataset.source, dataset)
        c.show_settings(settings, self.loss_kind)
        if note:
            self._status_message(f"{task.title} with the mean reduction: {note}.", 15000)
        return True

    def open_csv_dialog(self) -> bool:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, "Open data", self._last_folder(), "CSV files (*.csv *.txt *.tsv);;All files (*)"
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
            QtWidgets.QMessageBox.warning(self, "Cannot open the data", str(error))
            return False
        settings = replace(self.settings or TrainingSettings(), loss=None)
        if not self._start(dataset, settings):
            self._show_source()
            return False
        self._remember_folder(path)
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

    def reinitialise(self) -> None:
        """New random initial weights: the next seed."""
        self.controls.seed_spin.setValue(self.controls.seed_spin.value() + 1)

    def set_learning_rate(self, learning_rate: float) -> None:
        if not (math.isfinite(learning_rate) and learning_rate > 0) or self.settings is None:
            return
        if self.steps > 0 and self.status is Status.RUNNING:
            # as in the function mode: the new γ applies from the next step
            self.settings = replace(self.settings, learning_rate=learning_rate)
            self.worker.set_learning_rate(self.run_id, learning_rate)
            self._remember()
        else:
            self._on_settings_changed()

    def set_plane(self, method: str) -> None:
        self.worker.set_slice_method(self.run_id, method)

    def toggle_play(self) -> None:
        if self.settings is None:
            return
        if self.playing:
            self.playing = False
            self.worker.pause(self.run_id)
        elif self.status is not Status.RUNNING:
            self.restart_run(playing=True)  # a finished run plays again from w₀
        else:
            self.playing = True
            self.worker.play(self.run_id)
        self.controls.set_playing(self.playing)
        self.dirty = True

    def step_once(self) -> None:
        if self.settings is None:
            return
        if self.status is not Status.RUNNING:
            self._status_message("The run has stopped; press Reset (R) to start again.")
            return
        self.playing = False
        self.controls.set_playing(False)
        self.worker.step(self.run_id)

    def reset_run(self) -> None:
        self.restart_run()

    def restart_run(self, playing: bool = False) -> bool:
        if self.dataset is None:
            return False
        return self._start(self.dataset, self.settings, playing)

    def stop(self) -> bool:
        self.redraw_timer.stop()
        return self.worker.stop()

    # ------------------------------------------------------------------ runs
    def _start(self, dataset: Dataset, settings: TrainingSettings, playing: bool = False) -> bool:
        """A new run on ``dataset`` (a new id: batches of the old one are dropped).  A
        setting the core refuses shows its sentence and changes nothing."""
        sizes = network_sizes(dataset, settings.hidden)
        parameters = parameter_count(sizes)
        if parameters * len(dataset.train_inputs) > MAX_WORK_PER_STEP:
            return self._refuse(
                f"{'-'.join(map(str, sizes))} has {parameters:,} parameters: on {len(dataset.train_inputs):,} training "
                f"points each step would take seconds; use smaller layers or fewer samples here "
                f"(gdstudio run --task trains any size without a window)"
            )
        try:
            training = Training(dataset, settings, run_id=self.run_id + 1)
        except (MLPError, DataError, ValueError) as error:
            return self._refuse(str(error))
        self.run_id += 1
        self.controls.show_error(None)
        if dataset is not self.dataset:
            self.data_plot.set_dataset(dataset)
        self.dataset = dataset
        self.data_source = dataset.source
        self.settings = settings
        # what the run does (a batch as large as the training set is the full batch)
        self.batch_size = training.step_objective.batch_size if training.mini_batch else None
        self.loss_kind = "ce" if training.loss_kind == "cross_entropy" else "mse"
        self.loss_description = training.describe_loss()
        self.network_description = training.network.describe()
        self.controls.network_label.setText(f"network {self.network_description}")
        total = "Σ" if settings.reduction == "sum" else "mean"
        self.loss_legend.clear()
        self.loss_legend.addItem(self.loss_plot.loss_curves[0], f"train L(w_t), {total} over {len(dataset.train_inputs)}")
        if len(dataset.test_inputs):
            self.loss_legend.addItem(self.loss_plot.loss_curves[1], f"test, {total} over {len(dataset.test_inputs)}")
        self.controls.reduction_label.setText(f"{self.loss_description}<br>{reduction_text(settings.reduction, len(dataset.train_inputs))}")
        self.train_loss = _Series()
        self.test_loss = _Series()
        self.readout = None
        self.metrics = self.grid = self.curve = self.weight_slice = None
        self.view_step = -1  # the step the grid or curve shows
        self.status = Status.RUNNING
        self.steps = 0
        self.gradient_norm = float("nan")
        self.playing = playing
        self.controls.set_playing(playing)
        self.loss_plot.follow()
        self.worker.start_run(TrainingRequest(self.run_id, training, self.controls.plane(), playing))
        self._remember()
        self.dirty = True
        return True

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
        if len(batch.train_loss):
            self.train_loss.put(batch.first_step, batch.train_loss)
            self.test_loss.put(batch.first_step, batch.test_loss)
        if batch.readout is not None:
            self.readout = batch.readout
        self.steps = batch.steps
        self.gradient_norm = batch.gradient_norm
        if batch.metrics is not None:
            self.metrics = batch.metrics
        if batch.grid is not None or batch.curve is not None:
            self.grid, self.curve = batch.grid, batch.curve
            self.view_step = batch.view_step
            self.views_dirty = True
        if batch.weight_slice is not None or batch.slice_note:
            self.weight_slice = batch.weight_slice
            self.slice_note = batch.slice_note
            self.slice_dirty = True
        previous = self.status
        self.status = batch.status
        if self.status is not Status.RUNNING:
            self.playing = False
            if previous is Status.RUNNING:
                self.run_finished.emit(str(self.status))
        self.dirty = True

    def _on_worker_failed(self, run_id: int, message: str) -> None:
        if run_id == self.run_id:
            self._status_message(message)

    # ------------------------------------------------------------------ drawing
    def _redraw(self) -> None:
        if not (self.dirty or self.views_dirty or self.slice_dirty):
            return
        with self.worker.painting():
            self._draw()
        self.redrawn.emit()

    def redraw_now(self) -> None:
        self.dirty = self.views_dirty = self.slice_dirty = True
        self._redraw()

    def _draw(self) -> None:
        self.frame += 1
        self.controls.set_playing(self.playing)
        # while a run plays the loss curves are redrawn every other frame (30 a second)
        if self.dirty and (not self.playing or self.frame % 2 == 0):
            self.dirty = False
            self.loss_plot.set_loss(self.train_loss.values, 0)
            test = self.test_loss.values
            self.loss_plot.set_loss(test if np.isfinite(test).any() else np.empty(0), 1)
            self.readout_label.setText(self._readout_html())
        if self.views_dirty:
            self.views_dirty = False
            if self.grid is not None:
                self.data_plot.set_grid(self.grid, self.dataset.classes)
            if self.curve is not None:
                self.data_plot.set_curve(*self.curve)
            self.data_label.setText(self._data_text())
        if self.slice_dirty:
            self.slice_dirty = False
            piece = self.weight_slice
            if piece is None and self.slice_note:
                self.plane_label.setText(f"<b>Descent in weight space</b>: {self.slice_note}")
            if piece is not None:
                landscape = slice_landscape(piece)
                self.weight_plot.set_landscape(landscape, reset_view=True)
                self.weight_plot.colour_bar.getAxis("left").setLabel("log₁₀(L − min L)" if landscape.logarithmic else "L(w* + α d₁ + β d₂)")
                self.weight_plot.set_path(piece.path)
                self.weight_plot.set_start(*piece.path[0])
                shown = "PCA plane" if piece.method == PCA else "random plane"
                self.plane_label.setText(
                    f"<b>Descent in weight space</b> ({shown}): L on the plane w* + α d₁ + β d₂ through the current "
                    f"weights w*, with d₁, d₂ {piece.description}; the path w₀ … w_t projected onto it."
                )

    def _data_text(self) -> str:
        dataset = self.dataset
        if dataset is None:
            return ""
        name = TASKS[dataset.name].title if dataset.name in TASKS else dataset.name
        m = self.metrics
        if m is None:
            quality = ""
        elif dataset.is_classification:
            quality = f"train accuracy {100 * m.train_accuracy:.1f} %"
            if m.test_accuracy is not None and np.isfinite(m.test_accuracy):
                quality += f", test {100 * m.test_accuracy:.1f} %"
        else:
            quality = f"train MSE {number(m.train_mse)}"
            if m.test_mse is not None and np.isfinite(m.test_mse):
                quality += f", test MSE {number(m.test_mse)}"
        if not dataset.is_classification and dataset.features == 2:
            x1, x2 = dataset.feature_names
            what = (
                f"prediction f_w({x1}, {x2}) as colours, the points coloured by their {dataset.target_name} on the same "
                f"scale (the bar): where they match, the fit is good"
            )
        elif not dataset.is_classification:
            what = "fitted curve f_w(x)"
        elif dataset.classes <= 2:
            what = "decision regions and boundary p = ½"
        else:
            what = "decision regions (each class's colour, paler where unsure)"
        return f"<b>{name}</b>: data (train ○, test △) and the network's {what}.  {quality}"

    def _readout_html(self) -> str:
        settings = self.settings
        if settings is None:
            return ""
        lines = []
        record = self.readout
        if record is not None:
            t = record["step"] - 1
            rule = (
                "w<sub>t+1</sub> = w<sub>t</sub> − γ ∇L(w<sub>t</sub>)"
                if settings.optimizer == "gd"
                else (f"w<sub>t+1</sub> = w<sub>t</sub> + Δw<sub>t</sub> ({optimizer_info(settings.optimizer).title})")
            )
            batch = self.batch_size is not None
            if batch:  # the update used the gradient of this step's mini-batch loss L_B
                rule = rule.replace("∇L", "∇L<sub>B</sub>")
            gradient = "∇L<sub>B</sub>" if batch else "∇L"
            lines += [
                f"<b>Step {record['step']}</b> (t = {t} → {t + 1}): {rule}",
                f"‖{gradient}(w<sub>{t}</sub>)‖ = {number(record['gradient_norm'])}, γ = {number(record['learning_rate'])}"
                + (f" (B: a mini-batch of {self.batch_size} points)" if batch else ""),
                f"‖Δw<sub>{t}</sub>‖ = {number(record['update_norm'])}" + (f" = γ ‖{gradient}‖" if settings.optimizer == "gd" else ""),
                f"L before = {number(record['loss_before'])}, after = {number(record['loss'])} (change {number(record['loss_change'])})",
            ]
        else:
            loss = self.train_loss.values[0] if self.train_loss.count else float("nan")
            lines += [
                "<b>w₀</b>: the initial weights, before any step",
                f"L(w₀) = {number(loss)}, ‖∇L(w₀)‖ = {number(self.gradient_norm)}",
            ]
        lines.append(f"<i>{self.network_description}; {self.loss_description}</i>")
        message = (
            stop_message(
                self.status,
                self.steps,
                self.gradient_norm,
                settings.tolerance,
                settings.max_steps,
                self.train_loss.values[-1] if self.train_loss.count else float("nan"),
                None,
                self.playing,
            )
            .replace("∇f", "∇L")
            .replace("f decreases", "L decreases")
        )
        if self.status is Status.DIVERGED:
            message = f"diverged at step {self.steps}: γ too large, the steps overshoot and L grows without bound"
        lines.append(f"<b>{message[:1].upper() + message[1:]}</b>")
        return "<br>".join(lines)

    def _on_weight_hover(self, alpha: float, beta: float) -> None:
        """α, β and L there (the slice's nearest grid point) in the status bar."""
        piece = self.weight_slice
        if piece is None:
            return
        i = int(np.abs(piece.alphas - alpha).argmin())
        j = int(np.abs(piece.betas - beta).argmin())
        if abs(piece.alphas[i] - alpha) > piece.alphas[1] - piece.alphas[0] or abs(piece.betas[j] - beta) > piece.betas[1] - piece.betas[0]:
            return  # outside the computed grid
        self._status_message(
            f"α = {number(alpha)}, β = {number(beta)}: L(w* + α d₁ + β d₂) ≈ {number(float(piece.loss[i, j]))}"
            f"   (at the current weights w*: L = {number(piece.center_loss)})",
            4000,
        )

    def _on_log_loss(self, on: bool) -> None:
        self.loss_plot.set_logarithmic(on)
        self.loss_plot.setLabel("left", "L(w_t), log scale" if on else "L(w_t)")
        self.dirty = True

    # ------------------------------------------------------------------ exports
    def export_kinds(self):
        return EXPORT_KINDS

    def side_panel(self):
        return self._side_panel

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
            if kind == "json":
                report = self.current_report()
                if report is None:
                    raise ExportError("the run's report did not arrive from the training thread; try again")
                write_json(path, report)
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
            self.show_error("Export failed", str(error))
            return False
        self._remember_folder(path)
        self._status_message(f"Exported {Path(path).name}")
        return True

    def current_report(self, timeout_ms: int = REPORT_TIMEOUT_MS) -> dict | None:
        """The run's report (``Training.report()``, the ``gdstudio run --task --json`` schema),
        asked of the training thread, which owns the run."""
        self._report = None
        loop = QtCore.QEventLoop()
        self.report_arrived.connect(loop.quit)
        QtCore.QTimer.singleShot(timeout_ms, loop.quit)
        self.worker.request_report(self.run_id)
        if self._report is None:
            loop.exec()
        self.report_arrived.disconnect(loop.quit)
        return self._report

    def _on_report(self, run_id: int, report: dict) -> None:
        if run_id == self.run_id:
            self._report = report
            self.report_arrived.emit()

    # ------------------------------------------------------------------ the last settings
    def _remember(self) -> None:
        data = {
            "data": self.data_source.as_dict(full_path=True),
            "settings": self.settings.as_dict(),
            "plane": self.controls.plane(),
        }
        self._settings_store().setValue(SETTINGS_KEY, json.dumps(data))

    def restore(self) -> bool:
        """Start from the settings of the last run (QSettings); anything damaged or
        refused means the default task instead (and a line in the status bar)."""
        text = self._settings_store().value(SETTINGS_KEY)
        if not text:
            return False
        try:
            data = json.loads(str(text))
            values = data["settings"]
            batch = values["batch_size"]
            settings = TrainingSettings(
                hidden=tuple(int(v) for v in values["hidden"]),
                activation=str(values["activation"]),
                loss=None if values["loss"] is None else str(values["loss"]),
                reduction=str(values["reduction"]),
                init=str(values["init"]),
                seed=int(values["seed"]),
                l2=float(values["l2"]),
                batch_size=None if batch is None else int(batch),
                learning_rate=float(values["lr"]),
                optimizer=str(values["optimizer"]),
                hyperparameters={str(k): float(v) for k, v in dict(values["hyperparameters"]).items()},
                max_steps=int(values["max_steps"]),
            )
            source = DataSettings.from_dict(data["data"]) if "data" in data else _earlier_source(data["source"])
            dataset = source.load()
            plane = str(data.get("plane", RANDOM))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, DataError) as error:
            self._status_message(f"The last MLP settings could not be restored: {error}", 8000)
            return False
        c = self.controls
        index = c.plane_combo.findData(plane)
        blocked = c.plane_combo.blockSignals(True)
        c.plane_combo.setCurrentIndex(max(index, 0))
        c.plane_combo.blockSignals(blocked)
        if not self._start(dataset, settings):
            return False
        c.show_data(dataset.source, dataset)
        c.show_settings(settings, self.loss_kind)
        return True

    # ------------------------------------------------------------------ helpers
    def _status_message(self, text: str, milliseconds: int = 5000) -> None:
        self.show_message(text, milliseconds)

    def _settings_store(self) -> QtCore.QSettings:
        return self.context.settings

    def _last_folder(self) -> str:
        return self.context.last_folder()

    def _remember_folder(self, path) -> None:
        self.context.remember_folder(path)
