"""Minibatch SGD in the window and on the command line: the fan's drawing cost, the
MLP tab's memory while it plays flat out, and the command line's peak memory.

* the fan: the MLP tab on the line fit, its weight-space map repainted (``grab``) with
  and without a fan of 500 batch arrows (K = 500 random draws), best of 30; printed
  against the 16.7 ms of a 60 Hz frame, with the ratio to the map without the fan;
* the window's memory: the resident set of this process when the MLP tab starts
  playing ``--task`` with ``--hidden`` flat out, and after ``--seconds`` of play
  (goal: within 150 MB), with the steps made and the rows the history kept;
* the command line: the peak resident set of ``gdstudio run --task spirals --hidden
  64,64 --steps 40000`` (``/usr/bin/time -v``; goal: under 400 MB) with
  ``--cli``, which takes minutes.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_sgd.py [--seconds 30] [--cli]``.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def resident_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def wait(app, condition, seconds: float = 10.0) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end and not condition():
        app.processEvents()
        time.sleep(0.002)


def best_ms(app, function, repeats: int = 30) -> float:
    times = []
    for _ in range(repeats):
        app.processEvents()
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return 1000 * min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--task", default="spirals")
    parser.add_argument("--hidden", default="64,64")
    parser.add_argument("--cli", action="store_true", help="also measure the command line's 40,000-step run")
    arguments = parser.parse_args()

    from PySide6 import QtCore, QtWidgets

    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    app.setOrganizationName("gdstudio-bench")
    app.setApplicationName("gdstudio-bench")
    from gdstudio.ui import MainWindow

    window = MainWindow()
    window.resize(1280, 720)
    window.show()
    bar = window.mode_tabs.tabBar()
    window.mode_tabs.setCurrentIndex(next(i for i in range(bar.count()) if bar.tabText(i) == "MLP task"))
    mlp = window.tab("mlp")
    wait(app, lambda: mlp.frame is not None)

    # -- the fan ---------------------------------------------------------------------------
    combo = mlp.controls.task_combo
    index = combo.findData("preset:line-fit")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    wait(app, lambda: mlp.dataset.name == "line" and mlp.frame is not None and mlp.frame.plane.is_exact)
    plot = mlp.weight_plot
    without = best_ms(app, plot.grab)
    c = mlp.controls
    c.fan_slider.setValue(5)
    c.fan_draws_combo.setCurrentIndex(c.fan_draws_combo.findData("random"))
    c.fan_draws_spin.setValue(500)
    c.fan_check.setChecked(True)
    wait(app, lambda: mlp.fan_view is not None and len(mlp.fan_view.picture.batch) == 500)
    mlp.redraw_now()
    view = mlp.fan_view
    set_data = best_ms(app, lambda: mlp.fan_items.show(view.picture, view.origin, view.scale))
    with_fan = best_ms(app, plot.grab)
    print(f"fan of {mlp.fan_items.arrow_count()} arrows: setData {set_data:.2f} ms; the map repainted {with_fan:.2f} ms with it, ")
    print(f"  {without:.2f} ms without (ratio {with_fan / without:.2f}); a 60 Hz frame is 16.7 ms")
    c.fan_check.setChecked(False)

    # -- the window's memory while a network plays flat out -------------------------------------
    index = combo.findData(arguments.task)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    wait(app, lambda: mlp.dataset is not None and mlp.dataset.name == arguments.task and mlp.frame is not None)
    c.hidden_edit.setText(arguments.hidden)
    c.hidden_edit.returnPressed.emit()
    c.max_steps_spin.setValue(10_000_000)
    c.speed_slider.setValue(c.speed_slider.maximum())
    wait(app, lambda: mlp.frame is not None and mlp.settings.hidden == tuple(int(v) for v in arguments.hidden.split(",")), 20)
    wait(app, lambda: False, 1.0)
    start = resident_mb()
    mlp.toggle_play()
    end = time.perf_counter() + arguments.seconds
    peak = start
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)
        peak = max(peak, resident_mb())
    mlp.toggle_play()
    wait(app, lambda: False, 0.5)
    after = resident_mb()
    note = mlp.history_note or "every step kept"
    print(
        f"window, {arguments.task} {arguments.hidden} played {arguments.seconds:g} s flat out: {mlp.steps:,} steps; "
        f"resident {start:.0f} MB at the start, {after:.0f} MB after (+{after - start:.0f} MB, peak +{peak - start:.0f} MB; "
        f"goal within 150 MB); {note}"
    )
    window.close()

    # -- the command line ------------------------------------------------------------------------
    if arguments.cli:
        command = [
            "/usr/bin/time",
            "-v",
            sys.executable,
            "-m",
            "gdstudio",
            "run",
            "--task",
            "spirals",
            "--hidden",
            "64,64",
            "--steps",
            "40000",
            "--json",
            os.devnull,
        ]
        started = time.perf_counter()
        result = subprocess.run(
            command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
        )
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
        peak_cli = int(match.group(1)) / 1024 if match else float("nan")
        print(
            f"gdstudio run --task spirals --hidden 64,64 --steps 40000: peak {peak_cli:.0f} MB (goal under 400 MB), "
            f"{time.perf_counter() - started:.0f} s; {result.stdout.strip()}"
        )


if __name__ == "__main__":
    main()
