"""The model of gdstudio: numpy and sympy only, never Qt.

Usable from a notebook or the command line with no display. The names below are
imported on first use (``from gdstudio.core import parse_function``): importing one
submodule, say ``gdstudio.core.mlp.help``, does not import sympy and the engine,
so the window can paint before it needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_HOMES = {
    "gdstudio.core.descent.engine": (
        "DEFAULT_MAX_STEPS",
        "DEFAULT_TOLERANCE",
        "Descent",
        "RunResult",
        "RunSettings",
        "Status",
        "StepRecord",
        "Trajectory",
        "descend",
        "result_of",
        "run_descent",
    ),
    "gdstudio.core.descent.optimizers": ("OPTIMIZERS", "make_optimizer", "optimizer_info"),
    "gdstudio.core.function.language": ("FunctionError", "ParsedFunction", "parse_function"),
    "gdstudio.core.function.presets": ("DEFAULT_PRESET", "PRESETS", "Preset"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

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


def __getattr__(name: str):
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:
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
