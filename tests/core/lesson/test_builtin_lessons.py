"""The built-in lessons: shipped as package data equal to their sources, 5 to 9 steps
each, and every question's stated answer is the one the studio's run gives."""

from pathlib import Path

import pytest

from gdstudio.core.lesson.builtin import BUILTIN_LESSONS, builtin_lesson_resource, builtin_lessons, load_builtin_lesson
from gdstudio.core.lesson.format import LESSON_SUFFIX, LessonError, lesson_from_text, lesson_text
from gdstudio.core.lesson.outcome import check_answer, run_step, validate_lesson
from gdstudio.core.lesson.text import lesson_html

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ROOT / "resources" / "lessons"


def test_the_shipped_lessons_are_their_sources_and_nothing_else():
    # the originals (their translations, NAME.LANG files, are checked by test_translated_lessons)
    originals = [p.name for p in SOURCES.glob(f"*{LESSON_SUFFIX}") if "." not in p.name.removesuffix(LESSON_SUFFIX)]
    assert sorted(originals) == sorted(name + LESSON_SUFFIX for name in BUILTIN_LESSONS)
    for name in BUILTIN_LESSONS:
        assert builtin_lesson_resource(name).read_bytes() == (SOURCES / (name + LESSON_SUFFIX)).read_bytes(), name
    assert [(lesson.name, lesson.title) for lesson in builtin_lessons()] == [
        ("learning-is-descent", "Learning is descent"),
        ("valleys-and-momentum", "Valleys and momentum"),
        ("learning-rates", "Learning rates"),
        ("choosing-the-step", "Choosing the step"),
        ("many-small-steps", "Many small steps"),
    ]
    with pytest.raises(LessonError, match="there is no built-in lesson 'advanced'"):
        load_builtin_lesson("advanced")


@pytest.mark.parametrize("name", BUILTIN_LESSONS)
def test_every_question_of_a_built_in_lesson_has_the_answer_the_studio_gives(name):
    lesson = load_builtin_lesson(name)
    assert 5 <= len(lesson.steps) <= 9
    outcomes = [run_step(step) if step.question is not None else None for step in lesson.steps]
    assert validate_lesson(lesson, outcomes) == []
    for step, outcome in zip(lesson.steps, outcomes):
        if step.question is not None:
            verdict = check_answer(step.question, outcome, step.question.answer)
            assert verdict.correct, (step.title, verdict.explanation)
        assert lesson_html(step.text).startswith(("<p>", "<ul>", "<ol>"))
    assert lesson_from_text(lesson_text(lesson)) == lesson


def test_learning_is_descent_follows_the_seed_lesson_and_its_edge_case():
    lesson = load_builtin_lesson("learning-is-descent")
    assert "L(w) = Σᵢ E(f_w(xᵢ), yᵢ)" in lesson.steps[0].text
    assert "∇f = [2x + y, 2y + x]" in lesson.steps[1].text
    about = [step.question.about if step.question else None for step in lesson.steps]
    assert about == [
        None,
        "function.start_gradient_x",
        "function.first_point_x",
        "function.steps",
        "function.status",
        "race.status",
        "function.status",
        "function.stopped_at",
        "mlp.parameters",
    ]
    # γ = 0.6, 2/3 and 0.7: converge, stall (exactly 2/3 bounces for ever), diverge
    race = lesson.steps[5]
    assert [run.learning_rate for run in race.setup.compare.runs] == [0.6, 2 / 3, 0.7]
    outcome = run_step(race)
    assert [outcome.value("race.status", run) for run in (1, 2, 3)] == ["converged", "max_steps", "diverged"]
    assert race.question.run == 2 and race.question.answer == "stall"
    assert lesson.steps[7].setup.function.function == "x^2 - y^2"
    assert lesson.steps[8].setup.tab == "mlp" and lesson.steps[8].setup.mlp.data.task == "xor"


def test_choosing_the_step_fails_with_a_fixed_step_rescues_it_and_races_the_textbook_methods():
    lesson = load_builtin_lesson("choosing-the-step")
    about = [step.question.about if step.question else None for step in lesson.steps]
    assert about == [
        "function.status",
        "function.status",
        "race.fewest_evaluations",
        "function.steps",
        "race.status",
        "race.winner",
        "race.fewest_evaluations",
        None,
    ]
    fixed, backtracking, cost, newton, crawl, textbook, evaluations, _ = lesson.steps
    # the same γ diverges as a fixed step and converges as backtracking's first trial
    assert fixed.setup.function.learning_rate == backtracking.setup.function.learning_rate == 0.15
    assert (fixed.setup.function.line_search, backtracking.setup.function.line_search) == ("fixed", "armijo")
    assert [run_step(step).value("function.status") for step in (fixed, backtracking)] == ["diverged", "converged"]
    # Newton's one step on x² + 10y²
    assert newton.setup.function.function == "x^2 + 10y^2" and newton.setup.function.optimizer == "newton"
    assert newton.question.answer == 1 and run_step(newton).value("function.steps") == 1
    # Nocedal & Wright's race from (−1.2, 1): Newton with backtracking in 21 steps, steepest descent not within 1,000
    assert textbook.setup.function.start == (-1.2, 1.0)
    methods = [run.entry(textbook.setup.function).settings.method for run in textbook.setup.compare.runs]
    assert methods == ["gd+armijo", "newton+armijo", "bfgs+strong-wolfe", "lbfgs+strong-wolfe", "cg+strong-wolfe"]
    outcome = run_step(textbook)
    assert outcome.value("race.steps", 2) == 21 and outcome.value("race.status", 1) == "max_steps"
    assert evaluations.question.answer == "L-BFGS" and "newton" not in {run.optimizer for run in evaluations.setup.compare.runs}
