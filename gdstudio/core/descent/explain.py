"""Sentences that tell a learner why a run is where it is."""

from __future__ import annotations

import numpy as np

from gdstudio.core.descent.engine import Status
from gdstudio.core.function.analysis import curvature_of
from gdstudio.core.function.domain import why_undefined
from gdstudio.core.function.language import ParsedFunction

# the analysis module's reading of the Hessian, in the words of a stopped run
_KIND = {"positive definite": "minimum", "negative definite": "maximum", "indefinite": "saddle"}


def stationary_kind(hessian: np.ndarray) -> str:
    """'minimum', 'maximum', 'saddle' or 'flat' from the Hessian at a point where the
    gradient is (all but) zero (see :func:`gdstudio.core.function.analysis.classify_point`)."""
    return _KIND.get(curvature_of(hessian).kind, "flat")


def stop_message(
    status: Status | str,
    steps: int,
    gradient_norm: float,
    tolerance: float,
    max_steps: int,
    loss: float = float("nan"),
    hessian: np.ndarray | None = None,
    playing: bool = False,
    reason: str | None = None,
    note: str | None = None,
) -> str:
    """Why the run stopped, or what it is doing, in one sentence.

    ``reason``: for an ``undefined`` run, the sentence that names the failing
    operation and the point (:func:`gdstudio.core.function.domain.why_undefined`);
    without it the sentence says only that f or ∇f is not a real number there.
    ``note``: for a run a line search or its direction ended, what went wrong
    (``Descent.stop_notes``)."""
    status = Status(status)
    if status is Status.SEARCH_FAILED:
        return f"the line search failed at step {steps + 1}: {note or 'no acceptable step size was found'}"
    if status is Status.NO_DESCENT:
        return f"stopped before step {steps + 1}: {note or 'd is not a descent direction'}"
    if status is Status.UNDEFINED:
        when = "at the start" if steps == 0 else f"at step {steps}"
        if reason:
            return f"{reason}, {when}"
        return f"undefined {when}: f or ∇f is not a real number there"
    if status is Status.CONVERGED:
        text = f"converged at step {steps}: the gradient is all but zero (‖∇f‖ = {gradient_norm:.2g} < {tolerance:g})"
        if hessian is not None:
            kind = stationary_kind(hessian)
            if kind == "saddle":
                text += " — but this is a saddle point, not a minimum"
            elif kind == "maximum":
                text += " — but this is a maximum"
            elif kind == "flat":
                text += " — the surface is flat here, it may not be a minimum"
            else:
                text += ": a local minimum"
        return text
    if status is Status.MAX_STEPS:
        return f"stopped at the step limit ({max_steps} steps) before the gradient reached zero (‖∇f‖ = {gradient_norm:.2g})"
    if status is Status.DIVERGED:
        if np.isfinite(loss) and loss < 0:
            return f"diverged at step {steps}: f decreases without bound in this direction (no minimum there)"
        return f"diverged at step {steps}: γ too large, the steps overshoot and grow"
    if playing:
        return "running"
    return "ready: press Play or Step" if steps == 0 else f"paused at step {steps}"


def run_stop_message(
    function: ParsedFunction,
    status: Status | str,
    steps: int,
    point,
    loss: float,
    gradient_norm: float,
    tolerance: float,
    max_steps: int,
    note: str | None = None,
) -> str:
    """:func:`stop_message` for a stopped run of a typed function, with everything
    the function can add at the run's last point w_t: the kind of stationary point
    (from the Hessian there) when it converged, and the failing operation when it
    is undefined."""
    status = Status(status)
    point = np.asarray(point, dtype=float)
    hessian = function.hessian(point[0], point[1]) if status is Status.CONVERGED else None
    reason = why_undefined(function, point) if status is Status.UNDEFINED else None
    return stop_message(status, steps, gradient_norm, tolerance, max_steps, loss, hessian, reason=reason, note=note)
