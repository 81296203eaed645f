"""Least squares in closed form: a network with no hidden layer, a linear output and
the squared error is a linear model, and its loss is a quadratic bowl.

With X the inputs with a column of ones appended (N × (F + 1)), θ = [W, b] the
network's weights in its own order (the weights, then the bias) and t the targets,

    L(θ) = Σᵢ (xᵢ W + b − tᵢ)² + (λ/2)‖W‖² = ‖Xθ − t‖² + (λ/2) θᵀPθ        (sum)
    L(θ) = (1/N) ‖Xθ − t‖² + (λ/2) θᵀPθ                                      (mean)

with P = diag(1, …, 1, 0) (the L2 penalty acts on the weights, not on the bias).
Its gradient is ∇L = 2s Xᵀ(Xθ − t) + λPθ (s = 1 for the sum, 1/N for the mean), so

* the Hessian is constant: H = 2s XᵀX + λP — 2XᵀX for the sum of squared errors,
  (2/N)XᵀX for their mean;
* the optimum solves H θ* = 2s Xᵀt (ridge regression on the weights when λ > 0,
  numpy.linalg.lstsq's solution when λ = 0);
* plain gradient descent converges for every start exactly when γ < 2/λ_max, and
  fastest at γ = 2/(λ_min + λ_max), where the error shrinks by (κ − 1)/(κ + 1) a
  step, κ = λ_max/λ_min the condition number.

With one input (an ``x,t`` file or the ``line`` task) θ = (w, b): the slope and
the intercept, and the bowl L(w, b) is the whole weight space.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from gdstudio.core.mlp.network import MLP, SQUARED_ERROR, MLPError, loss_name


def has_least_squares(network: MLP, loss: str) -> bool:
    """Whether L has the closed-form optimum of this module: no hidden layer, a linear
    output and the squared error."""
    return network.is_linear_model and network.output == "linear" and loss_name(loss) == SQUARED_ERROR


def is_two_weight(network: MLP) -> bool:
    """Whether w has exactly two entries — a slope w and an intercept b (``1 → 1``):
    then a plane of weight space is the whole of it, and L(w, b) is drawn exactly."""
    return network.dimension == 2


@dataclass(frozen=True, eq=False)
class LeastSquares:
    """The closed-form optimum of a linear regression's loss and its constant Hessian.

    ``weights`` is θ* in the network's order (for one input: w, then b); ``loss`` is
    L(θ*); ``hessian`` is H (see the module's formulas), ``eigenvalues`` its
    eigenvalues from the smallest, ``formula`` says which H it is."""

    weights: np.ndarray
    loss: float
    hessian: np.ndarray
    eigenvalues: np.ndarray
    reduction: str
    l2: float
    formula: str

    @property
    def condition_number(self) -> float:
        """κ = λ_max / λ_min (inf when the bowl has a flat direction)."""
        low, high = float(self.eigenvalues[0]), float(self.eigenvalues[-1])
        return high / low if low > 0 else float("inf")

    @property
    def largest_stable_learning_rate(self) -> float:
        """2/λ_max: plain gradient descent converges from every start for γ below it."""
        return 2.0 / float(self.eigenvalues[-1])

    @property
    def best_learning_rate(self) -> float:
        """2/(λ_min + λ_max): the fixed γ that shrinks the slowest error fastest."""
        return 2.0 / float(self.eigenvalues[0] + self.eigenvalues[-1])

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: ``weights``, ``loss``, ``hessian``, ``hessian_formula``,
        ``eigenvalues``, ``condition_number``, ``largest_stable_lr``, ``best_lr``."""
        from gdstudio.core.plain import finite_or_none, plain_list

        return {
            "weights": plain_list(self.weights),
            "loss": finite_or_none(self.loss),
            "hessian": plain_list(self.hessian),
            "hessian_formula": self.formula,
            "eigenvalues": plain_list(self.eigenvalues),
            "condition_number": finite_or_none(self.condition_number),
            "largest_stable_lr": finite_or_none(self.largest_stable_learning_rate),
            "best_lr": finite_or_none(self.best_learning_rate),
        }


def least_squares(objective) -> LeastSquares:
    """The optimum θ* and the Hessian H of the training loss of ``objective`` (an
    :class:`~gdstudio.core.mlp.network.MLPObjective`, the full loss: a training's
    ``objective``, not its ``step_objective``): H θ* = 2s Xᵀt with H = 2s XᵀX + λP (see the module).

    MLPError when the network is not a linear regression (:func:`has_least_squares`)."""
    network = objective.network
    if not has_least_squares(network, objective.loss_kind):
        raise MLPError("a closed-form optimum needs a network with no hidden layer, a linear output and the squared error")
    if network.layer_sizes[-1] != 1:  # never for the studio's regressions
        raise MLPError("a closed-form optimum is given for one output")
    inputs = objective.inputs
    count, features = inputs.shape
    design = np.column_stack([inputs, np.ones(count)])  # X = [x, 1]
    scale = 1.0 if objective.reduction == "sum" else 1.0 / count
    gram = 2.0 * scale * (design.T @ design)
    penalty = np.diag([objective.l2] * features + [0.0])
    hessian = gram + penalty
    right = 2.0 * scale * (design.T @ objective.targets[:, 0])
    try:
        solution = np.linalg.solve(hessian, right)
    except np.linalg.LinAlgError:
        solution = np.linalg.lstsq(hessian, right, rcond=None)[0]  # a flat direction: the smallest θ*
    # θ = [W (features × 1), b]: the network's own order
    weights = np.array(solution, dtype=float)
    loss = float(objective.loss(weights)[0])
    eigenvalues = np.linalg.eigvalsh(hessian)
    formula = "2XᵀX" if objective.reduction == "sum" else "(2/N)XᵀX"
    if objective.l2:
        formula += " + λ on the weights (not the bias)"
    formula = f"H = {formula}, X = the inputs with a column of ones"
    return LeastSquares(weights, loss, hessian, eigenvalues, objective.reduction, float(objective.l2), formula)
