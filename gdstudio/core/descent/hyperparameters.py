"""What every optimisation method shares: its settings (hyper-parameters with their
ranges) and the base class that holds its per-run state."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from gdstudio.core.words import Shown, translate


@dataclass(frozen=True)
class Hyperparameter:
    name: str
    label: str = Shown("Optimizers")
    default: float
    minimum: float
    maximum: float
    note: str = Shown("Optimizers")
    integer_like: bool = False  # a switch stored as 0/1 (e.g. AMSGrad)


@dataclass(frozen=True)
class OptimizerInfo:
    name: str
    title: str = Shown("Optimizers")
    note: str = Shown("Optimizers")
    hyperparameters: tuple[Hyperparameter, ...] = field(default_factory=tuple)
    state_names: tuple[str, ...] = field(default_factory=tuple)

    def defaults(self) -> dict[str, float]:
        return {h.name: h.default for h in self.hyperparameters}


class Optimizer:
    """Base class: holds the per-run state arrays and the step count t."""

    info: OptimizerInfo

    def __init__(self, runs: int, dimension: int, **hyperparameters: float):
        known = self.info.defaults()
        unknown = set(hyperparameters) - set(known)
        if unknown:
            raise ValueError(f"{self.info.name} has no setting {sorted(unknown)[0]!r}")
        known.update({k: float(v) for k, v in hyperparameters.items()})
        for h in self.info.hyperparameters:
            value = known[h.name]
            if not (h.minimum <= value <= h.maximum):
                raise ValueError(
                    translate("Optimizers", "{setting} must be between {minimum} and {maximum}, not {value}").format(
                        setting=h.label, minimum=f"{h.minimum:g}", maximum=f"{h.maximum:g}", value=f"{value:g}"
                    )
                )
        self.hyperparameters = known
        self.runs = runs
        self.dimension = dimension
        self.step_count = 0  # t: the number of updates made so far

    def update(self, gradient: np.ndarray, learning_rate: np.ndarray) -> np.ndarray:
        """Δw for gradient g of shape (n, d) and learning rates of shape (n,)."""
        self.step_count += 1
        return self._update(gradient, np.asarray(learning_rate, dtype=float).reshape(-1, 1))

    def _update(self, gradient: np.ndarray, learning_rate: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def state(self) -> dict[str, np.ndarray]:
        """The state worth showing (velocity, accumulators): arrays of shape (n, d)."""
        return {}

    def freeze(self, mask: np.ndarray) -> None:
        """Nothing to do by default: stopped runs simply receive no further updates."""
