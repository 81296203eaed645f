"""Core figures on this machine (a script, not a test).

    .venv/bin/python benchmarks/bench_core.py

Prints: parse + differentiate + compile per preset (sympy warm), a 400×400 grid,
"typed function ready to draw" (all of that), single-run steps per second (the
engine's step on arrays, and the player's float loop, with their ratio), and a
lockstep sweep of 256 learning rates × 1000 steps on Rosenbrock, with the same
sweep in PyTorch (float64, CPU) as a reference in the same process where torch
is installed. Then long runs: a batch added to the window's run history with 1,000
and with 2,000,000 rows in it (it should not grow), the history's thinning, and
the display decimation of a whole 10,000,000-point path and loss curve in one go
(a zoom; a frame works on its new points only: benchmarks/bench_cli.py).
Goals: ready to draw < 100 ms, sweep < 100 ms, decimation of 10,000,000 points
well under a second.
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from gdstudio.core import PRESETS, Descent, RunSettings, parse_function, run_descent
from gdstudio.core.descent.decimate import LossEnvelope, PathDecimator
from gdstudio.core.descent.history import HISTORY_BUDGET, RunHistory
from gdstudio.core.descent.playback import Player
from gdstudio.core.function.landscape import evaluate_landscape


def best_of(repeat, action):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def row(name, seconds, goal="", unit="ms"):
    value = seconds * 1000 if unit == "ms" else seconds
    print(f"{name:<58}{value:>12.2f} {unit:<4}{goal:>12}")


def torch_sweep(learning_rates, steps):
    import torch

    torch.set_num_threads(1)
    points = torch.tensor([[-1.5, 2.0]] * len(learning_rates), dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([{"params": [points], "lr": 1.0}])
    rates = torch.tensor(learning_rates, dtype=torch.float64)[:, None]
    started = time.perf_counter()
    for _ in range(steps):
        optimizer.zero_grad()
        x, y = points[:, 0], points[:, 1]
        loss = ((1 - x) ** 2 + 100 * (y - x**2) ** 2).sum()
        loss.backward()
        with torch.no_grad():
            points.grad.mul_(rates)  # a per-run learning rate
        optimizer.step()
    return time.perf_counter() - started


def main() -> None:
    started = time.perf_counter()
    parse_function("x*y + sin(x)")
    print(f"sympy warm-up (first import + lambdify): {(time.perf_counter() - started) * 1000:.0f} ms\n")
    print(f"{'measure':<58}{'best':>12} {'':<4}{'goal':>12}")
    for preset in PRESETS.values():
        best, _ = best_of(5, lambda preset=preset: parse_function(preset.function))
        row(f"parse + differentiate + compile: {preset.name}", best)
    seed = parse_function(PRESETS["seed"].function)
    best, _ = best_of(10, lambda: evaluate_landscape(seed, PRESETS["seed"].window, 400))
    row("400×400 grid with levels (seed)", best)
    worst = 0.0
    for preset in PRESETS.values():
        best, _ = best_of(5, lambda preset=preset: evaluate_landscape(parse_function(preset.function), preset.window, 400))
        worst = max(worst, best)
    row("typed function ready to draw, slowest preset", worst, "< 100 ms")

    rosenbrock = parse_function(PRESETS["rosenbrock"].function)
    steps = 20_000
    settings = RunSettings(start=(-1.5, 2), learning_rate=1e-3, max_steps=steps, tolerance=0)
    engine, _ = best_of(3, lambda: run_descent(rosenbrock, settings))
    row("single run, Rosenbrock, steps per second (the engine's step)", steps / engine, "", "/s")
    floats, _ = best_of(3, lambda: Player(rosenbrock, settings).advance(steps))
    row("  the same run played (the float loop, same numbers)", steps / floats, "", "/s")
    print(f"  ratio float loop / engine: {engine / floats:.1f}×")
    adam = RunSettings(start=(-1.5, 2), learning_rate=1e-3, optimizer="adam", max_steps=steps, tolerance=0)
    floats, _ = best_of(3, lambda: Player(rosenbrock, adam).advance(steps))
    row("  Adam played (its update through the optimiser's arrays)", steps / floats, "", "/s")

    learning_rates = np.logspace(-5, -2.5, 256)

    def sweep():
        descent = Descent(rosenbrock, [RunSettings(start=(-1.5, 2), learning_rate=lr) for lr in learning_rates], record=False)
        descent.run()

    best, median = best_of(7, sweep)
    row("lockstep sweep 256 γ × 1000 steps, Rosenbrock", best, "< 100 ms")
    row("  (median of 7)", median)
    try:
        reference = min(torch_sweep(learning_rates, 1000) for _ in range(3))
    except ImportError:
        print("torch is not installed: no reference sweep")
    else:
        row("  the same sweep in PyTorch (float64, 1 thread)", reference)
        print(f"  ratio PyTorch / gdstudio: {reference / best:.2f}×")
    long_runs()


def long_runs() -> None:
    print()
    batch = 1000
    block = np.random.default_rng(0).normal(size=(batch, 2))
    losses = block[:, 0].copy()
    for rows in (1_000, HISTORY_BUDGET - 200 * batch):
        history = RunHistory(2)
        filler = np.zeros((1 << 16, 2))
        while history.count + len(filler) < rows:
            history.extend(filler, filler[:, 0], filler)
        history.extend(filler[: rows - history.count], filler[: rows - history.count, 0], filler[: rows - history.count])
        times = []
        for _ in range(200):
            if history.count + batch > history.budget:
                break
            started = time.perf_counter()
            history.extend(block, losses, block)
            times.append(time.perf_counter() - started)
        row(f"a batch of {batch:,} steps into the run history, {rows:,} rows in it", statistics.median(times), "constant")
    history = RunHistory(2)
    filler = np.zeros((1 << 16, 2))
    while history.count + len(filler) <= HISTORY_BUDGET:
        history.extend(filler, filler[:, 0], filler)
    started = time.perf_counter()
    history.extend(filler, filler[:, 0], filler)  # past the budget: thinned to every 2nd step
    row(f"  thinning it past its budget of {HISTORY_BUDGET:,} rows (once per doubling)", time.perf_counter() - started)
    count = 10_000_000
    turns = np.linspace(0.0, 60.0 * np.pi, count)
    radius = np.exp(-turns / 40.0)
    points = np.column_stack([radius * np.cos(turns), 0.5 * radius * np.sin(turns)])
    best, _ = best_of(3, lambda: PathDecimator().follow(points, (400.0, 500.0)))
    row(f"decimating a {count:,}-point path for an 800×500 plot, in one go", best, "< 1000 ms")
    steps = np.arange(count)
    best, _ = best_of(3, lambda: LossEnvelope().follow(steps, radius, count / 800))
    row(f"  its loss curve, {count:,} values, 800 pixel columns", best, "< 1000 ms")


if __name__ == "__main__":
    main()
