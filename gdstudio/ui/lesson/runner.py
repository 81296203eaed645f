"""A step's runs made off the window's thread: the outcome a verdict is judged by.

:func:`gdstudio.core.lesson.run_step` makes the same runs the tabs make, with the
core alone, to their end; a long one (a race of thousands of steps, an MLP's
training) takes seconds, so it runs in a thread of its own and the panel says
"checking…" meanwhile.  Each request carries an id: a request superseded before
the thread reaches it (the student pressed Next) is skipped, and its answer dropped.
Outcomes are kept by set-up, so going Back, or saving a lesson whose steps were just
run, costs nothing.

The thread is a daemon Python thread, not a QThread as the tabs' workers are: a
tab's worker advances its run in short batches and stops between two of them, but
``run_step`` is one call that cannot be interrupted, and a QThread still inside it
when the application quits would abort the process.  A daemon thread is left
behind instead; its answer goes to the window through a queued signal.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections import OrderedDict
from dataclasses import dataclass

from PySide6 import QtCore

from gdstudio.core.lesson import LessonError, StepOutcome, run_step
from gdstudio.core.session import StudioSession, studio_session_text
from gdstudio.ui.common.worker import collect_garbage_in_the_gui_thread

KEPT_OUTCOMES = 12  # an MLP outcome holds its training: keep a lesson's worth, not more


@dataclass(frozen=True)
class SetupJob:
    job_id: int
    setup: StudioSession


class StepRunner(QtCore.QObject):
    """Makes a set-up's runs in a thread of its own. ``request(setup)`` returns a job
    id; ``outcome_ready(id, outcome)`` or ``outcome_failed(id, sentence)`` follows in
    the window's thread (at once for a set-up already run)."""

    outcome_ready = QtCore.Signal(int, object)
    outcome_failed = QtCore.Signal(int, str)
    _finished = QtCore.Signal(int, object)  # from the thread
    _failed = QtCore.Signal(int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        collect_garbage_in_the_gui_thread()  # garbage holding Qt objects is never collected in the thread
        self._ids = itertools.count(1)
        self._kept: OrderedDict[str, StepOutcome] = OrderedDict()
        self._pending: dict[int, str] = {}  # job id → its set-up's text
        self._skip_below = 0  # read by the thread: older jobs still queued are dropped
        self._stopped = threading.Event()
        self._jobs: queue.Queue[SetupJob | None] = queue.Queue()
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        self._finished.connect(self._on_finished, queued)
        self._failed.connect(self._on_failed, queued)
        self._thread = threading.Thread(target=self._work, name="gdstudio-lesson", daemon=True)
        self._thread.start()

    # -- the thread ------------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None or self._stopped.is_set():
                return
            if job.job_id < self._skip_below:
                continue
            try:
                outcome, problem = run_step(job.setup), ""
            except LessonError as error:
                outcome, problem = None, str(error)
            if self._stopped.is_set():
                return
            try:
                if problem:
                    self._failed.emit(job.job_id, problem)
                else:
                    self._finished.emit(job.job_id, outcome)
            except RuntimeError:  # the window closed while the step ran
                return

    # -- the window's side --------------------------------------------------------------------
    def request(self, setup: StudioSession, supersede: bool = True) -> int:
        """Run ``setup`` (or give its kept outcome at once). With ``supersede``, jobs
        asked for before this one and not yet started are dropped."""
        job_id = next(self._ids)
        if supersede:
            self._skip_below = job_id
            self._pending.clear()
        key = studio_session_text(setup)
        if key in self._kept:
            self._kept.move_to_end(key)
            outcome = self._kept[key]
            QtCore.QTimer.singleShot(0, self, lambda: self.outcome_ready.emit(job_id, outcome))
            return job_id
        self._pending[job_id] = key
        self._jobs.put(SetupJob(job_id, setup))
        return job_id

    def stop(self) -> None:
        """No more runs: a run in progress is left to end in the background, unheard."""
        self._stopped.set()
        self._pending.clear()
        self._jobs.put(None)

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
