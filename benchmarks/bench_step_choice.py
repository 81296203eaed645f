"""Choosing the step on this machine (a script, not a test).

    .venv/bin/python benchmarks/bench_step_choice.py

Prints the Rosenbrock table of the README: on (1 − x)² + 100(y − x²)² from (−1.2, 1),
each direction with each step size, the steps and the evaluations of f, ∇f and H to
‖∇f‖ < 10⁻⁶ (or the 100,000-step limit), with scipy's BFGS and torch's L-BFGS
(strong Wolfe) as references where they are installed; then the time of one step of a
lone run (the window's player) for each method, against the fixed-γ float loop.
Goal: a strong-Wolfe step of a typed function under 1 ms.
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from gdstudio.core import Descent, RunSettings, parse_function
from gdstudio.core.descent.playback import Player

ROSENBROCK = "(1 - x)^2 + 100*(y - x^2)^2"
START = (-1.2, 1.0)
METHODS = (
    ("gd", "fixed", 1e-3),
    ("gd", "armijo", 1.0),
    ("gd", "strong-wolfe", 1.0),
    ("gd", "exact", 1.0),
    ("cg", "strong-wolfe", 1.0),
    ("cg", "exact", 1.0),
    ("bfgs", "strong-wolfe", 1.0),
    ("bfgs", "armijo", 1.0),
    ("lbfgs", "fixed", 1.0),
    ("lbfgs", "strong-wolfe", 1.0),
    ("newton", "fixed", 1.0),
    ("newton", "armijo", 1.0),
)


def table(function) -> None:
    print(f"Rosenbrock from {START}, to ‖∇f‖ < 1e-6 (step limit 100,000)")
    print(f"{'method':<22}{'γ':>7}{'status':>12}{'steps':>9}{'f':>9}{'∇f':>9}{'H':>7}")
    for optimizer, rule, rate in METHODS:
        settings = RunSettings(start=START, learning_rate=rate, optimizer=optimizer, line_search=rule, max_steps=100_000, tolerance=1e-6)
        descent = Descent(function, [settings], record=False)
        descent.run()
        f, g, h = (int(v) for v in descent.evaluations[0])
        print(f"{settings.method:<22}{rate:>7g}{str(descent.status(0)):>12}{int(descent.steps[0]):>9,}{f:>9,}{g:>9,}{h:>7,}")
    references(function)


def references(function) -> None:
    def value(w):
        return float(function.loss_and_gradient(np.asarray(w, dtype=float)[None])[0][0])

    def gradient(w):
        return function.loss_and_gradient(np.asarray(w, dtype=float)[None])[1][0]

    try:
        from scipy.optimize import minimize
    except ImportError:
        print("scipy: not installed")
    else:
        result = minimize(value, START, jac=gradient, method="BFGS", options={"gtol": 1e-6})
        print(f"{'scipy BFGS':<22}{'':>7}{'':>12}{result.nit:>9,}{result.nfev:>9,}{result.njev:>9,}{0:>7}")
    try:
        import torch
    except ImportError:
        print("torch: not installed")
        return
    w = torch.tensor(START, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS(
        [w], lr=1, max_iter=100_000, max_eval=200_000, tolerance_grad=1e-6, tolerance_change=0.0, line_search_fn="strong_wolfe"
    )
    calls = [0]

    def closure():
        calls[0] += 1
        optimizer.zero_grad()
        x, y = w[0], w[1]
        loss = (1 - x) ** 2 + 100 * (y - x**2) ** 2
        loss.backward()
        return loss

    optimizer.step(closure)
    steps = optimizer.state[optimizer._params[0]]["n_iter"]
    print(f"{'torch LBFGS+wolfe':<22}{'':>7}{'':>12}{steps:>9,}{calls[0]:>9,}{calls[0]:>9,}{0:>7}")


def step_times(function) -> None:
    print("\nOne step of a lone run (the window's player), median of 5 runs of 200 steps")
    baseline = None
    for optimizer, rule, rate in (("gd", "fixed", 1e-4),) + METHODS[1:]:
        settings = RunSettings(start=START, learning_rate=rate, optimizer=optimizer, line_search=rule, max_steps=10_000_000, tolerance=0.0)
        times = []
        for _ in range(5):
            player = Player(function, settings)
            started = time.perf_counter()
            batch = player.advance(200)
            elapsed = time.perf_counter() - started
            times.append(elapsed / max(batch.steps, 1))
        per_step = statistics.median(times)
        baseline = baseline or per_step
        name = settings.method
        print(f"{name:<22}{per_step * 1e6:>10.1f} µs a step  ({per_step / baseline:,.0f}× the fixed-γ float loop)")


def main() -> None:
    function = parse_function(ROSENBROCK)
    function.loss_and_gradient(np.array([START]))  # compile first
    function.hessian_at(np.array([START]))
    table(function)
    step_times(function)


if __name__ == "__main__":
    main()
