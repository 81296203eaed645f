"""Lesson files: an ordered list of steps, each a studio set-up with a short text and,
optionally, a question asked before the run.  JSON, versioned, documented in the
README (the schema table there is checked against this module by the tests).

A lesson file is untrusted input, read as a session file is: bounded in size,
plain JSON only (no NaN, no numbers of absurd length, no repeated keys), unknown
keys refused at every level, every value checked, texts kept to the Markdown subset
of :mod:`gdstudio.core.lesson.text`.  Each problem is one sentence naming the step
and the field by its path in the file (``step 3: setup.function.learning_rate must
be a number``); the steps are checked one by one, so a file with several damaged
steps reports each of them (:attr:`LessonError.problems`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from gdstudio.core.lesson.questions import QUANTITIES, RUN_NUMBER, Choice, Question, Range, Tolerance, question_to_dict
from gdstudio.core.mlp.datasets import REGRESSION, TASKS
from gdstudio.core.mlp.network import parameter_count
from gdstudio.core.session import (
    REQUIRED,
    SECTIONS,
    Fields,
    SessionError,
    StudioSession,
    document_text,
    json_document,
    read_document,
    studio_session_from_dict,
    studio_session_to_dict,
)
from gdstudio.core.words import QT_TRANSLATE_NOOP, ShownTable, translate

LESSON_FORMAT = "gdstudio-lesson"
LESSON_VERSION = 1
LESSON_SUFFIX = ".gdstudio-lesson.json"
LESSON_MIME_TYPE = "application/x-gdstudio-lesson+json"
MAX_LESSON_BYTES = 1_000_000
MAX_LESSON_STEPS = 60
MAX_CHOICES = 6
# the longest text of each kind, in characters
TEXT_LIMITS = {
    "title": 120,
    "author": 200,
    "description": 2000,
    "text": 6000,
    "hint": 1000,
    "prompt": 400,
    "choice": 100,
    "why": 1000,
}
# every step with a question is run to check its answer (validate_lesson, and the
# panel when the student presses Play): its runs are kept to what takes seconds
LESSON_MAX_RUN_STEPS = 100_000
LESSON_MAX_MLP_WORK = 2_000_000_000  # parameters × training points × steps
LARGEST_NUMBER = 1e300
# the languages a lesson may be written in (its "language": a code of the interface's
# languages; a file without one is English)
LESSON_LANGUAGES = ("en", "de", "es", "zh_CN")
DEFAULT_LESSON_LANGUAGE = "en"

# what a step may switch on or off, beside the tab it shows: name → what it is
OVERLAYS = ShownTable(
    "Lesson",
    {
        "curvature": QT_TRANSLATE_NOOP("Lesson", "the curvature box and the Hessian's eigenvector axes (Function tab)"),
        "arrows": QT_TRANSLATE_NOOP("Lesson", "the gradient and step arrows at the current point (Function tab)"),
        "state_arrows": QT_TRANSLATE_NOOP("Lesson", "what each optimiser carries into its next step (Compare tab)"),
        "log_loss": QT_TRANSLATE_NOOP("Lesson", "the loss curve on a log scale (Function and MLP tabs)"),
    },
)
# a lesson's texts are the Markdown subset of gdstudio.core.lesson.text: a tag (<script>,
# <img …>) or a Markdown link or image is refused where the file is read (and would be
# shown as typed, escaped, by lesson_html anyway)
_TAG = re.compile(r"<\s*[A-Za-z!?/]")
_LINK = re.compile(r"!?\[[^\]\n]*\]\(")
# the keys of each object of a lesson file (the README's schema table lists them)
LESSON_KEYS = ("format", "version", "language", "title", "author", "description", "steps")
STEP_KEYS = ("title", "text", "setup", "question", "hint", "overlays")
QUESTION_KEYS = ("prompt", "about", "run", "choices", "answer", "tolerance", "why")
CHOICE_KEYS = ("text", "when")
RANGE_KEYS = ("at_least", "below")
TOLERANCE_KEYS = ("absolute", "relative")
# the sections the tab a step shows needs (the race runs on the function section's f)
TAB_NEEDS = {"function": ("function",), "surface": ("function",), "mlp": ("mlp",), "compare": ("function", "compare")}


class LessonError(ValueError):
    """A lesson could not be read; ``str(error)`` is the first problem, one sentence for
    a person, and ``problems`` holds every problem found (one per damaged step)."""

    def __init__(self, problems: str | Sequence[str]):
        problems = (problems,) if isinstance(problems, str) else tuple(problems)
        super().__init__(problems[0])
        self.problems = problems


@dataclass(frozen=True)
class LessonStep:
    """One step: its title, its text (the Markdown subset), the studio set-up it
    loads (the tab it shows and the sections it needs), an optional question asked
    before the run, an optional "try this" hint and the overlays it switches (name →
    on or off; those left out stay as they are)."""

    title: str
    text: str
    setup: StudioSession
    question: Question | None = None
    hint: str = ""
    overlays: Mapping[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class Lesson:
    title: str
    steps: tuple[LessonStep, ...]
    author: str = ""
    description: str = ""
    language: str = DEFAULT_LESSON_LANGUAGE


# -- reading -------------------------------------------------------------------------------------


def _text(fields: Fields, key: str, limit: str, lines: bool = False, default=REQUIRED) -> str:
    """A text field: a string (or, where ``lines``, a list of lines, joined by line
    breaks), of at most TEXT_LIMITS[limit] characters, with no control characters
    but line breaks and only where ``lines``."""
    if fields.absent(key, default):
        return default
    value = fields.data[key]
    if lines and isinstance(value, list) and all(isinstance(line, str) for line in value):
        value = "\n".join(value)
    if not isinstance(value, str):
        raise fields.fail(
            key, translate("Lesson", "must be text (a string, or a list of lines)") if lines else translate("Lesson", "must be text")
        )
    longest = TEXT_LIMITS[limit]
    if len(value) > longest:
        raise fields.fail(
            key,
            translate("Lesson", "must be at most {longest} characters long, not {value}").format(
                longest=f"{longest:,}", value=f"{len(value):,}"
            ),
        )
    allowed = "\n" if lines else ""
    if any((ord(ch) < 32 and ch not in allowed) or 0x7F <= ord(ch) < 0xA0 for ch in value):
        raise fields.fail(
            key,
            translate("Lesson", "must hold no control characters")
            if lines
            else translate("Lesson", "must hold no control characters and no line breaks"),
        )
    if not value.strip() and default is REQUIRED:
        raise fields.fail(key, translate("Lesson", "is empty"))
    tag = _TAG.search(value)
    if tag:
        shown = value[tag.start() : tag.start() + 12].split(">")[0]
        raise fields.fail(
            key,
            translate(
                "Lesson", "holds HTML ({shown}…): a lesson's text is plain text with the README's Markdown marks, and no tags"
            ).format(shown=shown),
        )
    if _LINK.search(value):
        raise fields.fail(key, translate("Lesson", "holds a link or an image ([…](…)): a lesson shows no links and no remote content"))
    return value


def _language(fields: Fields) -> str:
    """The lesson's ``language``: one of LESSON_LANGUAGES, English where it is left out."""
    if "language" not in fields:
        return DEFAULT_LESSON_LANGUAGE
    value = fields.get("language")
    if not isinstance(value, str) or value not in LESSON_LANGUAGES:
        codes = ", ".join(LESSON_LANGUAGES[:-1]) + " or " + LESSON_LANGUAGES[-1]
        raise fields.fail("language", f"must be the code of a language gdstudio has lessons in: {codes}")
    return value


def _number(fields: Fields, key: str) -> float:
    return fields.number(key, -LARGEST_NUMBER, LARGEST_NUMBER)


def _condition(fields: Fields, key: str, about: str, runs: int):
    """A choice's ``when``: a value of a categorical quantity, a run number (or null),
    or, for a number, the number itself or a range {"at_least": a, "below": b}."""
    value = fields.get(key)
    quantity = QUANTITIES[about]
    if quantity.values == RUN_NUMBER:
        if value is None:
            return None
        return fields.whole(key, 1, max(runs, 1))
    if quantity.values is not None:
        return fields.choice(key, quantity.values)
    if isinstance(value, dict):
        bounds = Fields(value, f"{fields.label(key)}.", RANGE_KEYS, LessonError)
        if not value:
            raise fields.fail(key, translate("Lesson", "must give at_least, below or both"))
        at_least = None if "at_least" not in value else _number(bounds, "at_least")
        below = None if "below" not in value else _number(bounds, "below")
        if at_least is not None and below is not None and not at_least < below:
            raise fields.fail(
                key,
                translate("Lesson", "needs at_least < below, not {at_least} and {below}").format(
                    at_least=f"{at_least:g}", below=f"{below:g}"
                ),
            )
        return Range(at_least, below)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise fields.fail(
            key,
            translate("Lesson", 'must be a number or a range such as {{"at_least": 10, "below": 100}}, since {about} is a number').format(
                about=about
            ),
        )
    return _number(fields, key)


def _question(data: Any, where: str, setup: StudioSession) -> Question:
    fields = Fields(data, f"{where}question.", QUESTION_KEYS, LessonError)
    prompt = _text(fields, "prompt", "prompt")
    about = fields.choice("about", tuple(QUANTITIES))
    quantity = QUANTITIES[about]
    if setup.section(quantity.section) is None:
        raise fields.fail(
            "about",
            translate("Lesson", "asks about the {source} run, but the step's setup has no {section} section").format(
                source=quantity.source, section=quantity.section
            ),
        )
    if quantity.source == "sweep" and setup.compare.sweep is None:
        raise fields.fail("about", translate("Lesson", "asks about the sweep, but the step's setup.compare has no sweep"))
    runs = len(setup.compare.runs) if setup.compare is not None else 0
    run = None
    if quantity.per_run:
        run = fields.whole("run", 1, runs)
    elif "run" in fields:
        raise fields.fail(
            "run", translate("Lesson", "names a run of the race, which only the race.status, race.steps and race.final_… questions take")
        )
    why = _text(fields, "why", "why", lines=True, default="")
    if "choices" in fields:
        if "tolerance" in fields:
            raise fields.fail("tolerance", translate("Lesson", "is for a question that asks for a number, not for multiple choice"))
        items = fields.get("choices")
        if not isinstance(items, list) or not (2 <= len(items) <= MAX_CHOICES):
            raise fields.fail("choices", translate("Lesson", "must be a list of 2 to {limit} choices").format(limit=MAX_CHOICES))
        choices = []
        for index, item in enumerate(items, start=1):
            choice = Fields(item, f"{where}question.choices[{index}].", CHOICE_KEYS, LessonError)
            text = _text(choice, "text", "choice")
            if any(c.text == text for c in choices):
                raise choice.fail("text", translate("Lesson", "repeats the choice “{text}”").format(text=text))
            choices.append(Choice(text, _condition(choice, "when", about, runs)))
        answer = fields.get("answer")
        if not isinstance(answer, str) or answer not in [c.text for c in choices]:
            raise fields.fail("answer", translate("Lesson", "must be the text of one of the choices"))
        return Question(prompt, about, answer, tuple(choices), None, run, why)
    if not quantity.numeric:
        raise fields.fail(
            "choices", translate("Lesson", "are missing: {about} is not a number, so the question offers choices").format(about=about)
        )
    answer = _number(fields, "answer")
    limits = Fields(fields.get("tolerance"), f"{where}question.tolerance.", TOLERANCE_KEYS, LessonError)
    if len(limits.data) != 1:
        raise fields.fail("tolerance", translate("Lesson", 'must be {"absolute": d} or {"relative": r}'))
    if "absolute" in limits:
        tolerance = Tolerance(absolute=limits.number("absolute", 0.0, LARGEST_NUMBER))
    else:
        tolerance = Tolerance(relative=limits.number("relative", 0.0, 1.0))
    return Question(prompt, about, answer, (), tolerance, run, why)


def _mlp_work(setup: StudioSession) -> float:
    """Parameters × training points × steps of the set-up's MLP run (a built-in task)."""
    data, training = setup.mlp.data, setup.mlp.training
    task = TASKS[data.task]
    inputs = 1 if task.kind == REGRESSION else 2
    outputs = task.classes if task.classes > 2 else 1
    parameters = parameter_count((inputs, *training.hidden, outputs))
    return float(parameters) * data.samples * (1.0 - data.test_fraction) * training.max_steps


def _setup(data: Any, where: str) -> StudioSession:
    fields = Fields(data, f"{where}setup.", ("tab", "zoom", *SECTIONS), LessonError)
    if "tab" not in fields:
        raise fields.fail("tab", translate("Lesson", "is missing: a step names the tab it shows"))
    try:
        setup = studio_session_from_dict(data, prefix=f"{where}setup.", header=False)
    except SessionError as error:
        raise LessonError(str(error)) from None
    needed = set(TAB_NEEDS[setup.tab]) | ({"function"} if setup.compare is not None else set())
    for key in SECTIONS:
        if key in needed and setup.section(key) is None:
            if setup.tab == "compare" or setup.compare is not None:
                reason = translate("Lesson", "the race runs on its f")
            else:
                reason = translate("Lesson", "the {tab} tab shows it").format(tab=setup.tab)
            raise fields.fail(key, translate("Lesson", "is missing: {reason}").format(reason=reason))
    if setup.function is not None and setup.function.max_steps > LESSON_MAX_RUN_STEPS:
        raise LessonError(
            translate("Lesson", "{where}setup.function.max_steps must be at most {limit} in a lesson, not {steps}").format(
                where=where, limit=f"{LESSON_MAX_RUN_STEPS:,}", steps=f"{setup.function.max_steps:,}"
            )
        )
    if setup.mlp is not None:
        if setup.mlp.data.is_file:
            raise fields.fail(
                "mlp",
                translate(
                    "Lesson",
                    "uses a CSV file: a lesson uses a built-in task, since a file it named would be missing on the students' computers",
                ),
            )
        if _mlp_work(setup) > LESSON_MAX_MLP_WORK:
            raise fields.fail(
                "mlp",
                translate("Lesson", "trains too long for a lesson: parameters × training points × steps must be at most {limit}").format(
                    limit=f"{LESSON_MAX_MLP_WORK:.0e}"
                ),
            )
    return setup


def step_from_dict(data: Any, number: int) -> LessonStep:
    """Check one step (``number`` counts from 1, for the sentences) and build it."""
    where = f"step {number}: "
    fields = Fields(data, where, STEP_KEYS, LessonError)
    title = _text(fields, "title", "title")
    text = _text(fields, "text", "text", lines=True)
    setup = _setup(fields.get("setup"), where)
    question = None if fields.get("question", None) is None else _question(fields.get("question"), where, setup)
    hint = _text(fields, "hint", "hint", lines=True, default="")
    overlays = {}
    if "overlays" in fields:
        switches = Fields(fields.get("overlays"), f"{where}overlays.", tuple(OVERLAYS), LessonError)
        for name, value in switches.data.items():
            if not isinstance(value, bool):
                raise switches.fail(name, translate("Lesson", "must be true or false"))
            overlays[name] = value
    return LessonStep(title, text, setup, question, hint, overlays)


def lesson_from_dict(data: Any) -> Lesson:
    """Check a whole lesson and build it, or raise :class:`LessonError` with every
    problem found (the first in ``str(error)``)."""
    if not isinstance(data, dict):
        raise LessonError(translate("Lesson", "this is not a gdstudio lesson: the file must hold a JSON object"))
    if data.get("format") != LESSON_FORMAT:
        raise LessonError(translate("Lesson", "this is not a gdstudio lesson (its format is not {format})").format(format=LESSON_FORMAT))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise LessonError(translate("Lesson", "the lesson has no valid version"))
    if version > LESSON_VERSION:
        raise LessonError(
            translate("Lesson", "the lesson was written by a newer gdstudio (version {version}); update gdstudio to open it").format(
                version=version
            )
        )
    fields = Fields(data, "the lesson's ", LESSON_KEYS, LessonError)
    language = _language(fields)
    title = _text(fields, "title", "title")
    author = _text(fields, "author", "author", default="")
    description = _text(fields, "description", "description", lines=True, default="")
    items = fields.get("steps")
    if not isinstance(items, list) or not (1 <= len(items) <= MAX_LESSON_STEPS):
        raise fields.fail("steps", translate("Lesson", "must be a list of 1 to {limit} steps").format(limit=MAX_LESSON_STEPS))
    steps, problems = [], []
    for number, item in enumerate(items, start=1):
        try:
            steps.append(step_from_dict(item, number))
        except LessonError as error:
            problems.append(str(error))
    if problems:
        raise LessonError(problems)
    return Lesson(title, tuple(steps), author, description, language)


def lesson_from_text(text: str) -> Lesson:
    """Read a lesson file's text (see :func:`lesson_from_dict`)."""
    return lesson_from_dict(json_document(text, "lesson file", LessonError, MAX_LESSON_BYTES))


def load_lesson(path: str | os.PathLike) -> Lesson:
    """Read and check a lesson file; a file over 1 MB is refused before it is read."""
    return lesson_from_text(read_document(path, "lesson file", LessonError, MAX_LESSON_BYTES))


# -- writing -------------------------------------------------------------------------------------


def _lines(text: str) -> str | list[str]:
    """Text with line breaks as a list of lines: a lesson file stays readable."""
    return text.split("\n") if "\n" in text else text


def step_to_dict(step: LessonStep) -> dict[str, Any]:
    data: dict[str, Any] = {"title": step.title, "text": _lines(step.text), "setup": studio_session_to_dict(step.setup, header=False)}
    if step.question is not None:
        question = question_to_dict(step.question)
        if "why" in question:
            question["why"] = _lines(question["why"])
        data["question"] = question
    if step.hint:
        data["hint"] = _lines(step.hint)
    if step.overlays:
        data["overlays"] = dict(step.overlays)
    return data


def lesson_to_dict(lesson: Lesson) -> dict[str, Any]:
    data: dict[str, Any] = {"format": LESSON_FORMAT, "version": LESSON_VERSION}
    if lesson.language != DEFAULT_LESSON_LANGUAGE:  # an English lesson's file stays as it was
        data["language"] = lesson.language
    data["title"] = lesson.title
    if lesson.author:
        data["author"] = lesson.author
    if lesson.description:
        data["description"] = _lines(lesson.description)
    data["steps"] = [step_to_dict(step) for step in lesson.steps]
    return data


def lesson_text(lesson: Lesson) -> str:
    """The lesson file's text: what :func:`lesson_from_text` reads back equal."""
    return document_text(lesson_to_dict(lesson))
