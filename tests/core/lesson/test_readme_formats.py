"""The README's description of session and lesson files is the format the code reads:
its examples open, its schema table lists every key with its limits, its table of
quantities and its list of built-in lessons are the code's."""

import re
from pathlib import Path

import pytest

from gdstudio.core.lesson.builtin import BUILTIN_LESSONS, load_builtin_lesson
from gdstudio.core.lesson.format import (
    CHOICE_KEYS,
    LESSON_KEYS,
    MAX_CHOICES,
    MAX_LESSON_STEPS,
    OVERLAYS,
    QUESTION_KEYS,
    RANGE_KEYS,
    STEP_KEYS,
    TEXT_LIMITS,
    TOLERANCE_KEYS,
    lesson_from_text,
)
from gdstudio.core.lesson.outcome import validate_lesson
from gdstudio.core.lesson.questions import QUANTITIES
from gdstudio.core.session import SECTIONS, studio_session_from_text

README = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Sessions and lessons") : README.index("## Command line")]


def table_after(heading: str, first_column: str) -> dict[str, list[str]]:
    """The rows of the first table after ``heading`` whose header starts with ``first_column``, by first cell."""
    text = SECTION[SECTION.index(heading) :]
    start = text.index(f"| {first_column} |")
    rows = {}
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
        rows[cells[0]] = cells[1:]
    return rows


def test_the_session_example_opens_and_its_table_names_every_key():
    example = SECTION[SECTION.index("    {") : SECTION.index("\n\n| key | what it holds |")]
    session = studio_session_from_text("\n".join(line[4:] for line in example.splitlines()))
    assert session.tab == "compare" and session.zoom == 1.25
    assert session.function.function == "x^2 + 10y^2" and session.mlp.data.task == "moons"
    assert [run.colour for run in session.compare.runs] == ["#00c2ff", None] and session.compare.sweep.count == 200
    rows = table_after("### Session files", "key")
    assert set(rows) == {f"`{key}`" for key in ("tab", "zoom", *SECTIONS)}


def test_the_lesson_example_opens_and_its_answer_is_the_runs():
    block = re.search(r"```json\n(.*?)```", SECTION, re.S).group(1)
    lesson = lesson_from_text(block)
    assert lesson.title == "Too big a step" and lesson.steps[0].overlays == {"curvature": True}
    assert validate_lesson(lesson) == []


def test_the_schema_table_lists_every_key_with_its_limits():
    rows = table_after("### Lesson files", "key")
    listed = set(rows)
    expected = {f"`{k}`" for k in LESSON_KEYS}
    expected |= {f"step `{k}`" for k in STEP_KEYS} | {f"question `{k}`" for k in QUESTION_KEYS} | {f"choice `{k}`" for k in CHOICE_KEYS}
    assert listed == expected
    limits = {
        "`title`": TEXT_LIMITS["title"],
        "`author`": TEXT_LIMITS["author"],
        "`description`": TEXT_LIMITS["description"],
        "step `title`": TEXT_LIMITS["title"],
        "step `text`": TEXT_LIMITS["text"],
        "step `hint`": TEXT_LIMITS["hint"],
        "question `prompt`": TEXT_LIMITS["prompt"],
        "question `why`": TEXT_LIMITS["why"],
        "choice `text`": TEXT_LIMITS["choice"],
    }
    for key, limit in limits.items():
        assert rows[key][2].startswith(f"{limit:,} characters"), key
    assert rows["`steps`"][2] == f"1 to {MAX_LESSON_STEPS}"
    assert rows["question `choices`"][2] == f"2 to {MAX_CHOICES}"
    assert all(f"`{name}`" in rows["step `overlays`"][2] for name in OVERLAYS)
    assert all(f'"{key}"' in rows["choice `when`"][2] for key in RANGE_KEYS)
    assert all(f'"{key}"' in rows["question `tolerance`"][2] for key in TOLERANCE_KEYS)


def test_the_quantities_table_is_the_codes():
    rows = table_after("What a question can ask about", "`about`")
    assert {name.strip("`"): cells[0] for name, cells in rows.items()} == {q.name: q.title for q in QUANTITIES.values()}


@pytest.mark.parametrize("name", BUILTIN_LESSONS)
def test_the_built_in_lessons_table_gives_their_titles_and_step_counts(name):
    lesson = load_builtin_lesson(name)
    rows = table_after("### Built-in lessons", "lesson")
    assert rows[f"*{lesson.title}*"][0] == str(len(lesson.steps))
