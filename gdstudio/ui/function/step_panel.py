"""The step panel: the current update written out with its numbers, the lesson's
formula [x_{t+1}, y_{t+1}] = [x_t, y_t] − γ ∇f(x_t, y_t) filled in."""

from __future__ import annotations

import html
import math

import numpy as np
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.core.descent.engine import StepRecord
from gdstudio.ui.common.text import number, vector

translate = QtCore.QCoreApplication.translate

# the words are marked here and translated where shown: translate("StepPanel", STATE_LABELS[name])
STATE_LABELS = {
    "velocity": QT_TRANSLATE_NOOP("StepPanel", "velocity b"),
    "scale": QT_TRANSLATE_NOOP("StepPanel", "per-coordinate scale 1/(√v + ε)"),
    "first_moment": QT_TRANSLATE_NOOP("StepPanel", "gradient average m"),
    "second_moment": QT_TRANSLATE_NOOP("StepPanel", "squared-gradient average v"),
    "square_average": QT_TRANSLATE_NOOP("StepPanel", "squared-gradient average v"),
    "sum_of_squares": QT_TRANSLATE_NOOP("StepPanel", "sum of squared gradients s"),
    "hessian_used": QT_TRANSLATE_NOOP("StepPanel", "H used"),
    "inverse_hessian": "H_t (≈ H⁻¹)",
    "previous_direction": QT_TRANSLATE_NOOP("StepPanel", "previous direction d"),
}
DIRECTION_FORMULAS = {
    "gd": "d = −∇f(w<sub>{t}</sub>)",
    "newton": "d = −H⁻¹∇f(w<sub>{t}</sub>)",
    "bfgs": "d = −H<sub>{t}</sub>∇f(w<sub>{t}</sub>)",
    "lbfgs": QT_TRANSLATE_NOOP("StepPanel", "d = −H<sub>{t}</sub>∇f(w<sub>{t}</sub>) (two-loop recursion over the stored pairs)"),
    "cg": "d = −∇f(w<sub>{t}</sub>) + β d<sub>prev</sub>",
}
RULE_WORDS = {
    "fixed": "α = γ",
    "armijo": QT_TRANSLATE_NOOP("StepPanel", "backtracking"),
    "strong-wolfe": QT_TRANSLATE_NOOP("StepPanel", "strong Wolfe"),
    "exact": QT_TRANSLATE_NOOP("StepPanel", "exact search"),
}


def _state_label(name: str) -> str:
    """What the optimizer carries, in words (its key where it has none)."""
    return translate("StepPanel", STATE_LABELS[name]) if name in STATE_LABELS else name


def _step_head(step: int, t: int) -> str:
    return translate("StepPanel", "<b>Step {step}</b>").format(step=step) + f" (t = {t} → {t + 1})"


def _matrix(values) -> str:
    rows = np.atleast_2d(np.asarray(values, dtype=float))
    return "[" + "; ".join(", ".join(number(float(v)) for v in row) for row in rows) + "]"


def _loss_line(record: StepRecord) -> str:
    """f before and after the step, its change and ‖∇f‖ where the step arrived."""
    change = record.loss - record.loss_before
    arrow = "↓" if change < 0 else ("↑" if change > 0 else "=")
    return translate("StepPanel", "loss f: {before} → {after} &nbsp;({arrow} {change}) &nbsp; ‖∇f‖ = {norm}").format(
        before=number(record.loss_before),
        after=number(record.loss),
        arrow=arrow,
        change=number(abs(change)),
        norm=number(math.hypot(*record.next_gradient[:2])),
    )


def searched_html(record: StepRecord, optimizer: str) -> str:
    """A step w_{t+1} = w_t + αd of a searched run: the direction with its formula, every
    trial (α, f) with the verdict of the search's conditions, α taken and the notes."""
    search = record.search
    t = record.step - 1
    lines = [_step_head(record.step, t)]
    formula = translate("StepPanel", DIRECTION_FORMULAS[optimizer]) if optimizer in DIRECTION_FORMULAS else "d"
    lines.append(f"w<sub>{t + 1}</sub> = w<sub>{t}</sub> + α d, &nbsp; {formula.format(t=t)}")
    lines.append(
        f"&nbsp;&nbsp;∇f(w<sub>{t}</sub>) = {vector(record.gradient)}, d = {vector(search.direction)}, ∇fᵀd = {number(search.slope)}"
    )
    trials = []
    for index, (alpha, loss) in enumerate(search.trials, start=1):
        bound = search.loss + search.c1 * alpha * search.slope
        verdict = ""
        if search.rule in ("armijo", "strong-wolfe"):
            verdict = " ✓" if loss <= bound else f" ✗ (&gt; {number(bound)})"
        trials.append(f"{index}: α = {number(alpha)}, f = {number(loss)}{verdict}")
    rule = translate("StepPanel", RULE_WORDS[search.rule]) if search.rule in RULE_WORDS else search.rule
    lines.append(f"{rule}: " + "; ".join(trials) if trials else rule)
    if search.step_size is not None:
        lines.append(
            f"&nbsp;&nbsp;α = {number(search.step_size)}: {vector(record.previous_point)} + {number(search.step_size)} × {vector(search.direction)}"
        )
        lines.append(f"&nbsp;&nbsp;= {vector(record.point)}")
    lines.append(_loss_line(record))
    for note in search.notes:
        lines.append(f"<i>{html.escape(note)}</i>")
    # what the direction remembered when it chose d (BFGS's H_t, L-BFGS's pairs)
    memory = search.memory or record.state
    for name, values in memory.items():
        if name in ("pairs_s", "pairs_y"):
            continue
        lines.append(f"{_state_label(name)} = {_matrix(values)}")
    if "pairs_s" in memory:
        pairs = list(zip(memory["pairs_s"], memory["pairs_y"]))
        lines.append(translate("StepPanel", "stored pairs (s, y), oldest first ({count}):").format(count=len(pairs)))
        for s, y in pairs[-6:]:
            lines.append(f"&nbsp;&nbsp;s = {vector(s)}, y = {vector(y)}, yᵀs = {number(float(y @ s))}")
    return "<br>".join(lines)


def step_html(record: StepRecord, optimizer: str) -> str:
    if record.search is not None:
        return searched_html(record, optimizer)
    t = record.step - 1
    lines = [_step_head(record.step, t)]
    if optimizer == "gd":
        lines.append(
            f"[x<sub>{t + 1}</sub>, y<sub>{t + 1}</sub>] = [x<sub>{t}</sub>, y<sub>{t}</sub>] − γ ∇f(x<sub>{t}</sub>, y<sub>{t}</sub>)"
        )
        lines.append(f"&nbsp;&nbsp;= {vector(record.previous_point)} − {number(record.learning_rate)} × {vector(record.gradient)}")
    else:
        lines.append(
            f"w<sub>{t + 1}</sub> = w<sub>{t}</sub> + Δw<sub>{t}</sub>, &nbsp; ∇f(w<sub>{t}</sub>) = {vector(record.gradient)}, γ = {number(record.learning_rate)}"
        )
        lines.append(f"&nbsp;&nbsp;= {vector(record.previous_point)} + {vector(record.update)}")
    lines.append(f"&nbsp;&nbsp;= {vector(record.point)}")
    lines.append(_loss_line(record))
    for name, values in record.state.items():
        lines.append(f"{_state_label(name)} = {vector(values)}")
    return "<br>".join(lines)


def start_html(point, loss: float, gradient) -> str:
    return (
        translate("StepPanel", "<b>Start</b> (t = 0)")
        + "<br>"
        + f"[x<sub>0</sub>, y<sub>0</sub>] = {vector(point)}<br>"
        + f"f = {number(loss)}, &nbsp; ∇f = {vector(gradient)}<br>"
        + translate("StepPanel", "The gradient points uphill; each step goes the other way: w ← w − γ∇f(w).")
    )


def stored_html(step: int, point, loss: float, gradient, stride: int) -> str:
    return (
        translate("StepPanel", "<b>Step {step}</b>").format(step=f"{step:,}")
        + "<br>"
        + f"w<sub>{step}</sub> = {vector(point)}<br>"
        + f"f = {number(loss)}, &nbsp; ∇f = {vector(gradient)}<br>"
        + translate("StepPanel", "This long run is kept every {stride} steps, so the update into this step is not stored.").format(
            stride=f"{stride:,}"
        )
    )


class StepPanel(QtWidgets.QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stepPanel")
        self.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
        self.setWordWrap(True)
        self.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumWidth(240)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setMargin(8)
        # the text changes every frame; its size must not re-lay-out the window
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Ignored)

    def show_record(self, record: StepRecord, optimizer: str, stop_reason: str | None = None) -> None:
        self.setText(step_html(record, optimizer) + _stop_html(stop_reason))

    def show_start(self, point, loss: float, gradient, stop_reason: str | None = None) -> None:
        self.setText(start_html(point, loss, gradient) + _stop_html(stop_reason))

    def show_stored(self, step: int, point, loss: float, gradient, stride: int, stop_reason: str | None = None) -> None:
        """A step of a long run kept without the one before it (the run is stored every ``stride`` steps)."""
        self.setText(stored_html(step, point, loss, gradient, stride) + _stop_html(stop_reason))


def _stop_html(stop_reason: str | None) -> str:
    return "<br>" + translate("StepPanel", "<b>Stopped:</b> {reason}").format(reason=stop_reason) if stop_reason else ""
