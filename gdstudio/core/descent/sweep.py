"""Learning-rate sweeps: the same descent at many γ at once, to see where γ is too
small (slow), right (fast) and too large (the steps overshoot and diverge).

All the runs of a sweep advance in one :class:`~gdstudio.core.descent.engine.Descent` in
lockstep (one vectorised gradient call per step for every γ), with no trajectories
kept, so 200 γ values × 1,000 steps take a few tens of milliseconds.  Each run
ends exactly as a single run with that γ would (the engine's step semantics).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from gdstudio.core.descent.engine import DEFAULT_MAX_STEPS, DEFAULT_TOLERANCE, Descent, Objective, RunSettings
from gdstudio.core.descent.explain import stop_message
from gdstudio.core.descent.schedules import CONSTANT, Schedule
from gdstudio.core.function.domain import domain_errors
from gdstudio.core.function.language import ParsedFunction
from gdstudio.core.plain import finite_or_none
from gdstudio.core.words import translate

MAX_SWEEP_COUNT = 100_000


def log_spaced_learning_rates(lr_min: float, lr_max: float, count: int) -> np.ndarray:
    """``count`` learning rates from ``lr_min`` to ``lr_max``, evenly spaced on a log axis."""
    lr_min, lr_max = float(lr_min), float(lr_max)
    if not (np.isfinite(lr_min) and np.isfinite(lr_max) and lr_min > 0 and lr_max > 0):
        raise ValueError("the smallest and largest learning rates must be positive numbers")
    if lr_min > lr_max:
        raise ValueError(f"the smallest learning rate ({lr_min:g}) is larger than the largest ({lr_max:g})")
    if int(count) != count or not (1 <= count <= MAX_SWEEP_COUNT):
        raise ValueError(f"the number of learning rates must be a whole number from 1 to {MAX_SWEEP_COUNT:,}")
    if count == 1:
        return np.array([lr_min])
    return np.geomspace(lr_min, lr_max, int(count))


@dataclass(frozen=True)
class SweepResult:
    """How the descent ended for each γ (arrays in the order of ``learning_rates``)."""

    learning_rates: np.ndarray  # (n,)
    status: np.ndarray  # (n,) "converged" | "max_steps" | "diverged" | "undefined" | "running" (unfinished sweep)
    steps: np.ndarray  # (n,) updates made
    final_loss: np.ndarray  # (n,)
    final_points: np.ndarray  # (n, d)
    final_gradient_norm: np.ndarray  # (n,)
    start: tuple[float, ...]
    start_loss: float
    optimizer: str = "gd"
    hyperparameters: Mapping[str, float] = field(default_factory=dict)
    max_steps: int = DEFAULT_MAX_STEPS
    tolerance: float = DEFAULT_TOLERANCE
    schedule: Schedule = CONSTANT
    objective: Objective | None = None  # what the sweep descended: it explains the undefined runs

    @property
    def count(self) -> int:
        return len(self.learning_rates)

    @property
    def diverged(self) -> np.ndarray:
        return self.status == "diverged"

    @property
    def undefined(self) -> np.ndarray:
        """The runs that stopped where f or ∇f is not a real number (not divergence)."""
        return self.status == "undefined"

    @property
    def converged(self) -> np.ndarray:
        return self.status == "converged"

    @property
    def steps_to_converge(self) -> np.ndarray:
        """Updates until ‖∇f‖ < tolerance; NaN for the runs that did not converge."""
        return np.where(self.converged, self.steps.astype(float), np.nan)

    def fastest(self) -> int | None:
        """Index of the γ that converged in the fewest steps (the largest such γ on ties)."""
        steps = self.steps_to_converge
        if not np.isfinite(steps).any():
            return None
        best = np.nanmin(steps)
        return int(np.nonzero(steps == best)[0][-1])

    def stability_edge(self) -> tuple[float, float] | None:
        """(largest γ that did not diverge below the first diverging one, smallest diverging γ),
        i.e. where the sweep says the steps start to overshoot; None if nothing diverged."""
        order = np.argsort(self.learning_rates, kind="stable")
        lrs = self.learning_rates[order]
        diverged = self.diverged[order]
        if not diverged.any():
            return None
        first = int(np.argmax(diverged))
        below = lrs[first - 1] if first > 0 else float("nan")
        return float(below), float(lrs[first])

    def minimum_found(self) -> np.ndarray | None:
        """The final point of the converged run with the lowest loss: where the
        curvature that decides stability should be measured; None if none converged."""
        converged = np.nonzero(self.converged & np.isfinite(self.final_loss))[0]
        if len(converged) == 0:
            return None
        return self.final_points[converged[np.argmin(self.final_loss[converged])]].copy()

    def curvature_point(self) -> np.ndarray:
        """Where the curvature that decides which γ are stable is measured: the minimum
        the sweep found, or the start point when no run converged."""
        found = self.minimum_found()
        return found if found is not None else np.asarray(self.start, dtype=float).copy()

    def undefined_reasons(self) -> list[str | None]:
        """For each run that is ``undefined``, the sentence that names the failing
        operation and the point (:func:`gdstudio.core.function.domain.why_undefined`);
        None for the other runs, and for an objective other than a typed function."""
        reasons: list[str | None] = [None] * self.count
        undefined = np.nonzero(self.undefined)[0]
        if len(undefined) and isinstance(self.objective, ParsedFunction):
            for index, error in zip(undefined, domain_errors(self.objective, self.final_points[undefined])):
                reasons[index] = None if error is None else error.sentence
        return reasons

    def reasons(self) -> list[str]:
        """Why each run stopped (or what it is doing), in the window's sentence."""
        reasons = []
        undefined_reasons = self.undefined_reasons()
        for index in range(self.count):
            status = str(self.status[index])
            why = undefined_reasons[index]
            reasons.append(
                stop_message(
                    status,
                    int(self.steps[index]),
                    float(self.final_gradient_norm[index]),
                    self.tolerance,
                    self.max_steps,
                    float(self.final_loss[index]),
                    playing=status == "running",
                    reason=why,
                )
            )
        return reasons

    def summary(self) -> str:
        counts = {name: int(np.sum(self.status == name)) for name in ("converged", "max_steps", "diverged", "undefined")}
        if self.count == 1:
            text = translate(
                "Sweep",
                "{count} learning rate from {low} to {high}: {converged} converged, {limit} stopped at the step limit, {diverged} diverged",
            )
        else:
            text = translate(
                "Sweep",
                "{count} learning rates from {low} to {high}: {converged} converged, {limit} stopped at the step limit, {diverged} diverged",
            )
        text = text.format(
            count=self.count,
            low=f"{self.learning_rates.min():.4g}",
            high=f"{self.learning_rates.max():.4g}",
            converged=counts["converged"],
            limit=counts["max_steps"],
            diverged=counts["diverged"],
        )
        if counts["undefined"]:
            # one example: the smallest such γ
            first = int(np.argmin(np.where(self.undefined, self.learning_rates, np.inf)))
            error = None
            if isinstance(self.objective, ParsedFunction):
                error = domain_errors(self.objective, self.final_points[first : first + 1])[0]
            why = None if error is None else error.sentence
            if why:
                text += translate(
                    "Sweep", ", {undefined} undefined (stopped where f or ∇f is not a real number; at γ = {rate}: {why})"
                ).format(undefined=counts["undefined"], rate=f"{self.learning_rates[first]:.4g}", why=why)
            else:
                text += translate("Sweep", ", {undefined} undefined (stopped where f or ∇f is not a real number)").format(
                    undefined=counts["undefined"]
                )
        edge = self.stability_edge()
        if edge is not None and np.isfinite(edge[0]):
            text += translate("Sweep", "; divergence starts between γ = {low} and {high}").format(
                low=f"{edge[0]:.4g}", high=f"{edge[1]:.4g}"
            )
        return text

    def to_dict(self) -> dict:
        """The schema of ``gdstudio sweep --json`` (non-finite numbers as null)."""
        return {
            "optimizer": self.optimizer,
            "hyperparameters": {k: float(v) for k, v in dict(self.hyperparameters).items()},
            "schedule": self.schedule.to_dict(),
            "start": [float(v) for v in self.start],
            "start_loss": finite_or_none(self.start_loss),
            "max_steps": int(self.max_steps),
            "tol": float(self.tolerance),
            "lr": [float(v) for v in self.learning_rates],
            "status": [str(s) for s in self.status],
            "reason": self.reasons(),
            "steps": [int(s) for s in self.steps],
            "final_loss": [finite_or_none(v) for v in self.final_loss],
            "final_point": [[finite_or_none(v) for v in p] for p in self.final_points],
        }


class Sweep:
    """A sweep in progress, advanced on request (from a worker thread, a few hundred
    updates at a time, or to the end with :meth:`run`).  Not thread-safe: one thread owns it."""

    def __init__(
        self,
        objective: Objective,
        start: Sequence[float],
        learning_rates: Sequence[float],
        optimizer: str = "gd",
        hyperparameters: Mapping[str, float] | None = None,
        max_steps: int = DEFAULT_MAX_STEPS,
        tolerance: float = DEFAULT_TOLERANCE,
        schedule: Schedule = CONSTANT,
    ):
        rates = np.asarray(learning_rates, dtype=float).ravel()
        if len(rates) == 0:
            raise ValueError("a sweep needs at least one learning rate")
        if len(rates) > MAX_SWEEP_COUNT:
            raise ValueError(f"a sweep takes at most {MAX_SWEEP_COUNT:,} learning rates")
        hyperparameters = dict(hyperparameters or {})
        start = tuple(float(v) for v in start)
        settings = [RunSettings(start, float(lr), optimizer, hyperparameters, max_steps, tolerance, schedule) for lr in rates]
        self.descent = Descent(objective, settings, record=False)
        self.learning_rates = rates
        self.start = start
        self.start_loss = float(self.descent.loss[0])
        self.optimizer = optimizer
        self.hyperparameters = hyperparameters
        self.max_steps = int(max_steps)
        self.tolerance = float(tolerance)
        self.schedule = schedule

    @property
    def finished(self) -> bool:
        return self.descent.finished

    @property
    def progress(self) -> float:
        """Fraction of the work done, 0 … 1 (every run stops by ``max_steps``)."""
        if self.finished or self.max_steps == 0:
            return 1.0
        return min(self.descent.step_count / self.max_steps, 1.0)

    def advance(self, updates: int | None = None, seconds: float | None = None) -> bool:
        """Make up to ``updates`` lockstep updates (all remaining if None), stopping early
        once ``seconds`` have passed; return whether the sweep is finished."""
        deadline = None if seconds is None else time.perf_counter() + seconds
        done = 0
        descent = self.descent
        while not descent.finished and (updates is None or done < updates):
            descent.step()
            done += 1
            if deadline is not None and (done & 15) == 0 and time.perf_counter() >= deadline:
                break
        return descent.finished

    def run(self) -> SweepResult:
        self.advance()
        return self.result()

    def result(self) -> SweepResult:
        """A snapshot (copies) of where every run is now; final once :attr:`finished`."""
        descent = self.descent
        return SweepResult(
            learning_rates=self.learning_rates.copy(),
            status=np.array([str(s) for s in descent.statuses]),
            steps=descent.steps.copy(),
            final_loss=descent.loss.copy(),
            final_points=descent.points.copy(),
            final_gradient_norm=descent.gradient_norm(),
            start=self.start,
            start_loss=self.start_loss,
            optimizer=self.optimizer,
            hyperparameters=dict(self.hyperparameters),
            max_steps=self.max_steps,
            tolerance=self.tolerance,
            schedule=self.schedule,
            objective=descent.objective,
        )


def run_sweep(
    objective: Objective,
    start: Sequence[float],
    learning_rates: Sequence[float],
    optimizer: str = "gd",
    hyperparameters: Mapping[str, float] | None = None,
    max_steps: int = DEFAULT_MAX_STEPS,
    tolerance: float = DEFAULT_TOLERANCE,
    schedule: Schedule = CONSTANT,
) -> SweepResult:
    """Run the descent from ``start`` once per learning rate, all in lockstep, to the end."""
    return Sweep(objective, start, learning_rates, optimizer, hyperparameters, max_steps, tolerance, schedule).run()
