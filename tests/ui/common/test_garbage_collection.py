"""Python's cycle collector and Qt's threads."""

import gc
import threading

from PySide6 import QtCore, QtWidgets


def test_python_collects_garbage_only_in_the_gui_thread(qtbot, window):
    """A worker thread that collected a closed window's Qt objects deadlocked in
    Shiboken (the MLP worker, importing numba): once a window exists, the automatic
    collector is off and a timer in the GUI thread collects instead."""
    from gdstudio.ui.common import worker

    assert not gc.isenabled()
    collector = worker._garbage_collector
    assert collector is not None and collector.timer.isActive()
    assert collector.timer.thread() is QtCore.QThread.currentThread()

    # garbage holding a widget, made in this thread, then heavy allocation in another
    # thread: the widget outlives it and goes when the GUI thread collects
    class Holder:
        pass

    holder = Holder()
    holder.cycle = holder
    holder.widget = QtWidgets.QWidget()
    destroyed_in = []
    holder.widget.destroyed.connect(lambda *_: destroyed_in.append(threading.current_thread().name))
    del holder
    kept = []  # lists that stay alive: far past the collector's threshold of 700 new containers
    allocating = threading.Thread(target=lambda: kept.append([[] for _ in range(100_000)]), name="allocating")
    allocating.start()
    allocating.join()
    assert destroyed_in == []
    qtbot.waitUntil(lambda: destroyed_in == ["MainThread"], timeout=5000)


def test_the_collector_walks_young_objects_often_and_the_whole_heap_at_most_once_a_minute(qtbot, monkeypatch):
    """Young collections ten times a second stay short; the oldest generation (everything
    not frozen) is walked no more than once a minute, however much the window allocates."""
    from gdstudio.ui.common import worker

    gc.collect()  # every generation's count from zero, whatever the tests before left
    collector = worker.GuiGarbageCollector()
    collector.timer.stop()
    done = []
    real = gc.collect
    monkeypatch.setattr(gc, "collect", lambda generation=2: done.append(generation) or real(generation))
    threshold = gc.get_threshold()

    def allocate():
        return [[] for _ in range(threshold[0] + 100)]  # containers that stay alive: past the young threshold

    kept = [allocate()]
    collector.check()
    assert done == [0]
    for _ in range(threshold[1]):
        kept.append(allocate())
        collector.check()
    assert done[-1] == 1  # every tenth young collection is a middle one
    done.clear()
    for _ in range(threshold[2] * (threshold[1] + 1) + 5):
        kept.append(allocate())
        collector.check()
    assert 2 not in done  # the last full walk is less than a minute ago
    collector.last_full -= worker.FULL_COLLECTION_SECONDS + 1
    while 2 not in done and len(kept) < 1000:
        kept.append(allocate())
        collector.check()
    assert 2 in done
    kept.append(allocate())
    done.clear()
    collector.check()
    assert done and 2 not in done
    assert gc.isenabled() is False
    collector.deleteLater()


FROZEN_AT_START = r"""
import gc
import sys
import tempfile
from PySide6 import QtCore
QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, tempfile.mkdtemp())
from gdstudio.ui.shell.app import create_application
app = create_application()
from gdstudio.ui.common.worker import freeze_long_lived_objects, settle_long_lived_objects
from gdstudio.ui.shell.main_window import MainWindow

settle_long_lived_objects()
print(gc.get_freeze_count())  # nothing frozen unless the application asks
freeze_long_lived_objects()
window = MainWindow(staged=True)
window.show()
loop = QtCore.QEventLoop()
window.ready.connect(loop.quit)
QtCore.QTimer.singleShot(60_000, loop.quit)
loop.exec()
deadline = QtCore.QDeadlineTimer(10_000)
while not gc.get_freeze_count() and not deadline.hasExpired():
    app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
print(window.is_ready, gc.get_freeze_count())
window.close()
"""


def test_the_application_freezes_what_its_start_made_once_the_window_is_ready(offscreen_python):
    before, after = offscreen_python(FROZEN_AT_START)[-2:]
    assert before == "0"
    ready, frozen = after.split()
    assert ready == "True" and int(frozen) > 50_000  # the modules, sympy's tables, the window's widgets


def test_young_objects_are_collected_after_an_action_but_not_while_a_start_keeps_the_collector_paused(qtbot, monkeypatch):
    from gdstudio.ui.common import worker

    paused = worker.GuiGarbageCollector(paused=True)
    monkeypatch.setattr(worker, "_garbage_collector", paused)
    done = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: done.append(generation) or 0)
    worker.collect_young_objects()
    assert done == []  # a start-up: everything is young, the start collects once at its end
    worker.resume_garbage_collection()
    assert paused.timer.isActive()
    worker.collect_young_objects()
    assert done == [1]
    paused.timer.stop()
    paused.deleteLater()
