"""Figures for issue 5 (races, sweeps, curvature): run as a script, not a test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_compare.py

Prints one table.  Each timing is the median (and best) of several repeats after a
warm-up; where there is a reference in the same process (the bare engine doing the
same work) the ratio to it is printed, so the figures can be compared across machines.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stall_probe import StallProbe  # noqa: E402  (benchmarks/, beside this script)

from gdstudio.core.descent.engine import Descent, RunSettings  # noqa: E402
from gdstudio.core.descent.race import Race, RaceEntry  # noqa: E402
from gdstudio.core.descent.schedules import Schedule  # noqa: E402
from gdstudio.core.descent.sweep import log_spaced_learning_rates, run_sweep  # noqa: E402
from gdstudio.core.function.analysis import curvature_at  # noqa: E402
from gdstudio.core.function.language import parse_function  # noqa: E402

ROSENBROCK = "(1 - x)^2 + 100(y - x^2)^2"
START = (-1.5, 2.0)
REPEATS = 9


def timed(work, repeats: int = REPEATS) -> tuple[float, float]:
    work()  # warm-up
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times), min(times)


def main() -> None:
    rows: list[tuple[str, str, str, str]] = []  # what, median, best, note
    function = parse_function(ROSENBROCK)

    for label, low, high in (("all 200 runs go the full 1,000 steps", 1e-5, 1e-3), ("46 of 200 diverge on the way", 1e-5, 1e-2)):
        rates = log_spaced_learning_rates(low, high, 200)

        def sweep(rates=rates):
            return run_sweep(function, START, rates, max_steps=1000)

        def bare_engine(rates=rates):
            Descent(function, [RunSettings(START, float(r)) for r in rates], record=False).run()

        median, best = timed(sweep)
        reference, _ = timed(bare_engine)
        result = sweep()
        rows.append(
            (
                f"sweep 200 γ × 1,000 steps, Rosenbrock, γ {low:g}…{high:g} ({label})",
                f"{median * 1e3:.1f} ms",
                f"{best * 1e3:.1f} ms",
                f"goal < 100 ms; {median / reference:.2f}× the bare engine; {int(result.diverged.sum())} diverged",
            )
        )

    rates = log_spaced_learning_rates(1e-5, 1e-3, 200)
    schedule = Schedule("cosine", period=1000)
    median, best = timed(lambda: run_sweep(function, START, rates, max_steps=1000, schedule=schedule))
    rows.append(("the same sweep with a cosine schedule", f"{median * 1e3:.1f} ms", f"{best * 1e3:.1f} ms", ""))

    seed = parse_function("x^2 + x*y + y^2")
    entries = [
        RaceEntry(RunSettings((1.5, -1.0), lr, optimizer, max_steps=100_000, tolerance=0.0))
        for optimizer, lr in (("gd", 0.1), ("gd", 0.5), ("momentum", 0.05), ("nesterov", 0.05), ("adam", 0.1), ("rmsprop", 0.01))
    ]

    def race_batches():
        race = Race(seed, entries)
        for _ in range(100):
            race.advance(10)

    median, best = timed(race_batches, 5)
    rows.append(
        (
            "6-run race (6 optimisers), 100 batches of 10 steps with trajectories",
            f"{median * 1e3:.1f} ms",
            f"{best * 1e3:.1f} ms",
            f"{median / 100 * 1e3:.2f} ms per batch handed to the window (the UI budget is 20 ms)",
        )
    )

    fresh = parse_function("x^3 - 3x*y^2 + exp(x/3)")
    began = time.perf_counter()
    curvature_at(fresh, (0.5, 0.25))
    first = time.perf_counter() - began
    median, best = timed(lambda: curvature_at(fresh, (0.5, 0.25)), 50)
    rows.append(
        (
            "curvature at a point (Hessian, eigenvalues, γ limits)",
            f"{median * 1e6:.0f} µs",
            f"{best * 1e6:.0f} µs",
            f"first call {first * 1e3:.0f} ms (compiles the Hessian)",
        )
    )

    try:
        from gdstudio.core.descent.race import race_window
        from gdstudio.export.animation import pillow_available, write_gif
        from gdstudio.ui.common.race_figure import RaceFigure
    except ImportError as error:  # no Qt: the figures are skipped
        rows.append(("race GIF", "-", "-", f"skipped: {error}"))
    else:
        import tempfile

        race = Race(
            seed,
            [RaceEntry(RunSettings((1.5, -1.0), lr, opt)) for opt, lr in (("gd", 0.1), ("momentum", 0.05), ("adam", 0.1), ("gd", 0.7))],
        )
        race.run()
        figure = RaceFigure(seed, race, race_window(race), width=600, height=660)
        steps = figure.frame_steps(40)
        began = time.perf_counter()
        frames = list(figure.frames(steps))
        render = (time.perf_counter() - began) / len(frames)
        if pillow_available():
            with tempfile.TemporaryDirectory() as folder:
                began = time.perf_counter()
                write_gif(Path(folder) / "race.gif", frames)
                encode = time.perf_counter() - began
            note = f"render {render * 1e3:.0f} ms/frame, quantise + write {encode / len(frames) * 1e3:.0f} ms/frame"
        else:
            encode = 0.0
            note = f"render {render * 1e3:.0f} ms/frame; Pillow missing, not written"
        total = render * len(frames) + encode
        rows.append((f"race GIF, {len(frames)} frames of 600×660", f"{total:.2f} s", "-", note))
        figure.close()

        try:
            from gdstudio.export.animation import video_available, write_mp4
        except ImportError:
            video_available = None
        if video_available and video_available():
            with tempfile.TemporaryDirectory() as folder:
                began = time.perf_counter()
                write_mp4(Path(folder) / "race.mp4", frames)
                encode = time.perf_counter() - began
            rows.append(
                (
                    f"race MP4, {len(frames)} frames of 600×660",
                    f"{render * len(frames) + encode:.2f} s",
                    "-",
                    f"render {render * 1e3:.0f} ms/frame, encode {encode / len(frames) * 1e3:.0f} ms/frame",
                )
            )
        rows.append(race_stall())
        rows.append(race_stall(4.0, played_before=40.0))

    widths = [max(len(row[i]) for row in rows + [("what", "median", "best", "note")]) for i in range(4)]
    header = ("what", "median", "best", "note")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)))


def race_stall(seconds: float = 4.0, played_before: float = 0.0) -> tuple[str, str, str, str]:
    """A 6-run race on Rosenbrock playing in the Compare tab: the longest gap between
    the ticks of a 1 ms timer on the UI thread (what a user feels as a stall), and
    the share of the gaps over 20 ms; measured from the moment Play is pressed, or
    after the race has played ``played_before`` seconds (its paths and curves long)."""
    from PySide6 import QtCore, QtWidgets

    from gdstudio.ui import MainWindow

    QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    import tempfile

    folder = tempfile.mkdtemp()
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, folder)
    window = MainWindow(restore=False)
    window.resize(1400, 900)
    window.show()
    window.tab("function").apply_preset("rosenbrock")
    window.tab("function").set_limits(10_000_000, 0.0)  # nobody converges within the measurement
    window.mode_tabs.setCurrentWidget(window.tab("compare"))
    compare = window.tab("compare")
    while compare.table.rowCount() < 6:
        compare.add_run("gd", 1e-4)
    for row, (optimizer, lr) in enumerate(
        [("gd", 1e-4), ("momentum", 1e-4), ("nesterov", 1e-4), ("adagrad", 0.05), ("rmsprop", 1e-3), ("adam", 1e-2)]
    ):
        compare.set_run(row, optimizer, lr)
    compare.restart_race()
    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(500, loop.quit)
    loop.exec()
    probe = StallProbe()
    compare.toggle_play()
    if played_before:
        QtCore.QTimer.singleShot(int(played_before * 1000), loop.quit)
        loop.exec()
    probe.start()
    QtCore.QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    probe.stop()
    steps = int(compare.step_count)
    window.close()
    gaps_ms = np.array(probe.milliseconds())
    over = float(np.mean(gaps_ms > 20.0)) * 100
    note = (
        f"goal < 20 ms; 99th percentile {np.percentile(gaps_ms, 99):.1f} ms, {over:.2f}% of gaps over 20 ms" + f", {steps:,} lockstep steps"
    )
    when = f"{seconds:g} s from Play" if not played_before else f"{seconds:g} s after {played_before:g} s of play"
    return (f"6-run race in the window, longest UI stall ({when})", f"{gaps_ms[-1]:.1f} ms", "-", note)


if __name__ == "__main__":
    main()
