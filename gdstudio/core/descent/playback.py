"""Playback of one descent run in batches: what the worker thread hands the window.

A :class:`Player` owns a :class:`~gdstudio.core.descent.engine.Descent` of one run and
advances it by a number of updates or until a time budget is spent, returning a
:class:`StepBatch`: immutable arrays of the new points plus the newest update in
full.  The window appends batches to its own copy of the path, so nothing is
shared between threads.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from gdstudio.core.descent.engine import Descent, Objective, RunSettings, Status, StepRecord


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

    @property
    def count(self) -> int:
        return len(self.loss)


class Player:
    """One run, advanced on request. Not thread-safe: one thread owns it."""

    def __init__(self, objective: Objective, settings: RunSettings, run_id: int = 0, descent: Descent | None = None):
        self.run_id = run_id
        self.objective = objective
        # ``descent``: play a run someone else built (an MLP Training's, whose
        # mini-batch objective must not be stepped by a second Descent)
        self.descent = Descent(objective, [settings]) if descent is None else descent
        self._sent = 0  # trajectory rows already handed out

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
        descent = self.descent
        made = 0
        learning_rate = float(descent.scheduled_learning_rates()[0])
        while made < updates and not descent.finished:
            learning_rate = float(descent.scheduled_learning_rates()[0])  # γ_t of this update
            descent.step()
            made += 1
            if made % 32 == 0:
                if pause is not None:
                    pause()
                if deadline is not None and time.perf_counter() > deadline:
                    break
        last = None
        if made:
            trajectory = descent.trajectories[0]
            row = trajectory.count - 2  # w_t of the newest update w_{t+1} = w_t + Δw_t
            last = StepRecord(
                run_id=self.run_id,
                step=int(descent.steps[0]),
                previous_point=trajectory.points[row].copy(),
                point=descent.points[0].copy(),
                loss_before=float(trajectory.loss[row]),
                loss=float(descent.loss[0]),
                gradient=trajectory.gradient[row].copy(),
                next_gradient=descent.gradient[0].copy(),
                update=descent.last_update[0].copy(),
                learning_rate=learning_rate,
                state=descent.optimizer_state(0),
                status=descent.status(0),
            )
        return self._batch(last)

    def _batch(self, last: StepRecord | None) -> StepBatch:
        trajectory = self.descent.trajectories[0]
        start = self._sent
        self._sent = trajectory.count
        return StepBatch(
            run_id=self.run_id,
            first_index=start,
            points=trajectory.points[start:].copy(),
            loss=trajectory.loss[start:].copy(),
            gradient=trajectory.gradient[start:].copy(),
            last=last,
            status=self.status,
            steps=int(self.descent.steps[0]),
        )

    def initial_batch(self) -> StepBatch:
        """The start point w_0 (and its status: a run may stop before any update)."""
        return self._batch(None)
