"""``gdstudio lesson validate FILE``: check a lesson file, and the answer of every
question in it against the run the studio makes."""

from __future__ import annotations

import argparse
import sys

from gdstudio.cli.options import EXIT_OK, EXIT_USAGE, Parser


def add_lesson_parser(commands) -> None:
    lesson = commands.add_parser(
        "lesson",
        help="check lesson files",
        description="Lessons: an ordered list of studio set-ups, each with a short text and a question asked before the run.",
    )
    actions = lesson.add_subparsers(dest="lesson_command", metavar="ACTION", parser_class=Parser, required=True)
    validate = actions.add_parser(
        "validate",
        help="check a lesson file and every answer in it against the studio's runs",
        description="Read a lesson file as the studio would (unknown keys, bad values, texts), then run every step that "
        "asks a question and check the answer the file states against the run. Exit 0 with a one-line summary, or 2 "
        "with one line per problem.",
    )
    validate.add_argument("file", metavar="FILE", help="a lesson file (*.gdstudio-lesson.json)")
    validate.set_defaults(handler=validate_command)


def validate_command(arguments: argparse.Namespace) -> int:
    from gdstudio.core.lesson.format import LessonError, load_lesson
    from gdstudio.core.lesson.outcome import validate_lesson

    try:
        lesson = load_lesson(arguments.file)
        problems = list(validate_lesson(lesson))
    except LessonError as error:
        problems = list(error.problems)
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    steps = len(lesson.steps)
    questions = sum(step.question is not None for step in lesson.steps)
    print(
        f"{arguments.file}: “{lesson.title}”, {steps} step{'s' if steps != 1 else ''}, "
        f"{questions} question{'s' if questions != 1 else ''} whose answers the studio's runs confirm"
    )
    return EXIT_OK


__all__ = ["add_lesson_parser"]
