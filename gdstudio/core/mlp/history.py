"""A network's history w_0 … w_t, bounded in bytes.

The Function tab's :class:`~gdstudio.core.descent.history.RunHistory` keeps a run's
rows up to a budget of rows, then every k-th step (k doubling each time the budget
fills), every step pinned (looked at) and the newest two exactly.  A network's rows
are long (w and ∇L(w) are each one number per weight: 70 KB a step for the 64,64
spirals network), so its budget is set in bytes: :data:`NETWORK_HISTORY_BYTES` of rows
whatever the network.  The loss L(w_t) of every step is kept besides (8 bytes a step),
since the loss curve and the reports show every step.
"""

from __future__ import annotations

import numpy as np

from gdstudio.core.descent.engine import Trajectory
from gdstudio.core.descent.history import RunHistory

# The bytes of rows a network's history keeps before it thins them: 64 MB, which is
# every step of 1,000,000 steps of the line fit (two weights), about 39,000 steps of
# the 8,8 XOR network (105 weights) and about 950 of the 64,64 spirals network
# (4,417 weights), and then every k-th.
NETWORK_HISTORY_BYTES = 64 * 2**20
_SLACK_ROWS = 16  # room beyond the budget, the pins and the newest two
_BUFFER_BYTES = 1 << 20  # the newest steps gathered before they join the history in one batch
_BUFFER_ROWS = 64


def row_bytes(dimension: int) -> int:
    """The bytes one step takes: w and ∇L(w) (8 bytes a weight each), L(w) and t."""
    return 8 * (2 * int(dimension) + 2)


def history_rows(dimension: int, budget_bytes: int = NETWORK_HISTORY_BYTES) -> int:
    """The rows a budget of ``budget_bytes`` holds for a network of ``dimension`` weights (at least 2)."""
    return max(2, int(budget_bytes) // row_bytes(dimension))


class NetworkHistory(RunHistory):
    """w_t, L(w_t) and ∇L(w_t) of a training run, thinned past ``budget_bytes`` of rows
    (see :class:`~gdstudio.core.descent.history.RunHistory`), plus L(w_t) of every step
    (:attr:`all_losses`).  The engine appends to it as to any trajectory."""

    def __init__(self, dimension: int, budget_bytes: int = NETWORK_HISTORY_BYTES):
        rows = history_rows(dimension, budget_bytes)
        super().__init__(dimension, budget=rows, capacity=min(1024, rows + 2))
        self.budget_bytes = int(budget_bytes)
        self._all_loss = np.empty(1024)

    def extend(self, points: np.ndarray, loss: np.ndarray, gradient: np.ndarray) -> None:
        loss = np.asarray(loss, dtype=float).reshape(-1)
        first, k = self.total, len(loss)
        if first + k > len(self._all_loss):
            grown = np.empty(max(2 * len(self._all_loss), first + k))
            grown[:first] = self._all_loss[:first]
            self._all_loss = grown
        self._all_loss[first : first + k] = loss
        super().extend(points, loss, gradient)

    def _larger_capacity(self, capacity: int) -> int:
        # a network's rows are long: no more room than the budget needs
        return max(capacity, min(2 * capacity, self.budget + 2 + len(self._pins) + _SLACK_ROWS))

    @property
    def all_losses(self) -> np.ndarray:
        """L(w_t) for every step t = 0 … :attr:`last_step` (a view)."""
        return self._all_loss[: self.total]

    def row_for(self, step: int) -> int:
        """The row of step ``step`` if it is kept, else of the kept step nearest to it."""
        row = self.index_of(step)
        return self.nearest(step) if row is None else row


class StepBuffer(Trajectory):
    """The few newest steps, as the engine appends them one at a time, handed to a
    :class:`NetworkHistory` in batches of up to 64 (at most 1 MB): thinning is decided
    per batch, and a step costs the engine a row copy instead of the history's
    bookkeeping.  :meth:`flush` hands over what is there; readers of the history call
    it first."""

    def __init__(self, history: NetworkHistory):
        dimension = history._points.shape[1]
        self.rows = max(1, min(_BUFFER_ROWS, _BUFFER_BYTES // row_bytes(dimension)))
        super().__init__(dimension, capacity=self.rows)
        self.history = history

    def append(self, point: np.ndarray, loss: float, gradient: np.ndarray) -> None:
        super().append(point, loss, gradient)
        if self.count >= self.rows:
            self.flush()

    def flush(self) -> NetworkHistory:
        """Move the buffered steps into the history; return the history."""
        if self.count:
            self.history.extend(self.points, self.loss, self.gradient)
            self.count = 0
        return self.history
