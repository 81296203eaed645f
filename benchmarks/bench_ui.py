"""Studio responsiveness on this machine (a script, not a test).

Prints: start-up, as the time from launch to the first paint of the window against
a bare PySide6 + pyqtgraph window launched alternately in the same run, and to
everything loaded (sympy, the last function compiled and drawn, pyqtgraph's OpenGL
and export modules, the lesson list, numba's kernel); the longest event-loop stall
while a run goes as fast as possible; the redraw rate with a 100,000-step path on
screen; a long run: the window's steps per second over 60 s of full-speed play
(first 10 s against the last 10 s) and its resident memory after 10,000,000 steps
above the idle window; and scrubbing a 100,000-step run on the timeline. Goals on
the 2-core reference machine: first paint within 0.5 s of the bare window and
everything loaded 1.0 s after it, < 20 ms, 60 per second, the last 10 s at least
80 % of the first, < 150 MB, no scrubbing stall over 20 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui.py [--startup-only | --long-only | --scrub-only]
        [--python PATH]

``--python PATH`` launches the start-up's two windows with another interpreter, from
outside the source tree: the studio as a user installs it (``pip install
"gdstudio[fast,3d]"`` into a virtual environment: compiled .pyc files, none of the
test references), where the development environment also holds scipy, torch and
scikit-learn and may run without .pyc files (``PYTHONDONTWRITEBYTECODE``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

from stall_probe import StallProbe  # benchmarks/, beside this script

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Both children print wall-clock times (time.time(), comparable with the parent's)
# of the first paint of their window. The bare window is what PySide6 + pyqtgraph
# cost on their own: an application and a main window holding one PlotWidget.
FIRST_PAINT = r"""
import time
from PySide6 import QtCore, QtWidgets


class FirstPaint(QtCore.QObject):
    # prints the time of the first paint of any widget, then calls ``then`` once

    def __init__(self, then=None):
        super().__init__()
        self.then = then
        self.seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QtCore.QEvent.Type.Paint:
            self.seen = True
            print(f"paint {time.time():.4f}", flush=True)
            # a filter of every event costs the window's thread a call into Python per
            # event: it goes once it has seen what it waits for (the studio has none)
            QtCore.QTimer.singleShot(0, lambda: QtWidgets.QApplication.instance().removeEventFilter(self))
            if self.then is not None:
                QtCore.QTimer.singleShot(0, self.then)
        return False
"""

BARE = (
    FIRST_PAINT
    + r"""
from PySide6 import QtWidgets
import pyqtgraph
app = QtWidgets.QApplication([])
watcher = FirstPaint(app.quit)
app.installEventFilter(watcher)
window = QtWidgets.QMainWindow()
window.setCentralWidget(pyqtgraph.PlotWidget())
window.resize(1400, 900)
window.show()
app.exec()
"""
)

# The studio as `gdstudio` starts it (run_application), with settings of its own. It
# prints its first paint, the first paint of the Function tab's contour, when all its
# tabs are built (its ``loaded`` signal) and when everything is loaded (``ready``); a
# window built whole before it shows (no such signals) is both at its first paint.
STUDIO = (
    FIRST_PAINT
    + r"""
import sys
from PySide6 import QtWidgets
QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, sys.argv[1])
from gdstudio.ui.shell.app import create_application, run_application
app = create_application()
seen = set()


def note(name):
    if name not in seen:
        seen.add(name)
        print(f"{name} {time.time():.4f}", flush=True)
    if {"contour", "loaded", "ready"} <= seen:
        QtCore.QTimer.singleShot(0, app.quit)


def window():
    return next(w for w in app.topLevelWidgets() if w.inherits("QMainWindow"))


class ContourPaint(QtCore.QObject):
    def eventFilter(self, watched, event):
        if event.type() == QtCore.QEvent.Type.Paint and "contour" not in seen:
            tab = getattr(window(), "tabs", {}).get("function")
            if tab is not None and watched is tab.contour_plot.viewport():
                note("contour")
                QtCore.QTimer.singleShot(0, lambda: app.removeEventFilter(self))
        return False


def painted():
    studio = window()
    if getattr(studio, "loaded", None) is None:
        note("loaded")
        note("ready")
        return
    studio.loaded.connect(lambda: note("loaded"))
    studio.ready.connect(lambda: note("ready"))


contour = ContourPaint()
app.installEventFilter(contour)
watcher = FirstPaint(painted)
app.installEventFilter(watcher)
sys.exit(run_application())
"""
)


def interpreter() -> str:
    """The Python the start-up's windows are launched with (``--python PATH``, else this one)."""
    if "--python" in sys.argv:
        return sys.argv[sys.argv.index("--python") + 1]
    return sys.executable


# Qt's offscreen platform has an 800×600 screen unless told otherwise: there the studio
# opens at 800×600, where its settings column hides itself for room (less to build and
# paint than on a real screen). The start-up is timed on a 1920×1080 screen, where both
# windows open at 1400×900.
OFFSCREEN_SCREEN = {
    "screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]
}


def child_environment(folder: str) -> dict[str, str]:
    environment = dict(os.environ)
    if environment.get("QT_QPA_PLATFORM") == "offscreen":
        config = os.path.join(folder, "screen.json")
        with open(config, "w") as file:
            json.dump(OFFSCREEN_SCREEN, file)
        environment["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    return environment


def launch(script: str) -> dict[str, float]:
    """Run ``script`` in a fresh interpreter: seconds from the launch to each time it prints.
    It runs in a folder of its own, so an installed studio is imported, not the source tree
    (``python -c`` puts the working folder first on the module path)."""
    with tempfile.TemporaryDirectory() as folder:
        environment = child_environment(folder)
        launched = time.time()
        out = subprocess.run(
            [interpreter(), "-c", script, folder], capture_output=True, text=True, check=True, cwd=folder, env=environment
        ).stdout
    times = {}
    for line in out.splitlines():
        name, _, value = line.partition(" ")
        if name in ("paint", "contour", "loaded", "ready"):
            times[name] = float(value) - launched
    return times


def startup(rounds: int = 5) -> dict[str, list[float]]:
    """The bare window and the studio launched alternately ``rounds`` times each (the
    same load on the machine for both): seconds to the first paint, and to ready."""
    launch(BARE)  # the first launch of a session reads the libraries from the disk: not counted
    found = {"bare": [], "paint": [], "contour": [], "loaded": [], "ready": []}
    for _ in range(rounds):
        found["bare"].append(launch(BARE)["paint"])
        studio = launch(STUDIO)
        for name in ("paint", "contour", "loaded", "ready"):
            found[name].append(studio[name])
    return found


def print_startup(found: dict[str, list[float]]) -> None:
    def median(values):
        return sorted(values)[len(values) // 2]

    bare, paint, contour, loaded, ready = (median(found[name]) for name in ("bare", "paint", "contour", "loaded", "ready"))
    print(f"{'start-up, median of ' + str(len(found['bare'])) + ' launches each':<58}{'seconds':>14}{'goal':>12}")
    print(f"  ({interpreter()})")
    print(f"{'  bare PySide6 + pyqtgraph window, first paint':<58}{bare:>12.3f} s")
    print(f"{'  the studio, first paint':<58}{paint:>12.3f} s")
    print(f"{'    behind the bare window':<58}{paint - bare:>12.3f} s{'< 0.5 s':>12}")
    print(f"{'  the studio, the Function tab contour painted':<58}{contour:>12.3f} s")
    print(f"{'  the studio, all its tabs built':<58}{loaded:>12.3f} s")
    print(f"{'  the studio, everything loaded':<58}{ready:>12.3f} s")
    print(f"{'    after its first paint':<58}{ready - paint:>12.3f} s{'< 1.0 s':>12}")
    print(f"{'  (each launch: bare; the studio painted, contour, tabs, ready)':<58}")
    for times in zip(*(found[name] for name in ("bare", "paint", "contour", "loaded", "ready"))):
        print(f"{'':<10}" + "  ".join(f"{t:.3f}" for t in times))


def run_event_loop(seconds: float) -> None:
    from PySide6 import QtCore

    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def resident_mb() -> float:
    """This process's resident memory (VmRSS), in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def long_run(window, steps: int = 10_000_000, cap_seconds: float = 240.0) -> dict:
    """Rosenbrock, γ = 1e-5, tolerance 0, ``steps`` at full speed: steps per second each
    second, and resident memory after the run (the idle window's before)."""
    import gc

    tab = window.tab("function")
    gc.collect()
    run_event_loop(1.0)
    idle = resident_mb()
    tab.apply_preset("rosenbrock")
    tab.controls.learning_rate_spin.setValue(1e-5)
    tab.controls.tolerance_spin.setValue(0.0)
    tab.controls.max_steps_spin.setValue(steps)
    tab.controls.speed_slider.setValue(tab.controls.speed_slider.maximum())
    run_event_loop(0.5)
    tab.toggle_play()
    samples = [(time.perf_counter(), 0)]
    while tab.status.value == "running" and samples[-1][0] - samples[0][0] < cap_seconds:
        run_event_loop(1.0)
        if tab.status.value == "running":  # a second in which the run ended is not a second of full-speed play
            samples.append((time.perf_counter(), tab.trajectory.last_step))
    run_event_loop(1.0)
    gc.collect()
    after = resident_mb()
    start = samples[0][0]

    def rate(first: float, last: float) -> float:
        chosen = [(t - start, s) for t, s in samples if first <= t - start <= last]
        return (chosen[-1][1] - chosen[0][1]) / (chosen[-1][0] - chosen[0][0]) if len(chosen) > 1 else float("nan")

    # the last 10 s of play: from 50 to 60 s, or the run's own last 10 s when the
    # 10,000,000 steps take less than a minute
    end = min(60.0, samples[-1][0] - start)
    return {
        "first": rate(0, 10),
        "last": rate(end - 10, end),
        "last_window": (end - 10, end),
        "steps": tab.trajectory.last_step,
        "seconds": samples[-1][0] - start,
        "idle": idle,
        "after": after,
        "rows": tab.trajectory.count,
        "note": tab.trajectory.thinning_note(),
    }


def scrub(window, steps: int = 100_000, moves: int = 300) -> list[float]:
    """A finished ``steps``-step run scrubbed on the timeline, a move every 16 ms (as a
    drag does): the gaps of a 1 ms timer on the UI thread meanwhile, in ms."""
    from PySide6 import QtCore

    tab = window.tab("function")
    tab.apply_preset("rosenbrock")
    tab.controls.learning_rate_spin.setValue(1e-5)
    tab.controls.tolerance_spin.setValue(0.0)
    tab.controls.max_steps_spin.setValue(steps)
    tab.controls.speed_slider.setValue(tab.controls.speed_slider.maximum())
    run_event_loop(0.3)
    tab.toggle_play()
    while tab.status.value == "running":
        run_event_loop(0.2)
    run_event_loop(0.5)
    positions = iter(list(range(steps, 0, -steps // moves)) + list(range(0, steps, steps // moves)))

    def move():
        position = next(positions, None)
        if position is None:
            mover.stop()
            return
        tab.timeline.slider.setValue(position)

    probe, mover = StallProbe(), QtCore.QTimer()
    mover.timeout.connect(move)
    probe.start()
    mover.start(16)
    while mover.isActive():
        run_event_loop(0.1)
    probe.stop()
    return probe.milliseconds()


def print_scrub(gaps: list[float]) -> None:
    print(f"{'scrubbing a 100,000-step run, longest UI stall':<58}{gaps[-1]:>11.1f} ms{'< 20 ms':>12}")
    print(f"{'  99th percentile gap of a 1 ms timer':<58}{gaps[int(0.99 * len(gaps))]:>11.1f} ms")


def print_long(result: dict) -> None:
    ratio = result["last"] / result["first"]
    print(f"{'window steps per second, first 10 s of full-speed play':<58}{result['first']:>14,.0f}")
    first, last = result["last_window"]
    label = f"  … and from {first:.0f} to {last:.0f} s (ratio to the first 10 s)"
    print(f"{label:<58}{result['last']:>14,.0f}{ratio:>11.0%}  goal ≥ 80 %")
    print(f"{'steps in the long run, and its seconds':<58}{result['steps']:>14,}{result['seconds']:>10.1f} s")
    grown = result["after"] - result["idle"]
    print(f"{'resident memory above the idle window after the run':<58}{grown:>11.0f} MB{'< 150 MB':>12}")
    print(f"{'  (idle window, after)':<58}{result['idle']:>8.0f} → {result['after']:.0f} MB, {result['rows']:,} rows kept")
    print(f"  {result['note']}")


def main() -> None:
    from PySide6 import QtCore

    from gdstudio.ui.shell.app import create_application

    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    folder = tempfile.mkdtemp()
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, folder)
    app = create_application()
    from gdstudio.ui.shell.main_window import MainWindow

    if "--scrub-only" in sys.argv:
        window = MainWindow(restore=False)
        window.resize(1400, 900)
        window.show()
        print_scrub(scrub(window))
        window.close()
        return
    if "--startup-only" in sys.argv:
        print_startup(startup())
        return
    if "--long-only" in sys.argv:
        window = MainWindow(restore=False)
        window.resize(1400, 900)
        window.show()
        print_long(long_run(window))
        window.close()
        return
    startups = startup()
    window = MainWindow(restore=False)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.tab("function").apply_preset("rosenbrock")
    window.tab("function").controls.max_steps_spin.setValue(10_000_000)
    window.tab("function").controls.tolerance_spin.setValue(0.0)
    window.tab("function").controls.speed_slider.setValue(window.tab("function").controls.speed_slider.maximum())

    # longest stall: a 1 ms timer on the UI thread notes the gaps between its ticks
    probe = StallProbe()
    window.tab("function").toggle_play()
    probe.start()
    run_event_loop(4.0)  # a real event loop, as in the running app
    probe.stop()
    steps_after_stall_test = window.tab("function").steps
    gaps_ms = probe.milliseconds()

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
    long_window = MainWindow(restore=False)
    long_window.resize(1400, 900)
    long_window.show()
    long = long_run(long_window)
    long_window.close()
    scrub_window = MainWindow(restore=False)
    scrub_window.resize(1400, 900)
    scrub_window.show()
    scrub_gaps = scrub(scrub_window)
    scrub_window.close()

    print_startup(startups)
    print(f"{'measure':<58}{'value':>14}{'goal':>12}")
    print(f"{'longest UI stall, Rosenbrock as fast as possible (4 s)':<58}{gaps_ms[-1]:>11.1f} ms{'< 20 ms':>12}")
    print(f"{'  99th percentile gap of a 1 ms timer':<58}{gaps_ms[int(0.99 * len(gaps_ms))]:>11.1f} ms")
    print(f"{'  steps made by the worker in those 4 s':<58}{steps_after_stall_test:>14,}")
    print(f"{'redraws per second with the path at':<38}{path_points:>10,} points{rate:>14.1f}{'60 /s':>12}")
    print_long(long)
    print_scrub(scrub_gaps)


if __name__ == "__main__":
    main()
