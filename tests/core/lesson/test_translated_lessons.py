"""The built-in lessons' translations (NAME.LANG.gdstudio-lesson.json beside NAME's
file): each is read by the same loader, names its language, has its original's steps,
set-ups, questions and answer keys with only the texts changed, and leaves no text in
English; builtin_lessons_for lists an interface language's lessons first; a lesson's
"language" that is not a code gdstudio has is refused in one sentence."""

import dataclasses
import json
import re
from pathlib import Path

import pytest

from gdstudio.core.lesson.builtin import (
    BUILTIN_LESSONS,
    BuiltinLesson,
    builtin_lesson_resource,
    builtin_lessons,
    builtin_lessons_for,
    builtin_translations,
    load_builtin_lesson,
)
from gdstudio.core.lesson.format import LESSON_LANGUAGES, LESSON_SUFFIX, Lesson, LessonError, lesson_from_dict, lesson_text, lesson_to_dict

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ROOT / "resources" / "lessons"
TRANSLATED = ("de", "es", "zh_CN")
TRANSLATIONS = [(name, language) for name in BUILTIN_LESSONS for language in TRANSLATED]
IDS = [f"{name}.{language}" for name, language in TRANSLATIONS]
# what may stay as it is in a translation: maths, numbers and proper names
PROPER_NAMES = ("Adam", "Nesterov", "Newton", "L-BFGS", "BFGS", "Rosenbrock", "Armijo", "Wolfe", "XOR", "gdstudio", "SGD")
MATHS_WORDS = ("min", "max", "sin", "cos", "exp", "log")


def texts(lesson: Lesson) -> list[str]:
    """Every text a person reads, in order: the lesson's, then each step's."""
    found = [lesson.title, lesson.author, lesson.description]
    for step in lesson.steps:
        found += [step.title, step.text, step.hint]
        if step.question is not None:
            question = step.question
            found += [question.prompt, question.why, *(choice.text for choice in question.choices)]
            if question.choices:
                found.append(question.answer)
    return found


def without_texts(lesson: Lesson) -> Lesson:
    """The lesson with every text blanked, its language English: what is left is data."""
    steps = []
    for step in lesson.steps:
        question = step.question
        if question is not None:
            choices = tuple(dataclasses.replace(choice, text=f"choice {i}") for i, choice in enumerate(question.choices))
            answer = question.answer
            if question.choices:  # the answer key: which choice is right
                answer = f"choice {[choice.text for choice in question.choices].index(question.answer)}"
            question = dataclasses.replace(question, prompt="", why="", choices=choices, answer=answer)
        steps.append(dataclasses.replace(step, title="", text="", hint="", question=question))
    return Lesson("", tuple(steps))


def only_maths_or_names(text: str) -> bool:
    """Whether a text is nothing but maths, numbers and proper names (no word to translate)."""
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    words = [word for word in re.findall(r"[A-Za-z]{2,}", text) if word not in MATHS_WORDS and not re.fullmatch(r"[A-Za-z]_\w+", word)]
    return not words


def test_every_built_in_lesson_ships_in_every_language_and_nothing_else():
    expected = {name + LESSON_SUFFIX for name in BUILTIN_LESSONS} | {f"{name}.{language}{LESSON_SUFFIX}" for name, language in TRANSLATIONS}
    assert {p.name for p in SOURCES.glob(f"*{LESSON_SUFFIX}")} == expected
    for name in BUILTIN_LESSONS:
        assert builtin_translations(name) == TRANSLATED
        for language in TRANSLATED:
            stem = f"{name}.{language}"
            assert builtin_lesson_resource(stem).read_bytes() == (SOURCES / (stem + LESSON_SUFFIX)).read_bytes(), stem
    for wrong in ("learning-rates.fr", "learning-rates.en", "learning-rates.", "advanced.de"):
        with pytest.raises(LessonError, match=f"there is no built-in lesson '{re.escape(wrong)}'"):
            load_builtin_lesson(wrong)


@pytest.mark.parametrize("name, language", TRANSLATIONS, ids=IDS)
def test_a_translation_is_its_original_with_only_the_texts_translated(name, language):
    original = load_builtin_lesson(name)
    translation = load_builtin_lesson(f"{name}.{language}")  # the loader every lesson goes through: it checks every field
    assert original.language == "en" and translation.language == language
    assert json.loads(builtin_lesson_resource(f"{name}.{language}").read_text(encoding="utf-8"))["language"] == language
    # the same steps, set-ups, overlays, questions, numbers, tolerances and answer keys
    assert without_texts(translation) == without_texts(original)
    assert [bool(step.hint) for step in translation.steps] == [bool(step.hint) for step in original.steps]
    # every text translated, but those that are only maths or proper names
    for english, translated in zip(texts(original), texts(translation), strict=True):
        assert bool(english) == bool(translated), english
        if english and translated == english:
            assert only_maths_or_names(english), f"left in English: {english!r}"
    # the texts of a lesson file, read back equal, and the language kept when it is saved
    assert lesson_from_dict(lesson_to_dict(translation)) == translation
    assert json.loads(lesson_text(translation))["language"] == language


@pytest.mark.parametrize("name, language", TRANSLATIONS, ids=IDS)
def test_a_translation_keeps_every_formula_of_its_original(name, language):
    """Maths stays maths: every formula line of the original (a line of nothing but maths)
    is in the translation as it is."""
    original = load_builtin_lesson(name)
    translation = load_builtin_lesson(f"{name}.{language}")
    for step, translated in zip(original.steps, translation.steps):
        for line in step.text.split("\n"):
            formula = only_maths_or_names(line) and not any(name in line for name in PROPER_NAMES)
            if line.strip() and formula and any(mark in line for mark in "=←∇Σ"):
                assert line in translated.text.split("\n"), (step.title, line)


def test_builtin_lessons_for_lists_the_interface_languages_lessons_first():
    english = builtin_lessons()
    assert builtin_lessons_for("en") == english and builtin_lessons_for("fr") == english
    for language in TRANSLATED:
        listed = builtin_lessons_for(language)
        assert [lesson.name for lesson in listed] == [f"{name}.{language}" for name in BUILTIN_LESSONS]
        assert [lesson.original for lesson in listed] == list(BUILTIN_LESSONS)
        assert {lesson.language for lesson in listed} == {language}
        assert [lesson.title for lesson in listed] == [load_builtin_lesson(lesson.name).title for lesson in listed]
    assert builtin_lessons_for("de")[0] == BuiltinLesson("learning-is-descent.de", "Lernen ist Abstieg", "de")


def test_an_untranslated_lesson_follows_the_translated_ones_in_english(monkeypatch):
    import gdstudio.core.lesson.builtin as builtin

    shipped = builtin.builtin_translations
    monkeypatch.setattr(builtin, "builtin_translations", lambda name: () if name == "learning-rates" else shipped(name))
    listed = builtin_lessons_for("es")
    assert [(lesson.name, lesson.language) for lesson in listed] == [
        ("learning-is-descent.es", "es"),
        ("valleys-and-momentum.es", "es"),
        ("choosing-the-step.es", "es"),
        ("many-small-steps.es", "es"),
        ("learning-rates", "en"),
    ]
    assert listed[-1].title == "Learning rates"


MINIMAL = {
    "format": "gdstudio-lesson",
    "version": 1,
    "title": "Too big a step",
    "steps": [{"title": "γ = 0.7", "text": "Watch.", "setup": {"tab": "function", "function": {"function": "x^2 + y^2"}}}],
}


@pytest.mark.parametrize("language", LESSON_LANGUAGES)
def test_a_lesson_keeps_its_language_when_it_is_saved(language):
    lesson = lesson_from_dict({**MINIMAL, "language": language})
    assert lesson.language == language
    saved = json.loads(lesson_text(lesson))
    # an English lesson's file is written as before: no "language"
    assert saved.get("language") == (None if language == "en" else language)
    assert list(saved)[:3] == (["format", "version", "language"] if language != "en" else ["format", "version", "title"])
    assert lesson_from_dict(saved) == lesson
    assert lesson_from_dict(MINIMAL).language == "en"


@pytest.mark.parametrize("value", ["fr", "DE", "de_DE", "", None, 7, ["de"], "x" * 10_000])
def test_a_language_gdstudio_has_no_lessons_in_is_refused_in_one_sentence(value):
    with pytest.raises(LessonError) as caught:
        lesson_from_dict({**MINIMAL, "language": value})
    assert str(caught.value) == "the lesson's language must be the code of a language gdstudio has lessons in: en, de, es or zh_CN"
    assert caught.value.problems == (str(caught.value),)
