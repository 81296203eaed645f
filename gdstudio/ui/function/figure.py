"""A run drawn without a window: the contour with the path above the loss curve,
in one pyqtgraph scene, saved as PNG or SVG with pyqtgraph's exporters."""

from __future__ import annotations

import numpy as np

from gdstudio.core.descent.engine import RunResult, arrow_tips
from gdstudio.core.function.landscape import evaluate_landscape
from gdstudio.core.function.language import ParsedFunction
from gdstudio.ui.common.figure import SceneFigure, ensure_application


class RunFigure(SceneFigure):
    """The figure of one finished run (built offscreen, never shown)."""

    def __init__(self, function: ParsedFunction, result: RunResult, window, width: int = 900, height: int = 1000):
        ensure_application()
        import pyqtgraph as pg

        from gdstudio.ui.common.plots import ContourItem, LossItem

        self.layout = pg.GraphicsLayoutWidget()
        self.layout.resize(width, height)
        self.layout.setBackground("w")
        title = f"f(x, y) = {function.display}    {result.settings.optimizer}, γ = {result.settings.learning_rate:g}"
        self.layout.addLabel(title, row=0, col=0, color="k", size="11pt")
        self.contour = ContourItem()
        self.loss = LossItem()
        self.layout.addItem(self.contour, row=1, col=0)
        self.layout.addItem(self.loss, row=2, col=0)
        self.layout.ci.layout.setRowStretchFactor(1, 3)
        self.layout.ci.layout.setRowStretchFactor(2, 1)
        self.contour.set_landscape(evaluate_landscape(function, window, resolution=300))
        self.contour.set_path(result.points)
        self.contour.set_start(*result.points[0][:2])
        if result.steps > 0:
            tips = arrow_tips(
                result.points[-1], result.gradient[-1], -result.settings.learning_rate * result.gradient[-1], result.settings.learning_rate
            )
            self.contour.set_arrows(result.points[-1], *tips)
        self.loss.set_logarithmic(bool(np.all(result.loss[np.isfinite(result.loss)] > 0)) and result.steps > 0)
        self.loss.set_loss(result.loss)
        self.layout.show()
        self._process_events()
        self.contour.refresh_arrows()
