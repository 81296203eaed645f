"""L(w) and ∇L(w) of a dense MLP as one compiled loop (numba), for the training hot path.

The same network, loss and backpropagation as :meth:`gdstudio.core.mlp.network.MLP.loss_and_gradient_t`
(see there for the formulas), on the same feature-major layout: activations and
errors δ are rows of length N, one row per unit, so every inner loop runs along
the examples and the compiler turns it into SIMD instructions.  For a small
network numpy spends most of a step in the overhead of ~35 calls on tiny arrays;
here the forward pass, the loss and the backward pass run in one call with no
allocation, and without the GIL (the window's thread keeps running while a worker
trains): 2-8-8-1 on 500 points takes ~40 µs instead of ~145 µs.

np.exp on float64 is not vectorised on machines without AVX-512, and e^z is
most of the work of a tanh or sigmoid network, so :func:`exp` is a vectorisable
e^x (range reduction and a degree-13 polynomial; within 2 ulp of np.exp over the
whole float64 range, 1 on the reference machine, as the tests check), and
:func:`log1p_unit` likewise for the cross-entropy's log(1 + e^{−|z|}).  Sums over the examples (∂L/∂W, ∂L/∂b and L
itself) may be reassociated by the compiler, so they agree with numpy's to about
1e-15 relative, not bit for bit.

This module imports numba, which takes about half a second, and compiles on first
use (cached on disk afterwards): :func:`gdstudio.core.mlp.network.load_kernel` imports it
lazily, from the thread that trains.
"""

from __future__ import annotations

import math

import numpy as np
from llvmlite import ir
from numba import njit, types
from numba.extending import intrinsic

# the compiled function takes the hidden activation, output and loss as integer codes
TANH, RELU, SIGMOID, LINEAR = range(4)
OUTPUT_SIGMOID, OUTPUT_SOFTMAX, OUTPUT_LINEAR = range(3)
CROSS_ENTROPY, SQUARED_ERROR = range(2)
ACTIVATION_CODES = {"tanh": TANH, "relu": RELU, "sigmoid": SIGMOID, "linear": LINEAR}
OUTPUT_CODES = {"sigmoid": OUTPUT_SIGMOID, "softmax": OUTPUT_SOFTMAX, "linear": OUTPUT_LINEAR}
LOSS_CODES = {"cross_entropy": CROSS_ENTROPY, "mse": SQUARED_ERROR}

# Every function compiles with numpy's error model (a float division by zero gives
# inf, as in numpy, instead of a Python exception whose check stops vectorisation)
# and may contract a·b + c into one fused multiply-add.  Only the sums over the
# examples may also be reassociated: anywhere else reassociation could undo the
# exact range reduction in exp and log1p_unit.
_EXACT = dict(nogil=True, cache=True, error_model="numpy", fastmath={"contract"})
_SUMS = dict(nogil=True, cache=True, error_model="numpy", fastmath={"contract", "reassoc"})


@intrinsic
def _bits_as_float(typingctx, bits):
    """The float64 whose IEEE 754 bits are the int64 ``bits`` (a bit cast, vectorisable)."""
    if not isinstance(bits, types.Integer):
        return None

    def codegen(context, builder, signature, arguments):
        return builder.bitcast(arguments[0], ir.DoubleType())

    return types.float64(types.int64), codegen


@intrinsic
def _float_as_bits(typingctx, value):
    """The IEEE 754 bits of the float64 ``value`` as an int64 (a bit cast, vectorisable)."""
    if not isinstance(value, types.Float):
        return None

    def codegen(context, builder, signature, arguments):
        return builder.bitcast(arguments[0], ir.IntType(64))

    return types.int64(types.float64), codegen


_ROUNDING_SHIFTER = 6755399441055744.0  # 1.5·2^52: adding it rounds to an integer, kept in the low bits
_ROUNDING_SHIFTER_BITS = int(np.array(_ROUNDING_SHIFTER).view(np.int64))
_LOG2_E = 1.4426950408889634
# ln 2 split so that k·LN2_HI is exact for |k| < 2^11 (fdlibm's constants)
_LN2_HI = 6.93147180369123816490e-01
_LN2_LO = 1.90821492927058770002e-10
_SQRT2 = 1.4142135623730951
# log(1 + f) = f − f²/2 + s(f²/2 + R(s²)), s = f/(2 + f): fdlibm's e_log.c minimax coefficients
_LG1 = 6.666666666666735130e-01
_LG2 = 3.999999999940941908e-01
_LG3 = 2.857142874366239149e-01
_LG4 = 2.222219843214978396e-01
_LG5 = 1.818357216161805012e-01
_LG6 = 1.531383769920937332e-01
_LG7 = 1.479819860511658591e-01


@njit(**_EXACT)
def exp(x):
    """e^x for any float64 x (inf, NaN and the subnormal range included), within 2 ulp.

    x = k ln 2 + r with k = round(x / ln 2), |r| ≤ ln 2 / 2; e^r by its Taylor series
    to r^13 (the first term left out is below 1e-17); e^x = e^r · 2^⌊k/2⌋ · 2^(k−⌊k/2⌋),
    each power of two built from its bits, in two factors so that k from −1076 to 1024
    never leaves the normal exponents."""
    # beyond these e^x is 0 or inf anyway; clamping keeps k in range (NaN passes through)
    if x > 710.0:
        x = 710.0
    if x < -746.0:
        x = -746.0
    shifted = x * _LOG2_E + _ROUNDING_SHIFTER
    k_float = shifted - _ROUNDING_SHIFTER
    k = _float_as_bits(shifted) - _ROUNDING_SHIFTER_BITS
    r = (x - k_float * _LN2_HI) - k_float * _LN2_LO
    p = 1.0 / 6227020800.0
    p = p * r + 1.0 / 479001600.0
    p = p * r + 1.0 / 39916800.0
    p = p * r + 1.0 / 3628800.0
    p = p * r + 1.0 / 362880.0
    p = p * r + 1.0 / 40320.0
    p = p * r + 1.0 / 5040.0
    p = p * r + 1.0 / 720.0
    p = p * r + 1.0 / 120.0
    p = p * r + 1.0 / 24.0
    p = p * r + 1.0 / 6.0
    p = p * r + 0.5
    p = p * r + 1.0
    p = p * r + 1.0
    half = k >> 1
    return p * _bits_as_float((half + 1023) << 52) * _bits_as_float((k - half + 1023) << 52)


@njit(**_EXACT)
def log1p_unit(e):
    """log(1 + e) for 0 ≤ e ≤ 1 (what cross-entropy needs: e = e^{−|z|}), within 2 ulp.

    u = 1 + e rounded, and c = (e − (u − 1))/u what the rounding lost; u = 2^k m with
    m in [√2/2, √2), f = m − 1 (exact), and log(1 + f) by fdlibm's polynomial in
    s = f/(2 + f); the result k ln 2 + log(1 + f) + c."""
    u = 1.0 + e
    c = (e - (u - 1.0)) / u
    if u > _SQRT2:
        m = 0.5 * u
        k = 1.0
    else:
        m = u
        k = 0.0
    f = m - 1.0
    s = f / (2.0 + f)
    z = s * s
    w = z * z
    r = z * (_LG1 + w * (_LG3 + w * (_LG5 + w * _LG7))) + w * (_LG2 + w * (_LG4 + w * _LG6))
    half_square = 0.5 * f * f
    return k * _LN2_HI - ((half_square - (s * (half_square + r) + (k * _LN2_LO + c))) - f)


@njit(**_SUMS)
def _sum(row):
    total = 0.0
    for n in range(row.size):
        total += row[n]
    return total


@njit(**_SUMS)
def _sum_of_products(a, b):
    total = 0.0
    for n in range(a.size):
        total += a[n] * b[n]
    return total


@njit(**_EXACT)
def _activate(activation, z):
    """z ← φ(z) along one row; tanh as 2/(1 + e^{−2z}) − 1, as the numpy path computes it."""
    if activation == TANH:
        for n in range(z.size):
            z[n] = 2.0 / (1.0 + exp(-2.0 * z[n])) - 1.0
    elif activation == RELU:
        for n in range(z.size):
            if z[n] < 0.0:  # NaN stays NaN, as with np.maximum
                z[n] = 0.0
    elif activation == SIGMOID:
        for n in range(z.size):
            z[n] = 1.0 / (1.0 + exp(-z[n]))


@njit(**_EXACT)
def _multiply_by_derivative(activation, a, delta):
    """delta ← delta ⊙ φ′(z) along one row, φ′ written in terms of a = φ(z)."""
    if activation == TANH:
        for n in range(a.size):
            delta[n] *= 1.0 - a[n] * a[n]
    elif activation == RELU:
        for n in range(a.size):
            if not a[n] > 0.0:
                delta[n] = 0.0
    elif activation == SIGMOID:
        for n in range(a.size):
            delta[n] *= a[n] * (1.0 - a[n])


@njit(**_EXACT)
def _output_loss(output, loss, values, deltas, first, targets, scratch, scale):
    """Σᵢ E from the output rows z = values[first:] (K, N) and the targets (K, N);
    δ_L = scale · ∂E/∂z into deltas[first:]."""
    outputs, count = targets.shape
    terms = scratch[0]
    if output == OUTPUT_SIGMOID:
        z, y, delta = values[first], targets[0], deltas[first]
        if loss == CROSS_ENTROPY:
            # E = log(1 + e^z) − y z = max(z, 0) + log(1 + e^{−|z|}) − y z;  ∂E/∂z = σ(z) − y
            for n in range(count):
                e = exp(-abs(z[n]))
                terms[n] = (z[n] if z[n] > 0.0 else 0.0) + log1p_unit(e) - y[n] * z[n]
                p = 1.0 / (1.0 + e)
                delta[n] = ((p if z[n] >= 0.0 else e * p) - y[n]) * scale
        else:  # E = (σ(z) − y)²;  ∂E/∂z = 2(σ − y) σ(1 − σ)
            for n in range(count):
                p = 1.0 / (1.0 + exp(-z[n]))
                residual = p - y[n]
                terms[n] = residual * residual
                delta[n] = residual * (2.0 * p * (1.0 - p)) * scale
        return _sum(terms)
    if output == OUTPUT_SOFTMAX:
        largest, sums = scratch[1], scratch[2]
        for n in range(count):
            largest[n] = values[first, n]
            sums[n] = 0.0
        for k in range(1, outputs):
            for n in range(count):
                if values[first + k, n] > largest[n]:
                    largest[n] = values[first + k, n]
        for k in range(outputs):  # e^{z_k − max z} in δ's rows for now
            for n in range(count):
                deltas[first + k, n] = exp(values[first + k, n] - largest[n])
                sums[n] += deltas[first + k, n]
        if loss == CROSS_ENTROPY:
            # E = log Σ_k e^{z_k} − z_y (y one-hot);  ∂E/∂z_k = p_k − y_k
            for n in range(count):
                terms[n] = math.log(sums[n])
            for k in range(outputs):
                for n in range(count):
                    terms[n] -= targets[k, n] * (values[first + k, n] - largest[n])
                    deltas[first + k, n] = (deltas[first + k, n] / sums[n] - targets[k, n]) * scale
            return _sum(terms)
        # E = Σ_k (p_k − y_k)²;  ∂E/∂z_k = p_k (g_k − Σ_j p_j g_j), g = 2(p − y)
        inner = largest  # no longer needed: Σ_j p_j g_j
        for n in range(count):
            terms[n] = 0.0
            inner[n] = 0.0
        for k in range(outputs):
            for n in range(count):
                p = deltas[first + k, n] / sums[n]
                residual = p - targets[k, n]
                terms[n] += residual * residual
                inner[n] += p * (2.0 * residual)
                deltas[first + k, n] = p
        for k in range(outputs):
            for n in range(count):
                p = deltas[first + k, n]
                deltas[first + k, n] = p * (2.0 * (p - targets[k, n]) - inner[n]) * scale
        return _sum(terms)
    # linear output, E = Σ_k (z_k − y_k)²;  ∂E/∂z = 2(z − y)
    for n in range(count):
        terms[n] = 0.0
    for k in range(outputs):
        for n in range(count):
            residual = values[first + k, n] - targets[k, n]
            terms[n] += residual * residual
            deltas[first + k, n] = 2.0 * residual * scale
    return _sum(terms)


@njit(
    "float64(float64[::1], int64[::1], int64, int64, int64, float64, float64, float64[:, ::1], "
    "float64[:, ::1], float64[:, ::1], float64[:, ::1], float64[:, ::1], float64[::1], boolean)",
    **_EXACT,
)
def loss_and_gradient(w, sizes, activation, output, loss, scale, l2, inputs_t, targets_t, values, deltas, scratch, gradient, want_gradient):
    """L(w) (times ``scale``: 1 for the sum, 1/N for the mean, plus (λ/2)‖W‖²) and, with
    ``want_gradient``, ∇L(w) written into ``gradient``.

    ``w`` packs [W₁, b₁, W₂, b₂, …] (W_l of shape (fan_in, fan_out), row-major) for
    ``sizes`` = (inputs, hidden…, outputs); ``inputs_t`` (inputs, N) and ``targets_t``
    (outputs, N) are feature-major.  ``values`` and ``deltas`` hold one row of length N
    per non-input unit, layer after layer: each layer's a_l (z_L for the output layer)
    and δ_l.  ``scratch`` has at least 3 rows of length N."""
    depth = sizes.size - 1
    count = inputs_t.shape[1]
    # forward: z_l = W_lᵀ a_{l−1} + b_l, a row per unit, a_l = φ(z_l) for the hidden layers
    at = 0  # where W_l starts in w
    row = 0  # where layer l's rows start in values
    for layer in range(depth):
        fan_in, fan_out = sizes[layer], sizes[layer + 1]
        source = inputs_t if layer == 0 else values
        source_row = 0 if layer == 0 else row - fan_in
        bias_at = at + fan_in * fan_out
        for j in range(fan_out):
            z = values[row + j]
            bias = w[bias_at + j]
            for n in range(count):
                z[n] = bias
            for i in range(fan_in):
                weight = w[at + i * fan_out + j]
                a = source[source_row + i]
                for n in range(count):
                    z[n] += weight * a[n]
            if layer < depth - 1:
                _activate(activation, z)
        at = bias_at + fan_out
        row += fan_out
    last = row - sizes[depth]
    total = scale * _output_loss(output, loss, values, deltas, last, targets_t, scratch, scale)
    if l2 != 0.0:  # (λ/2)‖W‖², weights only
        penalty = 0.0
        start = 0
        for layer in range(depth):
            stop = start + sizes[layer] * sizes[layer + 1]
            for index in range(start, stop):
                penalty += w[index] * w[index]
            start = stop + sizes[layer + 1]
        total += 0.5 * l2 * penalty
    if not want_gradient:
        return total
    # backward: ∂L/∂W_l[i, j] = Σₙ a_{l−1}[i] δ_l[j], ∂L/∂b_l[j] = Σₙ δ_l[j],
    # δ_{l−1}[i] = (Σ_j W_l[i, j] δ_l[j]) ⊙ φ′(z_{l−1}[i])
    row = last
    for layer in range(depth - 1, -1, -1):
        fan_in, fan_out = sizes[layer], sizes[layer + 1]
        at -= fan_in * fan_out + fan_out
        bias_at = at + fan_in * fan_out
        source = inputs_t if layer == 0 else values
        source_row = 0 if layer == 0 else row - fan_in
        for j in range(fan_out):
            gradient[bias_at + j] = _sum(deltas[row + j])
        for i in range(fan_in):
            a = source[source_row + i]
            for j in range(fan_out):
                gradient[at + i * fan_out + j] = _sum_of_products(a, deltas[row + j])
        if l2 != 0.0:
            for index in range(at, bias_at):
                gradient[index] += l2 * w[index]
        if layer > 0:
            for i in range(fan_in):
                before = deltas[row - fan_in + i]
                for n in range(count):
                    before[n] = 0.0
                for j in range(fan_out):
                    weight = w[at + i * fan_out + j]
                    after = deltas[row + j]
                    for n in range(count):
                        before[n] += weight * after[n]
                _multiply_by_derivative(activation, source[source_row + i], before)
        row -= fan_in
    return total
