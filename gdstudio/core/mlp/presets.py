"""Named set-ups of the MLP tab, each chosen to teach one thing (as the function
presets of :mod:`gdstudio.core.function.presets` do for f(x, y))."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from gdstudio.core.descent.schedules import Schedule
from gdstudio.core.mlp.datasets import DataSettings
from gdstudio.core.mlp.training import TrainingSettings, settings_for_task
from gdstudio.core.words import QT_TRANSLATE_NOOP, Shown


@dataclass(frozen=True)
class MLPPreset:
    """A task with its settings and the sentence it teaches.

    ``data`` makes the data set; the training settings are the task's documented
    defaults with ``changes`` applied (:meth:`settings`); ``race_batch_size`` is the
    batch of the race the preset suggests (:class:`gdstudio.core.mlp.training.BatchRace`:
    full batch vs mini-batches, or, when the settings have a schedule, a constant γ
    vs that schedule on the same mini-batches), None for none; ``race`` starts it at once."""

    name: str
    title: str = Shown("MLPPresets")  # marked for translation, read in the reader's language
    note: str = Shown("MLPPresets")
    data: DataSettings
    changes: Mapping[str, object] = field(default_factory=dict)
    race_batch_size: int | None = None
    race: bool = False

    def settings(self, train_size: int | None = None) -> TrainingSettings:
        """The task's default settings with the preset's changes
        (:func:`~gdstudio.core.mlp.training.settings_for_task`)."""
        return settings_for_task(self.data.task, train_size=train_size, **dict(self.changes))


LINE_FIT = MLPPreset(
    "line-fit",
    QT_TRANSLATE_NOOP("MLPPresets", "Line fit: the loss is a bowl in (w, b)"),
    QT_TRANSLATE_NOOP(
        "MLPPresets",
        "Two weights, the slope w and the intercept b: the map is the whole weight space, the bowl L(w, b) of the "
        "squared error, and the dot walks down it while the line turns to fit the points.",
    ),
    DataSettings(task="line"),
    race_batch_size=10,
)

# the noise ball: the same mini-batches in the same order from the same w₀, one run with
# a constant γ and one with γ_t = γ/(1 + 0.05 t); over 600 steps γ falls to 1/31 of itself
NOISE_BALL_SCHEDULE = Schedule("inverse_time", decay=0.05, period=None)  # as a session reads it back

NOISE_BALL = MLPPreset(
    "noise-ball",
    QT_TRANSLATE_NOOP("MLPPresets", "Noise ball: constant γ against 1/t on the line fit"),
    QT_TRANSLATE_NOOP(
        "MLPPresets",
        "Mini-batches of 10, the same w₀ and the same batches in the same order: with a constant γ the path ends in a "
        "cloud around the least-squares (w*, b*) and never settles; with γ_t = γ/(1 + 0.05·t) the steps shrink and the "
        "path closes in on the star.",
    ),
    DataSettings(task="line"),
    changes={"schedule": NOISE_BALL_SCHEDULE, "max_steps": 600},
    race_batch_size=10,
    race=True,
)

PRESETS: dict[str, MLPPreset] = {preset.name: preset for preset in (LINE_FIT, NOISE_BALL)}
