"""The Function tab: a typed f(x, y), its contour with the descent path, the loss
curve, the step panel and the curvature box.

A thin view: :class:`~gdstudio.ui.function.panel.ControlPanel` turns what the
person does into signals, the worker thread (:mod:`gdstudio.ui.common.worker`)
owns the run and sends batches of steps, and this tab keeps the newest state and
redraws on a timer. Every number comes from ``gdstudio.core``.
"""

from __future__ import annotations

import contextlib
import html
import math
import os
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.core.descent.directions import EIGENVALUE_FLOOR, SEARCHABLE, newton_step
from gdstudio.core.descent.engine import RunResult, SearchStep, Status, StepRecord, arrow_tips, is_searched
from gdstudio.core.descent.explain import stop_message
from gdstudio.core.descent.history import HISTORY_BUDGET, RunHistory
from gdstudio.core.descent.line_search import check_search_settings
from gdstudio.core.descent.pictures import quadratic_model, search_picture
from gdstudio.core.descent.playback import StepBatch
from gdstudio.core.descent.report import ArrayRows, report_final, report_head
from gdstudio.core.descent.schedules import ScheduleError
from gdstudio.core.function.analysis import curvature_at
from gdstudio.core.function.domain import why_undefined
from gdstudio.core.function.landscape import evaluate_landscape
from gdstudio.core.function.language import FunctionError, ParsedFunction, parse_function
from gdstudio.core.function.presets import PRESETS
from gdstudio.core.session import DEFAULT_SESSION, FunctionSection
from gdstudio.export.files import ExportError, write_run_csv, write_run_json
from gdstudio.ui.common.accessibility import describe
from gdstudio.ui.common.fields import SIDE_PANEL_WIDTH, side_panel
from gdstudio.ui.common.figure import SLIDE_SIZE
from gdstudio.ui.common.frames import FramePhase, due
from gdstudio.ui.common.plots import PATH_COLOUR, Arrow, ContourPlot, LossPlot
from gdstudio.ui.common.tab import DrawnPath, ExportKind, FunctionSetup, StudioContext, StudioTab
from gdstudio.ui.common.text import number, vector
from gdstudio.ui.common.timeline import TimelineBar, with_timeline
from gdstudio.ui.common.widgets import LayoutFence
from gdstudio.ui.common.worker import FAST, RunRequest, WorkerThread, collect_young_objects
from gdstudio.ui.common.zoom import ZoomedSizes
from gdstudio.ui.function.figure import RunFigure
from gdstudio.ui.function.line_search_plot import LineSearchPlot
from gdstudio.ui.function.panel import ControlPanel
from gdstudio.ui.function.step_panel import StepPanel

translate = QtCore.QCoreApplication.translate
TRIAL_COLOUR = "#ff2d95"
MODEL_COLOUR = "#f0e442"
TRUE_HESSIAN_COLOUR = "#56b4e9"
NOISY_GRADIENT_COLOUR = "#f0e442"  # ∇f + σξ, beside the true gradient's arrow
# a searched run keeps every step's search (its trials); past this many it keeps the steps the history keeps
SEARCH_RECORDS = 200_000
REDRAW_INTERVAL_MS = 16  # at most ~60 redraws a second, whatever the run's speed
# While a run plays, the parts that follow less often than every frame, as (period,
# phase) in frames (gdstudio.ui.common.frames): each on a phase of its own (the
# evaluation counts, a line of text, share the line search's frames), so no frame draws
# two heavy parts (when all fell on one frame, as when they were due at frame % 15 == 0,
# % 8 == 0, % 4 == 0 and % 2 == 0, that frame was the run's longest stall).
LOSS_CURVE_FRAMES = (2, 0)  # 30 a second is smooth for a curve that only grows
STEP_PANEL_FRAMES = (4, 1)  # rich text parsed and laid out again: 15 times a second
LINE_SEARCH_FRAMES = (8, 3)  # φ(α) of the newest step: 7 or 8 times a second
EVALUATION_COUNT_FRAMES = (16, 3)  # with the line search's, four times a second
CURVATURE_FRAMES = (16, 7)  # the Hessian's text re-lays out the control panel
DESCRIPTION_FRAMES = (16, 15)  # what a screen reader says about the plots
ANIMATION_STYLE_SIZE = (960, 720)  # a run's GIF or MP4 unless the export asks for a slide

# the titles are translated when the Export dialog asks for them (see FunctionTab.export_kinds)
EXPORT_KINDS = (
    ExportKind("contour-png", QT_TRANSLATE_NOOP("FunctionTab", "Contour as PNG image"), ".png"),
    ExportKind("contour-svg", QT_TRANSLATE_NOOP("FunctionTab", "Contour as SVG drawing"), ".svg"),
    ExportKind("loss-png", QT_TRANSLATE_NOOP("FunctionTab", "Loss curve as PNG image"), ".png"),
    ExportKind("loss-svg", QT_TRANSLATE_NOOP("FunctionTab", "Loss curve as SVG drawing"), ".svg"),
    ExportKind("csv", QT_TRANSLATE_NOOP("FunctionTab", "Trajectory as CSV table"), ".csv"),
    ExportKind("json", QT_TRANSLATE_NOOP("FunctionTab", "Run as JSON"), ".json"),
    ExportKind("gif", QT_TRANSLATE_NOOP("FunctionTab", "Run as animated GIF"), ".gif"),
    ExportKind("mp4", QT_TRANSLATE_NOOP("FunctionTab", "Run as MP4 video"), ".mp4"),  # needs the optional 'video' extra
)


class FunctionTab(StudioTab):
    """The Function tab. It starts its worker thread at once and shows the default
    session; the shell gives it the restored one."""

    key = "function"
    title = QT_TRANSLATE_NOOP("FunctionTab", "Function")

    def __init__(self, context: StudioContext, parent: QtWidgets.QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("functionTab")
        self.session = DEFAULT_SESSION
        self.function: ParsedFunction | None = None
        self.landscape = None
        self.run_id = 0
        self.trajectory = RunHistory(2, budget=HISTORY_BUDGET)  # w_t, f and ∇f of every step, thinned past its budget
        self.last_record = None
        self.status = Status.RUNNING
        self.failure = ""  # why the run ended on an error (the worker's sentence), its stop reason
        self.steps = 0
        self.playing = False
        self.dirty = False
        self.frame = 0
        self.view_step: int | None = None  # the stored step the timeline shows (None: the newest)
        self._drawn_run = None  # what the path and the loss curve show: (run, steps, rows, log axis)
        self.arrows_shown = True  # the gradient and step arrows (a lesson may hide them)
        # γ before any schedule, from the update it applies to: changes made mid-run are kept,
        # so the timeline shows each past step with the γ it used
        self.rate_changes: list[tuple[int, float]] = []
        self._reset_search_records()

        self.controls = ControlPanel()
        self.line_search_plot = LineSearchPlot()
        self.evaluations_label = QtWidgets.QLabel()
        self.evaluations_label.setObjectName("evaluationsLabel")
        self.evaluations_label.setWordWrap(True)
        # its text changes with every batch: its size must not re-lay-out the readouts each frame
        self.evaluations_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.evaluations_label.setAccessibleName(translate("FunctionTab", "evaluations of the run"))
        self.contour_plot = ContourPlot()
        self.loss_plot = LossPlot()
        self.step_panel = StepPanel()
        self._build_layout()
        self._build_search_overlays()
        self._build_status_widgets()
        self._build_actions()

        self.worker = WorkerThread(self)
        self.worker.batch_ready.connect(self._on_batch)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.set_speed(self.controls.speed())
        for plot in (self.contour_plot, self.loss_plot):
            plot.paint_guard = self.worker.painting  # a playing run stands aside while a frame is painted

        self.redraw_timer = QtCore.QTimer(self)
        self.redraw_timer.setInterval(REDRAW_INTERVAL_MS)
        self.redraw_timer.timeout.connect(self._redraw)
        self.redraw_timer.start()

        self._connect_controls()
        context.learning_rate_requested.connect(self.use_learning_rate)
        context.register_paths(self.key, self.drawn_paths)
        self.loss_plot.set_logarithmic(self.controls.log_loss_check.isChecked())

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        """Settings scroll on the left above Play, Step and Reset, which stay in view; the
        contour beside its readouts (the step panel and the curvature box); the loss
        curve along the bottom. At 1280×720 nothing a lesson needs is scrolled away."""
        self.sizes = ZoomedSizes()
        left = self._side_panel = side_panel(self.controls, [self.controls.playback_box], "functionSidePanel")
        self.sizes.add(left, "setMinimumWidth", SIDE_PANEL_WIDTH)
        column = QtWidgets.QWidget()
        readout_layout = QtWidgets.QVBoxLayout(column)
        readout_layout.setContentsMargins(0, 0, 0, 0)
        # the texts that follow a run are fenced: they re-lay out the window only when they need other room
        readout_layout.addWidget(LayoutFence(self.step_panel), 1)
        readout_layout.addWidget(LayoutFence(self.evaluations_label))
        readout_layout.addWidget(self.controls.curvature_box)
        # at a large zoom on a small screen the readouts scroll rather than being cut
        readouts = QtWidgets.QScrollArea()
        readouts.setObjectName("functionReadouts")
        readouts.setWidgetResizable(True)
        readouts.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        readouts.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        readouts.setWidget(column)
        self.sizes.add(readouts, "setMinimumWidth", 270)
        top = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        top.addWidget(self.contour_plot)
        top.addWidget(readouts)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        self.timeline = TimelineBar("functionTimeline")
        self.timeline.moved.connect(self.show_step)
        right = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        right.addWidget(top)
        # the loss curve with its timeline, and beside it φ(α) of a searched run's step
        bottom = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        bottom.setObjectName("lossSplitter")
        bottom.addWidget(with_timeline(self.loss_plot, self.timeline))
        bottom.addWidget(self.line_search_plot)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        self.line_search_plot.hide()
        self.bottom_splitter = bottom
        right.addWidget(bottom)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        main = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setObjectName("mainSplitter")
        right.setObjectName("plotSplitter")
        top.setObjectName("contourSplitter")
        self.splitters = (main, right, top)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(main)

    def _reset_search_records(self, searched: bool = False) -> None:
        """A new run: no searched steps yet (``searched``: its steps are a direction times a step size)."""
        self.searched_run = searched
        self.searches: dict[int, SearchStep] = {}  # step t + 1 → the search that left w_t
        self.noises: dict[int, np.ndarray] = {}  # step t + 1 → σξ of the noisy update that left w_t
        self.f_counts = [1]  # a searched run's evaluations of f up to each step t (the start's is 1)
        self.evaluations = (1, 1, 0)
        self.stop_note: str | None = None
        self._drawn_search: tuple | None = None  # what the line-search view last drew (see _draw_search)

    def _build_search_overlays(self) -> None:
        """On the contour: a searched step's trials as small points along the ray, Newton's
        quadratic model (its level sets and minimiser), BFGS's approximate-Hessian ellipse
        beside the true one."""
        plot = self.contour_plot.plot_item
        self.trial_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("#ffffff", width=1), brush=pg.mkBrush(TRIAL_COLOUR))
        self.trial_ray = pg.PlotDataItem(pen=pg.mkPen(TRIAL_COLOUR, width=1.2, style=QtCore.Qt.PenStyle.DotLine))
        self.model_curves = pg.PlotDataItem(pen=pg.mkPen(MODEL_COLOUR, width=1.6, style=QtCore.Qt.PenStyle.DashLine), connect="finite")
        self.true_curve = pg.PlotDataItem(pen=pg.mkPen(TRUE_HESSIAN_COLOUR, width=1.6), connect="finite")
        self.model_minimum = pg.ScatterPlotItem(size=13, symbol="x", pen=pg.mkPen(MODEL_COLOUR, width=2.5), brush=pg.mkBrush(MODEL_COLOUR))
        for item, z in (
            (self.trial_ray, 24),
            (self.model_curves, 23),
            (self.true_curve, 23),
            (self.trial_points, 25),
            (self.model_minimum, 25),
        ):
            item.setZValue(z)
            plot.addItem(item)
        self.model_caption = ""
        self.noisy_arrow = Arrow(plot, NOISY_GRADIENT_COLOUR, width=2.0)
        self.noisy_arrow.hide()

    def _build_status_widgets(self) -> None:
        self.state_label = QtWidgets.QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setProperty("statusStretch", 2)  # the shell gives it the free width
        self.state_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.step_label = QtWidgets.QLabel()
        self.step_label.setObjectName("stepLabel")
        self.loss_label = QtWidgets.QLabel()
        self.loss_label.setObjectName("lossLabel")
        self.gradient_norm_label = QtWidgets.QLabel()
        self.gradient_norm_label.setObjectName("gradientNormLabel")
        self.hover_label = QtWidgets.QLabel()
        self.hover_label.setObjectName("hoverLabel")
        # the readout under the cursor shares the free width (its text never re-lays out the bar)
        self.hover_label.setProperty("statusStretch", 1)
        self.hover_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        widths = {self.step_label: 96, self.loss_label: 120, self.gradient_norm_label: 120}
        for label, width in widths.items():
            # fixed sizes: text that changes every frame must not re-lay-out the window
            self.sizes.add(label, "setFixedWidth", width)
        # fenced: their texts change every frame of a run, and must not re-lay out the window
        self._status_widgets = tuple(LayoutFence(label) for label in (self.state_label, self.hover_label, *widths))

    def status_widgets(self):
        return self._status_widgets

    def _action(self, text, slot, shortcut=None, checkable=False) -> QtGui.QAction:
        action = QtGui.QAction(text, self)
        if shortcut:
            action.setShortcut(QtGui.QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.curvature_action = self._action(
            translate("FunctionTab", "Curvature axes and numbers"), lambda: self._redraw_now(), "C", checkable=True
        )
        self.curvature_action.setChecked(True)
        self._view_actions = (
            self._action(translate("FunctionTab", "Loss against evaluations"), self.controls.evaluations_axis_check.toggle, "E"),
            self._action(translate("FunctionTab", "Fit view to path"), self.fit_view_to_path, "F"),
            self._action(translate("FunctionTab", "Show the whole window"), self.show_window_range, "W"),
            self._action(translate("FunctionTab", "Log-scale loss"), self.controls.log_loss_check.toggle, "L"),
            self.curvature_action,
        )

    def view_actions(self):
        return self._view_actions

    def _connect_controls(self) -> None:
        c = self.controls
        c.function_edited.connect(self.set_function_text)
        c.preset_chosen.connect(self.apply_preset)
        c.learning_rate_changed.connect(self.set_learning_rate)
        c.start_changed.connect(self.set_start)
        c.optimizer_changed.connect(self.set_optimizer)
        c.line_search_changed.connect(self.set_line_search)
        c.noise_changed.connect(self.set_noise)
        c.evaluations_axis_toggled.connect(self._on_evaluations_axis)
        c.schedule_changed.connect(self.set_schedule)
        c.schedule_settings_edited.connect(self.set_schedule_settings)
        c.limits_changed.connect(self.set_limits)
        c.play_clicked.connect(self.toggle_play)
        c.step_clicked.connect(self.step_once)
        c.reset_clicked.connect(self.reset_run)
        c.speed_changed.connect(self.worker.set_speed)
        c.log_loss_toggled.connect(self._on_log_loss)
        c.fit_view_clicked.connect(self.fit_view_to_path)
        self.contour_plot.clicked.connect(self._on_contour_click)
        self.contour_plot.hovered.connect(self._on_hover)

    # ------------------------------------------------------------------ sessions
    def apply_session(self, session: FunctionSection) -> None:
        """Show a whole session and start a fresh (paused) run on it."""
        function = parse_function(session.function)  # sessions are checked before they get here
        self.session = session
        self.controls.show_function(session.function)
        self.controls.set_values(
            session.learning_rate, session.start, session.optimizer, dict(session.hyperparameters), session.max_steps, session.tolerance
        )
        self.controls.show_line_search(session.line_search, session.c1, session.c2, session.shrink)
        self.controls.show_noise(session.gradient_noise, session.seed)
        self.controls.show_preset_note(None)
        self._show_schedule()
        self._use_function(function, reset_view=True)

    def current_session(self) -> FunctionSection:
        return self.session.with_changes(window=tuple(float(v) for v in self.session.window))

    # ------------------------------------------------------------------ user intent
    def set_function_text(self, text: str) -> None:
        try:
            function = parse_function(text)
        except FunctionError as error:
            # the last valid contour stays on screen; nothing else changes
            self.controls.show_function_error(str(error), error.column)
            return
        if self.function is not None and function.text == self.function.text:
            self.controls.show_function_ok(self._gradient_html(function))
            return
        self.session = self.session.with_changes(function=function.text)
        self.controls.show_preset_note(None)
        self._use_function(function, reset_view=False)
        self._session_changed()

    def apply_preset(self, name: str) -> None:
        preset = PRESETS[name]
        session = FunctionSection(
            function=preset.function,
            window=preset.window,
            optimizer=preset.optimizer,
            hyperparameters={},
            learning_rate=preset.learning_rate,
            start=preset.start,
            max_steps=preset.max_steps,
            tolerance=self.session.tolerance,
        )
        self.apply_session(session)
        self.controls.show_preset_note(preset.note)
        self._session_changed()

    def set_learning_rate(self, learning_rate: float) -> None:
        if not (math.isfinite(learning_rate) and learning_rate > 0):
            return
        self.session = self.session.with_changes(learning_rate=learning_rate)
        self._session_changed()
        self._show_schedule()
        if self.steps > 0 and self.status is Status.RUNNING and not self.failure:
            # like TensorFlow Playground: the new γ applies from the next step
            self.worker.set_learning_rate(self.run_id, learning_rate)
            self.rate_changes.append((self.steps, learning_rate))
        else:
            self.restart_run()

    def use_learning_rate(self, learning_rate: float) -> None:
        """A γ picked elsewhere (a click on the sweep): that γ, here, on a fresh run."""
        self.context.tab_requested.emit(self.key)
        self.controls.learning_rate_spin.setValue(learning_rate)
        self.show_message(translate("FunctionTab", "γ = {rate} from the sweep").format(rate=f"{learning_rate:.4g}"), 4000)

    def set_start(self, x: float, y: float) -> None:
        self.session = self.session.with_changes(start=(float(x), float(y)))
        self._session_changed()
        self.restart_run()

    def set_optimizer(self, name: str, hyperparameters: dict) -> None:
        changes = {"optimizer": name, "hyperparameters": dict(hyperparameters)}
        if name not in SEARCHABLE and self.session.line_search != "fixed":
            # the momentum family makes its whole step with γ: the step size goes back to γ
            changes["line_search"] = "fixed"
            self.controls.show_line_search("fixed", self.session.c1, self.session.c2, self.session.shrink)
            self.show_message(translate("FunctionTab", "This optimizer makes its own step with the fixed γ: the line search is off."), 5000)
        if self.session.gradient_noise > 0 and is_searched(name, changes.get("line_search", self.session.line_search)):
            changes["gradient_noise"] = 0.0  # a direction needs the true gradient
            self.controls.show_noise(0.0, self.session.seed)
            self.show_message(
                translate("FunctionTab", "{optimizer} needs the true gradient: the gradient noise is off.").format(optimizer=name), 5000
            )
        self.session = self.session.with_changes(**changes)
        self._session_changed()
        self.restart_run()

    def set_noise(self, sigma: float, seed: int) -> None:
        """A new σ or seed of the gradient noise: refused with its reason where the method needs the true gradient."""
        if sigma > 0 and is_searched(self.session.optimizer, self.session.line_search):
            self.controls.show_noise_error(
                translate(
                    "FunctionTab", "Gradient noise pairs with the fixed-γ optimizers: a line search or {optimizer} needs the true gradient."
                ).format(optimizer=self.controls.optimizer_combo.currentText())
            )
            return
        self.controls.show_noise_error(None)
        self.session = self.session.with_changes(gradient_noise=float(sigma), seed=int(seed))
        self._session_changed()
        self.restart_run()

    def set_line_search(self, rule: str, constants: dict) -> None:
        """A new step-size rule or constant: a bad one gets one sentence under the fields and changes nothing."""
        try:
            check_search_settings(constants["c1"], constants["c2"], constants["shrink"], rule)
        except ValueError as error:
            self.controls.show_search_error(str(error))
            return
        self.controls.show_search_error(None)
        changes = dict(line_search=rule, **constants)
        if self.session.gradient_noise > 0 and is_searched(self.session.optimizer, rule):
            changes["gradient_noise"] = 0.0  # a line search needs the true gradient
            self.controls.show_noise(0.0, self.session.seed)
            self.show_message(translate("FunctionTab", "A line search needs the true gradient: the gradient noise is off."), 5000)
        self.session = self.session.with_changes(**changes)
        self._session_changed()
        self.restart_run()

    def set_schedule(self, kind: str) -> None:
        # the other kinds' settings are kept: switching back finds them as they were
        self.session = self.session.with_changes(schedule=self.session.schedule.with_kind(kind))
        self._session_changed()
        self._show_schedule()
        self.restart_run()

    def set_schedule_settings(self, texts: dict) -> None:
        """Typed schedule settings: a bad one gets one sentence under them and changes nothing."""
        try:
            schedule = self.session.schedule.with_texts(texts)
        except ScheduleError as error:
            self.controls.show_schedule_error(str(error), error.name)
            return
        self.controls.show_schedule_error(None)
        if schedule == self.session.schedule:
            return
        self.session = self.session.with_changes(schedule=schedule)
        self._session_changed()
        self._show_schedule()
        self.restart_run()

    def _show_schedule(self) -> None:
        # γ_t over the whole run, t = 0 … the step limit, as the run will use it
        schedule = self.session.schedule.for_steps(self.session.max_steps)
        steps, rates = schedule.curve(self.session.learning_rate, self.session.max_steps)
        self.controls.show_schedule(self.session.schedule, self.session.max_steps, steps, rates, f"{schedule.title}: {schedule.formula}")

    def set_limits(self, max_steps: int, tolerance: float) -> None:
        self.session = self.session.with_changes(max_steps=int(max_steps), tolerance=float(tolerance))
        self._session_changed()
        self._show_schedule()
        self.restart_run()

    def toggle_play(self) -> None:
        if not self.playing and self.view_step is not None and self.status is Status.RUNNING:
            # the run continues from its newest step, not from the one the timeline shows
            self.show_message(
                translate("FunctionTab", "Play continues the run from its latest step, t = {t}.").format(
                    t=f"{self.trajectory.last_step:,}"
                ),
                4000,
            )
            self.show_step(self.trajectory.last_step)
        if self.playing:
            self.playing = False
            self.worker.pause(self.run_id)
            self.dirty = True  # the texts a playing run throttles are drawn again, whole
        elif self.status is not Status.RUNNING or self.failure:
            self.restart_run(playing=True)  # a finished run plays again from the start
        else:
            self.playing = True
            self.worker.play(self.run_id)
        self._show_state()

    def step_once(self) -> None:
        if self.view_step is not None:
            self.show_step(self.view_step + 1)  # forward through the stored steps first
            return
        if self.status is not Status.RUNNING or self.failure:
            self.show_message(translate("FunctionTab", "The run has stopped; press Reset (R) to start again."), 3000)
            return
        self.playing = False
        self.worker.step(self.run_id)
        self._show_state()

    def reset_run(self) -> None:
        self.restart_run()

    # ------------------------------------------------------------------ the timeline
    def step_back(self) -> None:
        if self.trajectory.count == 0:
            return
        self._pause()
        steps = self.trajectory.steps
        row = self.trajectory.nearest(self.shown_step())
        self.show_step(int(steps[max(row - 1, 0)]))  # the stored step before the one shown

    def go_to_start(self) -> None:
        if self.trajectory.count:
            self._pause()
            self.show_step(0)

    def go_to_end(self) -> None:
        if self.trajectory.count:
            self.show_step(self.trajectory.last_step)

    def show_step(self, t: int) -> None:
        """Show step ``t`` (or the stored step nearest to it, once a long run is thinned):
        the marker, arrows, step panel, readouts and curvature at w_t, from the stored
        path (nothing is run again). The newest step follows the run."""
        history = self.trajectory
        if history.count == 0:
            return
        t = int(history.steps[history.nearest(min(max(int(t), 0), history.last_step))])
        history.pin(t)  # a step the person has looked at stays through later thinning
        if t > 0:
            history.pin(t - 1)
        self.view_step = None if t == history.last_step else t
        self.timeline.set_position(t)
        self._redraw_now()

    def _pause(self) -> None:
        if self.playing:
            self.playing = False
            self.worker.pause(self.run_id)
            self.dirty = True

    def learning_rate_at(self, t: int) -> float:
        """γ_t, the learning rate update t used: the base γ in force then, through the schedule."""
        base = self.rate_changes[0][1] if self.rate_changes else self.session.learning_rate
        for step, rate in self.rate_changes:
            if step <= t:
                base = rate
        # the schedule as a run uses it (its period left to the step limit is that limit),
        # without building and checking a whole RunSettings every frame
        return float(self.session.schedule.for_steps(self.session.max_steps)(base, t))

    def shown_step(self) -> int:
        """The step the view shows: the timeline's, or the newest."""
        return self.trajectory.last_step if self.view_step is None else self.view_step

    def shown_row(self) -> int:
        """The stored row of the step shown."""
        return self.trajectory.nearest(self.shown_step())

    def _record_at(self, t: int) -> StepRecord | None:
        """The update that reached w_t (t ≥ 1), rebuilt from the stored path; None where a
        thinned history no longer holds w_{t−1}."""
        history = self.trajectory
        if t == history.last_step and self.last_record is not None and self.last_record.step == t:
            return self.last_record  # the newest update, with what the optimizer carries
        row, before = history.index_of(t), history.index_of(t - 1)
        if row is None or before is None:
            return None
        points, loss, gradient = history.points, history.loss, history.gradient
        return StepRecord(
            run_id=self.run_id,
            step=t,
            previous_point=points[before].copy(),
            point=points[row].copy(),
            loss_before=float(loss[before]),
            loss=float(loss[row]),
            gradient=gradient[before].copy(),
            next_gradient=gradient[row].copy(),
            update=points[row] - points[before],
            learning_rate=self.learning_rate_at(t - 1),
            state={},
            status=Status.RUNNING,
            search=self.searches.get(t),
        )

    def fit_view_to_path(self) -> None:
        if self.trajectory.count:
            self.contour_plot.fit_to(self.trajectory.points)

    def show_window_range(self) -> None:
        x_min, x_max, y_min, y_max = self.session.window
        self.contour_plot.plot_item.setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=0)

    # ------------------------------------------------------------------ runs
    def restart_run(self, playing: bool = False) -> None:
        """Start a new run (a new id: anything still coming from the old one is dropped)."""
        if self.function is None:
            return
        try:
            settings = self.session.run_settings()
        except ValueError as error:
            self.show_message(str(error), 5000)
            return
        self.run_id += 1
        self.trajectory = RunHistory(2, budget=HISTORY_BUDGET)  # w_t, f and ∇f of every step, thinned past its budget
        self.last_record = None
        self.view_step = None
        self.rate_changes = [(0, settings.learning_rate)]
        self._reset_search_records(settings.searched)
        self.status = Status.RUNNING
        self.failure = ""
        self.steps = 0
        self.playing = playing
        self.contour_plot.set_start(*settings.start)
        self.worker.start_run(RunRequest(self.run_id, self.function, settings, playing))
        self.dirty = True
        self._show_state()

    def _use_function(self, function: ParsedFunction, reset_view: bool) -> None:
        self.function = function
        if self.curvature_action.isChecked():
            # the curvature's, now rather than in a frame of the run; where it cannot be
            # compiled, the curvature says so when it is drawn, as before
            with contextlib.suppress(Exception):
                function.compile_hessian()
        self.controls.show_function_ok(self._gradient_html(function))
        if reset_view:
            window = self.session.window
        else:
            window = self.contour_plot.view_window()
            self.session = self.session.with_changes(window=window)
        self.landscape = evaluate_landscape(function, window)
        self.contour_plot.set_landscape(self.landscape, reset_view=reset_view)
        self._publish()
        self.restart_run()
        collect_young_objects()  # the function's sympy objects: walked now, not in the run's first frames

    def _on_batch(self, batch: StepBatch) -> None:
        if batch.run_id != self.run_id:
            return  # from a superseded run
        self.trajectory.extend(batch.points, batch.loss, batch.gradient)
        if batch.last is not None:
            self.last_record = batch.last
        self.evaluations = batch.evaluations
        self.stop_note = batch.stop_note
        if batch.noise is not None:
            for offset, noise in enumerate(batch.noise):
                step = batch.first_index + offset
                if step > 0:
                    self.noises[step] = noise
            if len(self.noises) > SEARCH_RECORDS:
                history = self.trajectory
                self.noises = {t: v for t, v in self.noises.items() if history.index_of(t) is not None}
        for search in batch.searches:
            self.searches[search.step] = search
            if search.step_size is not None:
                self.f_counts.append(self.f_counts[-1] + len(search.trials))
        if len(self.searches) > SEARCH_RECORDS:
            history = self.trajectory
            self.searches = {t: s for t, s in self.searches.items() if history.index_of(t) is not None}
        self.steps = batch.steps
        previous_status = self.status
        self.status = batch.status
        if self.status is not Status.RUNNING:
            self.playing = False
            if previous_status is Status.RUNNING:
                self.run_finished.emit(str(self.status))
        self.dirty = True

    def _on_worker_failed(self, run_id: int, message: str) -> None:
        """The run has ended on an error: its sentence is the stop reason."""
        if run_id == self.run_id:
            self.failure = message
            self.playing = False
            self.show_message(message, 6000)
            self.dirty = True  # the step panel says it too
            self._show_state()

    # ------------------------------------------------------------------ drawing
    def _redraw(self) -> None:
        if not self.dirty:
            return
        self.dirty = False
        with self.worker.painting():
            self._draw()
        self.redrawn.emit()

    def _due(self, frames: FramePhase) -> bool:
        """Whether a part drawn every ``frames = (period, phase)`` frames while a run plays
        is due in this frame (a paused or stopped run draws every part at once)."""
        return due(self.frame, self.playing, frames)

    def _draw(self) -> None:
        count = self.trajectory.count
        self.frame += 1
        stop_reason = self._show_state()
        # while a run plays, the curvature (a text that re-lays out the control panel)
        # follows four times a second; a paused or stopped run shows it at once
        if self._due(CURVATURE_FRAMES):
            self._show_curvature()
        if count:
            history = self.trajectory
            # the path and the loss curve change only when the run does (not while the
            # timeline moves over a stopped run)
            drawn = (
                self.run_id,
                history.total,
                history.count,
                self.loss_plot.requested_log,
                self.controls.evaluations_axis_check.isChecked(),
            )
            if drawn != self._drawn_run:
                self.contour_plot.set_path(history.points, steps=history.steps)
                # while a run plays, the loss curve is redrawn every other frame (30 a
                # second is smooth for a curve that only grows; it halves the paint work)
                if self._due(LOSS_CURVE_FRAMES):
                    self.loss_plot.set_loss(history.loss, steps=self._loss_axis(history.steps))
                    self._drawn_run = drawn
                else:
                    self.dirty = True
            shown, row = self.shown_step(), self.shown_row()
            self.timeline.set_last(history.last_step)
            self.timeline.set_note(history.thinning_note())
            cursor = None if self.view_step is None else int(self._loss_axis(np.array([self.view_step]))[0])
            self.loss_plot.set_cursor(cursor)
            self.contour_plot.set_markers_at([history.points[row]])
            # the arrows at the point shown: the gradient there (uphill) and the step that
            # leaves it (the one taken, once it is stored; −γ_t∇f before it is made)
            point = history.points[row]
            gradient = history.gradient[row]
            learning_rate = self.learning_rate_at(shown)
            following = history.index_of(shown + 1)
            step = history.points[following] - point if following is not None else -learning_rate * gradient
            if self.arrows_shown:
                gradient_tip, step_tip = arrow_tips(point, gradient, step, learning_rate)
                if following is None and self.searched_run:
                    step_tip = point  # a searched step is known once its search is done: no −γ∇f guess
                self.contour_plot.set_arrows(point, gradient_tip, step_tip)
                # a noisy run: the gradient its update used, ∇f + σξ, beside the true one
                noise = self.noises.get(shown + 1)
                if noise is not None:
                    self.noisy_arrow.set(point, point + learning_rate * (gradient + noise))
                else:
                    self.noisy_arrow.hide()
            else:
                self.contour_plot.set_arrows(None, None, None)
                self.noisy_arrow.hide()
            self._draw_search(shown, row)
            if self._due(DESCRIPTION_FRAMES):  # what a screen reader says about the plots
                self._describe_plots(shown, point, float(history.loss[row]), len(history.loss))
            record = self._record_at(shown) if shown > 0 else None
            if not self._due(STEP_PANEL_FRAMES):
                pass  # while a run plays the step panel (rich text, parsed and laid out again) follows 15 times a second
            elif record is not None:
                self.step_panel.show_record(record, self.session.optimizer, stop_reason)
            elif shown == 0:
                self.step_panel.show_start(point, float(history.loss[0]), gradient, stop_reason)
            else:
                self.step_panel.show_stored(shown, point, float(history.loss[row]), gradient, history.stride, stop_reason)
        else:
            self.contour_plot.set_path(np.empty((0, 2)))
            self.loss_plot.set_loss(np.empty(0))
            self.contour_plot.set_arrows(None, None, None)
            self._draw_search(0, None)
            describe(self.contour_plot, translate("FunctionTab", "contour of f(x, y); no run yet"))
            describe(self.loss_plot, translate("FunctionTab", "loss curve; no run yet"))
        self.context.paths_changed.emit(self.key)

    def _describe_plots(self, shown: int, point, loss: float, stored: int) -> None:
        """The contour's and the loss curve's accessible descriptions: the step shown now."""
        where = translate("FunctionTab", "step {t} at ({x}, {y}), f = {f}").format(
            t=shown, x=number(float(point[0])), y=number(float(point[1])), f=number(loss)
        )
        state = self.state_label.text()  # "running", "converged at t = 294", …
        describe(
            self.contour_plot,
            translate("FunctionTab", "contour of f(x, y) with the descent path; {where}").format(where=where)
            + (f"; {state}" if state else ""),
        )
        describe(self.loss_plot, translate("FunctionTab", "loss curve of {count} stored steps; {where}").format(count=stored, where=where))

    def _loss_axis(self, steps: np.ndarray) -> np.ndarray:
        """The loss curve's x values: the steps t, or the evaluations of f made up to each
        step (t + 1 for a fixed-γ rule; the start's and every trial of a searched run's)."""
        if not self.controls.evaluations_axis_check.isChecked():
            return steps
        if not self.searched_run:
            return steps + 1
        counts = np.asarray(self.f_counts, dtype=np.int64)
        return counts[np.minimum(steps, len(counts) - 1)]

    def _draw_search(self, shown: int, row: int | None) -> None:
        """The line-search plot, the trials on the contour, the model and the evaluation
        counts of the step the step panel writes out: the update that reached w_t, searched
        from w_{t−1} (at t = 0, nothing yet)."""
        # while a run plays the counts follow four times a second (a text that changes every
        # frame costs a layout of the readouts); a paused or stopped run shows them at once
        if self._due(EVALUATION_COUNT_FRAMES):
            f_count, gradient_count, hessian_count = self.evaluations
            self.evaluations_label.setText(
                translate("FunctionTab", "evaluations so far: f {f}, ∇f {gradient}, Hessian {hessian}").format(
                    f=f_count, gradient=gradient_count, hessian=hessian_count
                )
            )
        key = (self.run_id, shown, row, self.searched_run, len(self.searches), self.status, self.arrows_shown)
        if key == self._drawn_search:
            return  # nothing else it draws has changed (a fixed-γ run's frames)
        if not self._due(LINE_SEARCH_FRAMES) and self._drawn_search is not None and self._drawn_search[0] == self.run_id:
            return  # a searched run playing flat out: φ(α) of its newest step follows 7 times a second
        self._drawn_search = key
        searched = self.searched_run and self.function is not None and row is not None
        if self.searched_run and self.line_search_plot.isHidden():
            self.line_search_plot.show()
            width = max(self.bottom_splitter.width(), 400)
            self.bottom_splitter.setSizes([width * 3 // 5, width * 2 // 5])
        elif not self.searched_run and not self.line_search_plot.isHidden():
            self.line_search_plot.hide()
        failed = self.searches.get(shown + 1) if searched and shown == self.trajectory.last_step else None
        if failed is not None and failed.step_size is None:
            search, origin = failed, row  # the search that ended the run, from the last point
        else:
            search = self.searches.get(shown) if searched and shown > 0 else None
            origin = self.trajectory.index_of(shown - 1) if search is not None else None
            if origin is None:
                search = None
        row = origin
        empty = np.empty((0, 2))
        if search is None:
            self.trial_points.setData([], [])
            self.trial_ray.setData([], [])
            if self.searched_run:
                self.line_search_plot.clear_picture(translate("FunctionTab", "t = 0: the first step's line search runs at Step or Play"))
        else:
            point = self.trajectory.points[row]
            self.line_search_plot.show_picture(search_picture(self.function, point, search), search.step)
            alphas = np.array([a for a, _ in search.trials if np.isfinite(a)], dtype=float)
            trials = point[None, :] + alphas[:, None] * search.direction[None, :]
            self.trial_points.setData(trials[:, 0], trials[:, 1])
            if len(alphas):
                far = point + alphas.max() * search.direction
                self.trial_ray.setData([point[0], far[0]], [point[1], far[1]])
        curves, centre, true_curves = [], None, []
        if search is not None and self.session.optimizer in ("newton", "bfgs") and self.arrows_shown:
            point = self.trajectory.points[row]
            gradient = self.trajectory.gradient[row]
            loss = float(self.trajectory.loss[row])
            hessian = self.function.hessian(point[0], point[1])
            if self.session.optimizer == "newton":
                used = search.memory.get("hessian_used") if search is not None else None
                if used is None or not np.all(np.isfinite(used)):
                    used = newton_step(hessian, gradient, self._eigenvalue_floor()).hessian_used
                curves, centre = quadratic_model(point, loss, gradient, used)
            elif search is not None and "inverse_hessian" in search.memory:
                inverse = np.asarray(search.memory["inverse_hessian"], dtype=float)
                try:
                    approximate = np.linalg.inv(inverse)
                except np.linalg.LinAlgError:
                    approximate = None
                if approximate is not None:
                    curves, centre = quadratic_model(point, loss, gradient, approximate)
                    true_curves, _ = quadratic_model(point, loss, gradient, hessian)
                    true_curves = true_curves[:1]
        self.model_curves.setData(*_polylines(curves or [empty]))
        self.true_curve.setData(*_polylines(true_curves or [empty]))
        if centre is not None:
            self.model_minimum.setData([centre[0]], [centre[1]])
        else:
            self.model_minimum.setData([], [])

    def drawn_paths(self) -> tuple[DrawnPath, ...]:
        """This tab's path up to the step shown, for the 3-D view (its marker follows the timeline)."""
        count = self.shown_row() + 1 if self.trajectory.count else 0
        return (DrawnPath(self.trajectory.points[:count], self.trajectory.loss[:count], PATH_COLOUR, translate("FunctionTab", "this run")),)

    def _eigenvalue_floor(self) -> float:
        """Newton's δ as the run uses it: the session's setting, or its default."""
        return float(self.session.hyperparameters.get("eigenvalue_floor", EIGENVALUE_FLOOR))

    def _show_curvature(self) -> None:
        """The Hessian at the current point: eigenvalues, condition number, the largest
        stable γ, drawn as eigenvector axes on the contour."""
        shown = self.curvature_action.isChecked() and self.function is not None and self.trajectory.count > 0
        self.controls.curvature_box.setVisible(shown)
        if not shown:
            self.contour_plot.set_axes([])
            return
        point = self.trajectory.points[self.shown_row()]
        if not np.all(np.isfinite(point)):
            self.contour_plot.set_axes([])
            return
        curvature = curvature_at(self.function, point)
        (x_min, x_max), (y_min, y_max) = self.contour_plot.plotItem.getViewBox().viewRange()
        self.contour_plot.set_axes(curvature.axes(0.25 * min(x_max - x_min, y_max - y_min)))
        eigenvalues = ", ".join(number(float(v)) for v in curvature.eigenvalues)
        text = translate("FunctionTab", "Hessian eigenvalues λ = {eigenvalues}; condition number {condition}.").format(
            eigenvalues=eigenvalues, condition=number(curvature.condition_number)
        )
        text += f"<br>{html.escape(curvature.note)}"
        limit = curvature.stability_limit(self.session.optimizer, self.session.hyperparameters)
        learning_rate = self.session.learning_rate
        if limit is not None:
            if learning_rate > limit:
                verdict = translate("FunctionTab", "Here γ = {rate} is above it: expect the steps to overshoot (limit {limit}).")
            else:
                verdict = translate("FunctionTab", "Here γ = {rate} is below it (limit {limit}).")
            text += "<br>" + verdict.format(rate=number(learning_rate), limit=number(limit))
        if self.session.optimizer == "newton":
            gradient = self.trajectory.gradient[self.shown_row()]
            step = newton_step(curvature.hessian, gradient, self._eigenvalue_floor())
            if step.modified:
                text += "<br>" + html.escape(step.note) + "."
            else:
                text += "<br>" + translate(
                    "FunctionTab", "H is positive definite: Newton's step goes to the minimum of the quadratic model."
                )
        if text != self.controls.curvature_label.text():
            self.controls.curvature_label.setText(text)

    def _show_state(self) -> str:
        """Update the status bar; return the stop reason, or "" while the run goes on."""
        count = self.trajectory.count
        self.controls.set_playing(self.playing)
        # a fast run makes hundreds of steps a second: while it plays, the step axis
        # starts at 100 instead of being redrawn at 10, 20 and 50 steps in its first frames
        speed = self.controls.speed()
        self.loss_plot.set_minimum_steps(100 if self.playing and (speed == FAST or speed >= 250) else 1)
        if count:
            loss = float(self.trajectory.loss[count - 1])
            gradient_norm = float(np.linalg.norm(self.trajectory.gradient[count - 1]))
            # the readouts are those of the step the timeline shows
            shown, row = self.shown_step(), self.shown_row()
            shown_loss = float(self.trajectory.loss[row])
            shown_norm = float(np.linalg.norm(self.trajectory.gradient[row]))
        else:
            loss = gradient_norm = shown_loss = shown_norm = float("nan")
            shown = 0
        if self.view_step is None:
            self.step_label.setText(translate("FunctionTab", "step {t}").format(t=self.steps))
        else:
            self.step_label.setText(translate("FunctionTab", "t = {t} of {steps}").format(t=shown, steps=self.steps))
        self.loss_label.setText(f"f = {number(shown_loss)}")
        self.gradient_norm_label.setText(f"‖∇f‖ = {number(shown_norm)}")
        hessian = reason = None
        if count and self.function is not None:
            point = self.trajectory.points[count - 1]
            if self.status is Status.CONVERGED:
                hessian = self.function.hessian(point[0], point[1])
            elif self.status is Status.UNDEFINED:
                reason = why_undefined(self.function, point)  # the operation that failed, and where
        message = stop_message(
            self.status,
            self.steps,
            gradient_norm,
            self.session.tolerance,
            self.session.max_steps,
            loss,
            hessian,
            self.playing,
            reason,
            note=self.stop_note,
        )
        if self.failure:
            message = self.failure
        self.state_label.setText(message)
        self.state_label.setToolTip(message)
        return message if self.status is not Status.RUNNING or self.failure else ""

    def _gradient_html(self, function: ParsedFunction) -> str:
        html = function.html
        return f"∂f/∂x = {html['partial_x']}<br>∂f/∂y = {html['partial_y']}<br>∇f = [{html['partial_x']}, {html['partial_y']}]"

    def _on_evaluations_axis(self, on: bool) -> None:
        self.loss_plot.plot_item.setLabel(
            "bottom", translate("FunctionTab", "evaluations of f") if on else translate("FunctionTab", "step t")
        )
        self._drawn_run = None
        self.dirty = True

    def _on_log_loss(self, on: bool) -> None:
        self.loss_plot.set_logarithmic(on)
        self.dirty = True

    def _on_contour_click(self, x: float, y: float) -> None:
        self.controls.set_start(x, y)
        self.set_start(x, y)

    def _on_hover(self, x: float, y: float) -> None:
        if self.function is None:
            return
        value = float(self.function.value(x, y))
        gx, gy = (float(v) for v in self.function.gradient(x, y))
        self.hover_label.setText(f"x = {number(x)}, y = {number(y)}, f = {number(value)}, ∇f = {vector((gx, gy))}")

    # ------------------------------------------------------------------ exports
    def current_result(self) -> RunResult:
        return RunResult(
            settings=self.session.run_settings(),
            status=self.status,
            steps=max(self.trajectory.last_step, 0),
            points=self.trajectory.points.copy(),
            loss=self.trajectory.loss.copy(),
            gradient=self.trajectory.gradient.copy(),
        )

    def export(self, kind: str, path: str | os.PathLike) -> bool:
        """Write one export; a failure shows a message and leaves no partial file."""
        self._redraw_now()
        try:
            if kind in ("contour-png", "loss-png", "contour-svg", "loss-svg"):
                # a figure of its own, with a title: the function as typed, the optimizer,
                # γ and why the run stopped; the contour as the view shows it now
                panel = kind.partition("-")[0]
                style = self.context.export_style((1200, 1000) if panel == "contour" else (1200, 700))
                figure = RunFigure(self.function, self.current_result(), self.contour_plot.view_window(), style=style, panels=(panel,))
                try:
                    if kind.endswith("png"):
                        figure.save_png(path, self.context.png_scale if style.width != SLIDE_SIZE[0] else 1.0)
                    else:
                        figure.save_svg(path)
                finally:
                    figure.close()
            elif kind == "csv":
                # written from the stored arrays a slice at a time (a long run is never listed whole)
                write_run_csv(path, ArrayRows.of_history(self.trajectory))
            elif kind == "json":
                history = self.trajectory
                last = (history.points[-1], float(history.loss[-1]), history.gradient[-1])
                searches = [self.searches[t] for t in sorted(self.searches)]
                head = report_head(
                    self.function,
                    self.session.run_settings(),
                    self.status,
                    history.last_step,
                    *last,
                    self.evaluations,
                    searches,
                    self.stop_note,
                )
                write_run_json(path, head, ArrayRows.of_history(history), report_final(*last))
            elif kind in ("gif", "mp4"):
                from gdstudio.core.descent.race import RaceEntry
                from gdstudio.ui.common.race_figure import export_race_animation

                entries = [RaceEntry(self.session.run_settings())]
                style = self.context.export_style(ANIMATION_STYLE_SIZE)
                window = self.contour_plot.view_window()
                if export_race_animation(self, self.function, entries, str(path), window=window, style=style, colours=[PATH_COLOUR]):
                    self.context.remember_folder(path)
                    return True
                return False
            else:
                raise ValueError(f"unknown export {kind}")
        except ExportError as error:
            self.show_error(translate("FunctionTab", "Export failed"), str(error))
            return False
        self.context.remember_folder(path)
        self.show_message(translate("FunctionTab", "Exported {name}").format(name=Path(path).name), 4000)
        return True

    def _redraw_now(self) -> None:
        self.dirty = True
        self._redraw()

    # ------------------------------------------------------------------ the contract
    def begin(self, section: FunctionSection | None = None) -> None:
        super().begin(section if section is not None else DEFAULT_SESSION)

    def session_section(self) -> FunctionSection:
        return self.current_session()

    def apply_session_section(self, section: FunctionSection) -> None:
        self.apply_session(section)

    def export_kinds(self):
        return tuple(ExportKind(kind.key, translate("FunctionTab", kind.title), kind.suffix) for kind in EXPORT_KINDS)

    def side_panel(self):
        return self._side_panel

    def set_overlay(self, name: str, shown: bool) -> bool:
        if name == "curvature":
            self.curvature_action.setChecked(shown)
        elif name == "arrows":
            self.arrows_shown = shown
        elif name == "log_loss":
            self.controls.log_loss_check.setChecked(shown)
        else:
            return False
        self._redraw_now()
        return True

    def set_zoom(self, zoom: float) -> None:
        self.contour_plot.set_zoom(zoom)
        self.loss_plot.set_zoom(zoom)
        self.line_search_plot.set_zoom(zoom)
        self.controls.set_zoom(zoom)
        self.sizes.apply(zoom)
        self._redraw_now()

    def default_export_name(self) -> str:
        return "descent.png"

    def save_view_state(self, settings: QtCore.QSettings) -> None:
        for splitter in self.splitters:
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())

    def restore_view_state(self, settings: QtCore.QSettings) -> None:
        for splitter in self.splitters:
            state = settings.value(f"window/{splitter.objectName()}")
            if isinstance(state, (QtCore.QByteArray, bytes)):
                splitter.restoreState(state)

    def stop(self) -> None:
        self.redraw_timer.stop()
        self.worker.stop()

    def _session_changed(self) -> None:
        """The settings changed: the other tabs and the shell (which remembers the session) hear of it."""
        self._publish()
        self.context.section_changed.emit(self.key)

    def _publish(self) -> None:
        if self.function is not None:
            self.context.publish_function(FunctionSetup(self.function, self.session, self.landscape))


def _polylines(curves) -> tuple[np.ndarray, np.ndarray]:
    """Several polylines as one x and one y array, separated by NaN (drawn with connect="finite")."""
    pieces = []
    for curve in curves:
        if len(curve):
            pieces.append(np.asarray(curve, dtype=float))
            pieces.append(np.full((1, 2), np.nan))
    if not pieces:
        return np.empty(0), np.empty(0)
    joined = np.concatenate(pieces)
    return joined[:, 0], joined[:, 1]
