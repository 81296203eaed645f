"""Plain-data reports of a run: the JSON object and CSV rows every front end writes."""

from __future__ import annotations

from typing import Any

from gdstudio.core.descent.engine import RunResult
from gdstudio.core.descent.explain import run_stop_message
from gdstudio.core.function.language import ParsedFunction
from gdstudio.core.plain import finite_or_none, plain_list

CSV_HEADER = ("step", "x", "y", "loss", "grad_x", "grad_y")


def run_report(function: ParsedFunction, result: RunResult) -> dict[str, Any]:
    """The run as one JSON-ready object (the schema of ``gdstudio run --json``)."""
    settings = result.settings
    return {
        "function": function.text,
        "expression": function.expression_text,
        "gradient": list(function.gradient_texts),
        "optimizer": settings.optimizer,
        "hyperparameters": {k: float(v) for k, v in dict(settings.hyperparameters).items()},
        "lr": float(settings.learning_rate),
        "start": [float(v) for v in settings.start],
        "max_steps": int(settings.max_steps),
        "tol": float(settings.tolerance),
        "status": str(result.status),
        "reason": stop_reason(function, result),
        "steps": int(result.steps),
        "trajectory": plain_list(result.points),
        "loss": plain_list(result.loss),
        "final": {
            "point": plain_list(result.final_point),
            "loss": finite_or_none(result.final_loss),
            "grad_norm": finite_or_none(result.final_gradient_norm),
        },
    }


def stop_reason(function: ParsedFunction, result: RunResult) -> str:
    """Why the run stopped, in the window's sentence (the report's ``reason``)."""
    settings = result.settings
    return run_stop_message(
        function,
        result.status,
        result.steps,
        result.final_point,
        result.final_loss,
        result.final_gradient_norm,
        settings.tolerance,
        settings.max_steps,
    )


def trajectory_rows(result: RunResult) -> list[tuple]:
    """CSV rows: step, x, y, loss, grad_x, grad_y (one per point w_0 … w_steps)."""
    rows = []
    for step, (point, loss, gradient) in enumerate(zip(result.points, result.loss, result.gradient)):
        rows.append((step, *(repr(float(v)) for v in point), repr(float(loss)), *(repr(float(v)) for v in gradient)))
    return rows
