"""`gdstudio run --task NAME` end to end: JSON, PNG/SVG figures and exit codes."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from gdstudio.cli import main


def run_cli(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_xor_with_defaults_writes_the_json_the_issue_asks_for(tmp_path, capsys, cli):
    path = tmp_path / "xor.json"
    code, out, _ = run_cli(capsys, "run", "--task", "xor", "--json", str(path))
    assert code == 0
    assert out.startswith("max_steps: 1500 steps, 2-8-8-1 tanh → sigmoid") and "test accuracy" in out
    report = cli.json(path.read_text())
    assert report["status"] == "max_steps" and report["steps"] == 1500
    assert len(report["loss"]) == 1501 and report["loss"][-1] < 0.02 * report["loss"][0]
    assert report["test_accuracy"] > 0.95 and report["train_accuracy"] > 0.95
    settings = report["settings"]
    assert settings == {
        "hidden": [8, 8],
        "activation": "tanh",
        "loss": "ce",
        "reduction": "sum",
        "init": "xavier",
        "seed": 0,
        "l2": 0.0,
        "batch_size": None,
        "lr": 0.01,
        "optimizer": "gd",
        "hyperparameters": {},
        "max_steps": 1500,
        "tol": 1e-6,
    }
    assert report["network"] == [2, 8, 8, 1] and report["parameters"] == 105
    # and the data it was trained on, enough to make it again
    assert report["data"] == {"task": "xor", "samples": 500, "noise": 0.05, "test_fraction": 0.3, "seed": 0}


def test_every_option_is_used_and_recorded(capsys, cli):
    code, out, err = run_cli(
        capsys,
        "run",
        "--task",
        "circles",
        "--hidden",
        "6",
        "--activation",
        "relu",
        "--loss",
        "mse",
        "--reduction",
        "mean",
        "--init",
        "he",
        "--seed",
        "3",
        "--batch-size",
        "40",
        "--lr",
        "0.5",
        "--optimizer",
        "momentum",
        "--steps",
        "60",
        "--l2",
        "0.001",
        "--samples",
        "200",
        "--noise",
        "0.05",
        "--test-fraction",
        "0.25",
        "--json",
        "-",
    )
    assert code == 0 and "max_steps: 60 steps, 2-6-1 relu → sigmoid" in err
    report = cli.json(out)
    assert report["settings"] == {
        "hidden": [6],
        "activation": "relu",
        "loss": "mse",
        "reduction": "mean",
        "init": "he",
        "seed": 3,
        "l2": 0.001,
        "batch_size": 40,
        "lr": 0.5,
        "optimizer": "momentum",
        "hyperparameters": {},
        "max_steps": 60,
        "tol": 1e-6,
    }
    assert report["train_size"] == 150 and report["test_size"] == 50 and report["steps"] == 60
    assert report["data"] == {"task": "circles", "samples": 200, "noise": 0.05, "test_fraction": 0.25, "seed": 0}


def test_the_seed_is_the_weights_and_the_data_seed_the_datas(capsys, cli):
    def run(*extra):
        code, out, _ = run_cli(capsys, "run", "--task", "moons", "--steps", "3", "--json", "-", *extra)
        assert code == 0
        return cli.json(out)

    base = run()
    weights = run("--seed", "3")
    data = run("--data-seed", "3")
    # another weight seed: the same data (and so the same split sizes), another w₀
    assert weights["settings"]["seed"] == 3 and weights["data"]["seed"] == 0
    assert weights["loss"][0] != base["loss"][0]
    # another data seed: the same w₀ on other points
    assert data["settings"]["seed"] == 0 and data["data"]["seed"] == 3
    assert data["loss"][0] != base["loss"][0]
    assert run("--data-seed", "3", "--seed", "3")["loss"] != weights["loss"]
    assert run("--data-seed", "0")["loss"] == base["loss"]  # 0 is the default, as in the window


def test_the_mean_reduction_takes_the_tasks_steps_and_says_what_gamma_it_chose(capsys, cli):
    code, out, err = run_cli(capsys, "run", "--task", "xor", "--reduction", "mean", "--json", "-")
    report = cli.json(out)
    assert code == 0 and report["settings"]["lr"] == pytest.approx(0.01 * 350)
    assert "γ = 3.5 = 0.01 × N: the task's γ = 0.01 is tuned for the sum, and the mean's gradient is N = 350 times smaller" in err
    assert report["test_accuracy"] > 0.95
    summed = cli.json(run_cli(capsys, "run", "--task", "xor", "--json", "-")[1])
    # the same steps: L_mean = L_sum / N along the path, until rounding differences of 1e-16 grow
    # through a loss spike near step 1290 (the edge of stability), where both runs recover alike
    assert [v * 350 for v in report["loss"][:1200]] == pytest.approx(summed["loss"][:1200], rel=1e-9)
    assert report["test_accuracy"] == summed["test_accuracy"]
    # a γ given is the γ used
    code, out, err = run_cli(capsys, "run", "--task", "xor", "--reduction", "mean", "--lr", "0.5", "--steps", "5", "--json", "-")
    assert cli.json(out)["settings"]["lr"] == 0.5 and "tuned for the sum" not in err


def test_a_batch_size_beyond_the_training_set_is_the_full_batch_and_says_so(capsys, cli):
    code, out, err = run_cli(capsys, "run", "--task", "xor", "--batch-size", "1000", "--steps", "5", "--json", "-")
    report = cli.json(out)
    assert code == 0 and report["settings"]["batch_size"] is None
    assert "full batch: --batch-size 1000 is not smaller than the 350 training points" in err
    full = cli.json(run_cli(capsys, "run", "--task", "xor", "--steps", "5", "--json", "-")[1])
    assert report["loss"] == full["loss"]


def test_a_diverging_run_prints_its_summary_and_no_numpy_warnings(tmp_path, cli):
    done = subprocess.run(
        [
            sys.executable,
            "-W",
            "error::RuntimeWarning",
            "-m",
            "gdstudio",
            "run",
            "--task",
            "xor",
            "--lr",
            "1e308",
            "--steps",
            "50",
            "--json",
            str(tmp_path / "run.json"),
            "--png",
            str(tmp_path / "run.png"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and done.stdout.startswith("diverged: 1 steps")
    assert cli.json((tmp_path / "run.json").read_text())["status"] == "diverged"
    assert (tmp_path / "run.png").read_bytes()[:4] == b"\x89PNG"


def test_regression_reports_mse_and_no_accuracy(capsys, cli):
    code, out, _ = run_cli(capsys, "run", "--task", "sine", "--steps", "300", "--json", "-")
    report = cli.json(out)
    assert code == 0 and report["kind"] == "regression" and report["settings"]["loss"] == "mse"
    assert "train_accuracy" not in report and report["test_mse"] < 0.1


def test_csv_data_trains(tmp_path, capsys, cli):
    path = tmp_path / "points.csv"
    path.write_text("a,b,class\n" + "".join(f"{i % 7 - 3},{i % 5 - 2},{int(i % 7 > 3)}\n" for i in range(60)))
    code, out, _ = run_cli(capsys, "run", "--task", str(path), "--steps", "200", "--lr", "0.05", "--json", "-")
    report = cli.json(out)
    assert code == 0 and report["task"] == "points" and report["train_accuracy"] > 0.9
    assert report["data"] == {"file": "points.csv", "target": "class", "test_fraction": 0.3, "seed": 0}


def test_a_csv_with_two_features_and_a_real_target_is_a_regression(tmp_path, plane_csv, capsys, cli):
    path = plane_csv
    png = tmp_path / "plane.png"
    code, out, err = run_cli(
        capsys,
        "run",
        "--task",
        str(path),
        "--hidden",
        "8",
        "--optimizer",
        "adam",
        "--steps",
        "600",
        "--json",
        "-",
        "--png",
        str(png),
    )
    report = cli.json(out)
    assert code == 0 and report["kind"] == "regression" and report["network"] == [2, 8, 1]
    assert report["output"] == "linear" and report["settings"]["loss"] == "mse"
    assert report["test_mse"] < 0.003 and "train_accuracy" not in report
    assert report["data"] == {"file": "plane.csv", "target": "value", "test_fraction": 0.3, "seed": 0}
    assert "test MSE" in err
    from PySide6 import QtGui

    image = QtGui.QImage(str(png))
    assert image.width() == 1200
    # the colour field of f_w fills the data panel with many colours of the value map
    colours = {image.pixelColor(x, y).name() for x in range(100, 480, 5) for y in range(150, 560, 5)}
    assert len(colours) > 50


def test_target_overrides_the_guess(tmp_path, plane_csv, capsys, cli):
    path = tmp_path / "labels.csv"
    path.write_text("a,b,c\n" + "".join(f"{i % 7 - 3},{i % 5 - 2},{int(i % 7 > 3)}\n" for i in range(60)))
    code, out, _ = run_cli(capsys, "run", "--task", str(path), "--target", "value", "--steps", "20", "--json", "-")
    report = cli.json(out)
    assert code == 0 and report["kind"] == "regression" and report["data"]["target"] == "value"
    code, _, err = run_cli(capsys, "run", "--task", str(plane_csv), "--target", "class")
    assert code == 2 and err.startswith("error: --task: row 2, column 3: class labels must be whole numbers, not ")
    assert len(err.strip().splitlines()) == 1
    code, _, err = run_cli(capsys, "run", "--task", str(path), "--target", "label")
    assert code == 2 and err.strip() == "error: --target: read the last column as class (labels) or value (a regression), not 'label'"


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
        (["--task", "xor", "--optimizer", "adamw"], "--optimizer: unknown optimizer"),
        (["--task", "xor", "--optimizer", "newton"], "--optimizer: Newton's method is for typed functions"),
        (["--task", "xor", "--lr", "-1"], "--lr must be a positive number"),
        (["--task", "xor", "--lr", "abc"], "--lr must be a number"),
        (["--task", "xor", "--batch-size", "0"], "--batch-size must be at least 1"),
        (["--task", "xor", "--seed", "-2"], "--seed must be 0 or more"),
        (["--task", "xor", "--l2", "-0.1"], "--l2 must be 0 or more"),
        (["--task", "xor", "--noise", "-1"], "--noise must be a number from 0 to 2, not -1"),
        (["--task", "xor", "--noise", "much"], "--noise must be a number, not 'much'"),
        (["--task", "xor", "--test-fraction", "1"], "--test-fraction must be a number from 0 to 0.9, not 1"),
        (["--task", "xor", "--samples", "2"], "--samples must be a whole number from 20 to 5,000, not 2"),
        (["--task", "xor", "--samples", "6000"], "--samples must be a whole number from 20 to 5,000, not 6000"),
        (["--task", "xor", "--samples", "1.5"], "--samples must be a whole number, not '1.5'"),
        (["--task", "xor", "--data-seed", "-1"], "--data-seed must be 0 or more"),
        (["--task", "xor", "--data-seed", "x"], "--data-seed must be a whole number, not 'x'"),
        (["--task", "xor", "--data-seed", "3000000000"], "--data-seed must be a whole number from 0 to 2,147,483,647"),
        (["--task", "xor", "--seed", "3000000000"], "--seed must be a whole number from 0 to 2,147,483,647"),
        (["--task", "xor", "--target", "value"], "--target is for CSV files"),
        (["--task", "xor", "--function", "x^2"], "--function is for functions"),
        (["--task", "xor", "--csv", "out.csv"], "--csv is for functions"),
        (["--task", "xor", "--png", "/no/such/folder/x.png"], "--png: the folder"),
        (["--task", "xor", "--png", "-"], "--png needs a file path"),
        (["--task", "xor", "--weights-out", "-"], "--weights-out needs a file path"),
        (["--task", "xor", "--data-out", "/no/such/folder/d.csv"], "--data-out: the folder"),
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


def test_the_installed_command_runs_a_task(tmp_path, cli):
    path = tmp_path / "moons.json"
    done = subprocess.run(
        [sys.executable, "-m", "gdstudio", "run", "--task", "moons", "--steps", "20", "--json", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert cli.json(path.read_text())["steps"] == 20


def forward(arrays, inputs):
    """The network of a --weights-out file, run by numpy: z = a Wᵀ + b layer by layer."""
    hidden = {"tanh": np.tanh, "relu": lambda z: np.maximum(z, 0), "sigmoid": lambda z: 1 / (1 + np.exp(-z)), "linear": lambda z: z}
    count = sum(1 for key in arrays.files if key.endswith(".weight"))
    a = inputs
    for index in range(count):
        a = a @ arrays[f"layer{index}.weight"].T + arrays[f"layer{index}.bias"]
        if index < count - 1:
            a = hidden[str(arrays["activation"])](a)
    return a  # before the output activation


def test_weights_and_data_written_out_recompute_the_reported_loss(tmp_path, capsys, cli):
    report_path, weights, data = tmp_path / "run.json", tmp_path / "moons.weights", tmp_path / "data.csv"
    code, out, _ = run_cli(
        capsys, "run", "--task", "moons", "--hidden", "6,4", "--activation", "relu", "--steps", "80", "--l2", "0.01",
        "--json", str(report_path), "--weights-out", str(weights), "--data-out", str(data),
    )  # fmt: skip
    assert code == 0
    report = cli.json(report_path.read_text())
    # the .npz (any file name) loads without pickle and holds the report's layers
    arrays = np.load(weights, allow_pickle=False)
    assert sorted(arrays.files) == ["activation", *(f"layer{i}.{part}" for i in range(3) for part in ("bias", "weight")), "output"]
    assert str(arrays["activation"]) == "relu" and str(arrays["output"]) == "sigmoid"
    assert arrays["layer0.weight"].shape == (6, 2) and arrays["layer1.weight"].shape == (4, 6) and arrays["layer2.weight"].shape == (1, 4)
    for index, layer in enumerate(report["final"]["weights"]):
        assert np.array_equal(arrays[f"layer{index}.weight"], layer["weight"])
        assert np.array_equal(arrays[f"layer{index}.bias"], layer["bias"])
    # the data file: x1, x2, label, split; with the weights it gives L again, independently
    header = data.read_text().splitlines()[0]
    assert header == "x1,x2,label,split"
    rows = np.genfromtxt(data, delimiter=",", skip_header=1, dtype=None, encoding="utf-8")
    assert sum(row[3] == "train" for row in rows) == report["train_size"] == 350 and len(rows) == 500
    penalty = 0.5 * 0.01 * sum(float(np.sum(arrays[k] ** 2)) for k in arrays.files if k.endswith(".weight"))
    for split, reported in (("train", report["final"]["loss"]), ("test", report["final"]["test_loss"])):
        chosen = [row for row in rows if row[3] == split]
        inputs = np.array([[row[0], row[1]] for row in chosen])
        labels = np.array([row[2] for row in chosen], dtype=float)
        z = forward(arrays, inputs)[:, 0]
        cross_entropy = np.sum(np.logaddexp(0, z) - labels * z)  # −[y log σ(z) + (1 − y) log(1 − σ(z))]
        assert cross_entropy + penalty == pytest.approx(reported, rel=1e-10)
        per_example = report["final"][f"{split}_loss_per_example"]
        assert cross_entropy / len(chosen) == pytest.approx(per_example, rel=1e-10)


def test_the_line_fit_from_a_csv_with_no_hidden_layer_is_least_squares(tmp_path, capsys, cli):
    rng = np.random.default_rng(2)
    x = rng.uniform(0, 3, 60)
    path = tmp_path / "fit.csv"
    path.write_text("x,t\n" + "".join(f"{a!r},{2 * a - 1 + 0.1 * n!r}\n" for a, n in zip(x.tolist(), rng.standard_normal(60).tolist())))
    code, out, err = run_cli(
        capsys, "run", "--task", str(path), "--hidden", "0", "--lr", "0.002", "--steps", "3000",
        "--json", "-", "--data-out", str(tmp_path / "used.csv"),
    )  # fmt: skip
    assert code == 0
    report = cli.json(out)
    assert report["network"] == [1, 1] and report["parameters"] == 2 and report["settings"]["hidden"] == []
    assert "converged:" in err and "1 → 1 linear, 2 parameters" in err and "least squares: w* = (" in err
    data = np.genfromtxt(tmp_path / "used.csv", delimiter=",", skip_header=1, dtype=None, encoding="utf-8")
    train = np.array([[row[0], row[1]] for row in data if row[2] == "train"])
    slope, intercept = np.linalg.lstsq(np.column_stack([train[:, 0], np.ones(len(train))]), train[:, 1], rcond=None)[0]
    assert report["least_squares"]["weights"] == pytest.approx([slope, intercept], rel=1e-10)
    layer = report["final"]["weights"][0]
    assert np.hypot(layer["weight"][0][0] - slope, layer["bias"][0] - intercept) < 1e-6
    assert np.sum((slope * train[:, 0] + intercept - train[:, 1]) ** 2) == pytest.approx(report["least_squares"]["loss"], rel=1e-12)


def test_the_line_task_runs_from_the_command_line(capsys):
    from gdstudio.core.mlp.datasets import make_dataset

    code, out, _ = run_cli(capsys, "run", "--task", "line")
    assert code == 0 and out.startswith("converged: ") and " steps, 1 → 1 linear, 2 parameters, L(w) = " in out
    train = make_dataset("line")  # the command's defaults: 500 points, data seed 0
    slope, intercept = np.polyfit(train.train_inputs[:, 0], train.train_targets, 1)
    assert f"least squares: w* = ({slope:.6g}, {intercept:.6g}), ‖w − w*‖ = " in out
