"""Starting the studio: the application object, its identity, and the window."""

from __future__ import annotations

import signal
import socket
import sys

from gdstudio import APPLICATION_NAME, ORGANIZATION_NAME, __version__

# Packages the window imports after PySide6 (in the background, at start-up) whose
# sources never name PySide6: see skip_pyside_source_scan.
WITHOUT_PYSIDE = frozenset({"sympy", "mpmath", "numba", "llvmlite", "OpenGL", "numpy", "scipy", "contourpy"})


def skip_pyside_source_scan() -> None:
    """PySide6 reads the source of every module imported after it (``inspect.getsource``
    in its ``shibokensupport.feature``, to see whether the module names PySide6 and so
    may switch ``__feature__`` options). For sympy, numba and the other libraries the
    window loads after its first paint that is about 0.25 s of reading files that do not
    name PySide6: modules of those packages are answered "no" without reading them, the
    answer the reading gives. Others are read as before; without that PySide6 internal
    (another PySide6 version) nothing changes."""
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "skips_known_packages", False):
        return

    def uses_pyside(module) -> bool:
        if str(getattr(module, "__name__", "")).partition(".")[0] in WITHOUT_PYSIDE:
            return False
        return scan(module)

    uses_pyside.skips_known_packages = True
    feature._mod_uses_pyside = uses_pyside


def create_application(argv=None):
    from PySide6 import QtGui, QtWidgets

    skip_pyside_source_scan()
    application = QtWidgets.QApplication.instance()
    if application is None:
        application = QtWidgets.QApplication(list(argv if argv is not None else sys.argv[:1]))
    application.setApplicationName(APPLICATION_NAME)
    application.setOrganizationName(ORGANIZATION_NAME)
    application.setApplicationVersion(__version__)
    application.setApplicationDisplayName("gdstudio")
    from gdstudio.ui.shell.desktop import APPLICATION_ID, application_icon

    # must match packaging/io.github.gdstudio.gdstudio.desktop, so the window manager
    # and the taskbar find the menu entry and its icon
    QtGui.QGuiApplication.setDesktopFileName(APPLICATION_ID)
    application.setWindowIcon(application_icon())
    return application


QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class QuitOnSignals:
    """Ctrl+C in the terminal (SIGINT) and SIGTERM close the window as File → Quit does
    (the worker threads stopped, the session remembered) and end the application,
    instead of a KeyboardInterrupt traceback from whatever Python code was running.

    Python runs a signal handler only when the interpreter next gets control, and
    while Qt waits for events it has none: the signal also writes a byte to a socket
    (``signal.set_wakeup_fd``) that a QSocketNotifier watches, which wakes the event
    loop at once. The handler itself only posts the close, so the close never runs
    in the middle of a redraw. A second signal while the window closes ends the
    process the default way."""

    def __init__(self, window, application):
        from PySide6 import QtCore

        self.window = window
        self.application = application
        self.previous = {number: signal.getsignal(number) for number in QUIT_SIGNALS}
        self.reader, self.writer = socket.socketpair()
        for end in (self.reader, self.writer):
            end.setblocking(False)
        self.previous_wakeup = signal.set_wakeup_fd(self.writer.fileno(), warn_on_full_buffer=False)
        self.notifier = QtCore.QSocketNotifier(self.reader.fileno(), QtCore.QSocketNotifier.Type.Read, window)
        self.notifier.activated.connect(self._drain)
        for number in QUIT_SIGNALS:
            signal.signal(number, self._on_signal)

    def _drain(self) -> None:
        """The wake-up: Python has run the handler by now; empty the socket."""
        try:
            while self.reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _on_signal(self, number, _frame) -> None:
        from PySide6 import QtCore

        for each in QUIT_SIGNALS:
            signal.signal(each, signal.SIG_DFL)
        QtCore.QTimer.singleShot(0, self._quit)

    def _quit(self) -> None:
        self.window.close()  # closeEvent: threads stopped, session and geometry remembered
        self.application.quit()  # also ends a dialog's event loop, if one is open

    def remove(self) -> None:
        """Put back the handlers and the wake-up descriptor found at the start."""
        signal.set_wakeup_fd(self.previous_wakeup)
        for number, handler in self.previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        self.notifier.setEnabled(False)
        self.reader.close()
        self.writer.close()


def run_application(argv=None, lesson_path=None, session_path=None, language=None) -> int:
    """The window, opened on a session file and then a lesson file where given (a bad
    file is reported in the window, which then shows what it would have shown).

    The window is painted first and builds its tabs after (``staged``): the person
    sees it at once, and the contour as soon as sympy and the tabs are loaded.
    ``language`` is ``--language``'s code for this start (None: the remembered one, else the desktop's)."""
    application = create_application(argv)
    from gdstudio.ui.common.language import chosen_language, install_language
    from gdstudio.ui.common.worker import freeze_long_lived_objects

    freeze_long_lived_objects()  # once the window is ready, what its start made is not walked again

    install_language(chosen_language(language))  # before any widget takes its text
    from gdstudio.ui.shell.main_window import MainWindow

    window = MainWindow(staged=True)
    # however the application ends, the worker threads are stopped before Qt tears down
    application.aboutToQuit.connect(window.stop)
    quit_on_signals = QuitOnSignals(window, application)
    window.show()
    # both wait for the tabs: the session first, then the lesson
    if session_path is not None:
        window.open_session(session_path)
    if lesson_path is not None:
        window.open_lesson(lesson_path)
    try:
        return application.exec()
    finally:
        quit_on_signals.remove()
