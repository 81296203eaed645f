"""What a run hands on: losses per example that compare across sets, the weights in
PyTorch's layout (loaded into torch.nn.Sequential, they give the reported loss), the
data the run used, and the help text the window shows."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

from gdstudio.core.mlp.datasets import load_csv, make_dataset
from gdstudio.core.mlp.help import MLP_HELP, MLP_HELP_TITLE, WEIGHT_SPACE_REFERENCES
from gdstudio.core.mlp.network import MLPError
from gdstudio.core.mlp.training import Training, TrainingSettings, settings_for_task

README = Path(__file__).resolve().parents[3] / "README.md"


# -- comparable curves ----------------------------------------------------------------------


def test_losses_per_example_are_the_mean_error_on_each_set_without_the_penalty():
    dataset = make_dataset("moons")
    training = Training(dataset, settings_for_task("moons", max_steps=100, l2=0.01))
    training.run()
    w = training.weights
    m = training.metrics()
    network = training.network
    # E by hand: the cross-entropy of the sigmoid output on each set
    for inputs, labels, value in (
        (dataset.train_inputs, dataset.train_targets, m.train_loss_per_example),
        (dataset.test_inputs, dataset.test_targets, m.test_loss_per_example),
    ):
        p = network.output_values(w, inputs)[:, 0]
        errors = -(labels * np.log(p) + (1 - labels) * np.log(1 - p))
        assert value == pytest.approx(np.mean(errors), rel=1e-10)
    weights = w[network.weight_mask]
    assert m.penalty == pytest.approx(0.5 * 0.01 * weights @ weights, rel=1e-12)
    # the lesson's L keeps the sum and the penalty: L = N × (mean E) + penalty
    assert m.train_loss == pytest.approx(350 * m.train_loss_per_example + m.penalty, rel=1e-12)
    assert m.test_loss == pytest.approx(150 * m.test_loss_per_example + m.penalty, rel=1e-12)
    # on one axis the sums mislead: the test sum is below the training sum only because it adds fewer points
    assert m.test_loss < m.train_loss and m.test_loss_per_example > 0.5 * m.train_loss_per_example
    # the loss history converts to the training curve per example without another pass
    path = training.path
    converted = training.loss_per_example(path, "train", losses=training.loss_history)
    assert np.allclose(converted, training.loss_per_example(path, "train"), rtol=1e-10)
    assert training.loss_per_example(path[:3], "test").shape == (3,)
    with pytest.raises(MLPError, match="train or the test set"):
        training.loss_per_example(path, "validation")


def test_with_the_mean_reduction_the_loss_less_the_penalty_is_the_loss_per_example():
    dataset = make_dataset("sine", samples=100)
    training = Training(dataset, TrainingSettings(hidden=(4,), reduction="mean", l2=0.1, learning_rate=0.05, max_steps=20))
    training.run()
    m = training.metrics()
    assert m.train_loss - m.penalty == pytest.approx(m.train_loss_per_example, rel=1e-12)
    assert m.train_loss_per_example == pytest.approx(m.train_mse, rel=1e-12)  # one output: E is the squared error
    no_test = Training(make_dataset("sine", samples=100, test_fraction=0.0), TrainingSettings(hidden=(4,)))
    assert np.isnan(no_test.metrics().test_loss_per_example)


# -- weights you can take away -------------------------------------------------------------------

CONFIGURATIONS = [
    ("moons", (6,), "tanh", "ce", "sum", 0.0),
    ("moons", (5, 4), "relu", "ce", "mean", 0.0),
    ("circles", (6,), "sigmoid", "mse", "sum", 0.05),
    ("blobs", (6,), "tanh", "ce", "sum", 0.0),
    ("blobs", (5,), "relu", "mse", "mean", 0.02),
    ("sine", (8,), "sigmoid", "mse", "sum", 0.0),
    ("line", (), "tanh", "mse", "sum", 0.3),
    ("xor", (), "tanh", "ce", "mean", 0.0),
]


def torch_model(report, torch):
    """The README's lines: final.weights into torch.nn.Sequential, float64."""
    hidden = {"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU, "sigmoid": torch.nn.Sigmoid, "linear": torch.nn.Identity}
    last = {"sigmoid": torch.nn.Sigmoid(), "softmax": torch.nn.Softmax(dim=1), "linear": torch.nn.Identity()}
    layers = []
    for layer in report["final"]["weights"]:
        weight = torch.tensor(layer["weight"], dtype=torch.float64)
        linear = torch.nn.Linear(weight.shape[1], weight.shape[0], dtype=torch.float64)
        with torch.no_grad():
            linear.weight.copy_(weight)
            linear.bias.copy_(torch.tensor(layer["bias"], dtype=torch.float64))
        layers += [linear, hidden[report["activation"]]()]
    return torch.nn.Sequential(*layers[:-1], last[report["output"]])


def torch_loss(model, report, inputs, labels, torch):
    """L from PyTorch: its E summed (or averaged) over the points, plus (λ/2)‖W‖²."""
    x = torch.tensor(inputs, dtype=torch.float64)
    with torch.no_grad():
        logits = model[:-1](x)  # the network before its output activation
        outputs = model(x)
        if report["settings"]["loss"] == "ce":
            if report["output"] == "softmax":
                errors = torch.nn.functional.cross_entropy(logits, torch.tensor(labels), reduction="none")
            else:
                target = torch.tensor(labels, dtype=torch.float64).reshape(-1, 1)
                errors = torch.nn.functional.binary_cross_entropy_with_logits(logits, target, reduction="none")[:, 0]
        else:
            if report["output"] == "softmax":
                target = torch.nn.functional.one_hot(torch.tensor(labels), outputs.shape[1]).to(torch.float64)
            else:
                target = torch.tensor(labels, dtype=torch.float64).reshape(-1, 1)
            errors = ((outputs - target) ** 2).sum(dim=1)
        total = errors.sum() if report["settings"]["reduction"] == "sum" else errors.mean()
        penalty = sum((m.weight**2).sum() for m in model if isinstance(m, torch.nn.Linear))
    return float(total + 0.5 * report["settings"]["l2"] * penalty)


@pytest.mark.parametrize("task, hidden, activation, loss, reduction, l2", CONFIGURATIONS)
def test_the_reported_weights_loaded_into_pytorch_give_the_reported_loss(task, hidden, activation, loss, reduction, l2):
    torch = pytest.importorskip("torch")
    dataset = make_dataset(task, samples=200)
    settings = settings_for_task(
        task, train_size=140, hidden=hidden, activation=activation, loss=loss, reduction=reduction, l2=l2, max_steps=60
    )
    training = Training(dataset, settings)
    training.run()
    report = json.loads(json.dumps(training.report()))  # through JSON, as a reader gets it
    layers = report["final"]["weights"]
    sizes = training.network.layer_sizes
    assert [np.shape(layer["weight"]) for layer in layers] == list(zip(sizes[1:], sizes[:-1]))
    assert [len(layer["bias"]) for layer in layers] == list(sizes[1:])
    assert report["activation"] == activation and report["output"] == training.network.output
    model = torch_model(report, torch)
    train = torch_loss(model, report, dataset.train_inputs, dataset.train_targets, torch)
    test = torch_loss(model, report, dataset.test_inputs, dataset.test_targets, torch)
    assert train == pytest.approx(report["final"]["loss"], rel=1e-9)
    assert test == pytest.approx(report["final"]["test_loss"], rel=1e-9)
    # and the predictions are the network's
    predicted = model(torch.tensor(dataset.test_inputs, dtype=torch.float64)).detach().numpy()
    assert np.allclose(predicted, training.network.output_values(training.weights, dataset.test_inputs), rtol=1e-12, atol=1e-15)


def test_the_readmes_lines_load_the_report_into_pytorch(tmp_path):
    pytest.importorskip("torch")
    training = Training(make_dataset("blobs", samples=120), settings_for_task("blobs", max_steps=30))
    training.run()
    (tmp_path / "run.json").write_text(json.dumps(training.report()))
    text = README.read_text(encoding="utf-8")
    snippet = re.search(r"```python\n(import json, torch\n.*?)```", text, re.S).group(1)
    check = snippet + "\nimport numpy\nprint(json.dumps(model(torch.tensor(numpy.load('inputs.npy'))).tolist()))\n"
    np.save(tmp_path / "inputs.npy", training.dataset.test_inputs)
    (tmp_path / "check.py").write_text(check)
    done = subprocess.run([sys.executable, "check.py"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    probabilities = np.array(json.loads(done.stdout))
    assert np.allclose(probabilities, training.network.output_values(training.weights, training.dataset.test_inputs), rtol=1e-12)


def test_the_weight_arrays_are_the_reports_layers():
    training = Training(make_dataset("xor", samples=60), settings_for_task("xor", max_steps=5))
    training.run()
    arrays = training.network.weight_arrays(training.weights)
    assert sorted(arrays) == ["activation", *(f"layer{i}.{part}" for i in range(3) for part in ("bias", "weight")), "output"]
    assert arrays["activation"].shape == () and str(arrays["activation"]) == "tanh" and str(arrays["output"]) == "sigmoid"
    for index, layer in enumerate(training.report()["final"]["weights"]):
        assert np.array_equal(arrays[f"layer{index}.weight"], layer["weight"])
        assert np.array_equal(arrays[f"layer{index}.bias"], layer["bias"])
    # W_lᵀ of the flat vector's layer views
    W, b = training.network.layers(training.weights)[0]
    assert np.array_equal(arrays["layer0.weight"], W.T) and np.array_equal(arrays["layer0.bias"], b)


def test_the_data_table_is_the_runs_data_with_its_split(tmp_path):
    path = tmp_path / "labels.csv"
    rng = np.random.default_rng(4)
    points = rng.uniform(-1, 1, (60, 2))
    labels = np.where(points[:, 0] > 0.3, 3, np.where(points[:, 1] > 0, 2, 1))  # labels 1, 2, 3: softmax units 0, 1, 2
    path.write_text("a,b,kind\n" + "".join(f"{x!r},{y!r},{c}\n" for (x, y), c in zip(points.tolist(), labels.tolist())))
    training = Training(load_csv(path), TrainingSettings(hidden=(4,), max_steps=10))
    training.run()
    header, rows = training.data_table()
    assert header == ["a", "b", "kind", "split"]
    assert [row[3] for row in rows] == ["train"] * 42 + ["test"] * 18
    assert {row[2] for row in rows} == {1, 2, 3} and all(isinstance(row[2], int) for row in rows)
    report = training.report()
    assert report["class_labels"] == [1, 2, 3]
    # the rows are the data set's own, the labels as the file wrote them
    assert np.array_equal([row[:2] for row in rows[:42]], training.dataset.train_inputs)
    assert [report["class_labels"].index(row[2]) for row in rows[:42]] == training.dataset.train_targets.tolist()
    builtin = Training(make_dataset("sine", samples=30), TrainingSettings(hidden=(3,)))
    assert builtin.data_table()[0] == ["x", "t", "split"]
    assert Training(make_dataset("xor", samples=30), TrainingSettings(hidden=(3,))).data_table()[0] == ["x1", "x2", "label", "split"]


def test_a_linear_regression_reports_its_least_squares_optimum():
    training = Training(make_dataset("line"), settings_for_task("line"))
    training.run()
    report = training.report()
    optimum = report["least_squares"]
    assert optimum["distance"] < 1e-7 and optimum["loss"] == pytest.approx(report["final"]["loss"], rel=1e-12)
    assert optimum["largest_stable_lr"] == pytest.approx(2 / optimum["eigenvalues"][1], rel=1e-12)
    assert optimum["hessian_formula"].startswith("H = 2XᵀX")
    assert "least_squares" not in Training(make_dataset("sine", samples=30), TrainingSettings(hidden=(3,))).report()


# -- the help text --------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.open: list[str] = []
        self.seen: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        assert not attrs, tag
        self.seen.add(tag)
        self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open.pop() == tag, tag

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.parametrize("text", [MLP_HELP, WEIGHT_SPACE_REFERENCES])
def test_the_help_is_a_small_balanced_html_subset(text):
    parser = _Tags()
    parser.feed(text)
    parser.close()
    assert parser.open == [] and parser.seen <= {"p", "b", "i", "ul", "li", "sub"}
    # every '<' opens or closes one of those tags: a '<' in the text is written &lt;
    assert re.findall(r"<(?!/?(?:p|b|i|ul|li|sub)>)", text) == []


def test_the_help_tells_the_lesson_and_the_references_cite_their_sources():
    assert MLP_HELP_TITLE == "The MLP task tab"
    for words in (
        "The network.",
        "The loss is a sum of errors.",
        "The decision boundary.",
        "the loss on a flat slice of weight space through the initial weights",
        "A plane that stays still.",
        "The two-weight bowl.",
        "2<i>X</i>ᵀ<i>X</i>",
        "γ &lt; 2/λ<sub>max</sub>",
        "mean error per example",
    ):
        assert words in MLP_HELP, words
    assert "et al" not in MLP_HELP  # the sources are cited in full, in their own constant
    assert "Visualizing the Loss\nLandscape of Neural Nets" in WEIGHT_SPACE_REFERENCES
    assert "Qualitatively Characterizing Neural\nNetwork Optimization Problems" in WEIGHT_SPACE_REFERENCES
