"""Session files (untrusted input) and atomic writes."""
import json

import pytest

from gdstudio.core.session import DEFAULT_SESSION, Session, SessionError, load_session, session_from_text, session_text
from gdstudio.export.files import ExportError, atomic_write, write_json


def test_a_session_round_trips():
    session = Session(function="x^2 + 3y^2", window=(-1, 1, -2, 2), optimizer="adam", hyperparameters={"beta1": 0.8},
                      learning_rate=0.05, start=(0.5, -0.5), max_steps=200, tolerance=1e-8)
    assert session_from_text(session_text(session)) == session
    assert json.loads(session_text(DEFAULT_SESSION))["version"] == 1


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
