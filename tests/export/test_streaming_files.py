"""Runs written a slice at a time: the same text as the whole-list writers, every number
exact, thinned histories say which steps they hold, and nothing half-written on failure."""

import json

import numpy as np
import pytest

from gdstudio.core import PRESETS, RunSettings, parse_function, run_descent
from gdstudio.core.descent.history import RunHistory
from gdstudio.core.descent.report import CSV_HEADER, ArrayRows, report_final, report_head, run_report, trajectory_rows
from gdstudio.export.files import (
    ExportError,
    JsonArray,
    RowSpool,
    json_text,
    write_csv,
    write_json,
    write_json_streamed,
    write_run_csv,
    write_run_json,
)

RUNS = [
    ("x^2 + x*y + y^2", dict(start=(-1.5, 2), learning_rate=0.6)),  # converges
    ("x^2 + x*y + y^2", dict(start=(1, 1), learning_rate=0.7)),  # diverges: huge numbers
    ("sqrt(x) + y^2", dict(start=(1, 1), learning_rate=0.9)),  # walks out of the domain: NaN
    (PRESETS["rosenbrock"].function, dict(start=(-1.5, 2), learning_rate=1e-3, max_steps=40_000, tolerance=0, optimizer="momentum")),
]


@pytest.mark.parametrize("text, settings", RUNS, ids=["converges", "diverges", "undefined", "long"])
def test_the_streamed_files_are_the_whole_list_writers_text(text, settings, tmp_path):
    function = parse_function(text)
    result = run_descent(function, RunSettings(**settings))
    rows = ArrayRows.of_result(result)
    head = report_head(function, result.settings, result.status, result.steps, result.final_point, result.final_loss, result.gradient[-1])
    final = report_final(result.final_point, result.final_loss, result.gradient[-1])
    write_run_json(tmp_path / "streamed.json", head, rows, final)
    write_json(tmp_path / "whole.json", run_report(function, result))
    assert (tmp_path / "streamed.json").read_bytes() == (tmp_path / "whole.json").read_bytes()
    write_run_csv(tmp_path / "streamed.csv", rows)
    write_csv(tmp_path / "whole.csv", CSV_HEADER, trajectory_rows(result))
    assert (tmp_path / "streamed.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_nested_and_empty_arrays_read_as_json_dumps_writes_them(tmp_path):
    data = {
        "name": "x²",
        "empty": JsonArray(lambda: iter(())),
        "nested": {"values": JsonArray(lambda: (np.array([1.5, np.nan]), np.array([-0.0, 1e300, np.inf])))},
        "rows": JsonArray(lambda: (np.array([[1.0, 2.0, 3.0]]), np.array([[4.0, np.nan, 6.0], [7.0, 8.0, 9.0]]))),
        "after": [1, 2],
    }
    write_json_streamed(tmp_path / "a.json", data)
    expected = {
        "name": "x²",
        "empty": [],
        "nested": {"values": [1.5, None, -0.0, 1e300, None]},
        "rows": [[1.0, 2.0, 3.0], [4.0, None, 6.0], [7.0, 8.0, 9.0]],
        "after": [1, 2],
    }
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == json_text(expected)


def test_a_thinned_history_writes_the_steps_it_holds(tmp_path):
    function = parse_function("x^2 + 3y^2")
    result = run_descent(function, RunSettings(start=(2, 1), learning_rate=0.01, max_steps=5000, tolerance=0))
    history = RunHistory(2, budget=1000)
    history.extend(result.points, result.loss, result.gradient)
    rows = ArrayRows.of_history(history)
    assert not rows.consecutive
    head = report_head(function, result.settings, result.status, result.steps, result.final_point, result.final_loss, result.gradient[-1])
    write_run_json(tmp_path / "run.json", head, rows, report_final(result.final_point, result.final_loss, result.gradient[-1]))
    report = json.loads((tmp_path / "run.json").read_text())
    steps = np.array(report["trajectory_steps"])
    np.testing.assert_array_equal(steps, history.steps)
    np.testing.assert_array_equal(np.array(report["trajectory"]), result.points[steps])
    assert report["steps"] == 5000 and steps[-1] == 5000 and list(report)[12:15] == ["trajectory_steps", "trajectory", "loss"]
    write_run_csv(tmp_path / "run.csv", rows)
    table = np.loadtxt(tmp_path / "run.csv", delimiter=",", skiprows=1)
    np.testing.assert_array_equal(table[:, 0], history.steps)
    np.testing.assert_array_equal(table[:, 1:3], result.points[steps])
    # a history that kept every step writes the schema of gdstudio run, as it is
    whole = RunHistory(2)
    whole.extend(result.points, result.loss, result.gradient)
    write_run_json(tmp_path / "whole.json", head, ArrayRows.of_history(whole), {})
    assert "trajectory_steps" not in json.loads((tmp_path / "whole.json").read_text())


class _FailingRows:
    consecutive = True

    def __init__(self, error):
        self.error = error

    def chunks(self):
        function = parse_function("x^2 + y^2")
        result = run_descent(function, RunSettings(start=(1, 1), learning_rate=0.1, max_steps=50))
        yield from ArrayRows.of_result(result).chunks()
        raise self.error


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), RuntimeError("interrupted")], ids=["disk-full", "crash"])
def test_a_write_that_fails_halfway_leaves_no_partial_file(tmp_path, error):
    (tmp_path / "run.csv").write_text("the previous export\n")
    with pytest.raises(ExportError if isinstance(error, OSError) else RuntimeError) as caught:
        write_run_csv(tmp_path / "run.csv", _FailingRows(error))
    if isinstance(error, OSError):
        assert str(caught.value) == f"cannot write {tmp_path / 'run.csv'}: No space left on device"
    with pytest.raises(type(caught.value)):
        write_run_json(tmp_path / "run.json", {"steps": 50}, _FailingRows(error), {})
    assert (tmp_path / "run.csv").read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.csv"]


def test_the_spool_gives_back_every_row_in_chunks(tmp_path):
    rng = np.random.default_rng(0)
    points, loss, gradient = rng.normal(size=(40_000, 2)), rng.normal(size=40_000), rng.normal(size=(40_000, 2))
    loss[7] = np.nan
    with RowSpool(2, tmp_path) as spool:
        for start in range(0, 40_000, 3_333):
            spool.extend(points[start : start + 3_333], loss[start : start + 3_333], gradient[start : start + 3_333])
        assert list(tmp_path.iterdir()) == []  # unnamed: nothing to clean up, whatever happens
        for _ in range(2):  # as often as a writer reads it
            chunks = list(spool.chunks())
            np.testing.assert_array_equal(np.concatenate([c.steps for c in chunks]), np.arange(40_000))
            np.testing.assert_array_equal(np.concatenate([c.points for c in chunks]), points)
            np.testing.assert_array_equal(np.concatenate([c.loss for c in chunks]), loss)
            np.testing.assert_array_equal(np.concatenate([c.gradient for c in chunks]), gradient)
