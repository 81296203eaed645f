"""A lesson step run headlessly, the numbers its question can ask about, and the
verdict on an answer: always judged against the run the studio makes.

:func:`run_step` makes the step's runs with the core alone — the Function tab's
descent (:func:`~gdstudio.core.descent.engine.run_descent`), the race
(:class:`~gdstudio.core.descent.race.Race`) and the sweep on the function section's
f, the MLP's training (:class:`~gdstudio.core.mlp.training.Training`) — exactly as
the tabs make them, so the numbers are the ones the window shows at the end of the
run.  :func:`check_answer` judges a student's answer, :func:`validate_lesson` the
answers written in a file.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from gdstudio.core.descent.engine import F, RunResult, Status, run_descent
from gdstudio.core.descent.explain import stationary_kind
from gdstudio.core.descent.race import Race, status_text
from gdstudio.core.descent.report import evaluations_text
from gdstudio.core.descent.sweep import SweepResult, run_sweep
from gdstudio.core.function.analysis import Curvature, curvature_at
from gdstudio.core.function.domain import domain_error
from gdstudio.core.function.language import ParsedFunction, parse_function
from gdstudio.core.lesson.format import Lesson, LessonError, LessonStep
from gdstudio.core.lesson.questions import (
    QUANTITIES,
    RUN_NUMBER,
    STATUSES,
    Choice,
    Question,
    Tolerance,
    condition_holds,
)
from gdstudio.core.mlp.training import Metrics, Training
from gdstudio.core.session import DEFAULT_SESSION, StudioSession
from gdstudio.core.words import QT_TRANSLATE_NOOP, translate

# how a question's choices name the three ways a run ends, as a learner says them
# (in English: a suggested question shows them in the reader's language, see _shown_choices)
STATUS_CHOICES = (
    Choice(QT_TRANSLATE_NOOP("LessonOutcome", "converge"), "converged"),
    Choice(QT_TRANSLATE_NOOP("LessonOutcome", "stall"), "max_steps"),
    Choice(QT_TRANSLATE_NOOP("LessonOutcome", "diverge"), "diverged"),
)
UNDEFINED_CHOICE = Choice(QT_TRANSLATE_NOOP("LessonOutcome", "leave f's domain"), "undefined")
STOPPED_AT_CHOICES = (
    Choice(QT_TRANSLATE_NOOP("LessonOutcome", "a minimum"), "minimum"),
    Choice(QT_TRANSLATE_NOOP("LessonOutcome", "a saddle point"), "saddle"),
    Choice(QT_TRANSLATE_NOOP("LessonOutcome", "it does not stop"), "none"),
)


def _shown_choices(choices) -> tuple[Choice, ...]:
    """Choices of the tables above with their text in the reader's language."""
    return tuple(Choice(translate("LessonOutcome", c.text), c.when) for c in choices)


class AnswerError(ValueError):
    """A typed answer that is not an answer (text where a number is asked); one sentence."""


@dataclass(frozen=True, eq=False)
class StepOutcome:
    """What the runs of a step's set-up gave, at their end.  ``function`` is the f the
    function run, the race and the sweep run on; ``run`` the Function tab's run;
    ``race`` the finished race; ``sweep`` the sweep's result; ``training`` the MLP's
    finished training and ``metrics`` its accuracy or error.  Each is None where the
    set-up has no such run.  The window may build one from its own finished runs."""

    setup: StudioSession
    function: ParsedFunction | None = None
    run: RunResult | None = None
    race: Race | None = None
    sweep: SweepResult | None = None
    training: Training | None = None
    metrics: Metrics | None = None

    # -- the numbers ----------------------------------------------------------------------------
    def has(self, about: str) -> bool:
        """Whether the step made the run that gives quantity ``about``."""
        source = QUANTITIES[about].source
        return {"function": self.run, "race": self.race, "sweep": self.sweep, "mlp": self.training}[source] is not None

    def value(self, about: str, run: int | None = None):
        """The run's value of quantity ``about`` (a :data:`QUANTITIES` name; ``run`` the race
        run's number, from 1, for a per-run quantity): a number, a status or kind of point
        as text, a run number — or None where the run gives none (a regression's accuracy,
        the fastest γ of a sweep where none converged, a number that overflowed)."""
        quantity = QUANTITIES[about]
        if not self.has(about):
            raise LessonError(
                translate("LessonOutcome", "the step makes no {source} run, so it has no {quantity}").format(
                    source=quantity.source, quantity=about
                )
            )
        kind, name = about.split(".")
        if kind == "function":
            return self._function_value(name)
        if kind == "race":
            return self._race_value(name, run)
        if kind == "sweep":
            return self._sweep_value(name)
        return self._mlp_value(name)

    def _curvature(self) -> Curvature | None:
        point = self.run.final_point
        if not np.all(np.isfinite(point)):
            return None
        with np.errstate(all="ignore"):
            return curvature_at(self.function, point)

    def _function_value(self, name: str):
        result = self.run
        if name == "status":
            return str(result.status)
        if name == "steps":
            return int(result.steps)
        axis = 0 if name.endswith("_x") else 1
        if name in ("final_x", "final_y"):
            return _finite(result.final_point[axis])
        if name in ("start_gradient_x", "start_gradient_y"):
            return _finite(result.gradient[0][axis])
        if name in ("first_point_x", "first_point_y"):
            return None if result.steps == 0 else _finite(result.points[1][axis])
        if name == "final_loss":
            return _finite(result.final_loss)
        if name == "final_gradient_norm":
            with np.errstate(all="ignore"):
                return _finite(result.final_gradient_norm)
        curvature = self._curvature()
        if name == "stopped_at":
            if result.status is not Status.CONVERGED or curvature is None:
                return "none"
            return stationary_kind(curvature.hessian)
        if curvature is None:
            return None
        if name == "condition_number":
            return _finite(curvature.condition_number)
        return curvature.max_stable_lr  # largest_stable_learning_rate

    def _race_index(self, run: int | None) -> int:
        if run is None or not (1 <= run <= self.race.runs):
            raise LessonError(translate("LessonOutcome", "the race has runs 1 to {runs}, not {run}").format(runs=self.race.runs, run=run))
        return run - 1

    def _race_value(self, name: str, run: int | None):
        descent = self.race.descent
        if name == "winner":
            return self._winner()
        if name == "fewest_evaluations":
            return self._winner(by_evaluations=True)
        index = self._race_index(run)
        if name == "status":
            return str(descent.status(index))
        if name == "steps":
            return int(descent.steps[index])
        if name == "evaluations":
            return int(descent.evaluations[index, F])
        if name in ("final_x", "final_y"):
            return _finite(descent.points[index][0 if name == "final_x" else 1])
        return _finite(descent.loss[index])  # final_loss

    def _winner(self, by_evaluations: bool = False) -> int | None:
        """The run (from 1) that converged in the fewest steps (``by_evaluations``: with the
        fewest evaluations of f, each of which also gives ∇f); the first in the table on a tie."""
        descent = self.race.descent
        converged = [i for i in range(self.race.runs) if descent.status(i) is Status.CONVERGED]
        if not converged:
            return None
        cost = descent.evaluations[:, F] if by_evaluations else descent.steps
        return min(converged, key=lambda i: (int(cost[i]), i)) + 1

    def _sweep_value(self, name: str):
        sweep = self.sweep
        if name == "fastest_learning_rate":
            fastest = sweep.fastest()
            return None if fastest is None else float(sweep.learning_rates[fastest])
        if name == "divergence_learning_rate":
            edge = sweep.stability_edge()
            return None if edge is None else edge[1]
        if name == "converged_count":
            return int(np.sum(sweep.converged))
        return int(np.sum(sweep.diverged))  # diverged_count

    def _mlp_value(self, name: str):
        training, metrics = self.training, self.metrics
        if name == "status":
            return str(training.status)
        if name == "steps":
            return training.steps
        if name == "final_loss":
            return _finite(training.loss)
        if name == "parameters":
            return int(training.network.dimension)
        value = getattr(metrics, name)  # train_accuracy, test_accuracy, train_mse, test_mse
        return None if value is None else _finite(value)

    def quantities(self) -> tuple[tuple[str, int | None, object], ...]:
        """Every (quantity, race run or None, value) this outcome gives: what a question
        about this set-up could ask, with the answer the studio gives."""
        rows = []
        for name, quantity in QUANTITIES.items():
            if not self.has(name):
                continue
            runs = range(1, self.race.runs + 1) if quantity.per_run else (None,)
            rows.extend((name, run, self.value(name, run)) for run in runs)
        return tuple(rows)

    # -- the words --------------------------------------------------------------------------------
    def describe(self, about: str, run: int | None = None) -> str:
        """One sentence (without its full stop) on what the run gave for ``about``."""
        value = self.value(about, run)
        kind, name = about.split(".")
        if kind == "function":
            return self._describe_function(name, value)
        if kind == "race":
            return self._describe_race(name, value, run)
        if kind == "sweep":
            return self._describe_sweep(name, value)
        return self._describe_mlp(name, value)

    def _describe_function(self, name: str, value) -> str:
        result = self.run
        failure = None
        if result.status is Status.UNDEFINED:
            error = domain_error(self.function, result.final_point)
            failure = None if error is None else error.operation
        ended = _ends(result.status, result.steps, failure)
        if name == "status":
            return translate("LessonOutcome", "the run {ended}").format(ended=ended)
        if name == "steps":
            return translate("LessonOutcome", "the run made {steps} steps: it {ended}").format(steps=value, ended=ended)
        if value is None and name != "stopped_at":
            return translate("LessonOutcome", "the run {ended}, and it gives no {quantity}").format(
                ended=ended, quantity=QUANTITIES["function." + name].title
            )
        if name in ("final_x", "final_y"):
            return translate("LessonOutcome", "the run ended at {axis} = {value} ({ended})").format(
                axis=name[-1], value=_number(value), ended=ended
            )
        if name in ("start_gradient_x", "start_gradient_y"):
            x, y = (_number(v) for v in result.points[0])
            return translate("LessonOutcome", "at the start w₀ = ({x}, {y}) the gradient's ∂f/∂{axis} is {value}").format(
                x=x, y=y, axis=name[-1], value=_number(value)
            )
        if name in ("first_point_x", "first_point_y"):
            return translate("LessonOutcome", "the first update moved the run to w₁ with {axis} = {value}").format(
                axis=name[-1], value=_number(value)
            )
        if name == "final_loss":
            return translate("LessonOutcome", "the run ended at f = {value} ({ended})").format(value=_number(value), ended=ended)
        if name == "final_gradient_norm":
            return translate("LessonOutcome", "‖∇f‖ at the run's last point is {value} ({ended})").format(value=_number(value), ended=ended)
        if name == "stopped_at":
            if value == "none":
                return translate("LessonOutcome", "the run did not converge ({ended}), so it stopped at no stationary point").format(
                    ended=ended
                )
            if value == "minimum":
                return translate("LessonOutcome", "the run {ended} at a minimum").format(ended=ended)
            if value == "saddle":
                return translate("LessonOutcome", "the run {ended} at a saddle point").format(ended=ended)
            if value == "maximum":
                return translate("LessonOutcome", "the run {ended} at a maximum").format(ended=ended)
            if value == "flat":
                return translate("LessonOutcome", "the run {ended} at a flat").format(ended=ended)
            article = "an" if value[0] in "aeiou" else "a"
            return f"the run {ended} at {article} {value}"
        if name == "condition_number":
            return translate("LessonOutcome", "the condition number at the run's last point is κ = {value}").format(value=_number(value))
        return translate("LessonOutcome", "the largest stable γ at the run's last point is 2/λ_max = {value}").format(value=_number(value))

    def _describe_race(self, name: str, value, run: int | None) -> str:
        if name == "winner":
            if value is None:
                return translate("LessonOutcome", "no run of the race converged")
            index = value - 1
            return translate("LessonOutcome", "run {run}, {label}, converged first, at t = {t}").format(
                run=value, label=self.race.labels[index], t=int(self.race.descent.steps[index])
            )
        if name == "fewest_evaluations":
            if value is None:
                return translate("LessonOutcome", "no run of the race converged")
            counts = "; ".join(
                translate("LessonOutcome", "run {run}: {evaluations}").format(
                    run=i + 1, evaluations=evaluations_text(self.race.descent.evaluations[i])
                )
                for i in range(self.race.runs)
                if self.race.status(i) is Status.CONVERGED
            )
            return translate("LessonOutcome", "run {run}, {label}, converged with the fewest evaluations of f ({counts})").format(
                run=value, label=self.race.labels[value - 1], counts=counts
            )
        index = self._race_index(run)
        descent = self.race.descent
        who = {"run": run, "label": self.race.labels[index]}
        ended = _ends(descent.status(index), int(descent.steps[index]), self.race.failure(index))
        if name == "status":
            return translate("LessonOutcome", "run {run}, {label}, {ended}").format(ended=ended, **who)
        if name == "steps":
            return translate("LessonOutcome", "run {run}, {label}, {ended}: {steps} steps").format(ended=ended, steps=value, **who)
        if name == "evaluations":
            return translate("LessonOutcome", "run {run}, {label}, {ended}, with {evaluations} evaluations").format(
                ended=ended, evaluations=evaluations_text(descent.evaluations[index]), **who
            )
        if value is None:
            return translate("LessonOutcome", "run {run}, {label}, {ended}, and its last point gives no number").format(ended=ended, **who)
        if name == "final_loss":
            return translate("LessonOutcome", "run {run}, {label}, {ended} at f = {value}").format(ended=ended, value=_number(value), **who)
        return translate("LessonOutcome", "run {run}, {label}, {ended} at {axis} = {value}").format(
            ended=ended, axis=name[-1], value=_number(value), **who
        )

    def _describe_sweep(self, name: str, value) -> str:
        sweep = self.sweep
        if name == "fastest_learning_rate":
            if value is None:
                return translate("LessonOutcome", "no γ of the sweep converged")
            return translate("LessonOutcome", "the fastest γ of the sweep is {rate}, which converged in {steps} steps").format(
                rate=_number(value), steps=int(sweep.steps[sweep.fastest()])
            )
        if name == "divergence_learning_rate":
            if value is None:
                return translate("LessonOutcome", "no γ of the sweep diverged")
            return translate("LessonOutcome", "the sweep's runs diverge from γ = {rate} on").format(rate=_number(value))
        if name == "converged_count":
            return translate("LessonOutcome", "{value} of the sweep's {count} learning rates converged").format(
                value=value, count=sweep.count
            )
        return translate("LessonOutcome", "{value} of the sweep's {count} learning rates diverged").format(value=value, count=sweep.count)

    def _describe_mlp(self, name: str, value) -> str:
        training = self.training
        ended = _ends(training.status, training.steps)
        if name == "status":
            return translate("LessonOutcome", "the training {ended}").format(ended=ended)
        if name == "steps":
            return translate("LessonOutcome", "the training made {steps} steps: it {ended}").format(steps=value, ended=ended)
        if name == "parameters":
            sizes = "-".join(str(size) for size in training.network.layer_sizes)
            return translate("LessonOutcome", "the {sizes} network has {value} parameters (weights and biases)").format(
                sizes=sizes, value=value
            )
        if value is None:
            if training.is_classification:
                text = translate("LessonOutcome", "the training gives no {quantity}: the task is a classification")
            else:
                text = translate("LessonOutcome", "the training gives no {quantity}: the task is a regression")
            return text.format(quantity=name.replace("_", " "))
        if name == "final_loss":
            return translate("LessonOutcome", "the training ended at L(w) = {value} ({ended})").format(value=_number(value), ended=ended)
        values = {"percent": f"{100 * value:.1f}", "value": f"{value:.4g}"} if name.endswith("accuracy") else {"value": _number(value)}
        if name == "train_accuracy":
            return translate("LessonOutcome", "the network's accuracy on the training points is {percent} % ({value})").format(**values)
        if name == "test_accuracy":
            return translate("LessonOutcome", "the network's accuracy on the test points is {percent} % ({value})").format(**values)
        if name.startswith("train"):
            return translate("LessonOutcome", "the network's mean squared error on the training points is {value}").format(**values)
        return translate("LessonOutcome", "the network's mean squared error on the test points is {value}").format(**values)


def _ends(status: Status | str, steps: int, failure: str | None = None) -> str:
    """How a run ended, as the verb of a sentence: "… converged at t = 63", "… became
    undefined at t = 4: …" (the words of :func:`gdstudio.core.descent.race.status_text`)."""
    status = Status(status)
    if status is Status.UNDEFINED:  # a verb here, where the legend says "undefined at t = 4"
        if failure:
            return translate("LessonOutcome", "became undefined at t = {t}: {failure}").format(t=steps, failure=failure)
        return translate("LessonOutcome", "became undefined at t = {t}").format(t=steps)
    return status_text(status, steps, failure)


def _quoted(text: str) -> str:
    return translate("LessonOutcome", "“{text}”").format(text=text)


def _and(texts) -> str:
    """Texts joined by "and": “a” and “b” and “c”."""
    joined = ""
    for text in texts:
        joined = text if not joined else translate("LessonOutcome", "{first} and {second}").format(first=joined, second=text)
    return joined


def _finite(value) -> float | None:
    value = float(value)
    return value if math.isfinite(value) else None


def _number(value) -> str:
    return f"{value:.4g}".replace("-", "−")


# -- running a step -----------------------------------------------------------------------------


def run_step(step: LessonStep | StudioSession) -> StepOutcome:
    """Make the runs of a step's set-up (or of any studio session) to their end, with the
    core only: the function section's descent; the race of the compare section on the
    function section's f (the seed example's where a session has no function section),
    with its sweep when it gives one (from the function section's start, with its
    optimizer, step limit and tolerance, as the Compare tab's sweep); the MLP section's
    training.  Raises :class:`LessonError` with one sentence when a run cannot be made
    (a CSV file that cannot be read, a network the data does not fit)."""
    setup = step.setup if isinstance(step, LessonStep) else step
    section = setup.function if setup.function is not None else DEFAULT_SESSION
    function = run = race = sweep = training = metrics = None
    try:
        if setup.function is not None or setup.compare is not None:
            function = parse_function(section.function)
        if setup.function is not None:
            run = run_descent(function, section.run_settings())
        if setup.compare is not None:
            race = Race(function, setup.compare.entries(section))
            race.run()
            if setup.compare.sweep is not None:
                sweep = run_sweep(
                    function,
                    section.start,
                    setup.compare.sweep.learning_rates(),
                    section.optimizer,
                    section.hyperparameters,
                    section.max_steps,
                    section.tolerance,
                )
    except ValueError as error:
        raise LessonError(translate("LessonOutcome", "the descent cannot be run: {error}").format(error=error)) from None
    if setup.mlp is not None:
        try:
            training = Training(setup.mlp.data.load(), setup.mlp.training)
            training.run()
            metrics = training.metrics()
        except ValueError as error:
            raise LessonError(translate("LessonOutcome", "the MLP cannot be trained: {error}").format(error=error)) from None
    return StepOutcome(setup, function, run, race, sweep, training, metrics)


# -- answers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """The verdict on an answer: whether it is ``correct``, the answer the run gives
    (``expected``: the right choice's text, or the run's number; None where no choice
    describes the run or the run gives no number) and one ``explanation`` for a person
    (what the run did, then the author's why)."""

    correct: bool
    expected: str | float | None
    explanation: str


def _sentence(text: str) -> str:
    """A generated clause as a sentence: a capital (ASCII letters only: a γ or κ that
    starts it stays lower case, as the maths writes it) and a full stop."""
    text = text.strip()
    if not text:
        return ""
    if "a" <= text[0] <= "z":
        text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def right_choices(question: Question, outcome: StepOutcome) -> list[Choice]:
    """The choices whose condition the run satisfies (one, in a good question)."""
    value = outcome.value(question.about, question.run)
    return [choice for choice in question.choices if condition_holds(choice.when, value)]


def _number_answer(text) -> float:
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        value = float(text)
    else:
        typed = str(text).strip().replace("−", "-").replace(" ", "")
        if typed.count(",") == 1 and "." not in typed:
            typed = typed.replace(",", ".")  # a decimal comma
        try:
            value = float(typed)
        except ValueError:
            raise AnswerError(
                translate("LessonOutcome", "type a number, for example 27 or 0.5, not {text}").format(text=repr(str(text)[:20]))
            ) from None
    if not math.isfinite(value):
        raise AnswerError(translate("LessonOutcome", "type a finite number"))
    return value


def check_answer(question: Question, outcome: StepOutcome, given) -> Verdict:
    """Judge ``given`` — a choice's text for a multiple-choice question, a number (or
    the text typed, a decimal comma allowed) otherwise — against the run in
    ``outcome``, never against the answer written in the file.  A number is right
    within the question's tolerance: |given − value| ≤ d, or ≤ r·|value|.  Raises
    :class:`AnswerError` for typed text that is not a number, or a choice the question
    does not offer."""
    clause = outcome.describe(question.about, question.run)
    described = _sentence(clause)
    why = question.why.strip()
    if question.multiple_choice:
        if question.choice(str(given)) is None:
            raise AnswerError(
                translate("LessonOutcome", "choose one of {choices}").format(choices=", ".join(_quoted(c.text) for c in question.choices))
            )
        right = right_choices(question, outcome)
        if len(right) != 1:
            if not right:
                explanation = translate("LessonOutcome", "{described} No choice describes that.").format(described=described)
            else:
                explanation = translate("LessonOutcome", "{described} Choices {choices} both describe that.").format(
                    described=described, choices=_and(_quoted(c.text) for c in right)
                )
            return Verdict(False, None, " ".join(part for part in (explanation, why) if part))
        expected = right[0].text
        explanation = translate("LessonOutcome", "{described} So the answer is “{answer}”.").format(described=described, answer=expected)
        return Verdict(str(given) == expected, expected, " ".join(part for part in (explanation, why) if part))
    number = _number_answer(given)
    value = outcome.value(question.about, question.run)
    if value is None:
        return Verdict(False, None, " ".join(part for part in (described, why) if part))
    explanation = _sentence(
        translate("LessonOutcome", "{clause}; answers within {tolerance} of it count").format(
            clause=clause, tolerance=question.tolerance.describe()
        )
    )
    return Verdict(question.tolerance.accepts(number, float(value)), float(value), " ".join(part for part in (explanation, why) if part))


def answer_problem(question: Question, outcome: StepOutcome) -> str | None:
    """What is wrong with the answer written in the file, judged by the run; None if
    the run gives it (one sentence, without the step's number)."""
    described = outcome.describe(question.about, question.run)
    if question.multiple_choice:
        right = right_choices(question, outcome)
        if not right:
            return translate("LessonOutcome", "{described}, which none of the question's choices describes").format(described=described)
        if len(right) > 1:
            return translate("LessonOutcome", "{described}, which the choices {choices} all describe: make them exclusive").format(
                described=described, choices=_and(_quoted(c.text) for c in right)
            )
        if right[0].text != question.answer:
            return translate("LessonOutcome", "the question's answer is “{written}”, but {described}, so the answer is “{answer}”").format(
                written=question.answer, described=described, answer=right[0].text
            )
        return None
    value = outcome.value(question.about, question.run)
    if value is None:
        return translate("LessonOutcome", "the question asks for a number, but {described}").format(described=described)
    if not question.tolerance.accepts(float(question.answer), float(value)):
        return translate("LessonOutcome", "the question's answer is {written}, but {described} (more than {tolerance} away)").format(
            written=f"{question.answer:g}", described=described, tolerance=question.tolerance.describe()
        )
    return None


def validate_lesson(lesson: Lesson, outcomes: Sequence[StepOutcome | None] | None = None) -> list[str]:
    """Every problem of a lesson that reads well, one sentence each ("step 4: …"): a
    step with a question is run (unless its outcome is given in ``outcomes``) and
    the answer written in the file is checked against that run."""
    problems = []
    for number, step in enumerate(lesson.steps, start=1):
        if step.question is None:
            continue
        outcome = outcomes[number - 1] if outcomes is not None and outcomes[number - 1] is not None else None
        try:
            outcome = outcome or run_step(step)
        except LessonError as error:
            problems.append(translate("LessonOutcome", "step {number}: {problem}").format(number=number, problem=error))
            continue
        problem = answer_problem(step.question, outcome)
        if problem is not None:
            problems.append(translate("LessonOutcome", "step {number}: {problem}").format(number=number, problem=problem))
    return problems


def suggested_question(outcome: StepOutcome, about: str, run: int | None = None, prompt: str = "") -> Question:
    """A question about ``about`` whose answer is what the run in ``outcome`` gives, for
    a teacher adding the current set-up as a step: converge / stall / diverge for how a
    run ends, a minimum / a saddle point / it does not stop for where it stops, the
    race's runs (at most five, the winner among them) and "none of them" for the race's
    winner, and otherwise the number within ± 10 % (a whole number, such as a count of
    steps, within ± 5 % and at least ± 1).  The teacher edits the prompt and the rest."""
    quantity = QUANTITIES[about]
    value = outcome.value(about, run)
    prompt = prompt or translate("LessonOutcome", "Predict {quantity}.").format(quantity=quantity.title)
    if quantity.values == STATUSES:
        choices = _shown_choices(STATUS_CHOICES + ((UNDEFINED_CHOICE,) if value == "undefined" else ()))
    elif about == "function.stopped_at":
        choices = _shown_choices(STOPPED_AT_CHOICES)
        if value not in ("minimum", "saddle", "none"):
            if value == "maximum":
                text = translate("LessonOutcome", "a maximum point")
            elif value == "flat":
                text = translate("LessonOutcome", "a flat point")
            else:
                text = f"a {value} point"
            choices = (*choices[:2], Choice(text, value), choices[2])
    elif quantity.values == RUN_NUMBER:  # race.winner, race.fewest_evaluations
        runs = list(range(1, outcome.race.runs + 1))
        shown = runs[:5] if value is None or value <= 5 else [*runs[:4], value]
        choices = (
            *(Choice(translate("LessonOutcome", "run {run}, {label}").format(run=n, label=outcome.race.labels[n - 1]), n) for n in shown),
            Choice(translate("LessonOutcome", "none of them"), None),
        )
    else:
        if value is None:
            raise LessonError(
                translate("LessonOutcome", "{described}: ask about something the run gives").format(described=outcome.describe(about, run))
            )
        whole = isinstance(value, int)
        tolerance = Tolerance(absolute=max(1.0, round(0.05 * abs(value)))) if whole else Tolerance(relative=0.1)
        return Question(prompt, about, float(value), (), tolerance, run)
    answer = next(c.text for c in choices if condition_holds(c.when, value))
    return Question(prompt, about, answer, tuple(choices), None, run)


def studio_answer(question: Question, outcome: StepOutcome) -> tuple[str, str]:
    """The answer the studio's run gives to ``question`` as a person reads it (the right
    choice's text, or the run's number; "none of the choices" or "no number" where the
    run gives none) and why (what the run did, then the author's why)."""
    verdict = check_answer(question, outcome, question.answer if question.multiple_choice else float(question.answer))
    if verdict.expected is None:
        answer = translate("LessonOutcome", "none of the choices") if question.multiple_choice else translate("LessonOutcome", "no number")
    else:
        answer = verdict.expected if isinstance(verdict.expected, str) else _number(verdict.expected)
    return answer, verdict.explanation


def slide_names(lesson: Lesson) -> list[tuple[str, ...]]:
    """The slide images of each step as ``gdstudio lesson render`` names them:
    ``step-NN.png``, or for a step that asks a question ``step-NN-question.png`` (the
    set-up before the run) and then ``step-NN-answer.png`` (the run and its answer)."""
    return [
        (f"step-{number:02d}.png",) if step.question is None else (f"step-{number:02d}-question.png", f"step-{number:02d}-answer.png")
        for number, step in enumerate(lesson.steps, start=1)
    ]


def lesson_markdown(lesson: Lesson, slides: Sequence[Sequence[str]], outcomes: Sequence[StepOutcome | None]) -> str:
    """``lesson.md`` for teachers who make slides: the lesson's title and description,
    then for each step its title, its slide image (``slides[i]``: the step's image paths,
    relative to the Markdown file, as :func:`slide_names` gives them), its text, its
    question with the choices, then (a question step's second image, the answer slide)
    the answer the studio's run gives and why, and the hint."""
    lines = [f"# {lesson.title}", ""]
    if lesson.author:
        lines += [f"*{lesson.author}*", ""]
    if lesson.description:
        lines += [lesson.description, ""]
    for number, (step, images, outcome) in enumerate(zip(lesson.steps, slides, outcomes), start=1):
        images = (images,) if isinstance(images, str) else tuple(images)
        lines += [f"## {number}. {step.title}", "", f"![{number}. {step.title}]({images[0]})", "", step.text, ""]
        question = step.question
        if question is not None:
            lines.append(f"**Question:** {question.prompt}")
            if question.multiple_choice:
                lines.append(" / ".join(c.text for c in question.choices))
            lines.append("")
            # the answer after the question: its slide shows the run the question asks about
            for image in images[1:]:
                lines += [f"![{number}. {step.title}: the answer]({image})", ""]
            if outcome is not None:
                answer, why = studio_answer(question, outcome)
                lines += [f"**The studio's answer:** {answer}. {why}", ""]
        if step.hint:
            lines += [f"*Try this:* {step.hint}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


__all__ = [
    "STATUS_CHOICES",
    "STOPPED_AT_CHOICES",
    "AnswerError",
    "StepOutcome",
    "Verdict",
    "answer_problem",
    "check_answer",
    "lesson_markdown",
    "right_choices",
    "run_step",
    "slide_names",
    "studio_answer",
    "suggested_question",
    "validate_lesson",
]
