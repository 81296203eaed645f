"""An MLP's training before it runs, drawn without a window: the data (train ○, test △)
with the network's output at its initial weights w₀ (decision regions, fitted curve or
colour field, as the MLP tab's data plot draws them), under a title naming the data,
the network and the optimizer, and nothing the training has done yet: no loss, no
accuracy after training, no count of parameters (a question may ask for it). A lesson's
question slide shows it (``gdstudio lesson render``)."""

from __future__ import annotations

from gdstudio.core.mlp.network import decision_grid, fitted_curve
from gdstudio.core.mlp.training import Training, quiet_numbers
from gdstudio.ui.common.figure import FigureStyle, SceneFigure, ensure_application
from gdstudio.ui.mlp.worker import CURVE_POINTS, grid_resolution


class TrainingStartFigure(SceneFigure):
    """The data of ``training`` and its network's output at w₀ (``training.initial``)."""

    def __init__(self, training: Training, width: int = 900, height: int = 1000, style: FigureStyle | None = None):
        ensure_application()
        from gdstudio.ui.mlp.data_plot import DataPlot

        style = style or FigureStyle(width, height)
        self.style = style
        dataset, settings, network = training.dataset, training.settings, training.network
        self.layout = plot = DataPlot()
        style.style_layout(plot)
        style.style_plot(plot.plot_item)
        plot.set_dataset(dataset)
        with quiet_numbers():
            if dataset.features == 2:
                grid = decision_grid(network, training.initial, dataset.bounds(), grid_resolution(network.dimension))
                plot.set_grid(grid, dataset.classes)
            else:
                x_min, x_max, _, _ = dataset.bounds()
                plot.set_curve(*fitted_curve(network, training.initial, (x_min, x_max), CURVE_POINTS))
        # the network in a few words, without its count of parameters
        described = network.describe().rsplit(", ", 1)[0]
        title = f"{dataset.name}: {described}, {settings.optimizer}, γ = {settings.learning_rate:g}  ·  t = 0<br>{training.describe_loss()}"
        plot.plot_item.setTitle(title, color=style.foreground, size=f"{11 * style.text_scale:.1f}pt")
        plot.show()
        self._process_events()
