"""Starting the studio: the application object, its identity, and the window."""

from __future__ import annotations

import sys
import threading

from gdstudio import APPLICATION_NAME, ORGANIZATION_NAME, __version__


def warm_up_sympy() -> None:
    """sympy's first import and first lambdify cost about half a second: pay it on a
    background thread while Qt starts, so the first typed function draws at once."""
    from gdstudio.core.function.language import parse_function

    parse_function("x*y + sin(x)")


def create_application(argv=None):
    from PySide6 import QtGui, QtWidgets

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


def run_application(argv=None, lesson_path=None, session_path=None) -> int:
    """The window, opened on a session file and then a lesson file where given (a bad
    file is reported in the window, which then shows what it would have shown)."""
    warm = threading.Thread(target=warm_up_sympy, name="sympy-warm-up", daemon=True)
    warm.start()
    application = create_application(argv)
    from PySide6 import QtCore

    from gdstudio.ui.shell.main_window import MainWindow

    warm.join()
    window = MainWindow()
    # however the application ends, the worker threads are stopped before Qt tears down
    application.aboutToQuit.connect(window.stop)
    window.show()
    if session_path is not None:
        QtCore.QTimer.singleShot(0, window, lambda: window.open_session(session_path))
    if lesson_path is not None:
        QtCore.QTimer.singleShot(0, window, lambda: window.open_lesson(lesson_path))
    return application.exec()
