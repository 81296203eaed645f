"""Plain-data reports of a run: the JSON object and CSV rows every front end writes.

A run's rows w_t, f(w_t), ∇f(w_t) may be millions long, so the writers read them as
:class:`RunRows`, a slice (:class:`RowChunk`) at a time, and never as a Python
list per step: :class:`ArrayRows` for rows held in arrays (a finished
:class:`~gdstudio.core.descent.engine.RunResult`, the window's
:class:`~gdstudio.core.descent.history.RunHistory`); the command line spools a run's
rows to a temporary file as it goes (``gdstudio.export.files.RowSpool``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from gdstudio.core.descent.engine import RunResult, RunSettings, SearchStep, Status
from gdstudio.core.descent.explain import run_stop_message
from gdstudio.core.descent.line_search import line_search_info
from gdstudio.core.function.language import ParsedFunction
from gdstudio.core.plain import finite_or_none, plain_list

CSV_HEADER = ("step", "x", "y", "loss", "grad_x", "grad_y")
# rows a writer formats at a time: a few MB of text, whatever the length of the run
ROW_CHUNK = 4096


@dataclass(frozen=True)
class RowChunk:
    """Consecutive rows of a run: step t, w_t, f(w_t) and ∇f(w_t) for each."""

    steps: np.ndarray  # (k,) whole numbers
    points: np.ndarray  # (k, d)
    loss: np.ndarray  # (k,)
    gradient: np.ndarray  # (k, d)

    def __len__(self) -> int:
        return len(self.loss)


class RunRows(Protocol):
    """The rows of a run, read a chunk at a time (as often as a writer needs)."""

    @property
    def consecutive(self) -> bool:
        """Whether the rows are the steps 0, 1, 2, … (False for a thinned history)."""
        ...

    def chunks(self) -> Iterator[RowChunk]: ...


class ArrayRows:
    """Rows held in arrays; ``steps`` None means the steps 0, 1, 2, …"""

    def __init__(self, points: np.ndarray, loss: np.ndarray, gradient: np.ndarray, steps: np.ndarray | None = None):
        self.points, self.loss, self.gradient = points, loss, gradient
        self.steps = steps
        self.consecutive = steps is None or bool(np.array_equal(steps, np.arange(len(loss))))

    @classmethod
    def of_result(cls, result: RunResult) -> ArrayRows:
        return cls(result.points, result.loss, result.gradient)

    @classmethod
    def of_history(cls, history) -> ArrayRows:
        """The rows a :class:`~gdstudio.core.descent.history.RunHistory` keeps (views: read them before it grows)."""
        return cls(history.points, history.loss, history.gradient, None if not history.thinned else history.steps)

    def chunks(self) -> Iterator[RowChunk]:
        for start in range(0, len(self.loss), ROW_CHUNK):
            end = min(start + ROW_CHUNK, len(self.loss))
            steps = np.arange(start, end) if self.steps is None else self.steps[start:end]
            yield RowChunk(steps, self.points[start:end], self.loss[start:end], self.gradient[start:end])


def report_head(
    function: ParsedFunction,
    settings: RunSettings,
    status: Status,
    steps: int,
    point: np.ndarray,
    loss: float,
    gradient: np.ndarray,
    evaluations=None,
    searches: Sequence[SearchStep] | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """The JSON report of a run (the schema of ``gdstudio run --json``) up to ``steps``, for
    a run that ended at w = ``point`` with f(w) = ``loss`` and ∇f(w) = ``gradient``: the
    trajectory, the losses and ``final`` follow. ``evaluations``: the run's counts of f, ∇f
    and H; ``searches``: a searched run's steps (its line search's trials and α);
    ``note``: why a search or a direction ended the run."""
    head = {
        "function": function.text,
        "expression": function.expression_text,
        "gradient": list(function.gradient_texts),
        "optimizer": settings.optimizer,
        "hyperparameters": {k: float(v) for k, v in dict(settings.hyperparameters).items()},
        "lr": float(settings.learning_rate),
        "start": [float(v) for v in settings.start],
        "max_steps": int(settings.max_steps),
        "tol": float(settings.tolerance),
        "status": str(status),
        "reason": stop_reason(function, settings, status, steps, point, loss, gradient, note),
        "steps": int(steps),
    }
    if settings.gradient_noise > 0:
        head["gradient_noise"] = float(settings.gradient_noise)
        head["seed"] = int(settings.seed)
    if settings.searched:
        head["step_size"] = settings.line_search
        if settings.line_search != "fixed":
            head["search_settings"] = search_settings(settings)
    if evaluations is not None:
        head["evaluations"] = evaluations_dict(evaluations)
    if searches is not None and settings.searched:
        head["line_search"] = [search.to_dict() for search in searches]
    return head


def search_settings(settings: RunSettings) -> dict[str, float]:
    """The constants the run's line search uses: c₁ and ρ (Armijo), c₁ and c₂ (strong Wolfe)."""
    info = line_search_info(settings.line_search)
    values = {"c1": settings.c1, "c2": settings.c2, "shrink": settings.shrink}
    used = {"c1": info.uses_c1, "c2": info.uses_c2, "shrink": info.uses_shrink}
    return {k: float(v) for k, v in values.items() if used[k]}


def evaluations_dict(evaluations) -> dict[str, int]:
    """{"f", "gradient", "hessian"}: how many times the run evaluated each."""
    f, gradient, hessian = (int(v) for v in evaluations)
    return {"f": f, "gradient": gradient, "hessian": hessian}


def evaluations_text(evaluations) -> str:
    """The counts for a person: "f 29, ∇f 29, H 21" (H only for a run that evaluated it)."""
    f, gradient, hessian = (int(v) for v in evaluations)
    return f"f {f:,}, ∇f {gradient:,}" + (f", H {hessian:,}" if hessian else "")


def _norm(gradient: np.ndarray) -> float:
    with np.errstate(over="ignore"):  # a diverged run's gradient has norm inf (null in JSON)
        return float(np.linalg.norm(np.asarray(gradient, dtype=float)))


def report_final(point: np.ndarray, loss: float, gradient: np.ndarray) -> dict[str, Any]:
    """``final`` of the JSON report: w, f(w) and ‖∇f(w)‖₂ of the last step."""
    return {"point": plain_list(np.asarray(point, dtype=float)), "loss": finite_or_none(loss), "grad_norm": finite_or_none(_norm(gradient))}


def stop_reason(
    function: ParsedFunction, settings: RunSettings, status: Status, steps: int, point, loss: float, gradient, note: str | None = None
) -> str:
    """Why the run stopped, in the window's sentence (the report's ``reason``)."""
    return run_stop_message(function, status, steps, point, float(loss), _norm(gradient), settings.tolerance, settings.max_steps, note)


def run_report(function: ParsedFunction, result: RunResult) -> dict[str, Any]:
    """The run as one JSON-ready object, its lists as Python lists (a short run's;
    ``gdstudio.export.files.write_run_json`` writes the same text a slice at a time)."""
    final = (result.final_point, result.final_loss, result.gradient[-1])
    report = report_head(function, result.settings, result.status, result.steps, *final)
    report["trajectory"] = plain_list(result.points)
    report["loss"] = plain_list(result.loss)
    report["final"] = report_final(*final)
    return report


def trajectory_rows(result: RunResult) -> list[tuple]:
    """CSV rows: step, x, y, loss, grad_x, grad_y (one per point w_0 … w_steps), as
    Python lists (a short run's; ``gdstudio.export.files.write_run_csv`` writes the
    same text a slice at a time)."""
    rows = []
    for step, (point, loss, gradient) in enumerate(zip(result.points, result.loss, result.gradient)):
        rows.append((step, *(repr(float(v)) for v in point), repr(float(loss)), *(repr(float(v)) for v in gradient)))
    return rows
