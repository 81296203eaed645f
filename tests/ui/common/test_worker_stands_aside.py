"""While the window changes its plots and paints them, the worker stands aside (it waits
on ``window_idle`` between small slices of work): every Python call Qt makes while
painting (an item's paint, its bounding rectangle) needs the interpreter lock, and a
worker that took it in between would make each of them wait."""

from PySide6 import QtCore, QtWidgets

from gdstudio.ui.common.worker import WorkerThread


class RecordingWidget(QtWidgets.QWidget):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.idle_at_paint = []

    def paintEvent(self, event):
        self.idle_at_paint.append(self.owner.window_idle.is_set())


def test_the_worker_stands_aside_until_the_window_has_painted_what_changed(qtbot):
    owner = WorkerThread()
    try:
        widget = RecordingWidget(owner)
        qtbot.addWidget(widget)
        widget.resize(200, 100)
        widget.show()
        qtbot.waitExposed(widget)
        qtbot.waitUntil(lambda: owner.window_idle.is_set())
        widget.idle_at_paint.clear()
        with owner.painting():
            widget.update()  # the change: Qt paints it later, from its event queue
            assert not owner.window_idle.is_set()
        assert not owner.window_idle.is_set()  # not released at the end of the change
        qtbot.waitUntil(lambda: owner.window_idle.is_set(), timeout=2000)
        assert widget.idle_at_paint and widget.idle_at_paint[0] is False  # painted while the worker stood aside
    finally:
        owner.stop()


def test_nested_changes_release_the_worker_once_the_outermost_ends(qtbot):
    owner = WorkerThread()
    try:
        with owner.painting():
            with owner.painting():
                pass
            QtWidgets.QApplication.processEvents()
            QtWidgets.QApplication.processEvents()
            assert not owner.window_idle.is_set()
        qtbot.waitUntil(lambda: owner.window_idle.is_set(), timeout=2000)
    finally:
        owner.stop()


def test_no_change_after_a_paint_leaves_the_worker_waiting(qtbot):
    owner = WorkerThread()
    try:
        for _ in range(3):
            with owner.painting():
                pass
        deadline = QtCore.QDeadlineTimer(2000)
        while not owner.window_idle.is_set() and not deadline.hasExpired():
            QtWidgets.QApplication.processEvents()
        assert owner.window_idle.is_set()
    finally:
        owner.stop()
