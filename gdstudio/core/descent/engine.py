"""Descent runs: gradient descent (and its relatives) on any objective.

An *objective* is anything with ``dimension`` and
``loss_and_gradient(points) -> (loss, gradient)`` for a batch of points of
shape (n, dimension): a typed function f(x, y) (:class:`ParsedFunction`) or an
MLP's L(w).

Step semantics, shared by every front end:

* at step t compute g_t = ∇f(w_t);
* if ‖g_t‖₂ < tolerance the run stops as ``converged`` with ``steps = t``;
* otherwise update w_{t+1} = w_t + Δw_t, where Δw_t is the optimiser's step
  (for plain gradient descent Δw_t = −γ g_t);
* a run whose steps grew ends ``diverged`` (γ too large: the steps overshoot):
  its point is no longer finite, or ‖w_t‖ > ``DIVERGENCE_FACTOR`` · max(1, ‖w_0‖),
  or |f(w_t)| > ``DIVERGENCE_FACTOR`` · max(1, |f(w_0)|);
* a run whose f(w_t) or ∇f(w_t) is NaN or infinite at a point within those
  bounds ends ``undefined`` where f is not defined there: at the start (t = 0:
  no step was made, so nothing diverged), or where a typed function left its
  domain (the square root or logarithm of a negative number, a division by
  zero…: :func:`gdstudio.core.function.domain.outside_domain` tells a domain
  error from an overflow).  Otherwise it ends ``diverged``: f overflowed on the
  way up, or the objective is defined everywhere (an MLP's loss), so a value
  that is not a number can only be an overflow;
* a run that reaches ``max_steps`` updates ends ``max_steps``.

:class:`Descent` advances n runs in lockstep with one vectorised gradient call
per step; :func:`descend` iterates one run step by step; :func:`run_descent`
runs one to the end.
"""

from __future__ import annotations

import copy
import enum
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from gdstudio.core.descent.directions import SEARCHABLE, Direction, make_direction
from gdstudio.core.descent.line_search import (
    DEFAULT_C1,
    DEFAULT_C2,
    DEFAULT_SHRINK,
    DONE,
    FAILED,
    StepSizeRule,
    check_search_settings,
    line_search_info,
    make_step_size,
)
from gdstudio.core.descent.optimizers import Optimizer, is_direction, make_optimizer, optimizer_info
from gdstudio.core.descent.schedules import CONSTANT, Schedule
from gdstudio.core.plain import finite_or_none
from gdstudio.core.words import translate

# A run has diverged once |f(w)| exceeds this many times max(1, |f(w_0)|), or
# ‖w‖ this many times max(1, ‖w_0‖).
DIVERGENCE_FACTOR = 1e10
DEFAULT_MAX_STEPS = 1000
DEFAULT_TOLERANCE = 1e-6
MAX_STEPS_LIMIT = 10_000_000


class Objective(Protocol):
    """What a descent runs on.  It may also have ``prepare()``: the engine calls it once,
    just before the first update, in the thread that steps the run, so slow one-time
    work (an MLP objective loading its compiled kernel) happens there and not in the
    thread that built the run."""

    dimension: int

    def loss_and_gradient(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]: ...


class Status(str, enum.Enum):
    RUNNING = "running"
    CONVERGED = "converged"
    MAX_STEPS = "max_steps"
    DIVERGED = "diverged"
    UNDEFINED = "undefined"  # f or ∇f is not a real number where the run stands
    SEARCH_FAILED = "line_search_failed"  # the line search found no acceptable step size
    NO_DESCENT = "no_descent"  # the direction does not lead downhill (or cannot be computed)

    def __str__(self) -> str:
        return self.value


_STATUS_BY_CODE = (
    Status.RUNNING,
    Status.CONVERGED,
    Status.MAX_STEPS,
    Status.DIVERGED,
    Status.UNDEFINED,
    Status.SEARCH_FAILED,
    Status.NO_DESCENT,
)
_RUNNING, _CONVERGED, _MAX_STEPS, _DIVERGED, _UNDEFINED, _SEARCH_FAILED, _NO_DESCENT = range(7)
# columns of Descent.evaluations
F, GRADIENT, HESSIAN = range(3)
_MOVED, _STOPPED = np.ones(1, dtype=bool), np.zeros(1, dtype=bool)  # what a lone run's step returns (copied)


def is_searched(optimizer: str, line_search: str) -> bool:
    """Whether a run of ``optimizer`` with the step size ``line_search`` steps as a direction
    times a step size (a second-order direction, or any line search) rather than by one of
    the fixed-γ rules; such a run needs the true gradient (no gradient noise)."""
    return line_search != "fixed" or is_direction(optimizer)


@dataclass(frozen=True)
class RunSettings:
    """Everything that defines one descent run apart from the objective."""

    start: tuple[float, ...]
    learning_rate: float = 0.1
    optimizer: str = "gd"
    hyperparameters: Mapping[str, float] = field(default_factory=dict)
    max_steps: int = DEFAULT_MAX_STEPS
    tolerance: float = DEFAULT_TOLERANCE
    schedule: Schedule = CONSTANT  # γ_t = schedule(learning_rate, t) at update t
    # the step size α_t: ``fixed`` (γ_t), ``armijo``, ``strong-wolfe`` or ``exact``
    # (:mod:`gdstudio.core.descent.line_search`), with the searches' constants
    line_search: str = "fixed"
    c1: float = DEFAULT_C1
    c2: float = DEFAULT_C2
    shrink: float = DEFAULT_SHRINK
    # stochastic gradients on any f: the update uses ∇f(w) + σξ, ξ from
    # numpy.random.default_rng(seed).standard_normal(d), drawn once per update in step order
    gradient_noise: float = 0.0
    seed: int = 0

    def __post_init__(self):
        if not np.all(np.isfinite(self.start)):
            raise ValueError(translate("Descent", "the start point must be finite numbers"))
        if not (np.isfinite(self.learning_rate) and self.learning_rate > 0):
            raise ValueError(
                translate("Descent", "the learning rate must be a positive number, not {value}").format(value=self.learning_rate)
            )
        if not (0 <= int(self.max_steps) <= MAX_STEPS_LIMIT) or int(self.max_steps) != self.max_steps:
            raise ValueError(
                translate("Descent", "the step limit must be a whole number from 0 to {limit}").format(limit=f"{MAX_STEPS_LIMIT:,}")
            )
        if not (np.isfinite(self.tolerance) and self.tolerance >= 0):
            raise ValueError(translate("Descent", "the tolerance must be a number ≥ 0"))
        if not isinstance(self.schedule, Schedule):
            raise ValueError("the schedule must be a Schedule")
        # a period left to the step limit becomes that limit, whichever front end built the run
        object.__setattr__(self, "schedule", self.schedule.for_steps(self.max_steps))
        # checks the optimizer name and hyper-parameters at once
        make_optimizer(self.optimizer, 1, len(self.start), **dict(self.hyperparameters))
        line_search_info(self.line_search)
        if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in (self.c1, self.c2, self.shrink)):
            raise ValueError("c1, c2 and the shrink factor must be numbers")
        check_search_settings(self.c1, self.c2, self.shrink, self.line_search)
        if isinstance(self.gradient_noise, bool) or not isinstance(self.gradient_noise, (int, float)):
            raise ValueError(translate("Descent", "the gradient noise σ must be a number"))
        if not (math.isfinite(self.gradient_noise) and self.gradient_noise >= 0):
            raise ValueError(
                translate("Descent", "the gradient noise σ must be a finite number ≥ 0, not {value}").format(value=self.gradient_noise)
            )
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0:
            raise ValueError(translate("Descent", "the noise seed must be a whole number ≥ 0, not {value}").format(value=repr(self.seed)))
        if self.gradient_noise > 0 and self.searched:
            raise ValueError(
                translate(
                    "Descent",
                    "gradient noise pairs with the fixed-γ rules: a line search or a second-order direction needs the true gradient",
                )
            )
        if self.line_search != "fixed" and self.optimizer not in SEARCHABLE:
            title = optimizer_info(self.optimizer).title
            raise ValueError(
                translate(
                    "Descent", "{optimizer} makes its whole step with the fixed γ: a line search pairs with a direction ({directions})"
                ).format(optimizer=title, directions=", ".join(SEARCHABLE))
            )

    @property
    def searched(self) -> bool:
        """Whether a step is a direction times a step size (see :func:`is_searched`)."""
        return is_searched(self.optimizer, self.line_search)

    @property
    def method(self) -> str:
        """OPT or OPT+SEARCH, as a race spec writes it (``gd``, ``newton``, ``gd+armijo``)."""
        return self.optimizer if self.line_search == "fixed" else f"{self.optimizer}+{self.line_search}"


@dataclass(frozen=True)
class StepRecord:
    """One update of one run: w_{t+1} = w_t + Δw_t, with what the window shows of it.

    ``step`` is t + 1, the number of updates made once this one is applied.
    """

    run_id: int
    step: int
    previous_point: np.ndarray
    point: np.ndarray
    loss_before: float
    loss: float
    gradient: np.ndarray  # g_t = ∇f(w_t), the gradient the update used
    next_gradient: np.ndarray  # ∇f(w_{t+1})
    update: np.ndarray  # Δw_t
    learning_rate: float
    state: Mapping[str, np.ndarray]
    status: Status
    search: SearchStep | None = None  # the direction and the step size, for a searched run
    evaluations: tuple[int, int, int] | None = None  # evaluations of f, ∇f and H so far
    gradient_noise: np.ndarray | None = None  # σξ added to ∇f(w_t) by a noisy run's update


@dataclass(frozen=True)
class SearchStep:
    """One step w_{t+1} = w_t + αd of a searched run: the direction d, the slope
    φ′(0) = ∇f(w_t)ᵀd, the step-size rule with its constants, every trial (α, f(w_t + αd))
    in the order tried, the α taken (None if the search failed) and what a learner should
    read about it (a modified Newton step, a skipped update, a restart)."""

    step: int  # t + 1: the updates made once this one is applied
    direction: np.ndarray
    loss: float  # φ(0) = f(w_t)
    slope: float  # φ′(0) = ∇f(w_t)ᵀd
    rule: str
    c1: float
    c2: float
    trials: tuple[tuple[float, float], ...]
    step_size: float | None
    notes: tuple[str, ...] = ()
    # what the direction remembered when it chose d (BFGS's H_t, L-BFGS's pairs), for a
    # run of a few dimensions (a typed function's); empty for a network's
    memory: Mapping[str, np.ndarray] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "step": self.step,
            "direction": [finite_or_none(v) for v in self.direction],
            "slope": finite_or_none(self.slope),
            "trials": [[finite_or_none(a), finite_or_none(f)] for a, f in self.trials],
            "step_size": finite_or_none(self.step_size) if self.step_size is not None else None,
            "notes": list(self.notes),
        }


@dataclass
class _Search:
    """One run's search during one step of :meth:`Descent._step_searched`: its step-size
    rule, the direction d with the slope φ′(0) = ∇fᵀd, the notes for the learner, the
    run's row in its direction's group, the direction's memory when it chose d, and f, ∇f
    at each α tried (so the accepted trial needs no second evaluation)."""

    rule: StepSizeRule
    direction: np.ndarray
    slope: float
    notes: list[str]
    row: int
    memory: Mapping[str, np.ndarray]
    evaluated: dict[float, tuple] = field(default_factory=dict)


def empty_without_huge_pages(shape, dtype=float) -> np.ndarray:
    """np.empty, without numpy's advice to back a large array with transparent huge
    pages: such a page is zeroed whole (2 MB) at its first write, and the runs of a
    race all reach the same row in the same batch (six runs' first rows of doubled
    arrays took 30 ms in one batch with it, 1 ms without)."""
    try:
        from numpy._core.multiarray import _set_madvise_hugepage
    except ImportError:  # numpy < 2
        try:
            from numpy.core.multiarray import _set_madvise_hugepage
        except ImportError:
            return np.empty(shape, dtype)
    previous = _set_madvise_hugepage(False)
    try:
        return np.empty(shape, dtype)
    finally:
        _set_madvise_hugepage(previous)


class Trajectory:
    """Points, losses and gradients of one run in preallocated numpy arrays that
    double when full: a million steps of a 2-D run take 40 to 80 MB.

    Rows added in batches (:meth:`extend`, what the window does with a worker's
    batches) move to the doubled arrays a slice at a time over the last quarter
    before the arrays are full, so no single batch copies the whole run: at 131,072
    rows, six runs' doubling took 25 ms of the window's thread in one go. Meanwhile
    both sets of arrays are held, as they are for an instant in a plain doubling.

    The columns are named in ``NAMES`` (a subclass may add some: the step numbers of
    :class:`~gdstudio.core.descent.history.RunHistory`); everything below but
    :meth:`append` works on all of them."""

    # below this many rows doubling at once is quicker than any frame
    INCREMENTAL_FROM = 1 << 15
    NAMES = ("_points", "_loss", "_gradient")

    def __init__(self, dimension: int, capacity: int = 1024):
        self.count = 0
        self._points = np.empty((capacity, dimension))
        self._loss = np.empty(capacity)
        self._gradient = np.empty((capacity, dimension))
        self._next: list[np.ndarray] | None = None  # the doubled arrays, while rows move over
        self._moved = 0  # rows already in the doubled arrays
        self._to_move = 0  # rows there were when the move began

    def append(self, point: np.ndarray, loss: float, gradient: np.ndarray) -> None:
        if self.count == len(self._loss) or self._next is not None:
            self._grow()
        self._points[self.count] = point
        self._loss[self.count] = loss
        self._gradient[self.count] = gradient
        self.count += 1

    def extend(self, points: np.ndarray, loss: np.ndarray, gradient: np.ndarray) -> None:
        """Append several rows at once (the window appends a worker's batch)."""
        self._extend_columns((points, loss, gradient))

    def _extend_columns(self, columns: Sequence[np.ndarray]) -> None:
        """Append rows given column by column, in the order of ``NAMES``."""
        k = len(columns[1])
        capacity = len(self._loss)
        if self._next is None and capacity >= self.INCREMENTAL_FROM and self.count + k > capacity * 3 // 4:
            larger = self._larger_capacity(capacity)
            if larger > capacity:
                self._next = [
                    empty_without_huge_pages((larger,) + getattr(self, name).shape[1:], getattr(self, name).dtype) for name in self.NAMES
                ]
                self._moved, self._to_move = 0, self.count
        while self.count + k > len(self._loss):
            self._grow(self.count + k)
        rows = slice(self.count, self.count + k)
        for name, values in zip(self.NAMES, columns):
            getattr(self, name)[rows] = values
        self.count += k
        if self._next is not None:
            for target, name in zip(self._next, self.NAMES):
                target[rows] = getattr(self, name)[rows]
            # at least three old rows per new one: done before the old arrays are full
            end = min(self._to_move, self._moved + max(3 * k, 4096))
            for target, name in zip(self._next, self.NAMES):
                target[self._moved : end] = getattr(self, name)[self._moved : end]
            self._moved = end
            if self._moved == self._to_move:
                self._switch()

    def _larger_capacity(self, capacity: int) -> int:
        """How many rows the arrays hold once they grow from ``capacity`` (a subclass with a
        budget caps it)."""
        return 2 * capacity

    def _switch(self) -> None:
        for target, name in zip(self._next, self.NAMES):
            setattr(self, name, target)
        self._next = None

    def _settle(self) -> None:
        """Finish a move to the doubled arrays, if one is under way."""
        if self._next is not None:
            for target, name in zip(self._next, self.NAMES):
                target[self._moved : self.count] = getattr(self, name)[self._moved : self.count]
            self._switch()

    def _grow(self, needed: int = 0) -> None:
        """Make room for at least one more row (and for ``needed`` rows in all)."""
        self._settle()
        if self.count < len(self._loss) and needed <= len(self._loss):
            return
        capacity = max(self._larger_capacity(len(self._loss)), needed, self.count + 1)
        for name in self.NAMES:
            old = getattr(self, name)
            new = np.empty((capacity,) + old.shape[1:], dtype=old.dtype)
            new[: self.count] = old[: self.count]
            setattr(self, name, new)

    def clear(self) -> None:
        """Forget every row, keeping the arrays for the next ones."""
        self._settle()
        self.count = 0

    def keep_last(self) -> None:
        """Forget every row but the newest (a buffer of rows that were handed on)."""
        self._settle()
        if self.count > 1:
            for name in self.NAMES:
                array = getattr(self, name)
                array[0] = array[self.count - 1]
            self.count = 1

    @property
    def points(self) -> np.ndarray:
        return self._points[: self.count]

    @property
    def loss(self) -> np.ndarray:
        return self._loss[: self.count]

    @property
    def gradient(self) -> np.ndarray:
        return self._gradient[: self.count]

    @property
    def nbytes(self) -> int:
        held = sum(getattr(self, name).nbytes for name in self.NAMES)
        return held + (sum(array.nbytes for array in self._next) if self._next is not None else 0)


class Descent:
    """n descent runs advanced in lockstep: one vectorised gradient call per step.

    Runs may differ in start point, learning rate and optimiser; runs that share an
    optimiser (and its settings) share one vectorised optimiser.  ``learning_rates``
    may be changed between steps (the change applies from the next update).
    """

    def __init__(
        self,
        objective: Objective,
        settings: Sequence[RunSettings],
        record: bool = True,
    ):
        if not settings:
            raise ValueError("a descent needs at least one run")
        self.objective = objective
        self.settings = tuple(settings)
        n = len(settings)
        d = objective.dimension
        self.points = np.array([s.start for s in settings], dtype=float).reshape(n, d)
        self.learning_rates = np.array([s.learning_rate for s in settings], dtype=float)
        self.max_steps = np.array([s.max_steps for s in settings], dtype=np.int64)
        self.tolerance = np.array([s.tolerance for s in settings], dtype=float)
        self.status_codes = np.zeros(n, dtype=np.int8)
        self.steps = np.zeros(n, dtype=np.int64)
        self.step_count = 0
        # runs that share a method (and its settings) share one vectorised optimiser or
        # direction; a direction's group also shares its step-size rule
        self.groups: list[tuple[Optimizer, np.ndarray]] = []
        self.searched = np.array([s.searched for s in settings], dtype=bool)
        self.any_searched = bool(self.searched.any())
        keys: dict[tuple, list[int]] = {}
        for index, s in enumerate(settings):
            search = (s.line_search, s.c1, s.c2, s.shrink) if s.searched else None
            keys.setdefault((s.optimizer, tuple(sorted(dict(s.hyperparameters).items())), search), []).append(index)
        for (name, hyper, search), indices in keys.items():
            if search is None:
                optimizer = make_optimizer(name, len(indices), d, **dict(hyper))
            else:
                optimizer = make_direction(name, len(indices), d, **dict(hyper))
                if optimizer.uses_hessian and not callable(getattr(objective, "hessian_at", None)):
                    raise ValueError(
                        translate("Descent", "{optimizer} needs the Hessian of f, which only a typed function f(x, y) has").format(
                            optimizer=optimizer.info.title
                        )
                    )
            self.groups.append((optimizer, np.array(indices)))
        # evaluations of f, ∇f and the Hessian H per run (columns F, GRADIENT, HESSIAN)
        self.evaluations = np.zeros((n, 3), dtype=np.int64)
        self.evaluations[:, (F, GRADIENT)] = 1  # the start point's
        self.last_search: list[SearchStep | None] = [None] * n
        # σ per run and a generator for each noisy one; ``noise`` is σξ of each run's last update
        self.noise_levels = np.array([s.gradient_noise for s in settings], dtype=float)
        self.noisy = self.noise_levels > 0
        self.any_noisy = bool(self.noisy.any())
        self.generators = [np.random.default_rng(s.seed) if s.gradient_noise > 0 else None for s in settings]
        self.noise = np.zeros((n, d))
        self.stop_notes: list[str | None] = [None] * n  # why a search or a direction ended a run
        by_schedule: dict[Schedule, list[int]] = {}
        for index, s in enumerate(settings):
            by_schedule.setdefault(s.schedule, []).append(index)
        self.schedule_groups = [(k, np.array(v)) for k, v in by_schedule.items() if not k.is_constant]
        self.loss, self.gradient = self._evaluate(self.points)
        self.start_loss_scale = np.maximum(1.0, np.abs(np.where(np.isfinite(self.loss), self.loss, 0.0)))
        with np.errstate(over="ignore"):  # ‖w₀‖ of a start near the largest float is inf: no distance limit
            self.start_point_scale = np.maximum(1.0, np.linalg.norm(self.points, axis=1))
        self.last_update = np.zeros_like(self.points)
        self.record = record
        self.trajectories = [Trajectory(d) for _ in range(n)] if record else None
        self._prepared = False
        self._single = n == 1 and not self.any_searched
        if n == 1:
            # a lone run (the window's, an MLP's) steps through _step_one; its limits
            # as Python floats, the same products as _check computes
            self._loss_limit = DIVERGENCE_FACTOR * float(self.start_loss_scale[0])
            self._squared_distance_limit = (DIVERGENCE_FACTOR * float(self.start_point_scale[0])) ** 2
            self._squared_tolerance = float(self.tolerance[0]) * float(self.tolerance[0])
            self._max_steps = int(self.max_steps[0])
        self._record(None)
        self._check(None)

    # -- state -------------------------------------------------------------------
    @property
    def runs(self) -> int:
        return len(self.settings)

    @property
    def active(self) -> np.ndarray:
        return self.status_codes == _RUNNING

    @property
    def finished(self) -> bool:
        return not self.active.any()

    def status(self, index: int = 0) -> Status:
        return _STATUS_BY_CODE[self.status_codes[index]]

    @property
    def statuses(self) -> list[Status]:
        return [_STATUS_BY_CODE[c] for c in self.status_codes]

    def gradient_norm(self) -> np.ndarray:
        with np.errstate(over="ignore"):  # a diverged run's huge gradient has norm inf, quietly
            return np.linalg.norm(self.gradient, axis=1)

    def optimizer_state(self, index: int) -> dict[str, np.ndarray]:
        for optimizer, indices in self.groups:
            where = np.nonzero(indices == index)[0]
            if len(where):
                if isinstance(optimizer, Direction):
                    return optimizer.state_of(int(where[0]))
                return {k: v[where[0]].copy() for k, v in optimizer.state().items()}
        return {}

    def optimizer_for(self, index: int) -> Optimizer:
        for optimizer, indices in self.groups:
            if index in indices:
                return optimizer
        raise IndexError(index)

    def scheduled_learning_rates(self) -> np.ndarray:
        """γ_t of each run's next update: its schedule at t = its updates so far, from γ₀ = ``learning_rates``."""
        if not self.schedule_groups:
            return self.learning_rates
        rates = self.learning_rates.copy()
        for schedule, indices in self.schedule_groups:
            rates[indices] = schedule(self.learning_rates[indices], self.steps[indices])
        return rates

    def next_updates(self) -> tuple[np.ndarray, list[dict[str, np.ndarray]]]:
        """Δw_t of every run's next update, as :meth:`step` will make it (0 for a run
        that has stopped), and each run's optimiser state as it will be after that
        update, computed on copies of the optimisers: nothing here changes."""
        rates = self.scheduled_learning_rates()
        update = np.zeros_like(self.points)
        states: list[dict[str, np.ndarray]] = [{} for _ in range(self.runs)]
        with np.errstate(all="ignore"):
            for optimizer, indices in self.groups:
                if isinstance(optimizer, Direction):
                    # a searched run's next step is its direction times its first trial α₀
                    directions, alpha, _, _ = self._directions(
                        copy.deepcopy(optimizer), indices, np.arange(len(indices)), rates, count=False
                    )
                    update[indices] = alpha[:, None] * directions
                    for row, index in enumerate(indices):
                        states[index] = optimizer.state_of(row)
                    continue
                trial = copy.deepcopy(optimizer)
                update[indices] = trial.update(self.gradient[indices], rates[indices])
                for key, values in trial.state().items():
                    for row, index in enumerate(indices):
                        states[index][key] = values[row].copy()
        update[self.status_codes != _RUNNING] = 0.0
        return update, states

    # -- stepping ------------------------------------------------------------------
    def _evaluate(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        with np.errstate(all="ignore"):
            loss, gradient = self.objective.loss_and_gradient(points)
        return np.asarray(loss, dtype=float), np.asarray(gradient, dtype=float)

    def _check(self, changed: np.ndarray | None) -> None:
        """Set the status of the runs in ``changed`` (None: all) from their newest evaluation."""
        if self.runs == 1:
            self._check_one()
            return
        with np.errstate(all="ignore"):
            squared_norm = np.einsum("ij,ij->i", self.gradient, self.gradient)
            squared_distance = np.einsum("ij,ij->i", self.points, self.points)
            healthy = (np.abs(self.loss) <= DIVERGENCE_FACTOR * self.start_loss_scale) & (
                squared_distance <= (DIVERGENCE_FACTOR * self.start_point_scale) ** 2
            )
            # NaN compares False, so non-finite runs are neither healthy nor converged
            healthy &= squared_norm < np.inf
            converged = healthy & (squared_norm < self.tolerance * self.tolerance)
        if changed is not None:
            healthy |= ~changed
            converged &= changed
        if healthy.all() and not converged.any() and not (self.steps >= self.max_steps).any():
            return
        at_limit = healthy & ~converged & (self.steps >= self.max_steps)
        if changed is not None:
            at_limit &= changed
        if not healthy.all():
            self._stop(np.nonzero(~healthy)[0])
        self.status_codes[converged] = _CONVERGED
        self.status_codes[at_limit] = _MAX_STEPS

    def _check_one(self) -> None:
        """_check for a single run, with the same arithmetic in Python floats: a
        lone run (the window's, an MLP's) spends half its step in numpy's
        per-call overhead on arrays of one element otherwise.  (einsum, as in
        _check, so the sums are the same numbers; it raises no floating-point
        warnings.)"""
        squared_norm = float(np.einsum("ij,ij->i", self.gradient, self.gradient)[0])
        squared_distance = float(np.einsum("ij,ij->i", self.points, self.points)[0])
        # NaN compares False, so a non-finite run is neither healthy nor converged
        healthy = (
            abs(float(self.loss[0])) <= self._loss_limit and squared_distance <= self._squared_distance_limit and squared_norm < math.inf
        )
        if not healthy:
            self._stop(np.zeros(1, dtype=np.int64))
        elif squared_norm < self._squared_tolerance:
            self.status_codes[0] = _CONVERGED
        elif self.steps[0] >= self._max_steps:
            self.status_codes[0] = _MAX_STEPS

    def _stop(self, indices: np.ndarray) -> None:
        """End the runs in ``indices``, whose newest evaluation failed the checks:
        ``diverged`` where the steps grew (the point left the finite numbers or the
        distance limit, or a finite loss passed the loss limit), ``undefined`` where f
        or ∇f is not a number at a point the steps did not carry away, if the run never
        moved or the objective says the point is outside its domain; else ``diverged``."""
        points = self.points[indices]
        loss = self.loss[indices]
        with np.errstate(all="ignore"):
            squared_distance = np.einsum("ij,ij->i", points, points)
            # NaN compares False: a point that is not finite grew
            grew = ~(squared_distance <= (DIVERGENCE_FACTOR * self.start_point_scale[indices]) ** 2)
            grew |= np.isfinite(loss) & ~(np.abs(loss) <= DIVERGENCE_FACTOR * self.start_loss_scale[indices])
        codes = np.where(grew, _DIVERGED, _UNDEFINED).astype(np.int8)
        moved = np.nonzero(~grew & (self.steps[indices] > 0))[0]
        if len(moved):
            # imported here: sympy is needed only once a run stops this way
            from gdstudio.core.function.domain import outside_domain

            outside = outside_domain(self.objective, points[moved])
            codes[moved] = _DIVERGED if outside is None else np.where(outside, _UNDEFINED, _DIVERGED)
        self.status_codes[indices] = codes

    def _record(self, which: np.ndarray | None) -> None:
        if self.trajectories is None:
            return
        indices = range(self.runs) if which is None else np.nonzero(which)[0]
        for index in indices:
            self.trajectories[index].append(self.points[index], self.loss[index], self.gradient[index])

    def _prepare(self) -> None:
        self._prepared = True
        prepare = getattr(self.objective, "prepare", None)
        if prepare is not None:
            prepare()

    def step(self) -> np.ndarray:
        """Make one update of every run still going; return the mask of runs that moved."""
        if not self._prepared:
            self._prepare()
        if self._single:
            return self._step_one()
        moving = self.status_codes == _RUNNING
        everyone = bool(moving.all())
        if not everyone and not moving.any():
            return moving
        if self.any_searched:
            return self._step_searched(moving)
        rates = self.scheduled_learning_rates()
        used = self._used_gradient(moving)
        # a run that diverges overflows on its way out: that is its status, not a warning
        with np.errstate(all="ignore"):
            if len(self.groups) == 1:
                optimizer, _ = self.groups[0]
                update = optimizer.update(used, rates)
            else:
                update = np.empty_like(self.points)
                for optimizer, indices in self.groups:
                    update[indices] = optimizer.update(used[indices], rates[indices])
            if not everyone:
                update[~moving] = 0.0
            self.points = self.points + update
        self.last_update = update
        loss, gradient = self._evaluate(self.points)
        if everyone:
            self.loss, self.gradient = loss, gradient
        else:
            self.loss = np.where(moving, loss, self.loss)
            self.gradient = np.where(moving[:, None], gradient, self.gradient)
        self.steps += moving
        self.evaluations[:, F] += moving
        self.evaluations[:, GRADIENT] += moving
        self.step_count += 1
        self._record(None if everyone else moving)
        self._check(None if everyone else moving)
        return moving

    def _used_gradient(self, moving: np.ndarray | None) -> np.ndarray:
        """The gradient each run's update uses: ∇f(w_t), plus σξ for a noisy run that moves
        (ξ drawn now, so each such update draws once, in step order)."""
        if not self.any_noisy:
            return self.gradient
        noise = np.zeros_like(self.gradient)
        for index in np.nonzero(self.noisy if moving is None else self.noisy & moving)[0]:
            noise[index] = self.noise_levels[index] * self.generators[index].standard_normal(self.gradient.shape[1])
        self.noise = noise
        return self.gradient + noise

    def _directions(self, direction: Direction, indices: np.ndarray, rows: np.ndarray, rates: np.ndarray, count: bool = True):
        """The directions d of the runs ``indices`` (rows ``rows`` of ``direction``'s group)
        at their points, the first trial α₀ = γ_t × the direction's first-step scale, the
        slopes φ′(0) = ∇fᵀd and each run's notes. A direction that is not a descent
        direction (φ′(0) ≥ 0) is restarted as −∇f where the method can restart (BFGS,
        L-BFGS, conjugate gradients); otherwise its slope stays as it is and the caller
        ends the run."""
        gradient = self.gradient[indices]
        hessian = None
        if direction.uses_hessian:
            hessian = np.asarray(self.objective.hessian_at(self.points[indices]), dtype=float)
            if count:
                self.evaluations[indices, HESSIAN] += 1
        directions, notes = direction.directions(rows, gradient, hessian)
        notes = [list(n) for n in notes]
        slope = np.einsum("ij,ij->i", gradient, directions)
        flat = ~np.any(gradient != 0, axis=1)  # ∇f = 0 exactly: d = 0, nothing to search
        directions[flat] = 0.0
        slope[flat] = 0.0
        uphill = ~(slope < 0) & ~flat
        if uphill.any() and direction.restarts:
            direction.restart(rows[uphill])
            for j in np.nonzero(uphill)[0]:
                notes[j].append(
                    translate("Descent", "restart: d was not a descent direction (∇fᵀd = {slope} ≥ 0), so d = −∇f").format(
                        slope=f"{slope[j]:.3g}"
                    )
                )
            directions[uphill] = -gradient[uphill]
            slope[uphill] = -np.einsum("ij,ij->i", gradient[uphill], gradient[uphill])
        alpha = rates[indices] * direction.initial_scale(rows, gradient)
        return directions, alpha, slope, notes

    def _step_searched(self, moving: np.ndarray) -> np.ndarray:
        """:meth:`step` where some runs pair a direction with a step size: every moving run
        makes one update, in *evaluation rounds*. A fixed-γ rule's run makes its update
        in the first round; a searched run computes its direction d, and each round
        evaluates f and ∇f once at every pending trial w + αd (one call for all of them)
        and tells each run's rule its φ(α) and φ′(α) = ∇f(w + αd)ᵀd, until each rule is
        done (the accepted trial's f and ∇f are the new ones: no second evaluation) or
        has failed (the run ends ``line_search_failed``)."""
        rates = self.scheduled_learning_rates()
        points, loss, gradient = self.points, self.loss, self.gradient
        rule_moving = moving & ~self.searched
        used = self._used_gradient(rule_moving)
        new_points, new_loss, new_gradient = points.copy(), loss.copy(), gradient.copy()
        moved = np.zeros(self.runs, dtype=bool)
        searches: dict[int, _Search] = {}  # run → its search of this step
        pending: dict[int, float] = {}
        with np.errstate(all="ignore"):
            for optimizer, indices in self.groups:
                if isinstance(optimizer, Direction):
                    active = moving[indices]
                    if not active.any():
                        continue
                    chosen, rows = indices[active], np.nonzero(active)[0]
                    directions, alpha, slope, notes = self._directions(optimizer, chosen, rows, rates)
                    curvature = None
                    if self.settings[chosen[0]].line_search == "exact" and getattr(self.objective, "is_quadratic", False):
                        hessian = np.asarray(self.objective.hessian_at(points[chosen]), dtype=float)
                        self.evaluations[chosen, HESSIAN] += 1
                        curvature = np.einsum("ki,kij,kj->k", directions, hessian, directions)
                    for j, index in enumerate(chosen):
                        index = int(index)
                        if not slope[j] <= 0 or not np.all(np.isfinite(directions[j])):
                            reason = "; ".join(notes[j]) if notes[j] else f"∇fᵀd = {slope[j]:.3g}"
                            self.stop_notes[index] = translate("Descent", "d is not a descent direction ({reason})").format(reason=reason)
                            self.status_codes[index] = _NO_DESCENT
                            continue
                        settings = self.settings[index]
                        rule = make_step_size(settings.line_search, settings.c1, settings.c2, settings.shrink)
                        first = rule.start(
                            float(loss[index]), float(slope[j]), float(alpha[j]), None if curvature is None else float(curvature[j])
                        )
                        memory = optimizer.state_of(int(rows[j])) if self.points.shape[1] <= 16 else {}
                        searches[index] = _Search(rule, directions[j], float(slope[j]), notes[j], int(rows[j]), memory)
                        pending[index] = first
                elif rule_moving[indices].any():
                    new_points[indices] = points[indices] + optimizer.update(used[indices], rates[indices])
            first_round = np.nonzero(rule_moving)[0]
            while pending or len(first_round):
                order = np.concatenate([first_round, np.fromiter(pending, dtype=np.int64, count=len(pending))]).astype(np.int64)
                trial = new_points[order]
                for k, index in enumerate(order[len(first_round) :]):
                    trial[len(first_round) + k] = points[index] + pending[int(index)] * searches[int(index)].direction
                trial_loss, trial_gradient = self._evaluate(trial)
                self.evaluations[order, F] += 1
                self.evaluations[order, GRADIENT] += 1
                if len(first_round):
                    new_points[first_round] = trial[: len(first_round)]
                    new_loss[first_round] = trial_loss[: len(first_round)]
                    new_gradient[first_round] = trial_gradient[: len(first_round)]
                    moved[first_round] = True
                for k in range(len(first_round), len(order)):
                    index = int(order[k])
                    search = searches[index]
                    alpha = pending.pop(index)
                    search.evaluated[alpha] = (trial[k], trial_loss[k], trial_gradient[k])
                    verdict, alpha = search.rule.tell(float(trial_loss[k]), float(trial_gradient[k] @ search.direction))
                    if verdict == DONE:
                        new_points[index], new_loss[index], new_gradient[index] = search.evaluated[alpha]
                        moved[index] = True
                    elif verdict == FAILED:
                        self.stop_notes[index] = search.rule.failure
                        self.status_codes[index] = _SEARCH_FAILED
                        self.last_search[index] = self._search_step(index, search, None)
                    else:
                        pending[index] = alpha
                first_round = first_round[:0]
            # the directions learn from the steps taken
            for optimizer, indices in self.groups:
                if not isinstance(optimizer, Direction):
                    continue
                taken = [i for i in indices if moved[i] and int(i) in searches]
                if not taken:
                    continue
                taken = np.array(taken)
                rows = np.array([searches[int(i)].row for i in taken])
                optimizer.taken(rows, np.array([searches[int(i)].direction for i in taken]), gradient[taken])
                notes = optimizer.accept(
                    rows, new_points[taken] - points[taken], new_gradient[taken] - gradient[taken], new_gradient[taken]
                )
                for index, more in zip(taken, notes):
                    search = searches[int(index)]
                    search.notes.extend(more)
                    self.last_search[int(index)] = self._search_step(int(index), search, search.rule.accepted)
            self.last_update = np.where(moved[:, None], new_points - points, 0.0)
        self.points = np.where(moved[:, None], new_points, points)
        self.loss = np.where(moved, new_loss, loss)
        self.gradient = np.where(moved[:, None], new_gradient, gradient)
        self.steps += moved
        self.step_count += 1
        self._record(moved)
        self._check(moved)
        return moved

    def _search_step(self, index: int, search: _Search, accepted: float | None) -> SearchStep:
        settings = self.settings[index]
        rule = search.rule
        notes = tuple(search.notes) + ((rule.note,) if rule.note else ())
        return SearchStep(
            step=int(self.steps[index]) + 1,
            direction=np.array(search.direction, dtype=float),
            loss=float(self.loss[index]),
            slope=search.slope,
            rule=settings.line_search,
            c1=settings.c1,
            c2=settings.c2,
            trials=tuple((float(a), float(f)) for a, f in rule.trials),
            step_size=accepted,
            notes=notes,
            memory=search.memory,
        )

    def _step_one(self) -> np.ndarray:
        """:meth:`step` for a single run: the same arithmetic, with its bookkeeping in
        Python scalars instead of masks over one run (numpy's per-call overhead was
        most of the engine's time on a small network's step)."""
        if self.status_codes[0] != _RUNNING:
            return _STOPPED.copy()
        optimizer = self.groups[0][0]
        used = self._used_gradient(None)
        with np.errstate(all="ignore"):  # as in step: overflow on the way out is the run's status
            self.last_update = update = optimizer.update(used, self.scheduled_learning_rates())
            self.points = points = self.points + update
            loss, gradient = self.objective.loss_and_gradient(points)
        self.loss = loss = np.asarray(loss, dtype=float)
        self.gradient = gradient = np.asarray(gradient, dtype=float)
        self.steps[0] += 1
        self.evaluations[0, F] += 1
        self.evaluations[0, GRADIENT] += 1
        self.step_count += 1
        if self.trajectories is not None:
            self.trajectories[0].append(points[0], loss[0], gradient[0])
        self._check_one()
        return _MOVED.copy()

    def run(self, max_updates: int | None = None) -> None:
        """Step until every run has stopped (or ``max_updates`` lockstep steps)."""
        limit = math.inf if max_updates is None else max_updates
        done = 0
        if self._single:
            if not self._prepared:
                self._prepare()
            status_codes = self.status_codes
            while done < limit and status_codes[0] == _RUNNING:
                self._step_one()
                done += 1
            return
        while done < limit and not self.finished:
            self.step()
            done += 1


def descend(objective: Objective, settings: RunSettings, run_id: int = 0) -> Iterator[StepRecord]:
    """Iterate one run update by update, yielding a :class:`StepRecord` per update."""
    descent = Descent(objective, [settings])
    yield from step_records(descent, run_id)


def step_records(descent: Descent, run_id: int = 0) -> Iterator[StepRecord]:
    """Step a one-run :class:`Descent`, yielding a record per update until it stops."""
    while descent.active[0]:
        previous_point = descent.points[0].copy()
        loss_before = float(descent.loss[0])
        gradient = descent.gradient[0].copy()
        learning_rate = float(descent.scheduled_learning_rates()[0])
        descent.step()
        yield StepRecord(
            run_id=run_id,
            step=int(descent.steps[0]),
            previous_point=previous_point,
            point=descent.points[0].copy(),
            loss_before=loss_before,
            loss=float(descent.loss[0]),
            gradient=gradient,
            next_gradient=descent.gradient[0].copy(),
            update=descent.last_update[0].copy(),
            learning_rate=learning_rate,
            state=descent.optimizer_state(0),
            status=descent.status(0),
            gradient_noise=descent.noise[0].copy() if descent.noisy[0] else None,
        )


@dataclass(frozen=True)
class RunResult:
    """A finished run: its settings, how it ended and its whole trajectory."""

    settings: RunSettings
    status: Status
    steps: int
    points: np.ndarray  # (steps + 1, d)
    loss: np.ndarray  # (steps + 1,)
    gradient: np.ndarray  # (steps + 1, d)

    @property
    def final_point(self) -> np.ndarray:
        return self.points[-1]

    @property
    def final_loss(self) -> float:
        return float(self.loss[-1])

    @property
    def final_gradient_norm(self) -> float:
        return float(np.linalg.norm(self.gradient[-1]))


def result_of(descent: Descent, index: int = 0) -> RunResult:
    trajectory = descent.trajectories[index]
    return RunResult(
        settings=descent.settings[index],
        status=descent.status(index),
        steps=int(descent.steps[index]),
        points=trajectory.points.copy(),
        loss=trajectory.loss.copy(),
        gradient=trajectory.gradient.copy(),
    )


def run_descent(objective: Objective, settings: RunSettings) -> RunResult:
    """Run one descent to the end (converged, max_steps, diverged or undefined)."""
    descent = Descent(objective, [settings])
    descent.run()
    return result_of(descent, 0)


def arrow_tips(point, gradient, update, learning_rate: float) -> tuple[np.ndarray, np.ndarray]:
    """Where the two arrows drawn at w_t end: the gradient scaled by γ (w_t + γ∇f,
    uphill) and the step actually taken (w_t + Δw; for gradient descent w_t − γ∇f),
    so both are drawn at the scale of one step."""
    point = np.asarray(point, dtype=float)
    return point + learning_rate * np.asarray(gradient, dtype=float), point + np.asarray(update, dtype=float)
