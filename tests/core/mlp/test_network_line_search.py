"""A network trained with L-BFGS and a strong-Wolfe search on the full batch (the way
scikit-learn's solver="lbfgs" trains small networks); the directions that need a
Hessian or a d × d matrix, and a search on mini-batches, are refused with a sentence."""

import numpy as np
import pytest

from gdstudio.core.mlp.datasets import make_dataset
from gdstudio.core.mlp.network import MLPError
from gdstudio.core.mlp.training import Training, TrainingSettings
from gdstudio.core.session import SessionError, mlp_section_from_dict, mlp_section_to_dict


def test_lbfgs_with_strong_wolfe_trains_moons_to_a_tiny_loss_in_few_steps_and_every_step_is_acceptable():
    dataset = make_dataset("moons", samples=200)
    settings = TrainingSettings(optimizer="lbfgs", line_search="strong-wolfe", learning_rate=1.0, max_steps=300)
    training = Training(dataset, settings)
    start = training.loss
    training.run()
    assert training.status.value == "converged" and training.steps < 150
    assert training.loss < 1e-4 * start
    # every step met the strong Wolfe conditions: f fell by at least c₁α∇fᵀd
    descent = training.descent
    assert descent.evaluations[0, 0] >= training.steps + 1
    report = training.report()
    assert report["settings"]["line_search"] == "strong-wolfe" and report["evaluations"]["f"] == int(descent.evaluations[0, 0])
    # fixed-step gradient descent from the same w₀ and the same number of evaluations is far behind
    plain = Training(dataset, TrainingSettings(optimizer="gd", learning_rate=0.01, max_steps=int(descent.evaluations[0, 0])))
    plain.run()
    assert plain.loss > 100 * training.loss


def test_scikit_learn_s_lbfgs_reaches_the_same_kind_of_fit():
    sklearn = pytest.importorskip("sklearn.neural_network")
    dataset = make_dataset("moons", samples=200)
    training = Training(dataset, TrainingSettings(optimizer="lbfgs", line_search="strong-wolfe", learning_rate=1.0, max_steps=300))
    training.run()
    reference = sklearn.MLPClassifier(hidden_layer_sizes=(8, 8), activation="tanh", solver="lbfgs", alpha=0.0, max_iter=300, random_state=0)
    reference.fit(dataset.train_inputs, dataset.train_targets.ravel())
    ours = training.report()["train_accuracy"]
    theirs = reference.score(dataset.train_inputs, dataset.train_targets.ravel())
    assert ours >= 0.99 and theirs >= 0.99


@pytest.mark.parametrize(
    "settings, message",
    [
        (dict(optimizer="newton"), "Newton's method is for typed functions"),
        (dict(optimizer="bfgs"), "BFGS is for typed functions"),
        (dict(optimizer="lbfgs", line_search="strong-wolfe", batch_size=10), "a line search needs the full batch"),
    ],
)
def test_what_a_network_cannot_train_with_is_refused(settings, message):
    with pytest.raises(MLPError, match=message):
        Training(make_dataset("xor", samples=40), TrainingSettings(**settings))


def test_the_session_keeps_the_network_s_line_search_and_checks_it():
    section = mlp_section_from_dict({"task": "moons", "optimizer": "lbfgs", "line_search": "strong-wolfe", "learning_rate": 1.0})
    assert section.training.line_search == "strong-wolfe"
    assert mlp_section_from_dict(mlp_section_to_dict(section)).training == section.training
    with pytest.raises(SessionError, match="line_search needs the full batch"):
        mlp_section_from_dict({"task": "moons", "optimizer": "lbfgs", "line_search": "armijo", "batch_size": 10})
    with pytest.raises(SessionError, match="optimizer must be one a network trains with"):
        mlp_section_from_dict({"task": "moons", "optimizer": "newton"})
    assert np.isfinite(section.training.learning_rate)


def test_the_task_command_trains_with_lbfgs_and_strong_wolfe(tmp_path):
    import json
    import subprocess
    import sys

    path = tmp_path / "moons.json"
    command = [sys.executable, "-m", "gdstudio", "run", "--task", "moons", "--optimizer", "lbfgs", "--lr", "1", "--steps", "300"]
    done = subprocess.run([*command, "--line-search", "strong-wolfe", "--json", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    report = json.loads(path.read_text())
    assert report["status"] == "converged" and report["settings"]["line_search"] == "strong-wolfe"
    assert report["evaluations"]["f"] > report["steps"] and report["evaluations"]["hessian"] == 0
    refused = subprocess.run([*command, "--line-search", "strong-wolfe", "--batch-size", "10"], capture_output=True, text=True)
    assert (
        refused.returncode == 2
        and refused.stderr
        == "error: a line search needs the full batch: with mini-batches f(w + αd) would change from one trial to the next\n"
    )
