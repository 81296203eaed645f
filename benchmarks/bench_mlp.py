"""MLP training speed against the references a user would otherwise reach for.

Same network (2-8-8-1, tanh hidden layers, sigmoid output, cross-entropy), same
data (500 XOR points), full-batch plain gradient descent (SGD without momentum),
float64, all in one process:

* gdstudio: the objective's loss_and_gradient plus w ← w − γ∇L in a bare loop, and
  the same through the descent engine (Training.run, what the studio and the CLI use:
  trajectory recording, divergence and convergence checks every step); each with the
  compiled kernel (numba, the ``fast`` extra: what training uses when it is installed)
  and with the numpy fallback;
* scikit-learn ``MLPClassifier(solver='sgd', momentum=0, batch_size=500)``: its own
  fit loop, time per iteration (= one full-batch step);
* PyTorch on the CPU: ``nn.Sequential`` + ``BCEWithLogitsLoss`` + ``optim.SGD``, a
  standard training loop (zero_grad, forward, backward, step), float64 and float32.

Then the 41 × 41 weight-space slice of that network on the same data.
Goals: ≥ 10,000 full-batch steps per second through the engine and faster than
both references; a 41 × 41 slice in under 100 ms.

Run: ``.venv/bin/python benchmarks/bench_mlp.py [--steps N]``.  BLAS is limited to
one thread for everyone (tiny matrices gain nothing from threads, and a busy
second core makes threaded BLAS erratic); PyTorch is given one thread too.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
import warnings

import numpy as np

from gdstudio.core.mlp.datasets import make_dataset
from gdstudio.core.mlp.network import MLP, MLPObjective
from gdstudio.core.mlp.training import Training, TrainingSettings
from gdstudio.core.mlp.weight_space import PCA, RANDOM, weight_slice

LEARNING_RATE = 0.01  # for the sum loss; the references use the mean loss with γ·N


def best_of(repeats, function):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def ours_bare(objective, w0, steps):
    def run():
        w = w0.copy()[None]
        for _ in range(steps):
            _, gradient = objective.loss_and_gradient(w)
            w -= LEARNING_RATE * gradient

    return steps / best_of(3, run)


def ours_engine(dataset, steps, use_kernel):
    settings = TrainingSettings(hidden=(8, 8), learning_rate=LEARNING_RATE, max_steps=steps, tolerance=0.0)

    def run():
        training = Training(dataset, settings, use_kernel=use_kernel)
        training.run()
        assert training.steps == steps and training.objective.uses_kernel == use_kernel

    return steps / best_of(3, run)


def engine_alone(dimension, steps):
    """The descent engine's own cost per step: an objective that returns constants."""
    from gdstudio.core.descent.engine import Descent, RunSettings

    class Constant:
        def __init__(self):
            self.dimension = dimension
            self.loss = np.zeros(1)
            self.gradient = np.full((1, dimension), 1e-3)

        def loss_and_gradient(self, points):
            return self.loss, self.gradient

    def run():
        descent = Descent(Constant(), [RunSettings(start=(0.0,) * dimension, learning_rate=0.01, max_steps=steps, tolerance=0.0)])
        descent.run()

    return steps / best_of(3, run)


def kernel_alone(objective, w0, steps):
    """One call of the compiled loss and gradient, without the objective's wrapper."""
    compiled = objective.compiled
    gradient = np.empty_like(w0)

    def run():
        for _ in range(steps):
            compiled(w0, objective.inputs_t, objective.targets_t, gradient)

    return steps / best_of(3, run)


def exp_floor(steps):
    """np.exp on the two hidden layers' 2 × 8 × 500 float64 values: the floor of a tanh network step."""
    values = np.random.default_rng(0).standard_normal((2, 8, 500))
    out = np.empty_like(values[0])

    def run():
        for _ in range(steps):
            np.exp(values[0], out=out)
            np.exp(values[1], out=out)

    return steps / best_of(3, run)


def sklearn_rate(dataset, steps):
    try:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.neural_network import MLPClassifier
    except ImportError:
        return None
    inputs, labels = dataset.train_inputs, dataset.train_targets

    def run():
        model = MLPClassifier(
            hidden_layer_sizes=(8, 8),
            activation="tanh",
            solver="sgd",
            momentum=0.0,
            alpha=0.0,
            batch_size=len(inputs),
            learning_rate_init=LEARNING_RATE * len(inputs),
            max_iter=steps,
            shuffle=False,
            tol=0.0,
            n_iter_no_change=steps + 1,
            random_state=0,
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(inputs, labels)
        assert model.n_iter_ == steps

    return steps / best_of(3, run)


def torch_rate(dataset, steps, dtype_name):
    try:
        import torch
    except ImportError:
        return None
    dtype = getattr(torch, dtype_name)
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.Tanh(), torch.nn.Linear(8, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1)).to(
        dtype
    )
    inputs = torch.tensor(dataset.train_inputs, dtype=dtype)
    targets = torch.tensor(dataset.train_targets, dtype=dtype).reshape(-1, 1)
    loss_function = torch.nn.BCEWithLogitsLoss(reduction="sum")
    optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=0.0)

    def run():
        for _ in range(steps):
            optimizer.zero_grad()
            loss = loss_function(model(inputs), targets)
            loss.backward()
            optimizer.step()

    return steps / best_of(3, run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=2000)
    arguments = parser.parse_args()
    steps = arguments.steps
    try:
        from threadpoolctl import threadpool_limits

        limiter = threadpool_limits(limits=1)
    except ImportError:
        limiter = None
    torch_threads = None
    try:
        import torch

        torch.set_num_threads(1)
        torch_threads = torch.get_num_threads()
        torch_version = torch.__version__
    except ImportError:
        torch_version = "not installed"
    try:
        import sklearn

        sklearn_version = sklearn.__version__
    except ImportError:
        sklearn_version = "not installed"

    dataset = make_dataset("xor", samples=500, test_fraction=0.0)
    network = MLP((2, 8, 8, 1), "tanh", "sigmoid")
    w0 = network.initial_weights("xavier", 0)
    plain = MLPObjective(network, dataset.train_inputs, dataset.train_targets, use_kernel=False)
    compiled = MLPObjective(network, dataset.train_inputs, dataset.train_targets)
    started = time.perf_counter()
    compiled.prepare()  # the first load in a process: numba's import and its disk cache (or a compile)
    load_seconds = time.perf_counter() - started
    kernel = compiled.uses_kernel
    for objective in (plain, compiled):
        objective.loss_and_gradient(w0[None])  # warm the buffers

    print(f"MLP 2-8-8-1 tanh, 500 points, full-batch plain SGD, float64, {steps} steps, best of 3")
    print(
        f"python {platform.python_version()}, numpy {np.__version__}, scikit-learn {sklearn_version}, "
        f"torch {torch_version} ({torch_threads} thread), BLAS threads: {'1' if limiter else 'default'}, "
        f"{os.cpu_count()} cores"
    )
    if kernel:
        import numba

        print(f"compiled kernel: numba {numba.__version__}, first load in this process {load_seconds:.2f} s")
    else:
        print("compiled kernel: unavailable (pip install 'gdstudio[fast]' adds numba); training uses numpy")
    rows = [
        ("gdstudio, descent engine (Training.run), kernel", ours_engine(dataset, steps, True) if kernel else None),
        ("gdstudio, bare loop (objective + w -= γ∇L), kernel", ours_bare(compiled, w0, steps) if kernel else None),
        ("gdstudio, descent engine, numpy fallback", ours_engine(dataset, steps, False)),
        ("gdstudio, bare loop, numpy fallback", ours_bare(plain, w0, steps)),
        ("scikit-learn MLPClassifier(solver='sgd'), fit loop", sklearn_rate(dataset, steps)),
        ("PyTorch CPU float64, nn + optim.SGD loop", torch_rate(dataset, steps, "float64")),
        ("PyTorch CPU float32, nn + optim.SGD loop", torch_rate(dataset, steps, "float32")),
    ]
    floors = [
        ("  the descent engine alone (no objective)", engine_alone(network.dimension, steps)),
        ("  the compiled loss and gradient alone", kernel_alone(compiled, w0, steps) if kernel else None),
        ("  np.exp of both hidden layers (float64)", exp_floor(steps)),
    ]
    # what training uses: the kernel when numba is installed, else numpy
    engine = rows[0][1] if kernel else rows[2][1]
    print(f"\n{'':52s} {'steps/s':>10s} {'µs/step':>9s} {'engine ×':>9s}")
    for name, rate in rows:
        if rate is None:
            print(f"{name:52s} {'n/a':>10s}")
            continue
        print(f"{name:52s} {rate:10,.0f} {1e6 / rate:9.1f} {engine / rate:9.2f}")
    print("\nparts of a step:")
    for name, rate in floors:
        print(f"{name:52s} {rate:10,.0f} {1e6 / rate:9.1f}" if rate else f"{name:52s} {'n/a':>10s}")
    references = [rate for _, rate in rows[4:] if rate]
    path = "kernel" if kernel else "numpy fallback"
    print(
        f"\ngoal ≥ 10,000 steps/s through the engine ({path}): {'met' if engine >= 10_000 else 'NOT met'} "
        f"({engine:,.0f}); faster than both references: "
        f"{'yes' if references and all(engine > r for r in references) else 'no'}"
        + (f" ({engine / max(references):.1f}× the faster one)" if references else "")
    )

    training = Training(dataset, TrainingSettings(hidden=(8, 8), learning_rate=LEARNING_RATE, max_steps=300))
    training.run()
    print("\n41 × 41 weight-space slice, 2-8-8-1 on 500 points (best of 5)")
    for method in (RANDOM, PCA):
        for dtype in (np.float32, np.float64):
            seconds = best_of(
                5,
                lambda method=method, dtype=dtype: weight_slice(
                    training.objective, training.weights, method, training.path, 41, dtype=dtype
                ),
            )
            default = " (default)" if dtype is np.float32 else ""
            print(
                f"  {method:6s} {np.dtype(dtype).name}{default:10s} {1e3 * seconds:7.1f} ms"
                f"{'   goal < 100 ms met' if seconds < 0.1 else ''}"
            )


if __name__ == "__main__":
    main()
