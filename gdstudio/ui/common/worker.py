"""The worker thread: the only bridge between a running descent and the window.

The :class:`DescentWorker` lives in its own ``QThread``.  It owns the run (a core
:class:`~gdstudio.core.descent.playback.Player`), advances it on a timer of its own and
emits :class:`~gdstudio.core.descent.playback.StepBatch` objects (immutable copies) to
the window.  The window's requests arrive as queued signals, so they are handled
between batches, never in the middle of one.  Every run carries an id: requests
and batches that belong to a superseded run are dropped.  The worker never
touches a widget.
"""

from __future__ import annotations

import functools
import gc
import logging
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the core imports sympy: the shell uses this module before its first paint
    from gdstudio.core.descent.engine import Objective, RunSettings
    from gdstudio.core.descent.playback import Player

# At full speed the worker steps for this long, then hands over a batch and rests
# for FAST_REST_MS in its event loop, where it sees new requests. Python threads
# share one interpreter lock: the rest is what keeps the window's thread (which
# paints) from queueing behind a worker that never lets go.
FAST_BATCH_SECONDS = 0.004
FAST_REST_MS = 4
# How often a running Python thread is asked to hand over the interpreter lock
# (the default is 5 ms): shorter keeps the window's many short Qt calls from
# each waiting behind the worker.
SWITCH_INTERVAL_SECONDS = 0.0005
FAST = 0.0  # steps per second meaning "as fast as possible"
PACED_TICK_MS = 16  # a paced run ticks at most ~60 times a second; faster speeds make several updates a tick

log = logging.getLogger(__name__)

_garbage_collector = None
_freezing = False

# The GUI thread's collector looks at Python's counts this often, and collects the
# oldest generation (the whole heap not frozen) at most this often.
GARBAGE_CHECK_MS = 100
FULL_COLLECTION_SECONDS = 60.0


class GuiGarbageCollector(QtCore.QObject):
    """Python's cycle collector, run by a timer in the GUI thread (the automatic one is off).

    It keeps Python's thresholds (a young collection once 700 new containers outlive
    their creation, a middle one every 10 young ones), looked at ten times a second: a
    young collection then walks a tenth of a second's new objects where pyqtgraph's
    collector (once a second) walked a second's, and took 18 to 48 ms while a run
    played. The oldest generation (everything not frozen: see
    :func:`settle_long_lived_objects`) is walked at most once a minute."""

    def __init__(self, paused: bool = False):
        super().__init__()
        self.threshold = gc.get_threshold()
        gc.disable()
        self.last_full = time.monotonic()
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(GARBAGE_CHECK_MS)
        self.timer.timeout.connect(self.check)
        if not paused:
            self.timer.start()

    @property
    def running(self) -> bool:
        """False while paused (a staged start-up, until :func:`resume_garbage_collection`)."""
        return self.timer.isActive()

    def resume(self) -> None:
        if not self.running:
            self.timer.start()

    def check(self) -> None:
        young, middle, old = gc.get_count()
        if young <= self.threshold[0]:
            return
        if middle < self.threshold[1]:
            gc.collect(0)
        elif old < self.threshold[2] or time.monotonic() - self.last_full < FULL_COLLECTION_SECONDS:
            gc.collect(1)
        else:
            gc.collect(2)
            self.last_full = time.monotonic()


def collect_garbage_in_the_gui_thread(paused: bool = False) -> None:
    """Python's cycle collector runs in whichever thread happens to allocate past its
    threshold. When that is a worker and the garbage holds Qt objects (a closed
    window's menus), Qt objects are destroyed off the GUI thread: seen here as a
    deadlock in Shiboken while the MLP worker imported numba. The
    :class:`GuiGarbageCollector` turns the automatic collector off and collects on a
    timer in the GUI thread instead. Call it from the GUI thread before any worker starts.

    ``paused``: nothing is collected until :func:`resume_garbage_collection` (the start-up,
    whose imports make objects that nearly all live on: walking them again and again
    while they load is time the start-up waits for)."""
    global _garbage_collector
    if _garbage_collector is None:
        _garbage_collector = GuiGarbageCollector(paused)


def collect_young_objects() -> None:
    """Walk the objects made since the last collections now (``gc.collect(1)``), from the GUI
    thread: after a person's action that made many that live on (a new function's sympy
    expressions and compiled code), so that the collector does not walk them in the first
    frames of the run that follows (a middle collection of many new objects took 30–45 ms
    when it fell in a frame, seen on the MLP tab; after a new function it was not measured
    apart). Not while a start-up keeps the collector paused: everything is young then, and
    the start collects once at its end."""
    if _garbage_collector is not None and not _garbage_collector.running:
        return
    gc.collect(1)


def resume_garbage_collection() -> None:
    """Start the GUI thread's collector where it was made paused (from the GUI thread)."""
    if _garbage_collector is not None:
        _garbage_collector.resume()


def freeze_long_lived_objects() -> None:
    """Let :func:`settle_long_lived_objects` freeze: the application does, once, at its start
    (tests, which open and close hundreds of windows in one process, do not)."""
    global _freezing
    _freezing = True


def settle_long_lived_objects(collect: bool = True) -> None:
    """Move every object alive now (the modules, sympy's and numba's tables, the window's
    widgets: about 130,000 containers once the studio is up) into Python's permanent
    generation (``gc.freeze``): the collector never walks them again, where a full
    collection of them took 45 to 55 ms of the window's thread. ``collect`` first frees
    the garbage of the start-up (itself such a walk: call it from the GUI thread, at the
    end of the start-up). Does nothing unless :func:`freeze_long_lived_objects` was called."""
    if not _freezing:
        return
    if collect:
        gc.collect()
    gc.freeze()


def tick_interval_ms(steps_per_second: float) -> int:
    """The worker timer's interval at a speed: a short rest between batches at full
    speed, else one tick per step, but no more than ~60 ticks a second."""
    if steps_per_second == FAST:
        return FAST_REST_MS
    return max(PACED_TICK_MS, int(round(1000.0 / steps_per_second)))


def paced_updates_per_tick(steps_per_second: float) -> int:
    """Updates a tick makes at a paced speed (several once the speed passes 60 a second)."""
    return max(1, int(round(steps_per_second * max(PACED_TICK_MS, 1000.0 / steps_per_second) / 1000.0)))


# (what stopped, whether the step is known): the sentence, whole, for each (its words
# differ by what stopped in other languages)
FAILURES = {
    ("run", True): QT_TRANSLATE_NOOP(
        "WorkerFailure",
        "The run stopped at step {step} because of an unexpected error in gdstudio ({detail}); "
        "Reset starts it again, and the details are printed in the terminal.",
    ),
    ("run", False): QT_TRANSLATE_NOOP(
        "WorkerFailure",
        "The run stopped because of an unexpected error in gdstudio ({detail}); "
        "Reset starts it again, and the details are printed in the terminal.",
    ),
    ("race", True): QT_TRANSLATE_NOOP(
        "WorkerFailure",
        "The race stopped at step {step} because of an unexpected error in gdstudio ({detail}); "
        "Reset starts it again, and the details are printed in the terminal.",
    ),
    ("race", False): QT_TRANSLATE_NOOP(
        "WorkerFailure",
        "The race stopped because of an unexpected error in gdstudio ({detail}); "
        "Reset starts it again, and the details are printed in the terminal.",
    ),
    ("sweep", True): QT_TRANSLATE_NOOP(
        "WorkerFailure",
        "The sweep stopped at step {step} because of an unexpected error in gdstudio ({detail}); "
        "Reset starts it again, and the details are printed in the terminal.",
    ),
    ("sweep", False): QT_TRANSLATE_NOOP(
        "WorkerFailure",
        "The sweep stopped because of an unexpected error in gdstudio ({detail}); "
        "Reset starts it again, and the details are printed in the terminal.",
    ),
}


def unexpected_failure(error: BaseException, step: int | None = None, what: str = "run") -> str:
    """The sentence a window shows for an exception nobody expected in a worker
    (``what``: "run", "race" or "sweep")."""
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    template = FAILURES.get((what, step is not None))
    if template is None:  # a worker of another kind: the English sentence
        where = f" at step {step:,}" if step is not None else ""
        return (
            f"The {what} stopped{where} because of an unexpected error in gdstudio ({detail}); "
            f"Reset starts it again, and the details are printed in the terminal."
        )
    step_text = f"{step:,}" if step is not None else ""
    return QtCore.QCoreApplication.translate("WorkerFailure", template).format(step=step_text, detail=detail)


def reports_failures(slot: Callable) -> Callable:
    """Wrap a worker's slot (or timer tick) so that no exception escapes it: any one
    ends the worker's run through its ``_fail`` (a stop reason and a sentence sent to
    the window), as superqt's workers emit ``errored`` for every exception. Without
    this, an exception in a slot is printed by PySide6 and the run just stops."""

    @functools.wraps(slot)
    def guarded(self, *args):
        try:
            return slot(self, *args)
        except Exception as error:
            log.error("the %s worker failed in %s", self.thread().objectName() or "gdstudio", slot.__name__, exc_info=error)
            try:
                self._fail(error)
            except Exception as second:  # the failure path itself must never fail silently either
                log.error("reporting the failure failed too", exc_info=second)

    guarded.reports_failures = True
    return guarded


@dataclass(frozen=True)
class RunRequest:
    run_id: int
    objective: Objective
    settings: RunSettings
    playing: bool = False


class PacedWorker(QtCore.QObject):
    """What the Function and MLP workers share: a run (``player``, a core
    :class:`~gdstudio.core.descent.playback.Player`) advanced on a timer of the worker's
    own, paced by the playback speed, and the end of a run that fails.

    ``failed`` (run id, one sentence) means the run has ended: it could not start, a
    request was refused, or an exception was raised in a slot. The worker then drops
    the run (its requests are ignored until a new run starts) and the window shows
    the sentence as the run's stop reason. Subclasses decorate every slot with
    :func:`reports_failures`."""

    failed = QtCore.Signal(int, str)  # run id, one sentence

    def __init__(self, window_idle: threading.Event | None = None):
        super().__init__()
        # set while the window is not painting; the worker waits on it between
        # groups of updates, so a frame is painted without sharing the interpreter
        self.window_idle = window_idle or threading.Event()
        if window_idle is None:
            self.window_idle.set()
        self.player: Player | None = None
        self.run_id = -1
        self.playing = False
        self.steps_per_second = FAST
        self.timer: QtCore.QTimer | None = None

    # No subclass overrides a slot declared here: with PySide6 6.10 a connection to an
    # overridden slot is called in the GUI thread, not the worker's. Subclasses extend
    # _create_timers and implement _tick (a slot of their own) instead.
    @QtCore.Slot()
    @reports_failures
    def initialise(self) -> None:
        """Create the timers in the worker's own thread."""
        self._create_timers()

    def _create_timers(self) -> None:
        self.timer = QtCore.QTimer(self)
        self.timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    @QtCore.Slot(float)
    @reports_failures
    def set_speed(self, steps_per_second: float) -> None:
        self.steps_per_second = steps_per_second
        if self.playing:
            self._schedule()

    # -- pacing ----------------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        """Whether the run has nothing more to do (no run at all counts as finished)."""
        return self.player is None or self.player.finished

    def _current(self, run_id: int) -> bool:
        return self.player is not None and self.run_id == run_id

    def _stop_timers(self) -> None:
        if self.timer is not None:
            self.timer.stop()

    def _schedule(self) -> None:
        """Start (or re-time) the timer if the run plays, else stop it."""
        if self.timer is None or not self.playing or self.finished:
            if self.timer is not None:
                self.timer.stop()
            return
        self.timer.start(tick_interval_ms(self.steps_per_second))

    def _budget(self) -> float | None:
        """Seconds a tick may step for: a short batch at full speed, none when paced."""
        return FAST_BATCH_SECONDS if self.steps_per_second == FAST else None

    def _updates_per_tick(self) -> int:
        if self.steps_per_second == FAST:
            return self._fast_updates_per_tick()
        return paced_updates_per_tick(self.steps_per_second)

    def _fast_updates_per_tick(self) -> int:
        """At full speed the time budget ends the batch; a subclass may cap it."""
        return 1 << 30

    def _stand_aside(self) -> None:
        self.window_idle.wait(0.1)

    def _after_tick(self) -> None:
        """A tick's batch is out: stop at the end of the run, else rest before the next."""
        if self.finished:
            self.playing = False
            self._stop_timers()
        elif self.playing and self.steps_per_second == FAST and self.timer is not None:
            # the rest counts from the end of the batch (a repeating timer counts from
            # its start, and a batch as long as the interval would leave no rest at all)
            self.timer.start(FAST_REST_MS)

    # -- failures --------------------------------------------------------------------------
    def _step_reached(self) -> int | None:
        """The run's step count, for the sentence of a failure (None without a run)."""
        try:
            return int(self.player.descent.steps[0]) if self.player is not None else None
        except Exception:
            return None

    def _end_run(self, sentence: str) -> None:
        """The run ends here with ``sentence`` as its stop reason."""
        run_id = self.run_id
        self.playing = False
        self._stop_timers()
        self.player = None
        self.failed.emit(run_id, sentence)

    def _fail(self, error: BaseException) -> None:
        self._end_run(unexpected_failure(error, self._step_reached()))


class DescentWorker(PacedWorker):
    """The Function tab's worker: one descent run, its batches out as StepBatch copies."""

    batch_ready = QtCore.Signal(object)  # StepBatch

    # -- slots: called through queued connections from the window ------------------
    @QtCore.Slot(object)
    @reports_failures
    def start_run(self, request: RunRequest) -> None:
        from gdstudio.core.descent.playback import Player

        self._stop_timers()
        self.player = None
        self.run_id = request.run_id
        try:
            self.player = Player(request.objective, request.settings, request.run_id)
        except (ValueError, ArithmeticError) as error:
            self._end_run(str(error))
            return
        self.batch_ready.emit(self.player.initial_batch())
        self.playing = request.playing
        self._schedule()

    @QtCore.Slot(int)
    @reports_failures
    def play(self, run_id: int) -> None:
        if self._current(run_id):
            self.playing = True
            self._schedule()

    @QtCore.Slot(int)
    @reports_failures
    def pause(self, run_id: int) -> None:
        if self._current(run_id):
            self.playing = False
            self._stop_timers()

    @QtCore.Slot(int)
    @reports_failures
    def step(self, run_id: int) -> None:
        """Exactly one update (pauses a playing run first)."""
        if self._current(run_id):
            self.playing = False
            self._stop_timers()
            if not self.player.finished:
                self.batch_ready.emit(self.player.advance(1))

    @QtCore.Slot(int, float)
    @reports_failures
    def set_learning_rate(self, run_id: int, learning_rate: float) -> None:
        if self._current(run_id):
            try:
                self.player.set_learning_rate(learning_rate)
            except ValueError as error:
                self._end_run(str(error))

    @QtCore.Slot()
    @reports_failures
    def shutdown(self) -> None:
        self.playing = False
        self._stop_timers()
        self.player = None

    @QtCore.Slot()
    @reports_failures
    def _tick(self) -> None:
        if self.player is None or not self.playing:
            self._stop_timers()
            return
        self.batch_ready.emit(self.player.advance(self._updates_per_tick(), self._budget(), self._stand_aside))
        self._after_tick()


class WorkerOwner(QtCore.QObject):
    """Owns a QThread and the worker living in it, for one tab.

    A subclass names the worker class (``WORKER``, made with the shared
    ``window_idle`` event), the thread (``THREAD_NAME``) and the requests it sends:
    for each name in ``REQUESTS`` its signal ``_name`` is connected, queued, to the
    worker's slot ``name``.  The thread starts at once; :meth:`stop` ends it."""

    WORKER: type = QtCore.QObject
    THREAD_NAME = "gdstudio-worker"
    REQUESTS: tuple[str, ...] = ()
    _shutdown = QtCore.Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        collect_garbage_in_the_gui_thread()
        self.thread = QtCore.QThread()
        self.thread.setObjectName(self.THREAD_NAME)
        sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
        self.window_idle = threading.Event()
        self.window_idle.set()
        self._painting_depth = 0
        self._release = _Release(self)
        self.worker = self.WORKER(self.window_idle)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.initialise)
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        for request in (*self.REQUESTS, "shutdown"):
            getattr(self, "_" + request).connect(getattr(self.worker, request), queued)
        self.thread.finished.connect(self.worker.deleteLater)
        self.thread.start()

    def painting(self) -> _Painting:
        """A context in which the worker stands aside: ``with owner.painting(): ...``."""
        return _Painting(self)

    def stop(self, timeout_ms: int = 2000) -> bool:
        """Stop the thread: the worker's current batch finishes first."""
        if not self.thread.isRunning():
            return True
        self.window_idle.set()
        self._shutdown.emit()
        self.thread.quit()
        return self.thread.wait(timeout_ms)


class WorkerThread(WorkerOwner):
    """The Function tab's descent worker, with plain methods that send queued requests."""

    WORKER = DescentWorker
    THREAD_NAME = "gdstudio-descent"
    REQUESTS = ("start_run", "play", "pause", "step", "set_learning_rate", "set_speed")
    _start_run = QtCore.Signal(object)
    _play = QtCore.Signal(int)
    _pause = QtCore.Signal(int)
    _step = QtCore.Signal(int)
    _set_learning_rate = QtCore.Signal(int, float)
    _set_speed = QtCore.Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.batch_ready = self.worker.batch_ready
        self.failed = self.worker.failed

    def start_run(self, request) -> None:
        self._start_run.emit(request)

    def play(self, run_id: int) -> None:
        self._play.emit(run_id)

    def pause(self, run_id: int) -> None:
        self._pause.emit(run_id)

    def step(self, run_id: int) -> None:
        self._step.emit(run_id)

    def set_learning_rate(self, run_id: int, learning_rate: float) -> None:
        self._set_learning_rate.emit(run_id, learning_rate)

    def set_speed(self, steps_per_second: float) -> None:
        self._set_speed.emit(steps_per_second)


class _Release(QtCore.QObject):
    """Sets an owner's ``window_idle`` when its posted event arrives."""

    def __init__(self, owner: WorkerOwner):
        super().__init__()
        self.owner = owner

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == RELEASE_EVENT:
            if self.owner._painting_depth == 0:
                self.owner.window_idle.set()
            return True
        return super().event(event)


RELEASE_EVENT = QtCore.QEvent.Type(QtCore.QEvent.registerEventType())


class _Painting:
    """Clears the owner's ``window_idle`` on entry; on exit, sets it again once the
    window has been painted. Changing a plot queues the scene's own bookkeeping (dirty
    regions, bounding rectangles) and then the window's paint; both are Python calls
    from C++, one interpreter-lock handover each, and a worker that took the lock
    between them would make each wait. Qt posts the paint (an UpdateRequest) at low
    priority, after every normal event; the release is a low-priority event posted
    from a normal one, so it comes after the paint. Contexts of one owner nest; only
    the outermost one releases."""

    def __init__(self, owner: WorkerOwner):
        self.owner = owner

    def __enter__(self):
        self.owner._painting_depth += 1
        self.owner.window_idle.clear()

    def __exit__(self, *exc):
        self.owner._painting_depth -= 1
        if self.owner._painting_depth == 0:
            QtCore.QTimer.singleShot(0, self._release_after_paint)

    def _release_after_paint(self) -> None:
        if self.owner._painting_depth == 0:
            QtCore.QCoreApplication.postEvent(
                self.owner._release, QtCore.QEvent(RELEASE_EVENT), QtCore.Qt.EventPriority.LowEventPriority.value
            )
