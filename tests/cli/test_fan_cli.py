"""`gdstudio run --batch-size B --json` lists each update's batch, and `gdstudio fan`
writes the minibatch fan: both checked by replaying them in numpy."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from gdstudio.cli import main


def run_cli(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _training_rows(path):
    """The training rows of a --data-out file, in its order: inputs and targets."""
    with open(path, newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    train = [row for row in rows if row[-1] == "train"]
    return np.array([[float(v) for v in row[:-2]] for row in train]), np.array([float(row[-2]) for row in train])


def _weights(path):
    with np.load(path) as arrays:
        return [(arrays[f"layer{i}.weight"], arrays[f"layer{i}.bias"]) for i in range(2)]


def _gradient(layers, x, t, batch):
    """∇ of Σ_{i∈B} (f(xᵢ) − tᵢ)² for a one-hidden-layer tanh network with a linear
    output, by hand (the chain rule written out, independent of the app's backpropagation)."""
    (W1, b1), (W2, b2) = layers
    xb, tb = x[batch], t[batch]
    h = np.tanh(xb @ W1.T + b1)
    f = (h @ W2.T + b2)[:, 0]
    df = 2.0 * (f - tb)[:, None]  # (B, 1)
    gW2 = df.T @ h
    gb2 = df.sum(axis=0)
    dz = (df @ W2) * (1.0 - h**2)
    return [(dz.T @ xb, dz.sum(axis=0)), (gW2, gb2)]


def test_replaying_the_listed_batches_in_numpy_gives_the_final_weights(tmp_path, capsys):
    common = [
        "run",
        "--task",
        "sine",
        "--hidden",
        "6",
        "--samples",
        "80",
        "--batch-size",
        "7",
        "--optimizer",
        "gd",
        "--lr",
        "0.01",
        "--seed",
        "3",
    ]
    start = tmp_path / "start.npz"
    code, _, _ = run_cli(capsys, *common, "--steps", "0", "--weights-out", str(start), "--data-out", str(tmp_path / "data.csv"))
    assert code == 0
    report_path = tmp_path / "run.json"
    end = tmp_path / "end.npz"
    code, out, _ = run_cli(capsys, *common, "--steps", "60", "--json", str(report_path), "--weights-out", str(end))
    assert code == 0, out
    report = json.loads(report_path.read_text())
    x, t = _training_rows(tmp_path / "data.csv")
    n = len(x)
    assert report["train_size"] == n and report["batches_per_epoch"] == -(-n // 7)
    batches = report["batches"]
    assert len(batches) == 60 == report["steps"]
    # each epoch visits every training point once
    per_epoch = report["batches_per_epoch"]
    for first in range(0, 60 - per_epoch + 1, per_epoch):
        visited = sorted(i for batch in batches[first : first + per_epoch] for i in batch)
        assert visited == list(range(n))
    layers = [(w.astype(float), b.astype(float)) for w, b in _weights(start)]
    for batch in batches:
        gradient = _gradient(layers, x, t, np.array(batch))
        layers = [(w - 0.01 * gw, b - 0.01 * gb) for (w, b), (gw, gb) in zip(layers, gradient)]
    for (w, b), (final_w, final_b) in zip(layers, _weights(end)):
        assert np.max(np.abs(w - final_w)) < 1e-10 and np.max(np.abs(b - final_b)) < 1e-10


def test_a_full_batch_report_lists_no_batches(tmp_path, capsys):
    code, out, _ = run_cli(capsys, "run", "--task", "xor", "--steps", "3", "--json", "-")
    assert code == 0 and "batches" not in json.loads(out)


def test_fan_writes_the_batch_gradients_their_mean_and_the_spread(tmp_path, capsys):
    weights = tmp_path / "w.npz"
    data = tmp_path / "data.csv"
    base = ["--task", "sine", "--hidden", "6", "--samples", "80", "--reduction", "mean", "--seed", "2"]
    assert (
        run_cli(
            capsys,
            "run",
            *base,
            "--steps",
            "40",
            "--optimizer",
            "gd",
            "--lr",
            "0.05",
            "--weights-out",
            str(weights),
            "--data-out",
            str(data),
        )[0]
        == 0
    )
    path = tmp_path / "fan.json"
    png = tmp_path / "fan.png"
    code, out, _ = run_cli(capsys, "fan", *base, "--weights", str(weights), "--batch-size", "8", "--json", str(path), "--png", str(png))
    assert code == 0 and "measured" in out
    fan = json.loads(path.read_text())
    x, t = _training_rows(data)
    n = len(x)
    layers = [(w.astype(float), b.astype(float)) for w, b in _weights(weights)]

    def flat(gradient):  # in the order of final.weights flattened: layer0.weight, layer0.bias, …
        return np.concatenate([np.concatenate([gw.ravel(), gb]) for gw, gb in gradient])

    full = flat(_gradient(layers, x, t, np.arange(n))) / n
    np.testing.assert_allclose(fan["full_gradient"], full, rtol=1e-10, atol=1e-13)
    assert len(fan["batches"]) == n // 8 == len(fan["batch_gradients"])
    assert sorted(i for batch in fan["batches"] for i in batch) == list(range(n))
    for batch, gradient in zip(fan["batches"], fan["batch_gradients"]):
        np.testing.assert_allclose(gradient, flat(_gradient(layers, x, t, np.array(batch))) / len(batch), rtol=1e-10, atol=1e-13)
    assert np.max(np.abs(np.mean(fan["batch_gradients"], axis=0) - full)) < 1e-12
    examples = np.array([flat(_gradient(layers, x, t, np.array([i]))) for i in range(n)])
    sigma2 = np.mean(np.sum((examples - full) ** 2, axis=1))
    assert fan["variance"]["formula"] == pytest.approx((n - 8) / (8 * (n - 1)) * sigma2, rel=1e-9)
    measured = np.mean(np.sum((np.array(fan["batch_gradients"]) - full) ** 2, axis=1))
    assert fan["variance"]["measured"] == pytest.approx(measured, rel=1e-9)
    assert fan["parameters"][:2] == ["layer0.weight[0,0]", "layer0.weight[1,0]"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_fan_of_k_draws_and_of_the_whole_set(tmp_path, capsys):
    code, out, _ = run_cli(capsys, "fan", "--task", "xor", "--samples", "40", "--batch-size", "28", "--draws", "5", "--json", "-")
    assert code == 0
    fan = json.loads(out)
    assert fan["train_size"] == 28 and len(fan["batch_gradients"]) == 5 and fan["draws"] == 5
    for gradient in fan["batch_gradients"]:  # B = N: every draw is the whole set
        np.testing.assert_allclose(gradient, fan["full_gradient"], rtol=1e-12, atol=1e-12)
    assert fan["variance"]["formula"] == 0.0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["fan", "--batch-size", "4", "--json", "-"], "give the task with --task"),
        (["fan", "--task", "xor", "--batch-size", "0", "--json", "-"], "--batch-size must be at least 1"),
        (["fan", "--task", "xor", "--batch-size", "351", "--json", "-"], "--batch-size must be from 1 to the 350 training points, not 351"),
        (["fan", "--task", "xor", "--json", "-"], "give the batch size with --batch-size B"),
        (["fan", "--task", "xor", "--batch-size", "4", "--draws", "0", "--json", "-"], "--draws must be at least 1"),
        (["fan", "--task", "xor", "--batch-size", "4", "--draws", "many", "--json", "-"], "--draws must be a whole number"),
        (["fan", "--task", "xor", "--batch-size", "4"], "say where the fan goes"),
        (["fan", "--task", "xor", "--batch-size", "4", "--weights", "/nonexistent.npz", "--json", "-"], "--weights: there is no file"),
    ],
)
def test_bad_fan_input_exits_2_with_one_line(capsys, argv, message):
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
