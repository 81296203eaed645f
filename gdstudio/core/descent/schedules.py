"""Learning-rate schedules: how γ changes from one update to the next.

A schedule is a pure function γ_t = schedule(γ₀, t) of the base learning rate γ₀
and the update index t = 0, 1, 2, … (the first update uses t = 0, so γ_0 = γ₀),
vectorised over both.  The formulas are those of ``torch.optim.lr_scheduler``
(stepping the scheduler once after each optimiser step):

* ``constant``      γ_t = γ₀
* ``step``          γ_t = γ₀ · factor^⌊t / step_size⌋             (StepLR)
* ``exponential``   γ_t = γ₀ · factor^t                            (ExponentialLR)
* ``cosine``        γ_t = γ_min + (γ₀ − γ_min)(1 + cos(π t / T)) / 2 (CosineAnnealingLR;
  like torch, the cosine carries on past T, so γ climbs back up)
* ``inverse_time``  γ_t = γ₀ / (1 + decay · t)                      (1/t decay; LambdaLR)

Each kind's settings are described by :data:`SCHEDULE_SETTINGS` (name, label,
what it does), so the window, the CLI and session files read them the same way.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np

from gdstudio.core.words import QT_TRANSLATE_NOOP, Shown, ShownTable, translate

SCHEDULE_KINDS = ("constant", "step", "exponential", "cosine", "inverse_time")

SCHEDULE_TITLES = ShownTable(
    "Schedules",
    {
        "constant": QT_TRANSLATE_NOOP("Schedules", "Constant"),
        "step": QT_TRANSLATE_NOOP("Schedules", "Step decay"),
        "exponential": QT_TRANSLATE_NOOP("Schedules", "Exponential"),
        "cosine": QT_TRANSLATE_NOOP("Schedules", "Cosine"),
        "inverse_time": QT_TRANSLATE_NOOP("Schedules", "1/t"),
    },
)

# the title inside a sentence or a label ("gd γ = 0.1 (step decay)"): lower case in
# English, but not in every language (a German noun keeps its capital)
SCHEDULE_NAMES_IN_TEXT = ShownTable(
    "Schedules",
    {
        "constant": QT_TRANSLATE_NOOP("Schedules", "constant"),
        "step": QT_TRANSLATE_NOOP("Schedules", "step decay"),
        "exponential": QT_TRANSLATE_NOOP("Schedules", "exponential"),
        "cosine": QT_TRANSLATE_NOOP("Schedules", "cosine"),
        "inverse_time": "1/t",
    },
)

SCHEDULE_NOTES = ShownTable(
    "Schedules",
    {
        "constant": QT_TRANSLATE_NOOP("Schedules", "The same γ at every step: the rule as first taught."),
        "step": QT_TRANSLATE_NOOP("Schedules", "γ is multiplied by the factor every few steps: big steps first, finer ones later."),
        "exponential": QT_TRANSLATE_NOOP("Schedules", "γ shrinks by the same factor at every step."),
        "cosine": QT_TRANSLATE_NOOP("Schedules", "γ glides from γ₀ down to γ_min along half a cosine over T steps."),
        "inverse_time": QT_TRANSLATE_NOOP(
            "Schedules", "γ₀ / (1 + decay·t): the classic decay that guarantees convergence on convex problems."
        ),
    },
)

LONGEST_PERIOD = 10_000_000  # the longest run (descent.MAX_STEPS_LIMIT): a longer period is never reached


@dataclass(frozen=True)
class ScheduleSetting:
    """One setting of a schedule kind: the :class:`Schedule` field ``name``, its
    ``key`` in files, JSON and the CLI's text, a short ``label`` for the window, how
    a sentence names it (``what``), a ``note`` saying what it does (with torch's name
    for it) and its ``rule``: "whole" (a whole number of steps from 1 to
    10,000,000), "factor" (above 0, at most 1) or "non-negative"."""

    name: str
    key: str
    label: str = Shown("Schedules")
    what: str = Shown("Schedules")
    note: str = Shown("Schedules")
    rule: str
    optional: bool = False  # may be left out: the cosine's period is then the run's step limit

    @property
    def whole(self) -> bool:
        return self.rule == "whole"


SCHEDULE_SETTINGS: dict[str, tuple[ScheduleSetting, ...]] = {
    # in the order the CLI's text gives them (step:STEP_SIZE:FACTOR, cosine:PERIOD:MINIMUM)
    "constant": (),
    "step": (
        ScheduleSetting(
            "step_size",
            "step_size",
            QT_TRANSLATE_NOOP("Schedules", "step size"),
            QT_TRANSLATE_NOOP("Schedules", "the step size"),
            QT_TRANSLATE_NOOP("Schedules", "γ is multiplied by the factor every this many steps (StepLR's step_size)"),
            "whole",
        ),
        ScheduleSetting(
            "step_factor",
            "factor",
            QT_TRANSLATE_NOOP("Schedules", "factor"),
            QT_TRANSLATE_NOOP("Schedules", "the step decay's factor"),
            QT_TRANSLATE_NOOP("Schedules", "what γ is multiplied by at each drop, above 0 and at most 1 (StepLR's gamma)"),
            "factor",
        ),
    ),
    "exponential": (
        ScheduleSetting(
            "exponential_factor",
            "factor",
            QT_TRANSLATE_NOOP("Schedules", "decay factor"),
            QT_TRANSLATE_NOOP("Schedules", "the decay factor"),
            QT_TRANSLATE_NOOP("Schedules", "what γ is multiplied by at every step, above 0 and at most 1 (ExponentialLR's gamma)"),
            "factor",
        ),
    ),
    "cosine": (
        ScheduleSetting(
            "period",
            "period",
            QT_TRANSLATE_NOOP("Schedules", "period T"),
            QT_TRANSLATE_NOOP("Schedules", "the period T"),
            QT_TRANSLATE_NOOP(
                "Schedules",
                "γ reaches γ_min after T steps, then climbs back (CosineAnnealingLR's T_max); "
                "leave it empty for T = the step limit, which it then follows",
            ),
            "whole",
            optional=True,
        ),
        ScheduleSetting(
            "minimum",
            "minimum",
            QT_TRANSLATE_NOOP("Schedules", "min γ"),
            QT_TRANSLATE_NOOP("Schedules", "the minimum γ"),
            QT_TRANSLATE_NOOP("Schedules", "the lowest γ, reached at t = T (CosineAnnealingLR's eta_min)"),
            "non-negative",
        ),
    ),
    "inverse_time": (
        ScheduleSetting(
            "decay",
            "decay",
            QT_TRANSLATE_NOOP("Schedules", "decay"),
            QT_TRANSLATE_NOOP("Schedules", "the 1/t decay"),
            QT_TRANSLATE_NOOP("Schedules", "γ_t = γ₀ / (1 + decay·t): γ has halved at t = 1/decay"),
            "non-negative",
        ),
    ),
}
_SETTINGS_BY_NAME = {s.name: s for settings in SCHEDULE_SETTINGS.values() for s in settings}


class ScheduleError(ValueError):
    """A schedule setting is not valid; ``str(error)`` is one sentence for a person and
    ``name`` the :class:`Schedule` field at fault (or None for the kind)."""

    def __init__(self, message: str, name: str | None = None):
        super().__init__(message)
        self.name = name


def _shown(value) -> str:
    """A value as a sentence quotes it: 2.5, 1e+300, 'abc'."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:g}" if isinstance(value, float) or abs(value) >= 1e15 else str(value)
    return repr(value)


@dataclass(frozen=True)
class Schedule:
    """One learning-rate schedule and its settings (only those of ``kind`` are used;
    the others are kept, so switching kinds back and forth loses nothing).

    ``step_size`` and ``step_factor``: StepLR's ``step_size`` and ``gamma``;
    ``exponential_factor``: ExponentialLR's ``gamma`` (named factors so as not to
    clash with γ, the learning rate); ``period`` and ``minimum``:
    CosineAnnealingLR's ``T_max`` and ``eta_min``; ``decay``: the 1/t decay rate.
    ``period=None`` means "the run's step limit": :meth:`for_steps` makes it a
    number before a run uses the schedule.
    """

    kind: str = "constant"
    step_size: int = 100
    step_factor: float = 0.5
    exponential_factor: float = 0.99  # γ halves about every 69 steps
    period: int | None = 1000
    minimum: float = 0.0
    decay: float = 0.01

    def __post_init__(self):
        if self.kind not in SCHEDULE_KINDS:
            raise ScheduleError(f"unknown schedule {self.kind!r}: choose one of {', '.join(SCHEDULE_KINDS)}")
        for setting in _SETTINGS_BY_NAME.values():
            value = getattr(self, setting.name)
            if not (value is None and setting.optional):
                _check(setting, value)

    @property
    def is_constant(self) -> bool:
        return self.kind == "constant"

    @property
    def title(self) -> str:
        return SCHEDULE_TITLES[self.kind]

    @property
    def title_in_text(self) -> str:
        """The title as a sentence or a label writes it (``title.lower()`` in English)."""
        return SCHEDULE_NAMES_IN_TEXT[self.kind]

    @property
    def note(self) -> str:
        return SCHEDULE_NOTES[self.kind]

    @property
    def settings(self) -> tuple[ScheduleSetting, ...]:
        """The settings ``kind`` uses, in order."""
        return SCHEDULE_SETTINGS[self.kind]

    @property
    def formula(self) -> str:
        """The schedule as a line of text for the window, e.g. ``γ_t = γ₀ · 0.5^⌊t/100⌋``."""
        if self.kind == "constant":
            return "γ_t = γ₀"
        if self.kind == "step":
            return f"γ_t = γ₀ · {self.step_factor:g}^⌊t/{self.step_size}⌋"
        if self.kind == "exponential":
            return f"γ_t = γ₀ · {self.exponential_factor:g}^t"
        if self.kind == "cosine":
            low = f"{self.minimum:g}"
            period = "T" if self.period is None else str(self.period)
            text = f"γ_t = {low} + (γ₀ − {low})(1 + cos(π t/{period}))/2"
            return text + translate("Schedules", ", T = the step limit") if self.period is None else text
        return f"γ_t = γ₀ / (1 + {self.decay:g}·t)"

    def with_kind(self, kind: str) -> Schedule:
        """The same settings under another kind."""
        return replace(self, kind=kind)

    def for_steps(self, max_steps: int) -> Schedule:
        """The schedule a run of ``max_steps`` updates uses: a period left to the step
        limit (``None``) becomes that limit (at least 1)."""
        if self.period is not None:
            return self
        return replace(self, period=min(max(int(max_steps), 1), LONGEST_PERIOD))

    def with_texts(self, texts: Mapping[str, str]) -> Schedule:
        """These settings with some of them typed as text, ``{field name: text}`` (a
        comma may stand for the decimal point; an empty optional setting is left to
        the step limit).  Raises :class:`ScheduleError` with one sentence, naming the
        first setting at fault."""
        values = {}
        for name, text in texts.items():
            setting = _SETTINGS_BY_NAME.get(name)
            if setting is None:
                raise ScheduleError(f"a schedule has no setting {name!r}", name)
            values[name] = _parse_setting(setting, str(text))
        return replace(self, **values)

    def __call__(self, learning_rate, t):
        """γ_t for base rate(s) ``learning_rate`` and update index(es) ``t`` (broadcast)."""
        base = np.asarray(learning_rate, dtype=float)
        t = np.asarray(t)
        if self.kind == "constant":
            value = base * np.ones_like(t, dtype=float)
        elif self.kind == "step":
            value = base * self.step_factor ** np.floor_divide(t, self.step_size).astype(float)
        elif self.kind == "exponential":
            value = base * self.exponential_factor ** t.astype(float)
        elif self.kind == "cosine":
            if self.period is None:
                raise ValueError("the cosine's period is left to the step limit: call schedule.for_steps(max_steps) first")
            value = self.minimum + (base - self.minimum) * (1.0 + np.cos(np.pi * t.astype(float) / self.period)) / 2.0
        else:
            value = base / (1.0 + self.decay * t.astype(float))
        return value if np.ndim(value) else float(value)

    def curve(self, learning_rate: float, steps: int, samples: int = 400) -> tuple[np.ndarray, np.ndarray]:
        """(t, γ_t) from t = 0 to t = ``steps`` (both ends included: after a whole run
        of ``steps`` updates a cosine over that run has reached γ_min), at about
        ``samples`` update indices: the small curve drawn next to the γ control, which
        must not mean ten million points for a ten-million-step run.

        Step decay is also sampled on both sides of each drop, so its staircase keeps
        upright edges; a cosine whose period is short gets at least 16 samples a
        period (at most 16 × ``samples`` in all)."""
        steps = max(int(steps), 0)
        count = max(int(samples), 2)
        if self.kind == "cosine" and self.period is not None:
            count = max(count, min(16 * (steps // self.period + 1), 16 * int(samples)))
        t = np.linspace(0, steps, min(count, steps + 1)).round().astype(np.int64)
        if self.kind == "step" and steps // self.step_size <= samples:
            drops = np.arange(self.step_size, steps + 1, self.step_size, dtype=np.int64)
            t = np.concatenate([t, drops - 1, drops])
        t = np.unique(t)
        return t, np.asarray(self(learning_rate, t), dtype=float)

    def to_dict(self) -> dict:
        """The settings that matter for ``kind`` (for session files and JSON); a period
        left to the step limit is left out."""
        values = {s.key: getattr(self, s.name) for s in self.settings}
        return {"kind": self.kind, **{key: value for key, value in values.items() if value is not None}}

    @classmethod
    def from_dict(cls, data) -> Schedule:
        """The schedule of :meth:`to_dict`'s object (a cosine without a ``period``
        anneals over the whole run: the period is the run's step limit)."""
        if not isinstance(data, dict):
            raise ScheduleError("a schedule must be an object with a 'kind'")
        keys = {s.key for settings in SCHEDULE_SETTINGS.values() for s in settings}
        unknown = set(data) - keys - {"kind"}
        if unknown:
            raise ScheduleError(f"a schedule has no setting {sorted(unknown)[0]!r}")
        kind = data.get("kind", "constant")
        if not isinstance(kind, str):
            raise ScheduleError("a schedule's kind must be text")
        if kind not in SCHEDULE_KINDS:
            raise ScheduleError(f"unknown schedule {kind!r}: choose one of {', '.join(SCHEDULE_KINDS)}")
        # a key names the kind's own field ("factor": the step's or the exponential's);
        # another kind's key (older files may hold one) goes to the first field of that key
        fields: dict[str, ScheduleSetting] = {}
        for setting in (*SCHEDULE_SETTINGS[kind], *(s for settings in SCHEDULE_SETTINGS.values() for s in settings)):
            fields.setdefault(setting.key, setting)
        values: dict = {"period": None}
        for key, value in data.items():
            if key == "kind":
                continue
            setting = fields[key]
            if value is None and setting.optional:
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ScheduleError(f"the schedule's {key} must be a number", setting.name)
            if setting.whole:
                if not math.isfinite(value) or int(value) != value:
                    raise ScheduleError(f"the schedule's {key} must be a whole number, not {_shown(value)}", setting.name)
                value = int(value)
            values[setting.name] = float(value) if not setting.whole else value
        return cls(kind, **values)


def _check(setting: ScheduleSetting, value) -> None:
    number = not isinstance(value, bool) and isinstance(value, (int, float)) and math.isfinite(value)
    if setting.rule == "whole":
        if not (number and int(value) == value and 1 <= value <= LONGEST_PERIOD):
            raise ScheduleError(
                translate("Schedules", "{setting} must be a whole number of steps from 1 to {longest}, not {value}").format(
                    setting=setting.what, longest=f"{LONGEST_PERIOD:,}", value=_shown(value)
                ),
                setting.name,
            )
    elif setting.rule == "factor":
        if not (number and 0 < value <= 1):
            raise ScheduleError(
                translate("Schedules", "{setting} must be a number above 0 and at most 1, not {value}").format(
                    setting=setting.what, value=_shown(value)
                ),
                setting.name,
            )
    elif not (number and value >= 0):
        raise ScheduleError(
            translate("Schedules", "{setting} must be a number ≥ 0, not {value}").format(setting=setting.what, value=_shown(value)),
            setting.name,
        )


def _parse_setting(setting: ScheduleSetting, text: str, allow_empty: bool = True):
    """A setting's value from typed text (None for an empty optional one)."""
    stripped = text.strip()
    what = setting.what
    if not stripped:
        if setting.optional and allow_empty:
            return None
        raise ScheduleError(translate("Schedules", "{setting} is empty: type a number").format(setting=what), setting.name)
    try:
        number = float(stripped.replace(",", "."))
    except ValueError:
        raise ScheduleError(
            translate("Schedules", "{setting} must be a number, not {text}").format(setting=what, text=repr(stripped)), setting.name
        ) from None
    if not math.isfinite(number):
        raise ScheduleError(
            translate("Schedules", "{setting} must be a finite number, not {text}").format(setting=what, text=repr(stripped)), setting.name
        )
    if setting.whole:
        if not number.is_integer():
            raise ScheduleError(
                translate("Schedules", "{setting} must be a whole number of steps, not {text}").format(setting=what, text=repr(stripped)),
                setting.name,
            )
        return int(number)
    return number


CONSTANT = Schedule()


def parse_schedule(text: str) -> Schedule:
    """A schedule from a short text: ``constant``, ``step:STEP_SIZE[:FACTOR]``,
    ``exponential:FACTOR``, ``cosine[:PERIOD[:MINIMUM]]``, ``inverse_time:DECAY``
    (``exp``, ``cos`` and ``1/t`` are accepted too); a cosine without a period spans
    the run's step limit.  Raises ValueError with one sentence."""
    parts = [p.strip() for p in str(text).strip().split(":")]
    aliases = {"exp": "exponential", "cos": "cosine", "1/t": "inverse_time", "inverse": "inverse_time", "const": "constant"}
    kind = aliases.get(parts[0].lower(), parts[0].lower())
    if kind not in SCHEDULE_KINDS:
        raise ScheduleError(f"unknown schedule {parts[0]!r}: choose one of {', '.join(SCHEDULE_KINDS)}")
    settings = SCHEDULE_SETTINGS[kind]
    values = parts[1:]
    if len(values) > len(settings):
        raise ScheduleError(f"the {kind} schedule takes at most {len(settings)} setting(s) after its name")
    numbers = {setting.name: _parse_setting(setting, value, allow_empty=False) for setting, value in zip(settings, values)}
    if kind == "cosine":
        numbers.setdefault("period", None)  # no period given: the run's step limit, as in the window
    return Schedule(kind, **numbers)
