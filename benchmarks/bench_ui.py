"""Studio responsiveness on this machine (a script, not a test).

Prints: start-up to the first painted window, the longest event-loop stall while
a run goes as fast as possible, and the redraw rate with a 100,000-step path on
screen. Goals on the 2-core reference machine: < 1.5 s, < 20 ms, 60 per second.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTUP = r"""
import time
started = time.perf_counter()
import os, sys, threading
from gdstudio.ui.shell.app import create_application, warm_up_sympy
from PySide6 import QtCore
QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, sys.argv[1])
warm = threading.Thread(target=warm_up_sympy, daemon=True); warm.start()
app = create_application()
from gdstudio.ui.shell.main_window import MainWindow
warm.join()
window = MainWindow()
window.show()
def painted():
    print(f"{time.perf_counter() - started:.3f}")
    app.quit()
window.tab("function").redrawn.connect(painted)
app.exec()
"""


def startup_seconds() -> float:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", STARTUP, folder], capture_output=True, text=True, check=True).stdout
        total = time.perf_counter() - started
    return total, float(out.strip().splitlines()[-1])


def run_event_loop(seconds: float) -> None:
    from PySide6 import QtCore

    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def main() -> None:
    from PySide6 import QtCore

    from gdstudio.ui.shell.app import create_application

    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    folder = tempfile.mkdtemp()
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, folder)
    app = create_application()
    from gdstudio.ui.shell.main_window import MainWindow

    startups = [startup_seconds() for _ in range(3)]
    window = MainWindow(restore=False)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.tab("function").apply_preset("rosenbrock")
    window.tab("function").controls.max_steps_spin.setValue(10_000_000)
    window.tab("function").controls.tolerance_spin.setValue(0.0)
    window.tab("function").controls.speed_slider.setValue(window.tab("function").controls.speed_slider.maximum())

    # longest stall: a 1 ms timer on the UI thread notes the gaps between its ticks
    gaps = []
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    probe = QtCore.QTimer()
    probe.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
    probe.timeout.connect(tick)
    probe.start(1)
    window.tab("function").toggle_play()
    last[0] = time.perf_counter()
    run_event_loop(4.0)  # a real event loop, as in the running app
    probe.stop()
    steps_after_stall_test = window.tab("function").steps
    gaps_ms = sorted(g * 1000 for g in gaps[5:])

    # wait for a 100,000-step path, then count redraws per second while it still grows
    while window.tab("function").trajectory.count < 100_000:
        run_event_loop(0.2)
    redraws = [0]
    window.tab("function").redrawn.connect(lambda: redraws.__setitem__(0, redraws[0] + 1))
    started = time.perf_counter()
    run_event_loop(3.0)
    rate = redraws[0] / (time.perf_counter() - started)
    path_points = window.tab("function").trajectory.count
    window.close()

    print(f"{'measure':<58}{'value':>14}{'goal':>12}")
    best_total = min(s[0] for s in startups)
    best_paint = min(s[1] for s in startups)
    print(f"{'start-up to first painted window (process wall clock)':<58}{best_total:>12.3f} s{'< 1.5 s':>12}")
    print(f"{'  of which inside Python, imports to first paint':<58}{best_paint:>12.3f} s")
    print(f"{'longest UI stall, Rosenbrock as fast as possible (4 s)':<58}{gaps_ms[-1]:>11.1f} ms{'< 20 ms':>12}")
    print(f"{'  99th percentile gap of a 1 ms timer':<58}{gaps_ms[int(0.99 * len(gaps_ms))]:>11.1f} ms")
    print(f"{'  steps made by the worker in those 4 s':<58}{steps_after_stall_test:>14,}")
    print(f"{'redraws per second with the path at':<38}{path_points:>10,} points{rate:>14.1f}{'60 /s':>12}")


if __name__ == "__main__":
    main()
