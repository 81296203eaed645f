"""`gdstudio lesson validate FILE`: exit 0 with a one-line summary, or 2 with one line
per problem, each starting `error:`; `gdstudio lesson render FILE --out DIR` writes a
slide per step and lesson.md; `gdstudio lesson FILE` and `gdstudio FILE` open the window."""

import json
import struct
from pathlib import Path

import pytest

from gdstudio.cli import main
from gdstudio.core.lesson import BUILTIN_LESSONS, load_builtin_lesson

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
        ("many-small-steps", "“Many small steps”, 5 steps, 3 questions whose answers the studio's runs confirm"),
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
        (("lesson", "open"), "error: the following arguments are required: FILE"),
        (("lesson", "render", "x.gdstudio-lesson.json"), "error: the following arguments are required: --out"),
        (("lesson", "render", "x.gdstudio-lesson.json", "--out", "d", "--size", "big"), "error: --size takes a width and a height"),
        (("lesson", "render", "x.gdstudio-lesson.json", "--out", "d", "--size", "100000x10"), "error: --size must be from 320x240"),
        (("notes.txt",), "error: argument COMMAND: invalid choice: 'notes.txt'"),
        (
            ("notes.json",),
            "error: gdstudio opens lesson files (*.gdstudio-lesson.json) and session files (*.gdstudio.json), not notes.json",
        ),
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


def png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("name", BUILTIN_LESSONS)
def test_every_built_in_lesson_renders_its_slides_and_lesson_md(tmp_path, capsys, name):
    lesson = load_builtin_lesson(name)
    path = ROOT / "resources" / "lessons" / f"{name}.gdstudio-lesson.json"
    out = tmp_path / "slides"  # made when missing
    code, stdout, err = run_cli(capsys, "lesson", "render", str(path), "--out", str(out), "--size", "960x540")
    # a step without a question is one slide, a step with one two: its question, then its answer
    names = [
        [f"step-{number:02d}.png"] if step.question is None else [f"step-{number:02d}-question.png", f"step-{number:02d}-answer.png"]
        for number, step in enumerate(lesson.steps, start=1)
    ]
    count = sum(map(len, names))
    assert count == len(lesson.steps) + sum(step.question is not None for step in lesson.steps)
    assert (code, err) == (0, "")
    assert stdout == f"“{lesson.title}”: wrote {count} slides of 960×540 and lesson.md to {out}\n"
    assert sorted(p.name for p in out.iterdir()) == sorted([*(n for step in names for n in step), "lesson.md"])
    for step_names in names:
        for image in step_names:
            assert png_size(out / image) == (960, 540)
    markdown = (out / "lesson.md").read_text(encoding="utf-8")
    assert markdown.startswith(f"# {lesson.title}\n")
    for number, (step, images) in enumerate(zip(lesson.steps, names), start=1):
        assert f"## {number}. {step.title}\n\n![{number}. {step.title}]({images[0]})" in markdown
        if step.question is not None:
            # the answer's slide and words come after the question
            slide = markdown.index(f"]({images[0]})")
            question = markdown.index(f"**Question:** {step.question.prompt}", slide)
            answer_slide = markdown.index(f"![{number}. {step.title}: the answer]({images[1]})")
            answer = markdown.index("**The studio's answer:**", question)
            assert slide < question < answer_slide < answer
    assert markdown.count("**The studio's answer:**") == sum(step.question is not None for step in lesson.steps)


def test_a_slide_shows_the_title_the_figure_and_the_question(tmp_path, capsys):
    from PySide6 import QtGui

    from gdstudio.ui.lesson.slides import slide_layout

    path = write_lesson(tmp_path, [status_step(0.6, "converge")])
    code, _, err = run_cli(capsys, "lesson", "render", str(path), "--out", str(tmp_path / "out"))
    assert (code, err) == (0, "")
    image = QtGui.QImage(str(tmp_path / "out" / "step-01-question.png"))
    assert (image.width(), image.height()) == (1920, 1080)
    layout = slide_layout(1920, 1080)

    def inked(rect):
        """The share of pixels in ``rect`` that are not white."""
        marked = sum(
            image.pixelColor(x, y).lightness() < 200
            for x in range(rect.left(), rect.right(), 4)
            for y in range(rect.top(), rect.bottom(), 4)
        )
        return marked / ((rect.width() // 4) * (rect.height() // 4))

    assert 0.005 < inked(layout.title) < 0.5  # the step's title, "γ = 0.6", in large letters
    assert inked(layout.figure) > 0.3  # the contour, drawn
    assert 0.01 < inked(layout.text) < 0.3  # the text and the question
    # the answer slide: the same title, the run drawn where the question slide has its set-up
    question = image
    image = QtGui.QImage(str(tmp_path / "out" / "step-01-answer.png"))
    assert inked(layout.figure) > 0.3 and 0.01 < inked(layout.text) < 0.3
    figure = layout.figure
    samples = [(x, y) for x in range(figure.left(), figure.right(), 4) for y in range(figure.top(), figure.bottom(), 4)]
    assert sum(question.pixel(x, y) != image.pixel(x, y) for x, y in samples) > 0.2 * len(samples)
    middle = layout.title.center().y()
    assert all(question.pixel(x, middle) == image.pixel(x, middle) for x in range(layout.title.left(), layout.title.right(), 4))
    markdown = (tmp_path / "out" / "lesson.md").read_text(encoding="utf-8")
    assert "**Question:** Converge, stall or diverge?\nconverge / stall / diverge" in markdown
    assert "**The studio's answer:** converge. The run converged at t = 63." in markdown


def test_render_refuses_a_bad_lesson_and_an_unwritable_folder(tmp_path, capsys):
    bad = write_lesson(tmp_path, [status_step(0.6, "converge") | {"onload": 1}])
    code, out, err = run_cli(capsys, "lesson", "render", str(bad), "--out", str(tmp_path / "out"))
    assert (code, out, err) == (2, "", "error: step 1: onload is not a field gdstudio knows\n")
    assert not (tmp_path / "out").exists()
    good = write_lesson(tmp_path, [status_step(0.6, "converge")], name="good.gdstudio-lesson.json")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, out, err = run_cli(capsys, "lesson", "render", str(good), "--out", str(blocker / "slides"))
    assert code == 2 and out == "" and err.startswith(f"error: cannot make the folder {blocker}/slides: ") and err.count("\n") == 1


def test_opening_a_lesson_without_a_display_checks_it_and_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    path = ROOT / "resources" / "lessons" / "learning-is-descent.gdstudio-lesson.json"
    for argv in (("lesson", str(path)), ("lesson", "open", str(path)), (str(path),)):
        code, out, err = run_cli(capsys, *argv)
        assert (code, out) == (1, "")
        assert err == (
            "error: no display found, so the window cannot open the lesson “Learning is descent” (9 steps); "
            f"`gdstudio lesson render {path} --out DIR` writes its slides and lesson.md without one\n"
        )
    bad = write_lesson(tmp_path, [status_step(0.6, "converge") | {"onload": 1}])
    code, out, err = run_cli(capsys, str(bad))
    assert (code, out, err) == (2, "", "error: step 1: onload is not a field gdstudio knows\n")
    session = tmp_path / "lecture.gdstudio.json"
    session.write_text('{"format": "gdstudio-session", "version": 2, "tab": "compare"}')
    code, out, err = run_cli(capsys, str(session))
    assert code == 1 and err.startswith("error: no display found, so the window cannot open the session;")
    session.write_text('{"format": "gdstudio-session", "version": 2, "tab": "nowhere"}')
    code, out, err = run_cli(capsys, str(session))
    assert code == 2 and err.startswith("error: the session's tab must be")


def test_with_a_display_the_file_goes_to_the_window(tmp_path, capsys, monkeypatch):
    import gdstudio.cli.studio as studio
    import gdstudio.ui.shell.app as app

    opened = []
    monkeypatch.setattr(studio, "has_display", lambda: True)
    monkeypatch.setattr(app, "run_application", lambda **files: opened.append(files) or 0)
    lesson = write_lesson(tmp_path, [status_step(0.6, "converge")])
    session = tmp_path / "lecture.gdstudio.json"
    assert main([str(lesson)]) == 0 and main(["lesson", str(lesson)]) == 0 and main([str(session)]) == 0
    assert opened == [
        {"lesson_path": str(lesson), "session_path": None, "language": None},
        {"lesson_path": str(lesson), "session_path": None, "language": None},
        {"lesson_path": None, "session_path": str(session), "language": None},
    ]


def test_language_flag_opens_the_window_in_that_language_for_one_start(tmp_path, capsys, monkeypatch):
    import gdstudio.cli.studio as studio
    import gdstudio.ui.shell.app as app

    opened = []
    monkeypatch.setattr(studio, "has_display", lambda: True)
    monkeypatch.setattr(app, "run_application", lambda **files: opened.append(files) or 0)
    lesson = write_lesson(tmp_path, [status_step(0.6, "converge")])
    assert main(["--language", "de"]) == 0
    assert main(["--language=zh_CN.UTF-8", str(lesson)]) == 0
    assert opened == [
        {"lesson_path": None, "session_path": None, "language": "de"},
        {"lesson_path": str(lesson), "session_path": None, "language": "zh_CN"},
    ]
    assert main(["--language", "fr"]) == 2
    assert "--language fr: gdstudio speaks en, de, es, zh_CN" in capsys.readouterr().err
    assert main(["--language"]) == 2
    assert "--language needs a language code" in capsys.readouterr().err


def scene_texts(figure):
    """Every text drawn in a figure's scene: titles, legend entries, axis labels' items."""
    import pyqtgraph as pg

    texts = []
    for item in figure.layout.scene().items():
        if isinstance(item, pg.LabelItem) and item.isVisible():
            texts.append(item.text)
        elif isinstance(item, pg.TextItem) and item.isVisible():
            texts.append(item.textItem.toPlainText())
    return texts


@pytest.mark.parametrize(
    "lesson_name, index, verdict",
    [
        ("learning-is-descent", 4, "converged at step 63"),  # a Function-tab run: "will it converge?"
        ("valleys-and-momentum", 4, "converged at t = 294"),  # a race: "which run reaches the bottom first?"
        ("learning-rates", 1, "diverged (off the scale)"),  # a sweep: "from which γ on do the runs diverge?"
        ("learning-is-descent", 8, "105 parameters"),  # an MLP: "how many numbers make up w?"
    ],
)
def test_a_question_slide_draws_the_set_up_before_its_run_and_the_answer_slide_the_run(lesson_name, index, verdict):
    from gdstudio.cli.lesson import question_figure, step_figure
    from gdstudio.core.lesson import run_step

    step = load_builtin_lesson(lesson_name).steps[index]
    outcome = run_step(step)
    question, answer = question_figure(step, outcome, 800, 600), step_figure(step, outcome, 800, 600)
    try:
        asked, answered = " · ".join(scene_texts(question)), " · ".join(scene_texts(answer))
        assert verdict in answered
        for spoiler in (verdict, "converged", "diverged", "max_steps", "after", "parameters", "accuracy"):
            assert spoiler not in asked
        assert "t = 0" in asked or "learning rates from γ = 0.001 to 1" in asked
        if step.setup.tab != "mlp":
            # each run is its start alone: one point, no path; a race's runs named in the legend
            runs = len(outcome.race.entries) if step.question.about.startswith("race.") else 1
            assert [len(path.xData) for path in question.contour.paths] == [1] * runs
            assert len(question.contour.start_marker.data) == runs
            assert [label.text for _, label in (question.legend.items if question.legend else [])] == (
                list(outcome.race.labels) if runs > 1 else []
            )
    finally:
        question.close()
        answer.close()
