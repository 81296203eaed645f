"""Fixtures for the window tests: a MainWindow with its own settings file, closed
(and its worker thread stopped) after each test."""

import contextlib
import gc
import os
import subprocess
import sys

import pytest
from PySide6 import QtCore


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """QSettings() anywhere in the app writes to this test's folder, never the user's."""
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("gdstudio-tests")
    qapp.setApplicationName("gdstudio-tests")
    yield


@pytest.fixture
def messages(monkeypatch):
    """Collect message boxes instead of blocking on them."""
    from PySide6 import QtWidgets

    shown = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QtWidgets.QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def window(qtbot, messages):
    from gdstudio.ui import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.tab("function").trajectory.count == 1, timeout=5000)
    yield win
    win.close()
    # the window's garbage goes now, in this (the GUI) thread: never in a worker's
    gc.collect()


@pytest.fixture
def window_in(qtbot, messages):
    """``window_in(code)``: a started window at 1280×720 in the language ``code`` (the
    translators installed before it is built, as at start-up); English again after the test."""
    from gdstudio.ui import MainWindow
    from gdstudio.ui.common.language import install_language

    made = []

    def open_in(code: str):
        install_language(code)
        window = MainWindow(restore=False)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        made.append(window)
        return window

    yield open_in
    for window in made:
        window.stop()
    install_language("en")


@pytest.fixture
def offscreen_python():
    """``offscreen_python(code)``: the lines ``code`` prints, run in a fresh interpreter with
    Qt offscreen (what one process does once, as the application: a start, a freeze); it
    must succeed."""

    def run(code: str, timeout: float = 120) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip().splitlines()

    return run


@pytest.fixture
def at_first_contour_paint():
    """``with at_first_contour_paint(window, look) as seen:`` ``seen`` holds ``look()`` as it
    was when ``window``'s Function tab first painted its contour (empty if it did not)."""

    @contextlib.contextmanager
    def watch(window, look):
        from PySide6 import QtWidgets

        seen = []

        class ContourPaint(QtCore.QObject):
            def eventFilter(self, watched, event):
                tab = window.tabs.get("function")
                painted = event.type() == QtCore.QEvent.Type.Paint and tab is not None and watched is tab.contour_plot.viewport()
                if painted and not seen:
                    seen.append(look())
                return False

        watcher = ContourPaint()
        application = QtWidgets.QApplication.instance()
        application.installEventFilter(watcher)
        try:
            yield seen
        finally:
            application.removeEventFilter(watcher)

    return watch


class TickLabels:
    """What an axis draws: its tick labels with their rectangles in scene coordinates."""

    @staticmethod
    def drawn(axis):
        from PySide6 import QtGui

        image = QtGui.QImage(4, 4, QtGui.QImage.Format.Format_ARGB32)
        painter = QtGui.QPainter(image)
        try:
            specs = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        if specs is None:
            return []
        return [(axis.mapRectToScene(rect), text) for rect, _flags, text in specs[2] if text]

    def overlapping(self, axis):
        """Pairs of drawn tick labels whose rectangles overlap."""
        labels = self.drawn(axis)
        pairs = []
        for i in range(len(labels)):
            for j in range(i + 1, len(labels)):
                common = labels[i][0].intersected(labels[j][0])
                if common.width() > 0.5 and common.height() > 0.5:
                    pairs.append((labels[i][1], labels[j][1]))
        return pairs

    def decades(self, axis):
        """The powers of ten a log axis labels (10ⁿ → n)."""
        digits = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
        found = []
        for _rect, text in self.drawn(axis):
            exponent = text[2:].translate(digits) if text.startswith("10") else ""
            if exponent.lstrip("-").isdigit():
                found.append(int(exponent))
        return found


@pytest.fixture
def tick_labels():
    return TickLabels()
