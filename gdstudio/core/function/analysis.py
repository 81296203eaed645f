"""Curvature: what the Hessian at a point says about the step sizes that work there.

Near a point w*, f is close to the quadratic f(w*) + gᵀ(w − w*) + ½(w − w*)ᵀH(w − w*)
with H the Hessian.  Along the eigenvector of H with eigenvalue λ, a gradient-descent
step multiplies the distance to the minimum by (1 − γλ), so on a positive definite
H the descent converges exactly when |1 − γλ| < 1 for every λ:

* largest stable step  γ < 2 / λ_max;
* best fixed step      γ* = 2 / (λ_min + λ_max), where both ends contract equally
  fast, by (κ − 1)/(κ + 1) per step with κ = λ_max / λ_min the condition number.

On the seed f = x² + xy + y², H = [[2, 1], [1, 2]]: λ = 1 and 3, so γ < 2/3 and γ* = 1/2.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from gdstudio.core.plain import finite_or_none, plain_list
from gdstudio.core.words import translate

# An eigenvalue counts as zero when |λ| ≤ this times max(1, max |λ|).
ZERO_EIGENVALUE = 1e-9


@dataclass(frozen=True)
class Curvature:
    """The Hessian at one point and what it means for the step size γ."""

    point: tuple[float, ...]
    hessian: np.ndarray  # (d, d), symmetric
    eigenvalues: np.ndarray  # (d,), ascending
    eigenvectors: np.ndarray  # (d, d): column i belongs to eigenvalues[i]
    kind: str  # "positive definite" | "negative definite" | "indefinite" | "semidefinite" | "undefined"
    condition_number: float  # max |λ| / min |λ| (inf where an eigenvalue is zero, NaN if undefined)
    max_stable_lr: float | None  # 2/λ_max for gradient descent; None unless positive definite
    best_lr: float | None  # 2/(λ_min + λ_max); None unless positive definite
    note: str  # one sentence for the window

    @property
    def positive_definite(self) -> bool:
        return self.kind == "positive definite"

    @property
    def convergence_rate(self) -> float | None:
        """Per-step contraction (κ − 1)/(κ + 1) of gradient descent at the best fixed step."""
        if not self.positive_definite:
            return None
        kappa = self.condition_number
        return (kappa - 1.0) / (kappa + 1.0)

    def stability_limit(self, optimizer: str = "gd", hyperparameters: Mapping[str, float] | None = None) -> float | None:
        """The largest stable fixed γ for ``optimizer`` on this quadratic, or None where
        there is none (not positive definite) or it is not a single number (adaptive
        optimisers rescale each coordinate as they go).

        * gradient descent: γ < 2/λ_max;
        * momentum (torch SGD, μ, dampening τ): heavy ball, γ(1 − τ)λ_max < 2(1 + μ);
        * Nesterov (torch SGD, μ): γλ_max < 2(1 + μ)/(1 + 2μ).
        """
        if not self.positive_definite:
            return None
        settings = dict(hyperparameters or {})
        top = float(self.eigenvalues[-1])
        if optimizer == "gd":
            return 2.0 / top
        if optimizer == "momentum":
            mu = float(settings.get("momentum", 0.9))
            dampening = float(settings.get("dampening", 0.0))
            if dampening >= 1.0:
                return None
            return 2.0 * (1.0 + mu) / ((1.0 - dampening) * top)
        if optimizer == "nesterov":
            mu = float(settings.get("momentum", 0.9))
            return 2.0 * (1.0 + mu) / ((1.0 + 2.0 * mu) * top)
        return None

    def axes(self, length: float) -> list[tuple[np.ndarray, np.ndarray, float]]:
        """The eigenvector axes to draw on the contour at :attr:`point`: for each eigenvalue
        λ (ascending) a segment (tail, tip, λ) through the point along its eigenvector, as
        long as the matching axis of the local level ellipse (∝ 1/√|λ|), scaled so the
        longest is ``length``; a zero eigenvalue gets the full length.  Empty if undefined."""
        if self.kind == "undefined":
            return []
        magnitudes = np.abs(self.eigenvalues)
        zero = ZERO_EIGENVALUE * max(1.0, float(magnitudes.max()))
        with np.errstate(divide="ignore"):
            lengths = np.where(magnitudes > zero, 1.0 / np.sqrt(np.maximum(magnitudes, zero)), np.inf)
        finite = lengths[np.isfinite(lengths)]
        longest = float(finite.max()) if finite.size else 1.0
        lengths = np.where(np.isfinite(lengths), lengths / longest, 1.0) * (length / 2.0)
        centre = np.asarray(self.point, dtype=float)
        segments = []
        for i in range(len(self.eigenvalues)):
            half = lengths[i] * self.eigenvectors[:, i]
            segments.append((centre - half, centre + half, float(self.eigenvalues[i])))
        return segments

    def to_dict(self) -> dict:
        """Plain data for JSON (non-finite numbers as None)."""
        return {
            "point": [float(v) for v in self.point],
            "hessian": plain_list(self.hessian),
            "eigenvalues": plain_list(self.eigenvalues),
            "eigenvectors": plain_list(self.eigenvectors.T),  # one row per eigenvalue
            "kind": self.kind,
            "condition_number": finite_or_none(self.condition_number),
            "max_stable_lr": self.max_stable_lr,
            "best_lr": self.best_lr,
            "note": self.note,
        }


def curvature_of(hessian, point=(0.0, 0.0)) -> Curvature:
    """Analyse a symmetric Hessian matrix (see the module's formulas)."""
    matrix = np.asarray(hessian, dtype=float)
    point = tuple(float(v) for v in np.ravel(point))
    d = matrix.shape[0]
    if not np.all(np.isfinite(matrix)):
        nan = np.full(d, np.nan)
        return Curvature(
            point,
            matrix,
            nan,
            np.full((d, d), np.nan),
            "undefined",
            float("nan"),
            None,
            None,
            translate("FunctionCurvature", "the Hessian is not defined here (f or its derivatives are not finite)"),
        )
    matrix = 0.5 * (matrix + matrix.T)
    eigenvalues, eigenvectors = np.linalg.eigh(matrix)  # ascending
    eigenvectors = _canonical_signs(eigenvectors)
    low, high = float(eigenvalues[0]), float(eigenvalues[-1])
    zero = ZERO_EIGENVALUE * max(1.0, float(np.max(np.abs(eigenvalues))))
    magnitudes = np.abs(eigenvalues)
    condition = float(magnitudes.max() / magnitudes.min()) if magnitudes.min() > zero else float("inf")
    if magnitudes.max() <= zero:
        condition = float("nan")
    max_stable = best = None
    if low > zero:
        kind = "positive definite"
        max_stable = 2.0 / high
        best = 2.0 / (low + high)
        note = translate(
            "FunctionCurvature",
            "positive definite (λ = {low} … {high}): gradient descent is stable for "
            "γ < 2/λ_max = {max_stable}, fastest at γ = 2/(λ_min + λ_max) = {best}",
        ).format(low=_g(low), high=_g(high), max_stable=_g(max_stable), best=_g(best))
    elif high < -zero:
        kind = "negative definite"
        note = translate(
            "FunctionCurvature",
            "a maximum: every eigenvalue of the Hessian is negative, f curves down in every direction, so no γ is stable here",
        )
    elif low < -zero and high > zero:
        kind = "indefinite"
        note = translate(
            "FunctionCurvature",
            "a saddle: the Hessian has a negative eigenvalue (λ = {low}), so f curves down along one "
            "direction and gradient descent moves away along it for every γ",
        ).format(low=_g(low))
    else:
        kind = "semidefinite"
        note = translate(
            "FunctionCurvature",
            "not strictly convex here: an eigenvalue of the Hessian is zero, so f is flat along one direction "
            "and 2/λ_max alone does not decide convergence",
        )
    return Curvature(point, matrix, eigenvalues, eigenvectors, kind, condition, max_stable, best, note)


def curvature_at(function, point) -> Curvature:
    """The exact Hessian of a parsed f(x, y) at ``point`` and what it says about γ."""
    x, y = (float(v) for v in point)
    # one-element arrays, not Python floats: with floats, x**(-3/2) at x < 0 is complex
    hessian = np.asarray(function.hessian(np.array([x]), np.array([y]))[0], dtype=float)
    return curvature_of(hessian, (x, y))


@dataclass(frozen=True)
class StationaryPoint:
    """What kind of point w is, for the 'why did it stop' message."""

    kind: str  # "minimum" | "maximum" | "saddle" | "flat" | "not stationary"
    value: float  # f(w)
    gradient: tuple[float, float]  # ∇f(w)
    gradient_norm: float
    curvature: Curvature
    message: str


def classify_point(function, point, tolerance: float = 1e-6) -> StationaryPoint:
    """Classify ``point`` from the gradient and the Hessian's eigenvalues:

    ‖∇f‖ ≥ tolerance: not stationary; otherwise all λ > 0: a (local) minimum,
    all λ < 0: a maximum, λ of both signs: a saddle, some λ = 0: flat (the second
    derivatives cannot tell)."""
    x, y = (float(v) for v in point)
    gx, gy = (float(v[0]) + 0.0 for v in function.gradient(np.array([x]), np.array([y])))  # + 0.0: no −0
    value = float(function.value(np.array([x]), np.array([y]))[0])
    gradient_norm = float(np.hypot(gx, gy))
    curvature = curvature_at(function, (x, y))
    where = f"({_g(x)}, {_g(y)})"
    if not np.isfinite(gradient_norm):
        message = translate("FunctionStationaryPoint", "f has no gradient at {point}").format(point=where)
        return StationaryPoint("not stationary", value, (gx, gy), gradient_norm, curvature, message)
    if gradient_norm >= tolerance:
        return StationaryPoint(
            "not stationary",
            value,
            (gx, gy),
            gradient_norm,
            curvature,
            translate("FunctionStationaryPoint", "{point} is not a stationary point: ‖∇f‖ = {norm}").format(
                point=where, norm=f"{gradient_norm:.3g}"
            ),
        )
    kind = {
        "positive definite": "minimum",
        "negative definite": "maximum",
        "indefinite": "saddle",
    }.get(curvature.kind, "flat")
    if kind == "minimum":
        message = translate(
            "FunctionStationaryPoint", "a local minimum at {point}: the gradient is zero and f curves up in every direction"
        ).format(point=where)
    elif kind == "maximum":
        message = translate(
            "FunctionStationaryPoint", "a maximum at {point}: the gradient is zero but f curves down in every direction"
        ).format(point=where)
    elif kind == "saddle":
        message = translate(
            "FunctionStationaryPoint",
            "a saddle point at {point}, not a minimum: the gradient is zero, but f curves down along "
            "{direction}; a nudge that way and the descent goes on",
        ).format(point=where, direction=f"({_g(curvature.eigenvectors[0, 0])}, {_g(curvature.eigenvectors[1, 0])})")
    else:
        message = translate(
            "FunctionStationaryPoint",
            "a flat point at {point}: the gradient is zero and a second derivative is too, so the curvature cannot tell what it is",
        ).format(point=where)
    return StationaryPoint(kind, value, (gx, gy), gradient_norm, curvature, message)


def _canonical_signs(vectors: np.ndarray) -> np.ndarray:
    """Eigenvectors are defined up to sign: make each one's largest component positive,
    so the axes drawn on the contour do not flip from one point to the next."""
    vectors = vectors.copy()
    for i in range(vectors.shape[1]):
        column = vectors[:, i]
        if column[np.argmax(np.abs(column))] < 0:
            vectors[:, i] = -column
    return vectors + 0.0  # no negative zeros


def _g(value: float) -> str:
    return f"{float(value):.4g}"
