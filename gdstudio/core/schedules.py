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
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

SCHEDULE_KINDS = ("constant", "step", "exponential", "cosine", "inverse_time")

SCHEDULE_TITLES = {
    "constant": "Constant",
    "step": "Step decay",
    "exponential": "Exponential",
    "cosine": "Cosine",
    "inverse_time": "1/t",
}

SCHEDULE_NOTES = {
    "constant": "The same γ at every step: the rule as first taught.",
    "step": "γ is multiplied by the factor every few steps: big steps first, finer ones later.",
    "exponential": "γ shrinks by the same factor at every step.",
    "cosine": "γ glides from γ₀ down to γ_min along half a cosine over T steps.",
    "inverse_time": "γ₀ / (1 + decay·t): the classic decay that guarantees convergence on convex problems.",
}


@dataclass(frozen=True)
class Schedule:
    """One learning-rate schedule and its settings (only those of ``kind`` are used).

    ``factor``: StepLR's and ExponentialLR's ``gamma`` (named so as not to clash
    with γ, the learning rate); ``step_size``: StepLR's period; ``period``:
    CosineAnnealingLR's ``T_max``; ``minimum``: its ``eta_min``; ``decay``: the
    1/t decay rate.
    """

    kind: str = "constant"
    factor: float = 0.5
    step_size: int = 100
    period: int = 1000
    minimum: float = 0.0
    decay: float = 0.01

    def __post_init__(self):
        if self.kind not in SCHEDULE_KINDS:
            raise ValueError(f"unknown schedule {self.kind!r}: choose one of {', '.join(SCHEDULE_KINDS)}")
        if not (math.isfinite(self.factor) and 0 < self.factor <= 1):
            raise ValueError(f"the schedule's factor must be in (0, 1], not {self.factor:g}")
        if int(self.step_size) != self.step_size or self.step_size < 1:
            raise ValueError(f"the schedule's step size must be a whole number ≥ 1, not {self.step_size}")
        if int(self.period) != self.period or self.period < 1:
            raise ValueError(f"the cosine period must be a whole number ≥ 1, not {self.period}")
        if not (math.isfinite(self.minimum) and self.minimum >= 0):
            raise ValueError(f"the cosine's minimum γ must be a number ≥ 0, not {self.minimum:g}")
        if not (math.isfinite(self.decay) and self.decay >= 0):
            raise ValueError(f"the 1/t decay must be a number ≥ 0, not {self.decay:g}")

    @property
    def is_constant(self) -> bool:
        return self.kind == "constant"

    @property
    def title(self) -> str:
        return SCHEDULE_TITLES[self.kind]

    @property
    def note(self) -> str:
        return SCHEDULE_NOTES[self.kind]

    @property
    def formula(self) -> str:
        """The schedule as a line of text for the window, e.g. ``γ_t = γ₀ · 0.5^⌊t/100⌋``."""
        if self.kind == "constant":
            return "γ_t = γ₀"
        if self.kind == "step":
            return f"γ_t = γ₀ · {self.factor:g}^⌊t/{self.step_size}⌋"
        if self.kind == "exponential":
            return f"γ_t = γ₀ · {self.factor:g}^t"
        if self.kind == "cosine":
            low = f"{self.minimum:g}"
            return f"γ_t = {low} + (γ₀ − {low})(1 + cos(π t/{self.period}))/2"
        return f"γ_t = γ₀ / (1 + {self.decay:g}·t)"

    def __call__(self, learning_rate, t):
        """γ_t for base rate(s) ``learning_rate`` and update index(es) ``t`` (broadcast)."""
        base = np.asarray(learning_rate, dtype=float)
        t = np.asarray(t)
        if self.kind == "constant":
            value = base * np.ones_like(t, dtype=float)
        elif self.kind == "step":
            value = base * self.factor ** np.floor_divide(t, self.step_size).astype(float)
        elif self.kind == "exponential":
            value = base * self.factor ** t.astype(float)
        elif self.kind == "cosine":
            value = self.minimum + (base - self.minimum) * (1.0 + np.cos(np.pi * t.astype(float) / self.period)) / 2.0
        else:
            value = base / (1.0 + self.decay * t.astype(float))
        return value if np.ndim(value) else float(value)

    def curve(self, learning_rate: float, steps: int) -> tuple[np.ndarray, np.ndarray]:
        """(t, γ_t) for t = 0 … steps − 1: the small curve drawn next to the γ control."""
        t = np.arange(max(int(steps), 1))
        return t, np.asarray(self(learning_rate, t), dtype=float)

    def to_dict(self) -> dict:
        """The settings that matter for ``kind`` (for session files and JSON)."""
        used = {
            "constant": (),
            "step": ("factor", "step_size"),
            "exponential": ("factor",),
            "cosine": ("period", "minimum"),
            "inverse_time": ("decay",),
        }[self.kind]
        return {"kind": self.kind, **{name: getattr(self, name) for name in used}}

    @classmethod
    def from_dict(cls, data) -> "Schedule":
        if not isinstance(data, dict):
            raise ValueError("a schedule must be an object with a 'kind'")
        known = {"kind", "factor", "step_size", "period", "minimum", "decay"}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"a schedule has no setting {sorted(unknown)[0]!r}")
        values = dict(data)
        for name in ("factor", "minimum", "decay"):
            if name in values:
                values[name] = _number(values[name], name)
        for name in ("step_size", "period"):
            if name in values:
                values[name] = _whole(values[name], name)
        if not isinstance(values.get("kind", "constant"), str):
            raise ValueError("a schedule's kind must be text")
        return cls(**values)


CONSTANT = Schedule()


def _number(value, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"the schedule's {name} must be a number")
    return float(value)


def _whole(value, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
        raise ValueError(f"the schedule's {name} must be a whole number")
    return int(value)


def parse_schedule(text: str) -> Schedule:
    """A schedule from a short text: ``constant``, ``step:STEP_SIZE[:FACTOR]``,
    ``exponential:FACTOR``, ``cosine:PERIOD[:MINIMUM]``, ``inverse_time:DECAY``
    (``exp``, ``cos`` and ``1/t`` are accepted too).  Raises ValueError with one sentence."""
    parts = [p.strip() for p in str(text).strip().split(":")]
    aliases = {"exp": "exponential", "cos": "cosine", "1/t": "inverse_time", "inverse": "inverse_time", "const": "constant"}
    kind = aliases.get(parts[0].lower(), parts[0].lower())
    if kind not in SCHEDULE_KINDS:
        raise ValueError(f"unknown schedule {parts[0]!r}: choose one of {', '.join(SCHEDULE_KINDS)}")
    names = {
        "constant": (),
        "step": ("step_size", "factor"),
        "exponential": ("factor",),
        "cosine": ("period", "minimum"),
        "inverse_time": ("decay",),
    }[kind]
    values = parts[1:]
    if len(values) > len(names):
        raise ValueError(f"the {kind} schedule takes at most {len(names)} setting(s) after its name")
    settings: dict = {}
    for name, value in zip(names, values):
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"the schedule's {name} must be a number, not {value!r}") from None
        if name in ("step_size", "period"):
            if not number.is_integer():
                raise ValueError(f"the schedule's {name} must be a whole number, not {value!r}")
            number = int(number)
        settings[name] = number
    return Schedule(kind, **settings)
