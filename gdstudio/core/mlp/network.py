"""A multi-layer perceptron over one flat parameter vector w, and its loss L(w).

The lesson: learning is finding the w that minimises

    L(w) = Σᵢ E(f_w(xᵢ), yᵢ)            (reduction "sum", the default)
    L(w) = (1/N) Σᵢ E(f_w(xᵢ), yᵢ)      (reduction "mean")

plus, optionally, the L2 penalty (λ/2) Σ_layers ‖W_l‖² on the weights (not the
biases).  w holds every weight and bias, layer after layer ([W₁, b₁, W₂, b₂, …],
each W_l of shape (fan_in, fan_out), row-major); :meth:`MLP.layers` returns numpy
views into w, so nothing is copied per step.

The network: a_0 = x, z_l = a_{l−1} W_l + b_l, a_l = φ(z_l) for the hidden layers
(φ = tanh, relu, sigmoid or linear), and the output f_w(x) = σ(z_L) (sigmoid, two
classes), softmax(z_L) (K > 2 classes) or z_L (regression).

Per-example losses E:

* cross-entropy: −[y log p + (1 − y) log(1 − p)] for a sigmoid output,
  −log p_y for softmax (computed from z_L, so it never takes log 0);
* squared error: Σ_k (f_k − y_k)² (y one-hot for classification), PyTorch's
  ``MSELoss`` for one output.

The gradient ∇L(w) comes from hand-written backpropagation, vectorised over the
examples (δ_L = ∂E/∂z_L, ∂L/∂W_l = a_{l−1}ᵀ δ_l, ∂L/∂b_l = Σ δ_l,
δ_{l−1} = (δ_l W_lᵀ) ⊙ φ′(z_{l−1})), into preallocated buffers, after
scikit-learn's ``neural_network/_multilayer_perceptron.py``.  When numba is
installed (the optional ``fast`` extra), training small networks runs the same
computation as one compiled loop instead (:mod:`gdstudio.core.mlp.kernel`,
loaded by :func:`load_kernel` in the thread that trains), with numpy as the
fallback; both give the same numbers to about 1e-15.

:class:`MLPObjective` (pure in w and an explicit batch) and :class:`MiniBatchObjective`
(which hands the engine the next batch of a :class:`BatchOrder`) are objectives for the
descent engine (:class:`gdstudio.core.descent.engine.Descent`); :class:`Training` ties a
data set, a network and a descent together for the studio's worker thread and
the command line.
"""

from __future__ import annotations

import math
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from gdstudio.core.mlp.datasets import Dataset
from gdstudio.core.words import QT_TRANSLATE_NOOP, translate

ACTIVATIONS = ("tanh", "relu", "sigmoid", "linear")
OUTPUTS = ("sigmoid", "softmax", "linear")
# a network with no hidden layer is a linear model, named by its output
LINEAR_MODEL_NAMES = {
    "linear": QT_TRANSLATE_NOOP("MLPNetwork", "linear"),
    "sigmoid": QT_TRANSLATE_NOOP("MLPNetwork", "logistic"),
    "softmax": QT_TRANSLATE_NOOP("MLPNetwork", "softmax (multinomial logistic)"),
}
CROSS_ENTROPY = "cross_entropy"
SQUARED_ERROR = "mse"
LOSSES = (CROSS_ENTROPY, SQUARED_ERROR)
LOSS_ALIASES = {
    "ce": CROSS_ENTROPY,
    "cross-entropy": CROSS_ENTROPY,
    "crossentropy": CROSS_ENTROPY,
    "cross_entropy": CROSS_ENTROPY,
    "mse": SQUARED_ERROR,
    "squared_error": SQUARED_ERROR,
}
REDUCTIONS = ("sum", "mean")
INIT_SCHEMES = ("xavier", "he", "uniform")
SMALL_UNIFORM_SCALE = 0.1  # "uniform": every weight and bias drawn from U(−0.1, 0.1)
MAX_WIDTH = 1024
MAX_HIDDEN_LAYERS = 10


class MLPError(ValueError):
    """A bad network or training setting; ``str(error)`` is one sentence for a person."""


def loss_name(text: str) -> str:
    """The canonical loss name for ``text`` (``ce`` and ``cross-entropy`` mean cross-entropy)."""
    name = LOSS_ALIASES.get(str(text).strip().lower())
    if name is None:
        raise MLPError(f"unknown loss {text!r}: choose ce (cross-entropy) or mse (squared error)")
    return name


def parse_hidden(text: str) -> tuple[int, ...]:
    """Hidden-layer widths from text such as ``"8,8"`` (empty or ``"0"``: no hidden layer).

    Each width is ASCII digits only: ``str.isdigit`` also accepts superscripts such
    as ``²``, which ``int`` then refuses, so the digits are checked one by one."""
    text = str(text).strip()
    if text in ("", "0", "none"):
        return ()
    widths = []
    for part in text.split(","):
        part = part.strip()
        if not (part and all("0" <= ch <= "9" for ch in part)):
            raise MLPError(
                translate("MLPNetwork", "hidden layers are widths separated by commas, for example 8,8; got {text}").format(text=repr(text))
            )
        widths.append(int(part))
    _check_hidden(widths)
    return tuple(widths)


def _check_hidden(widths: Sequence[int]) -> None:
    if len(widths) > MAX_HIDDEN_LAYERS:
        raise MLPError(
            translate("MLPNetwork", "at most {maximum} hidden layers, not {count}").format(maximum=MAX_HIDDEN_LAYERS, count=len(widths))
        )
    for width in widths:
        if not (1 <= int(width) <= MAX_WIDTH):
            raise MLPError(
                translate("MLPNetwork", "each hidden layer needs 1 to {maximum} units, not {width}").format(maximum=MAX_WIDTH, width=width)
            )


# -- activations, in place ----------------------------------------------------------
# np.tanh on float64 is not vectorised on AVX2 machines; 2/(1 + e^{−2z}) − 1 is about
# twice as fast and within 4e-16 of it (callers silence the overflow of e^{−2z}).


def _activate(name: str, z: np.ndarray) -> None:
    if name == "tanh":
        np.multiply(z, -2.0, out=z)
        np.exp(z, out=z)
        z += 1.0
        np.divide(2.0, z, out=z)
        z -= 1.0
    elif name == "relu":
        np.maximum(z, 0.0, out=z)
    elif name == "sigmoid":
        np.negative(z, out=z)
        np.exp(z, out=z)
        z += 1.0
        np.divide(1.0, z, out=z)


def _multiply_by_derivative(name: str, a: np.ndarray, delta: np.ndarray, scratch: np.ndarray) -> None:
    """delta ← delta ⊙ φ′(z), with φ′ written in terms of a = φ(z)."""
    if name == "tanh":  # 1 − a²
        np.multiply(a, a, out=scratch)
        np.subtract(1.0, scratch, out=scratch)
        delta *= scratch
    elif name == "relu":  # 1 where z > 0
        np.greater(a, 0.0, out=scratch)
        delta *= scratch
    elif name == "sigmoid":  # a(1 − a)
        np.subtract(1.0, a, out=scratch)
        scratch *= a
        delta *= scratch


class _Workspace:
    """Preallocated arrays for one batch size, feature-major (width, N) so that bias
    additions and sums over the examples run along contiguous rows: each layer's
    activations, the backpropagated errors δ and scratch space.  Each is one block of
    rows (``value_rows`` …, what the compiled kernel takes) with a view per layer."""

    def __init__(self, count: int, widths: Sequence[int]):
        total = sum(widths)
        self.value_rows = np.empty((total, count))
        self.delta_rows = np.empty((total, count))
        self.scratch_rows = np.empty((max(total, 3), count))  # the kernel needs 3 rows
        bounds = np.cumsum([0, *widths]).tolist()
        layers = list(zip(bounds[:-1], bounds[1:]))
        self.values = [self.value_rows[start:stop] for start, stop in layers]
        self.deltas = [self.delta_rows[start:stop] for start, stop in layers]
        self.scratch = [self.scratch_rows[start:stop] for start, stop in layers]
        self.ones = np.ones(count)


# -- the optional compiled kernel ---------------------------------------------------
# Fused loops beat numpy's per-call overhead on small layers; BLAS wins once layers are
# wide.  Measured (2-W-W-1 tanh, 500 points): the kernel is 3.3× numpy's speed at W = 8,
# 1.4× at 32, even at 48, and 0.9× at 64.
KERNEL_MAX_WIDTH = 48
_UNLOADED = object()
_kernel: Any = _UNLOADED
_kernel_lock = threading.Lock()


def _import_kernel():
    from gdstudio.core.mlp import kernel as mlp_kernel  # imports numba (~0.5 s) and compiles, or loads from the disk cache

    return mlp_kernel


def load_kernel():
    """The compiled kernel module (:mod:`gdstudio.core.mlp.kernel`), or None when numba
    is not installed (or cannot compile here: then with a warning, and numpy does the work).

    The first call in a process is slow — it imports numba and loads the compiled code
    from numba's disk cache (0.3 s here, 0.5 s where scipy is installed, which numba then
    imports; about 120 MB), or compiles it (several seconds, the very first time) — so it
    is made from a worker thread (the MLP tab's, when the tab is first shown), never at start-up."""
    global _kernel
    if _kernel is _UNLOADED:
        with _kernel_lock:
            if _kernel is _UNLOADED:
                try:
                    _kernel = _import_kernel()
                except ImportError:
                    _kernel = None
                except Exception as error:  # numba is there but cannot work here
                    warnings.warn(f"the compiled MLP kernel is unavailable ({error}); training uses numpy", RuntimeWarning, stacklevel=2)
                    _kernel = None
    return _kernel


def kernel_suits(network: MLP) -> bool:
    """Whether the compiled kernel is the faster way to train ``network`` (small layers)."""
    return max(network.layer_sizes) <= KERNEL_MAX_WIDTH


def parameter_count(layer_sizes: Sequence[int]) -> int:
    """The length of w for a network of ``layer_sizes``: Σ_l (fan_in + 1) · fan_out
    (each layer's weights and biases)."""
    sizes = [int(s) for s in layer_sizes]
    return sum((fan_in + 1) * fan_out for fan_in, fan_out in zip(sizes[:-1], sizes[1:]))


class MLP:
    """The architecture: layer sizes, hidden activation and output activation.

    It holds no weights: every method takes the flat parameter vector w
    (length :attr:`dimension`) as an argument."""

    def __init__(self, layer_sizes: Sequence[int], activation: str = "tanh", output: str = "sigmoid"):
        sizes = tuple(int(s) for s in layer_sizes)
        if len(sizes) < 2 or any(s < 1 for s in sizes):
            raise MLPError("a network needs an input and an output layer, each with at least one unit")
        _check_hidden(sizes[1:-1])
        if activation not in ACTIVATIONS:
            raise MLPError(f"unknown activation {activation!r}: choose one of {', '.join(ACTIVATIONS)}")
        if output not in OUTPUTS:
            raise MLPError(f"unknown output {output!r}: choose one of {', '.join(OUTPUTS)}")
        if output == "softmax" and sizes[-1] < 2:
            raise MLPError(translate("MLPNetwork", "a softmax output needs at least 2 units"))
        self.layer_sizes = sizes
        self.activation = activation
        self.output = output
        self.weight_slices: list[tuple[int, int]] = []
        self.bias_slices: list[tuple[int, int]] = []
        position = 0
        for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
            self.weight_slices.append((position, position + fan_in * fan_out))
            position += fan_in * fan_out
            self.bias_slices.append((position, position + fan_out))
            position += fan_out
        self.dimension = position
        self.shapes = list(zip(sizes[:-1], sizes[1:]))
        mask = np.zeros(position, dtype=bool)
        for start, stop in self.weight_slices:
            mask[start:stop] = True
        self.weight_mask = mask  # True for weights, False for biases (L2 acts on weights only)
        self._workspaces: dict[int, _Workspace] = {}
        self._parameters = np.zeros(position)
        # (W_l, b_l as a column) views of the parameter buffer, for the feature-major hot path
        self._parameter_columns = [(W, b.reshape(-1, 1)) for W, b in self.layers(self._parameters)]
        self._gradient = np.zeros(position)
        self._gradient_layers = self.layers(self._gradient)

    def __repr__(self) -> str:
        return f"MLP({'-'.join(map(str, self.layer_sizes))}, {self.activation}, output {self.output})"

    @property
    def depth(self) -> int:
        """Number of weight layers (hidden layers + 1)."""
        return len(self.shapes)

    @property
    def is_linear_model(self) -> bool:
        """No hidden layer: f_w(x) = x W + b, or σ or softmax of it (logistic regression)."""
        return self.depth == 1

    def describe(self) -> str:
        """The network in a few words: ``2-8-8-1 tanh → sigmoid, 105 parameters``; with no
        hidden layer, the linear model it is: ``1 → 1 linear``, ``2 → 1 logistic``,
        ``2 → 3 softmax (multinomial logistic)`` (the hidden activation plays no part)."""
        if self.is_linear_model:
            fan_in, fan_out = self.layer_sizes
            model = translate("MLPNetwork", LINEAR_MODEL_NAMES[self.output])
            shape = f"{fan_in} → {fan_out} {model}"
        else:
            shape = f"{'-'.join(map(str, self.layer_sizes))} {self.activation} → {self.output}"
        # ", " before the count in every language: the slide's subtitle cuts the count off there
        return translate("MLPNetwork", "{shape}, {count} parameters").format(shape=shape, count=self.dimension)

    # -- parameters --------------------------------------------------------------
    def layers(self, w: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """(W_l, b_l) for each layer as views into the flat vector w (writes go through)."""
        return [(w[ws:we].reshape(shape), w[bs:be]) for (ws, we), (bs, be), shape in zip(self.weight_slices, self.bias_slices, self.shapes)]

    def pack(self, layers: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """The flat w from per-layer (W_l, b_l)."""
        w = np.empty(self.dimension)
        for (W, b), (target_W, target_b) in zip(layers, self.layers(w)):
            target_W[...] = W
            target_b[...] = b
        return w

    def linear_layers(self, w: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each layer as PyTorch's ``nn.Linear`` holds it: (weight, bias) with weight of
        shape (outputs, inputs) = W_lᵀ (z = weight · a + bias) and bias of shape (outputs,);
        copies, so the run can go on.  Inputs are never scaled before training (see
        :mod:`gdstudio.core.mlp.datasets`), so the first layer takes the raw columns."""
        return [(np.array(W.T, dtype=float), np.array(b, dtype=float)) for W, b in self.layers(np.asarray(w, dtype=float))]

    def pack_linear(self, layers: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """The flat w from layers as PyTorch's ``nn.Linear`` holds them (the inverse of :meth:`linear_layers`)."""
        return self.pack([(np.asarray(weight, dtype=float).T, np.asarray(bias, dtype=float)) for weight, bias in layers])

    def linear_order(self) -> np.ndarray:
        """The indices into w that list it in the order of :meth:`linear_layers` flattened
        (layer0.weight row by row, layer0.bias, layer1.weight, …): ``w[order]`` is the
        vector PyTorch's parameters give, concatenated."""
        index = np.arange(self.dimension, dtype=float)
        return np.concatenate([np.concatenate([weight.ravel(), bias]) for weight, bias in self.linear_layers(index)]).astype(np.int64)

    def linear_parameter_names(self) -> list[str]:
        """A name per entry of ``w[linear_order()]``: ``layer0.weight[3,0]``, ``layer0.bias[3]``, …"""
        names = []
        for index, (fan_in, fan_out) in enumerate(self.shapes):
            names += [f"layer{index}.weight[{o},{i}]" for o in range(fan_out) for i in range(fan_in)]
            names += [f"layer{index}.bias[{o}]" for o in range(fan_out)]
        return names

    def weight_arrays(self, w: np.ndarray) -> dict[str, np.ndarray]:
        """The weights as named arrays, for a ``.npz`` file: ``layer0.weight``,
        ``layer0.bias``, … (:meth:`linear_layers`), and ``activation`` (the hidden
        layers' φ) and ``output`` (the output activation) as 0-d string arrays, which
        ``numpy.load`` reads without pickling."""
        arrays: dict[str, np.ndarray] = {}
        for index, (weight, bias) in enumerate(self.linear_layers(w)):
            arrays[f"layer{index}.weight"] = weight
            arrays[f"layer{index}.bias"] = bias
        arrays["activation"] = np.array(self.activation)
        arrays["output"] = np.array(self.output)
        return arrays

    def parameter_names(self) -> list[str]:
        """A name per entry of w: ``W1[0,3]``, ``b1[3]``, …"""
        names = []
        for index, (fan_in, fan_out) in enumerate(self.shapes, start=1):
            names += [f"W{index}[{i},{j}]" for i in range(fan_in) for j in range(fan_out)]
            names += [f"b{index}[{j}]" for j in range(fan_out)]
        return names

    def initial_weights(self, scheme: str = "xavier", seed: int = 0) -> np.ndarray:
        """A fresh w drawn with ``seed``:

        * ``xavier`` (Glorot and Bengio, 2010): W ~ U(−a, a), a = √(6 / (fan_in + fan_out)), b = 0;
        * ``he`` (He et al., 2015): W ~ N(0, 2 / fan_in), b = 0;
        * ``uniform``: every weight and bias ~ U(−0.1, 0.1), small random values.
        """
        if scheme not in INIT_SCHEMES:
            raise MLPError(f"unknown initialisation {scheme!r}: choose one of {', '.join(INIT_SCHEMES)}")
        rng = np.random.default_rng(seed)
        w = np.zeros(self.dimension)
        for (W, b), (fan_in, fan_out) in zip(self.layers(w), self.shapes):
            if scheme == "xavier":
                bound = math.sqrt(6.0 / (fan_in + fan_out))
                W[...] = rng.uniform(-bound, bound, W.shape)
            elif scheme == "he":
                W[...] = rng.normal(0.0, math.sqrt(2.0 / fan_in), W.shape)
            else:
                W[...] = rng.uniform(-SMALL_UNIFORM_SCALE, SMALL_UNIFORM_SCALE, W.shape)
                b[...] = rng.uniform(-SMALL_UNIFORM_SCALE, SMALL_UNIFORM_SCALE, b.shape)
        return w

    # -- forward ---------------------------------------------------------------------
    def _workspace(self, count: int) -> _Workspace:
        work = self._workspaces.get(count)
        if work is None:
            if len(self._workspaces) > 8:  # batch sizes come and go: keep a few
                self._workspaces.clear()
            work = self._workspaces[count] = _Workspace(count, self.layer_sizes[1:])
        return work

    def _forward(self, inputs_t: np.ndarray, work: _Workspace) -> np.ndarray:
        """The forward pass on the parameter buffer, feature-major: z_l = W_lᵀ a_{l−1} + b_l,
        a_l = φ(z_l), each into the workspace.  Returns z_L (outputs, N), before the
        output activation."""
        a = inputs_t
        last = self.depth - 1
        values = work.values
        activation = self.activation
        for index, (W, b) in enumerate(self._parameter_columns):
            z = values[index]
            np.dot(W.T, a, out=z)
            np.add(z, b, out=z)
            if index < last:
                _activate(activation, z)
            a = z
        return a

    def output_values(self, w: np.ndarray, inputs: np.ndarray, chunk: int = 16384) -> np.ndarray:
        """f_w(x) for each row of ``inputs``: shape (N, outputs); probabilities for a
        sigmoid or softmax output.  Evaluated in chunks of rows, so a grid of any size
        works; safe to call from another thread while a run trains (it uses no shared buffer)."""
        w = np.ascontiguousarray(w, dtype=float)
        inputs = np.ascontiguousarray(inputs, dtype=float)
        if inputs.ndim != 2 or inputs.shape[1] != self.layer_sizes[0]:
            raise MLPError(f"the network takes {self.layer_sizes[0]} input features per row")
        result = np.empty((len(inputs), self.layer_sizes[-1]))
        layers = self.layers(w)
        # a diverged run's weights are inf or NaN: its outputs are NaN, without warnings
        with np.errstate(over="ignore", under="ignore", invalid="ignore"):
            for start in range(0, len(inputs), chunk):
                a = inputs[start : start + chunk]
                for index, (W, b) in enumerate(layers):
                    a = a @ W + b
                    if index < self.depth - 1:
                        _activate(self.activation, a)
                result[start : start + len(a)] = _output_activation(self.output, a)
        return result

    # -- loss and gradient --------------------------------------------------------
    def loss_and_gradient(
        self,
        w: np.ndarray,
        inputs: np.ndarray,
        targets: np.ndarray,
        loss: str = CROSS_ENTROPY,
        reduction: str = "sum",
        l2: float = 0.0,
        gradient: np.ndarray | None = None,
    ) -> tuple[float, np.ndarray | None]:
        """L(w) on (inputs, targets) and, when ``gradient`` (a writable float array of
        length :attr:`dimension`) is given, ∇L(w) written into it by backpropagation.

        ``inputs`` has shape (N, features); ``targets`` are encoded for the output layer
        (:func:`encode_targets`): shape (N, outputs).  Objectives keep their data
        feature-major and call :meth:`loss_and_gradient_t` directly."""
        inputs_t = np.ascontiguousarray(np.asarray(inputs, dtype=float).T)
        targets_t = np.ascontiguousarray(np.asarray(targets, dtype=float).T)
        with np.errstate(over="ignore", under="ignore"):
            return self.loss_and_gradient_t(w, inputs_t, targets_t, loss, reduction, l2, gradient)

    def loss_and_gradient_t(
        self,
        w: np.ndarray,
        inputs_t: np.ndarray,
        targets_t: np.ndarray,
        loss: str = CROSS_ENTROPY,
        reduction: str = "sum",
        l2: float = 0.0,
        gradient: np.ndarray | None = None,
    ) -> tuple[float, np.ndarray | None]:
        """:meth:`loss_and_gradient` on feature-major data: ``inputs_t`` (features, N)
        and ``targets_t`` (outputs, N), both C-contiguous.

        The hot path of training: w is copied once into a preallocated parameter
        buffer whose per-layer views, the activations, errors δ and the gradient
        buffer are all reused, so a step allocates almost nothing.  Backpropagation:
        δ_L = ∂E/∂z_L, ∂L/∂W_l = a_{l−1} δ_lᵀ, ∂L/∂b_l = δ_l 1, δ_{l−1} = (W_l δ_l) ⊙ φ′(z_{l−1}).
        Not re-entrant: one thread at a time per network (the worker that owns the
        run); the caller silences floating-point overflow warnings."""
        count = inputs_t.shape[1]
        work = self._workspace(count)
        np.copyto(self._parameters, w)
        z = self._forward(inputs_t, work)
        scale = 1.0 if reduction == "sum" else 1.0 / count
        delta = work.deltas[-1] if gradient is not None else None
        total = _output_loss(self.output, loss, z, targets_t, delta) * scale
        if l2:
            weights = self._parameters[self.weight_mask]
            total += 0.5 * l2 * float(np.dot(weights, weights))
        if gradient is None:
            return total, None
        if scale != 1.0:
            delta *= scale
        values, deltas, scratch, ones = work.values, work.deltas, work.scratch, work.ones
        for index in range(self.depth - 1, -1, -1):
            previous = inputs_t if index == 0 else values[index - 1]
            gradient_W, gradient_b = self._gradient_layers[index]
            np.dot(previous, delta.T, out=gradient_W)
            np.dot(delta, ones, out=gradient_b)
            if index:
                before = deltas[index - 1]
                np.dot(self._parameter_columns[index][0], delta, out=before)
                _multiply_by_derivative(self.activation, previous, before, scratch[index - 1])
                delta = before
        if l2:
            self._gradient[self.weight_mask] += l2 * self._parameters[self.weight_mask]
        np.copyto(gradient, self._gradient)
        return total, gradient

    def compiled_pass(self, kernel, loss: str = CROSS_ENTROPY, reduction: str = "sum", l2: float = 0.0):
        """:meth:`loss_and_gradient_t` through the compiled ``kernel`` (from :func:`load_kernel`):
        a function (w, inputs_t, targets_t, gradient or None) → L(w) that writes ∇L(w) into
        ``gradient`` when one is given.  w and gradient are C-contiguous float64 vectors;
        the data are C-contiguous and feature-major.  It shares this network's buffers:
        one thread at a time, as for :meth:`loss_and_gradient_t`."""
        sizes = np.array(self.layer_sizes, dtype=np.int64)
        activation = kernel.ACTIVATION_CODES[self.activation]
        output = kernel.OUTPUT_CODES[self.output]
        loss_code = kernel.LOSS_CODES[loss]
        l2 = float(l2)
        function = kernel.loss_and_gradient
        workspace = self._workspace
        spare_gradient = self._gradient

        def compiled(w, inputs_t, targets_t, gradient=None):
            count = inputs_t.shape[1]
            work = workspace(count)
            scale = 1.0 if reduction == "sum" else 1.0 / count
            return function(
                w,
                sizes,
                activation,
                output,
                loss_code,
                scale,
                l2,
                inputs_t,
                targets_t,
                work.value_rows,
                work.delta_rows,
                work.scratch_rows,
                spare_gradient if gradient is None else gradient,
                gradient is not None,
            )

        return compiled

    def batched_loss(
        self,
        weights: np.ndarray,
        inputs: np.ndarray,
        targets: np.ndarray,
        loss: str = CROSS_ENTROPY,
        reduction: str = "sum",
        l2: float = 0.0,
        chunk: int | None = None,
        dtype=np.float64,
    ) -> np.ndarray:
        """L(w) for many parameter vectors at once (``weights`` of shape (P, dimension)),
        as stacked batched matrix products: the loss landscape in one computation.

        Parameter vectors go in chunks sized to keep each layer's (chunk, N, width)
        block in the processor's cache.  ``dtype=np.float32`` roughly halves the time,
        at a relative accuracy of about 1e-6 (enough for a contour plot)."""
        weights = np.asarray(weights, dtype=float)
        if weights.ndim != 2 or weights.shape[1] != self.dimension:
            raise MLPError(f"weights must have shape (P, {self.dimension})")
        count = len(inputs)
        if chunk is None:
            # about 2 MB per activation block
            chunk = max(1, (1 << 18) // max(1, count * max(self.layer_sizes[1:])))
        result = np.empty(len(weights))
        x = np.asarray(inputs, dtype=dtype)
        y = np.asarray(targets, dtype=dtype)
        scale = 1.0 if reduction == "sum" else 1.0 / count
        with np.errstate(over="ignore", under="ignore", invalid="ignore"):
            for start in range(0, len(weights), chunk):
                block = weights[start : start + chunk].astype(dtype, copy=False)
                rows = len(block)
                a = x
                last = self.depth - 1
                for index, ((ws, we), (bs, be), shape) in enumerate(zip(self.weight_slices, self.bias_slices, self.shapes)):
                    W = block[:, ws:we].reshape(rows, *shape)
                    z = np.matmul(a, W)  # (rows, N, fan_out); a is (N, fan_in) or (rows, N, fan_in)
                    z += block[:, None, bs:be]
                    if index < last:
                        _activate(self.activation, z)
                    a = z
                result[start : start + rows] = _output_loss_batched(self.output, loss, a, y) * scale
        if l2:
            penalised = weights[:, self.weight_mask]
            result += 0.5 * l2 * np.einsum("ij,ij->i", penalised, penalised)
        return result


def _output_activation(output: str, z: np.ndarray) -> np.ndarray:
    if output == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    if output == "softmax":
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)
    return z.copy()


def _output_loss(output: str, loss: str, z: np.ndarray, y: np.ndarray, delta: np.ndarray | None) -> float:
    """Σᵢ E(f(xᵢ), yᵢ) from the output layer's z, feature-major (K, N) like the targets
    y; with ``delta`` given, fill it with ∂E/∂z (before any reduction scale)."""
    if output == "sigmoid":
        if loss == CROSS_ENTROPY:
            # E = log(1 + e^z) − y z; logaddexp(0, z) never overflows
            total = float(np.sum(np.logaddexp(0.0, z)) - np.vdot(y, z))
            if delta is not None:  # ∂E/∂z = σ(z) − y (e^{−z} may overflow to inf: σ = 0)
                np.negative(z, out=delta)
                np.exp(delta, out=delta)
                delta += 1.0
                np.divide(1.0, delta, out=delta)
                delta -= y
            return total
        p = 1.0 / (1.0 + np.exp(-z))
        residual = p - y
        if delta is not None:
            np.multiply(residual, 2.0 * p * (1.0 - p), out=delta)
        return float(np.vdot(residual, residual))
    if output == "softmax":
        shifted = z - z.max(axis=0, keepdims=True)
        e = np.exp(shifted)
        sums = e.sum(axis=0, keepdims=True)
        p = e / sums
        if loss == CROSS_ENTROPY:  # Σᵢ (log Σ_k e^{z_k} − z_y), y one-hot
            total = float(np.sum(np.log(sums)) - np.vdot(shifted, y))
            if delta is not None:
                np.subtract(p, y, out=delta)
            return total
        residual = p - y
        if delta is not None:
            g = 2.0 * residual
            np.multiply(p, g - np.sum(p * g, axis=0, keepdims=True), out=delta)
        return float(np.vdot(residual, residual))
    residual = z - y
    if delta is not None:
        np.multiply(residual, 2.0, out=delta)
    return float(np.vdot(residual, residual))


def _output_loss_batched(output: str, loss: str, z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Σᵢ E for each leading index of z (P, N, K): shape (P,)."""
    if output == "sigmoid":
        if loss == CROSS_ENTROPY:
            per_example = np.maximum(z, 0.0) - y * z + np.log1p(np.exp(-np.abs(z)))
        else:
            residual = 1.0 / (1.0 + np.exp(-z)) - y
            per_example = residual * residual
    elif output == "softmax":
        shifted = z - z.max(axis=2, keepdims=True)
        sums = np.exp(shifted).sum(axis=2, keepdims=True)
        if loss == CROSS_ENTROPY:  # Σᵢ (log Σ_k e^{z_k} − z_y), with y one-hot
            return np.sum(np.log(sums[..., 0]), axis=1, dtype=np.float64) - np.einsum("pnk,nk->p", shifted, y)
        residual = np.exp(shifted) / sums - y
        per_example = residual * residual
    else:
        residual = z - y
        per_example = residual * residual
    return per_example.reshape(len(z), -1).sum(axis=1, dtype=np.float64)


def output_for(dataset: Dataset) -> tuple[str, int]:
    """The output activation and width a data set needs: sigmoid × 1 (two classes),
    softmax × K (K > 2 classes) or linear × 1 (regression)."""
    if dataset.is_classification:
        return ("sigmoid", 1) if dataset.classes <= 2 else ("softmax", dataset.classes)
    return "linear", 1


def network_sizes(dataset: Dataset, hidden: Sequence[int]) -> tuple[int, ...]:
    """The layer sizes of the network ``dataset`` needs with ``hidden`` layers:
    its features, the hidden widths, the outputs of :func:`output_for`."""
    return (dataset.features, *(int(h) for h in hidden), output_for(dataset)[1])


def encode_targets(output: str, targets: np.ndarray, outputs: int) -> np.ndarray:
    """Targets as the output layer sees them, shape (N, outputs): 0/1 for a sigmoid,
    one-hot rows for softmax, the values for a linear output."""
    targets = np.asarray(targets)
    if output == "softmax":
        encoded = np.zeros((len(targets), outputs))
        encoded[np.arange(len(targets)), targets.astype(np.int64)] = 1.0
        return encoded
    return np.ascontiguousarray(targets, dtype=float).reshape(len(targets), outputs)


# -- objectives for the descent engine ---------------------------------------------------


def _writable_rows(points: np.ndarray) -> np.ndarray:
    """``points`` as the compiled kernel takes them: C-contiguous and writable."""
    if points.flags.c_contiguous and points.flags.writeable:
        return points
    return points.copy()


class MLPObjective:
    """L(w) on a fixed data set (full-batch gradient descent), for the descent engine.

    ``loss_and_gradient(points)`` takes n parameter vectors (n, dimension) and returns
    L (n,) and ∇L (n, dimension), one backpropagation per vector.

    After :meth:`prepare` (which the descent engine calls before its first update) it
    computes them with the compiled kernel when numba is installed, the network is
    small enough to gain from it and ``use_kernel`` is true; otherwise, and before,
    with numpy."""

    def __init__(
        self,
        network: MLP,
        inputs: np.ndarray,
        targets: np.ndarray,
        loss: str = CROSS_ENTROPY,
        reduction: str = "sum",
        l2: float = 0.0,
        use_kernel: bool = True,
    ):
        loss = loss_name(loss)
        if reduction not in REDUCTIONS:
            raise MLPError(f"unknown reduction {reduction!r}: choose sum or mean")
        if loss == CROSS_ENTROPY and network.output == "linear":
            raise MLPError(translate("MLPNetwork", "cross-entropy needs a classification task; use mse for regression"))
        if not (math.isfinite(l2) and l2 >= 0):
            raise MLPError(translate("MLPNetwork", "the L2 strength λ must be a number ≥ 0, not {value}").format(value=l2))
        self.network = network
        self.dimension = network.dimension
        self.inputs = np.ascontiguousarray(inputs, dtype=float)
        self.labels = np.asarray(targets)
        self.targets = encode_targets(network.output, targets, network.layer_sizes[-1])
        if len(self.inputs) == 0:
            raise MLPError(translate("MLPNetwork", "the data set has no training points"))
        # feature-major copies for the training hot path (contiguous and writable: the
        # compiled kernel's signature takes no read-only arrays)
        self.inputs_t = np.require(self.inputs.T, dtype=float, requirements="CW")
        self.targets_t = np.require(self.targets.T, dtype=float, requirements="CW")
        self.loss_kind = loss
        self.reduction = reduction
        self.l2 = float(l2)
        self.use_kernel = bool(use_kernel)
        self.compiled = None  # the compiled pass, once prepare() has loaded it

    @property
    def count(self) -> int:
        return len(self.inputs)

    @property
    def uses_kernel(self) -> bool:
        """Whether evaluations run through the compiled kernel (else numpy)."""
        return self.compiled is not None

    def prepare(self) -> None:
        """Switch to the compiled kernel where it is available and suits the network.

        Slow the first time in a process (see :func:`load_kernel`): the descent engine
        calls it from the thread that steps the run, just before the first update."""
        if self.compiled is None and self.use_kernel and kernel_suits(self.network):
            kernel = load_kernel()
            if kernel is not None:
                self.compiled = self.network.compiled_pass(kernel, self.loss_kind, self.reduction, self.l2)

    def loss_and_gradient(self, points: np.ndarray, batch: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """L and ∇L at each of n parameter vectors (n, dimension), on the whole training
        set, or with ``batch`` (indices into the training points) on those points only:
        L_B(w) = Σ_{i∈B} E(f_w(xᵢ), yᵢ) (or (1/|B|) Σ_{i∈B} for the mean) plus the same
        penalty, as ``torch.nn`` losses compute it on a batch.  Pure in w and the batch:
        the same arguments give the same numbers."""
        points = np.asarray(points, dtype=float).reshape(-1, self.dimension)
        inputs_t, targets_t = self.batch_data(batch)
        losses = np.empty(len(points))
        gradient = np.empty(points.shape)
        compiled = self.compiled
        if compiled is not None:
            points = _writable_rows(points)
            for index in range(len(points)):
                losses[index] = compiled(points[index], inputs_t, targets_t, gradient[index])
            return losses, gradient
        with np.errstate(over="ignore", under="ignore"):
            for index, w in enumerate(points):
                losses[index], _ = self.network.loss_and_gradient_t(
                    w, inputs_t, targets_t, self.loss_kind, self.reduction, self.l2, gradient[index]
                )
        return losses, gradient

    def batch_data(self, batch: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The feature-major inputs and targets of the points in ``batch`` (all of them for None)."""
        if batch is None:
            return self.inputs_t, self.targets_t
        batch = np.asarray(batch, dtype=np.int64).reshape(-1)
        if len(batch) == 0:
            raise MLPError("a batch holds at least one training point")
        return np.take(self.inputs_t, batch, axis=1), np.take(self.targets_t, batch, axis=1)

    def loss(self, points: np.ndarray) -> np.ndarray:
        """L(w) only, for n parameter vectors (n, dimension) or one vector: shape (n,).

        Uses no shared buffer (the batched evaluation), so the UI thread may call it
        while a worker trains with :meth:`loss_and_gradient`."""
        points = np.asarray(points, dtype=float).reshape(-1, self.dimension)
        return self.batched_loss(points)

    def batched_loss(self, points: np.ndarray, dtype=np.float64) -> np.ndarray:
        """L(w) for P parameter vectors at once (see :meth:`MLP.batched_loss`)."""
        return self.network.batched_loss(points, self.inputs, self.targets, self.loss_kind, self.reduction, self.l2, dtype=dtype)


class BatchOrder:
    """The order in which mini-batch SGD visits the N training points, batches of B.

    Epoch e is the permutation ``numpy.random.default_rng([seed, 2, e]).permutation(N)``
    cut into ⌈N/B⌉ consecutive batches (the last one smaller when B does not divide N,
    as in PyTorch's ``DataLoader`` without ``drop_last``): each epoch is a partition of
    the training set, shuffled once, and update t uses batch t mod ⌈N/B⌉ of epoch
    t div ⌈N/B⌉.  Every batch is a function of (seed, N, B, t): the order of a run is
    data that anyone can recompute, and nothing has to be stored to replay it."""

    def __init__(self, count: int, batch_size: int, seed: int = 0):
        if not (isinstance(batch_size, (int, np.integer)) and not isinstance(batch_size, bool) and batch_size >= 1):
            raise MLPError(f"the batch size must be a whole number ≥ 1, not {batch_size}")
        if not (isinstance(count, (int, np.integer)) and count >= 1):
            raise MLPError(f"a batch order needs at least one training point, not {count}")
        self.count = int(count)
        self.batch_size = int(min(batch_size, count))
        self.seed = int(seed)
        self.batches_per_epoch = -(-self.count // self.batch_size)
        self._cached: tuple[int, np.ndarray] | None = None  # the newest epoch's permutation

    def __repr__(self) -> str:
        return f"BatchOrder(count={self.count}, batch_size={self.batch_size}, seed={self.seed})"

    def epoch_order(self, epoch: int) -> np.ndarray:
        """The permutation of the training points in epoch ``epoch`` (read-only)."""
        cached = self._cached
        if cached is not None and cached[0] == epoch:
            return cached[1]
        if epoch < 0:
            raise MLPError(f"epochs count from 0, not {epoch}")
        order = np.random.default_rng([self.seed, 2, int(epoch)]).permutation(self.count)
        order.flags.writeable = False
        self._cached = (int(epoch), order)
        return order

    def epoch_of(self, step: int) -> int:
        """The epoch of update ``step`` (counting from 0)."""
        return int(step) // self.batches_per_epoch

    def batch(self, step: int) -> np.ndarray:
        """The indices of the training points update ``step`` uses (t = 0 takes w₀ to w₁)."""
        epoch, position = divmod(int(step), self.batches_per_epoch)
        start = position * self.batch_size
        return self.epoch_order(epoch)[start : start + self.batch_size]

    def epoch_batches(self, epoch: int) -> list[np.ndarray]:
        """The ⌈N/B⌉ batches of epoch ``epoch``: together every training point once."""
        first = int(epoch) * self.batches_per_epoch
        return [self.batch(first + k) for k in range(self.batches_per_epoch)]

    def batches(self, first: int, stop: int) -> list[np.ndarray]:
        """The batches of updates ``first`` … ``stop`` − 1."""
        return [self.batch(t) for t in range(int(first), int(stop))]


class MiniBatchObjective:
    """What the descent engine steps for mini-batch SGD: the engine evaluates once per
    update, at w_t, so each call of ``loss_and_gradient(points)`` takes the next batch
    of :attr:`order` (:meth:`next_batch`) and returns the gradient of the pure
    ``full.loss_and_gradient(points, batch)`` on it.  The first call (when the run is
    built, at w₀) draws batch 0, so update t uses batch t.

    The *loss* returned — the one the UI plots and the engine checks for divergence —
    is the full training loss L(w) at the same w (one extra forward pass), so the
    curve is comparable with full-batch descent instead of jumping from batch to
    batch; the batch's own loss L_B(w_t) is kept, one per update, in :attr:`batch_losses`."""

    def __init__(self, full: MLPObjective, batch_size: int, seed: int = 0):
        self.full = full
        self.order = BatchOrder(full.count, batch_size, seed)
        self.network = full.network
        self.dimension = full.dimension
        self.batch_size = self.order.batch_size
        self.seed = seed
        self.drawn = 0  # batches handed out: the next is batch ``drawn`` of the order
        self._batch_losses = np.empty(1024)

    def next_batch(self) -> np.ndarray:
        """The indices of the next batch of training points (and move on to the one after)."""
        batch = self.order.batch(self.drawn)
        self.drawn += 1
        return batch

    @property
    def epoch(self) -> int:
        """The epoch of the newest batch drawn."""
        return self.order.epoch_of(max(self.drawn - 1, 0))

    @property
    def last_batch(self) -> np.ndarray:
        return self.order.batch(self.drawn - 1) if self.drawn else np.arange(0)

    @property
    def batch_losses(self) -> np.ndarray:
        """L_B(w_t) on batch t for each batch drawn so far (a view)."""
        return self._batch_losses[: self.drawn]

    @property
    def last_batch_loss(self) -> float:
        return float(self._batch_losses[self.drawn - 1]) if self.drawn else float("nan")

    @property
    def uses_kernel(self) -> bool:
        return self.full.uses_kernel

    def prepare(self) -> None:
        self.full.prepare()

    def loss_and_gradient(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        points = np.asarray(points, dtype=float).reshape(-1, self.dimension)
        batch = self.next_batch()
        batch_loss, gradient = self.full.loss_and_gradient(points, batch)
        losses = np.empty(len(points))
        compiled = self.full.compiled
        if compiled is not None:
            points = _writable_rows(points)
        with np.errstate(over="ignore", under="ignore"):
            for index, w in enumerate(points):
                if compiled is not None:
                    losses[index] = compiled(w, self.full.inputs_t, self.full.targets_t)
                else:
                    losses[index], _ = self.network.loss_and_gradient_t(
                        w, self.full.inputs_t, self.full.targets_t, self.full.loss_kind, self.full.reduction, self.full.l2
                    )
        if self.drawn > len(self._batch_losses):
            grown = np.empty(2 * len(self._batch_losses))
            grown[: self.drawn - 1] = self._batch_losses[: self.drawn - 1]
            self._batch_losses = grown
        self._batch_losses[self.drawn - 1] = batch_loss[-1]
        return losses, gradient

    def loss(self, points: np.ndarray) -> np.ndarray:
        return self.full.loss(points)


def predict(network: MLP, w: np.ndarray, inputs: np.ndarray) -> np.ndarray:
    """Predicted class indices (classification) or values (regression), shape (N,)."""
    values = network.output_values(w, inputs)
    if network.output == "sigmoid":
        return (values[:, 0] >= 0.5).astype(np.int64)
    if network.output == "softmax":
        return values.argmax(axis=1)
    return values[:, 0] if values.shape[1] == 1 else values


def accuracy(network: MLP, w: np.ndarray, inputs: np.ndarray, labels: np.ndarray) -> float:
    """The fraction of points whose predicted class is their label (NaN for no points)."""
    if len(inputs) == 0:
        return float("nan")
    return float(np.mean(predict(network, w, inputs) == np.asarray(labels)))


def mean_squared_error(network: MLP, w: np.ndarray, inputs: np.ndarray, targets: np.ndarray) -> float:
    """(1/N) Σᵢ (f_w(xᵢ) − tᵢ)² for a regression network (NaN for no points)."""
    if len(inputs) == 0:
        return float("nan")
    values = network.output_values(w, inputs)
    return float(np.mean((values - np.asarray(targets, dtype=float).reshape(values.shape)) ** 2))


@dataclass(frozen=True, eq=False)
class DecisionGrid:
    """The network's output over a 2-D grid: ``values[i, j]`` at (xs[i], ys[j]).

    ``values`` has shape (nx, ny) — the probability of class 1 — for two classes,
    (nx, ny, K) — each class's probability — for K > 2, and (nx, ny) — the
    prediction f_w(x₁, x₂) itself — for a regression on two inputs; ``classes``
    (nx, ny) is the predicted class everywhere (the decision regions), None for a
    regression."""

    window: tuple[float, float, float, float]
    xs: np.ndarray
    ys: np.ndarray
    values: np.ndarray
    classes: np.ndarray | None

    @property
    def is_regression(self) -> bool:
        return self.classes is None


def decision_grid(network: MLP, w: np.ndarray, window, resolution: int = 120) -> DecisionGrid:
    """Evaluate the network on a resolution × resolution grid over
    ``window`` = (x_min, x_max, y_min, y_max), all points in one batched forward pass:
    class probabilities and regions for a classifier, f_w itself for a regression."""
    x_min, x_max, y_min, y_max = (float(v) for v in window)
    if network.layer_sizes[0] != 2:
        raise MLPError("a grid of the network's output needs a network with two inputs")
    xs = np.linspace(x_min, x_max, resolution)
    ys = np.linspace(y_min, y_max, resolution)
    grid_x, grid_y = np.meshgrid(xs, ys, indexing="ij")
    points = np.column_stack([grid_x.ravel(), grid_y.ravel()])
    values = network.output_values(w, points)
    if network.output == "softmax":
        shaped = values.reshape(resolution, resolution, -1)
        classes = shaped.argmax(axis=2)
    elif network.output == "linear":
        shaped = values[:, 0].reshape(resolution, resolution)
        classes = None
    else:
        shaped = values[:, 0].reshape(resolution, resolution)
        classes = (shaped >= 0.5).astype(np.int64)
    return DecisionGrid((x_min, x_max, y_min, y_max), xs, ys, shaped, classes)


def fitted_curve(network: MLP, w: np.ndarray, x_range, count: int = 300) -> tuple[np.ndarray, np.ndarray]:
    """The fitted function of a 1-D regression network: x (count,) and f_w(x) (count,)."""
    if network.layer_sizes[0] != 1:
        raise MLPError("a fitted curve needs a network with one input")
    xs = np.linspace(float(x_range[0]), float(x_range[1]), count)
    return xs, network.output_values(w, xs[:, None])[:, 0]
