"""Ctrl+C in the terminal (SIGINT) and SIGTERM close a started window as File → Quit
does (the worker threads stopped, the session and the window remembered) and exit
cleanly, with no traceback."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6 import QtCore

from gdstudio.core.function.presets import PRESETS
from gdstudio.core.session import studio_session_from_text

# The studio as `gdstudio` starts it (run_application), with settings of its own. It
# prints "painted" at the window's first paint (its tabs are being loaded then), and
# "playing" once the tabs are built and a run plays (the worker and the redraws busy).
STARTED = r"""
import sys
from PySide6 import QtCore
QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, sys.argv[1])
from gdstudio.ui.shell.app import create_application, run_application
application = create_application()
application.setOrganizationName("gdstudio-tests")
application.setApplicationName("gdstudio-tests")


def play(window):
    window.tab("function").apply_preset("rosenbrock")
    window.tab("function").toggle_play()
    QtCore.QTimer.singleShot(300, lambda: print("playing", flush=True))


class Shown(QtCore.QObject):
    def eventFilter(self, watched, event):
        if event.type() == QtCore.QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print("painted", flush=True)
            window = next(w for w in application.topLevelWidgets() if w.inherits("QMainWindow"))
            window.loaded.connect(lambda: play(window))
        return False


shown = Shown()
application.installEventFilter(shown)
sys.exit(run_application())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("when", ["playing", "painted"], ids=["while a run plays", "while the tabs load"])
def test_a_signal_closes_the_window_as_quit_does(tmp_path, number, when):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", STARTED, str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment
    )
    try:
        assert child.stdout.readline().strip() == "painted"
        if when == "playing":
            assert child.stdout.readline().strip() == "playing"
        sent = time.perf_counter()
        child.send_signal(number)
        _out, errors = child.communicate(timeout=10)
        seconds = time.perf_counter() - sent
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, errors
    assert "Traceback" not in errors and "KeyboardInterrupt" not in errors, errors
    assert "QThread: Destroyed while thread is still running" not in errors, errors
    assert seconds < 3.0
    # closeEvent ran: the window's geometry (written only there) and the session are remembered
    settings = QtCore.QSettings(str(next(Path(tmp_path).rglob("*.ini"))), QtCore.QSettings.Format.IniFormat)
    assert any(key.endswith("/geometry") for key in settings.allKeys())
    if when == "playing":
        session = studio_session_from_text(str(settings.value("session/last")))
        assert session.section("function").function == PRESETS["rosenbrock"].function
