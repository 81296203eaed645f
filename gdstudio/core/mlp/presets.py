"""Named set-ups of the MLP tab, each chosen to teach one thing (as the function
presets of :mod:`gdstudio.core.function.presets` do for f(x, y))."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from gdstudio.core.mlp.datasets import DataSettings
from gdstudio.core.mlp.training import TrainingSettings, settings_for_task


@dataclass(frozen=True)
class MLPPreset:
    """A task with its settings and the sentence it teaches.

    ``data`` makes the data set; the training settings are the task's documented
    defaults with ``changes`` applied (:meth:`settings`); ``race_batch_size`` is the
    batch of the "full batch vs mini-batch" race the preset suggests
    (:class:`gdstudio.core.mlp.training.BatchRace`), None for none."""

    name: str
    title: str
    note: str
    data: DataSettings
    changes: Mapping[str, object] = field(default_factory=dict)
    race_batch_size: int | None = None

    def settings(self, train_size: int | None = None) -> TrainingSettings:
        """The task's default settings with the preset's changes
        (:func:`~gdstudio.core.mlp.training.settings_for_task`)."""
        return settings_for_task(self.data.task, train_size=train_size, **dict(self.changes))


LINE_FIT = MLPPreset(
    "line-fit",
    "Line fit: the loss is a bowl in (w, b)",
    "Two weights, the slope w and the intercept b: the map is the whole weight space, the bowl L(w, b) of the "
    "squared error, and the dot walks down it while the line turns to fit the points.",
    DataSettings(task="line"),
    race_batch_size=10,
)

PRESETS: dict[str, MLPPreset] = {preset.name: preset for preset in (LINE_FIT,)}
