"""The questions a lesson step asks before its run, and what they may ask about.

A question names a *quantity* of the run the step makes (:data:`QUANTITIES`: the
Function tab's run, a run of the race, the sweep, the MLP's training) and is either

* multiple choice: each choice is a *condition* on that quantity — a value it must
  equal (``"converged"``, ``"saddle"``, a run number, ``null`` for "none") or, for a
  number, a range ``{"at_least": a, "below": b}`` (a ≤ value < b, either end may be
  left out) — and the ``answer`` names the choice the run satisfies; or
* a number, with a ``tolerance``: ``{"absolute": d}`` (right within ± d) or
  ``{"relative": r}`` (within r × |value|).

The answer written in the file is never trusted: it is checked against the run the
studio makes (:func:`gdstudio.core.lesson.outcome.validate_lesson`), and a
student's answer is judged against that run too, not against the file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from gdstudio.core.descent.engine import Status
from gdstudio.core.words import QT_TRANSLATE_NOOP, Shown, translate

STATUSES = tuple(str(status) for status in Status if status is not Status.RUNNING)
STOPPED_AT = ("minimum", "saddle", "maximum", "flat", "none")
RUN_NUMBER = "run number"  # the values of race.winner and race.fewest_evaluations: a run's number, or null when none converged


@dataclass(frozen=True)
class Quantity:
    """Something a question can ask about: ``name`` as written in files, the run that
    gives it (``function``, ``race``, ``sweep`` or ``mlp``), a ``title`` for the
    authoring dialog, the ``values`` it takes when it is not a number (a tuple of
    strings, or :data:`RUN_NUMBER`), and whether it belongs to one run of the race
    (the question then names the run: ``"run": 2``)."""

    name: str
    source: str
    title: str = Shown("LessonQuantities")
    values: tuple[str, ...] | str | None = None
    per_run: bool = False

    @property
    def numeric(self) -> bool:
        return self.values is None

    @property
    def section(self) -> str:
        """The session section the run comes from."""
        return {"function": "function", "race": "compare", "sweep": "compare", "mlp": "mlp"}[self.source]


QUANTITIES: dict[str, Quantity] = {
    q.name: q
    for q in (
        Quantity("function.status", "function", QT_TRANSLATE_NOOP("LessonQuantities", "how the run ends"), STATUSES),
        Quantity("function.steps", "function", QT_TRANSLATE_NOOP("LessonQuantities", "the steps the run makes")),
        Quantity("function.start_gradient_x", "function", QT_TRANSLATE_NOOP("LessonQuantities", "∂f/∂x at the start point w₀")),
        Quantity("function.start_gradient_y", "function", QT_TRANSLATE_NOOP("LessonQuantities", "∂f/∂y at the start point w₀")),
        Quantity("function.first_point_x", "function", QT_TRANSLATE_NOOP("LessonQuantities", "x of w₁, the point after the first update")),
        Quantity("function.first_point_y", "function", QT_TRANSLATE_NOOP("LessonQuantities", "y of w₁, the point after the first update")),
        Quantity("function.final_x", "function", QT_TRANSLATE_NOOP("LessonQuantities", "x of the run's last point")),
        Quantity("function.final_y", "function", QT_TRANSLATE_NOOP("LessonQuantities", "y of the run's last point")),
        Quantity("function.final_loss", "function", QT_TRANSLATE_NOOP("LessonQuantities", "f at the run's last point")),
        Quantity("function.final_gradient_norm", "function", QT_TRANSLATE_NOOP("LessonQuantities", "‖∇f‖ at the run's last point")),
        Quantity(
            "function.stopped_at", "function", QT_TRANSLATE_NOOP("LessonQuantities", "the kind of point the run stops at"), STOPPED_AT
        ),
        Quantity(
            "function.condition_number", "function", QT_TRANSLATE_NOOP("LessonQuantities", "the condition number κ at the run's last point")
        ),
        Quantity(
            "function.largest_stable_learning_rate",
            "function",
            QT_TRANSLATE_NOOP("LessonQuantities", "the largest stable γ = 2/λ_max at the run's last point"),
        ),
        Quantity("race.status", "race", QT_TRANSLATE_NOOP("LessonQuantities", "how a run of the race ends"), STATUSES, per_run=True),
        Quantity("race.steps", "race", QT_TRANSLATE_NOOP("LessonQuantities", "the steps a run of the race makes"), per_run=True),
        Quantity("race.final_x", "race", QT_TRANSLATE_NOOP("LessonQuantities", "x of a race run's last point"), per_run=True),
        Quantity("race.final_y", "race", QT_TRANSLATE_NOOP("LessonQuantities", "y of a race run's last point"), per_run=True),
        Quantity("race.final_loss", "race", QT_TRANSLATE_NOOP("LessonQuantities", "f at a race run's last point"), per_run=True),
        Quantity("race.winner", "race", QT_TRANSLATE_NOOP("LessonQuantities", "the run of the race that converges first"), RUN_NUMBER),
        Quantity(
            "race.evaluations",
            "race",
            QT_TRANSLATE_NOOP("LessonQuantities", "the evaluations of f (each with its ∇f) a run of the race makes"),
            per_run=True,
        ),
        Quantity(
            "race.fewest_evaluations",
            "race",
            QT_TRANSLATE_NOOP("LessonQuantities", "the run of the race that converges with the fewest evaluations of f"),
            RUN_NUMBER,
        ),
        Quantity(
            "sweep.fastest_learning_rate",
            "sweep",
            QT_TRANSLATE_NOOP("LessonQuantities", "the γ of the sweep that converges in the fewest steps"),
        ),
        Quantity(
            "sweep.divergence_learning_rate", "sweep", QT_TRANSLATE_NOOP("LessonQuantities", "the smallest γ of the sweep that diverges")
        ),
        Quantity("sweep.converged_count", "sweep", QT_TRANSLATE_NOOP("LessonQuantities", "how many γ of the sweep converge")),
        Quantity("sweep.diverged_count", "sweep", QT_TRANSLATE_NOOP("LessonQuantities", "how many γ of the sweep diverge")),
        Quantity("mlp.status", "mlp", QT_TRANSLATE_NOOP("LessonQuantities", "how the training ends"), STATUSES),
        Quantity("mlp.steps", "mlp", QT_TRANSLATE_NOOP("LessonQuantities", "the steps the training makes")),
        Quantity("mlp.final_loss", "mlp", QT_TRANSLATE_NOOP("LessonQuantities", "L(w) at the training's last step")),
        Quantity("mlp.train_accuracy", "mlp", QT_TRANSLATE_NOOP("LessonQuantities", "the accuracy on the training points (0 to 1)")),
        Quantity("mlp.test_accuracy", "mlp", QT_TRANSLATE_NOOP("LessonQuantities", "the accuracy on the test points (0 to 1)")),
        Quantity("mlp.train_mse", "mlp", QT_TRANSLATE_NOOP("LessonQuantities", "the mean squared error on the training points")),
        Quantity("mlp.test_mse", "mlp", QT_TRANSLATE_NOOP("LessonQuantities", "the mean squared error on the test points")),
        Quantity("mlp.parameters", "mlp", QT_TRANSLATE_NOOP("LessonQuantities", "the network's parameters (weights and biases)")),
    )
}


@dataclass(frozen=True)
class Range:
    """A condition on a number: at_least ≤ value < below (an end left None is open)."""

    at_least: float | None = None
    below: float | None = None

    def holds(self, value) -> bool:
        if value is None or isinstance(value, (str, bool)) or not math.isfinite(value):
            return False
        return (self.at_least is None or value >= self.at_least) and (self.below is None or value < self.below)

    def describe(self) -> str:
        if self.below is None:
            return translate("LessonQuestions", "at least {low}").format(low=f"{self.at_least:g}")
        if self.at_least is None:
            return translate("LessonQuestions", "below {high}").format(high=f"{self.below:g}")
        return translate("LessonQuestions", "from {low} to below {high}").format(low=f"{self.at_least:g}", high=f"{self.below:g}")


Condition = str | int | None | Range


def condition_holds(condition: Condition, value) -> bool:
    """Whether the run's ``value`` satisfies a choice's condition."""
    if isinstance(condition, Range):
        return condition.holds(value)
    if condition is None:
        return value is None
    return value is not None and not isinstance(value, bool) and value == condition


@dataclass(frozen=True)
class Choice:
    """One answer of a multiple-choice question and the condition on the run that makes it right."""

    text: str
    when: Condition


@dataclass(frozen=True)
class Tolerance:
    """How far a number may be from the run's and still count: ± ``absolute``, or
    ``relative`` × |the run's value| (exactly one of them is set)."""

    absolute: float | None = None
    relative: float | None = None

    def accepts(self, given: float, actual: float) -> bool:
        if not (math.isfinite(given) and math.isfinite(actual)):
            return False
        allowed = self.absolute if self.absolute is not None else self.relative * abs(actual)
        return abs(given - actual) <= allowed * (1 + 1e-12) + 1e-300

    def describe(self) -> str:
        if self.absolute is not None:
            return f"± {self.absolute:g}"
        return f"± {100 * self.relative:g} %"


@dataclass(frozen=True)
class Question:
    """A question asked before the run.  ``about`` is a :data:`QUANTITIES` name, ``run``
    the race run's number (from 1) for a per-run quantity; with ``choices`` it is
    multiple choice and ``answer`` is the right choice's text, without them it asks
    for a number ``answer`` within ``tolerance``.  ``why`` is the author's
    explanation, shown with the verdict."""

    prompt: str
    about: str
    answer: str | float
    choices: tuple[Choice, ...] = ()
    tolerance: Tolerance | None = None
    run: int | None = None
    why: str = ""

    @property
    def multiple_choice(self) -> bool:
        return bool(self.choices)

    @property
    def quantity(self) -> Quantity:
        return QUANTITIES[self.about]

    def choice(self, text: str) -> Choice | None:
        return next((c for c in self.choices if c.text == text), None)


def condition_to_json(condition: Condition) -> Any:
    if isinstance(condition, Range):
        return {key: value for key, value in (("at_least", condition.at_least), ("below", condition.below)) if value is not None}
    return condition


def question_to_dict(question: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"prompt": question.prompt, "about": question.about}
    if question.run is not None:
        data["run"] = question.run
    if question.multiple_choice:
        data["choices"] = [{"text": c.text, "when": condition_to_json(c.when)} for c in question.choices]
        data["answer"] = question.answer
    else:
        data["answer"] = float(question.answer)
        tolerance = question.tolerance
        data["tolerance"] = {"absolute": tolerance.absolute} if tolerance.absolute is not None else {"relative": tolerance.relative}
    if question.why:
        data["why"] = question.why
    return data
