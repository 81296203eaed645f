"""The history of a run as the window keeps it: compact, and bounded however long the run.

A :class:`RunHistory` stores w_t, f(w_t) and ∇f(w_t) in contiguous float64 arrays
(a :class:`~gdstudio.core.descent.engine.Trajectory` with one more column, the step
number t of each row), grown geometrically, with no Python object per step. Past a
budget of rows (:data:`HISTORY_BUDGET`) it is thinned: it keeps every k-th step, k
doubling each time the budget fills, plus every step pinned with :meth:`RunHistory.pin`
(the steps a person looked at), plus the newest step, exactly as it came. Without
pins, the rows of the next stride are copied ahead, a slice per batch, once the rows
pass 75 % of the budget, and the thinning is a switch to them: no batch copies the
whole history (which held the window's thread for 12-22 ms at 1,000,000 rows).
"""

from __future__ import annotations

import numpy as np

from gdstudio.core.descent.engine import Trajectory, empty_without_huge_pages
from gdstudio.core.words import QT_TRANSLATE_NOOP, translate

# Rows the window keeps of one run: 1,000,000 rows of a 2-D run take 48 MB
# (x, y, f, ∂f/∂x, ∂f/∂y and t, 8 bytes each).
HISTORY_BUDGET = 1_000_000
_SLICE = 1 << 16  # rows thinned at a time
# Thinning ahead: from this share of the budget on, the rows of the next stride are
# copied to arrays of their own a slice per batch (at least this many rows, and several
# per new row), so the thinning itself is a switch of arrays, not a copy of a million
# rows in one batch (12-22 ms of the window's thread at 1,000,000 rows)
_AHEAD_FROM = 0.75
_AHEAD_ROWS = 1 << 14


_ORDINALS = {
    1: QT_TRANSLATE_NOOP("History", "{number}st"),
    2: QT_TRANSLATE_NOOP("History", "{number}nd"),
    3: QT_TRANSLATE_NOOP("History", "{number}rd"),
}
_ORDINAL = QT_TRANSLATE_NOOP("History", "{number}th")


def _ordinal(number: int) -> str:
    """2nd, 4th, 1024th: the stride as the note says it."""
    form = _ORDINAL if number % 100 in (11, 12, 13) else _ORDINALS.get(number % 10, _ORDINAL)
    return translate("History", form).format(number=f"{number:,}")


class RunHistory(Trajectory):
    """A run's rows w_t, f(w_t), ∇f(w_t) and their step numbers t, thinned past ``budget`` rows.

    Rows come in batches of consecutive steps, the first batch starting at t = 0
    (:meth:`extend`, as a worker's batches arrive). Row r holds step ``steps[r]``.
    While the run has made fewer steps than ``budget`` every step is a row. When a
    batch would take the rows past the budget, the stride k doubles and the rows
    are thinned to the steps t with t mod k = 0 and the pinned steps; from then on
    only such steps are stored, and the newest update's two steps t − 1 and t (the
    current point, loss and gradient are exact, and the step panel can pin what it
    shows). So there are at most ``budget`` rows besides the pinned steps and the
    newest two.
    """

    NAMES = Trajectory.NAMES + ("_steps",)

    def __init__(self, dimension: int, budget: int = HISTORY_BUDGET, capacity: int = 1024):
        if budget < 2:
            raise ValueError("a history keeps at least 2 rows")
        super().__init__(dimension, min(capacity, budget + 2))
        self._steps = np.empty(len(self._loss), dtype=np.int64)
        self.budget = int(budget)
        self.stride = 1  # k: the steps kept are the multiples of k (and the pinned ones, and the newest two)
        self.total = 0  # steps recorded: the newest is step total − 1
        self._pins: set[int] = set()
        self._pinned_array = np.empty(0, dtype=np.int64)  # the pins, sorted, for np.isin
        self._pinned_rows = 0  # rows whose step is pinned
        self._newest_only: list[int] = []  # steps kept only for being among the newest two
        self._ahead: list[np.ndarray] | None = None  # the rows of the next stride, copied ahead
        self._ahead_stride = 0  # the stride they are kept at
        self._ahead_read = 0  # rows of the current arrays looked at
        self._ahead_written = 0  # rows written to them

    # -- adding rows -----------------------------------------------------------------
    def append(self, point: np.ndarray, loss: float, gradient: np.ndarray) -> None:
        self.extend(np.asarray(point, dtype=float)[None], np.array([loss], dtype=float), np.asarray(gradient, dtype=float)[None])

    def extend(self, points: np.ndarray, loss: np.ndarray, gradient: np.ndarray) -> None:
        """Append steps ``total`` … ``total + len(loss) − 1``."""
        loss = np.asarray(loss, dtype=float).reshape(-1)
        k = len(loss)
        if k == 0:
            return
        points = np.asarray(points, dtype=float).reshape(k, -1)
        gradient = np.asarray(gradient, dtype=float).reshape(k, -1)
        newest = self.total + k - 2  # the newest two steps, from this one on, are always kept
        self._drop_former_newest(newest)
        steps = np.arange(self.total, self.total + k, dtype=np.int64)
        pinned = self._pinned(steps)
        kept = self._kept(steps, pinned)
        # the pinned rows and the newest two do not count against the budget
        while (self.count - self._pinned_rows - len(self._newest_only)) + int(
            (kept & ~pinned).sum()
        ) > self.budget and self.stride <= newest:
            self.stride *= 2
            if not self._switch_to_ahead(newest):
                self._thin(newest)
            kept = self._kept(steps, pinned)
        kept[steps >= newest] = True
        if kept.all():
            self._extend_columns((points, loss, gradient, steps))
        else:
            self._extend_columns((points[kept], loss[kept], gradient[kept], steps[kept]))
        self._pinned_rows += int(pinned.sum())
        self.total += k
        self._newest_only = [step for step in (self.total - 2, self.total - 1) if step >= 0 and not self._essential(step)]
        self._thin_ahead(k)

    # -- thinning ahead --------------------------------------------------------------
    def _thin_ahead(self, k: int) -> None:
        """Copy the next slice of rows the next stride keeps (the multiples of 2k) to the
        arrays kept ahead, once the rows pass _AHEAD_FROM of the budget. Only with no pins
        and no move to larger arrays under way (else the thinning copies, as before). The
        last two rows are left (they may be dropped as the former newest)."""
        if self._pins or self._next is not None:
            self._ahead = None
            return
        if self._ahead is None:
            if self.count < _AHEAD_FROM * self.budget:
                return
            # arrays as large as the current ones, which they replace (a move to larger ones
            # after the switch would be settled at once by the next batch's drop of the
            # former newest rows); memory is taken only by the rows written, about half
            self._ahead = [empty_without_huge_pages(getattr(self, name).shape, getattr(self, name).dtype) for name in self.NAMES]
            self._ahead_stride = 2 * self.stride
            self._ahead_read = self._ahead_written = 0
        self._copy_ahead(min(self.count - 2, self._ahead_read + max(8 * k, _AHEAD_ROWS)))

    def _copy_ahead(self, end: int, newest: int | None = None) -> bool:
        """Copy the rows up to ``end`` that the next stride keeps (and those of ``newest``
        on). Whether they fitted (if not, nothing is kept ahead any more)."""
        read = self._ahead_read
        if end <= read:
            return True
        steps = self._steps[read:end]
        kept = (steps & (self._ahead_stride - 1)) == 0
        if newest is not None:
            kept |= steps >= newest
        count = int(kept.sum())
        written = self._ahead_written
        if written + count > len(self._ahead[0]):
            self._ahead = None
            return False
        for target, name in zip(self._ahead, self.NAMES):
            target[written : written + count] = np.compress(kept, getattr(self, name)[read:end], axis=0)
        self._ahead_read, self._ahead_written = end, written + count
        return True

    def _switch_to_ahead(self, newest: int) -> bool:
        """Thin to the stride just doubled by switching to the arrays kept ahead, when they
        are for this stride (the few rows not yet copied are copied now). Whether it did.
        (A pin, or a move to larger arrays, has already dropped the arrays kept ahead.)"""
        if self._ahead is None or self._ahead_stride != self.stride:
            self._ahead = None
            return False
        if not self._copy_ahead(self.count, newest):  # (rows that do not fit drop them)
            return False
        ahead, self._ahead = self._ahead, None
        for target, name in zip(ahead, self.NAMES):
            setattr(self, name, target)
        self.count = self._ahead_written
        self._pinned_rows = 0
        return True

    @property
    def nbytes(self) -> int:
        return super().nbytes + (sum(array.nbytes for array in self._ahead) if self._ahead is not None else 0)

    def _drop_former_newest(self, newest: int) -> None:
        """Forget the rows that were kept only for being among the newest two steps and
        are no longer (unless they were pinned since). They are among the last two rows."""
        dropped = [step for step in self._newest_only if step < newest and not self._essential(step)]
        self._newest_only = []
        if not dropped:
            return
        self._settle()
        first = max(self.count - 2, 0)
        self.count = self._compact(first, ~np.isin(self._steps[first : self.count], dropped))

    def _essential(self, step: int) -> bool:
        return step & (self.stride - 1) == 0 or step in self._pins

    def _pinned(self, steps: np.ndarray) -> np.ndarray:
        return np.isin(steps, self._pinned_array) if self._pins else np.zeros(len(steps), dtype=bool)

    def _kept(self, steps: np.ndarray, pinned: np.ndarray) -> np.ndarray:
        """Which of ``steps`` to store: the multiples of the stride (a power of two) and the pinned ones."""
        return ((steps & (self.stride - 1)) == 0) | pinned

    def _thin(self, newest: int) -> None:
        """Keep only the rows of steps that are multiples of the stride, pinned, or from ``newest`` on."""
        self._settle()
        if self.count == 0:
            return
        if not self._pins and self._thin_every_other_row(newest):
            return
        pinned = self._pinned(self.steps)
        kept = self._kept(self.steps, pinned) | (self.steps >= newest)
        self.count = self._compact(0, kept)
        self._pinned_rows = int(pinned.sum())

    def _thin_every_other_row(self, newest: int) -> bool:
        """The common thinning, done as strided copies: with no pinned steps, the rows before
        ``newest`` are every multiple of the former stride (k / 2), one after another, so the
        multiples of k are every other one of them. Moving them with slices takes about a
        third of the masked compaction's time (which held the window's thread for 20–40 ms
        at a million rows). Whether it applied (else nothing has changed)."""
        steps = self._steps
        former = self.stride // 2
        body = int(np.searchsorted(steps[: self.count], newest))  # the rows before newest
        if former < 1 or body < 2:
            return False
        first, last = int(steps[0]), int(steps[body - 1])
        # strictly increasing multiples of the former stride spanning (body − 1) strides: all of them
        if first % former or (last - first) != (body - 1) * former:
            return False
        start = 0 if first % self.stride == 0 else 1
        kept = len(range(start, body, 2))
        tail = self.count - body
        for name in self.NAMES:
            array = getattr(self, name)
            array[:kept] = array[start:body:2]  # numpy copies through a buffer where they overlap
            if tail:
                array[kept : kept + tail] = array[body : self.count]
        self.count = kept + tail
        self._pinned_rows = 0
        return True

    def _compact(self, first: int, kept: np.ndarray) -> int:
        """Move the rows from ``first`` on that ``kept`` marks to the front of that range,
        a slice at a time (no copy of a whole column at once); return the new row count."""
        written = first
        for start in range(0, len(kept), _SLICE):
            part = kept[start : start + _SLICE]
            count = int(part.sum())
            if count:
                for name in self.NAMES:
                    array = getattr(self, name)
                    array[written : written + count] = np.compress(part, array[first + start : first + start + len(part)], axis=0)
            written += count
        return written

    def _larger_capacity(self, capacity: int) -> int:
        # never much more room than the budget: the rows are thinned before they pass it
        return max(capacity, min(2 * capacity, self.budget + 2 + len(self._pins) + 1024))

    # -- pins ------------------------------------------------------------------------
    def pin(self, step: int) -> bool:
        """Keep step ``step`` through every later thinning (a step a person looked at in
        the step panel; one that shows an update t → t + 1 pins both). Return whether it
        will be there: a step already thinned away cannot come back; a future step can
        be pinned before it arrives."""
        step = int(step)
        if step < 0:
            return False
        if step < self.total and self.index_of(step) is None:
            return False
        if step not in self._pins:
            self._pins.add(step)
            self._ahead = None  # the thinning ahead keeps no pins: the next thinning copies
            self._pinned_array = np.array(sorted(self._pins), dtype=np.int64)
            if step < self.total:
                self._pinned_rows += 1
        return True

    @property
    def pinned(self) -> tuple[int, ...]:
        return tuple(sorted(self._pins))

    # -- reading ---------------------------------------------------------------------
    @property
    def steps(self) -> np.ndarray:
        """The step number t of each row (increasing)."""
        return self._steps[: self.count]

    @property
    def last_step(self) -> int:
        """The newest step t (−1 before any row)."""
        return self.total - 1

    @property
    def thinned(self) -> bool:
        return self.stride > 1

    def index_of(self, step: int) -> int | None:
        """The row that holds step ``step``, or None when that step is not kept."""
        row = int(np.searchsorted(self.steps, step))
        return row if row < self.count and self._steps[row] == step else None

    def nearest(self, step: int) -> int:
        """The row of the kept step nearest to ``step`` (the earlier one on a tie)."""
        if self.count == 0:
            raise IndexError("the history is empty")
        row = int(np.searchsorted(self.steps, step))
        if row == 0:
            return 0
        if row == self.count:
            return self.count - 1
        return row - 1 if step - self._steps[row - 1] <= self._steps[row] - step else row

    def thinning_note(self) -> str:
        """One sentence on what the history keeps, for the window; empty while it keeps every step."""
        if not self.thinned:
            return ""
        values = {"ordinal": _ordinal(self.stride), "total": f"{self.total:,}", "kept": f"{self.count:,}"}
        if self._pinned_rows:
            return translate(
                "History",
                "The path shows every {ordinal} of {total} steps ({kept} kept, with the {looked} steps you looked at); the last step is exact.",
            ).format(looked=f"{self._pinned_rows:,}", **values)
        return translate("History", "The path shows every {ordinal} of {total} steps ({kept} kept); the last step is exact.").format(
            **values
        )
