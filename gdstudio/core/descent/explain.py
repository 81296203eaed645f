"""Sentences that tell a learner why a run is where it is."""

from __future__ import annotations

import numpy as np

from gdstudio.core.descent.engine import Status
from gdstudio.core.function.analysis import curvature_of
from gdstudio.core.function.domain import why_undefined
from gdstudio.core.function.language import ParsedFunction
from gdstudio.core.words import translate

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
        note = note or translate("Explain", "no acceptable step size was found")
        return translate("Explain", "the line search failed at step {step}: {note}").format(step=steps + 1, note=note)
    if status is Status.NO_DESCENT:
        note = note or translate("Explain", "d is not a descent direction")
        return translate("Explain", "stopped before step {step}: {note}").format(step=steps + 1, note=note)
    if status is Status.UNDEFINED:
        if reason:
            if steps == 0:
                return translate("Explain", "{reason}, at the start").format(reason=reason)
            return translate("Explain", "{reason}, at step {step}").format(reason=reason, step=steps)
        if steps == 0:
            return translate("Explain", "undefined at the start: f or ∇f is not a real number there")
        return translate("Explain", "undefined at step {step}: f or ∇f is not a real number there").format(step=steps)
    if status is Status.CONVERGED:
        values = {"step": steps, "norm": f"{gradient_norm:.2g}", "tolerance": f"{tolerance:g}"}
        kind = None if hessian is None else stationary_kind(hessian)
        if kind == "saddle":
            text = translate(
                "Explain",
                "converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} < {tolerance})"
                " — but this is a saddle point, not a minimum",
            )
        elif kind == "maximum":
            text = translate(
                "Explain", "converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} < {tolerance}) — but this is a maximum"
            )
        elif kind == "flat":
            text = translate(
                "Explain",
                "converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} < {tolerance})"
                " — the surface is flat here, it may not be a minimum",
            )
        elif kind is not None:
            text = translate(
                "Explain", "converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} < {tolerance}): a local minimum"
            )
        else:
            text = translate("Explain", "converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} < {tolerance})")
        return text.format(**values)
    if status is Status.MAX_STEPS:
        return translate("Explain", "stopped at the step limit ({limit} steps) before the gradient reached zero (‖∇f‖ = {norm})").format(
            limit=max_steps, norm=f"{gradient_norm:.2g}"
        )
    if status is Status.DIVERGED:
        if np.isfinite(loss) and loss < 0:
            return translate("Explain", "diverged at step {step}: f decreases without bound in this direction (no minimum there)").format(
                step=steps
            )
        return translate("Explain", "diverged at step {step}: γ too large, the steps overshoot and grow").format(step=steps)
    if playing:
        return translate("Explain", "running")
    if steps == 0:
        return translate("Explain", "ready: press Play or Step")
    return translate("Explain", "paused at step {step}").format(step=steps)


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
