"""The built-in lessons, shipped as package data in ``gdstudio/resources/lessons``
(their sources are in the top-level ``resources/lessons``) and found through
``importlib.resources``, so they are there after ``pip install .`` and in a bundle.

A translation of a built-in lesson lies beside its English original and shares its
file's stem, with the language's code before the suffix: ``NAME.de.gdstudio-lesson.json``
translates ``NAME.gdstudio-lesson.json`` (its ``"language"`` is ``"de"``). Its name, for
:func:`load_builtin_lesson`, is ``NAME.de``. :func:`builtin_lessons_for` lists the
lessons for an interface language: its translations first, then the English lessons it
has no translation of."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from gdstudio.core.lesson.format import DEFAULT_LESSON_LANGUAGE, LESSON_LANGUAGES, LESSON_SUFFIX, Lesson, LessonError, lesson_from_text

# in the order a course takes them
BUILTIN_LESSONS = ("learning-is-descent", "valleys-and-momentum", "learning-rates", "choosing-the-step", "many-small-steps")


@dataclass(frozen=True)
class BuiltinLesson:
    """A built-in lesson: ``name`` (its file's name without the suffix: ``NAME`` or, for
    a translation, ``NAME.LANG``), its title and the language it is written in."""

    name: str
    title: str
    language: str = DEFAULT_LESSON_LANGUAGE

    @property
    def original(self) -> str:
        """The name of the English lesson this one is (or translates)."""
        return self.name.split(".")[0]


def _lesson_file(name: str):
    return resources.files("gdstudio").joinpath("resources", "lessons", name + LESSON_SUFFIX)


def builtin_lesson_resource(name: str):
    """The lesson file as an ``importlib.resources`` Traversable: ``name`` is one of
    BUILTIN_LESSONS, or ``NAME.LANG`` for a translation that ships."""
    original, _, language = name.partition(".")
    known = original in BUILTIN_LESSONS and (
        name == original or (language in LESSON_LANGUAGES and language != DEFAULT_LESSON_LANGUAGE and _lesson_file(name).is_file())
    )
    if not known:
        raise LessonError(f"there is no built-in lesson {name!r}: choose one of {', '.join(BUILTIN_LESSONS)}")
    return _lesson_file(name)


def load_builtin_lesson(name: str) -> Lesson:
    return lesson_from_text(builtin_lesson_resource(name).read_text(encoding="utf-8"))


def builtin_lessons() -> tuple[BuiltinLesson, ...]:
    """Every built-in lesson with its title, in course order (for a Lessons menu). Only
    the titles are read: checking every step (23 functions parsed, 0.15 s) waits until a
    lesson is opened, not the window's start. The shipped files are checked by the tests."""
    return tuple(BuiltinLesson(name, _title(name)) for name in BUILTIN_LESSONS)


def _title(name: str) -> str:
    return str(json.loads(builtin_lesson_resource(name).read_text(encoding="utf-8"))["title"])


def builtin_translations(name: str) -> tuple[str, ...]:
    """The languages the built-in lesson ``name`` is translated into (English left out),
    in the order of LESSON_LANGUAGES: those whose ``NAME.LANG`` file ships."""
    return tuple(code for code in LESSON_LANGUAGES if code != DEFAULT_LESSON_LANGUAGE and _lesson_file(f"{name}.{code}").is_file())


def builtin_lessons_for(language: str) -> tuple[BuiltinLesson, ...]:
    """The built-in lessons for an interface language (a code of LESSON_LANGUAGES): the
    lessons translated into it first, in course order, then, in course order, the English
    lessons it has no translation of. For English, or a language no lesson is written in,
    the English lessons (:func:`builtin_lessons`). Only the titles are read."""
    if language == DEFAULT_LESSON_LANGUAGE or language not in LESSON_LANGUAGES:
        return builtin_lessons()
    translated, untranslated = [], []
    for name in BUILTIN_LESSONS:
        if language in builtin_translations(name):
            translated.append(BuiltinLesson(f"{name}.{language}", _title(f"{name}.{language}"), language))
        else:
            untranslated.append(BuiltinLesson(name, _title(name)))
    return (*translated, *untranslated)
