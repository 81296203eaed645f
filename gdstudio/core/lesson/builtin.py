"""The built-in lessons, shipped as package data in ``gdstudio/resources/lessons``
(their sources are in the top-level ``resources/lessons``) and found through
``importlib.resources``, so they are there after ``pip install .`` and in a bundle."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from gdstudio.core.lesson.format import LESSON_SUFFIX, Lesson, LessonError, lesson_from_text

# in the order a course takes them
BUILTIN_LESSONS = ("learning-is-descent", "valleys-and-momentum", "learning-rates", "choosing-the-step", "many-small-steps")


@dataclass(frozen=True)
class BuiltinLesson:
    """A built-in lesson: ``name`` (its file's name without the suffix) and its title."""

    name: str
    title: str


def builtin_lesson_resource(name: str):
    """The lesson file as an ``importlib.resources`` Traversable."""
    if name not in BUILTIN_LESSONS:
        raise LessonError(f"there is no built-in lesson {name!r}: choose one of {', '.join(BUILTIN_LESSONS)}")
    return resources.files("gdstudio").joinpath("resources", "lessons", name + LESSON_SUFFIX)


def load_builtin_lesson(name: str) -> Lesson:
    return lesson_from_text(builtin_lesson_resource(name).read_text(encoding="utf-8"))


def builtin_lessons() -> tuple[BuiltinLesson, ...]:
    """Every built-in lesson with its title, in course order (for a Lessons menu). Only
    the titles are read: checking every step (23 functions parsed, 0.15 s) waits until a
    lesson is opened, not the window's start. The shipped files are checked by the tests."""
    return tuple(
        BuiltinLesson(name, str(json.loads(builtin_lesson_resource(name).read_text(encoding="utf-8"))["title"])) for name in BUILTIN_LESSONS
    )
