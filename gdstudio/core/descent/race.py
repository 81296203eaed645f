"""Races: several descent runs on one function at once (different optimisers, γ or
start points), advancing in lockstep in one :class:`~gdstudio.core.descent.engine.Descent`
(one vectorised gradient call per step), each with its name, colour, trajectory
and a status line for its legend entry.

A race is driven step by step (``advance(k)``) by whoever owns it — the worker
thread in the window, a loop in the CLI — and hands out immutable
:class:`RaceBatch` copies, so nothing is shared between threads.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from gdstudio.core.descent.engine import Descent, Objective, RunSettings, Status
from gdstudio.core.descent.explain import run_stop_message, stop_message
from gdstudio.core.descent.report import evaluations_dict, search_settings
from gdstudio.core.function.domain import domain_error
from gdstudio.core.function.language import ParsedFunction
from gdstudio.core.plain import finite_or_none
from gdstudio.core.words import translate

MAX_RACE_RUNS = 64
# how many lockstep updates a race makes between calls of its ``pause`` callback: each
# (six runs' steps, a line search's trials among them) holds the interpreter for a
# millisecond or more, and a window that paints waits that long for every Qt call it makes
PAUSE_EVERY = 1


@dataclass(frozen=True)
class RaceEntry:
    """One runner: its settings, the name in the legend and (optionally) its colour."""

    settings: RunSettings
    name: str = ""
    colour: str | None = None

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        s = self.settings
        text = f"{s.method} γ = {s.learning_rate:g}"
        if not s.schedule.is_constant:
            text += f" ({s.schedule.title_in_text})"
        if s.gradient_noise > 0:
            text += f", σ = {s.gradient_noise:g}"
        return text


def entry_labels(entries: Sequence[RaceEntry]) -> tuple[str, ...]:
    """The runs' names for a legend: each entry's label, with its start point where the
    runs do not all start at the same place (a race of start points)."""
    starts = {tuple(float(v) for v in e.settings.start) for e in entries}
    if len(starts) <= 1:
        return tuple(e.label for e in entries)
    return tuple(
        e.label if e.name else translate("Race", "{run} from {start}").format(run=e.label, start=_vector(e.settings.start)) for e in entries
    )


def _vector(values) -> str:
    return "(" + ", ".join(f"{float(v):.3g}".replace("-", "−") for v in values) + ")"


@dataclass(frozen=True)
class CarriedState:
    """What one run's optimiser carries into its next update, at its current point w_t.

    ``next_step`` is Δw_t exactly as the run will make it (computed on a copy of the
    optimiser), ``plain_step`` = −γ_t ∇f(w_t) is what plain gradient descent would do
    from the same point; ``velocity`` is the momentum buffer b_t the next update carries
    in (momentum, Nesterov, RMSProp with momentum) and ``scale`` the per-coordinate
    factor 1/(√v + ε) by which the next update of an adaptive optimiser (AdaGrad,
    RMSProp, Adam) divides each coordinate of its step.  All (d,) arrays; a run that
    has stopped has a zero next step."""

    optimizer: str
    point: np.ndarray
    gradient: np.ndarray
    learning_rate: float  # γ_t of the next update
    next_step: np.ndarray
    plain_step: np.ndarray
    velocity: np.ndarray | None = None
    scale: np.ndarray | None = None
    running: bool = True
    # a step that is a direction times a step size (Newton, BFGS, L-BFGS, CG, or any line
    # search): ``next_step`` is then the next direction d times the search's first trial α₀
    searched: bool = False

    @property
    def velocity_step(self) -> np.ndarray | None:
        """−γ_t b: the velocity b_t drawn as a step (what the earlier gradients add up to)."""
        return None if self.velocity is None else -self.learning_rate * self.velocity

    def describe(self) -> str:
        """One line for a learner: what the optimiser carries and the step it makes next."""
        if not self.running:
            return translate("Race", "stopped")
        if self.searched:
            return translate("Race", "next direction d times the first trial α₀: α₀d = {step}; plain −γ∇f = {plain}").format(
                step=_vector(self.next_step), plain=_vector(self.plain_step)
            )
        step = translate("Race", "next Δw = {step}").format(step=_vector(self.next_step))
        carried = []
        if self.velocity is not None:
            carried.append(translate("Race", "velocity b = {velocity}").format(velocity=_vector(self.velocity)))
        if self.scale is not None:
            carried.append(translate("Race", "per-coordinate scale 1/(√v + ε) = {scale}").format(scale=_vector(self.scale)))
        if not carried:
            return translate("Race", "carries nothing: {step} = −γ∇f").format(step=step)
        return "; ".join(carried) + translate("Race", "; {step}, plain −γ∇f = {plain}").format(step=step, plain=_vector(self.plain_step))


@dataclass(frozen=True)
class RaceBatch:
    """What changed since the last batch, as copies: for run i, the points
    w_t for t = first_index[i] … first_index[i] + len(points[i]) − 1."""

    first_index: tuple[int, ...]
    points: tuple[np.ndarray, ...]  # each (k_i, d)
    loss: tuple[np.ndarray, ...]  # each (k_i,)
    statuses: tuple[Status, ...]
    status_texts: tuple[str, ...]
    steps: tuple[int, ...]
    step_count: int  # lockstep updates made so far
    finished: bool
    evaluations: np.ndarray | None = None  # (n, 3): each run's evaluations of f, ∇f and H so far


class Race:
    """Runs advancing together.  Not thread-safe: one thread owns it."""

    def __init__(self, objective: Objective, entries: Sequence[RaceEntry]):
        entries = tuple(entries)
        if not entries:
            raise ValueError("a race needs at least one run")
        if len(entries) > MAX_RACE_RUNS:
            raise ValueError(f"a race takes at most {MAX_RACE_RUNS} runs")
        self.objective = objective
        self.entries = entries
        self.descent = Descent(objective, [e.settings for e in entries], record=True)
        self.labels = entry_labels(entries)
        self._sent = [0] * len(entries)  # points already handed out per run
        self._failures: dict[int, str] = {}  # the failing operation of each undefined run, once found

    # -- state ---------------------------------------------------------------------
    @property
    def runs(self) -> int:
        return len(self.entries)

    @property
    def finished(self) -> bool:
        return self.descent.finished

    @property
    def step_count(self) -> int:
        return self.descent.step_count

    def current_points(self) -> np.ndarray:
        """(n, d): where each run is now (a copy)."""
        return self.descent.points.copy()

    def status(self, index: int) -> Status:
        return self.descent.status(index)

    def status_text(self, index: int) -> str:
        """'converged at t = 63', 'diverged at t = 12', 'undefined at t = 13: log of a
        non-positive number (−0.4314)', 'stopped at the step limit (t = 1000)' or 'running'."""
        status = self.descent.status(index)
        return status_text(status, int(self.descent.steps[index]), self.failure(index))

    def failure(self, index: int) -> str | None:
        """For a run that is ``undefined``, the operation that failed where it stopped
        ('sqrt of a negative number (−1.5)'); None for any other run."""
        if self.descent.status(index) is not Status.UNDEFINED or not isinstance(self.objective, ParsedFunction):
            return None
        if index not in self._failures:
            error = domain_error(self.objective, self.descent.points[index])
            self._failures[index] = "" if error is None else error.operation
        return self._failures[index] or None

    def stop_reason(self, index: int) -> str:
        """Why run ``index`` stopped (or what it is doing), in the window's sentence."""
        descent = self.descent
        status = descent.status(index)
        steps = int(descent.steps[index])
        settings = self.entries[index].settings
        norm = float(descent.gradient_norm()[index])
        loss = float(descent.loss[index])
        if isinstance(self.objective, ParsedFunction) and status is not Status.RUNNING:
            point = descent.points[index]
            note = descent.stop_notes[index]
            return run_stop_message(self.objective, status, steps, point, loss, norm, settings.tolerance, settings.max_steps, note)
        return stop_message(
            status,
            steps,
            norm,
            settings.tolerance,
            settings.max_steps,
            loss,
            playing=status is Status.RUNNING,
            note=descent.stop_notes[index],
        )

    def status_text_at(self, index: int, t: int) -> str:
        """The status line as it read after lockstep update ``t`` (for replaying a finished race)."""
        # a run that stopped after ``steps`` updates was still going before that
        steps = int(self.descent.steps[index])
        status = self.descent.status(index)
        if status is Status.RUNNING or t < steps:
            return translate("Race", "running")
        return status_text(status, steps, self.failure(index))

    def legend_label(self, index: int) -> str:
        return f"{self.labels[index]}: {self.status_text(index)}"

    def trajectory(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """(points (t+1, d), loss (t+1,)) of run ``index`` so far, as copies."""
        trajectory = self.descent.trajectories[index]
        return trajectory.points.copy(), trajectory.loss.copy()

    def optimizer_state(self, index: int) -> dict[str, np.ndarray]:
        """What the run's optimiser carries between steps (velocity, per-coordinate scale)."""
        return self.descent.optimizer_state(index)

    def carried_states(self) -> tuple[CarriedState, ...]:
        """Each run's :class:`CarriedState` at its current point (nothing is stepped)."""
        descent = self.descent
        updates, states = descent.next_updates()
        rates = descent.scheduled_learning_rates()
        carried = []
        for index, entry in enumerate(self.entries):
            state = states[index]
            running = descent.status(index) is Status.RUNNING
            # the velocity the next update carries in (b_t; 0 before the first step), and
            # the scale that update divides by (it already holds g_t²: before the first
            # step the stored scale is a meaningless 1/ε)
            velocity = descent.optimizer_state(index).get("velocity")
            carried.append(
                CarriedState(
                    optimizer=entry.settings.optimizer,
                    point=descent.points[index].copy(),
                    gradient=descent.gradient[index].copy(),
                    learning_rate=float(rates[index]),
                    next_step=updates[index].copy(),
                    plain_step=-float(rates[index]) * descent.gradient[index] if running else np.zeros_like(updates[index]),
                    velocity=None if velocity is None else np.asarray(velocity, dtype=float).copy(),
                    scale=None if "scale" not in state else np.asarray(state["scale"], dtype=float).copy(),
                    running=running,
                    searched=entry.settings.searched,
                )
            )
        return tuple(carried)

    # -- stepping ------------------------------------------------------------------
    def advance(self, updates: int = 1, seconds: float | None = None, pause=None) -> RaceBatch:
        """Make up to ``updates`` lockstep updates (stopping early once ``seconds`` have
        passed or every run has stopped) and return what changed since the last batch.

        ``pause``, if given, is called every few updates; the worker thread uses it to
        stand aside while the window draws (the time it waits does not count)."""
        deadline = None if seconds is None else time.perf_counter() + seconds
        done = 0
        while not self.descent.finished and done < updates:
            self.descent.step()
            done += 1
            if pause is not None and done % PAUSE_EVERY == 0:
                waited = time.perf_counter()
                pause()
                if deadline is not None:
                    deadline += time.perf_counter() - waited
            if deadline is not None and time.perf_counter() >= deadline:
                break
        return self.batch()

    def run(self, max_updates: int | None = None) -> None:
        self.descent.run(max_updates)

    def batch(self) -> RaceBatch:
        """The points and losses not yet handed out (the first batch holds the start points)."""
        first, points, loss = [], [], []
        for index, trajectory in enumerate(self.descent.trajectories):
            begin = self._sent[index]
            first.append(begin)
            points.append(trajectory.points[begin:].copy())
            loss.append(trajectory.loss[begin:].copy())
            self._sent[index] = trajectory.count
        return RaceBatch(
            first_index=tuple(first),
            points=tuple(points),
            loss=tuple(loss),
            statuses=tuple(self.descent.statuses),
            status_texts=tuple(self.status_text(i) for i in range(self.runs)),
            steps=tuple(int(s) for s in self.descent.steps),
            step_count=self.descent.step_count,
            finished=self.descent.finished,
            evaluations=self.descent.evaluations.copy(),
        )

    # -- changing the field: a new race, replayed to the same step ------------------------
    def with_entries(self, entries: Sequence[RaceEntry], pause=None) -> Race:
        """A race of ``entries`` advanced to this race's step count.  Runs do not
        interact, so every kept run is exactly where it was; an added or changed one
        catches up.  ``pause`` as in :meth:`advance`."""
        race = Race(self.objective, entries)
        if pause is None:
            race.run(self.descent.step_count)
        else:
            race.advance(self.descent.step_count, pause=pause)
            race._sent = [0] * race.runs  # its first batch still holds every point
        return race

    def added(self, entry: RaceEntry) -> Race:
        return self.with_entries(self.entries + (entry,))

    def removed(self, index: int) -> Race:
        entries = list(self.entries)
        del entries[index]
        return self.with_entries(entries)

    def recoloured(self, index: int, colour: str) -> None:
        """Only the look changes: the runs go on as they are."""
        entries = list(self.entries)
        entries[index] = replace(entries[index], colour=colour)
        self.entries = tuple(entries)  # the labels stay: they do not name colours

    # -- reports -------------------------------------------------------------------
    def to_dict(self) -> dict:
        """The schema of ``gdstudio race --json``: one object per run."""
        runs = []
        gradient_norms = self.descent.gradient_norm()
        for index, entry in enumerate(self.entries):
            s = entry.settings
            points, loss = self.trajectory(index)
            runs.append(
                {
                    "name": self.labels[index],
                    "colour": entry.colour,
                    "optimizer": s.optimizer,
                    "hyperparameters": {k: float(v) for k, v in dict(s.hyperparameters).items()},
                    **({"step_size": s.line_search} if s.searched else {}),
                    **({"search_settings": search_settings(s)} if s.line_search != "fixed" else {}),
                    "evaluations": evaluations_dict(self.descent.evaluations[index]),
                    **({"gradient_noise": float(s.gradient_noise), "seed": int(s.seed)} if s.gradient_noise > 0 else {}),
                    "lr": float(s.learning_rate),
                    "schedule": s.schedule.to_dict(),
                    "start": [float(v) for v in s.start],
                    "status": str(self.status(index)),
                    "status_text": self.status_text(index),
                    "reason": self.stop_reason(index),
                    "steps": int(self.descent.steps[index]),
                    "trajectory": [[finite_or_none(v) for v in p] for p in points],
                    "loss": [finite_or_none(v) for v in loss],
                    "final": {
                        "point": [finite_or_none(v) for v in self.descent.points[index]],
                        "loss": finite_or_none(self.descent.loss[index]),
                        "grad_norm": finite_or_none(gradient_norms[index]),
                    },
                }
            )
        return {"steps": int(self.descent.step_count), "runs": runs}


def status_text(status: Status | str, steps: int, failure: str | None = None) -> str:
    """A run's status for a legend; ``failure``, for an undefined run, the operation
    that failed (:attr:`gdstudio.core.function.domain.DomainError.operation`)."""
    status = Status(status)
    if status is Status.CONVERGED:
        return translate("Race", "converged at t = {t}").format(t=steps)
    if status is Status.DIVERGED:
        return translate("Race", "diverged at t = {t}").format(t=steps)
    if status is Status.UNDEFINED:
        if failure:
            return translate("Race", "undefined at t = {t}: {failure}").format(t=steps, failure=failure)
        return translate("Race", "undefined at t = {t}").format(t=steps)
    if status is Status.MAX_STEPS:
        return translate("Race", "stopped at the step limit (t = {t})").format(t=steps)
    if status is Status.SEARCH_FAILED:
        return translate("Race", "line search failed at t = {t}").format(t=steps)
    if status is Status.NO_DESCENT:
        return translate("Race", "no descent direction at t = {t}").format(t=steps)
    return translate("Race", "running")


def race_window(race: Race, margin: float = 0.15, minimum_span: float = 1.0) -> tuple[float, float, float, float]:
    """A view window around the start points and the paths of the runs that did not
    diverge (a diverged path is left to run off the edge: it flew away)."""
    chunks = [np.asarray([e.settings.start for e in race.entries], dtype=float)]
    for index in range(race.runs):
        if race.status(index) is not Status.DIVERGED:
            chunks.append(race.descent.trajectories[index].points)
    with np.errstate(all="ignore"):
        for points in (np.concatenate(chunks), chunks[0]):  # the start points alone if the paths span too much
            points = points[np.all(np.isfinite(points), axis=1)]
            if not len(points):
                continue
            low = points.min(axis=0)
            high = points.max(axis=0)
            centre = low / 2 + high / 2
            # one scale on both axes, so the contour's shapes (and the paths' angles) are true;
            # far from the origin at least a millionth of the distance, so that the window's
            # edges are distinct numbers
            span = max(float(np.max(high - low)) * (1 + 2 * margin), minimum_span, 1e-6 * float(np.max(np.abs(centre))))
            # room at the top for the legend, one line per run
            headroom = span * min(0.04 * (race.runs + 1), 0.4)
            window = (
                float(centre[0] - span / 2),
                float(centre[0] + span / 2),
                float(centre[1] - span / 2),
                float(centre[1] + span / 2 + headroom),
            )
            if np.all(np.isfinite(window)):
                return window
    return (-2.0, 2.0, -2.0, 2.0)  # nothing finite to frame: the default view
