"""Sessions: everything needed to set the whole studio up again, as a versioned JSON object.

Version 2 (what :func:`studio_session_text` writes) holds the current ``tab``, the
presentation ``zoom`` and one section per tab, each of which may be absent (that
tab then keeps what it has)::

    {"format": "gdstudio-session", "version": 2, "tab": "compare", "zoom": 1.25,
     "function": {...}, "mlp": {...}, "compare": {...}}

* ``function``: the Function tab (:class:`FunctionSection`): f(x, y), the view
  window, the optimizer and its settings, γ, the start, the step limit, the
  tolerance and the γ schedule.  The 3-D surface tab shows this f.
* ``mlp``: the MLP tab (:class:`MLPSection`): the task or CSV file and the data
  settings, the network, the loss and the training settings, the weight-space plane.
* ``compare``: the Compare tab (:class:`CompareSection`): every run of the race on
  the Function tab's f, and the sweep's range of γ.

Version 1 files are the function section's fields at the top level; they still
open, as a studio session with only the function section.

A session file is untrusted input: it is read with ``json`` (never evaluated), its
size is bounded, NaN, infinities, numbers of absurd length and repeated keys are
refused, every field is checked, and the function text goes through the same safe
parser as typed text.  A bad file raises :class:`SessionError` with one sentence
naming the field by its path (``the session's mlp.hidden must be …``) and changes
nothing.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from gdstudio.core.descent.directions import SEARCHABLE
from gdstudio.core.descent.engine import DEFAULT_MAX_STEPS, DEFAULT_TOLERANCE, MAX_STEPS_LIMIT, RunSettings, is_searched
from gdstudio.core.descent.line_search import DEFAULT_C1, DEFAULT_C2, DEFAULT_SHRINK, LINE_SEARCHES
from gdstudio.core.descent.optimizers import NETWORK_OPTIMIZERS, OPTIMIZERS, make_optimizer
from gdstudio.core.descent.race import MAX_RACE_RUNS, RaceEntry
from gdstudio.core.descent.schedules import CONSTANT, Schedule
from gdstudio.core.descent.sweep import log_spaced_learning_rates
from gdstudio.core.function.landscape import validate_window
from gdstudio.core.function.language import FunctionError, parse_function
from gdstudio.core.function.presets import DEFAULT_PRESET
from gdstudio.core.mlp.datasets import (
    CLASS_TARGET,
    DEFAULT_DATA_SEED,
    DEFAULT_SAMPLES,
    DEFAULT_TEST_FRACTION,
    MAX_CSV_ROWS,
    MAX_NOISE,
    MAX_SAMPLES,
    MAX_SEED,
    MAX_TEST_FRACTION,
    MIN_SAMPLES,
    TASKS,
    VALUE_TARGET,
    DataSettings,
)
from gdstudio.core.mlp.fan import EPOCH, MAX_SHOWN_DRAWS, FanSettings
from gdstudio.core.mlp.network import (
    ACTIVATIONS,
    CROSS_ENTROPY,
    INIT_SCHEMES,
    MAX_HIDDEN_LAYERS,
    MAX_WIDTH,
    REDUCTIONS,
    SQUARED_ERROR,
)
from gdstudio.core.mlp.training import TrainingSettings, settings_for_task
from gdstudio.core.mlp.weight_space import METHODS as PLANE_METHODS
from gdstudio.core.mlp.weight_space import PATH
from gdstudio.core.words import QT_TRANSLATE_NOOP, translate

SESSION_FORMAT = "gdstudio-session"
SESSION_VERSION = 2  # what studio_session_text writes
FUNCTION_SESSION_VERSION = 1  # the function section alone, at the top level
SESSION_SUFFIX = ".gdstudio.json"
MAX_SESSION_BYTES = 1_000_000
LEARNING_RATE_RANGE = (1e-5, 10.0)
ZOOM_RANGE = (0.8, 2.5)
TABS = ("function", "mlp", "compare", "surface")
SECTIONS = ("function", "mlp", "compare")
MAX_COORDINATE = 1e12  # start points and view windows
MAX_TOLERANCE = 1e6
MAX_L2 = 10.0
MAX_PATH_LENGTH = 4096
SWEEP_LEARNING_RATE_RANGE = (1e-6, 100.0)
SWEEP_COUNT_RANGE = (2, 2000)
# constant γ; a cosine chosen later anneals over the whole run (its period T is the step
# limit, and follows it, until a period is typed)
DEFAULT_SCHEDULE = Schedule(period=None)
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_LOSS_IN_FILES = {CROSS_ENTROPY: "ce", SQUARED_ERROR: "mse"}


class SessionError(ValueError):
    """A session could not be read; ``str(error)`` is one sentence for a person."""


# -- untrusted JSON documents (sessions here, lessons in gdstudio.core.lesson) ---------------


class _Refused(ValueError):
    pass


def _refuse_constant(name: str):
    raise _Refused(translate("Session", "{name} is not a number JSON allows").format(name=name))


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(translate("Session", "the number {number} is too large").format(number=text[:20]))
    return value


def _whole_number(text: str) -> int:
    if len(text) > 40:  # far beyond any field's range, and int() of 5,000 digits raises
        raise _Refused(translate("Session", "a number has too many digits"))
    return int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    data = {}
    for key, value in pairs:
        if key in data:
            raise _Refused(translate("Session", "the key '{key}' appears twice in one object").format(key=key[:40]))
        data[key] = value
    return data


# what json_document and read_document say of a session or lesson file (other documents: the English of _document_problem)
_DOCUMENT_PROBLEMS = {
    ("session file", "too large"): QT_TRANSLATE_NOOP("Session", "the session file is too large to be a gdstudio session"),
    ("lesson file", "too large"): QT_TRANSLATE_NOOP("Session", "the lesson file is too large to be a gdstudio lesson"),
    ("session file", "refused"): QT_TRANSLATE_NOOP("Session", "the session file is not valid: {problem}"),
    ("lesson file", "refused"): QT_TRANSLATE_NOOP("Session", "the lesson file is not valid: {problem}"),
    ("session file", "not json at"): QT_TRANSLATE_NOOP("Session", "the session file is not valid JSON (line {line}, column {column})"),
    ("lesson file", "not json at"): QT_TRANSLATE_NOOP("Session", "the lesson file is not valid JSON (line {line}, column {column})"),
    ("session file", "not json"): QT_TRANSLATE_NOOP("Session", "the session file is not valid JSON"),
    ("lesson file", "not json"): QT_TRANSLATE_NOOP("Session", "the lesson file is not valid JSON"),
    ("session file", "not utf-8"): QT_TRANSLATE_NOOP("Session", "the session file is not UTF-8 text"),
    ("lesson file", "not utf-8"): QT_TRANSLATE_NOOP("Session", "the lesson file is not UTF-8 text"),
}
_DOCUMENT_ENGLISH = {
    "too large": "the {what} is too large to be a gdstudio {kind}",
    "refused": "the {what} is not valid: {problem}",
    "not json at": "the {what} is not valid JSON (line {line}, column {column})",
    "not json": "the {what} is not valid JSON",
    "not utf-8": "the {what} is not UTF-8 text",
}


def _document_problem(what: str, which: str, **values) -> str:
    """Sentence ``which`` of the tables above for a ``what`` ("session file"), in the reader's language."""
    text = _DOCUMENT_PROBLEMS.get((what, which))
    if text is None:
        return _DOCUMENT_ENGLISH[which].format(what=what, kind=what.split()[0], **values)
    return translate("Session", text).format(**values)


def json_document(text: str, what: str, error: type[ValueError] = SessionError, limit: int = MAX_SESSION_BYTES) -> Any:
    """Parse untrusted JSON ``text`` (a ``what`` such as "session file"), or raise
    ``error`` with one sentence: too long, not JSON, NaN or infinities, numbers of
    absurd length, a key repeated in one object, or nesting too deep to read."""
    if len(text) > limit:
        raise error(_document_problem(what, "too large"))
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, parse_float=_finite_float, parse_int=_whole_number, object_pairs_hook=_unique_keys
        )
    except _Refused as refused:
        raise error(_document_problem(what, "refused", problem=refused)) from None
    except json.JSONDecodeError as decode:
        raise error(_document_problem(what, "not json at", line=decode.lineno, column=decode.colno)) from None
    except (RecursionError, ValueError):
        raise error(_document_problem(what, "not json")) from None


def read_document(path: str | os.PathLike, what: str, error: type[ValueError] = SessionError, limit: int = MAX_SESSION_BYTES) -> str:
    """The UTF-8 text of the file at ``path``; a file over ``limit`` bytes is refused
    before it is read.  ``error`` with one sentence when it cannot be read."""
    try:
        size = os.path.getsize(path)
        if size > limit:
            raise error(_document_problem(what, "too large"))
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as failure:
        raise error(
            translate("Session", "cannot read {path}: {reason}").format(path=os.fspath(path), reason=failure.strerror or failure)
        ) from None
    if len(raw) > limit:
        raise error(_document_problem(what, "too large"))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise error(_document_problem(what, "not utf-8")) from None


def document_text(data: Any) -> str:
    """``data`` as JSON for people to read: indented by two spaces, with each list of
    numbers and each small object of plain values on one line."""

    def inline(value) -> str:
        return json.dumps(value, allow_nan=False, ensure_ascii=False)

    def write(value, depth: int) -> str:
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else None
        if children is None or not value:
            return inline(value)
        if all(not isinstance(child, (dict, list)) for child in children) and len(inline(value)) <= 100:
            return inline(value)
        pad = "  " * (depth + 1)
        if isinstance(value, dict):
            items = [f"{pad}{inline(key)}: {write(child, depth + 1)}" for key, child in value.items()]
            return "{\n" + ",\n".join(items) + "\n" + "  " * depth + "}"
        return "[\n" + ",\n".join(f"{pad}{write(child, depth + 1)}" for child in value) + "\n" + "  " * depth + "]"

    return write(data, 0) + "\n"


# -- reading one object field by field ------------------------------------------------------

REQUIRED = object()


def _is_number(value) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, float)) and math.isfinite(value)


class Fields:
    """One JSON object of an untrusted document read field by field.  ``prefix`` names
    the object in sentences ("the session's mlp.", "step 3: setup.mlp."), so each
    problem is one sentence naming the field by its whole path, raised as ``error``."""

    def __init__(self, data: Any, prefix: str, known: Collection[str], error: type[ValueError] = SessionError):
        self.data = data
        self.prefix = prefix
        self.error = error
        if not isinstance(data, dict):
            raise error(translate("Session", "{field} must be an object with named fields").format(field=prefix.rstrip(".: ")))
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise error(translate("Session", "{field} is not a field gdstudio knows").format(field=prefix + unknown[0][:40]))

    def __contains__(self, key: str) -> bool:
        return key in self.data

    def label(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def fail(self, key: str, problem: str) -> ValueError:
        return self.error(f"{self.label(key)} {problem}")

    def absent(self, key: str, default) -> bool:
        """Whether ``key`` is left out (and may be: a default is given)."""
        if key in self.data:
            return False
        if default is REQUIRED:
            raise self.fail(key, translate("Session", "is missing"))
        return True

    def get(self, key: str, default=REQUIRED):
        return default if self.absent(key, default) else self.data[key]

    def number(self, key: str, low: float, high: float, default=REQUIRED) -> float:
        if self.absent(key, default):
            return default
        value = self.data[key]
        if not _is_number(value):
            raise self.fail(key, translate("Session", "must be a number"))
        if not (low <= value <= high):
            raise self.fail(
                key,
                translate("Session", "must be between {low} and {high}, not {value}").format(
                    low=f"{low:g}", high=f"{high:g}", value=f"{value:g}"
                ),
            )
        return float(value)

    def optional_number(self, key: str, low: float, high: float) -> float | None:
        """A number, or None where it is left out or null."""
        return None if self.data.get(key) is None else self.number(key, low, high)

    def whole(self, key: str, low: int, high: int, default=REQUIRED) -> int:
        if self.absent(key, default):
            return default
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int) or not (low <= value <= high):
            raise self.fail(
                key, translate("Session", "must be a whole number from {low} to {high}").format(low=f"{low:,}", high=f"{high:,}")
            )
        return value

    def choice(self, key: str, options: Collection[str], default=REQUIRED) -> str:
        if self.absent(key, default):
            return default
        value = self.data[key]
        if not isinstance(value, str) or value not in options:
            raise self.fail(key, translate("Session", "must be one of {options}").format(options=", ".join(options)))
        return value

    def text(self, key: str, longest: int, default=REQUIRED) -> str:
        if self.absent(key, default):
            return default
        value = self.data[key]
        if not isinstance(value, str):
            raise self.fail(key, translate("Session", "must be text"))
        if len(value) > longest or "\x00" in value:
            raise self.fail(key, translate("Session", "must be text of at most {longest} characters").format(longest=f"{longest:,}"))
        return value

    def numbers(self, key: str, count: int, default=REQUIRED) -> tuple[float, ...]:
        if self.absent(key, default):
            return default
        value = self.data[key]
        if not isinstance(value, list) or len(value) != count:
            raise self.fail(key, translate("Session", "must be a list of {count} numbers").format(count=count))
        if not all(_is_number(v) and abs(v) <= MAX_COORDINATE for v in value):
            raise self.fail(
                key,
                translate("Session", "must hold finite numbers between {low} and {high}").format(
                    low=f"{-MAX_COORDINATE:g}", high=f"{MAX_COORDINATE:g}"
                ),
            )
        return tuple(float(v) for v in value)

    def window(self, key: str, default=REQUIRED) -> tuple[float, float, float, float]:
        if self.absent(key, default):
            return default
        try:
            return validate_window(self.numbers(key, 4))
        except ValueError as error:
            if isinstance(error, self.error):
                raise
            raise self.fail(key, translate("Session", "is not valid: {error}").format(error=error)) from None

    def optimizer(self, key: str, hyperparameters_key: str, default: str) -> tuple[str, dict[str, float]]:
        """An optimizer's name and its hyper-parameters, checked together."""
        name = self.choice(key, tuple(OPTIMIZERS), default)
        settings = self.get(hyperparameters_key, {})
        if not isinstance(settings, dict) or not all(isinstance(k, str) and _is_number(v) for k, v in settings.items()):
            raise self.fail(hyperparameters_key, translate("Session", "must map names to numbers"))
        try:
            make_optimizer(name, 1, 2, **settings)
        except ValueError as error:
            raise self.fail(hyperparameters_key, translate("Session", "is not valid: {error}").format(error=error)) from None
        return name, {k: float(v) for k, v in settings.items()}

    def search(self, optimizer: str) -> dict[str, Any]:
        """The step size of a run (``line_search``, ``c1``, ``c2``, ``shrink``), checked
        with the run's method: fields left out take the defaults (a fixed γ)."""
        rule = self.choice("line_search", tuple(LINE_SEARCHES), "fixed")
        values = {"line_search": rule}
        for key, default in (("c1", DEFAULT_C1), ("c2", DEFAULT_C2), ("shrink", DEFAULT_SHRINK)):
            value = self.number(key, 0.0, 1.0, default)
            if not 0.0 < value < 1.0:
                raise self.fail(key, translate("Session", "must be between 0 and 1 (exclusive), not {value}").format(value=f"{value:g}"))
            values[key] = value
        if rule == "strong-wolfe" and not values["c1"] < values["c2"]:
            raise self.fail(
                "c2", translate("Session", "must be larger than c1 ({c1}), not {c2}").format(c1=f"{values['c1']:g}", c2=f"{values['c2']:g}")
            )
        if rule != "fixed" and optimizer not in SEARCHABLE:
            raise self.fail(
                "line_search",
                translate("Session", "{rule} pairs with a direction ({searchable}), not with {optimizer}").format(
                    rule=rule, searchable=", ".join(SEARCHABLE), optimizer=optimizer
                ),
            )
        return values

    def noise(self, optimizer: str) -> dict[str, Any]:
        """``gradient_noise`` (σ ≥ 0, 0 where left out) and ``seed`` of a run, checked with its method."""
        sigma = self.number("gradient_noise", 0.0, MAX_GRADIENT_NOISE, 0.0)
        seed = self.whole("seed", 0, 2**63 - 1, 0)
        if sigma > 0 and is_searched(optimizer, self.data.get("line_search", "fixed")):
            raise self.fail(
                "gradient_noise", translate("Session", "pairs with the fixed-γ rules only (a line search needs the true gradient)")
            )
        return {"gradient_noise": sigma, "seed": seed}

    def schedule(self, key: str, default: Schedule) -> Schedule:
        if key not in self.data:
            return default
        try:
            # a schedule written without a period (every kind but a cosine with its own T)
            # leaves a cosine's period to the step limit
            return Schedule.from_dict(self.data[key])
        except ValueError as error:
            raise self.fail(key, translate("Session", "is not valid: {error}").format(error=error)) from None


# -- the function section -----------------------------------------------------------------


@dataclass(frozen=True)
class FunctionSection:
    """The Function tab: f(x, y), the view window and the run's settings."""

    function: str = DEFAULT_PRESET.function
    window: tuple[float, float, float, float] = DEFAULT_PRESET.window
    optimizer: str = DEFAULT_PRESET.optimizer
    hyperparameters: Mapping[str, float] = field(default_factory=dict)
    learning_rate: float = DEFAULT_PRESET.learning_rate
    start: tuple[float, float] = DEFAULT_PRESET.start
    max_steps: int = DEFAULT_PRESET.max_steps
    tolerance: float = DEFAULT_TOLERANCE
    schedule: Schedule = DEFAULT_SCHEDULE  # optional in files: absent means constant γ
    # the step size α_t (optional in files: absent means the fixed γ) and the searches' constants
    line_search: str = "fixed"
    c1: float = DEFAULT_C1
    c2: float = DEFAULT_C2
    shrink: float = DEFAULT_SHRINK
    # stochastic gradients: σ of the noise added to ∇f, and its generator's seed
    gradient_noise: float = 0.0
    seed: int = 0

    def run_settings(self) -> RunSettings:
        """The run this section sets up (RunSettings makes a period left to the step limit that limit)."""
        return RunSettings(
            start=tuple(self.start),
            learning_rate=self.learning_rate,
            optimizer=self.optimizer,
            hyperparameters=dict(self.hyperparameters),
            max_steps=self.max_steps,
            tolerance=self.tolerance,
            schedule=self.schedule,
            **step_choice(self),
        )

    def with_changes(self, **changes) -> FunctionSection:
        return replace(self, **changes)


# the largest σ a session may ask for (the noise is in units of ∇f)
MAX_GRADIENT_NOISE = 1e6

# the window's name for the function section
Session = FunctionSection
DEFAULT_SESSION = FunctionSection()
_FUNCTION_FIELDS = tuple(FunctionSection.__dataclass_fields__)


def function_section_to_dict(section: FunctionSection) -> dict[str, Any]:
    """The function section as JSON (the fields of a version-1 file)."""
    return {
        "function": section.function,
        "window": [float(v) for v in section.window],
        "optimizer": section.optimizer,
        "hyperparameters": {k: float(v) for k, v in dict(section.hyperparameters).items()},
        "learning_rate": float(section.learning_rate),
        "start": [float(v) for v in section.start],
        "max_steps": int(section.max_steps),
        "tolerance": float(section.tolerance),
        "schedule": section.schedule.to_dict(),
        **search_to_dict(section),
        **noise_to_dict(section),
    }


STEP_CHOICE = ("line_search", "c1", "c2", "shrink", "gradient_noise", "seed")


def step_choice(section) -> dict[str, Any]:
    """The RunSettings fields of how a section or a race run chooses its step: the step
    size and its constants, and the gradient noise with its seed."""
    return {key: getattr(section, key) for key in STEP_CHOICE}


def search_to_dict(section) -> dict[str, Any]:
    """A section's or a run's step size, written only where it is not the fixed γ with the
    default constants (so files of fixed-γ runs read as they always did)."""
    values = {"line_search": section.line_search, "c1": float(section.c1), "c2": float(section.c2), "shrink": float(section.shrink)}
    if values == {"line_search": "fixed", "c1": DEFAULT_C1, "c2": DEFAULT_C2, "shrink": DEFAULT_SHRINK}:
        return {}
    return values


def noise_to_dict(section) -> dict[str, Any]:
    """A section's or a run's gradient noise, written only where there is some."""
    if section.gradient_noise == 0:
        return {}
    return {"gradient_noise": float(section.gradient_noise), "seed": int(section.seed)}


def function_section_from_dict(data: Any, prefix: str = "the session's function.") -> FunctionSection:
    """Check every field and build a :class:`FunctionSection`; a field left out takes
    its default (the seed example's).  :class:`SessionError` names the field."""
    fields = Fields(data, prefix, _FUNCTION_FIELDS)
    default = DEFAULT_SESSION
    function = fields.text("function", 10_000, default.function)
    try:
        parse_function(function)
    except FunctionError as error:
        raise fields.fail("function", translate("Session", "is not valid: {error}").format(error=error)) from None
    optimizer, hyperparameters = fields.optimizer("optimizer", "hyperparameters", default.optimizer)
    return FunctionSection(
        function=function,
        window=fields.window("window", default.window),
        optimizer=optimizer,
        hyperparameters=hyperparameters,
        learning_rate=fields.number("learning_rate", *LEARNING_RATE_RANGE, default.learning_rate),
        start=fields.numbers("start", 2, default.start),
        max_steps=fields.whole("max_steps", 0, MAX_STEPS_LIMIT, default.max_steps),
        tolerance=fields.number("tolerance", 0.0, MAX_TOLERANCE, default.tolerance),
        schedule=fields.schedule("schedule", DEFAULT_SCHEDULE),
        **fields.search(optimizer),
        **fields.noise(optimizer),
    )


# -- the MLP section ------------------------------------------------------------------------


@dataclass(frozen=True)
class MLPSection:
    """The MLP tab: the data (a built-in task or a CSV file), the network and its
    training, the weight-space plane (``path``, ``random`` or ``pca``; a network of two weights always shows the exact ``w, b`` map),
    optionally the data plot's view window (None: around the points), and the
    minibatch fan (shown or not, its B and its draws)."""

    data: DataSettings = field(default_factory=DataSettings)
    training: TrainingSettings = field(default_factory=lambda: settings_for_task("xor"))
    plane: str = PATH
    data_window: tuple[float, float, float, float] | None = None
    fan: FanSettings = field(default_factory=FanSettings)


_TRAINING_KEYS = {
    # key in files: TrainingSettings field
    "hidden": "hidden",
    "activation": "activation",
    "init": "init",
    "seed": "seed",
    "loss": "loss",
    "reduction": "reduction",
    "l2": "l2",
    "optimizer": "optimizer",
    "hyperparameters": "hyperparameters",
    "learning_rate": "learning_rate",
    "batch_size": "batch_size",
    "max_steps": "max_steps",
    "tolerance": "tolerance",
    "line_search": "line_search",
    "schedule": "schedule",
}
_MLP_FIELDS = ("task", "file", "target", "samples", "noise", "test_fraction", "data_seed", *_TRAINING_KEYS, "plane", "data_window", "fan")
_FAN_FIELDS = ("shown", "batch_size", "draws")


def mlp_section_to_dict(section: MLPSection) -> dict[str, Any]:
    """The MLP section as JSON: ``task`` with ``samples`` and ``noise`` (null: the
    task's), or ``file`` with ``target``; then the data's seed, the network, the
    training (``line_search`` and ``schedule`` only where they are not the fixed, constant
    γ), the plane, and ``fan`` where it is not the default (hidden, B = 10, one epoch)."""
    data, training = section.data, section.training
    if data.is_file:
        result: dict[str, Any] = {"file": data.path, "target": data.target}
    else:
        result = {"task": data.task, "samples": int(data.samples), "noise": None if data.noise is None else float(data.noise)}
    result.update(
        test_fraction=float(data.test_fraction),
        data_seed=int(data.seed),
        hidden=[int(w) for w in training.hidden],
        activation=training.activation,
        init=training.init,
        seed=int(training.seed),
        loss=None if training.loss is None else _LOSS_IN_FILES[training.loss],
        reduction=training.reduction,
        l2=float(training.l2),
        optimizer=training.optimizer,
        hyperparameters={k: float(v) for k, v in dict(training.hyperparameters).items()},
        learning_rate=float(training.learning_rate),
        batch_size=None if training.batch_size is None else int(training.batch_size),
        max_steps=int(training.max_steps),
        tolerance=float(training.tolerance),
        **({} if training.line_search == "fixed" else {"line_search": training.line_search}),
        **({} if training.schedule.is_constant else {"schedule": training.schedule.to_dict()}),
        plane=section.plane,
        data_window=None if section.data_window is None else [float(v) for v in section.data_window],
    )
    fan = section.fan
    if fan != FanSettings():
        result["fan"] = {"shown": bool(fan.shown), "batch_size": int(fan.batch_size), "draws": fan.draws}
    return result


def _fan_from_dict(data: Any, prefix: str) -> FanSettings:
    """The fan's fields: ``shown`` true or false, ``batch_size`` 1 … MAX_CSV_ROWS (the tab
    keeps it within the training points), ``draws`` "epoch" or 1 … MAX_SHOWN_DRAWS."""
    fields = Fields(data, prefix, _FAN_FIELDS)
    shown = fields.get("shown", False)
    if not isinstance(shown, bool):
        raise fields.fail("shown", translate("Session", "must be true or false"))
    batch_size = fields.whole("batch_size", 1, MAX_CSV_ROWS, FanSettings.batch_size)
    draws = fields.get("draws", EPOCH)
    if draws != EPOCH and (isinstance(draws, bool) or not isinstance(draws, int) or not 1 <= draws <= MAX_SHOWN_DRAWS):
        raise fields.fail(
            "draws",
            translate("Session", 'must be "{epoch}" or a whole number from 1 to {shown_draws}').format(
                epoch=EPOCH, shown_draws=MAX_SHOWN_DRAWS
            ),
        )
    return FanSettings(shown, batch_size, draws)


def mlp_section_from_dict(data: Any, prefix: str = "the session's mlp.") -> MLPSection:
    """Check every field and build an :class:`MLPSection`.  A built-in ``task``'s
    fields left out take the task's documented defaults
    (:func:`gdstudio.core.mlp.training.settings_for_task`: with the mean reduction and
    no γ, the γ that takes the sum's steps); a ``file``'s take TrainingSettings'."""
    fields = Fields(data, prefix, _MLP_FIELDS)
    if ("task" in fields) == ("file" in fields):
        raise SessionError(
            translate("Session", "{section} needs either a task ({tasks}) or a file, and not both").format(
                section=prefix.rstrip("."), tasks=", ".join(TASKS)
            )
        )
    test_fraction = fields.number("test_fraction", 0.0, MAX_TEST_FRACTION, DEFAULT_TEST_FRACTION)
    data_seed = fields.whole("data_seed", 0, MAX_SEED, DEFAULT_DATA_SEED)
    if "task" in fields:
        task = fields.choice("task", tuple(TASKS))
        for key in ("target",):
            if key in fields:
                raise fields.fail(key, translate("Session", "is for a CSV file, not a built-in task"))
        source = DataSettings(
            task=task,
            samples=fields.whole("samples", MIN_SAMPLES, MAX_SAMPLES, DEFAULT_SAMPLES),
            noise=fields.optional_number("noise", 0.0, MAX_NOISE),
            test_fraction=test_fraction,
            seed=data_seed,
        )
    else:
        path = fields.text("file", MAX_PATH_LENGTH)
        if not path.strip():
            raise fields.fail("file", translate("Session", "must name a CSV file"))
        for key in ("samples", "noise"):
            if key in fields:
                raise fields.fail(key, translate("Session", "is for a built-in task, not a CSV file"))
        target = fields.get("target", None)
        if target is not None and target not in (CLASS_TARGET, VALUE_TARGET):
            raise fields.fail(
                "target",
                translate("Session", "must be {class_target}, {value_target} or null (guessed from the column)").format(
                    class_target=CLASS_TARGET, value_target=VALUE_TARGET
                ),
            )
        source = DataSettings(task="", path=path, test_fraction=test_fraction, seed=data_seed, target=target)

    changes: dict[str, Any] = {}
    if "hidden" in fields:
        hidden = fields.get("hidden")
        if (
            not isinstance(hidden, list)
            or len(hidden) > MAX_HIDDEN_LAYERS
            or not all(not isinstance(w, bool) and isinstance(w, int) and 1 <= w <= MAX_WIDTH for w in hidden)
        ):
            raise fields.fail(
                "hidden",
                translate("Session", "must be a list of at most {hidden_layers} layer widths from 1 to {width}").format(
                    hidden_layers=MAX_HIDDEN_LAYERS, width=MAX_WIDTH
                ),
            )
        changes["hidden"] = tuple(hidden)
    for key, options in (("activation", ACTIVATIONS), ("init", INIT_SCHEMES), ("reduction", REDUCTIONS)):
        if key in fields:
            changes[key] = fields.choice(key, options)
    if "seed" in fields:
        changes["seed"] = fields.whole("seed", 0, MAX_SEED)
    if "loss" in fields:
        loss = fields.get("loss")
        names = {v: k for k, v in _LOSS_IN_FILES.items()}
        if loss is not None and not (isinstance(loss, str) and loss in names):
            raise fields.fail(
                "loss", translate("Session", "must be ce (cross-entropy), mse (squared error) or null (the task's kind decides)")
            )
        changes["loss"] = None if loss is None else names[loss]
    if "l2" in fields:
        changes["l2"] = fields.number("l2", 0.0, MAX_L2)
    if "optimizer" in fields or "hyperparameters" in fields:
        default_optimizer = TASKS[source.task].optimizer if not source.is_file else TrainingSettings().optimizer
        changes["optimizer"], changes["hyperparameters"] = fields.optimizer("optimizer", "hyperparameters", default_optimizer)
    if "learning_rate" in fields:
        changes["learning_rate"] = fields.number("learning_rate", *LEARNING_RATE_RANGE)
    if "batch_size" in fields:
        batch = fields.get("batch_size")
        changes["batch_size"] = None if batch is None else fields.whole("batch_size", 1, MAX_CSV_ROWS)
    if "max_steps" in fields:
        changes["max_steps"] = fields.whole("max_steps", 0, MAX_STEPS_LIMIT)
    if "tolerance" in fields:
        changes["tolerance"] = fields.number("tolerance", 0.0, MAX_TOLERANCE)
    if "line_search" in fields:
        changes["line_search"] = fields.choice("line_search", tuple(LINE_SEARCHES))
    if "schedule" in fields:
        changes["schedule"] = fields.schedule("schedule", CONSTANT)

    if source.is_file:
        training = replace(TrainingSettings(), **changes)
    else:
        train_size = None
        if changes.get("reduction", "sum") != "sum" and "learning_rate" not in changes:
            # the task's γ is tuned for the sum: the mean's γ needs the training-set size
            train_size = len(source.load().train_inputs)
        training = settings_for_task(source.task, train_size=train_size, **changes)
    if training.optimizer not in NETWORK_OPTIMIZERS:
        raise fields.fail(
            "optimizer",
            translate("Session", "must be one a network trains with ({network_optimizers}), not {optimizer}").format(
                network_optimizers=", ".join(NETWORK_OPTIMIZERS), optimizer=training.optimizer
            ),
        )
    if training.line_search != "fixed":
        if training.optimizer not in SEARCHABLE:
            raise fields.fail(
                "line_search", translate("Session", "pairs with gd or lbfgs, not with {optimizer}").format(optimizer=training.optimizer)
            )
        if training.batch_size is not None:
            raise fields.fail("line_search", translate("Session", "needs the full batch (batch_size null)"))
    plane = fields.choice("plane", tuple(PLANE_METHODS), PATH)
    data_window = None if fields.get("data_window", None) is None else fields.window("data_window")
    fan = _fan_from_dict(fields.get("fan"), f"{prefix}fan.") if "fan" in fields else FanSettings()
    return MLPSection(data=source, training=training, plane=plane, data_window=data_window, fan=fan)


# -- the compare section --------------------------------------------------------------------


@dataclass(frozen=True)
class CompareRun:
    """One run of the race: its optimizer and settings, γ, schedule, its own start
    (None: the Function tab's start) and its colour "#rrggbb" (None: the next free one)."""

    optimizer: str = "gd"
    learning_rate: float = 0.1
    hyperparameters: Mapping[str, float] = field(default_factory=dict)
    schedule: Schedule = DEFAULT_SCHEDULE
    start: tuple[float, float] | None = None
    colour: str | None = None
    line_search: str = "fixed"
    c1: float = DEFAULT_C1
    c2: float = DEFAULT_C2
    shrink: float = DEFAULT_SHRINK
    gradient_noise: float = 0.0
    seed: int = 0

    def entry(self, function: FunctionSection) -> RaceEntry:
        """The race entry of this run on the Function tab's f: its own start or the tab's,
        and the tab's step limit and tolerance."""
        settings = RunSettings(
            start=tuple(function.start if self.start is None else self.start),
            learning_rate=self.learning_rate,
            optimizer=self.optimizer,
            hyperparameters=dict(self.hyperparameters),
            max_steps=function.max_steps,
            tolerance=function.tolerance,
            schedule=self.schedule,
            **step_choice(self),
        )
        return RaceEntry(settings, colour=self.colour)


@dataclass(frozen=True)
class SweepRange:
    """The sweep's γ: ``count`` values from ``lr_min`` to ``lr_max``, evenly spaced on a log axis."""

    lr_min: float = 1e-3
    lr_max: float = 1.0
    count: int = 200

    def learning_rates(self) -> np.ndarray:
        return log_spaced_learning_rates(self.lr_min, self.lr_max, self.count)


DEFAULT_RACE_RUNS = (CompareRun("gd", 0.1), CompareRun("momentum", 0.02), CompareRun("adam", 0.1))


@dataclass(frozen=True)
class CompareSection:
    """The Compare tab: the runs of the race (on the Function tab's f, with its step
    limit and tolerance) and the sweep's range (None: the tab's own).  In a lesson a
    sweep given here is run by the step."""

    runs: tuple[CompareRun, ...] = DEFAULT_RACE_RUNS
    sweep: SweepRange | None = None

    def entries(self, function: FunctionSection) -> tuple[RaceEntry, ...]:
        return tuple(run.entry(function) for run in self.runs)


_RUN_FIELDS = tuple(CompareRun.__dataclass_fields__)


def compare_section_to_dict(section: CompareSection) -> dict[str, Any]:
    runs = [
        {
            "optimizer": run.optimizer,
            "hyperparameters": {k: float(v) for k, v in dict(run.hyperparameters).items()},
            "learning_rate": float(run.learning_rate),
            "schedule": run.schedule.to_dict(),
            "start": None if run.start is None else [float(v) for v in run.start],
            "colour": run.colour,
            **search_to_dict(run),
            **noise_to_dict(run),
        }
        for run in section.runs
    ]
    sweep = section.sweep
    return {
        "runs": runs,
        "sweep": None if sweep is None else {"lr_min": float(sweep.lr_min), "lr_max": float(sweep.lr_max), "count": int(sweep.count)},
    }


def compare_section_from_dict(data: Any, prefix: str = "the session's compare.") -> CompareSection:
    """Check every run and the sweep's range and build a :class:`CompareSection`; a
    run's fields left out take CompareRun's defaults."""
    fields = Fields(data, prefix, ("runs", "sweep"))
    runs = fields.get("runs")
    if not isinstance(runs, list) or not (1 <= len(runs) <= MAX_RACE_RUNS):
        raise fields.fail("runs", translate("Session", "must be a list of 1 to {race_runs} runs").format(race_runs=MAX_RACE_RUNS))
    read = []
    for index, item in enumerate(runs, start=1):
        run = Fields(item, f"{prefix}runs[{index}].", _RUN_FIELDS)
        optimizer, hyperparameters = run.optimizer("optimizer", "hyperparameters", "gd")
        start = None if run.get("start", None) is None else run.numbers("start", 2)
        colour = run.get("colour", None)
        if colour is not None and not (isinstance(colour, str) and _COLOUR.fullmatch(colour)):
            raise run.fail("colour", translate("Session", 'must be a colour written "#rrggbb" or null'))
        read.append(
            CompareRun(
                optimizer=optimizer,
                learning_rate=run.number("learning_rate", *LEARNING_RATE_RANGE, CompareRun.learning_rate),
                hyperparameters=hyperparameters,
                schedule=run.schedule("schedule", DEFAULT_SCHEDULE),
                start=start,
                colour=None if colour is None else colour.lower(),
                **run.search(optimizer),
                **run.noise(optimizer),
            )
        )
    sweep = None
    if fields.get("sweep", None) is not None:
        values = Fields(fields.get("sweep"), f"{prefix}sweep.", ("lr_min", "lr_max", "count"))
        sweep = SweepRange(
            lr_min=values.number("lr_min", *SWEEP_LEARNING_RATE_RANGE),
            lr_max=values.number("lr_max", *SWEEP_LEARNING_RATE_RANGE),
            count=values.whole("count", *SWEEP_COUNT_RANGE),
        )
        if sweep.lr_min > sweep.lr_max:
            raise values.fail(
                "lr_min",
                translate("Session", "({lr_min}) must not be larger than lr_max ({lr_max})").format(
                    lr_min=f"{sweep.lr_min:g}", lr_max=f"{sweep.lr_max:g}"
                ),
            )
    return CompareSection(runs=tuple(read), sweep=sweep)


# -- the whole studio -------------------------------------------------------------------------


@dataclass(frozen=True)
class StudioSession:
    """The whole studio: the current tab, the presentation zoom (None: leave it as it
    is) and a section per tab (None: that tab keeps what it has)."""

    tab: str = "function"
    zoom: float | None = None
    function: FunctionSection | None = None
    mlp: MLPSection | None = None
    compare: CompareSection | None = None

    def section(self, key: str):
        """The section of tab ``key`` ("function", "mlp" or "compare"), or None."""
        if key not in SECTIONS:
            raise KeyError(f"a studio session has no section {key!r}: choose one of {', '.join(SECTIONS)}")
        return getattr(self, key)

    def with_section(self, key: str, section) -> StudioSession:
        """This session with tab ``key``'s section replaced (None removes it)."""
        kinds = {"function": FunctionSection, "mlp": MLPSection, "compare": CompareSection}
        if key not in kinds:
            raise KeyError(f"a studio session has no section {key!r}: choose one of {', '.join(SECTIONS)}")
        if section is not None and not isinstance(section, kinds[key]):
            raise TypeError(f"the {key} section must be a {kinds[key].__name__}, not {type(section).__name__}")
        return replace(self, **{key: section})


_SECTION_WRITERS = {"function": function_section_to_dict, "mlp": mlp_section_to_dict, "compare": compare_section_to_dict}
_SECTION_READERS = {"function": function_section_from_dict, "mlp": mlp_section_from_dict, "compare": compare_section_from_dict}


def studio_session_to_dict(session: StudioSession, header: bool = True) -> dict[str, Any]:
    """Version 2 as JSON; ``header=False`` leaves out ``format`` and ``version`` (a lesson's set-up)."""
    data: dict[str, Any] = {"format": SESSION_FORMAT, "version": SESSION_VERSION} if header else {}
    data["tab"] = session.tab
    if session.zoom is not None:
        data["zoom"] = float(session.zoom)
    for key in SECTIONS:
        section = getattr(session, key)
        if section is not None:
            data[key] = _SECTION_WRITERS[key](section)
    return data


def studio_session_text(session: StudioSession) -> str:
    """The session file's text (always version 2)."""
    return document_text(studio_session_to_dict(session))


def _check_header(data: Any) -> int:
    if not isinstance(data, dict):
        raise SessionError(translate("Session", "this is not a gdstudio session: the file must hold a JSON object"))
    if data.get("format") != SESSION_FORMAT:
        raise SessionError(translate("Session", "this is not a gdstudio session (its format is not gdstudio-session)"))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionError(translate("Session", "the session has no valid version"))
    if version > SESSION_VERSION:
        raise SessionError(
            translate("Session", "the session was written by a newer gdstudio (version {version}); update gdstudio to open it").format(
                version=version
            )
        )
    if version < 1:
        raise SessionError(translate("Session", "unknown session version {version}").format(version=version))
    return version


def studio_session_from_dict(data: Any, prefix: str = "the session's ", header: bool = True) -> StudioSession:
    """Check a whole session and build a :class:`StudioSession`, or raise
    :class:`SessionError` with one sentence naming the field.  With ``header`` the
    object must name its format and version (a file; version 1 is read as the
    function section alone); without it, they may be left out (a lesson's set-up)."""
    version = _check_header(data) if header or (isinstance(data, dict) and ("format" in data or "version" in data)) else SESSION_VERSION
    if version == FUNCTION_SESSION_VERSION:
        body = {k: v for k, v in data.items() if k not in ("format", "version")}
        return StudioSession(tab="function", function=function_section_from_dict(body, prefix))
    fields = Fields(data, prefix, ("format", "version", "tab", "zoom", *SECTIONS))
    tab = fields.choice("tab", TABS, "function")
    zoom = fields.optional_number("zoom", *ZOOM_RANGE)
    sections = {key: _SECTION_READERS[key](data[key], f"{prefix}{key}.") for key in SECTIONS if key in data}
    return StudioSession(tab=tab, zoom=zoom, **sections)


def studio_session_from_text(text: str) -> StudioSession:
    """Read a session file's text (version 1 or 2)."""
    return studio_session_from_dict(json_document(text, "session file"))


def load_studio_session(path: str | os.PathLike) -> StudioSession:
    """Read and check a session file (version 1 or 2)."""
    return studio_session_from_text(read_document(path, "session file"))


# -- the function section alone, as the window reads and writes it today ------------------------


def session_to_dict(session: FunctionSection) -> dict[str, Any]:
    """A version-1 file: the function section at the top level."""
    return {"format": SESSION_FORMAT, "version": FUNCTION_SESSION_VERSION, **function_section_to_dict(session)}


def session_text(session: FunctionSection) -> str:
    """A version-1 file of the function section (the window's Function tab)."""
    return document_text(session_to_dict(session))


def session_from_dict(data: Any) -> FunctionSection:
    """The function section of a version 1 or 2 session (the seed example's when a
    version-2 file has none)."""
    return studio_session_from_dict(data).function or DEFAULT_SESSION


def session_from_text(text: str) -> FunctionSection:
    return session_from_dict(json_document(text, "session file"))


def load_session(path: str | os.PathLike) -> FunctionSection:
    """Read and check a session file; its function section."""
    return session_from_text(read_document(path, "session file"))


__all__ = [
    "DEFAULT_MAX_STEPS",
    "DEFAULT_RACE_RUNS",
    "DEFAULT_SESSION",
    "LEARNING_RATE_RANGE",
    "SECTIONS",
    "SESSION_SUFFIX",
    "SESSION_VERSION",
    "TABS",
    "ZOOM_RANGE",
    "CompareRun",
    "CompareSection",
    "FunctionSection",
    "MLPSection",
    "Session",
    "SessionError",
    "StudioSession",
    "SweepRange",
    "compare_section_from_dict",
    "compare_section_to_dict",
    "function_section_from_dict",
    "function_section_to_dict",
    "load_session",
    "load_studio_session",
    "mlp_section_from_dict",
    "mlp_section_to_dict",
    "session_from_dict",
    "session_from_text",
    "session_text",
    "session_to_dict",
    "studio_session_from_dict",
    "studio_session_from_text",
    "studio_session_text",
    "studio_session_to_dict",
]
