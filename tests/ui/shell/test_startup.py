"""Start-up in stages: the window paints its shell before the tabs' modules (sympy and
the core) are imported, then builds the tabs on the last session, then loads what
first uses need. The times are measured by benchmarks/bench_ui.py; these tests
check the order and the outcome."""

import subprocess
import sys

from PySide6 import QtCore, QtWidgets

from gdstudio.core.function.presets import PRESETS
from gdstudio.core.session import FunctionSection, StudioSession, studio_session_text


def test_the_shell_is_imported_without_sympy_or_the_core():
    code = (
        "import sys\n"
        "import gdstudio.cli, gdstudio.ui.shell.app, gdstudio.ui.shell.main_window\n"
        "print(sorted(m for m in ('sympy', 'numba', 'gdstudio.core.descent', 'gdstudio.core.function') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def staged_window(qtbot):
    from gdstudio.ui.shell.main_window import MainWindow

    window = MainWindow(staged=True)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    return window


def test_the_window_paints_first_then_shows_the_last_session_then_is_ready(qtbot, messages):
    rosenbrock = PRESETS["rosenbrock"]
    remembered = StudioSession(tab="compare").with_section(
        "function", FunctionSection(function=rosenbrock.function, window=rosenbrock.window)
    )
    QtCore.QSettings().setValue("session/last", studio_session_text(remembered))
    window = staged_window(qtbot)
    seen_at_first_paint = []

    class FirstPaint(QtCore.QObject):
        def eventFilter(self, watched, event):
            if event.type() == QtCore.QEvent.Type.Paint and not seen_at_first_paint:
                seen_at_first_paint.append((window.is_loaded, window.centralWidget().objectName()))
            return False

    first_paint = FirstPaint()
    QtWidgets.QApplication.instance().installEventFilter(first_paint)
    try:
        with qtbot.waitSignal(window.loaded, timeout=20_000):
            window.show()
    finally:
        QtWidgets.QApplication.instance().removeEventFilter(first_paint)
    assert seen_at_first_paint == [(False, "loadingNote")]  # "Loading the studio…", before any tab
    # the last session: its function drawn on the Function tab, its tab shown
    function_tab = window.tab("function")
    assert window.centralWidget() is window.mode_tabs
    assert window.current_tab() is window.tab("compare")
    assert function_tab.function.text == rosenbrock.function
    assert function_tab.landscape is not None and function_tab.contour_plot.landscape is not None
    assert "Play / Pause" in [a.text() for a in window.actions()]
    assert any(a.text() == "Curvature axes and numbers" for a in window.view_menu.actions())
    qtbot.waitUntil(lambda: window.is_ready, timeout=30_000)
    assert "pyqtgraph.exporters" in sys.modules
    assert messages == []


def test_a_bad_remembered_session_is_said_once_the_tabs_are_built(qtbot, messages):
    QtCore.QSettings().setValue("session/last", '{"format": "gdstudio-session", "version": 2, "tab": "nowhere"}')
    window = staged_window(qtbot)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    qtbot.waitUntil(lambda: "could not be restored" in window.statusBar().currentMessage(), timeout=3000)
    assert window.tab("function").function is not None  # the defaults instead
    qtbot.waitUntil(lambda: window.is_ready, timeout=30_000)


def test_quit_while_loading_keeps_the_remembered_session(qtbot):
    rosenbrock = PRESETS["rosenbrock"]
    remembered = studio_session_text(StudioSession().with_section("function", FunctionSection(function=rosenbrock.function)))
    QtCore.QSettings().setValue("session/last", remembered)
    window = staged_window(qtbot)
    window.show()
    window.close()  # before the tabs exist: nothing to remember, and nothing forgotten
    assert QtCore.QSettings().value("session/last") == remembered


def test_a_window_closed_while_its_modules_load_builds_no_tabs(qtbot):
    window = staged_window(qtbot)
    window.show()
    qtbot.waitUntil(lambda: window._imports is not None and window.centralWidget().objectName() == "loadingNote")
    window.close()
    window._imports.done.emit(None)  # the import thread finishing after the close
    assert window.tabs == {} and not window.is_loaded


def test_a_session_file_given_at_start_opens_once_the_tabs_are_built(qtbot, tmp_path, messages):
    himmelblau = PRESETS["himmelblau"]
    path = tmp_path / "lecture.gdstudio.json"
    path.write_text(studio_session_text(StudioSession(tab="mlp").with_section("function", FunctionSection(function=himmelblau.function))))
    window = staged_window(qtbot)
    assert window.open_session(path)  # as `gdstudio lecture.gdstudio.json` asks, before the tabs exist
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    assert window.tab("function").function.text == himmelblau.function
    assert window.current_tab() is window.tab("mlp")
    assert window.session_path == path
    qtbot.waitUntil(lambda: window.is_ready, timeout=30_000)


def test_the_function_tab_is_painted_before_the_other_tabs_are_built(qtbot, messages, at_first_contour_paint):
    window = staged_window(qtbot)
    with (
        at_first_contour_paint(window, lambda: list(window.tabs)) as tabs_at_contour_paint,
        qtbot.waitSignal(window.loaded, timeout=20_000),
    ):
        window.show()
    assert tabs_at_contour_paint == [["function"]]
    assert list(window.tabs) == ["function", "mlp", "compare", "surface"]
    assert [window.mode_tabs.tabText(i) for i in range(window.mode_tabs.count())] == ["Function", "MLP task", "Compare", "3-D surface"]
    qtbot.waitUntil(lambda: window.is_ready, timeout=30_000)


WINDOW_THEN_MLP_TAB = r"""
import sys, tempfile
from PySide6 import QtCore, QtWidgets
QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, tempfile.mkdtemp())
from gdstudio.ui.shell.app import create_application
app = create_application()
from gdstudio.ui.shell.main_window import MainWindow
window = MainWindow(staged=True)
window.show()
loop = QtCore.QEventLoop()
window.ready.connect(loop.quit)
QtCore.QTimer.singleShot(60_000, loop.quit)
loop.exec()
print(window.is_ready, "numba" in sys.modules)
from gdstudio.core.mlp import network
window.show_tab("mlp")
deadline = QtCore.QDeadlineTimer(60_000)
while network._kernel is network._UNLOADED and not deadline.hasExpired():
    app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
print(network._kernel is not network._UNLOADED)
window.close()
"""


def test_numba_loads_when_the_mlp_tab_is_first_shown_not_at_start_up(offscreen_python):
    """numba and the compiled kernel cost about 0.4 s and 120 MB: a window that never
    shows the MLP tab never loads them; its first show has the worker load them."""
    ready_line, loaded_line = offscreen_python(WINDOW_THEN_MLP_TAB)[-2:]
    assert ready_line == "True False"  # ready, and numba not imported
    assert loaded_line == "True"  # the kernel (or numpy's stand-in, where numba is missing) is loaded
