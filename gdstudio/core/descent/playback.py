"""Playback of one descent run in batches: what the worker thread hands the window,
and what the command line writes out as the run goes.

A :class:`RunStepper` advances a one-run :class:`~gdstudio.core.descent.engine.Descent`
many updates at a time and writes each new state w_t, f(w_t), ∇f(w_t) into a buffer
of rows; on a typed function it steps in Python floats (the same numbers, bit for
bit, ~15 times faster). A :class:`Player` owns such a run and returns a
:class:`StepBatch` per request: immutable arrays of the new points plus the newest
update in full. The window keeps the run's history itself, so the player holds only
the rows it has not handed out yet (and the newest one): the run is not stored twice.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from gdstudio.core.descent.engine import (
    DIVERGENCE_FACTOR,
    GRADIENT,
    Descent,
    F,
    Objective,
    RunSettings,
    SearchStep,
    Status,
    StepRecord,
    Trajectory,
)
from gdstudio.core.descent.optimizers import GradientDescent
from gdstudio.core.descent.report import RowChunk
from gdstudio.core.descent.scalar import scalar_form

# The float loop hands a step to the engine's own stop rules whenever it is anywhere
# near one of them; this margin keeps rounding in how a norm is summed from mattering.
_MARGIN = 1e-9


@dataclass(frozen=True)
class StepBatch:
    run_id: int
    first_index: int  # the index t of points[0] in the trajectory
    points: np.ndarray  # (k, d): w_t for t = first_index … first_index + k − 1
    loss: np.ndarray  # (k,)
    gradient: np.ndarray  # (k, d)
    last: StepRecord | None  # the newest update in full; None for the start point
    status: Status
    steps: int  # updates made so far
    # a searched run's steps in this batch, oldest first (the direction, the trials, α)
    searches: tuple[SearchStep, ...] = ()
    evaluations: tuple[int, int, int] = (0, 0, 0)  # of f, ∇f and H so far
    stop_note: str | None = None  # why a search or a direction ended the run
    # a noisy run's σξ of the update that reached each point of the batch (k, d); None otherwise
    noise: np.ndarray | None = None

    @property
    def count(self) -> int:
        return len(self.loss)


class RunStepper:
    """Advances a one-run :class:`Descent` by many updates per call, appending each new
    state to a buffer of rows (and to the descent's own trajectory, if it records one).

    On a typed function (:class:`~gdstudio.core.function.language.ParsedFunction`) the
    loop runs in Python floats: f and ∇f through :class:`~gdstudio.core.descent.scalar.ScalarFunction`,
    plain gradient descent's w ← w − γg as float arithmetic, any other optimiser and
    any γ schedule through the engine's own objects, so every number is the one
    :meth:`Descent.step` computes. A step whose point, loss or gradient is not finite,
    or comes anywhere near a divergence limit, the tolerance or the step limit, is
    handed to the engine's own stop rules, which set the status. Any other objective
    steps through :meth:`Descent.step`."""

    def __init__(self, descent: Descent):
        if descent.runs != 1:
            raise ValueError("a stepper advances a descent of one run")
        self.descent = descent
        # a searched run (a direction and a step size) steps through the engine's rounds
        # (and a noisy one draws its noise in the engine, in step order)
        self.scalar = None if descent.any_searched or descent.any_noisy else scalar_form(descent.objective)
        self.searches: list[SearchStep] = []  # the searched steps made since the caller last took them
        self.noises: list[np.ndarray] = []  # a noisy run's σξ of each update made since the caller last took them
        self.last_learning_rate = float(descent.scheduled_learning_rates()[0])  # γ_t of the newest update

    def advance(self, updates: int, rows: Trajectory, deadline: float | None = None, pause: Callable[[], None] | None = None) -> int:
        """Make up to ``updates`` updates (fewer if the run stops, or once
        ``time.perf_counter()`` passes ``deadline``); append each new state to ``rows``.
        ``pause``, if given, is called every 32 updates (the worker stands aside there
        while the window paints). Return the number of updates made."""
        if updates <= 0 or not self.descent.active[0]:
            return 0
        if self.scalar is None:
            return self._advance_engine(updates, rows, deadline, pause)
        return self._advance_floats(updates, rows, deadline, pause)

    def _advance_engine(self, updates, rows, deadline, pause) -> int:
        descent = self.descent
        made = 0
        # an engine update (a network's step, a line search's trials) costs tens of
        # microseconds to milliseconds: stand aside after each, so a window that paints
        # never waits long for this thread (asking costs about a microsecond)
        while made < updates and descent.active[0]:
            self.last_learning_rate = float(descent.scheduled_learning_rates()[0])
            moved = descent.step()
            if descent.last_search[0] is not None and (moved[0] or not descent.active[0]):
                self.searches.append(descent.last_search[0])
            if not moved[0]:
                break  # the search failed or the direction was not downhill: the run ended where it stood
            rows.append(descent.points[0], descent.loss[0], descent.gradient[0])
            if descent.noisy[0]:
                self.noises.append(descent.noise[0].copy())
            made += 1
            if pause is not None:
                pause()
            if deadline is not None and time.perf_counter() > deadline:
                break
        return made

    def _advance_floats(self, updates, rows, deadline, pause) -> int:
        descent = self.descent
        evaluate = self.scalar
        optimizer = descent.groups[0][0]
        plain = type(optimizer) is GradientDescent
        scheduled = bool(descent.schedule_groups)
        rates = descent.learning_rates
        learning_rate = float(rates[0])
        x, y = (float(v) for v in descent.points[0])
        gx, gy = (float(v) for v in descent.gradient[0])
        step = int(descent.steps[0])
        max_steps = int(descent.max_steps[0])
        # the engine's limits, held a hair inside: any step near one goes to its rules
        loss_limit = DIVERGENCE_FACTOR * float(descent.start_loss_scale[0]) * (1.0 - _MARGIN)
        with np.errstate(over="ignore"):
            distance_limit = (DIVERGENCE_FACTOR * float(descent.start_point_scale[0])) ** 2 * (1.0 - _MARGIN)
        tolerance = float(descent.tolerance[0])
        squared_tolerance = max(tolerance * tolerance * (1.0 + _MARGIN), 1e-290)
        xs, ys, losses, gxs, gys = [], [], [], [], []
        made = synced = 0
        u = v = 0.0
        with np.errstate(all="ignore"):
            while made < updates:
                if scheduled:
                    descent.steps[0] = step
                    rates = descent.scheduled_learning_rates()
                    learning_rate = float(rates[0])
                if plain:
                    u = -learning_rate * gx  # −γg, as GradientDescent computes it
                    v = -learning_rate * gy
                else:
                    u, v = optimizer.update(np.array([[gx, gy]]), rates)[0].tolist()
                x = x + u
                y = y + v
                loss, gx, gy = evaluate(x, y)
                step += 1
                made += 1
                xs.append(x)
                ys.append(y)
                losses.append(loss)
                gxs.append(gx)
                gys.append(gy)
                squared_norm = gx * gx + gy * gy
                if not (
                    abs(loss) < loss_limit
                    and x * x + y * y < distance_limit
                    and squared_tolerance < squared_norm < math.inf
                    and step < max_steps
                ):
                    self._sync(x, y, loss, gx, gy, u, v, step, made - synced, plain)
                    synced = made
                    descent._check(None)  # the engine's own stop rules decide
                    if not descent.active[0]:
                        break
                if made % 32 == 0:
                    if pause is not None:
                        pause()
                    if deadline is not None and time.perf_counter() > deadline:
                        break
        if made > synced:
            self._sync(x, y, loss, gx, gy, u, v, step, made - synced, plain)
        self.last_learning_rate = learning_rate
        if made:
            points = np.column_stack([xs, ys])
            gradient = np.column_stack([gxs, gys])
            losses = np.array(losses)
            rows.extend(points, losses, gradient)
            if descent.trajectories is not None:
                descent.trajectories[0].extend(points, losses, gradient)
        return made

    def _sync(self, x, y, loss, gx, gy, u, v, step, made, plain) -> None:
        """Put the float loop's state into the descent, as :meth:`Descent.step` leaves it."""
        descent = self.descent
        descent.points = np.array([[x, y]])
        descent.loss = np.array([loss])
        descent.gradient = np.array([[gx, gy]])
        descent.last_update = np.array([[u, v]])
        descent.steps[0] = step
        descent.evaluations[0, F] += made
        descent.evaluations[0, GRADIENT] += made
        descent.step_count += made
        if plain:
            descent.groups[0][0].step_count += made  # the updates the optimiser did not make itself


def run_rows(descent: Descent, chunk: int = 8192, searches: list | None = None) -> Iterator[RowChunk]:
    """Run a one-run descent to its end, yielding its rows t, w_t, f(w_t), ∇f(w_t) up to
    ``chunk`` at a time, from the state it is in (the start point w_0 first, for a new
    descent): a writer takes each as it comes, and nothing holds the whole run.
    ``searches``: a list that receives a searched run's :class:`SearchStep` of each step."""
    stepper = RunStepper(descent)
    rows = Trajectory(descent.points.shape[1], capacity=chunk + 1)
    rows.append(descent.points[0], descent.loss[0], descent.gradient[0])
    first = int(descent.steps[0])
    while True:
        yield RowChunk(np.arange(first, first + rows.count), rows.points.copy(), rows.loss.copy(), rows.gradient.copy())
        first += rows.count
        rows.clear()
        made = stepper.advance(chunk, rows)
        if searches is not None:
            searches.extend(stepper.searches)
        stepper.searches.clear()
        if not made:
            return


class Player:
    """One run, advanced on request. Not thread-safe: one thread owns it.

    The player keeps only the rows it has not handed out yet, plus the newest one (the
    window keeps the history); a ``descent`` given to it (an MLP Training's) records
    its whole trajectory or not, as it was built."""

    def __init__(self, objective: Objective, settings: RunSettings, run_id: int = 0, descent: Descent | None = None):
        self.run_id = run_id
        self.objective = objective
        # ``descent``: play a run someone else built (an MLP Training's, whose
        # mini-batch objective must not be stepped by a second Descent)
        self.descent = Descent(objective, [settings], record=False) if descent is None else descent
        self.stepper = RunStepper(self.descent)
        descent = self.descent
        self._rows = Trajectory(descent.points.shape[1], capacity=256)  # rows not handed out yet, after the newest one handed out
        self._first_row = 0  # the step t of row 0 of the buffer
        if descent.trajectories is not None:  # a recording descent: hand out all it has so far
            trajectory = descent.trajectories[0]
            self._rows.extend(trajectory.points, trajectory.loss, trajectory.gradient)
        else:
            self._rows.append(descent.points[0], descent.loss[0], descent.gradient[0])
            self._first_row = int(descent.steps[0])
        self._sent = self._first_row  # the first step t not handed out yet

    @property
    def status(self) -> Status:
        return self.descent.status(0)

    @property
    def finished(self) -> bool:
        return self.descent.finished

    def set_learning_rate(self, learning_rate: float) -> None:
        """Change γ; the change applies from the next update."""
        if not (np.isfinite(learning_rate) and learning_rate > 0):
            raise ValueError("the learning rate must be a positive number")
        self.descent.learning_rates[0] = learning_rate

    def advance(self, updates: int, time_budget: float | None = None, pause=None) -> StepBatch:
        """Make up to ``updates`` updates (fewer if the run stops or the time budget
        in seconds runs out) and return everything not yet handed out.

        ``pause``, if given, is called every 32 updates; the worker thread uses it
        to stand aside while the window paints."""
        deadline = None if time_budget is None else time.perf_counter() + time_budget
        made = self.stepper.advance(updates, self._rows, deadline, pause)
        last = None
        if made:
            descent = self.descent
            rows = self._rows
            row = rows.count - 2  # w_t of the newest update w_{t+1} = w_t + Δw_t
            last = StepRecord(
                run_id=self.run_id,
                step=int(descent.steps[0]),
                previous_point=rows.points[row].copy(),
                point=descent.points[0].copy(),
                loss_before=float(rows.loss[row]),
                loss=float(descent.loss[0]),
                gradient=rows.gradient[row].copy(),
                next_gradient=descent.gradient[0].copy(),
                update=descent.last_update[0].copy(),
                learning_rate=self.stepper.last_learning_rate,
                state=descent.optimizer_state(0),
                status=descent.status(0),
                search=descent.last_search[0] if descent.any_searched else None,
                gradient_noise=descent.noise[0].copy() if descent.noisy[0] else None,
                evaluations=tuple(int(v) for v in descent.evaluations[0]),
            )
        return self._batch(last)

    def _batch(self, last: StepRecord | None) -> StepBatch:
        rows = self._rows
        start = self._sent - self._first_row  # the buffer's first row not handed out
        batch = StepBatch(
            run_id=self.run_id,
            first_index=self._sent,
            points=rows.points[start:].copy(),
            loss=rows.loss[start:].copy(),
            gradient=rows.gradient[start:].copy(),
            last=last,
            status=self.status,
            steps=int(self.descent.steps[0]),
            searches=tuple(self.stepper.searches),
            evaluations=tuple(int(v) for v in self.descent.evaluations[0]),
            stop_note=self.descent.stop_notes[0],
            noise=self._noise(start),
        )
        self.stepper.searches.clear()
        self.stepper.noises.clear()
        self._sent = self._first_row + rows.count
        # keep the newest row only: it is w_t of the next update's record
        self._first_row += rows.count - 1
        rows.keep_last()
        return batch

    def _noise(self, start: int) -> np.ndarray | None:
        """σξ of the update that reached each point handed out now (zeros for a point reached before)."""
        if not self.descent.noisy[0]:
            return None
        rows = self._rows.count - start
        noise = np.zeros((rows, self._rows.points.shape[1]))
        made = self.stepper.noises[-rows:] if rows else []
        if made:
            noise[rows - len(made) :] = made
        return noise

    def initial_batch(self) -> StepBatch:
        """The start point w_0 (and its status: a run may stop before any update)."""
        return self._batch(None)
