"""Lessons: a sequence of studio set-ups, each with a short text and a question asked
before the run, whose answer is checked against the run the studio makes.

:mod:`.format` reads and writes lesson files, :mod:`.text` turns a step's text into
the HTML a label shows, :mod:`.questions` says what a question may ask about,
:mod:`.outcome` runs a step headlessly and judges answers, :mod:`.builtin` finds the
lessons that ship with the studio.
"""

from gdstudio.core.lesson.builtin import (
    BUILTIN_LESSONS,
    BuiltinLesson,
    builtin_lessons,
    builtin_lessons_for,
    builtin_translations,
    load_builtin_lesson,
)
from gdstudio.core.lesson.format import (
    LESSON_FORMAT,
    LESSON_LANGUAGES,
    LESSON_MIME_TYPE,
    LESSON_SUFFIX,
    LESSON_VERSION,
    OVERLAYS,
    Lesson,
    LessonError,
    LessonStep,
    lesson_from_dict,
    lesson_from_text,
    lesson_text,
    lesson_to_dict,
    load_lesson,
)
from gdstudio.core.lesson.outcome import (
    AnswerError,
    StepOutcome,
    Verdict,
    answer_problem,
    check_answer,
    lesson_markdown,
    run_step,
    slide_names,
    studio_answer,
    suggested_question,
    validate_lesson,
)
from gdstudio.core.lesson.questions import QUANTITIES, Choice, Quantity, Question, Range, Tolerance
from gdstudio.core.lesson.text import lesson_html

__all__ = [
    "BUILTIN_LESSONS",
    "LESSON_FORMAT",
    "LESSON_LANGUAGES",
    "LESSON_MIME_TYPE",
    "LESSON_SUFFIX",
    "LESSON_VERSION",
    "OVERLAYS",
    "QUANTITIES",
    "AnswerError",
    "BuiltinLesson",
    "Choice",
    "Lesson",
    "LessonError",
    "LessonStep",
    "Quantity",
    "Question",
    "Range",
    "StepOutcome",
    "Tolerance",
    "Verdict",
    "answer_problem",
    "builtin_lessons",
    "builtin_lessons_for",
    "builtin_translations",
    "check_answer",
    "lesson_from_dict",
    "lesson_from_text",
    "lesson_html",
    "lesson_markdown",
    "lesson_text",
    "lesson_to_dict",
    "load_builtin_lesson",
    "load_lesson",
    "run_step",
    "slide_names",
    "studio_answer",
    "suggested_question",
    "validate_lesson",
]
