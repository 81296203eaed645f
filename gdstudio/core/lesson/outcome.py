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

# how a question's choices name the three ways a run ends, as a learner says them
STATUS_CHOICES = (Choice("converge", "converged"), Choice("stall", "max_steps"), Choice("diverge", "diverged"))
UNDEFINED_CHOICE = Choice("leave f's domain", "undefined")
STOPPED_AT_CHOICES = (Choice("a minimum", "minimum"), Choice("a saddle point", "saddle"), Choice("it does not stop", "none"))


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
            raise LessonError(f"the step makes no {quantity.source} run, so it has no {about}")
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
            raise LessonError(f"the race has runs 1 to {self.race.runs}, not {run}")
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
        ended = _ends(status_text(result.status, result.steps, failure))
        if name == "status":
            return f"the run {ended}"
        if name == "steps":
            return f"the run made {value} steps: it {ended}"
        if value is None and name != "stopped_at":
            return f"the run {ended}, and it gives no {QUANTITIES['function.' + name].title}"
        if name in ("final_x", "final_y"):
            return f"the run ended at {name[-1]} = {_number(value)} ({ended})"
        if name in ("start_gradient_x", "start_gradient_y"):
            x, y = (_number(v) for v in result.points[0])
            return f"at the start w₀ = ({x}, {y}) the gradient's ∂f/∂{name[-1]} is {_number(value)}"
        if name in ("first_point_x", "first_point_y"):
            return f"the first update moved the run to w₁ with {name[-1]} = {_number(value)}"
        if name == "final_loss":
            return f"the run ended at f = {_number(value)} ({ended})"
        if name == "final_gradient_norm":
            return f"‖∇f‖ at the run's last point is {_number(value)} ({ended})"
        if name == "stopped_at":
            if value == "none":
                return f"the run did not converge ({ended}), so it stopped at no stationary point"
            article = "an" if value[0] in "aeiou" else "a"
            return f"the run {ended} at {article} {'saddle point' if value == 'saddle' else value}"
        if name == "condition_number":
            return f"the condition number at the run's last point is κ = {_number(value)}"
        return f"the largest stable γ at the run's last point is 2/λ_max = {_number(value)}"

    def _describe_race(self, name: str, value, run: int | None) -> str:
        if name == "winner":
            if value is None:
                return "no run of the race converged"
            index = value - 1
            return f"run {value}, {self.race.labels[index]}, converged first, at t = {int(self.race.descent.steps[index])}"
        if name == "fewest_evaluations":
            if value is None:
                return "no run of the race converged"
            counts = "; ".join(
                f"run {i + 1}: {evaluations_text(self.race.descent.evaluations[i])}"
                for i in range(self.race.runs)
                if self.race.status(i) is Status.CONVERGED
            )
            return f"run {value}, {self.race.labels[value - 1]}, converged with the fewest evaluations of f ({counts})"
        index = self._race_index(run)
        who = f"run {run}, {self.race.labels[index]},"
        ended = _ends(self.race.status_text(index))
        if name == "status":
            return f"{who} {ended}"
        if name == "steps":
            return f"{who} {ended}: {value} steps"
        if name == "evaluations":
            return f"{who} {ended}, with {evaluations_text(self.race.descent.evaluations[index])} evaluations"
        if value is None:
            return f"{who} {ended}, and its last point gives no number"
        if name == "final_loss":
            return f"{who} {ended} at f = {_number(value)}"
        return f"{who} {ended} at {name[-1]} = {_number(value)}"

    def _describe_sweep(self, name: str, value) -> str:
        sweep = self.sweep
        if name == "fastest_learning_rate":
            if value is None:
                return "no γ of the sweep converged"
            return f"the fastest γ of the sweep is {_number(value)}, which converged in {int(sweep.steps[sweep.fastest()])} steps"
        if name == "divergence_learning_rate":
            if value is None:
                return "no γ of the sweep diverged"
            return f"the sweep's runs diverge from γ = {_number(value)} on"
        what = "converged" if name == "converged_count" else "diverged"
        return f"{value} of the sweep's {sweep.count} learning rates {what}"

    def _describe_mlp(self, name: str, value) -> str:
        training = self.training
        ended = _ends(status_text(training.status, training.steps))
        if name == "status":
            return f"the training {ended}"
        if name == "steps":
            return f"the training made {value} steps: it {ended}"
        if name == "parameters":
            sizes = "-".join(str(size) for size in training.network.layer_sizes)
            return f"the {sizes} network has {value} parameters (weights and biases)"
        if value is None:
            kind = "a classification" if training.is_classification else "a regression"
            return f"the training gives no {name.replace('_', ' ')}: the task is {kind}"
        if name == "final_loss":
            return f"the training ended at L(w) = {_number(value)} ({ended})"
        where = "training" if name.startswith("train") else "test"
        if name.endswith("accuracy"):
            return f"the network's accuracy on the {where} points is {100 * value:.1f} % ({value:.4g})"
        return f"the network's mean squared error on the {where} points is {_number(value)}"


def _ends(status: str) -> str:
    """A status line as the verb of a sentence: "… converged at t = 63", "… became undefined at t = 4: …"."""
    return "became " + status if status.startswith("undefined") else status


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
        raise LessonError(f"the descent cannot be run: {error}") from None
    if setup.mlp is not None:
        try:
            training = Training(setup.mlp.data.load(), setup.mlp.training)
            training.run()
            metrics = training.metrics()
        except ValueError as error:
            raise LessonError(f"the MLP cannot be trained: {error}") from None
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
            raise AnswerError(f"type a number, for example 27 or 0.5, not {str(text)[:20]!r}") from None
    if not math.isfinite(value):
        raise AnswerError("type a finite number")
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
            raise AnswerError(f"choose one of {', '.join('“' + c.text + '”' for c in question.choices)}")
        right = right_choices(question, outcome)
        if len(right) != 1:
            texts = " and ".join(f"“{c.text}”" for c in right)
            explanation = f"{described} {'No choice describes that' if not right else 'Choices ' + texts + ' both describe that'}."
            return Verdict(False, None, " ".join(part for part in (explanation, why) if part))
        expected = right[0].text
        explanation = f"{described} So the answer is “{expected}”."
        return Verdict(str(given) == expected, expected, " ".join(part for part in (explanation, why) if part))
    number = _number_answer(given)
    value = outcome.value(question.about, question.run)
    if value is None:
        return Verdict(False, None, " ".join(part for part in (described, why) if part))
    explanation = _sentence(f"{clause}; answers within {question.tolerance.describe()} of it count")
    return Verdict(question.tolerance.accepts(number, float(value)), float(value), " ".join(part for part in (explanation, why) if part))


def answer_problem(question: Question, outcome: StepOutcome) -> str | None:
    """What is wrong with the answer written in the file, judged by the run; None if
    the run gives it (one sentence, without the step's number)."""
    described = outcome.describe(question.about, question.run)
    if question.multiple_choice:
        right = right_choices(question, outcome)
        if not right:
            return f"{described}, which none of the question's choices describes"
        if len(right) > 1:
            return f"{described}, which the choices {' and '.join('“' + c.text + '”' for c in right)} all describe: make them exclusive"
        if right[0].text != question.answer:
            return f"the question's answer is “{question.answer}”, but {described}, so the answer is “{right[0].text}”"
        return None
    value = outcome.value(question.about, question.run)
    if value is None:
        return f"the question asks for a number, but {described}"
    if not question.tolerance.accepts(float(question.answer), float(value)):
        return f"the question's answer is {question.answer:g}, but {described} (more than {question.tolerance.describe()} away)"
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
            problems.append(f"step {number}: {error}")
            continue
        problem = answer_problem(step.question, outcome)
        if problem is not None:
            problems.append(f"step {number}: {problem}")
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
    prompt = prompt or f"Predict {quantity.title}."
    if quantity.values == STATUSES:
        choices = STATUS_CHOICES + ((UNDEFINED_CHOICE,) if value == "undefined" else ())
    elif about == "function.stopped_at":
        choices = STOPPED_AT_CHOICES
        if value not in ("minimum", "saddle", "none"):
            choices = (*choices[:2], Choice(f"a {value} point", value), choices[2])
    elif quantity.values == RUN_NUMBER:  # race.winner, race.fewest_evaluations
        runs = list(range(1, outcome.race.runs + 1))
        shown = runs[:5] if value is None or value <= 5 else [*runs[:4], value]
        choices = (*(Choice(f"run {n}, {outcome.race.labels[n - 1]}", n) for n in shown), Choice("none of them", None))
    else:
        if value is None:
            raise LessonError(f"{outcome.describe(about, run)}: ask about something the run gives")
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
        answer = "none of the choices" if question.multiple_choice else "no number"
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
