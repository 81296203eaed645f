"""Session files (untrusted input) and atomic writes."""

import json
from pathlib import Path

import pytest

from gdstudio.core.descent.schedules import Schedule
from gdstudio.core.session import (
    DEFAULT_SCHEDULE,
    DEFAULT_SESSION,
    Session,
    SessionError,
    load_session,
    session_from_text,
    session_text,
)
from gdstudio.export.files import ExportError, atomic_write, write_csv, write_json, write_text


def test_a_session_round_trips():
    session = Session(
        function="x^2 + 3y^2",
        window=(-1, 1, -2, 2),
        optimizer="adam",
        hyperparameters={"beta1": 0.8},
        learning_rate=0.05,
        start=(0.5, -0.5),
        max_steps=200,
        tolerance=1e-8,
    )
    assert session_from_text(session_text(session)) == session
    assert json.loads(session_text(DEFAULT_SESSION))["version"] == 1


@pytest.mark.parametrize(
    "schedule, saved",
    [
        (
            DEFAULT_SCHEDULE.with_kind("step").with_texts({"step_size": "25", "step_factor": "0.8"}),
            {"kind": "step", "factor": 0.8, "step_size": 25},
        ),
        (DEFAULT_SCHEDULE.with_kind("exponential").with_texts({"exponential_factor": "0.95"}), {"kind": "exponential", "factor": 0.95}),
        (
            DEFAULT_SCHEDULE.with_kind("cosine").with_texts({"period": "150", "minimum": "0.001"}),
            {"kind": "cosine", "period": 150, "minimum": 0.001},
        ),
        (DEFAULT_SCHEDULE.with_kind("cosine").with_texts({"minimum": "0.001"}), {"kind": "cosine", "minimum": 0.001}),
        (DEFAULT_SCHEDULE.with_kind("inverse_time").with_texts({"decay": "0.2"}), {"kind": "inverse_time", "decay": 0.2}),
    ],
    ids=["step", "exponential", "cosine", "cosine-over-the-run", "1/t"],
)
def test_each_schedule_kind_with_its_settings_round_trips(schedule, saved):
    session = DEFAULT_SESSION.with_changes(schedule=schedule, max_steps=300)
    text = session_text(session)
    assert json.loads(text)["schedule"] == saved
    again = session_from_text(text)
    assert again.schedule.to_dict() == saved and again.run_settings() == session.run_settings()


def test_a_cosine_left_to_the_step_limit_follows_it_into_the_run():
    session = DEFAULT_SESSION.with_changes(schedule=DEFAULT_SCHEDULE.with_kind("cosine"), learning_rate=0.2, max_steps=300)
    run = session.run_settings().schedule
    assert run.period == 300 and run(0.2, 300) == 0.0 and run(0.2, 150) == pytest.approx(0.1)
    assert session.with_changes(max_steps=50).run_settings().schedule.period == 50


def test_older_session_files_still_open():
    # as the previous version wrote them: no schedule at all, or the kind's settings with "factor"
    old = valid()
    old.pop("schedule")
    assert session_from_text(json.dumps(old)).schedule == DEFAULT_SCHEDULE
    for written, expected in [
        ({"kind": "exponential", "factor": 0.5}, Schedule("exponential", exponential_factor=0.5)),
        ({"kind": "step", "factor": 0.25, "step_size": 40}, Schedule("step", step_size=40, step_factor=0.25)),
        ({"kind": "cosine", "period": 1000, "minimum": 0.0}, Schedule("cosine", period=1000)),
        ({"kind": "inverse_time", "decay": 0.01}, Schedule("inverse_time")),
    ]:
        old["schedule"] = written
        session = session_from_text(json.dumps(old))
        assert session.run_settings().schedule.to_dict() == expected.to_dict()
        assert session.run_settings().schedule(0.1, 80) == expected(0.1, 80)


@pytest.mark.parametrize(
    "schedule, sentence",
    [
        (
            {"kind": "cosine", "period": 0},
            "the session's schedule is not valid: the period T must be a whole number of steps from 1 to 10,000,000, not 0",
        ),
        (
            {"kind": "exponential", "factor": 2},
            "the session's schedule is not valid: the decay factor must be a number above 0 and at most 1, not 2",
        ),
        ({"kind": "step", "step_size": "ten"}, "the session's schedule is not valid: the schedule's step_size must be a number"),
        ({"kind": "warmup"}, "the session's schedule is not valid: unknown schedule 'warmup'"),
    ],
)
def test_a_bad_schedule_in_a_session_file_gives_one_sentence(schedule, sentence):
    data = valid()
    data["schedule"] = schedule
    with pytest.raises(SessionError) as caught:
        session_from_text(json.dumps(data))
    assert str(caught.value).startswith(sentence)


def valid():
    return json.loads(session_text(DEFAULT_SESSION))


@pytest.mark.parametrize(
    "change, fragment",
    [
        ({"function": "__import__('os').system('touch pwned')"}, "function is not valid"),
        ({"function": 12}, "'function' must be text"),
        ({"window": [1, 0, 0, 1]}, "window is not valid"),
        ({"window": [0, 1]}, "list of 4 numbers"),
        ({"learning_rate": "0.1"}, "'learning_rate' must be a number"),
        ({"learning_rate": 100}, "between"),
        ({"optimizer": "os.system"}, "optimizer must be one of"),
        ({"hyperparameters": {"momentum": 3}}, "optimizer settings are not valid"),
        ({"max_steps": -1}, "max_steps"),
        ({"max_steps": True}, "max_steps"),
        ({"start": [1e400, 0]}, "start"),
        ({"version": 7}, "newer gdstudio"),
        ({"format": "other"}, "not a gdstudio session"),
        ({"surprise": 1}, "unknown field 'surprise'"),
    ],
)
def test_bad_fields_give_one_sentence(change, fragment, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = valid()
    data.update(change)
    text = json.dumps(data) if "start" not in change else json.dumps(data).replace("Infinity", "1e400")
    with pytest.raises(SessionError) as caught:
        session_from_text(text)
    assert fragment in str(caught.value) and "\n" not in str(caught.value)
    assert not (tmp_path / "pwned").exists()


def test_not_json_too_big_not_utf8(tmp_path):
    with pytest.raises(SessionError, match="not valid JSON"):
        session_from_text("{")
    big = tmp_path / "big.gdstudio.json"
    big.write_text(" " * 1_000_001)
    with pytest.raises(SessionError, match="too large"):
        load_session(big)
    binary = tmp_path / "bin.gdstudio.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(SessionError, match="UTF-8"):
        load_session(binary)
    with pytest.raises(SessionError, match="cannot read"):
        load_session(tmp_path / "missing.gdstudio.json")
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(SessionError):
        session_from_text(deep)


def test_atomic_write_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")

    def failing(temporary):
        temporary.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="No space left"):
        atomic_write(target, failing)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    with pytest.raises(ExportError, match="does not exist"):
        write_json(tmp_path / "missing" / "x.json", {})
    with pytest.raises(ValueError):
        write_json(tmp_path / "nan.json", {"x": float("nan")})
    assert not (tmp_path / "nan.json").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def unwritable_places(tmp_path):
    """Paths no atomic write can create (the tests run as root, so no folder is
    merely read-only): a folder under /proc, which takes no new files, and a path
    whose parent is a file."""
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    return [
        (Path("/proc/x.json"), "cannot write /proc/x.json: the folder /proc does not take new files (No such file or directory)"),
        (tmp_path / "notes.txt" / "x.json", f"cannot write {tmp_path}/notes.txt/x.json: {tmp_path}/notes.txt is a file, not a folder"),
    ]


WRITERS = {
    "text": lambda path: write_text(path, "hello"),
    "json": lambda path: write_json(path, {"a": 1}),
    "csv": lambda path: write_csv(path, ["t", "x"], [[0, 1.0]]),
    "callback": lambda path: atomic_write(path, lambda temporary: temporary.write_bytes(b"png")),
}


@pytest.mark.parametrize("writer", WRITERS.values(), ids=WRITERS.keys())
def test_every_atomic_write_says_in_one_sentence_which_path_it_cannot_write_and_why(writer, tmp_path):
    for path, sentence in unwritable_places(tmp_path):
        with pytest.raises(ExportError) as caught:
            writer(path)
        assert str(caught.value) == sentence
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_no_permission_and_a_failed_rename_are_one_sentence_too(tmp_path, monkeypatch):
    import os
    import tempfile

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(ExportError, match=f"^cannot write {tmp_path}/a.json: no permission to write in the folder {tmp_path}$"):
        write_json(tmp_path / "a.json", {})
    monkeypatch.undo()
    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(ExportError, match=f"^cannot write {tmp_path}/a.json: permission denied$"):
        write_json(tmp_path / "a.json", {})
    assert list(tmp_path.iterdir()) == []  # the temporary file went too


def test_a_gif_into_a_folder_that_takes_no_files_is_one_sentence(tmp_path):
    pytest.importorskip("PIL")
    import numpy as np

    from gdstudio.export.animation import write_gif

    rendered = []

    def frames():
        for index in range(3):
            rendered.append(index)
            yield np.zeros((8, 8, 3), np.uint8)

    with pytest.raises(ExportError, match="^cannot write /proc/a.gif: the folder /proc does not take new files"):
        write_gif("/proc/a.gif", frames())
    assert rendered == []  # refused before a frame is rendered
