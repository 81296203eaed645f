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

# The studio as `gdstudio` starts it (run_application), with settings of its own; it
# prints "shown" at the window's first paint, so the signal comes to a running window.
# A run plays meanwhile: the signal lands while the worker and the redraws are busy.
STARTED = r"""
import sys
from PySide6 import QtCore
QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, sys.argv[1])
from gdstudio.ui.shell.app import create_application, run_application
application = create_application()
application.setOrganizationName("gdstudio-tests")
application.setApplicationName("gdstudio-tests")


class Shown(QtCore.QObject):
    def eventFilter(self, watched, event):
        if event.type() == QtCore.QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            window = next(w for w in application.topLevelWidgets() if w.inherits("QMainWindow"))
            window.tab("function").apply_preset("rosenbrock")
            window.tab("function").toggle_play()
            QtCore.QTimer.singleShot(300, lambda: print("shown", flush=True))
        return False


shown = Shown()
application.installEventFilter(shown)
sys.exit(run_application())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_closes_the_window_as_quit_does(tmp_path, number):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", STARTED, str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment
    )
    try:
        assert child.stdout.readline().strip() == "shown"
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
    session = studio_session_from_text(str(settings.value("session/last")))
    assert session.section("function").function == PRESETS["rosenbrock"].function
