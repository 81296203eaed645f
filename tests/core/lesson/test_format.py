"""Lesson files: a round trip of every kind of step and question, and untrusted files
refused with one sentence naming the step and the field."""

import copy
import json

import pytest

from gdstudio.core.descent.schedules import Schedule
from gdstudio.core.lesson.format import (
    LESSON_SUFFIX,
    Lesson,
    LessonError,
    LessonStep,
    lesson_from_dict,
    lesson_from_text,
    lesson_text,
    load_lesson,
)
from gdstudio.core.lesson.questions import Choice, Question, Range, Tolerance
from gdstudio.core.mlp.training import settings_for_task
from gdstudio.core.session import (
    DEFAULT_SESSION,
    CompareRun,
    CompareSection,
    FunctionSection,
    MLPSection,
    StudioSession,
    SweepRange,
)

SEED = {"function": "x^2 + x*y + y^2", "learning_rate": 0.7}
STATUS = [{"text": "converge", "when": "converged"}, {"text": "stall", "when": "max_steps"}, {"text": "diverge", "when": "diverged"}]


def lesson(**step):
    """A valid one-step lesson as JSON data, with ``step``'s keys replaced."""
    first = {
        "title": "Too big a step",
        "text": "γ = 0.7 is above 2/λ_max = 2/3.",
        "setup": {"tab": "function", "function": dict(SEED)},
        "question": {"prompt": "Converge, stall or diverge?", "about": "function.status", "choices": STATUS, "answer": "diverge"},
    }
    first.update(step)
    return {"format": "gdstudio-lesson", "version": 1, "title": "A lesson", "steps": [first]}


def every_kind_of_step() -> Lesson:
    function = FunctionSection(function="x^2 + 10y^2", window=(-3.0, 3.0, -1.5, 1.5), start=(-2.5, 1.0), learning_rate=0.09)
    race = CompareSection(
        runs=(CompareRun("gd", 0.09, colour="#00c2ff"), CompareRun("momentum", 0.05, {"momentum": 0.5}, Schedule("step", period=None))),
        sweep=SweepRange(0.001, 1.0, 50),
    )
    return Lesson(
        title="Valleys",
        author="A teacher",
        description="Two lines\nof description.",
        steps=(
            LessonStep(
                "Status",
                "A paragraph with *emphasis*.\n\n- a list\n- of two",
                StudioSession(tab="function", function=function),
                Question(
                    "Converge?", "function.status", "stall", tuple(Choice(c["text"], c["when"]) for c in STATUS), why="Because.\nTwo lines."
                ),
                hint="Press Play.",
                overlays={"curvature": True, "arrows": False},
            ),
            LessonStep(
                "Steps in ranges",
                "One line.",
                StudioSession(tab="function", zoom=1.5, function=function),
                Question(
                    "How many steps?",
                    "function.steps",
                    "50 to 500",
                    (Choice("fewer than 50", Range(below=50)), Choice("50 to 500", Range(50, 500)), Choice("more", Range(at_least=500))),
                ),
            ),
            LessonStep(
                "The race",
                "Two runs.",
                StudioSession(tab="compare", function=function, compare=race),
                Question("Which first?", "race.winner", "run 2", (Choice("run 1", 1), Choice("run 2", 2), Choice("neither", None))),
            ),
            LessonStep(
                "A number",
                "Steps of run 1.",
                StudioSession(tab="compare", function=function, compare=race),
                Question("Steps of run 1?", "race.steps", 79.0, tolerance=Tolerance(absolute=2.0), run=1),
            ),
            LessonStep(
                "The sweep",
                "Where it diverges.",
                StudioSession(tab="compare", function=function, compare=race),
                Question("From which γ?", "sweep.divergence_learning_rate", 0.1, tolerance=Tolerance(relative=0.05)),
            ),
            LessonStep(
                "A network",
                "XOR.",
                StudioSession(tab="mlp", mlp=MLPSection()),
                Question(
                    "Test accuracy?", "mlp.test_accuracy", "high", (Choice("high", Range(at_least=0.9)), Choice("low", Range(below=0.9)))
                ),
                overlays={"log_loss": True},
            ),
            LessonStep("No question", "The 3-D view.", StudioSession(tab="surface", function=DEFAULT_SESSION)),
        ),
    )


def test_every_kind_of_step_and_question_round_trips():
    original = every_kind_of_step()
    text = lesson_text(original)
    assert lesson_from_text(text) == original
    saved = json.loads(text)
    assert saved["format"] == "gdstudio-lesson" and saved["version"] == 1
    # multi-line texts are written as lists of lines; a set-up has no header of its own
    assert saved["steps"][0]["text"] == ["A paragraph with *emphasis*.", "", "- a list", "- of two"]
    assert "format" not in saved["steps"][0]["setup"] and saved["steps"][1]["setup"]["zoom"] == 1.5
    assert saved["steps"][1]["question"]["choices"][1] == {"text": "50 to 500", "when": {"at_least": 50, "below": 500}}
    assert saved["steps"][2]["question"]["choices"][2] == {"text": "neither", "when": None}
    assert saved["steps"][3]["question"]["tolerance"] == {"absolute": 2.0} and saved["steps"][3]["question"]["run"] == 1
    assert saved["steps"][4]["question"]["tolerance"] == {"relative": 0.05}
    assert "question" not in saved["steps"][6] and "hint" not in saved["steps"][6]


def test_a_partial_set_up_takes_the_defaults_and_a_text_may_be_a_list_of_lines(tmp_path):
    data = lesson(text=["line one", "line two"], setup={"tab": "mlp", "mlp": {"task": "sine"}}, question=None)
    path = tmp_path / f"partial{LESSON_SUFFIX}"
    path.write_text(json.dumps(data), encoding="utf-8")
    step = load_lesson(path).steps[0]
    assert step.text == "line one\nline two" and step.question is None
    assert step.setup.function is None and step.setup.zoom is None
    assert step.setup.mlp.training == settings_for_task("sine")


def change(data, path, value):
    """``data`` with the value at ``path`` (keys and indexes) replaced, or removed when value is ...."""
    data = copy.deepcopy(data)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


STEP = ("steps", 0)
HOSTILE = [
    (("title",), 12, "the lesson's title must be text"),
    (("title",), "x" * 121, "the lesson's title must be at most 120 characters long, not 121"),
    (("title",), "two\nlines", "the lesson's title must hold no control characters and no line breaks"),
    (("steps",), "x", "the lesson's steps must be a list of 1 to 60 steps"),
    (("steps",), [], "the lesson's steps must be a list of 1 to 60 steps"),
    (("lessons",), 1, "the lesson's lessons is not a field gdstudio knows"),
    (("version",), 2, "the lesson was written by a newer gdstudio (version 2)"),
    (("format",), "gdstudio-session", "this is not a gdstudio lesson"),
    ((*STEP, "text"), 5, "step 1: text must be text (a string, or a list of lines)"),
    ((*STEP, "text"), "<script>alert(1)</script>", "step 1: text holds HTML (<script…): a lesson's text is plain text"),
    ((*STEP, "text"), "see <img src=http://example.com/x.png>", "step 1: text holds HTML (<img src=htt…)"),
    ((*STEP, "text"), "![chart](https://example.com/chart.png)", "step 1: text holds a link or an image ([…](…)): a lesson shows no links"),
    ((*STEP, "hint"), "[click](javascript:alert(1))", "step 1: hint holds a link or an image"),
    ((*STEP, "text"), "x" * 6001, "step 1: text must be at most 6,000 characters long, not 6,001"),
    ((*STEP, "text"), "bell\x07", "step 1: text must hold no control characters"),
    ((*STEP, "title"), "   ", "step 1: title is empty"),
    ((*STEP, "script"), "x", "step 1: script is not a field gdstudio knows"),
    ((*STEP, "setup"), "function", "step 1: setup must be an object with named fields"),
    ((*STEP, "setup", "tab"), ..., "step 1: setup.tab is missing: a step names the tab it shows"),
    ((*STEP, "setup", "function", "function"), "__import__('os').system('touch pwned')", "step 1: setup.function.function is not valid"),
    ((*STEP, "setup", "function", "learning_rate"), 1e308, "step 1: setup.function.learning_rate must be between 1e-05 and 10, not 1e+308"),
    ((*STEP, "setup", "function", "max_steps"), 10_000_000, "step 1: setup.function.max_steps must be at most 100,000 in a lesson"),
    ((*STEP, "setup", "function", "hyperparameters"), {"a": {"b": {"c": [1]}}}, "step 1: setup.function.hyperparameters must map names"),
    ((*STEP, "setup", "tab"), "compare", "step 1: setup.compare is missing: the race runs on its f"),
    ((*STEP, "setup", "tab"), "mlp", "step 1: setup.mlp is missing: the mlp tab shows it"),
    ((*STEP, "setup", "mlp"), {"file": "/etc/passwd"}, "step 1: setup.mlp uses a CSV file: a lesson uses a built-in task"),
    ((*STEP, "setup", "mlp"), {"task": "spirals", "hidden": [1024] * 3, "max_steps": 100000}, "step 1: setup.mlp trains too long"),
    ((*STEP, "overlays"), {"contour": True}, "step 1: overlays.contour is not a field gdstudio knows"),
    ((*STEP, "overlays"), {"curvature": "yes"}, "step 1: overlays.curvature must be true or false"),
    ((*STEP, "question", "about"), "os.system", "step 1: question.about must be one of function.status, function.steps"),
    ((*STEP, "question", "about"), "mlp.status", "step 1: question.about asks about the mlp run, but the step's setup has no mlp section"),
    ((*STEP, "question", "about"), "race.status", "step 1: question.about asks about the race run, but the step's setup has no compare"),
    ((*STEP, "question", "answer"), "maybe", "step 1: question.answer must be the text of one of the choices"),
    ((*STEP, "question", "answer"), ..., "step 1: question.answer is missing"),
    ((*STEP, "question", "choices"), STATUS[:1], "step 1: question.choices must be a list of 2 to 6 choices"),
    ((*STEP, "question", "choices"), [STATUS[0], STATUS[0]], "step 1: question.choices[2].text repeats the choice “converge”"),
    ((*STEP, "question", "choices", 2, "when"), "exploded", "step 1: question.choices[3].when must be one of converged, max_steps"),
    ((*STEP, "question", "choices"), ..., "step 1: question.choices are missing: function.status is not a number"),
    ((*STEP, "question", "tolerance"), {"absolute": 1}, "step 1: question.tolerance is for a question that asks for a number"),
    ((*STEP, "question", "run"), 1, "step 1: question.run names a run of the race"),
    ((*STEP, "question", "why"), {"text": "x"}, "step 1: question.why must be text"),
]


@pytest.mark.parametrize("path, value, sentence", HOSTILE, ids=[f"{'.'.join(map(str, p))}={str(v)[:20]}" for p, v, _ in HOSTILE])
def test_hostile_or_damaged_lessons_are_refused_in_one_sentence(path, value, sentence, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LessonError) as caught:
        lesson_from_text(json.dumps(change(lesson(), path, value)))
    assert str(caught.value).startswith(sentence), str(caught.value)
    assert "\n" not in str(caught.value) and caught.value.problems == (str(caught.value),)
    assert not (tmp_path / "pwned").exists()


NUMBER_QUESTION = {"prompt": "Steps?", "about": "function.steps", "answer": 133, "tolerance": {"absolute": 2}}
RACE = {"tab": "compare", "function": SEED, "compare": {"runs": [{"learning_rate": 0.1}, {"learning_rate": 0.7}]}}


@pytest.mark.parametrize(
    "step, sentence",
    [
        ({"question": {**NUMBER_QUESTION, "tolerance": {"relative": 2}}}, "step 1: question.tolerance.relative must be between 0 and 1"),
        (
            {"question": {**NUMBER_QUESTION, "tolerance": {"absolute": 1, "relative": 0.1}}},
            'step 1: question.tolerance must be {"absolute"',
        ),
        ({"question": {**NUMBER_QUESTION, "tolerance": ...}}, "step 1: question.tolerance is missing"),
        ({"question": {**NUMBER_QUESTION, "answer": "133"}}, "step 1: question.answer must be a number"),
        (
            {
                "question": {
                    **NUMBER_QUESTION,
                    "choices": [{"text": "few", "when": "a few"}, {"text": "many", "when": {}}],
                    "tolerance": ...,
                }
            },
            'step 1: question.choices[1].when must be a number or a range such as {"at_least": 10, "below": 100}',
        ),
        (
            {
                "question": {
                    **NUMBER_QUESTION,
                    "choices": [{"text": "a", "when": {"at_least": 5, "below": 1}}, {"text": "b", "when": 3}],
                    "tolerance": ...,
                }
            },
            "step 1: question.choices[1].when needs at_least < below, not 5 and 1",
        ),
        (
            {"setup": RACE, "question": {"prompt": "?", "about": "race.status", "choices": STATUS, "answer": "stall"}},
            "step 1: question.run is missing",
        ),
        (
            {"setup": RACE, "question": {"prompt": "?", "about": "race.steps", "run": 3, "answer": 1, "tolerance": {"absolute": 1}}},
            "step 1: question.run must be a whole number from 1 to 2",
        ),
        (
            {
                "setup": RACE,
                "question": {
                    "prompt": "?",
                    "about": "race.winner",
                    "choices": [{"text": "1", "when": 1}, {"text": "3", "when": 3}],
                    "answer": "1",
                },
            },
            "step 1: question.choices[2].when must be a whole number from 1 to 2",
        ),
        (
            {"setup": RACE, "question": {"prompt": "?", "about": "sweep.converged_count", "answer": 1, "tolerance": {"absolute": 1}}},
            "step 1: question.about asks about the sweep, but the step's setup.compare has no sweep",
        ),
    ],
)
def test_damaged_questions_are_refused_in_one_sentence(step, sentence):
    data = lesson(**step)
    question = data["steps"][0].get("question")
    if question is not None and question.get("tolerance") is ...:
        del question["tolerance"]
    with pytest.raises(LessonError) as caught:
        lesson_from_dict(data)
    assert str(caught.value).startswith(sentence), str(caught.value)


def test_every_damaged_step_is_reported_with_its_number():
    data = lesson()
    good = data["steps"][0]
    data["steps"] = [good, change(good, ("title",), 1), good, change(good, ("setup", "function", "learning_rate"), -1)]
    with pytest.raises(LessonError) as caught:
        lesson_from_dict(data)
    assert caught.value.problems == (
        "step 2: title must be text",
        "step 4: setup.function.learning_rate must be between 1e-05 and 10, not -1",
    )
    assert str(caught.value) == "step 2: title must be text"


@pytest.mark.parametrize(
    "text, sentence",
    [
        ('{"format": "gdstudio-lesson", "version": 1, "title": NaN}', "the lesson file is not valid: NaN is not a number JSON allows"),
        ('{"format": "gdstudio-lesson", "version": 1, "steps": [1e999]}', "the lesson file is not valid: the number 1e999 is too large"),
        (
            '{"format": "gdstudio-lesson", "version": 1, "title": "a", "title": "b"}',
            "the lesson file is not valid: the key 'title' appears twice",
        ),
        ("[" * 200_000 + "]" * 200_000, "the lesson file is not valid JSON"),
        ("not json", "the lesson file is not valid JSON (line 1, column 1)"),
        ('"a lesson"', "this is not a gdstudio lesson: the file must hold a JSON object"),
    ],
    ids=["nan", "overflow", "repeated-key", "deep-nesting", "not-json", "not-an-object"],
)
def test_documents_that_are_not_plain_json_are_refused(text, sentence):
    with pytest.raises(LessonError) as caught:
        lesson_from_text(text)
    assert str(caught.value).startswith(sentence)


def test_a_huge_or_binary_or_missing_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / f"huge{LESSON_SUFFIX}"
    with open(huge, "wb") as handle:
        handle.truncate(100_000_000)
    with pytest.raises(LessonError, match="^the lesson file is too large to be a gdstudio lesson$"):
        load_lesson(huge)
    binary = tmp_path / f"binary{LESSON_SUFFIX}"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff")
    with pytest.raises(LessonError, match="^the lesson file is not UTF-8 text$"):
        load_lesson(binary)
    with pytest.raises(LessonError, match="^cannot read .*missing"):
        load_lesson(tmp_path / "missing")
