"""A step's runs made off the window's thread: the outcome a verdict is judged by.

:func:`gdstudio.core.lesson.run_step` makes the same runs the tabs make, with the
core alone, to their end; a long one (a race of thousands of steps, an MLP's
training) takes seconds, so it runs in a worker thread and the panel says
"checking…" meanwhile.  Each request carries an id: a request superseded before
the worker reaches it (the student pressed Next) is skipped, and its answer dropped.
Outcomes are kept by set-up, so going Back, or saving a lesson whose steps were just
run, costs nothing.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from dataclasses import dataclass

from PySide6 import QtCore

from gdstudio.core.lesson import LessonError, StepOutcome, run_step
from gdstudio.core.session import StudioSession, studio_session_text
from gdstudio.ui.common.worker import WorkerOwner

KEPT_OUTCOMES = 12  # an MLP outcome holds its training: keep a lesson's worth, not more


@dataclass(frozen=True)
class SetupJob:
    job_id: int
    setup: StudioSession


class StepWorker(QtCore.QObject):
    """Lives in the runner's thread: makes the runs of one set-up at a time."""

    finished = QtCore.Signal(int, object)  # job id, StepOutcome
    failed = QtCore.Signal(int, str)  # job id, one sentence

    def __init__(self, window_idle=None):
        super().__init__()
        self.skip_below = 0  # set from the window's thread: older jobs still queued are dropped

    @QtCore.Slot()
    def initialise(self) -> None:
        pass

    @QtCore.Slot(object)
    def run(self, job: SetupJob) -> None:
        if job.job_id < self.skip_below:
            return
        try:
            outcome = run_step(job.setup)
        except LessonError as error:
            self.failed.emit(job.job_id, str(error))
            return
        self.finished.emit(job.job_id, outcome)

    @QtCore.Slot()
    def shutdown(self) -> None:
        self.skip_below = 1 << 62


class StepRunner(WorkerOwner):
    """Makes a set-up's runs in a thread of its own. ``request(setup)`` returns a job
    id; ``outcome_ready(id, outcome)`` or ``outcome_failed(id, sentence)`` follows
    (at once, in the window's thread, for a set-up already run)."""

    WORKER = StepWorker
    THREAD_NAME = "gdstudio-lesson"
    REQUESTS = ("run",)
    _run = QtCore.Signal(object)

    outcome_ready = QtCore.Signal(int, object)
    outcome_failed = QtCore.Signal(int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._kept: OrderedDict[str, StepOutcome] = OrderedDict()
        self._pending: dict[int, str] = {}  # job id → its set-up's text
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)

    def known(self, setup: StudioSession) -> StepOutcome | None:
        """The outcome of ``setup`` if it has been run already."""
        return self._kept.get(studio_session_text(setup))

    def request(self, setup: StudioSession, supersede: bool = True) -> int:
        """Run ``setup`` (or give its kept outcome at once). With ``supersede``, jobs
        asked for before this one and not yet started are dropped."""
        job_id = next(self._ids)
        if supersede:
            self.worker.skip_below = job_id
            self._pending.clear()
        key = studio_session_text(setup)
        if key in self._kept:
            self._kept.move_to_end(key)
            outcome = self._kept[key]
            QtCore.QTimer.singleShot(0, self, lambda: self.outcome_ready.emit(job_id, outcome))
            return job_id
        self._pending[job_id] = key
        self._run.emit(SetupJob(job_id, setup))
        return job_id

    def _on_finished(self, job_id: int, outcome: StepOutcome) -> None:
        key = self._pending.pop(job_id, None)
        if key is None:
            return  # superseded
        self._kept[key] = outcome
        while len(self._kept) > KEPT_OUTCOMES:
            self._kept.popitem(last=False)
        self.outcome_ready.emit(job_id, outcome)

    def _on_failed(self, job_id: int, message: str) -> None:
        if self._pending.pop(job_id, None) is not None:
            self.outcome_failed.emit(job_id, message)
