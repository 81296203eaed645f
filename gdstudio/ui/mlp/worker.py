"""The MLP tab's worker thread: it owns a core :class:`~gdstudio.core.mlp.training.Training`,
steps it in batches, and computes everything the tab draws from the weights.

The same design as :mod:`gdstudio.ui.common.worker` (read its comments): a ``QObject`` in
its own ``QThread`` with a timer of its own, requests in through queued signals,
immutable :class:`TrainingBatch` objects out, run ids to drop anything from a
superseded run, short batches with rests at full speed so the window's thread
keeps the interpreter often enough to paint, and a ``painting()`` context in
which the worker stands aside.

What is expensive happens here, never on the window's thread: the test losses
(one batched evaluation per batch), the metrics, the decision grid or fitted
curve and the weight-space view (at most :data:`VIEW_INTERVAL_SECONDS` apart while
a run plays, spaced further by their own cost).  The weight-space view is a
:class:`~gdstudio.core.mlp.weight_space.PlaneTracker` per run: a plane chosen once
and held, its map computed once, so the frames it sends move the dot across a
still map.  When the run stands still (a Step, a pause, the end) the views are
brought up to date shortly after, so a burst of Step presses is not held up by them.

The timeline: the run's path w_0 … w_t is kept by the core (the training's bounded
:class:`~gdstudio.core.mlp.history.NetworkHistory`, in this thread: every step up to
its budget in bytes, then every k-th, the steps looked at and the newest), so a past
step's views are computed from the stored w_t itself, or the nearest kept one
(:meth:`TrainingWorker.show_step`); nothing is run again.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6 import QtCore

from gdstudio.core.descent.engine import Status
from gdstudio.core.descent.playback import Player
from gdstudio.core.mlp.fan import EPOCH, FanPicture, batch_fan, example_gradients, fan_picture, full_gradient
from gdstudio.core.mlp.network import DecisionGrid, MLPError, decision_grid, fitted_curve, load_kernel
from gdstudio.core.mlp.noise_ball import noise_ball
from gdstudio.core.mlp.training import TEST, TRAIN, Metrics, Training
from gdstudio.core.mlp.weight_space import FIXED_RESOLUTION, PATH, PCA, PlaneFrame, PlaneReadout, PlaneTracker, plane_readout
from gdstudio.ui.common.worker import FAST_BATCH_SECONDS, PacedWorker, WorkerThread, reports_failures

translate = QtCore.QCoreApplication.translate  # thread-safe: the worker's sentences are written in its thread

VIEW_INTERVAL_SECONDS = 0.1  # metrics, decision grid and the weight-space frame: at most ~10 a second…
VIEW_COST_FACTOR = 5.0  # …and never more than a fifth of the worker's time
SETTLE_MS = 30  # after a Step, a pause or a timeline move, refresh the views once no request follows for this long
GRID_RESOLUTION = 100
MIN_GRID_RESOLUTION = 20
# Multiply-adds a view may cost (a grid about 0.1 s here; a map, computed once per
# plane, about 0.3 s): big networks get coarser grids and maps, and a network too big
# for even a 9 × 9 map gets none (it would hold the worker for seconds, and closing
# the window waits for the worker).
MAX_GRID_WORK = 5e7
MAX_PLANE_WORK = 1.6e9
MIN_PLANE_RESOLUTION = 9
CURVE_POINTS = 300
LATEST = -1  # show_step's "the newest step"


@dataclass(frozen=True)
class TrainingRequest:
    """A new run: the worker takes ownership of ``training`` (the window keeps no
    reference), and of ``partner``, a second run raced against it in lockstep on the
    same map (the mini-batch run of a "full batch vs mini-batch" race), if any."""

    run_id: int
    training: Training
    plane: str = PATH
    playing: bool = False
    partner: Training | None = None


@dataclass(frozen=True)
class PartnerPath:
    """The raced run's part of a batch: its per-example training losses for steps
    first_step … first_step + k − 1, and its whole path on the map (the plane's coordinates)."""

    first_step: int
    train_per_example: np.ndarray
    coordinates: np.ndarray  # (rows, 2): the kept steps of the raced run
    status: Status
    steps: np.ndarray | None = None  # the step t of each row of coordinates


@dataclass(frozen=True)
class TrainingBatch:
    """What a run did since the last batch, and the newest views of it.

    Per step t = first_step … first_step + k − 1: ``loss`` the lesson's L(w_t) (its
    reduction and penalty), ``train_per_example`` and ``test_per_example`` the mean E
    per example on each set (test: NaN without a test set), ``gradient_norm``
    ‖∇L(w_t)‖ (of the step's loss: a mini-batch's for SGD), ``update_norm``
    ‖w_t − w_{t−1}‖ and ``learning_rate`` the γ of the update that reached w_t (both
    NaN at t = 0).  The view fields are None when this batch brings no new one;
    ``view_step`` is the step they were computed at."""

    run_id: int
    first_step: int
    loss: np.ndarray
    train_per_example: np.ndarray
    test_per_example: np.ndarray
    gradient_norm: np.ndarray
    update_norm: np.ndarray
    learning_rate: np.ndarray
    status: Status
    steps: int
    running: bool  # whether any run of the request still goes on (a race runs until both stop)
    metrics: Metrics | None = None
    grid: DecisionGrid | None = None
    curve: tuple[np.ndarray, np.ndarray] | None = None
    frame: PlaneFrame | None = None
    plane_note: str = ""  # why there is no weight-space map (a network too big to map live)
    partner: PartnerPath | None = None
    view_step: int = -1
    history_note: str = ""  # what the bounded history keeps, once it thins (for the timeline)
    noise_ball: str = ""  # a minibatch run on a bowl: its cloud around w* against γ and B (with the views)
    # a minibatch run: L_B(w_t) of update t's own batch as a mean E per example, t = minibatch_first …
    minibatch_first: int = 0
    minibatch_per_example: np.ndarray | None = None


@dataclass(frozen=True)
class StepView:
    """The views of one stored step t (the timeline), computed from the stored w_t:
    the metrics, the decision grid or fitted curve, and w_t against the plane.
    ``step`` is the step asked for; ``kept_step`` the one shown, the nearest kept
    step when the history has thinned that one away."""

    run_id: int
    step: int
    metrics: Metrics
    grid: DecisionGrid | None
    curve: tuple[np.ndarray, np.ndarray] | None
    readout: PlaneReadout | None
    kept_step: int = -1


@dataclass(frozen=True)
class FanView:
    """The minibatch fan at stored step ``step`` (the kept w_t), drawn on the map:
    ``picture`` the arrows −g_B, −∇L and −(their mean) in the map's coordinates,
    from ``origin`` (w_t on the map) times ``scale``; ``exact`` on the two-weight
    map (else projected on its plane); the spread measured and by the formula."""

    run_id: int
    step: int
    picture: FanPicture
    origin: tuple[float, float]
    scale: float
    batch_size: int
    draws: str | int
    epoch: int
    measured: float
    formula: float
    mean_distance: float  # ‖mean of the batch gradients − ∇L‖
    full_norm: float  # ‖∇L‖


@dataclass(frozen=True)
class RunExport:
    """What the exports take away from the run now: the JSON report (``Training.report()``),
    the weights as named arrays (``MLP.weight_arrays``: the ``.npz``) and the data the run
    used as a CSV table (``Training.data_table()``)."""

    report: dict[str, Any]
    weights: dict[str, np.ndarray]
    data_table: tuple[list[str], list[list[Any]]]


def grid_resolution(weights: int) -> int:
    """Points per side of the decision grid for a network with ``weights`` parameters."""
    side = int(math.sqrt(MAX_GRID_WORK / max(weights, 1)))
    return min(max(side, MIN_GRID_RESOLUTION), GRID_RESOLUTION)


def plane_resolution(weights: int, examples: int) -> int | None:
    """Points per side (odd) of the weight-space map whose batched evaluation stays
    within MAX_PLANE_WORK; None when even the smallest is too much.  Two weights (the
    exact map, almost free) take the tracker's own resolution, also None here."""
    if weights == 2:
        return None
    side = int(math.sqrt(MAX_PLANE_WORK / max(weights * examples, 1)))
    if side < MIN_PLANE_RESOLUTION:
        return None
    side = min(side, FIXED_RESOLUTION)
    return side if side % 2 else side - 1


def too_big_to_map(weights: int, examples: int) -> bool:
    return weights != 2 and plane_resolution(weights, examples) is None


class TrainingWorker(PacedWorker):
    """``failed`` ends the run (PacedWorker); ``view_failed`` says a view (the
    weight-space plane) could not be computed while the run goes on."""

    batch_ready = QtCore.Signal(object)  # TrainingBatch
    step_view_ready = QtCore.Signal(object)  # StepView
    report_ready = QtCore.Signal(int, object)  # run id, RunExport
    fan_ready = QtCore.Signal(object)  # FanView
    view_failed = QtCore.Signal(int, str)  # run id, one sentence
    kernel_loaded = QtCore.Signal()  # preload_kernel is done (numba's kernel loaded, or known missing)

    def __init__(self, window_idle: threading.Event):
        super().__init__(window_idle)
        self.training: Training | None = None
        self.partner: Training | None = None
        self.partner_player: Player | None = None
        self.tracker: PlaneTracker | None = None
        self.plane_note = ""
        self.step_seconds = 1e-3  # a running estimate of one update's cost
        self.settle_timer: QtCore.QTimer | None = None
        self._last_view = 0.0
        self._view_interval = VIEW_INTERVAL_SECONDS
        self._view_step = -1
        self._last_point: np.ndarray | None = None
        self._minibatch_sent = 0  # the minibatch losses sent so far
        self._wanted_step: int | None = None  # a stored step the timeline asked to see
        self._refitted_at_end = False
        self.fan: tuple[int, str | int] | None = None  # the fan asked for: (B, "epoch" or K), or None
        self._fan_gradients: tuple[int, int, tuple[np.ndarray, np.ndarray]] | None = None  # (run, step, (∇L, gᵢ))

    # -- slots: queued from the window -----------------------------------------------
    def _create_timers(self) -> None:
        super()._create_timers()
        self.settle_timer = QtCore.QTimer(self)
        self.settle_timer.setSingleShot(True)
        self.settle_timer.setInterval(SETTLE_MS)
        self.settle_timer.timeout.connect(self._settle)

    @QtCore.Slot()
    @reports_failures
    def preload_kernel(self) -> None:
        """Load the compiled kernel (numba: 0.3–0.5 s and about 120 MB, once a process) ahead of
        the first training step: the tab asks when it is first shown, so a window that
        never shows it never pays for numba, and a Play pressed meanwhile waits in the
        queue behind this request, in this thread, not in the window's."""
        load_kernel()
        self.kernel_loaded.emit()

    @QtCore.Slot(object)
    @reports_failures
    def start_run(self, request: TrainingRequest) -> None:
        self._stop_timers()
        self.player = self.partner_player = None
        self.training = training = request.training
        self.partner = request.partner
        self.run_id = request.run_id
        self.player = Player(training.step_objective, training.run_settings, request.run_id, descent=training.descent)
        self.partner_player = None
        if self.partner is not None:
            self.partner_player = Player(
                self.partner.step_objective, self.partner.run_settings, request.run_id, descent=self.partner.descent
            )
        self._view_step = -1
        self._last_view = 0.0
        self._view_interval = VIEW_INTERVAL_SECONDS
        self._last_point = None
        self._minibatch_sent = 0
        self._wanted_step = None
        self._refitted_at_end = False
        self.tracker, self.plane_note = self._new_tracker(request.plane)
        self.playing = request.playing
        self._emit(self.player.initial_batch(), self._partner_batch(0, initial=True), views=True)
        self._schedule()

    @QtCore.Slot(int)
    @reports_failures
    def play(self, run_id: int) -> None:
        if self._current(run_id):
            self._wanted_step = None
            self.playing = True
            self._schedule()

    @QtCore.Slot(int)
    @reports_failures
    def pause(self, run_id: int) -> None:
        if self._current(run_id):
            self.playing = False
            self.timer.stop()
            if self.tracker is not None and self.tracker.method == PCA:
                # the PCA plane is frozen while the run plays and refreshed when it pauses
                self._refit()
            self._view_step = -1  # the views (and the new map) come with the settle
            self.settle_timer.start()

    @QtCore.Slot(int)
    @reports_failures
    def step(self, run_id: int) -> None:
        """Exactly one update (pauses a playing run first)."""
        if self._current(run_id):
            self.playing = False
            self.timer.stop()
            if not self.finished:
                self._emit(self.player.advance(1), self._partner_batch(1), views=False)
            self.settle_timer.start()

    @QtCore.Slot(int, float)
    @reports_failures
    def set_learning_rate(self, run_id: int, learning_rate: float) -> None:
        if self._current(run_id):
            try:
                self.training.set_learning_rate(learning_rate)
            except ValueError as error:
                self._end_run(str(error))

    @QtCore.Slot(int, str)
    @reports_failures
    def set_plane(self, run_id: int, method: str) -> None:
        """Another kind of plane (``path``, ``pca`` or ``random``), fitted to the path now."""
        if self._current(run_id) and self.tracker is not None:
            try:
                self.tracker.set_method(method)
            except (MLPError, ValueError, ArithmeticError, np.linalg.LinAlgError) as error:
                self.view_failed.emit(run_id, translate("MLPWorker", "The plane could not be fitted: {error}").format(error=error))
            self._frame_soon()

    @QtCore.Slot(int)
    @reports_failures
    def refit_plane(self, run_id: int) -> None:
        """ "Re-fit the plane to the path": chosen again from the path so far, with a new map."""
        if self._current(run_id) and self.tracker is not None:
            self._refit()
            self._frame_soon()

    @QtCore.Slot(int, int)
    @reports_failures
    def show_step(self, run_id: int, step: int) -> None:
        """The timeline shows stored step ``step`` (LATEST: the newest): its views come
        shortly, once no other move follows (a dragged slider asks many times)."""
        if self._current(run_id):
            self._wanted_step = None if step == LATEST else int(step)
            if self._wanted_step is None:
                self._view_step = -1
            self.settle_timer.start()

    @QtCore.Slot(int, int, object)
    @reports_failures
    def set_fan(self, run_id: int, batch_size: int, draws) -> None:
        """Show the minibatch fan of ``batch_size`` (``draws``: "epoch" or K; B = 0 hides
        it) at the step shown, now and as the run or the timeline moves."""
        if self._current(run_id):
            self.fan = (int(batch_size), draws) if batch_size > 0 else None
            if self.fan is not None:
                self._emit_fan(self._wanted_step if self._wanted_step is not None else self.training.steps)

    @QtCore.Slot(int)
    @reports_failures
    def request_report(self, run_id: int) -> None:
        # a run that ended on an error still has its steps to export
        if self.training is not None and self.run_id == run_id:
            training = self.training
            with np.errstate(all="ignore"):
                export = RunExport(training.report(), training.network.weight_arrays(training.weights), training.data_table())
            self.report_ready.emit(run_id, export)

    @QtCore.Slot()
    @reports_failures
    def shutdown(self) -> None:
        self.playing = False
        self._stop_timers()
        self.player = self.partner_player = None
        self.training = self.partner = None
        self.tracker = None

    # -- internals ------------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        partner = self.partner_player
        return self.player is None or (self.player.finished and (partner is None or partner.finished))

    def _stop_timers(self) -> None:
        for timer in (self.timer, self.settle_timer):
            if timer is not None:
                timer.stop()

    def _new_tracker(self, method: str) -> tuple[PlaneTracker | None, str]:
        training = self.training
        weights, examples = training.network.dimension, training.objective.count
        if too_big_to_map(weights, examples):
            return None, translate(
                "MLPWorker",
                "The network ({weights} parameters on {examples} points) is too large for a live weight-space "
                "map: a smaller network or fewer samples bring it back.",
            ).format(weights=f"{weights:,}", examples=f"{examples:,}")
        try:
            with np.errstate(all="ignore"):
                return PlaneTracker(training, method, plane_resolution(weights, examples)), ""
        except (MLPError, ValueError, ArithmeticError, np.linalg.LinAlgError) as error:
            return None, translate("MLPWorker", "The weight-space map could not be computed: {error}").format(error=error)

    def _refit(self) -> None:
        try:
            with np.errstate(all="ignore"):
                self.tracker.refit()
        except (MLPError, ValueError, ArithmeticError, np.linalg.LinAlgError) as error:
            self.view_failed.emit(self.run_id, translate("MLPWorker", "The plane could not be re-fitted: {error}").format(error=error))

    def _frame_soon(self) -> None:
        self._view_step = -1
        if self.playing:
            self._last_view = 0.0  # the next batch brings it
        else:
            self.settle_timer.start()

    def _fast_updates_per_tick(self) -> int:
        # as many as fit in one short batch (the player checks its clock only every 32)
        return max(1, int(FAST_BATCH_SECONDS / max(self.step_seconds, 1e-6)))

    def _end_run(self, sentence: str) -> None:
        self.partner_player = None
        super()._end_run(sentence)

    def _partner_batch(self, updates: int, initial: bool = False):
        """The raced run's steps: as many updates as the main run just made (``updates``)."""
        if self.partner_player is None:
            return None
        if initial:
            return self.partner_player.initial_batch()
        return self.partner_player.advance(updates)

    @QtCore.Slot()
    @reports_failures
    def _tick(self) -> None:
        if self.player is None or not self.playing:
            self.timer.stop()
            return
        self._stand_aside()  # while the window paints
        updates = self._updates_per_tick()
        started = time.perf_counter()
        # (the engine's step keeps a diverging run's overflow quiet: its status says it)
        batch = self.player.advance(updates, self._budget(), self._stand_aside)
        made = len(batch.loss)
        partner = None
        if self.partner_player is not None:
            # in lockstep: as many updates as the main run made (all of the tick's once it has stopped)
            partner = self._partner_batch(made if not self.player.finished or made else updates)
            made = max(made, len(partner.loss))
        if made:
            per_update = (time.perf_counter() - started) / made
            self.step_seconds = 0.7 * self.step_seconds + 0.3 * per_update
        views = self.finished or time.perf_counter() - self._last_view >= self._view_interval
        self._emit(batch, partner, views)
        self._after_tick()

    @QtCore.Slot()
    @reports_failures
    def _settle(self) -> None:
        """The run stands still: show the stored step the timeline asks for, or bring
        the views of the newest step up to date if they are not."""
        if self.player is None or self.playing:
            return
        if self._view_step != self.training.steps:
            self._emit(self.player.advance(0), self._partner_batch(0), views=True)
        if self._wanted_step is not None:
            self._emit_step_view(self._wanted_step)

    def _emit(self, batch, partner_batch, views: bool) -> None:
        with np.errstate(all="ignore"):  # a diverged run has infinite weights: draw what can be drawn
            self._emit_batch(batch, partner_batch, views)

    def _emit_batch(self, batch, partner_batch, views: bool) -> None:
        training = self.training
        points = batch.points
        count = len(batch.loss)
        test = training.loss_per_example(points, TEST) if count else np.empty(0)
        train = training.loss_per_example(points, TRAIN, batch.loss) if count else np.empty(0)
        gradient_norm = np.linalg.norm(batch.gradient, axis=1) if count else np.empty(0)
        update_norm = np.full(count, np.nan)
        learning_rate = np.full(count, np.nan)
        minibatch_first, minibatch = self._minibatch_losses(batch)
        if count:
            previous = np.concatenate([self._last_point[None], points[:-1]]) if self._last_point is not None else None
            if previous is not None:
                update_norm = np.linalg.norm(points - previous, axis=1)
            else:  # the batch starts at w₀
                update_norm[1:] = np.linalg.norm(np.diff(points, axis=0), axis=1)
            # every update of one batch used the γ in force when the batch began (a change
            # of γ is a queued request, handled between batches), on its schedule: the
            # update that reached w_t is update t − 1
            updates = np.arange(batch.first_index, batch.first_index + count) - 1
            base = float(training.descent.learning_rates[0])
            learning_rate[:] = training.run_settings.schedule(base, np.maximum(updates, 0))
            if batch.first_index == 0:
                learning_rate[0] = np.nan
            self._last_point = points[-1].copy()
        if self.finished and not self._refitted_at_end and self.tracker is not None:
            # the end of a run: the plane is chosen again from the whole path
            self._refitted_at_end = True
            self._refit()
            views = True
        metrics = grid = curve = frame = None
        ball = ""
        steps = training.steps
        if views:
            started = time.perf_counter()
            metrics, grid, curve = self._views(training.weights)
            if self.tracker is not None:
                try:
                    frame = self.tracker.frame()
                except (MLPError, ValueError, ArithmeticError, np.linalg.LinAlgError) as error:
                    self.plane_note = translate("MLPWorker", "The weight-space map could not be computed: {error}").format(error=error)
                    self.tracker = None
            self._view_step = steps
            cloud = noise_ball(training)
            ball = cloud.sentence() if cloud is not None else ""
            if self.fan is not None and self._wanted_step is None:
                self._emit_fan(steps)
            self._last_view = time.perf_counter()
            self._view_interval = max(VIEW_INTERVAL_SECONDS, VIEW_COST_FACTOR * (self._last_view - started))
        partner = None
        if self.partner is not None and partner_batch is not None:
            partner_points = partner_batch.points
            partner_train = (
                self.partner.loss_per_example(partner_points, TRAIN, partner_batch.loss) if len(partner_batch.loss) else np.empty(0)
            )
            plane = self.tracker.plane if self.tracker is not None else None
            history = self.partner.history
            coordinates = plane.project(history.points) if plane is not None else np.empty((0, 2))
            partner = PartnerPath(partner_batch.first_index, partner_train, coordinates, partner_batch.status, history.steps.copy())
        self.batch_ready.emit(
            TrainingBatch(
                run_id=self.run_id,
                first_step=batch.first_index,
                loss=batch.loss,
                train_per_example=train,
                test_per_example=test,
                gradient_norm=gradient_norm,
                update_norm=update_norm,
                learning_rate=learning_rate,
                status=batch.status,
                steps=batch.steps,
                running=not self.finished,
                metrics=metrics,
                grid=grid,
                curve=curve,
                frame=frame,
                plane_note=self.plane_note,
                partner=partner,
                view_step=steps,
                history_note=training.history.thinning_note(),
                noise_ball=ball,
                minibatch_first=minibatch_first,
                minibatch_per_example=minibatch,
            )
        )

    def _minibatch_losses(self, batch) -> tuple[int, np.ndarray | None]:
        """The minibatch losses made since the last batch, as a mean E per example, and
        the step of the first (w_t of this batch's points, or the newest point before them)."""
        training = self.training
        first, drawn = self._minibatch_sent, training.batches_evaluated
        if drawn <= first:
            return first, None
        known, offset = batch.points, batch.first_index
        if self._last_point is not None:
            known, offset = np.concatenate([self._last_point[None], known]), offset - 1
        rows = np.arange(first, drawn) - offset
        if len(known) == 0 or rows[0] < 0 or rows[-1] >= len(known):
            return first, None  # not this batch's steps: sent with the next one
        self._minibatch_sent = drawn
        return first, training.batch_loss_per_example(first, known[rows])

    def _views(self, w: np.ndarray):
        """The metrics at ``w`` and its decision grid (two inputs) or fitted curve (one)."""
        training = self.training
        network, dataset = training.network, training.dataset
        metrics = training.metrics(w)
        grid = curve = None
        x_min, x_max, _, _ = window = dataset.bounds()
        if dataset.features == 2:  # decision regions, or a regression's f_w(x₁, x₂)
            grid = decision_grid(network, w, window, grid_resolution(network.dimension))
        elif dataset.features == 1:
            curve = fitted_curve(network, w, (x_min, x_max), CURVE_POINTS)
        return metrics, grid, curve

    def _emit_step_view(self, step: int) -> None:
        training = self.training
        step = min(max(int(step), 0), training.steps)
        training.pin(step)  # a step looked at stays through later thinning (if it is still kept)
        kept, w = training.weights_at(step)  # the stored w_t itself: nothing is run again
        with np.errstate(all="ignore"):
            metrics, grid, curve = self._views(w)
            readout = None
            if self.tracker is not None:
                loss = float(training.loss_history[kept])
                readout = plane_readout(training.objective, self.tracker.plane, w, kept, loss)
        self.step_view_ready.emit(StepView(self.run_id, step, metrics, grid, curve, readout, kept))
        if self.fan is not None:
            self._emit_fan(step)

    def _emit_fan(self, step: int) -> None:
        """The fan at the kept step nearest ``step``, projected on the map's plane."""
        training, tracker = self.training, self.tracker
        if tracker is None or self.fan is None:
            return
        kept, w = training.weights_at(step)
        objective = training.objective
        batch_size, draws = self.fan
        batch_size = min(batch_size, objective.count)
        cached = self._fan_gradients
        try:
            with np.errstate(all="ignore"):
                if cached is None or cached[:2] != (self.run_id, kept):
                    cached = self._fan_gradients = (self.run_id, kept, (full_gradient(objective, w), example_gradients(objective, w)))
                order = training.batch_order
                epoch = training.epoch(kept) if order is not None else 0
                fan = batch_fan(
                    objective,
                    w,
                    batch_size,
                    draws,
                    seed=training.settings.seed if draws == EPOCH else kept,
                    epoch=epoch,
                    gradients=cached[2],
                )
                plane = tracker.plane
                picture = fan_picture(fan, plane.directions)
                origin = plane.project(w)[0]
                x_min, x_max, _, _ = tracker.landscape.window
                scale = picture.arrow_scale(x_max - x_min)
                mean_distance = float(np.linalg.norm(fan.mean_gradient - fan.full_gradient))
        except (MLPError, ValueError, ArithmeticError, np.linalg.LinAlgError) as error:
            self.view_failed.emit(
                self.run_id, translate("MLPWorker", "The minibatch fan could not be computed: {error}").format(error=error)
            )
            return
        self.fan_ready.emit(
            FanView(
                self.run_id,
                kept,
                picture,
                (float(origin[0]), float(origin[1])),
                scale,
                batch_size,
                draws,
                epoch,
                fan.measured_variance,
                fan.formula_variance,
                mean_distance,
                float(np.linalg.norm(fan.full_gradient)),
            )
        )


class TrainingThread(WorkerThread):
    """Owns the QThread and the :class:`TrainingWorker`: the descent worker's requests,
    plus the weight-space plane, the timeline's stored steps and the exports."""

    WORKER = TrainingWorker
    THREAD_NAME = "gdstudio-mlp"
    REQUESTS = (*WorkerThread.REQUESTS, "set_plane", "refit_plane", "show_step", "request_report", "set_fan", "preload_kernel")
    _set_fan = QtCore.Signal(int, int, object)
    _preload_kernel = QtCore.Signal()
    _set_plane = QtCore.Signal(int, str)
    _refit_plane = QtCore.Signal(int)
    _show_step = QtCore.Signal(int, int)
    _request_report = QtCore.Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report_ready = self.worker.report_ready
        self.step_view_ready = self.worker.step_view_ready
        self.fan_ready = self.worker.fan_ready
        self.kernel_loaded = self.worker.kernel_loaded

    def set_fan(self, run_id: int, batch_size: int, draws) -> None:
        self._set_fan.emit(run_id, batch_size, draws)

    def set_plane(self, run_id: int, method: str) -> None:
        self._set_plane.emit(run_id, method)

    def refit_plane(self, run_id: int) -> None:
        self._refit_plane.emit(run_id)

    def show_step(self, run_id: int, step: int) -> None:
        self._show_step.emit(run_id, step)

    def request_report(self, run_id: int) -> None:
        self._request_report.emit(run_id)

    def preload_kernel(self) -> None:
        self._preload_kernel.emit()
