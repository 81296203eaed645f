"""A run drawn without a window: the contour with the path and the loss curve, with a
title that says what ran and why it stopped, in one pyqtgraph scene saved as PNG or
SVG with pyqtgraph's exporters. The CLI's figures and the window's exports use it."""

from __future__ import annotations

import numpy as np

from gdstudio.core.descent.engine import RunResult, arrow_tips
from gdstudio.core.descent.explain import run_stop_message
from gdstudio.core.descent.line_search import line_search_info
from gdstudio.core.descent.optimizers import OPTIMIZERS
from gdstudio.core.function.landscape import evaluate_landscape
from gdstudio.core.function.language import ParsedFunction
from gdstudio.ui.common.figure import FigureStyle, SceneFigure, ensure_application

PANELS = ("contour", "loss")


def translate(context: str, text: str) -> str:
    """Qt's translation (English in the CLI, which installs no translator); Qt is
    imported only when a figure is drawn."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def function_text(function: ParsedFunction) -> str:
    """The function as the person typed it, in maths notation where the language offers it."""
    return getattr(function, "pretty", None) or function.display


def run_titles(function: ParsedFunction, result: RunResult) -> tuple[str, str]:
    """The figure's title (the function as typed) and its subtitle: optimizer, γ, and why the run stopped."""
    settings = result.settings
    title = f"f(x, y) = {function_text(function)}"
    optimizer = OPTIMIZERS[settings.optimizer].info.title
    if settings.line_search != "fixed":
        optimizer = translate("RunFigure", "{optimizer} with {search} steps").format(
            optimizer=optimizer, search=line_search_info(settings.line_search).title
        )
    # the name as a sentence writes it (lower case in English; a German noun keeps its capital)
    schedule = "" if settings.schedule.is_constant else f" ({settings.schedule.title_in_text})"
    reason = run_stop_message(
        function,
        result.status,
        result.steps,
        result.final_point,
        result.final_loss,
        result.final_gradient_norm,
        settings.tolerance,
        settings.max_steps,
    )
    start = ", ".join(f"{float(v):g}" for v in settings.start)
    subtitle = translate("RunFigure", "{optimizer}, γ = {rate}{schedule}, from ({start}): {reason}").format(
        optimizer=optimizer, rate=f"{settings.learning_rate:g}", schedule=schedule, start=start, reason=reason
    )
    return title, subtitle.replace("-", "−")


class RunFigure(SceneFigure):
    """The figure of one run (built offscreen, never shown): ``panels`` "contour" and
    "loss", under a title, in ``style`` (size and theme; a wide style puts the loss
    beside the contour)."""

    def __init__(
        self,
        function: ParsedFunction,
        result: RunResult,
        window,
        width: int = 900,
        height: int = 1000,
        style: FigureStyle | None = None,
        panels=PANELS,
        path_colour: str | None = None,
    ):
        ensure_application()
        import pyqtgraph as pg

        from gdstudio.ui.common.plots import PATH_COLOUR, ContourItem, LossItem

        style = style or FigureStyle(width, height)
        self.style = style
        self.layout = pg.GraphicsLayoutWidget()
        style.style_layout(self.layout)
        title, subtitle = run_titles(function, result)
        side = style.side_by_side and len(panels) == 2
        columns = 2 if side else 1
        style.add_title(self.layout, title, row=0, colspan=columns, size=13.0)
        # the subtitle on two lines where one would be cut (what ran; why it stopped)
        if len(subtitle) * 9.5 * style.text_scale * 0.62 > style.width:
            subtitle = subtitle.replace("): ", "):<br>", 1)
        style.add_title(self.layout, subtitle, row=1, colspan=columns, size=9.5)
        self.contour = self.loss = None
        row = 2
        if "contour" in panels:
            self.contour = ContourItem()
            self.layout.addItem(self.contour, row=row, col=0)
            style.style_plot(self.contour)
            self.contour.set_landscape(evaluate_landscape(function, window, resolution=300))
            colour = path_colour or PATH_COLOUR
            self.contour.set_path_colour(0, colour)
            self.contour.set_path(result.points)
            self.contour.set_start(*result.points[0][:2])
            if len(result.points):
                point, gradient = result.points[-1], result.gradient[-1]
                rate = result.settings.learning_rate
                self.contour.set_arrows(point, *arrow_tips(point, gradient, -rate * gradient, rate))
        if "loss" in panels:
            self.loss = LossItem()
            if side:
                self.layout.addItem(self.loss, row=row, col=1)
                self.layout.ci.layout.setColumnStretchFactor(0, 3)
                self.layout.ci.layout.setColumnStretchFactor(1, 2)
            else:
                self.layout.addItem(self.loss, row=row + (1 if self.contour is not None else 0), col=0)
                if self.contour is not None:
                    self.layout.ci.layout.setRowStretchFactor(row, 3)
                    self.layout.ci.layout.setRowStretchFactor(row + 1, 1)
            style.style_plot(self.loss)
            finite = result.loss[np.isfinite(result.loss)]
            self.loss.set_logarithmic(bool(finite.size and np.all(finite > 0)) and result.steps > 0)
            self.loss.set_loss(result.loss)
        self.layout.show()
        self._process_events()
        if self.contour is not None:
            self.contour.refresh_arrows()
