"""A step run headlessly: the numbers a question asks about, checked against
independent references, and answers judged against the run, never the file."""

import numpy as np
import pytest

from gdstudio.core.lesson.format import Lesson, LessonError, LessonStep, lesson_from_dict, lesson_from_text, lesson_text
from gdstudio.core.lesson.outcome import (
    AnswerError,
    answer_problem,
    check_answer,
    lesson_markdown,
    run_step,
    slide_names,
    studio_answer,
    suggested_question,
    validate_lesson,
)
from gdstudio.core.lesson.questions import Choice, Question, Range, Tolerance
from gdstudio.core.mlp.datasets import DataSettings
from gdstudio.core.mlp.training import settings_for_task
from gdstudio.core.session import (
    CompareRun,
    CompareSection,
    FunctionSection,
    MLPSection,
    StudioSession,
    SweepRange,
)

HESSIAN = np.array([[2.0, 1.0], [1.0, 2.0]])  # of x² + xy + y²
STATUS = tuple(Choice(text, when) for text, when in (("converge", "converged"), ("stall", "max_steps"), ("diverge", "diverged")))


def seed(learning_rate: float, **changes) -> StudioSession:
    return StudioSession(tab="function", function=FunctionSection(learning_rate=learning_rate, **changes))


def quadratic_descent(learning_rate: float, start=(1.5, -1.0), tolerance=1e-6, max_steps=1000):
    """Gradient descent on x² + xy + y² written out with numpy: (status, steps, points)."""
    w = np.array(start)
    points = [w]
    start_loss = w @ HESSIAN @ w / 2
    for t in range(max_steps + 1):
        gradient = HESSIAN @ w
        if np.linalg.norm(gradient) < tolerance:
            return "converged", t, np.array(points)
        if t == max_steps:
            return "max_steps", t, np.array(points)
        w = w - learning_rate * gradient
        points.append(w)
        if abs(w @ HESSIAN @ w / 2) > 1e10 * max(1.0, start_loss):  # the engine's divergence rule
            return "diverged", t + 1, np.array(points)


@pytest.mark.parametrize("learning_rate", [0.1, 0.5, 0.6, 2 / 3, 0.7, 0.01])
def test_the_function_runs_numbers_match_descent_written_out_with_numpy(learning_rate):
    outcome = run_step(seed(learning_rate))
    status, steps, points = quadratic_descent(learning_rate)
    assert outcome.value("function.status") == status
    assert outcome.value("function.steps") == steps
    assert outcome.value("function.start_gradient_x") == 2.0 and outcome.value("function.start_gradient_y") == -0.5
    assert outcome.value("function.first_point_x") == pytest.approx(points[1][0], abs=1e-15)
    assert outcome.value("function.first_point_y") == pytest.approx(points[1][1], abs=1e-15)
    if status != "diverged":
        assert outcome.value("function.final_x") == pytest.approx(points[-1][0], rel=1e-9, abs=1e-12)
        assert outcome.value("function.final_loss") == pytest.approx(points[-1] @ HESSIAN @ points[-1] / 2, rel=1e-9, abs=1e-15)
    eigenvalues = np.linalg.eigvalsh(HESSIAN)
    if status != "diverged":
        assert outcome.value("function.condition_number") == pytest.approx(eigenvalues[-1] / eigenvalues[0])
        assert outcome.value("function.largest_stable_learning_rate") == pytest.approx(2 / eigenvalues[-1])
    assert outcome.value("function.stopped_at") == ("minimum" if status == "converged" else "none")


def test_at_two_thirds_exactly_the_run_bounces_for_ever_between_two_points():
    outcome = run_step(seed(2 / 3))
    assert outcome.value("function.status") == "max_steps" and outcome.value("function.steps") == 1000
    assert (outcome.value("function.final_x"), outcome.value("function.final_y")) == pytest.approx((0.25, 0.25))
    assert outcome.describe("function.status") == "the run stopped at the step limit (t = 1000)"


def test_a_run_to_a_saddle_says_so():
    outcome = run_step(StudioSession(function=FunctionSection(function="x^2 - y^2", start=(1.5, 0.0))))
    assert outcome.value("function.status") == "converged" and outcome.value("function.stopped_at") == "saddle"
    assert outcome.describe("function.stopped_at") == "the run converged at t = 67 at a saddle point"
    assert outcome.value("function.largest_stable_learning_rate") is None  # not curved up in every direction


def test_the_race_and_the_sweep_of_a_step():
    function = FunctionSection(function="x^2 + x*y + y^2")
    rates = (0.1, 0.5, 0.7)
    compare = CompareSection(runs=tuple(CompareRun("gd", g) for g in rates), sweep=SweepRange(0.001, 1.0, 200))
    outcome = run_step(StudioSession(tab="compare", function=function, compare=compare))
    expected = [quadratic_descent(g) for g in rates]
    for run, (status, steps, _) in enumerate(expected, start=1):
        assert outcome.value("race.status", run) == status and outcome.value("race.steps", run) == steps
    # the converged run with the fewest steps: γ = 0.5, 2/(λ_min + λ_max), the best fixed step
    assert outcome.value("race.winner") == 2 == 1 + min((s, i) for i, (st, s, _) in enumerate(expected) if st == "converged")[1]
    rates_swept = np.geomspace(0.001, 1.0, 200)
    assert outcome.value("sweep.divergence_learning_rate") == pytest.approx(rates_swept[rates_swept > 2 / 3][0])
    assert outcome.value("sweep.fastest_learning_rate") == pytest.approx(0.5, rel=0.01)
    assert outcome.value("sweep.converged_count") + outcome.value("sweep.diverged_count") <= 200
    assert outcome.value("sweep.diverged_count") == int(np.sum(rates_swept > 2 / 3))
    quantities = outcome.quantities()
    assert ("race.steps", 3, expected[2][1]) in quantities and ("race.winner", None, 2) in quantities
    with pytest.raises(LessonError, match="the step makes no mlp run"):
        outcome.value("mlp.steps")


def test_the_mlp_run_gives_its_parameters_and_accuracy():
    section = MLPSection(data=DataSettings(task="moons"), training=settings_for_task("moons"))
    outcome = run_step(StudioSession(tab="mlp", mlp=section))
    training = outcome.training
    layers = training.network.layer_sizes
    assert layers == (2, 8, 8, 1)
    assert outcome.value("mlp.parameters") == sum((fan_in + 1) * fan_out for fan_in, fan_out in zip(layers, layers[1:])) == 105
    data = training.dataset
    predicted = (training.network.output_values(training.weights, data.test_inputs)[:, 0] > 0.5).astype(int)
    assert outcome.value("mlp.test_accuracy") == pytest.approx(np.mean(predicted == data.test_targets))
    assert outcome.value("mlp.test_mse") is None
    assert outcome.describe("mlp.test_mse") == "the training gives no test mse: the task is a classification"
    assert outcome.value("mlp.steps") == 2000 and outcome.value("mlp.status") == "max_steps"


def test_a_session_whose_csv_file_is_missing_gives_one_sentence(tmp_path):
    setup = StudioSession(tab="mlp", mlp=MLPSection(data=DataSettings(task="", path=str(tmp_path / "gone.csv"))))
    with pytest.raises(LessonError, match=r"^the MLP cannot be trained: cannot read .*gone.csv: No such file or directory$"):
        run_step(setup)


def status_step(learning_rate: float, answer: str, why: str = "") -> LessonStep:
    return LessonStep("γ", "", seed(learning_rate), Question("Converge, stall or diverge?", "function.status", answer, STATUS, why=why))


def test_a_race_counts_evaluations_and_names_the_run_that_converges_with_fewest():
    """The fixed γ = 0.09 on x² + 10y² needs 79 steps and 80 evaluations of f (one a step and
    the start's); backtracking from α₀ = 0.15 fewer steps (71) but two trials on most of them;
    Newton one step and one Hessian. Fewest steps and fewest evaluations are different runs."""
    function = FunctionSection(function="x^2 + 10y^2", start=(-2.5, 1.0))
    runs = (CompareRun("gd", 0.09), CompareRun("gd", 0.15, line_search="armijo"), CompareRun("gd", 0.3))
    outcome = run_step(StudioSession(tab="compare", function=function, compare=CompareSection(runs=runs)))
    assert [outcome.value("race.steps", run) for run in (1, 2)] == [79, 71]
    assert [outcome.value("race.evaluations", run) for run in (1, 2)] == [80, 120]
    assert outcome.value("race.status", 3) == "diverged"  # its evaluations count, but it never converged
    assert outcome.value("race.winner") == 2 and outcome.value("race.fewest_evaluations") == 1
    assert outcome.describe("race.fewest_evaluations") == (
        "run 1, gd γ = 0.09, converged with the fewest evaluations of f (run 1: f 80, ∇f 80; run 2: f 120, ∇f 120)"
    )
    assert outcome.describe("race.evaluations", 2) == "run 2, gd+armijo γ = 0.15, converged at t = 71, with f 120, ∇f 120 evaluations"
    suggestion = suggested_question(outcome, "race.fewest_evaluations")
    assert suggestion.answer == "run 1, gd γ = 0.09" and [c.when for c in suggestion.choices] == [1, 2, 3, None]
    question = Question("Which run is cheapest?", "race.fewest_evaluations", "first", (Choice("first", 1), Choice("second", 2)))
    assert check_answer(question, outcome, "first").correct and not check_answer(question, outcome, "second").correct
    newton = run_step(
        StudioSession(tab="compare", function=function, compare=CompareSection(runs=(CompareRun("newton", 1.0), CompareRun("gd", 0.09))))
    )
    assert newton.value("race.steps", 1) == 1 and newton.value("race.fewest_evaluations") == 1
    assert newton.describe("race.evaluations", 1).endswith("with f 2, ∇f 2, H 1 evaluations")
    nobody = run_step(StudioSession(tab="compare", function=function, compare=CompareSection(runs=(CompareRun("gd", 0.3),))))
    assert nobody.value("race.fewest_evaluations") is None and nobody.describe("race.fewest_evaluations") == "no run of the race converged"


def test_an_answer_is_judged_by_the_run_not_by_the_file():
    # the file says "converge" for γ = 0.7: wrong; the student who says "diverge" is right
    step = status_step(0.7, "converge", why="γ = 0.7 is above 2/λ_max = 2/3.")
    outcome = run_step(step)
    verdict = check_answer(step.question, outcome, "diverge")
    assert verdict.correct and verdict.expected == "diverge"
    assert verdict.explanation == "The run diverged at t = 133. So the answer is “diverge”. γ = 0.7 is above 2/λ_max = 2/3."
    assert not check_answer(step.question, outcome, "converge").correct
    with pytest.raises(AnswerError, match="choose one of “converge”, “stall”, “diverge”"):
        check_answer(step.question, outcome, "explode")


def test_a_number_is_right_within_its_tolerance_and_typed_text_is_read_as_people_type_it():
    question = Question("x of w₁?", "function.first_point_x", 1.3, tolerance=Tolerance(absolute=0.001))
    outcome = run_step(seed(0.1))
    for typed, right in (("1,3", True), (" 1.3005 ", True), (1.3, True), ("1.302", False), ("−1.3", False)):
        verdict = check_answer(question, outcome, typed)
        assert verdict.correct is right and verdict.expected == pytest.approx(1.3), typed
    assert check_answer(question, outcome, "1.3").explanation == (
        "The first update moved the run to w₁ with x = 1.3; answers within ± 0.001 of it count."
    )
    for typed in ("one", "", "nan", "1e999"):
        with pytest.raises(AnswerError):
            check_answer(question, outcome, typed)
    relative = Question("Steps?", "function.steps", 140, tolerance=Tolerance(relative=0.05))
    assert check_answer(relative, outcome, 131).correct and not check_answer(relative, outcome, 130).correct  # 137 ± 6.85


def test_validate_lesson_names_every_stated_answer_the_run_contradicts():
    steps = (
        status_step(0.6, "converge"),
        status_step(2 / 3, "diverge"),  # the trap: at 2/3 exactly the run neither converges nor diverges
        LessonStep("n", "", seed(0.1), Question("Steps?", "function.steps", 100, tolerance=Tolerance(absolute=10))),
        LessonStep(
            "gaps",
            "",
            seed(0.1),
            Question("Steps?", "function.steps", "few", (Choice("few", Range(below=100)), Choice("many", Range(at_least=500)))),
        ),
        LessonStep(
            "overlap",
            "",
            seed(0.1),
            Question("Steps?", "function.steps", "a", (Choice("a", Range(below=200)), Choice("b", Range(at_least=100)))),
        ),
        LessonStep(
            "no number",
            "",
            StudioSession(tab="compare", function=FunctionSection(), compare=CompareSection(sweep=SweepRange(0.001, 0.1, 5))),
            Question("From which γ?", "sweep.divergence_learning_rate", 0.67, tolerance=Tolerance(relative=0.1)),
        ),
    )
    problems = validate_lesson(Lesson("Checked", steps))
    assert problems == [
        "step 2: the question's answer is “diverge”, but the run stopped at the step limit (t = 1000), so the answer is “stall”",
        "step 3: the question's answer is 100, but the run made 137 steps: it converged at t = 137 (more than ± 10 away)",
        "step 4: the run made 137 steps: it converged at t = 137, which none of the question's choices describes",
        "step 5: the run made 137 steps: it converged at t = 137, which the choices “a” and “b” all describe: make them exclusive",
        "step 6: the question asks for a number, but no γ of the sweep diverged",
    ]
    assert answer_problem(steps[0].question, run_step(steps[0])) is None


def test_a_suggested_question_has_the_answer_the_run_gives():
    outcome = run_step(seed(0.7))
    question = suggested_question(outcome, "function.status")
    assert [c.text for c in question.choices] == ["converge", "stall", "diverge"] and question.answer == "diverge"
    number = suggested_question(outcome, "function.steps", prompt="How many steps?")
    assert number.answer == 133 and number.tolerance == Tolerance(absolute=7.0) and number.prompt == "How many steps?"
    assert answer_problem(number, outcome) is None
    race = run_step(
        StudioSession(
            tab="compare", function=FunctionSection(), compare=CompareSection(runs=(CompareRun("gd", 0.7), CompareRun("gd", 0.9)))
        )
    )
    winner = suggested_question(race, "race.winner")
    assert winner.answer == "none of them" and answer_problem(winner, race) is None
    assert question.prompt == "Predict how the run ends."
    # seven runs: the choices keep the winner (run 7, γ = 0.5, the best fixed step) among at most six
    rates = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.5)
    seven = run_step(
        StudioSession(tab="compare", function=FunctionSection(), compare=CompareSection(runs=tuple(CompareRun("gd", g) for g in rates)))
    )
    winner = suggested_question(seven, "race.winner")
    assert [c.when for c in winner.choices] == [1, 2, 3, 4, 7, None]
    assert winner.answer == "run 7, gd γ = 0.5" and answer_problem(winner, seven) is None
    # what the authoring dialog makes is a lesson file that reads back equal
    authored = Lesson(
        "Authored", (LessonStep("Seven runs", "Which first?", seven.setup, winner), LessonStep("γ = 0.7", "Predict.", seed(0.7), number))
    )
    assert lesson_from_text(lesson_text(authored)) == authored


def test_lesson_markdown_lists_each_slide_with_the_studios_answer():
    lesson = lesson_from_dict(
        {
            "format": "gdstudio-lesson",
            "version": 1,
            "title": "Steps",
            "description": "Two steps.",
            "steps": [
                {"title": "The bowl", "text": "Press Play.", "setup": {"tab": "function", "function": {}}, "hint": "Try γ = 0.5."},
                {
                    "title": "Too big",
                    "text": "γ = 0.7.",
                    "setup": {"tab": "function", "function": {"learning_rate": 0.7}},
                    "question": {
                        "prompt": "Converge, stall or diverge?",
                        "about": "function.status",
                        "choices": [{"text": c.text, "when": c.when} for c in STATUS],
                        "answer": "diverge",
                    },
                },
            ],
        }
    )
    outcomes = [run_step(step) for step in lesson.steps]
    # the slides as `gdstudio lesson render` names them: a question step's answer slide after its question
    slides = slide_names(lesson)
    assert slides == [("step-01.png",), ("step-02-question.png", "step-02-answer.png")]
    assert lesson_markdown(lesson, slides, outcomes) == (
        "# Steps\n\nTwo steps.\n\n"
        "## 1. The bowl\n\n![1. The bowl](step-01.png)\n\nPress Play.\n\n*Try this:* Try γ = 0.5.\n\n"
        "## 2. Too big\n\n![2. Too big](step-02-question.png)\n\nγ = 0.7.\n\n"
        "**Question:** Converge, stall or diverge?\nconverge / stall / diverge\n\n"
        "![2. Too big: the answer](step-02-answer.png)\n\n"
        "**The studio's answer:** diverge. The run diverged at t = 133. So the answer is “diverge”.\n"
    )
    assert studio_answer(lesson.steps[1].question, outcomes[1]) == ("diverge", "The run diverged at t = 133. So the answer is “diverge”.")


def test_a_run_that_leaves_fs_domain_is_a_status_a_question_can_name():
    setup = StudioSession(function=FunctionSection(function="log(x) + y^2", start=(0.5, 1.0), learning_rate=1.0))
    outcome = run_step(setup)
    # w₁ = 0.5 − 1 · (1/0.5) = −1.5: log of a negative number
    assert outcome.value("function.first_point_x") == -1.5
    assert outcome.value("function.status") == "undefined" and outcome.value("function.stopped_at") == "none"
    assert outcome.describe("function.status") == "the run became undefined at t = 1: log of a non-positive number (−1.5)"
    question = suggested_question(outcome, "function.status")
    assert question.answer == "leave f's domain" and answer_problem(question, outcome) is None
    assert check_answer(question, outcome, "diverge").expected == "leave f's domain"
