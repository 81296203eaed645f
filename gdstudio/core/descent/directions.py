"""Search directions: the d_t of a step w_{t+1} = w_t + α_t d_t.

A direction object serves n runs in lockstep (rows 0 … n − 1) and keeps what it
remembers of each run on its own: BFGS an inverse-Hessian approximation per run,
L-BFGS a ring of (s, y) pairs per run, conjugate gradients the previous direction
and gradient.  The engine asks for the directions of some rows at their points
(:meth:`Direction.directions`), pairs each with a step size (a fixed γ or a line
search, :mod:`gdstudio.core.descent.line_search`) and tells the direction the step it
accepted (:meth:`Direction.accept`).

The directions (Nocedal & Wright, *Numerical Optimization*, 2nd ed.):

* ``gd`` with a search: steepest descent, d = −∇f;
* ``newton``: d = −H⁻¹∇f with the exact Hessian; where H is not positive definite
  (an eigenvalue λ < δ), the *modified* Newton direction d = −Q diag(1/max(|λ|, δ)) Qᵀ∇f,
  H = Q diag(λ) Qᵀ: the eigenvalues are replaced by their absolute values, floored at δ
  (the eigenvalue modification of N&W §3.4), so d always points downhill;
* ``bfgs``: d = −H_t∇f with H₀ = I and the inverse update of Algorithm 6.1,
  H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ, ρ = 1/yᵀs, skipped when yᵀs ≤ 0;
* ``lbfgs``: the two-loop recursion (Algorithm 7.4) over the last m pairs, with
  ``torch.optim.LBFGS``'s conventions: the first step's size is min(1, 1/‖g‖₁)·γ, a pair
  is stored only when yᵀs > 10⁻¹⁰, and H₀ = (yᵀs / yᵀy)·I from the newest stored pair;
* ``cg``: nonlinear conjugate gradients (§5.2), d = −g + βd_prev with Polak–Ribière+
  β = max(0, gᵀ(g − g_prev) / g_prevᵀg_prev) or Fletcher–Reeves β = gᵀg / g_prevᵀg_prev,
  restarted with d = −g whenever d is not a descent direction.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np

from gdstudio.core.descent.hyperparameters import Hyperparameter, Optimizer, OptimizerInfo
from gdstudio.core.words import QT_TRANSLATE_NOOP, translate

# the modified Newton step's δ: eigenvalues of H below it become max(|λ|, δ)
EIGENVALUE_FLOOR = 1e-8
# a stored L-BFGS pair needs yᵀs above this (torch.optim.LBFGS's threshold)
LBFGS_CURVATURE_THRESHOLD = 1e-10


class Direction(Optimizer):
    """Base class of the search directions: d_t for rows of runs, with per-run memory.

    A direction never makes a whole step by itself: the engine multiplies it by a step
    size.  ``uses_hessian``: the direction needs H(w) (only a typed function has one)."""

    uses_hessian = False
    restarts = True  # a direction that is not downhill is replaced by −∇f (and the memory forgotten)

    def update(self, gradient, learning_rate):  # the fixed-rule interface is not a direction's
        raise TypeError(f"{self.info.name} is a search direction: the engine pairs it with a step size")

    def directions(self, rows: np.ndarray, gradient: np.ndarray, hessian: np.ndarray | None) -> tuple[np.ndarray, list[tuple[str, ...]]]:
        """d for the runs in ``rows`` (shape (k,)) at gradients (k, d) (and Hessians (k, d, d)
        for a direction that uses them), and for each run the notes a learner should read
        (a modified Newton step, a restart)."""
        raise NotImplementedError

    def initial_scale(self, rows: np.ndarray, gradient: np.ndarray) -> np.ndarray:
        """What multiplies γ_t for the first trial step size of each run (1 but for L-BFGS's first step)."""
        return np.ones(len(rows))

    def accept(self, rows: np.ndarray, step: np.ndarray, gradient_change: np.ndarray, gradient: np.ndarray) -> list[tuple[str, ...]]:
        """The runs in ``rows`` took steps s = α d (k, d) with ∇f changing by y (k, d) to
        ``gradient``: update the memory; the notes say what was skipped."""
        self.step_count += 1
        return [() for _ in rows]

    def taken(self, rows: np.ndarray, directions: np.ndarray, gradient: np.ndarray) -> None:
        """The runs in ``rows`` stepped along ``directions`` from points with ``gradient``
        (conjugate gradients remembers both)."""

    def restart(self, rows: np.ndarray) -> None:
        """Forget what the runs in ``rows`` remember (their next direction is −∇f)."""

    def state_of(self, row: int) -> dict[str, np.ndarray]:
        """What a learner can look at of one run's memory (arrays)."""
        return {}

    def state(self) -> dict[str, np.ndarray]:
        return {}


class SteepestDescent(Direction):
    info = OptimizerInfo(
        "gd", QT_TRANSLATE_NOOP("Optimizers", "Gradient descent"), QT_TRANSLATE_NOOP("Optimizers", "d = −∇f: the steepest way down.")
    )
    restarts = False

    def directions(self, rows, gradient, hessian):
        return -gradient, [() for _ in rows]


class Newton(Direction):
    info = OptimizerInfo(
        "newton",
        QT_TRANSLATE_NOOP("Optimizers", "Newton's method"),
        QT_TRANSLATE_NOOP(
            "Optimizers", "d = −H⁻¹∇f: the step to the minimum of the quadratic model; modified where H is not positive definite."
        ),
        (
            Hyperparameter(
                "eigenvalue_floor",
                QT_TRANSLATE_NOOP("Optimizers", "eigenvalue floor δ"),
                EIGENVALUE_FLOOR,
                1e-300,
                1e10,
                QT_TRANSLATE_NOOP("Optimizers", "eigenvalues of H below δ are replaced by max(|λ|, δ)"),
            ),
        ),
        ("hessian_used",),
    )
    uses_hessian = True
    restarts = False  # the modified Newton direction is downhill wherever H is a number

    def __init__(self, runs, dimension, **hyperparameters):
        super().__init__(runs, dimension, **hyperparameters)
        self.hessian_used = np.full((runs, dimension, dimension), np.nan)

    def directions(self, rows, gradient, hessian):
        floor = self.hyperparameters["eigenvalue_floor"]
        k, d = gradient.shape
        directions = np.empty((k, d))
        notes: list[tuple[str, ...]] = []
        for i in range(k):
            step = newton_step(hessian[i], gradient[i], floor)
            directions[i] = step.direction
            notes.append((step.note,) if step.note else ())
            self.hessian_used[rows[i]] = step.hessian_used
        return directions, notes

    def state_of(self, row):
        return {"hessian_used": self.hessian_used[row].copy()}


class BFGS(Direction):
    info = OptimizerInfo(
        "bfgs",
        "BFGS",
        QT_TRANSLATE_NOOP("Optimizers", "d = −H_t∇f: H_t learns the inverse Hessian from the steps taken (H₀ = I)."),
        (),
        ("inverse_hessian",),
    )

    def __init__(self, runs, dimension, **hyperparameters):
        super().__init__(runs, dimension, **hyperparameters)
        self.inverse_hessian = np.broadcast_to(np.eye(dimension), (runs, dimension, dimension)).copy()

    def directions(self, rows, gradient, hessian):
        return -np.einsum("kij,kj->ki", self.inverse_hessian[rows], gradient), [() for _ in rows]

    def accept(self, rows, step, gradient_change, gradient):
        self.step_count += 1
        notes = []
        identity = np.eye(self.dimension)
        for i, row in enumerate(rows):
            s, y = step[i], gradient_change[i]
            curvature = float(y @ s)
            if not (curvature > 0 and np.isfinite(curvature)):
                notes.append(
                    (
                        translate("Directions", "BFGS update skipped: yᵀs = {curvature} ≤ 0 (no positive curvature along the step)").format(
                            curvature=f"{curvature:.3g}"
                        ),
                    )
                )
                continue
            rho = 1.0 / curvature
            left = identity - rho * np.outer(s, y)
            self.inverse_hessian[row] = left @ self.inverse_hessian[row] @ left.T + rho * np.outer(s, s)
            notes.append(())
        return notes

    def restart(self, rows):
        self.inverse_hessian[rows] = np.eye(self.dimension)

    def state_of(self, row):
        return {"inverse_hessian": self.inverse_hessian[row].copy()}


class LBFGS(Direction):
    info = OptimizerInfo(
        "lbfgs",
        "L-BFGS",
        QT_TRANSLATE_NOOP("Optimizers", "BFGS from the last m steps only: the two-loop recursion over stored pairs (s, y)."),
        (
            Hyperparameter(
                "history",
                QT_TRANSLATE_NOOP("Optimizers", "memory m"),
                10,
                1,
                1000,
                QT_TRANSLATE_NOOP("Optimizers", "how many pairs (s, y) are kept"),
                integer_like=False,
            ),
        ),
        ("pairs_s", "pairs_y"),
    )

    def __init__(self, runs, dimension, **hyperparameters):
        super().__init__(runs, dimension, **hyperparameters)
        history = self.hyperparameters["history"]
        if history != int(history):
            raise ValueError(translate("Directions", "the memory m must be a whole number, not {value}").format(value=f"{history:g}"))
        self.memory = int(history)
        self.pairs: list[deque] = [deque(maxlen=self.memory) for _ in range(runs)]
        self.diagonal = np.ones(runs)  # H₀ = (yᵀs / yᵀy)·I of the newest stored pair
        self.first = np.ones(runs, dtype=bool)

    def directions(self, rows, gradient, hessian):
        directions = np.empty_like(gradient)
        for i, row in enumerate(rows):
            q = -gradient[i]
            pairs = self.pairs[row]
            alphas = []
            for s, y, rho in reversed(pairs):
                alpha = rho * float(s @ q)
                alphas.append(alpha)
                q = q - alpha * y
            r = q * self.diagonal[row]
            for (s, y, rho), alpha in zip(pairs, reversed(alphas)):
                beta = rho * float(y @ r)
                r = r + s * (alpha - beta)
            directions[i] = r
        return directions, [() for _ in rows]

    def initial_scale(self, rows, gradient):
        with np.errstate(divide="ignore"):
            scale = np.minimum(1.0, 1.0 / np.abs(gradient).sum(axis=1))
        return np.where(self.first[rows], scale, 1.0)

    def accept(self, rows, step, gradient_change, gradient):
        self.step_count += 1
        notes = []
        for i, row in enumerate(rows):
            self.first[row] = False
            s, y = step[i].copy(), gradient_change[i].copy()
            curvature = float(y @ s)
            if not (curvature > LBFGS_CURVATURE_THRESHOLD and np.isfinite(curvature)):
                notes.append((translate("Directions", "pair not stored: yᵀs = {curvature} ≤ 10⁻¹⁰").format(curvature=f"{curvature:.3g}"),))
                continue
            self.pairs[row].append((s, y, 1.0 / curvature))
            self.diagonal[row] = curvature / float(y @ y)
            notes.append(())
        return notes

    def restart(self, rows):
        for row in np.atleast_1d(rows):
            self.pairs[row].clear()
            self.diagonal[row] = 1.0

    def state_of(self, row):
        pairs = self.pairs[row]
        d = self.dimension
        return {
            "pairs_s": np.array([s for s, _, _ in pairs]).reshape(-1, d),
            "pairs_y": np.array([y for _, y, _ in pairs]).reshape(-1, d),
        }


class ConjugateGradient(Direction):
    info = OptimizerInfo(
        "cg",
        QT_TRANSLATE_NOOP("Optimizers", "Conjugate gradients"),
        QT_TRANSLATE_NOOP("Optimizers", "d = −∇f + βd_prev: each direction bends the last one (Polak–Ribière+, or Fletcher–Reeves)."),
        (
            Hyperparameter(
                "fletcher_reeves", "Fletcher–Reeves", 0.0, 0.0, 1.0, QT_TRANSLATE_NOOP("Optimizers", "1 for β = gᵀg / g_prevᵀg_prev"), True
            ),
        ),
        ("previous_direction",),
    )

    def __init__(self, runs, dimension, **hyperparameters):
        super().__init__(runs, dimension, **hyperparameters)
        self.previous_direction = np.zeros((runs, dimension))
        self.previous_gradient = np.zeros((runs, dimension))
        self.fresh = np.ones(runs, dtype=bool)

    def directions(self, rows, gradient, hessian):
        directions = -gradient.copy()
        notes: list[tuple[str, ...]] = []
        fletcher_reeves = bool(self.hyperparameters["fletcher_reeves"])
        for i, row in enumerate(rows):
            if self.fresh[row]:
                notes.append(())
                continue
            g, g_prev = gradient[i], self.previous_gradient[row]
            denominator = float(g_prev @ g_prev)
            if not denominator > 0:
                notes.append(())
                continue
            beta = float(g @ g) / denominator if fletcher_reeves else max(0.0, float(g @ (g - g_prev)) / denominator)
            candidate = -g + beta * self.previous_direction[row]
            if float(g @ candidate) < 0:
                directions[i] = candidate
                notes.append((f"β = {beta:.4g}",))
            else:
                notes.append(
                    (
                        translate("Directions", "restart: −∇f + βd_prev (β = {beta}) is not a descent direction, so d = −∇f").format(
                            beta=f"{beta:.3g}"
                        ),
                    )
                )
        return directions, notes

    def taken(self, rows, directions, gradient):
        self.previous_direction[rows] = directions
        self.previous_gradient[rows] = gradient
        self.fresh[rows] = False

    def restart(self, rows):
        self.fresh[rows] = True

    def state_of(self, row):
        return {"previous_direction": self.previous_direction[row].copy()}


@dataclass(frozen=True)
class NewtonStep:
    """Newton's step at a point: d = −H̃⁻¹∇f, with H̃ = H where H is positive definite
    (every eigenvalue ≥ δ) and H̃ = Q diag(max(|λ|, δ)) Qᵀ otherwise (the modified Newton
    step). ``pure`` is −H⁻¹∇f itself (None where H is singular); ``note`` says what the
    modification did (empty when there was none)."""

    direction: np.ndarray
    hessian_used: np.ndarray
    eigenvalues: np.ndarray
    used_eigenvalues: np.ndarray
    modified: bool
    pure: np.ndarray | None
    note: str


def newton_step(hessian, gradient, floor: float = EIGENVALUE_FLOOR) -> NewtonStep:
    """Newton's (modified) step from the Hessian H and the gradient g at a point (see :class:`NewtonStep`)."""
    h = np.asarray(hessian, dtype=float)
    g = np.asarray(gradient, dtype=float)
    d = len(g)
    if not (np.all(np.isfinite(h)) and np.all(np.isfinite(g))):
        nan = np.full(d, np.nan)
        return NewtonStep(nan, np.full((d, d), np.nan), nan, nan, False, None, translate("Directions", "the Hessian is not a number here"))
    eigenvalues, vectors = np.linalg.eigh(0.5 * (h + h.T))
    pure = None
    if np.all(np.abs(eigenvalues) > 0):
        with np.errstate(all="ignore"):
            pure = -(vectors @ ((vectors.T @ g) / eigenvalues))
    if eigenvalues[0] >= floor:
        return NewtonStep(pure, h.copy(), eigenvalues, eigenvalues, False, pure, "")
    used = np.maximum(np.abs(eigenvalues), floor)
    direction = -(vectors @ ((vectors.T @ g) / used))
    if eigenvalues[0] > -floor:
        text = translate(
            "Directions", "H is singular (eigenvalues {eigenvalues}): modified Newton uses max(|λ|, δ) = {used}, so d points downhill"
        )
    else:
        text = translate(
            "Directions",
            "H is not positive definite (eigenvalues {eigenvalues}): modified Newton uses max(|λ|, δ) = {used}, so d points downhill",
        )
    note = text.format(eigenvalues=_numbers(eigenvalues), used=_numbers(used))
    return NewtonStep(direction, (vectors * used) @ vectors.T, eigenvalues, used, True, pure, note)


def _numbers(values) -> str:
    return "(" + ", ".join(f"{float(v):.4g}".replace("-", "−") for v in values) + ")"


DIRECTIONS: dict[str, type[Direction]] = {cls.info.name: cls for cls in (Newton, BFGS, LBFGS, ConjugateGradient)}
# every direction a line search can pair with: the second-order ones and steepest descent
SEARCHABLE = ("gd",) + tuple(DIRECTIONS)


def make_direction(name: str, runs: int, dimension: int, **hyperparameters: float) -> Direction:
    if name == "gd":
        return SteepestDescent(runs, dimension, **hyperparameters)
    try:
        cls = DIRECTIONS[name]
    except KeyError:
        raise ValueError(f"{name!r} is not a search direction: choose one of {', '.join(SEARCHABLE)}") from None
    return cls(runs, dimension, **hyperparameters)
