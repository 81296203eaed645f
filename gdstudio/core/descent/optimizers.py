"""Optimisers: the update rules of ``torch.optim``, vectorised over a batch of runs.

Each optimiser works on an array of parameters of shape (n, d): n runs in
lockstep, each with its own d-dimensional point w and its own learning rate γ.
``update(gradient, learning_rate)`` returns the change Δw to add, so that
w_{t+1} = w_t + Δw.  The rules and default hyper-parameters follow the
pseudo-code in the PyTorch documentation (SGD, Adagrad, RMSprop, Adam), so a run
can be checked against ``torch.optim`` step by step.
"""

from __future__ import annotations

import numpy as np

from gdstudio.core.descent.directions import DIRECTIONS
from gdstudio.core.descent.hyperparameters import Hyperparameter, Optimizer, OptimizerInfo
from gdstudio.core.words import QT_TRANSLATE_NOOP


class GradientDescent(Optimizer):
    """w_{t+1} = w_t − γ g_t (``torch.optim.SGD`` with momentum 0)."""

    info = OptimizerInfo(
        "gd",
        QT_TRANSLATE_NOOP("Optimizers", "Gradient descent"),
        QT_TRANSLATE_NOOP("Optimizers", "w ← w − γ∇f(w): the rule the lesson teaches."),
    )

    def _update(self, gradient, learning_rate):
        return -learning_rate * gradient


class Momentum(Optimizer):
    """``torch.optim.SGD`` with momentum μ and dampening τ:
    b_1 = g_1, b_t = μ b_{t−1} + (1 − τ) g_t, w ← w − γ b_t; with Nesterov w ← w − γ (g_t + μ b_t)."""

    info = OptimizerInfo(
        "momentum",
        QT_TRANSLATE_NOOP("Optimizers", "Momentum"),
        QT_TRANSLATE_NOOP("Optimizers", "A velocity b = μb + g carries the steps along: faster in valleys, may overshoot."),
        (
            Hyperparameter(
                "momentum",
                QT_TRANSLATE_NOOP("Optimizers", "momentum μ"),
                0.9,
                0.0,
                0.999999,
                QT_TRANSLATE_NOOP("Optimizers", "how much of the last velocity is kept"),
            ),
            Hyperparameter(
                "dampening",
                QT_TRANSLATE_NOOP("Optimizers", "dampening τ"),
                0.0,
                0.0,
                1.0,
                QT_TRANSLATE_NOOP("Optimizers", "how much of the new gradient is held back"),
            ),
        ),
        ("velocity",),
    )
    nesterov = False

    def __init__(self, runs, dimension, **hyperparameters):
        super().__init__(runs, dimension, **hyperparameters)
        self.velocity = np.zeros((runs, dimension))

    def _update(self, gradient, learning_rate):
        mu = self.hyperparameters["momentum"]
        if self.step_count == 1:
            self.velocity = gradient.copy()
        else:
            self.velocity = mu * self.velocity + (1.0 - self.hyperparameters.get("dampening", 0.0)) * gradient
        direction = gradient + mu * self.velocity if self.nesterov else self.velocity
        return -learning_rate * direction

    def state(self):
        return {"velocity": self.velocity.copy()}


class Nesterov(Momentum):
    info = OptimizerInfo(
        "nesterov",
        QT_TRANSLATE_NOOP("Optimizers", "Nesterov momentum"),
        QT_TRANSLATE_NOOP("Optimizers", "Momentum that looks ahead: the step uses g + μb, so it brakes before overshooting."),
        (
            Hyperparameter(
                "momentum",
                QT_TRANSLATE_NOOP("Optimizers", "momentum μ"),
                0.9,
                1e-6,
                0.999999,
                QT_TRANSLATE_NOOP("Optimizers", "how much of the last velocity is kept"),
            ),
        ),
        ("velocity",),
    )
    nesterov = True


class Adagrad(Optimizer):
    """``torch.optim.Adagrad``: γ̃ = γ / (1 + (t − 1)η), s ← s + g², w ← w − γ̃ g / (√s + ε)."""

    info = OptimizerInfo(
        "adagrad",
        "AdaGrad",
        QT_TRANSLATE_NOOP("Optimizers", "Each coordinate's step shrinks with the sum of its past squared gradients."),
        (
            Hyperparameter(
                "lr_decay",
                QT_TRANSLATE_NOOP("Optimizers", "learning-rate decay η"),
                0.0,
                0.0,
                10.0,
                QT_TRANSLATE_NOOP("Optimizers", "γ is divided by 1 + (t − 1)η"),
            ),
            Hyperparameter("eps", "ε", 1e-10, 0.0, 1.0, QT_TRANSLATE_NOOP("Optimizers", "keeps the division finite")),
            Hyperparameter(
                "initial_accumulator_value",
                QT_TRANSLATE_NOOP("Optimizers", "initial sum"),
                0.0,
                0.0,
                1e6,
                QT_TRANSLATE_NOOP("Optimizers", "starting value of s"),
            ),
        ),
        ("sum_of_squares", "scale"),
    )

    def __init__(self, runs, dimension, **hyperparameters):
        super().__init__(runs, dimension, **hyperparameters)
        self.sum_of_squares = np.full((runs, dimension), self.hyperparameters["initial_accumulator_value"])

    def _update(self, gradient, learning_rate):
        h = self.hyperparameters
        clr = learning_rate / (1.0 + (self.step_count - 1) * h["lr_decay"])
        self.sum_of_squares = self.sum_of_squares + gradient * gradient
        return -clr * gradient / (np.sqrt(self.sum_of_squares) + h["eps"])

    def state(self):
        scale = 1.0 / (np.sqrt(self.sum_of_squares) + self.hyperparameters["eps"])
        return {"sum_of_squares": self.sum_of_squares.copy(), "scale": scale}


class RMSprop(Optimizer):
    """``torch.optim.RMSprop``: v ← αv + (1 − α)g²; centred: ṽ = v − ḡ²;
    with momentum b ← μb + g/(√ṽ + ε), w ← w − γb; else w ← w − γ g/(√ṽ + ε)."""

    info = OptimizerInfo(
        "rmsprop",
        "RMSProp",
        QT_TRANSLATE_NOOP("Optimizers", "Each coordinate's step is divided by a running average of its squared gradients."),
        (
            Hyperparameter(
                "alpha",
                QT_TRANSLATE_NOOP("Optimizers", "smoothing α"),
                0.99,
                0.0,
                0.999999,
                QT_TRANSLATE_NOOP("Optimizers", "how slowly the average forgets"),
            ),
            Hyperparameter("eps", "ε", 1e-8, 0.0, 1.0, QT_TRANSLATE_NOOP("Optimizers", "keeps the division finite")),
            Hyperparameter(
                "momentum", QT_TRANSLATE_NOOP("Optimizers", "momentum μ"), 0.0, 0.0, 0.999999, QT_TRANSLATE_NOOP("Optimizers", "0 for none")
            ),
            Hyperparameter(
                "centered",
                QT_TRANSLATE_NOOP("Optimizers", "centred"),
                0.0,
                0.0,
                1.0,
                QT_TRANSLATE_NOOP("Optimizers", "1 to subtract the mean gradient"),
                True,
            ),
        ),
        ("square_average", "scale"),
    )

    def __init__(self, runs, dimension, **hyperparameters):
        super().__init__(runs, dimension, **hyperparameters)
        self.square_average = np.zeros((runs, dimension))
        self.gradient_average = np.zeros((runs, dimension))
        self.buffer = np.zeros((runs, dimension))

    def _denominator(self):
        h = self.hyperparameters
        average = self.square_average
        if h["centered"]:
            average = average - self.gradient_average * self.gradient_average
        return np.sqrt(average) + h["eps"]

    def _update(self, gradient, learning_rate):
        h = self.hyperparameters
        alpha = h["alpha"]
        self.square_average = alpha * self.square_average + (1.0 - alpha) * gradient * gradient
        if h["centered"]:
            self.gradient_average = self.gradient_average + (1.0 - alpha) * (gradient - self.gradient_average)
        denominator = self._denominator()
        if h["momentum"] > 0:
            self.buffer = h["momentum"] * self.buffer + gradient / denominator
            return -learning_rate * self.buffer
        return -learning_rate * gradient / denominator

    def state(self):
        state = {"square_average": self.square_average.copy(), "scale": 1.0 / self._denominator()}
        if self.hyperparameters["momentum"] > 0:
            state["velocity"] = self.buffer.copy()  # b = μb + g/(√v + ε): the step is −γb
        return state


class Adam(Optimizer):
    """``torch.optim.Adam``: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²,
    w ← w − γ/(1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + ε); AMSGrad uses the running max of v."""

    info = OptimizerInfo(
        "adam",
        "Adam",
        QT_TRANSLATE_NOOP("Optimizers", "Momentum on the gradient and RMSProp's scaling, with bias correction for the first steps."),
        (
            Hyperparameter("beta1", "β₁", 0.9, 0.0, 0.999999, QT_TRANSLATE_NOOP("Optimizers", "decay of the gradient average m")),
            Hyperparameter("beta2", "β₂", 0.999, 0.0, 0.999999, QT_TRANSLATE_NOOP("Optimizers", "decay of the squared-gradient average v")),
            Hyperparameter("eps", "ε", 1e-8, 0.0, 1.0, QT_TRANSLATE_NOOP("Optimizers", "keeps the division finite")),
            Hyperparameter(
                "amsgrad", "AMSGrad", 0.0, 0.0, 1.0, QT_TRANSLATE_NOOP("Optimizers", "1 to use the largest v seen so far"), True
            ),
        ),
        ("first_moment", "second_moment", "scale"),
    )

    def __init__(self, runs, dimension, **hyperparameters):
        super().__init__(runs, dimension, **hyperparameters)
        self.first_moment = np.zeros((runs, dimension))
        self.second_moment = np.zeros((runs, dimension))
        self.max_second_moment = np.zeros((runs, dimension))

    def _denominator(self):
        h = self.hyperparameters
        t = max(self.step_count, 1)
        second = self.max_second_moment if h["amsgrad"] else self.second_moment
        return np.sqrt(second) / np.sqrt(1.0 - h["beta2"] ** t) + h["eps"]

    def _update(self, gradient, learning_rate):
        h = self.hyperparameters
        beta1, beta2 = h["beta1"], h["beta2"]
        t = self.step_count
        # the same arithmetic as torch: lerp for m, then addcmul for v
        self.first_moment = self.first_moment + (1.0 - beta1) * (gradient - self.first_moment)
        self.second_moment = beta2 * self.second_moment + (1.0 - beta2) * gradient * gradient
        if h["amsgrad"]:
            self.max_second_moment = np.maximum(self.max_second_moment, self.second_moment)
        step_size = learning_rate / (1.0 - beta1**t)
        return -step_size * self.first_moment / self._denominator()

    def state(self):
        return {
            "first_moment": self.first_moment.copy(),
            "second_moment": self.second_moment.copy(),
            "scale": 1.0 / self._denominator(),
        }


# the fixed-γ update rules of torch.optim: each makes its whole step Δw
RULES: dict[str, type[Optimizer]] = {cls.info.name: cls for cls in (GradientDescent, Momentum, Nesterov, Adagrad, RMSprop, Adam)}
# every method a run can use: the rules, then the search directions (paired with a step size)
OPTIMIZERS: dict[str, type[Optimizer]] = {**RULES, **DIRECTIONS}
# what trains a network: the rules, and L-BFGS (Newton needs a Hessian, BFGS a d × d matrix, and
# nonlinear CG is left to typed functions)
NETWORK_OPTIMIZERS: tuple[str, ...] = (*RULES, "lbfgs")


def optimizer_info(name: str) -> OptimizerInfo:
    try:
        return OPTIMIZERS[name].info
    except KeyError:
        raise ValueError(f"unknown optimizer {name!r}: choose one of {', '.join(OPTIMIZERS)}") from None


def make_optimizer(name: str, runs: int, dimension: int, **hyperparameters: float) -> Optimizer:
    """A new optimiser of the given name for ``runs`` runs in ``dimension`` dimensions
    (a search direction for ``newton``, ``bfgs``, ``lbfgs`` and ``cg``)."""
    optimizer_info(name)
    return OPTIMIZERS[name](runs, dimension, **hyperparameters)


def is_direction(name: str) -> bool:
    """Whether the method is a search direction (paired with a step size) rather than a fixed-γ rule."""
    return name in DIRECTIONS
