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
