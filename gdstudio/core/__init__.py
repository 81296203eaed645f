"""The model of gdstudio: numpy and sympy only, never Qt.

Usable from a notebook or the command line with no display.
"""

from gdstudio.core.descent.engine import (
    DEFAULT_MAX_STEPS,
    DEFAULT_TOLERANCE,
    Descent,
    RunResult,
    RunSettings,
    Status,
    StepRecord,
    Trajectory,
    descend,
    result_of,
    run_descent,
)
from gdstudio.core.descent.optimizers import OPTIMIZERS, make_optimizer, optimizer_info
from gdstudio.core.function.language import FunctionError, ParsedFunction, parse_function
from gdstudio.core.function.presets import DEFAULT_PRESET, PRESETS, Preset

__all__ = [
    "DEFAULT_MAX_STEPS",
    "DEFAULT_PRESET",
    "DEFAULT_TOLERANCE",
    "Descent",
    "FunctionError",
    "OPTIMIZERS",
    "PRESETS",
    "ParsedFunction",
    "Preset",
    "RunResult",
    "RunSettings",
    "Status",
    "StepRecord",
    "Trajectory",
    "descend",
    "make_optimizer",
    "optimizer_info",
    "parse_function",
    "result_of",
    "run_descent",
]
