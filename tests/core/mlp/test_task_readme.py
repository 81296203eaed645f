"""The README's table of the built-in tasks and the `run --task` options say what the
code does: their numbers are made here from ``datasets.TASKS`` (defaults and the
quality ``tests/core/mlp/test_mlp.py`` asserts), the data ranges and the network limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from gdstudio.core.descent.schedules import Schedule
from gdstudio.core.mlp import datasets
from gdstudio.core.mlp import network as mlp
from gdstudio.core.mlp.datasets import TASKS, make_dataset
from gdstudio.core.mlp.training import Training, settings_for_task

README = Path(__file__).resolve().parents[3] / "README.md"


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


def table_row(name: str) -> str:
    task = TASKS[name]
    training = Training(make_dataset(name, samples=datasets.MIN_SAMPLES), settings_for_task(name))
    loss = "cross-entropy" if training.loss_kind == mlp.CROSS_ENTROPY else "squared error"
    return (
        f"| `{name}` | {task.title} | {training.network.describe()} | {loss} | {task.optimizer} | "
        f"{task.learning_rate:g} | {task.steps} | {task.noise:g} | {task.quality_text} |"
    )


@pytest.mark.parametrize("name", list(TASKS))
def test_the_readme_table_has_each_tasks_defaults_and_stated_quality(readme, name):
    assert table_row(name) in readme.splitlines()


def test_the_readme_table_has_no_other_tasks(readme):
    rows = [line for line in readme.splitlines() if line.startswith("| `") and "parameters |" in line]
    assert rows == [table_row(name) for name in TASKS]


def test_the_readme_options_give_the_codes_ranges_and_defaults(readme):
    for text in (
        f"{datasets.MIN_SAMPLES} to {datasets.MAX_SAMPLES} (default {datasets.DEFAULT_SAMPLES})",
        f"0 to {datasets.MAX_NOISE:g} (default the task's)",
        f"0 to {datasets.MAX_TEST_FRACTION:g} (default {datasets.DEFAULT_TEST_FRACTION:g})",
        f"(default {datasets.DEFAULT_DATA_SEED}, as in the window)",
        f"1 to {mlp.MAX_WIDTH} units, at most {mlp.MAX_HIDDEN_LAYERS} layers",
        f"2 to {datasets.MAX_CLASSES} different values",
    ):
        assert text in readme, text


def test_the_readme_names_every_key_of_the_json_report(readme):
    section = readme[readme.index("The JSON report:") : readme.index("### More commands")]
    classes = Training(make_dataset("xor", samples=40), settings_for_task("xor", max_steps=2))
    line = Training(make_dataset("line", samples=40), settings_for_task("line", max_steps=2))  # adds least_squares
    # adds batches and batches_per_epoch, and (thinned to two rows) history
    mini = Training(make_dataset("xor", samples=40), settings_for_task("xor", max_steps=70, batch_size=8), history_bytes=0)
    # adds schedule
    scheduled = Training(make_dataset("line", samples=40), settings_for_task("line", max_steps=2, schedule=Schedule("inverse_time")))
    for training in (classes, line, mini, scheduled):
        training.run()
        report = training.report()
        keys = set(report) | set(report["data"]) | set(report["settings"]) | set(report["final"]) | {"file", "target"}
        keys |= set(report.get("least_squares", {})) | set(report.get("history", {}))
        for key in sorted(keys):
            assert f"`{key}`" in section, key


def test_the_readme_gives_the_options_that_write_weights_and_data(readme):
    for text in ("| `--weights-out PATH` |", "| `--data-out PATH` |", "`layer0.weight`", "Inputs are never scaled or centred"):
        assert text in readme, text
