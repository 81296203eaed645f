"""Frame stalls of every tab while it plays flat out (a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_stalls.py [SECONDS] [--repeat N]

Each case runs in a process of its own (one window, as the application has; a process
that had opened and closed the other cases' windows first carries their garbage).

A 1 ms timer on the GUI thread notes the gaps between its ticks while a tab plays as
fast as it can, at 100 % and at 175 % zoom: the longest gap (a stall the person feels)
and the 99th percentile. The tabs and their runs:

* Function: Rosenbrock, γ = 1e-4, plain gradient descent (the float loop), and
  L-BFGS with a strong-Wolfe search (the engine's evaluation rounds); and gradient
  descent zigzagging across the valley of x² + 50y² at γ = 0.0199, just under its
  stability limit 0.02 (the lesson of why γ matters: a path that fans out over the plot);
* Compare: a six-run race on Rosenbrock (gd, momentum, Nesterov, Adam, gd+armijo,
  lbfgs+strong-wolfe);
* MLP: spirals with 64,64 hidden units, Adam.

Each window is set up as the application sets up its own: the objects made so far are
collected once and frozen (``settle_long_lived_objects``), so the GUI thread's collector
does not walk them again. Goals (issue 20): longest stall under 25 ms (50 ms on the MLP
tab with a 64,64 network), 99th percentile under 17 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtWidgets  # noqa: E402
from stall_probe import StallProbe  # noqa: E402  (benchmarks/, beside this script)


def measure(app, seconds: float) -> tuple[float, float]:
    from PySide6 import QtCore

    probe = StallProbe()
    probe.start()
    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    probe.stop()
    values = probe.milliseconds()
    if not values:
        return float("nan"), float("nan")
    return values[-1], values[int(0.99 * (len(values) - 1))]


def settle(app, seconds: float = 0.5) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def function_run(window, optimizer: str, rule: str, learning_rate: float, preset: str | None = "rosenbrock") -> None:
    tab = window.tab("function")
    window.show_tab("function")
    if preset is not None:
        tab.apply_preset(preset)
    controls = tab.controls
    controls.optimizer_combo.setCurrentIndex(controls.optimizer_combo.findData(optimizer))
    controls.line_search_combo.setCurrentIndex(controls.line_search_combo.findData(rule))
    controls.learning_rate_spin.setValue(learning_rate)
    controls.max_steps_spin.setValue(10_000_000)
    controls.tolerance_spin.setValue(0.0)
    controls.speed_slider.setValue(controls.speed_slider.maximum())
    tab.toggle_play()


def zigzag_run(window) -> None:
    """Gradient descent across a narrow valley, γ just under its stability limit 2/λ_max
    = 0.02: every step crosses the valley, and the path fans out over the plot."""
    tab = window.tab("function")
    window.show_tab("function")
    # typed into the function field, as a person does (the field shows it)
    tab.controls.function_edit.setText("x**2 + 50*y**2")
    tab.controls.function_edit.returnPressed.emit()
    settle(QtWidgets.QApplication.instance(), 0.3)
    # the start, as a click on the contour sets it (the fields show it)
    tab.controls.set_start(-1.8, 1.5)
    tab.set_start(-1.8, 1.5)
    function_run(window, "gd", "fixed", 0.0199, preset=None)


def compare_run(window) -> None:
    from gdstudio.core.session import CompareRun, CompareSection

    function = window.tab("function")
    function.apply_preset("rosenbrock")
    function.controls.max_steps_spin.setValue(10_000_000)
    function.controls.tolerance_spin.setValue(0.0)
    tab = window.tab("compare")
    window.show_tab("compare")
    runs = (
        CompareRun("gd", 1e-4),
        CompareRun("momentum", 1e-4),
        CompareRun("nesterov", 1e-4),
        CompareRun("adam", 0.01),
        CompareRun("gd", 1.0, line_search="armijo"),
        CompareRun("lbfgs", 1.0, line_search="strong-wolfe"),
    )
    tab.apply_session_section(CompareSection(runs=runs))
    settle(QtWidgets.QApplication.instance(), 1.0)
    tab.toggle_play()


def mlp_run(window) -> None:
    tab = window.tab("mlp")
    window.show_tab("mlp")
    controls = tab.controls
    controls.task_combo.setCurrentIndex(controls.task_combo.findData("spirals"))
    controls.task_combo.activated.emit(controls.task_combo.currentIndex())
    settle(QtWidgets.QApplication.instance(), 1.0)
    controls.hidden_edit.setText("64,64")
    controls.hidden_edit.editingFinished.emit()
    combo = controls.optimizer_combo
    combo.setCurrentIndex(combo.findData("adam"))
    controls.max_steps_spin.setValue(10_000_000)
    controls.speed_slider.setValue(controls.speed_slider.maximum())
    settle(QtWidgets.QApplication.instance(), 1.5)
    tab.toggle_play()


CASES = {
    "function-gd": ("Function, gd γ = 1e-4", lambda w: function_run(w, "gd", "fixed", 1e-4)),
    "function-lbfgs": ("Function, lbfgs+strong-wolfe", lambda w: function_run(w, "lbfgs", "strong-wolfe", 1.0)),
    "function-zigzag": ("Function, gd zigzag (valley)", zigzag_run),
    "compare": ("Compare, six-run race", compare_run),
    "mlp": ("MLP, spirals 64,64, Adam", mlp_run),
}
ZOOMS = (1.0, 1.75)


def measure_case(case: str, zoom: float, seconds: float) -> None:
    """One case in this process, as the application runs: one window, its start's objects
    collected once and frozen before the run. Prints the longest stall and the p99."""
    from PySide6 import QtCore

    from gdstudio.ui.shell.app import create_application

    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = create_application()
    from gdstudio.ui.common.worker import freeze_long_lived_objects, settle_long_lived_objects
    from gdstudio.ui.shell.main_window import MainWindow

    freeze_long_lived_objects()  # as the application does
    _name, start = CASES[case]
    window = MainWindow(restore=False)
    window.resize(1280, 720)
    window.show()
    window.set_zoom(zoom, remember=False)
    settle(app, 1.0)
    settle_long_lived_objects()  # as the application does once its window is ready
    start(window)
    settle(app, 0.3)
    longest, p99 = measure(app, seconds)
    print(f"{longest:.2f} {p99:.2f}", flush=True)
    window.close()
    settle(app, 0.3)


def main() -> None:
    import subprocess

    flags_with_values = {"--case", "--zoom", "--repeat"}
    arguments = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and sys.argv[i - 1] not in flags_with_values]
    seconds = float(arguments[0]) if arguments else 6.0
    if "--case" in sys.argv:
        case = sys.argv[sys.argv.index("--case") + 1]
        zoom = float(sys.argv[sys.argv.index("--zoom") + 1])
        measure_case(case, zoom, seconds)
        return
    # --repeat N: each case N times (this machine's runs of one case differ by ±5 ms),
    # reported as the median of the N and the worst of them
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 1
    print(f"{'tab and run':<32}{'zoom':>6}{'longest stall':>16}{'p99':>10}" + (f"{'worst of ' + str(repeat):>26}" if repeat > 1 else ""))
    for zoom in ZOOMS:
        for case, (name, _start) in CASES.items():
            runs = []
            for _ in range(repeat):
                # each case in a process of its own: one window, as the application has
                command = [sys.executable, __file__, str(seconds), "--case", case, "--zoom", str(zoom)]
                result = subprocess.run(command, capture_output=True, text=True, check=True)
                runs.append(tuple(float(value) for value in result.stdout.strip().splitlines()[-1].split()))
            longest, p99 = (sorted(values)[len(values) // 2] for values in zip(*runs))
            line = f"{name:<32}{zoom:>6.0%}{longest:>13.1f} ms{p99:>7.1f} ms"
            if repeat > 1:
                line += f"{max(r[0] for r in runs):>13.1f} ms{max(r[1] for r in runs):>7.1f} ms"
            print(line, flush=True)


if __name__ == "__main__":
    main()
