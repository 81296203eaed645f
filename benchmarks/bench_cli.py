"""Long runs on this machine (a script, not a test).

    .venv/bin/python benchmarks/bench_cli.py [--code FOLDER] [--steps N]

Prints, each case in a subprocess of its own (time and peak resident memory of that
process alone, from ``os.wait4``): the bare interpreter with numpy and sympy
imported, and ``gdstudio run --preset rosenbrock --lr 1e-5 --tol 0 --steps 1000000``
bare, with ``--json`` and with ``--csv``. Then, in this process, what one frame of
the window costs to decimate the path and the loss curve after a batch of new
steps, with 1,000 and with 10,000,000 steps already drawn: it should not grow
with the run. Goals (issue 13): each run under 10 s, peak memory under 120 MB
with ``--json`` and with ``--csv``; the frame's cost the same at both sizes.

``--code FOLDER`` runs the command line of another checkout (``PYTHONPATH=FOLDER``),
for figures before and after a change.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent.parent


def measure(argv: list[str], code: Path, folder: str) -> tuple[float, float, int]:
    """Wall time (s), peak resident memory (MB) and exit status of one child process."""
    env = dict(os.environ, PYTHONPATH=str(code), QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    error = child.stderr.read().decode(errors="replace").strip()
    child.stderr.close()
    if child.returncode != 0:
        print(f"  failed ({child.returncode}): {error}")
    return elapsed, usage.ru_maxrss / 1024, child.returncode  # ru_maxrss is in KiB on Linux


def command_line(code: Path, steps: int) -> None:
    python = sys.executable
    run = [python, "-m", "gdstudio", "run", "--preset", "rosenbrock", "--lr", "1e-5", "--tol", "0", "--steps", str(steps)]
    with tempfile.TemporaryDirectory() as folder:
        cases = [
            ("interpreter with numpy and sympy imported", [python, "-c", "import numpy, sympy"], None),
            (f"gdstudio run, {steps:,} steps", run, None),
            ("  with --json run.json", run + ["--json", "run.json"], "run.json"),
            ("  with --csv run.csv", run + ["--csv", "run.csv"], "run.csv"),
        ]
        print(f"command line: {code}")
        print(f"{'case':<46}{'time':>9}{'peak RSS':>12}{'file':>11}")
        for name, argv, output in cases:
            elapsed, peak, _ = measure(argv, code, folder)
            size = ""
            if output and (Path(folder) / output).exists():
                size = f"{(Path(folder) / output).stat().st_size / 1e6:.0f} MB"
            print(f"{name:<46}{elapsed:>7.2f} s{peak:>9.0f} MB{size:>11}")
        print("goals: each run < 10 s; with --json and with --csv < 120 MB\n")


def spiral_walk(count: int, rng) -> tuple[np.ndarray, np.ndarray]:
    """A descent-like path: a spiral into a minimum with a little noise, and its loss."""
    turns = np.linspace(0.0, 60.0 * np.pi, count)
    radius = np.exp(-turns / 40.0)
    points = np.column_stack([radius * np.cos(turns), 0.5 * radius * np.sin(turns)])
    points += rng.normal(0.0, 1e-5, points.shape)
    loss = radius**2 + rng.normal(0.0, 1e-6, count)
    return points, loss


def frame_costs() -> None:
    try:
        from gdstudio.core.descent.decimate import LossEnvelope, PathDecimator
    except ImportError:
        print("display decimation: this checkout has no gdstudio.core.descent.decimate")
        return
    rng = np.random.default_rng(0)
    batch = 1000
    width, height = 800, 500
    print(f"display decimation of one frame: {batch:,} new steps, a {width}×{height} pixel plot")
    print(f"{'steps drawn':<16}{'path':>12}{'loss curve':>14}{'points drawn (path, loss)':>30}")
    for count in (1_000, 10_000_000):
        points, loss = spiral_walk(count + 10 * batch, rng)
        steps = np.arange(len(loss))
        scale = (width / 2.0, height / 1.0)
        path = PathDecimator()
        envelope = LossEnvelope()
        started = time.perf_counter()
        path.follow(points[:count], scale)
        envelope.follow(steps[:count], loss[:count], count / width)
        first = time.perf_counter() - started
        path_times, loss_times = [], []
        for frame in range(1, 11):
            end = count + frame * batch
            started = time.perf_counter()
            drawn, _ = path.follow(points[:end], scale)
            path_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            x, _ = envelope.follow(steps[:end], loss[:end], end / width)  # the step axis follows the run
            loss_times.append(time.perf_counter() - started)
        print(
            f"{count:<16,}{np.median(path_times) * 1000:>9.2f} ms{np.median(loss_times) * 1000:>11.2f} ms"
            f"{len(drawn):>18,}{len(x):>10,}   (first frame, whole run: {first * 1000:.0f} ms)"
        )
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=HERE, help="the checkout whose command line is measured")
    parser.add_argument("--steps", type=int, default=1_000_000)
    parser.add_argument("--skip-frames", action="store_true", help="only the command line")
    arguments = parser.parse_args()
    command_line(arguments.code.resolve(), arguments.steps)
    if not arguments.skip_frames:
        sys.path.insert(0, str(arguments.code.resolve()))
        frame_costs()


if __name__ == "__main__":
    main()
