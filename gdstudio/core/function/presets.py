"""Preset functions, each chosen to teach one thing about gradient descent."""

from __future__ import annotations

from dataclasses import dataclass

from gdstudio.core.words import QT_TRANSLATE_NOOP, Shown


@dataclass(frozen=True)
class Preset:
    name: str
    title: str = Shown("FunctionPresets")  # marked for translation, read in the reader's language
    function: str
    note: str = Shown("FunctionPresets")  # one line: what this preset teaches
    window: tuple[float, float, float, float]  # x_min, x_max, y_min, y_max
    start: tuple[float, float]
    learning_rate: float
    optimizer: str = "gd"
    max_steps: int = 1000


PRESETS: dict[str, Preset] = {
    preset.name: preset
    for preset in (
        Preset(
            "seed",
            QT_TRANSLATE_NOOP("FunctionPresets", "Round bowl"),
            "x^2 + x*y + y^2",
            QT_TRANSLATE_NOOP(
                "FunctionPresets", "A tilted bowl with ∇f = [2x + y, x + 2y]: any γ below 2/3 reaches the minimum at (0, 0)."
            ),
            (-2.0, 2.0, -2.0, 2.0),
            (1.5, -1.0),
            0.1,
        ),
        Preset(
            "elongated",
            QT_TRANSLATE_NOOP("FunctionPresets", "Elongated bowl"),
            "x^2 + 10y^2",
            QT_TRANSLATE_NOOP(
                "FunctionPresets", "Curvature 2 along x and 20 along y: γ must suit the steep direction, so the flat one crawls."
            ),
            (-3.0, 3.0, -1.5, 1.5),
            (-2.5, 1.0),
            0.09,
        ),
        Preset(
            "rosenbrock",
            QT_TRANSLATE_NOOP("FunctionPresets", "Rosenbrock valley"),
            "(1 - x)^2 + 100(y - x^2)^2",
            QT_TRANSLATE_NOOP("FunctionPresets", "A curved, narrow valley: finding it is quick, following it to (1, 1) is slow."),
            (-2.0, 2.0, -1.0, 3.0),
            (-1.5, 2.0),
            0.001,
            max_steps=5000,
        ),
        Preset(
            "himmelblau",
            "Himmelblau",
            "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
            QT_TRANSLATE_NOOP("FunctionPresets", "Four minima of equal depth: the start point decides which one the descent finds."),
            (-5.0, 5.0, -5.0, 5.0),
            (0.0, 0.0),
            0.01,
        ),
        Preset(
            "beale",
            "Beale",
            "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
            QT_TRANSLATE_NOOP(
                "FunctionPresets", "Flat plateaus and steep walls: plain descent needs many steps, adaptive optimisers fewer."
            ),
            (-4.5, 4.5, -4.5, 4.5),
            (1.0, 1.5),
            0.01,
            optimizer="adam",
            max_steps=3000,
        ),
        Preset(
            "saddle",
            QT_TRANSLATE_NOOP("FunctionPresets", "Saddle"),
            "x^2 - y^2",
            QT_TRANSLATE_NOOP("FunctionPresets", "A zero gradient is not always a minimum: from y = 0 descent stops at the saddle (0, 0)."),
            (-2.0, 2.0, -2.0, 2.0),
            (1.5, 0.0),
            0.1,
        ),
        Preset(
            "rastrigin",
            "Rastrigin",
            "20 + x^2 - 10cos(2pi x) + y^2 - 10cos(2pi y)",
            QT_TRANSLATE_NOOP("FunctionPresets", "Many local minima: gradient descent stops in the nearest one, not the best one."),
            (-5.12, 5.12, -5.12, 5.12),
            (2.2, -3.1),
            0.002,
        ),
        Preset(
            "plateau",
            QT_TRANSLATE_NOOP("FunctionPresets", "Plateau"),
            "1 - exp(-(x^2 + y^2)/2)",
            QT_TRANSLATE_NOOP("FunctionPresets", "Far from the centre the surface is almost flat: tiny gradients make tiny steps."),
            (-5.0, 5.0, -5.0, 5.0),
            (3.5, 3.0),
            1.0,
            max_steps=3000,
        ),
    )
}

DEFAULT_PRESET = PRESETS["seed"]
