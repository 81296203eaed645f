"""`gdstudio lesson render` of a translated lesson: its slides are drawn as an English
lesson's are, with the lesson's language installed while they are drawn (the slides'
own words and lesson.md follow it) and taken out again, so what the command prints, an
error too, stays English."""

import json
import struct
from pathlib import Path

import pytest

from gdstudio.cli import main
from gdstudio.core.lesson import load_builtin_lesson

ROOT = Path(__file__).resolve().parents[2]


def png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def installed(monkeypatch):
    """Every language install_language is asked for, in order (and installed)."""
    from gdstudio.ui.common import language

    calls = []
    real = language.install_language

    def install(code):
        calls.append(code)
        return real(code)

    monkeypatch.setattr(language, "install_language", install)
    return calls


def test_a_german_built_in_lesson_renders_like_an_english_one(tmp_path, capsys, installed):
    from gdstudio.ui.common.language import current_language

    lesson = load_builtin_lesson("learning-is-descent.de")
    path = ROOT / "resources" / "lessons" / "learning-is-descent.de.gdstudio-lesson.json"
    out = tmp_path / "slides"
    code = main(["lesson", "render", str(path), "--out", str(out), "--size", "640x360"])
    captured = capsys.readouterr()
    count = len(lesson.steps) + sum(step.question is not None for step in lesson.steps)
    assert (code, captured.err) == (0, "")
    assert captured.out == f"“Lernen ist Abstieg”: wrote {count} slides of 640×360 and lesson.md to {out}\n"
    assert len(list(out.glob("*.png"))) == count and all(png_size(p) == (640, 360) for p in out.glob("*.png"))
    markdown = (out / "lesson.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Lernen ist Abstieg\n") and "## 9. Ein neuronales Netz lernt durch denselben Abstieg" in markdown
    # German for each slide and for lesson.md, English again after each
    assert installed == ["de", "en"] * (count + 1)
    assert current_language() == "en"


def test_an_english_lesson_installs_no_language_and_a_refusal_stays_english(tmp_path, capsys, installed):
    english = ROOT / "resources" / "lessons" / "many-small-steps.gdstudio-lesson.json"
    data = json.loads(english.read_text(encoding="utf-8"))
    data["steps"] = data["steps"][1:2]  # one step without a question
    path = tmp_path / "one.gdstudio-lesson.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["lesson", "render", str(path), "--out", str(tmp_path / "en"), "--size", "640x360"]) == 0
    assert installed == []
    capsys.readouterr()
    # a German lesson whose folder cannot be written: the error, found before any slide is drawn, is English
    data["language"] = "de"
    path.write_text(json.dumps(data), encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["lesson", "render", str(path), "--out", str(blocker / "slides"), "--size", "640x360"])
    assert code == 2 and capsys.readouterr().err.startswith("error: cannot make the folder")
    from gdstudio.ui.common.language import current_language

    assert current_language() == "en"
