"""Fixtures for the window tests: a MainWindow with its own settings file, closed
(and its worker thread stopped) after each test."""

import gc

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
