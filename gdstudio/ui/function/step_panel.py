"""The step panel: the current update written out with its numbers, the lesson's
formula [x_{t+1}, y_{t+1}] = [x_t, y_t] − γ ∇f(x_t, y_t) filled in."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from gdstudio.core.descent.engine import StepRecord
from gdstudio.ui.common.text import number, vector

STATE_LABELS = {
    "velocity": "velocity b",
    "scale": "per-coordinate scale 1/(√v + ε)",
    "first_moment": "gradient average m",
    "second_moment": "squared-gradient average v",
    "square_average": "squared-gradient average v",
    "sum_of_squares": "sum of squared gradients s",
}


def step_html(record: StepRecord, optimizer: str) -> str:
    t = record.step - 1
    lines = [f"<b>Step {record.step}</b> (t = {t} → {t + 1})"]
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
    change = record.loss - record.loss_before
    arrow = "↓" if change < 0 else ("↑" if change > 0 else "=")
    lines.append(
        f"loss f: {number(record.loss_before)} → {number(record.loss)} &nbsp;({arrow} {number(abs(change))})"
        f" &nbsp; ‖∇f‖ = {number(math.hypot(*record.next_gradient[:2]))}"
    )
    for name, values in record.state.items():
        lines.append(f"{STATE_LABELS.get(name, name)} = {vector(values)}")
    return "<br>".join(lines)


def start_html(point, loss: float, gradient) -> str:
    return (
        "<b>Start</b> (t = 0)<br>"
        f"[x<sub>0</sub>, y<sub>0</sub>] = {vector(point)}<br>"
        f"f = {number(loss)}, &nbsp; ∇f = {vector(gradient)}<br>"
        "The gradient points uphill; each step goes the other way: w ← w − γ∇f(w)."
    )


def stored_html(step: int, point, loss: float, gradient, stride: int) -> str:
    return (
        f"<b>Step {step:,}</b><br>"
        f"w<sub>{step}</sub> = {vector(point)}<br>"
        f"f = {number(loss)}, &nbsp; ∇f = {vector(gradient)}<br>"
        f"This long run is kept every {stride:,} steps, so the update into this step is not stored."
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
    return f"<br><b>Stopped:</b> {stop_reason}" if stop_reason else ""
