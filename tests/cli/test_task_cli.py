"""`gdstudio run --task NAME` end to end: JSON, PNG/SVG figures and exit codes."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gdstudio.cli import main


def strict_json(text: str):
    def refuse(constant):
        raise AssertionError(f"not valid JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def run_cli(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_xor_with_defaults_writes_the_json_the_issue_asks_for(tmp_path, capsys):
    path = tmp_path / "xor.json"
    code, out, _ = run_cli(capsys, "run", "--task", "xor", "--json", str(path))
    assert code == 0
    assert out.startswith("max_steps: 1500 steps, 2-8-8-1 tanh → sigmoid") and "test accuracy" in out
    report = strict_json(path.read_text())
    assert report["status"] == "max_steps" and report["steps"] == 1500
    assert len(report["loss"]) == 1501 and report["loss"][-1] < 0.02 * report["loss"][0]
    assert report["test_accuracy"] > 0.95 and report["train_accuracy"] > 0.95
    settings = report["settings"]
    assert settings == {
        "hidden": [8, 8], "activation": "tanh", "loss": "ce", "reduction": "sum", "init": "xavier", "seed": 0,
        "l2": 0.0, "batch_size": None, "lr": 0.01, "optimizer": "gd", "hyperparameters": {}, "max_steps": 1500,
        "tol": 1e-6,
    }
    assert report["network"] == [2, 8, 8, 1] and report["parameters"] == 105


def test_every_option_is_used_and_recorded(capsys):
    code, out, err = run_cli(
        capsys, "run", "--task", "circles", "--hidden", "6", "--activation", "relu", "--loss", "mse",
        "--reduction", "mean", "--init", "he", "--seed", "3", "--batch-size", "40", "--lr", "0.5",
        "--optimizer", "momentum", "--steps", "60", "--l2", "0.001", "--samples", "200", "--noise", "0.05",
        "--test-fraction", "0.25", "--json", "-",
    )
    assert code == 0 and "max_steps: 60 steps, 2-6-1 relu → sigmoid" in err
    report = strict_json(out)
    assert report["settings"] == {
        "hidden": [6], "activation": "relu", "loss": "mse", "reduction": "mean", "init": "he", "seed": 3,
        "l2": 0.001, "batch_size": 40, "lr": 0.5, "optimizer": "momentum", "hyperparameters": {},
        "max_steps": 60, "tol": 1e-6,
    }
    assert report["train_size"] == 150 and report["test_size"] == 50 and report["steps"] == 60


def test_regression_reports_mse_and_no_accuracy(capsys):
    code, out, _ = run_cli(capsys, "run", "--task", "sine", "--steps", "300", "--json", "-")
    report = strict_json(out)
    assert code == 0 and report["kind"] == "regression" and report["settings"]["loss"] == "mse"
    assert "train_accuracy" not in report and report["test_mse"] < 0.1


def test_csv_data_trains(tmp_path, capsys):
    path = tmp_path / "points.csv"
    path.write_text("a,b,class\n" + "".join(f"{i % 7 - 3},{i % 5 - 2},{int(i % 7 > 3)}\n" for i in range(60)))
    code, out, _ = run_cli(capsys, "run", "--task", str(path), "--steps", "200", "--lr", "0.05", "--json", "-")
    report = strict_json(out)
    assert code == 0 and report["task"] == "points" and report["train_accuracy"] > 0.9


def test_png_and_svg_figures(tmp_path, capsys):
    from PySide6 import QtGui

    png, svg = tmp_path / "blobs.png", tmp_path / "blobs.svg"
    code, _, _ = run_cli(capsys, "run", "--task", "blobs", "--steps", "100", "--png", str(png), "--svg", str(svg))
    assert code == 0
    image = QtGui.QImage(str(png))
    assert image.width() == 1200 and image.height() > 800
    # the decision regions: all three class colours appear in the data panel
    colours = {image.pixelColor(x, y).name() for x in range(80, 380, 6) for y in range(120, 700, 6)}
    assert len(colours) > 20
    text = svg.read_text()
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "</svg>" in text
    assert not list(tmp_path.glob(".*part*"))  # atomic writes leave no temporary files


def test_regression_png(tmp_path, capsys):
    png = tmp_path / "sine.png"
    assert run_cli(capsys, "run", "--task", "sine", "--steps", "50", "--png", str(png))[0] == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--task", "ring"], "--task: unknown task 'ring'"),
        (["--task", "missing.csv"], "--task: cannot read missing.csv"),
        (["--task", "xor", "--hidden", "8,a"], "--hidden: hidden layers are widths"),
        (["--task", "xor", "--hidden", "0,8"], "--hidden"),
        (["--task", "xor", "--hidden", "8,²"], "--hidden: hidden layers are widths separated by commas"),
        (["--task", "xor", "--activation", "swish"], "--activation: unknown activation 'swish'"),
        (["--task", "xor", "--loss", "hinge"], "--loss: unknown loss 'hinge'"),
        (["--task", "sine", "--loss", "ce"], "cross-entropy needs a classification task"),
        (["--task", "xor", "--reduction", "max"], "--reduction"),
        (["--task", "xor", "--init", "zeros"], "--init"),
        (["--task", "xor", "--optimizer", "lbfgs"], "--optimizer: unknown optimizer"),
        (["--task", "xor", "--lr", "-1"], "--lr must be a positive number"),
        (["--task", "xor", "--lr", "abc"], "--lr must be a number"),
        (["--task", "xor", "--batch-size", "0"], "--batch-size must be at least 1"),
        (["--task", "xor", "--seed", "-2"], "--seed must be 0 or more"),
        (["--task", "xor", "--l2", "-0.1"], "--l2 must be 0 or more"),
        (["--task", "xor", "--noise", "-1"], "the noise must be a number from 0 to 10"),
        (["--task", "xor", "--test-fraction", "1"], "test fraction"),
        (["--task", "xor", "--samples", "2"], "samples"),
        (["--task", "xor", "--function", "x^2"], "--function is for functions"),
        (["--task", "xor", "--csv", "out.csv"], "--csv is for functions"),
        (["--task", "xor", "--png", "/no/such/folder/x.png"], "--png: the folder"),
        (["--task", "xor", "--png", "-"], "--png needs a file path"),
    ],
)
def test_bad_input_exits_2_with_one_error_line(capsys, argv, message):
    code, out, err = run_cli(capsys, "run", *argv)
    assert code == 2, (argv, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], err


def test_bad_csv_file_is_one_line(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("x1,x2,label\n" + "1,2,0\n" * 10 + "1,two,1\n")
    code, _, err = run_cli(capsys, "run", "--task", str(path))
    assert code == 2 and err.strip() == "error: --task: row 12, column 2: 'two' is not a number"


def test_the_installed_command_runs_a_task(tmp_path):
    path = tmp_path / "moons.json"
    done = subprocess.run(
        [sys.executable, "-m", "gdstudio", "run", "--task", "moons", "--steps", "20", "--json", str(path)],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert strict_json(path.read_text())["steps"] == 20
