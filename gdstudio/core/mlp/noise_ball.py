"""The noise ball: with a constant γ, minibatch SGD on a bowl ends in a cloud around
the minimum, not on it.

Near the optimum w* of a quadratic loss (a linear regression with the squared error,
no penalty) the step is w_{t+1} − w* = (I − γA)(w_t − w*) − γξ_t, where A = E[∂g/∂w] is
the Hessian of the loss the step's gradient g estimates (H for the mean reduction;
(B/N)·H for the sum, whose batch gradient is on average B/N of ∇L), and ξ_t the batch's
noise, of covariance C = c² (N − B)/(B(N − 1)) Σ at w*, with Σ = (1/N) Σᵢ gᵢ gᵢᵀ the
per-example gradients' covariance there (:mod:`gdstudio.core.mlp.fan`; c = 1 for the
mean, B/N for the sum).  For noise independent from step to step the cloud's
covariance S solves S = (I − γA) S (I − γA)ᵀ + γ² C, and for small γ

    E‖w − w*‖² = tr S ≈ (γ/2) tr(A⁻¹ C) ∝ γ · (N − B)/(B(N − 1)):

the cloud's mean squared radius grows with γ and shrinks with B (nothing at B = N).
Within one epoch the batches are drawn without replacement, so their noise sums to
zero over the epoch: the measured cloud is at most this size, and smaller where γA is
small enough that an epoch's steps nearly cancel.  A schedule whose γ_t → 0 (1/t)
shrinks the cloud onto w*.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdstudio.core.mlp.fan import example_gradients
from gdstudio.core.words import translate


@dataclass(frozen=True)
class NoiseBall:
    """The cloud of a constant-γ minibatch run around w*: ``predicted_rms`` √(tr S),
    ``small_step_rms`` √((γ/2) tr(A⁻¹C)), and ``measured_rms`` the root mean square of
    ‖w_t − w*‖ over the kept steps of the run's second half (None before 100 steps)."""

    learning_rate: float
    batch_size: int
    count: int
    predicted_rms: float
    small_step_rms: float
    measured_rms: float | None
    stable: bool

    def sentence(self) -> str:
        """One sentence for the panel, relating the cloud to γ and B."""
        if not self.stable:
            return translate(
                "MLPNoiseBall", "γ = {learning_rate} is beyond 2/λ_max of the minibatch steps: no cloud, the run leaves the bowl."
            ).format(learning_rate=f"{self.learning_rate:g}")
        if self.measured_rms is None:
            measured = ""
        else:
            measured = translate("MLPNoiseBall", "; measured over the second half of the run: {radius}").format(
                radius=f"{self.measured_rms:.3g}"
            )
        return translate(
            "MLPNoiseBall",
            "Noise ball: with a constant γ the run ends in a cloud around w*, not on it. Its mean squared radius "
            "≈ (γ/2)·tr(A⁻¹C) grows like γ and shrinks like (N − B)/(B(N − 1)): radius √ ≈ {radius} "
            "for γ = {learning_rate}, B = {batch_size} of N = {count}{measured}. "
            "A 1/t schedule shrinks it onto w*.",
        ).format(
            radius=f"{self.predicted_rms:.3g}",
            learning_rate=f"{self.learning_rate:g}",
            batch_size=self.batch_size,
            count=self.count,
            measured=measured,
        )


def cloud_radius(points: np.ndarray, optimum: np.ndarray) -> float:
    """√(mean ‖w − w*‖²) over the rows of ``points``: the root-mean-square radius of a
    cloud of weights around the optimum."""
    distances = np.linalg.norm(np.asarray(points, dtype=float) - np.asarray(optimum, dtype=float), axis=1)
    return float(np.sqrt(np.mean(distances**2)))


def noise_ball(training) -> NoiseBall | None:
    """The noise ball of a minibatch ``training`` on a linear regression's bowl (squared
    error, no penalty, a constant γ, plain gradient descent); None for any other run."""
    from gdstudio.core.mlp.least_squares import has_least_squares, least_squares

    settings = training.settings
    order = training.batch_order
    if (
        order is None
        or settings.l2
        or settings.optimizer != "gd"
        or not settings.schedule.is_constant
        or not has_least_squares(training.network, training.loss_kind)
    ):
        return None
    objective = training.objective
    optimum = least_squares(objective)
    count, batch_size, learning_rate = order.count, order.batch_size, float(training.descent.learning_rates[0])
    share = 1.0 if objective.reduction == "mean" else batch_size / count  # the step's gradient is share · the estimate of ∇L
    examples = example_gradients(objective, optimum.weights)
    deviations = examples - examples.mean(axis=0)
    sigma = deviations.T @ deviations / count
    factor = 0.0 if count == 1 else (count - batch_size) / (batch_size * (count - 1))
    noise = share * share * factor * sigma
    drift = share * optimum.hessian
    d = len(optimum.weights)
    step = np.eye(d) - learning_rate * drift
    stable = bool(np.max(np.abs(np.linalg.eigvals(step))) < 1.0)
    if stable:
        system = np.eye(d * d) - np.kron(step, step)
        covariance = np.linalg.solve(system, (learning_rate * learning_rate * noise).reshape(-1)).reshape(d, d)
        predicted = float(np.sqrt(max(np.trace(covariance), 0.0)))
        small = float(np.sqrt(max(0.5 * learning_rate * np.trace(np.linalg.solve(drift, noise)), 0.0)))
    else:
        predicted = small = float("inf")
    measured = None
    history = training.history
    if training.steps >= 100:
        measured = cloud_radius(history.points[history.steps >= training.steps // 2], optimum.weights)
    return NoiseBall(learning_rate, batch_size, count, predicted, small, measured, stable)
