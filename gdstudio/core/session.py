"""Sessions: everything needed to set the studio up again, as a versioned JSON object.

A session file is untrusted input: it is read with ``json`` (never evaluated),
its size is bounded, and every field is checked; the function text goes through
the same safe parser as typed text.  A bad file raises :class:`SessionError`
with one sentence and changes nothing.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from gdstudio.core.descent.engine import DEFAULT_MAX_STEPS, DEFAULT_TOLERANCE, MAX_STEPS_LIMIT, RunSettings
from gdstudio.core.descent.optimizers import OPTIMIZERS, make_optimizer
from gdstudio.core.descent.schedules import Schedule
from gdstudio.core.function.landscape import validate_window
from gdstudio.core.function.language import FunctionError, parse_function
from gdstudio.core.function.presets import DEFAULT_PRESET

SESSION_FORMAT = "gdstudio-session"
SESSION_VERSION = 1
SESSION_SUFFIX = ".gdstudio.json"
MAX_SESSION_BYTES = 1_000_000
LEARNING_RATE_RANGE = (1e-5, 10.0)
# constant γ; a cosine chosen later anneals over the whole run (its period T is the step
# limit, and follows it, until a period is typed)
DEFAULT_SCHEDULE = Schedule(period=None)


class SessionError(ValueError):
    """A session could not be read; ``str(error)`` is one sentence for a person."""


@dataclass(frozen=True)
class Session:
    function: str = DEFAULT_PRESET.function
    window: tuple[float, float, float, float] = DEFAULT_PRESET.window
    optimizer: str = DEFAULT_PRESET.optimizer
    hyperparameters: Mapping[str, float] = field(default_factory=dict)
    learning_rate: float = DEFAULT_PRESET.learning_rate
    start: tuple[float, float] = DEFAULT_PRESET.start
    max_steps: int = DEFAULT_PRESET.max_steps
    tolerance: float = DEFAULT_TOLERANCE
    schedule: Schedule = DEFAULT_SCHEDULE  # optional in files: absent means constant γ

    def run_settings(self) -> RunSettings:
        """The run this session sets up (RunSettings makes a period left to the step limit that limit)."""
        return RunSettings(
            start=tuple(self.start),
            learning_rate=self.learning_rate,
            optimizer=self.optimizer,
            hyperparameters=dict(self.hyperparameters),
            max_steps=self.max_steps,
            tolerance=self.tolerance,
            schedule=self.schedule,
        )

    def with_changes(self, **changes) -> Session:
        return replace(self, **changes)


def session_to_dict(session: Session) -> dict[str, Any]:
    data = asdict(session)
    data["window"] = list(session.window)
    data["start"] = list(session.start)
    data["hyperparameters"] = {k: float(v) for k, v in dict(session.hyperparameters).items()}
    data["schedule"] = session.schedule.to_dict()
    return {"format": SESSION_FORMAT, "version": SESSION_VERSION, **data}


def session_text(session: Session) -> str:
    return json.dumps(session_to_dict(session), indent=2, allow_nan=False, ensure_ascii=False) + "\n"


def _number(data: Mapping, key: str, low: float, high: float) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SessionError(f"the session's '{key}' must be a number")
    if not (low <= value <= high):
        raise SessionError(f"the session's '{key}' must be between {low:g} and {high:g}, not {value:g}")
    return float(value)


def _numbers(data: Mapping, key: str, count: int) -> tuple[float, ...]:
    value = data.get(key)
    if not isinstance(value, list) or len(value) != count:
        raise SessionError(f"the session's '{key}' must be a list of {count} numbers")
    if any(isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or abs(v) > 1e12 for v in value):
        raise SessionError(f"the session's '{key}' must hold finite numbers")
    return tuple(float(v) for v in value)


def session_from_dict(data: Any) -> Session:
    """Check every field and build a :class:`Session`, or raise :class:`SessionError`."""
    if not isinstance(data, dict):
        raise SessionError("this is not a gdstudio session: the file must hold a JSON object")
    if data.get("format") != SESSION_FORMAT:
        raise SessionError("this is not a gdstudio session (its 'format' is not gdstudio-session)")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionError("the session has no valid 'version'")
    if version > SESSION_VERSION:
        raise SessionError(f"the session was written by a newer gdstudio (version {version}); update gdstudio to open it")
    if version < 1:
        raise SessionError(f"unknown session version {version}")
    known = {"format", "version", *Session.__dataclass_fields__}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SessionError(f"the session has an unknown field '{unknown[0]}'")
    function = data.get("function")
    if not isinstance(function, str):
        raise SessionError("the session's 'function' must be text")
    try:
        parse_function(function)
    except FunctionError as error:
        raise SessionError(f"the session's function is not valid: {error}") from None
    try:
        window = validate_window(_numbers(data, "window", 4))
    except ValueError as error:
        raise SessionError(f"the session's window is not valid: {error}") from None
    optimizer = data.get("optimizer")
    if optimizer not in OPTIMIZERS:
        raise SessionError(f"the session's optimizer must be one of {', '.join(OPTIMIZERS)}")
    hyperparameters = data.get("hyperparameters", {})
    if not isinstance(hyperparameters, dict) or not all(
        isinstance(k, str) and not isinstance(v, bool) and isinstance(v, (int, float)) and math.isfinite(v)
        for k, v in hyperparameters.items()
    ):
        raise SessionError("the session's 'hyperparameters' must map names to numbers")
    try:
        make_optimizer(optimizer, 1, 2, **hyperparameters)
    except ValueError as error:
        raise SessionError(f"the session's optimizer settings are not valid: {error}") from None
    learning_rate = _number(data, "learning_rate", *LEARNING_RATE_RANGE)
    start = _numbers(data, "start", 2)
    max_steps = data.get("max_steps")
    if isinstance(max_steps, bool) or not isinstance(max_steps, int) or not (0 <= max_steps <= MAX_STEPS_LIMIT):
        raise SessionError(f"the session's 'max_steps' must be a whole number from 0 to {MAX_STEPS_LIMIT}")
    tolerance = _number(data, "tolerance", 0.0, 1e6)
    try:
        # a schedule written without a period (every kind but a cosine with its own T)
        # leaves a cosine's period to the step limit
        schedule = Schedule.from_dict(data["schedule"]) if "schedule" in data else DEFAULT_SCHEDULE
    except ValueError as error:
        raise SessionError(f"the session's schedule is not valid: {error}") from None
    return Session(
        function=function,
        window=window,
        optimizer=optimizer,
        hyperparameters={k: float(v) for k, v in hyperparameters.items()},
        learning_rate=learning_rate,
        start=start,
        max_steps=max_steps,
        tolerance=tolerance,
        schedule=schedule,
    )


def session_from_text(text: str) -> Session:
    if len(text) > MAX_SESSION_BYTES:
        raise SessionError("the session file is too large to be a gdstudio session")
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        where = f" (line {error.lineno}, column {error.colno})" if isinstance(error, json.JSONDecodeError) else ""
        raise SessionError(f"the session file is not valid JSON{where}") from None
    return session_from_dict(data)


def load_session(path: str | os.PathLike) -> Session:
    """Read and check a session file."""
    try:
        size = os.path.getsize(path)
        if size > MAX_SESSION_BYTES:
            raise SessionError("the session file is too large to be a gdstudio session")
        with open(path, "rb") as handle:
            raw = handle.read(MAX_SESSION_BYTES + 1)
    except OSError as error:
        raise SessionError(f"cannot read {os.fspath(path)}: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SessionError("the session file is not UTF-8 text") from None
    return session_from_text(text)


DEFAULT_SESSION = Session()
__all__ = [
    "DEFAULT_MAX_STEPS",
    "DEFAULT_SESSION",
    "SESSION_SUFFIX",
    "Session",
    "SessionError",
    "load_session",
    "session_from_dict",
    "session_from_text",
    "session_text",
    "session_to_dict",
]
