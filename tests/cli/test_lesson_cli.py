"""`gdstudio lesson validate FILE`: exit 0 with a one-line summary, or 2 with one line
per problem, each starting `error:`."""

import json
from pathlib import Path

import pytest

from gdstudio.cli import main

ROOT = Path(__file__).resolve().parents[2]
STATUS = [{"text": "converge", "when": "converged"}, {"text": "stall", "when": "max_steps"}, {"text": "diverge", "when": "diverged"}]


def run_cli(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def status_step(learning_rate, answer):
    return {
        "title": f"γ = {learning_rate}",
        "text": "Predict, then press Play.",
        "setup": {"tab": "function", "function": {"function": "x^2 + x*y + y^2", "learning_rate": learning_rate}},
        "question": {"prompt": "Converge, stall or diverge?", "about": "function.status", "choices": STATUS, "answer": answer},
    }


def write_lesson(tmp_path, steps, name="lesson.gdstudio-lesson.json"):
    path = tmp_path / name
    path.write_text(json.dumps({"format": "gdstudio-lesson", "version": 1, "title": "γ", "steps": steps}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name, summary",
    [
        ("learning-is-descent", "“Learning is descent”, 9 steps, 8 questions whose answers the studio's runs confirm"),
        ("valleys-and-momentum", "“Valleys and momentum”, 8 steps, 8 questions whose answers the studio's runs confirm"),
        ("learning-rates", "“Learning rates”, 7 steps, 7 questions whose answers the studio's runs confirm"),
    ],
)
def test_each_built_in_lesson_validates(capsys, name, summary):
    path = ROOT / "resources" / "lessons" / f"{name}.gdstudio-lesson.json"
    code, out, err = run_cli(capsys, "lesson", "validate", str(path))
    assert (code, err) == (0, "")
    assert out == f"{path}: {summary}\n"


def test_a_stated_answer_the_run_contradicts_is_one_error_line_per_problem(tmp_path, capsys):
    path = write_lesson(tmp_path, [status_step(0.6, "converge"), status_step(2 / 3, "diverge"), status_step(0.7, "stall")])
    code, out, err = run_cli(capsys, "lesson", "validate", str(path))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        "error: step 2: the question's answer is “diverge”, but the run stopped at the step limit (t = 1000), so the answer is “stall”",
        "error: step 3: the question's answer is “stall”, but the run diverged at t = 133, so the answer is “diverge”",
    ]


def test_every_damaged_step_is_one_error_line(tmp_path, capsys):
    bad_key = {**status_step(0.6, "converge"), "onload": "alert(1)"}
    bad_value = status_step(0.6, "converge")
    bad_value["setup"]["function"]["learning_rate"] = "fast"
    path = write_lesson(tmp_path, [status_step(0.6, "converge"), bad_key, bad_value])
    code, out, err = run_cli(capsys, "lesson", "validate", str(path))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        "error: step 2: onload is not a field gdstudio knows",
        "error: step 3: setup.function.learning_rate must be a number",
    ]


@pytest.mark.parametrize(
    "argv, line",
    [
        (("lesson",), "error: the following arguments are required: ACTION"),
        (("lesson", "validate"), "error: the following arguments are required: FILE"),
        (("lesson", "open", "x"), "error: argument ACTION: invalid choice: 'open'"),
    ],
)
def test_usage_mistakes_are_one_line(capsys, argv, line):
    code, out, err = run_cli(capsys, *argv)
    lines = err.splitlines()
    assert code == 2 and out == "" and len(lines) == 1 and lines[0].startswith(line)


def test_a_missing_or_foreign_file_is_one_line(tmp_path, capsys):
    code, _, err = run_cli(capsys, "lesson", "validate", str(tmp_path / "none.gdstudio-lesson.json"))
    assert code == 2 and err == f"error: cannot read {tmp_path}/none.gdstudio-lesson.json: No such file or directory\n"
    session = tmp_path / "a.gdstudio.json"
    session.write_text('{"format": "gdstudio-session", "version": 2}')
    code, _, err = run_cli(capsys, "lesson", "validate", str(session))
    assert code == 2 and err == "error: this is not a gdstudio lesson (its format is not gdstudio-lesson)\n"
