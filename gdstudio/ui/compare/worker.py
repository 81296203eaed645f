"""The Compare tab's worker thread: it owns the race (and a sweep while one runs),
advances it on its own timer and emits batches; requests arrive as queued signals."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore

from gdstudio.core.descent.race import Race
from gdstudio.core.descent.sweep import Sweep
from gdstudio.ui.common.worker import FAST_BATCH_SECONDS, FAST_REST_MS, WorkerOwner, reports_failures, unexpected_failure


@dataclass(frozen=True)
class RaceJob:
    job_id: int
    function: object
    entries: tuple
    keep_progress: bool = False  # replay the new entries to the shown race's step count
    play: bool = False  # play on once it is ready (an edit made while the race played)


@dataclass(frozen=True)
class SweepJob:
    job_id: int
    function: object
    start: tuple
    learning_rates: np.ndarray
    optimizer: str
    hyperparameters: dict
    max_steps: int
    tolerance: float


class _Superseded(Exception):
    """A newer race was asked for while this one was being replayed."""


class CompareWorker(QtCore.QObject):
    """Owns a Race and a Sweep in its own thread; emits copies of what changed. A sweep
    runs to its end as soon as it starts, and a playing race waits while it does; a
    new sweep leaves the race where it was.

    ``failed`` (job id, one sentence) means that job has ended: a race or sweep that
    could not start, or an exception in a slot, which ends the race and the sweep
    that were running (every slot is decorated with :func:`reports_failures`)."""

    race_batch = QtCore.Signal(int, object, object)  # job id, RaceBatch, CarriedState per run
    sweep_progress = QtCore.Signal(int, float, object)  # job id, fraction done, SweepResult (final when 1)
    failed = QtCore.Signal(int, str)

    def __init__(self, window_idle: threading.Event):
        super().__init__()
        self.window_idle = window_idle
        self.race: Race | None = None
        self.sweep: Sweep | None = None
        self.race_job = 0
        self.sweep_job = 0
        # written by the window's thread before it queues a race (a plain int: the
        # worker reads it between updates to drop a replay that is no longer wanted)
        self.latest_race_job = 0
        self.closing = False
        self.playing = False  # the race
        self.timer: QtCore.QTimer | None = None

    @QtCore.Slot()
    @reports_failures
    def initialise(self) -> None:
        self.timer = QtCore.QTimer(self)
        self.timer.timeout.connect(self._tick)

    @QtCore.Slot(object)
    @reports_failures
    def start_race(self, job: RaceJob) -> None:
        if job.job_id != self.latest_race_job:
            return  # a newer race is queued behind this one
        self.playing = False

        def stand_aside_unless_superseded() -> None:
            self._stand_aside()
            if self.latest_race_job != job.job_id or self.closing:
                raise _Superseded

        try:
            if job.keep_progress and self.race is not None and self.race.objective is job.function:
                # the runs do not interact: the kept ones are replayed exactly, a new one catches up
                race = self.race.with_entries(job.entries, pause=stand_aside_unless_superseded)
            else:
                race = Race(job.function, job.entries)
        except _Superseded:
            return  # the race before stays, for the newer job to replay from
        except ValueError as error:
            self.race = None
            self.failed.emit(job.job_id, str(error))
            return
        self.race = race
        self.race_job = job.job_id
        self._emit_race()
        if job.play:
            self.play(job.job_id)

    @QtCore.Slot(object)
    @reports_failures
    def start_sweep(self, job: SweepJob) -> None:
        self.sweep_job = job.job_id
        try:
            self.sweep = Sweep(
                job.function, job.start, job.learning_rates, job.optimizer, job.hyperparameters, job.max_steps, job.tolerance
            )
        except ValueError as error:
            self.sweep = None
            self.failed.emit(job.job_id, str(error))
            return
        self.timer.start(0)

    @QtCore.Slot(int)
    @reports_failures
    def play(self, job_id: int) -> None:
        if job_id == self.race_job and self.race is not None and not self.race.finished:
            self.playing = True
            self.timer.start(FAST_REST_MS)

    @QtCore.Slot(int)
    @reports_failures
    def pause(self, job_id: int) -> None:
        if job_id == self.race_job:
            self.playing = False

    @QtCore.Slot(int)
    @reports_failures
    def step(self, job_id: int) -> None:
        if job_id == self.race_job and self.race is not None and not self.race.finished:
            self.playing = False
            self._emit_race(self.race.advance(1))

    @QtCore.Slot()
    @reports_failures
    def shutdown(self) -> None:
        self.playing = False
        if self.timer is not None:
            self.timer.stop()
        self.race = None
        self.sweep = None

    @QtCore.Slot(int)
    @reports_failures
    def cancel_sweep(self, job_id: int) -> None:
        if job_id == self.sweep_job:
            self.sweep = None

    def _fail(self, error: BaseException) -> None:
        """An unexpected exception ends the race and the sweep that were running."""
        self.playing = False
        if self.timer is not None:
            self.timer.stop()
        ended = []
        if self.race is not None:
            ended.append((self.race_job, unexpected_failure(error, self.race.step_count, "race")))
        if self.sweep is not None:
            ended.append((self.sweep_job, unexpected_failure(error, what="sweep")))
        self.race = self.sweep = None
        for job_id, sentence in ended or [(self.race_job, unexpected_failure(error))]:
            self.failed.emit(job_id, sentence)

    def _emit_race(self, batch=None) -> None:
        """Send what changed (advance() hands its batch out: pass it on, never ask twice)."""
        race = self.race
        self.race_batch.emit(self.race_job, batch if batch is not None else race.batch(), race.carried_states())

    def _stand_aside(self) -> None:
        self.window_idle.wait(0.1)

    @QtCore.Slot()
    @reports_failures
    def _tick(self) -> None:
        self.window_idle.wait(0.1)
        # a sweep and a playing race share the worker: a slice of each per tick
        if self.sweep is not None:
            finished = self.sweep.advance(None, FAST_BATCH_SECONDS)
            self.sweep_progress.emit(self.sweep_job, self.sweep.progress, self.sweep.result() if finished else None)
            if finished:
                self.sweep = None
        if self.playing and self.race is not None:
            self._emit_race(self.race.advance(1 << 30, FAST_BATCH_SECONDS, self._stand_aside))
            if self.race.finished:
                self.playing = False
        if self.sweep is not None or self.playing:
            self.timer.start(FAST_REST_MS)  # the rest counts from the end of the batch


class CompareThread(WorkerOwner):
    """Owns the QThread and the :class:`CompareWorker` (races and sweeps)."""

    WORKER = CompareWorker
    THREAD_NAME = "gdstudio-compare"
    REQUESTS = ("start_race", "start_sweep", "cancel_sweep", "play", "pause", "step")
    _start_race = QtCore.Signal(object)
    _start_sweep = QtCore.Signal(object)
    _cancel_sweep = QtCore.Signal(int)
    _play = QtCore.Signal(int)
    _pause = QtCore.Signal(int)
    _step = QtCore.Signal(int)
