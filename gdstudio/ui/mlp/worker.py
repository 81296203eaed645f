"""The MLP mode's worker thread: it owns a core :class:`~gdstudio.core.mlp.training.Training`,
steps it in batches, and computes everything the tab draws from the weights.

The same design as :mod:`gdstudio.ui.common.worker` (read its comments): a ``QObject`` in
its own ``QThread`` with a timer of its own, requests in through queued signals,
immutable :class:`TrainingBatch` objects out, run ids to drop anything from a
superseded run, short batches with rests at full speed so the window's thread
keeps the interpreter often enough to paint, and a ``painting()`` context in
which the worker stands aside.

What is expensive happens here, never on the window's thread: the test losses
(one batched evaluation per batch), the metrics, the decision grid or fitted
curve (at most :data:`VIEW_INTERVAL_SECONDS` apart while a run plays) and the
weight-space slice (a batched grid of L, spaced by its own cost).  When the run
stands still (a Step, a pause, the end) they are brought up to date shortly
after, so a burst of Step presses is not held up by them.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore

from gdstudio.core.descent.engine import Status
from gdstudio.core.descent.playback import Player
from gdstudio.core.mlp.network import DecisionGrid
from gdstudio.core.mlp.training import Metrics, Training, step_readout
from gdstudio.core.mlp.weight_space import DEFAULT_RESOLUTION, RANDOM, WeightSlice, weight_slice
from gdstudio.ui.common.worker import FAST, FAST_BATCH_SECONDS, FAST_REST_MS, WorkerThread

VIEW_INTERVAL_SECONDS = 0.1  # metrics and decision grid: at most ~10 a second…
VIEW_COST_FACTOR = 5.0  # …and never more than a fifth of the worker's time
SLICE_MIN_INTERVAL_SECONDS = 0.5  # the weight-space slice: at most ~2 a second…
SLICE_COST_FACTOR = 5.0  # …and never more than a fifth of the worker's time
SETTLE_MS = 30  # after a Step or a pause, refresh the views once no request follows for this long
GRID_RESOLUTION = 100
MIN_GRID_RESOLUTION = 20
# Multiply-adds a view may cost (about 0.1 s here): big networks get coarser grids,
# and a network too big for even a 9 × 9 slice gets none (it would hold the worker
# for seconds, and closing the window waits for the worker).
MAX_GRID_WORK = 5e7
MAX_SLICE_WORK = 6e8
MIN_SLICE_RESOLUTION = 9
CURVE_POINTS = 300
SLICE_PATH_POINTS = 1500  # the path is thinned to this many points before it is projected


@dataclass(frozen=True)
class TrainingRequest:
    """A new run: the worker takes ownership of ``training`` (the window keeps no reference)."""

    run_id: int
    training: Training
    slice_method: str = RANDOM
    playing: bool = False


@dataclass(frozen=True)
class TrainingBatch:
    """What a run did since the last batch, and the newest views of it.

    ``train_loss`` and ``test_loss`` hold L(w_t) on the training and test sets for
    t = first_step … first_step + k − 1 (test: NaN without a test set).  The view
    fields are None when this batch brings no new one."""

    run_id: int
    first_step: int
    train_loss: np.ndarray
    test_loss: np.ndarray
    readout: dict[str, float] | None  # step_readout of the newest update
    status: Status
    steps: int
    gradient_norm: float  # ‖∇L(w_t)‖ at the newest w
    metrics: Metrics | None = None
    grid: DecisionGrid | None = None
    curve: tuple[np.ndarray, np.ndarray] | None = None
    weight_slice: WeightSlice | None = None
    slice_note: str = ""  # why there is no slice (a network too big to slice live)
    view_step: int = -1  # the step the views were computed at


def grid_resolution(weights: int) -> int:
    """Points per side of the decision grid for a network with ``weights`` parameters."""
    side = int(math.sqrt(MAX_GRID_WORK / max(weights, 1)))
    return min(max(side, MIN_GRID_RESOLUTION), GRID_RESOLUTION)


def slice_resolution(weights: int, examples: int) -> int | None:
    """Points per side (odd, so w* is a grid point) of the weight-space slice whose
    batched evaluation stays within MAX_SLICE_WORK; None when even the smallest is too much."""
    side = int(math.sqrt(MAX_SLICE_WORK / max(weights * examples, 1)))
    if side < MIN_SLICE_RESOLUTION:
        return None
    side = min(side, DEFAULT_RESOLUTION)
    return side if side % 2 else side - 1


def thin_indices(count: int, limit: int) -> np.ndarray:
    """At most ``limit`` evenly spaced indices of 0 … count − 1, first and last included."""
    if count <= limit:
        return np.arange(count)
    return np.unique(np.linspace(0, count - 1, limit).round().astype(np.int64))


class TrainingWorker(QtCore.QObject):
    batch_ready = QtCore.Signal(object)  # TrainingBatch
    report_ready = QtCore.Signal(int, object)  # run id, Training.report()
    failed = QtCore.Signal(int, str)  # run id, one sentence

    def __init__(self, window_idle: threading.Event):
        super().__init__()
        self.window_idle = window_idle
        self.training: Training | None = None
        self.player: Player | None = None
        self.run_id = -1
        self.slice_method = RANDOM
        self.playing = False
        self.steps_per_second = FAST
        self.step_seconds = 1e-3  # a running estimate of one update's cost
        self.timer: QtCore.QTimer | None = None
        self.settle_timer: QtCore.QTimer | None = None
        self._last_view = 0.0
        self._last_slice = 0.0
        self._slice_interval = SLICE_MIN_INTERVAL_SECONDS
        self._view_interval = VIEW_INTERVAL_SECONDS
        self._view_step = -1
        self._slice_step = -1

    # -- slots: queued from the window -----------------------------------------------
    @QtCore.Slot()
    def initialise(self) -> None:
        self.timer = QtCore.QTimer(self)
        self.timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.settle_timer = QtCore.QTimer(self)
        self.settle_timer.setSingleShot(True)
        self.settle_timer.setInterval(SETTLE_MS)
        self.settle_timer.timeout.connect(self._settle)

    @QtCore.Slot(object)
    def start_run(self, request: TrainingRequest) -> None:
        self._stop_timers()
        self.training = request.training
        self.run_id = request.run_id
        self.slice_method = request.slice_method
        training = self.training
        self.player = Player(training.step_objective, training.run_settings, request.run_id, descent=training.descent)
        self._view_step = self._slice_step = -1
        self._last_view = self._last_slice = 0.0
        self._view_interval = VIEW_INTERVAL_SECONDS
        self.playing = request.playing
        self._emit(self.player.initial_batch(), views=True, slice_too=True)
        self._schedule()

    @QtCore.Slot(int)
    def play(self, run_id: int) -> None:
        if self._current(run_id):
            self.playing = True
            self._schedule()

    @QtCore.Slot(int)
    def pause(self, run_id: int) -> None:
        if self._current(run_id):
            self.playing = False
            self.timer.stop()
            self.settle_timer.start()

    @QtCore.Slot(int)
    def step(self, run_id: int) -> None:
        """Exactly one update (pauses a playing run first)."""
        if self._current(run_id):
            self.playing = False
            self.timer.stop()
            if not self.player.finished:
                self._emit(self.player.advance(1), views=False, slice_too=False)
            self.settle_timer.start()

    @QtCore.Slot(int, float)
    def set_learning_rate(self, run_id: int, learning_rate: float) -> None:
        if self._current(run_id):
            try:
                self.training.set_learning_rate(learning_rate)
            except ValueError as error:
                self.failed.emit(run_id, str(error))

    @QtCore.Slot(float)
    def set_speed(self, steps_per_second: float) -> None:
        self.steps_per_second = steps_per_second
        if self.playing:
            self._schedule()

    @QtCore.Slot(int, str)
    def set_slice_method(self, run_id: int, method: str) -> None:
        if self._current(run_id):
            self.slice_method = method
            self._slice_step = -1
            if not self.playing:
                self.settle_timer.start()
            else:
                self._last_slice = 0.0  # the next batch brings it

    @QtCore.Slot(int)
    def request_report(self, run_id: int) -> None:
        if self._current(run_id):
            self.report_ready.emit(run_id, self.training.report())

    @QtCore.Slot()
    def shutdown(self) -> None:
        self.playing = False
        self._stop_timers()
        self.player = None
        self.training = None

    # -- internals ------------------------------------------------------------------------
    def _current(self, run_id: int) -> bool:
        return self.player is not None and self.run_id == run_id

    def _stop_timers(self) -> None:
        for timer in (self.timer, self.settle_timer):
            if timer is not None:
                timer.stop()

    def _schedule(self) -> None:
        if self.timer is None or self.player is None or not self.playing or self.player.finished:
            if self.timer is not None:
                self.timer.stop()
            return
        if self.steps_per_second == FAST:
            interval = FAST_REST_MS
        else:
            interval = max(16, int(round(1000.0 / self.steps_per_second)))
        self.timer.start(interval)

    def _updates_per_tick(self) -> int:
        if self.steps_per_second == FAST:
            # as many as fit in one short batch (the player checks its clock only every 32)
            return max(1, int(FAST_BATCH_SECONDS / max(self.step_seconds, 1e-6)))
        return max(1, int(round(self.steps_per_second * max(16, 1000.0 / self.steps_per_second) / 1000.0)))

    @QtCore.Slot()
    def _tick(self) -> None:
        if self.player is None or not self.playing:
            self.timer.stop()
            return
        self.window_idle.wait(0.1)  # stand aside while the window paints
        updates = self._updates_per_tick()
        started = time.perf_counter()
        # (the engine's step keeps a diverging run's overflow quiet: its status says it)
        batch = self.player.advance(
            updates, FAST_BATCH_SECONDS if self.steps_per_second == FAST else None, lambda: self.window_idle.wait(0.1)
        )
        if len(batch.loss):
            self.step_seconds = 0.7 * self.step_seconds + 0.3 * (time.perf_counter() - started) / len(batch.loss)
        now = time.perf_counter()
        finished = self.player.finished
        views = finished or now - self._last_view >= self._view_interval
        slice_too = finished or now - self._last_slice >= self._slice_interval
        self._emit(batch, views, slice_too)
        if finished:
            self.playing = False
            self.timer.stop()

    @QtCore.Slot()
    def _settle(self) -> None:
        """The run stands still: bring the views up to date if they are not."""
        if self.player is None or self.playing:
            return
        steps = self.training.steps
        views = self._view_step != steps
        slice_too = self._slice_step != steps
        if views or slice_too:
            self._emit(self.player.advance(0), views, slice_too)

    def _emit(self, batch, views: bool, slice_too: bool) -> None:
        with np.errstate(all="ignore"):  # a diverged run has infinite weights: draw what can be drawn
            self._emit_batch(batch, views, slice_too)

    def _emit_batch(self, batch, views: bool, slice_too: bool) -> None:
        training = self.training
        test_loss = np.full(len(batch.loss), np.nan)
        if training.test_objective is not None and len(batch.points):
            test_loss = training.test_objective.batched_loss(batch.points)
        readout = step_readout(batch.last) if batch.last is not None else None
        metrics = grid = curve = piece = None
        note = ""
        steps = training.steps
        if views:
            started = time.perf_counter()
            metrics = training.metrics()
            if training.dataset.features == 2:  # decision regions, or a regression's f_w(x₁, x₂)
                grid = training.decision_grid(resolution=grid_resolution(training.network.dimension))
            elif training.dataset.features == 1:
                curve = training.fitted_curve(CURVE_POINTS)
            self._view_step = steps
            self._last_view = time.perf_counter()
            self._view_interval = max(VIEW_INTERVAL_SECONDS, VIEW_COST_FACTOR * (self._last_view - started))
        if slice_too:
            piece, note = self._slice()
        self.batch_ready.emit(
            TrainingBatch(
                run_id=self.run_id,
                first_step=batch.first_index,
                train_loss=batch.loss,
                test_loss=test_loss,
                readout=readout,
                status=batch.status,
                steps=batch.steps,
                gradient_norm=training.gradient_norm,
                metrics=metrics,
                grid=grid,
                curve=curve,
                weight_slice=piece,
                slice_note=note,
                view_step=steps,
            )
        )

    def _slice(self) -> tuple[WeightSlice | None, str]:
        training = self.training
        self._slice_step = training.steps
        resolution = slice_resolution(training.network.dimension, training.objective.count)
        if resolution is None:
            self._last_slice = time.perf_counter()
            return None, (
                f"The network ({training.network.dimension:,} parameters on {training.objective.count:,} points) is too "
                f"large for a live weight-space slice: a smaller network or fewer samples bring it back."
            )
        started = time.perf_counter()
        path = training.path
        path = path[thin_indices(len(path), SLICE_PATH_POINTS)]
        note = ""
        try:
            piece = weight_slice(
                training.objective, training.weights, self.slice_method, path, resolution=resolution, seed=training.settings.seed
            )
        except (ValueError, ArithmeticError, np.linalg.LinAlgError) as error:
            piece, note = None, f"The weight-space slice could not be computed: {error}"
        finished = time.perf_counter()
        self._slice_interval = max(SLICE_MIN_INTERVAL_SECONDS, SLICE_COST_FACTOR * (finished - started))
        self._last_slice = finished
        return piece, note


class TrainingThread(WorkerThread):
    """Owns the QThread and the :class:`TrainingWorker`: the descent worker's requests,
    plus the weight-space plane and the report for exports."""

    WORKER = TrainingWorker
    THREAD_NAME = "gdstudio-mlp"
    REQUESTS = (*WorkerThread.REQUESTS, "set_slice_method", "request_report")
    _set_slice_method = QtCore.Signal(int, str)
    _request_report = QtCore.Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report_ready = self.worker.report_ready

    def set_slice_method(self, run_id: int, method: str) -> None:
        self._set_slice_method.emit(run_id, method)

    def request_report(self, run_id: int) -> None:
        self._request_report.emit(run_id)
