"""The studio's main window: controls on the left, the live contour with the
descent path on the right, the loss curve and the step panel under it."""

from __future__ import annotations

import html
import math
import os
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio import APPLICATION_NAME
from gdstudio.core.descent.engine import RunResult, Status, Trajectory, arrow_tips
from gdstudio.core.descent.explain import stop_message
from gdstudio.core.descent.playback import StepBatch
from gdstudio.core.descent.report import CSV_HEADER, run_report, trajectory_rows
from gdstudio.core.descent.schedules import ScheduleError
from gdstudio.core.function.analysis import curvature_at
from gdstudio.core.function.landscape import evaluate_landscape
from gdstudio.core.function.language import FunctionError, ParsedFunction, parse_function
from gdstudio.core.function.presets import PRESETS
from gdstudio.core.session import (
    DEFAULT_SESSION,
    SESSION_SUFFIX,
    Session,
    SessionError,
    load_session,
    session_from_text,
    session_text,
)
from gdstudio.export.files import ExportError, atomic_write, write_csv, write_json, write_text
from gdstudio.ui.common.plots import ContourPlot, LossPlot
from gdstudio.ui.common.text import number, vector
from gdstudio.ui.common.theme import PlotBackground
from gdstudio.ui.common.worker import FAST, RunRequest, WorkerThread
from gdstudio.ui.function.panel import ControlPanel
from gdstudio.ui.function.step_panel import StepPanel
from gdstudio.ui.shell.desktop import application_icon
from gdstudio.ui.shell.help import HelpMenu

REDRAW_INTERVAL_MS = 16  # at most ~60 redraws a second, whatever the run's speed

EXPORT_KINDS = {
    # filter text: (kind, suffix)
    "Contour as PNG image (*.png)": ("contour-png", ".png"),
    "Contour as SVG drawing (*.svg)": ("contour-svg", ".svg"),
    "Loss curve as PNG image (*.png)": ("loss-png", ".png"),
    "Loss curve as SVG drawing (*.svg)": ("loss-svg", ".svg"),
    "Trajectory as CSV table (*.csv)": ("csv", ".csv"),
    "Run as JSON (*.json)": ("json", ".json"),
    "Run as animated GIF (*.gif)": ("gif", ".gif"),
    "Run as MP4 video (*.mp4)": ("mp4", ".mp4"),  # needs the optional 'video' extra
}


class MainWindow(QtWidgets.QMainWindow):
    """The studio window. ``MainWindow()`` needs no arguments."""

    redrawn = QtCore.Signal()  # after each repaint of the plots (tests and benchmarks wait on it)
    run_finished = QtCore.Signal(str)  # status of a run that stopped

    def __init__(self, settings: QtCore.QSettings | None = None, restore: bool = True):
        super().__init__()
        self.setWindowTitle(APPLICATION_NAME)
        self.setWindowIcon(application_icon())
        self.settings_store = settings or QtCore.QSettings()
        self.session = DEFAULT_SESSION
        self.session_path: Path | None = None
        self.function: ParsedFunction | None = None
        self.run_id = 0
        self.trajectory = Trajectory(2)
        self.last_record = None
        self.status = Status.RUNNING
        self.steps = 0
        self.playing = False
        self.dirty = False
        self.frame = 0
        self.png_scale = 2.0

        self.controls = ControlPanel()
        self.contour_plot = ContourPlot()
        self.loss_plot = LossPlot()
        self.step_panel = StepPanel()
        self._build_layout()
        self._build_status_bar()
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
        self.loss_plot.set_logarithmic(self.controls.log_loss_check.isChecked())
        session = self._restored_session() if restore else DEFAULT_SESSION
        self.apply_session(session)
        self._restore_geometry()

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.controls)
        scroll.setMinimumWidth(360)
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bottom = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        bottom.addWidget(self.loss_plot)
        bottom.addWidget(self.step_panel)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        right = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        right.addWidget(self.contour_plot)
        right.addWidget(bottom)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        main = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setObjectName("mainSplitter")
        right.setObjectName("plotSplitter")
        bottom.setObjectName("lossSplitter")
        self.splitters = (main, right, bottom)
        # one tab per mode; the function studio is the first (other modes add theirs)
        self.mode_tabs = QtWidgets.QTabWidget()
        self.mode_tabs.setObjectName("modeTabs")
        self.mode_tabs.setDocumentMode(True)
        self.mode_tabs.addTab(main, "Function")
        from gdstudio.ui.mlp.tab import MLPMode  # the MLP tab: its own controls, plots and worker thread

        self.mlp_mode = MLPMode()
        self.mode_tabs.addTab(self.mlp_mode, "MLP task")
        from gdstudio.ui.compare.tab import CompareTab  # races and γ sweeps on this window's function

        self.compare_mode = CompareTab(self)
        self.compare_mode.learning_rate_chosen.connect(self.use_learning_rate_from_sweep)
        self.mode_tabs.addTab(self.compare_mode, "Compare")
        from gdstudio.ui.surface.view import SurfaceView  # this window's f and path in 3-D (optional OpenGL)

        self.surface_view = SurfaceView()
        self.landscape = None
        self._surface_stale = True
        self.mode_tabs.addTab(self.surface_view, "3-D surface")
        self.mode_tabs.currentChanged.connect(lambda _index: self._draw_surface())
        self.setCentralWidget(self.mode_tabs)
        self.resize(1400, 900)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.state_label = QtWidgets.QLabel()
        self.state_label.setObjectName("stateLabel")
        self.step_label = QtWidgets.QLabel()
        self.step_label.setObjectName("stepLabel")
        self.loss_label = QtWidgets.QLabel()
        self.loss_label.setObjectName("lossLabel")
        self.gradient_norm_label = QtWidgets.QLabel()
        self.gradient_norm_label.setObjectName("gradientNormLabel")
        self.hover_label = QtWidgets.QLabel()
        self.hover_label.setObjectName("hoverLabel")
        bar.addWidget(self.state_label, 1)
        widths = {self.hover_label: 330, self.step_label: 110, self.loss_label: 130, self.gradient_norm_label: 130}
        for label, width in widths.items():
            bar.addPermanentWidget(label)
            # fixed sizes: text that changes every frame must not re-lay-out the window
            label.setFixedWidth(width)
        self.state_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)

        def show_for_tab(index: int) -> None:  # these numbers are the function mode's: on its tab only
            for label in (self.state_label, *widths):
                label.setVisible(index == 0)

        self.mode_tabs.currentChanged.connect(show_for_tab)

    def _action(self, menu, text, slot, shortcut=None, tip=None) -> QtGui.QAction:
        action = QtGui.QAction(text, self)
        if shortcut:
            action.setShortcut(QtGui.QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _routed(self, slot):
        """``slot``, or the active tab's method of the same name when it has one, so
        Space, →, R and Ctrl+E act on the mode that is shown."""
        return lambda *_args: getattr(self.mode_tabs.currentWidget(), slot.__name__, slot)()

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self._action(file_menu, "&Open session…", self.open_session_dialog, QtGui.QKeySequence.StandardKey.Open)
        self.save_action = self._action(file_menu, "&Save session", self.save_session, QtGui.QKeySequence.StandardKey.Save)
        self._action(file_menu, "Save session &as…", self.save_session_as, "Ctrl+Shift+S")
        file_menu.addSeparator()
        self._action(file_menu, "&Export…", self._routed(self.export_dialog), "Ctrl+E", "export the plots, the trajectory or the run")
        scale_menu = file_menu.addMenu("PNG export scale")
        group = QtGui.QActionGroup(self)
        for scale in (1.0, 2.0, 3.0, 4.0):
            action = QtGui.QAction(f"{scale:g}×", self, checkable=True)
            action.setChecked(scale == self.png_scale)
            action.triggered.connect(lambda _checked=False, s=scale: setattr(self, "png_scale", s))
            group.addAction(action)
            scale_menu.addAction(action)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QtGui.QKeySequence.StandardKey.Quit)
        run_menu = menu.addMenu("&Run")
        self.play_action = self._action(run_menu, "Play / Pause", self._routed(self.toggle_play), "Space")
        self._action(run_menu, "Step", self._routed(self.step_once), "Right")
        self._action(run_menu, "Reset", self._routed(self.reset_run), "R")
        view_menu = menu.addMenu("&View")
        self._action(view_menu, "Fit view to path", self.fit_view_to_path, "F")
        self._action(view_menu, "Show the whole window", self._routed(self.show_window_range), "Home")
        self._action(view_menu, "Log-scale loss", self.controls.log_loss_check.toggle, "L")
        self.curvature_action = self._action(view_menu, "Curvature axes and numbers", lambda: self._redraw_now(), "C")
        self.curvature_action.setCheckable(True)
        self.curvature_action.setChecked(True)
        view_menu.addSeparator()
        self.plot_background = PlotBackground(self, self.settings_store)  # dark, light or the system's
        self.plot_background.add_menu(view_menu)
        self.plot_background.apply()
        help_menu = menu.addMenu("&Help")
        self.help = HelpMenu(self)
        self._action(help_menu, "&Guide", self.help.show_guide, "F1", "what the app teaches: the update rule, γ, why a run stops")
        help_menu.addSeparator()
        self._action(help_menu, f"&About {APPLICATION_NAME}", self.help.show_about)
        for action in self.actions():
            # Space, → and R belong to the text field while it has the focus
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)

    def _connect_controls(self) -> None:
        c = self.controls
        c.function_edited.connect(self.set_function_text)
        c.preset_chosen.connect(self.apply_preset)
        c.learning_rate_changed.connect(self.set_learning_rate)
        c.start_changed.connect(self.set_start)
        c.optimizer_changed.connect(self.set_optimizer)
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
    def apply_session(self, session: Session) -> None:
        """Show a whole session and start a fresh (paused) run on it."""
        function = parse_function(session.function)  # sessions are checked before they get here
        self.session = session
        self.controls.show_function(session.function)
        self.controls.set_values(
            session.learning_rate, session.start, session.optimizer, dict(session.hyperparameters), session.max_steps, session.tolerance
        )
        self.controls.show_preset_note(None)
        self._show_schedule()
        self._use_function(function, reset_view=True)

    def current_session(self) -> Session:
        return self.session.with_changes(window=tuple(float(v) for v in self.session.window))

    def _restored_session(self) -> Session:
        text = self.settings_store.value("session/last")
        if not text:
            return DEFAULT_SESSION
        try:
            return session_from_text(str(text))
        except SessionError as error:
            message = f"The last session could not be restored: {error}"
            QtCore.QTimer.singleShot(0, lambda: self.statusBar().showMessage(message, 8000))
            return DEFAULT_SESSION

    def _remember_session(self) -> None:
        self.settings_store.setValue("session/last", session_text(self.session))

    def open_session_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, "Open session", self._last_folder(), f"gdstudio sessions (*{SESSION_SUFFIX});;JSON files (*.json);;All files (*)"
        )
        if path:
            self.open_session(path)

    def open_session(self, path: str | os.PathLike) -> bool:
        try:
            session = load_session(path)
        except SessionError as error:
            self.show_error("Cannot open the session", str(error))
            return False
        self._remember_folder(path)
        self.session_path = Path(path)
        self.apply_session(session)
        self._remember_session()
        self.statusBar().showMessage(f"Opened {Path(path).name}", 4000)
        return True

    def save_session(self) -> bool:
        if self.session_path is None:
            return self.save_session_as()
        return self.save_session_to(self.session_path)

    def save_session_as(self) -> bool:
        default = str(Path(self._last_folder()) / f"descent{SESSION_SUFFIX}")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, "Save session", default, f"gdstudio sessions (*{SESSION_SUFFIX})")
        if not path:
            return False
        if not path.endswith(SESSION_SUFFIX):
            path = path.removesuffix(".json") + SESSION_SUFFIX
        return self.save_session_to(path)

    def save_session_to(self, path: str | os.PathLike) -> bool:
        try:
            write_text(path, session_text(self.current_session()))
        except ExportError as error:
            self.show_error("Cannot save the session", str(error))
            return False
        self.session_path = Path(path)
        self._remember_folder(path)
        self._remember_session()
        self.statusBar().showMessage(f"Saved {Path(path).name}", 4000)
        return True

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
        self._remember_session()

    def apply_preset(self, name: str) -> None:
        preset = PRESETS[name]
        session = Session(
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
        self._remember_session()

    def set_learning_rate(self, learning_rate: float) -> None:
        if not (math.isfinite(learning_rate) and learning_rate > 0):
            return
        self.session = self.session.with_changes(learning_rate=learning_rate)
        self._remember_session()
        self._show_schedule()
        if self.steps > 0 and self.status is Status.RUNNING:
            # like TensorFlow Playground: the new γ applies from the next step
            self.worker.set_learning_rate(self.run_id, learning_rate)
        else:
            self.restart_run()

    def use_learning_rate_from_sweep(self, learning_rate: float) -> None:
        """A click on the sweep: that γ, in the Function tab, on a fresh run."""
        self.mode_tabs.setCurrentIndex(0)
        self.controls.learning_rate_spin.setValue(learning_rate)
        self.statusBar().showMessage(f"γ = {learning_rate:.4g} from the sweep", 4000)

    def set_start(self, x: float, y: float) -> None:
        self.session = self.session.with_changes(start=(float(x), float(y)))
        self._remember_session()
        self.restart_run()

    def set_optimizer(self, name: str, hyperparameters: dict) -> None:
        self.session = self.session.with_changes(optimizer=name, hyperparameters=dict(hyperparameters))
        self._remember_session()
        self.restart_run()

    def set_schedule(self, kind: str) -> None:
        # the other kinds' settings are kept: switching back finds them as they were
        self.session = self.session.with_changes(schedule=self.session.schedule.with_kind(kind))
        self._remember_session()
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
        self._remember_session()
        self._show_schedule()
        self.restart_run()

    def _show_schedule(self) -> None:
        # γ_t over the whole run, t = 0 … the step limit, as the run will use it
        schedule = self.session.schedule.for_steps(self.session.max_steps)
        steps, rates = schedule.curve(self.session.learning_rate, self.session.max_steps)
        self.controls.show_schedule(self.session.schedule, self.session.max_steps, steps, rates, f"{schedule.title}: {schedule.formula}")

    def set_limits(self, max_steps: int, tolerance: float) -> None:
        self.session = self.session.with_changes(max_steps=int(max_steps), tolerance=float(tolerance))
        self._remember_session()
        self._show_schedule()
        self.restart_run()

    def toggle_play(self) -> None:
        if self.playing:
            self.playing = False
            self.worker.pause(self.run_id)
        elif self.status is not Status.RUNNING:
            self.restart_run(playing=True)  # a finished run plays again from the start
        else:
            self.playing = True
            self.worker.play(self.run_id)
        self._show_state()

    def step_once(self) -> None:
        if self.status is not Status.RUNNING:
            self.statusBar().showMessage("The run has stopped; press Reset (R) to start again.", 3000)
            return
        self.playing = False
        self.worker.step(self.run_id)
        self._show_state()

    def reset_run(self) -> None:
        self.restart_run()

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
            self.statusBar().showMessage(str(error), 5000)
            return
        self.run_id += 1
        self.trajectory = Trajectory(2)
        self.last_record = None
        self.status = Status.RUNNING
        self.steps = 0
        self.playing = playing
        self.contour_plot.set_start(*settings.start)
        self.worker.start_run(RunRequest(self.run_id, self.function, settings, playing))
        self.dirty = True
        self._show_state()

    def _use_function(self, function: ParsedFunction, reset_view: bool) -> None:
        self.function = function
        self.controls.show_function_ok(self._gradient_html(function))
        if reset_view:
            window = self.session.window
        else:
            window = self.contour_plot.view_window()
            self.session = self.session.with_changes(window=window)
        self.landscape = evaluate_landscape(function, window)
        self.contour_plot.set_landscape(self.landscape, reset_view=reset_view)
        self._surface_stale = True
        self._draw_surface()
        self.restart_run()

    def _on_batch(self, batch: StepBatch) -> None:
        if batch.run_id != self.run_id:
            return  # from a superseded run
        self.trajectory.extend(batch.points, batch.loss, batch.gradient)
        if batch.last is not None:
            self.last_record = batch.last
        self.steps = batch.steps
        previous_status = self.status
        self.status = batch.status
        if self.status is not Status.RUNNING:
            self.playing = False
            if previous_status is Status.RUNNING:
                self.run_finished.emit(str(self.status))
        self.dirty = True

    def _on_worker_failed(self, run_id: int, message: str) -> None:
        if run_id == self.run_id:
            self.playing = False
            self.statusBar().showMessage(message, 6000)
            self._show_state()

    # ------------------------------------------------------------------ drawing
    def _redraw(self) -> None:
        if not self.dirty:
            return
        self.dirty = False
        with self.worker.painting():
            self._draw()
        self.redrawn.emit()

    def _draw(self) -> None:
        count = self.trajectory.count
        self.frame += 1
        stop_reason = self._show_state()
        # while a run plays, the curvature (a text that re-lays out the control panel)
        # follows four times a second; a paused or stopped run shows it at once
        if not self.playing or self.frame % 15 == 0:
            self._show_curvature()
        if count:
            self.contour_plot.set_path(self.trajectory.points)
            # while a run plays, the loss curve is redrawn every other frame (30 a
            # second is smooth for a curve that only grows; it halves the paint work)
            if not self.playing or self.frame % 2 == 0:
                self.loss_plot.set_loss(self.trajectory.loss)
            else:
                self.dirty = True
            record = self.last_record
            if record is not None:
                tips = arrow_tips(record.previous_point, record.gradient, record.update, record.learning_rate)
                self.contour_plot.set_arrows(record.previous_point, *tips)
                self.step_panel.show_record(record, self.session.optimizer, stop_reason)
            else:
                point = self.trajectory.points[0]
                gradient = self.trajectory.gradient[0]
                learning_rate = self.session.learning_rate
                tips = arrow_tips(point, gradient, -learning_rate * gradient, learning_rate)
                self.contour_plot.set_arrows(point, *tips)
                self.step_panel.show_start(point, float(self.trajectory.loss[0]), gradient, stop_reason)
        else:
            self.contour_plot.set_path(np.empty((0, 2)))
            self.loss_plot.set_loss(np.empty(0))
            self.contour_plot.set_arrows(None, None, None)
        self._draw_surface()

    def _draw_surface(self) -> None:
        """The 3-D tab follows this tab's landscape and path while it is shown."""
        if self.mode_tabs.currentWidget() is not self.surface_view or self.landscape is None:
            return
        if self._surface_stale:
            self.surface_view.set_landscape(self.landscape, self.function)
            self._surface_stale = False
        count = self.trajectory.count
        self.surface_view.set_path(self.trajectory.points[:count], self.trajectory.loss[:count])

    def _show_curvature(self) -> None:
        """The Hessian at the current point: eigenvalues, condition number, the largest
        stable γ, drawn as eigenvector axes on the contour."""
        shown = self.curvature_action.isChecked() and self.function is not None and self.trajectory.count > 0
        self.controls.curvature_box.setVisible(shown)
        if not shown:
            self.contour_plot.set_axes([])
            return
        point = self.trajectory.points[self.trajectory.count - 1]
        if not np.all(np.isfinite(point)):
            self.contour_plot.set_axes([])
            return
        curvature = curvature_at(self.function, point)
        (x_min, x_max), (y_min, y_max) = self.contour_plot.plotItem.getViewBox().viewRange()
        self.contour_plot.set_axes(curvature.axes(0.25 * min(x_max - x_min, y_max - y_min)))
        eigenvalues = ", ".join(number(float(v)) for v in curvature.eigenvalues)
        text = f"Hessian eigenvalues λ = {eigenvalues}; condition number {number(curvature.condition_number)}.<br>{html.escape(curvature.note)}"
        limit = curvature.stability_limit(self.session.optimizer, self.session.hyperparameters)
        learning_rate = self.session.learning_rate
        if limit is not None:
            verdict = "above it: expect the steps to overshoot" if learning_rate > limit else "below it"
            text += f"<br>Here γ = {number(learning_rate)} is {verdict} (limit {number(limit)})."
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
        else:
            loss = gradient_norm = float("nan")
        self.step_label.setText(f"step {self.steps}")
        self.loss_label.setText(f"f = {number(loss)}")
        self.gradient_norm_label.setText(f"‖∇f‖ = {number(gradient_norm)}")
        hessian = None
        if self.status is Status.CONVERGED and count and self.function is not None:
            point = self.trajectory.points[count - 1]
            hessian = self.function.hessian(point[0], point[1])
        message = stop_message(
            self.status, self.steps, gradient_norm, self.session.tolerance, self.session.max_steps, loss, hessian, self.playing
        )
        self.state_label.setText(message)
        self.state_label.setToolTip(message)
        return message if self.status is not Status.RUNNING else ""

    def _gradient_html(self, function: ParsedFunction) -> str:
        html = function.html
        return f"∂f/∂x = {html['partial_x']}<br>∂f/∂y = {html['partial_y']}<br>∇f = [{html['partial_x']}, {html['partial_y']}]"

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
        count = self.trajectory.count
        return RunResult(
            settings=self.session.run_settings(),
            status=self.status,
            steps=max(count - 1, 0),
            points=self.trajectory.points.copy(),
            loss=self.trajectory.loss.copy(),
            gradient=self.trajectory.gradient.copy(),
        )

    def export_dialog(self) -> None:
        filters = list(EXPORT_KINDS)
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self, "Export", str(Path(self._last_folder()) / "descent.png"), ";;".join(filters)
        )
        if not path:
            return
        kind, suffix = EXPORT_KINDS.get(chosen, self._kind_for_suffix(path))
        if not Path(path).suffix:
            path += suffix
        self.export(kind, path)

    @staticmethod
    def _kind_for_suffix(path: str):
        suffix = Path(path).suffix.lower()
        for kind, kind_suffix in EXPORT_KINDS.values():
            if kind_suffix == suffix:
                return kind, kind_suffix
        return "contour-png", ".png"

    def export(self, kind: str, path: str | os.PathLike) -> bool:
        """Write one export; a failure shows a message and leaves no partial file."""
        import pyqtgraph.exporters as exporters

        self._redraw_now()
        try:
            if kind in ("contour-png", "loss-png", "contour-svg", "loss-svg"):
                item = (self.contour_plot if kind.startswith("contour") else self.loss_plot).plotItem
                if kind.endswith("png"):
                    width = int(item.sceneBoundingRect().width() * self.png_scale)

                    def write(temporary: Path) -> None:
                        exporter = exporters.ImageExporter(item)
                        exporter.parameters()["width"] = max(width, 16)
                        exporter.export(str(temporary))

                else:

                    def write(temporary: Path) -> None:
                        exporters.SVGExporter(item).export(str(temporary))

                atomic_write(path, write)
            elif kind == "csv":
                write_csv(path, CSV_HEADER, trajectory_rows(self.current_result()))
            elif kind == "json":
                write_json(path, run_report(self.function, self.current_result()))
            elif kind in ("gif", "mp4"):
                from gdstudio.core.descent.race import RaceEntry
                from gdstudio.ui.common.race_figure import export_race_animation

                if export_race_animation(self, self.function, [RaceEntry(self.session.run_settings())], str(path)):
                    self._remember_folder(path)
                    return True
                return False
            else:
                raise ValueError(f"unknown export {kind}")
        except ExportError as error:
            self.show_error("Export failed", str(error))
            return False
        self._remember_folder(path)
        self.statusBar().showMessage(f"Exported {Path(path).name}", 4000)
        return True

    def _redraw_now(self) -> None:
        self.dirty = True
        self._redraw()

    # ------------------------------------------------------------------ helpers
    def show_error(self, title: str, message: str) -> None:
        QtWidgets.QMessageBox.warning(self, title, message)

    def _last_folder(self) -> str:
        folder = self.settings_store.value("files/last_folder", "")
        return str(folder) if folder and Path(str(folder)).is_dir() else str(Path.home())

    def _remember_folder(self, path) -> None:
        self.settings_store.setValue("files/last_folder", str(Path(path).resolve().parent))

    def _restore_geometry(self) -> None:
        geometry = self.settings_store.value("window/geometry")
        if isinstance(geometry, (QtCore.QByteArray, bytes)):
            self.restoreGeometry(geometry)
        for splitter in self.splitters:
            state = self.settings_store.value(f"window/{splitter.objectName()}")
            if isinstance(state, (QtCore.QByteArray, bytes)):
                splitter.restoreState(state)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.redraw_timer.stop()
        self.worker.stop()
        self.mlp_mode.stop()
        self.compare_mode.stop()
        self._remember_session()
        self.settings_store.setValue("window/geometry", self.saveGeometry())
        for splitter in self.splitters:
            self.settings_store.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        self.settings_store.sync()
        super().closeEvent(event)
