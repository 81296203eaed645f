"""``gdstudio run --task``: train a small network without a window. The options that
a function run also takes (--optimizer, --lr, --steps, --tol, the outputs) go
through the same option layer (:mod:`.options`)."""

from __future__ import annotations

import argparse
import os
import sys

from gdstudio.cli.options import (
    EXIT_OK,
    UsageError,
    learning_rate_option,
    limits_options,
    optimizer_option,
    output_options,
    parse_float,
    parse_positive_int,
    ranged_number,
    writable_path,
    write_report,
)


def add_task_options(run) -> None:
    from gdstudio.core.mlp.datasets import (
        DEFAULT_DATA_SEED,
        DEFAULT_SAMPLES,
        DEFAULT_TEST_FRACTION,
        MAX_CLASSES,
        MAX_NOISE,
        MAX_SAMPLES,
        MAX_TEST_FRACTION,
        MIN_SAMPLES,
        TASKS,
    )

    group = run.add_argument_group(
        "MLP tasks",
        "Train a small network instead: w is every weight and bias, L(w) = Σᵢ E(f_w(xᵢ), yᵢ). "
        "Options left out take the task's documented defaults (see the README's table).",
    )
    group.add_argument("--task", metavar="NAME", help=f"{', '.join(TASKS)}, or a CSV file (x1,x2,label, x1,x2,t or x,t)")
    group.add_argument("--hidden", metavar="8,8", help="hidden-layer widths (default the task's)")
    group.add_argument("--activation", metavar="NAME", help="tanh, relu, sigmoid or linear (default tanh)")
    group.add_argument("--loss", metavar="ce|mse", help="cross-entropy or squared error (default ce, mse for regression)")
    group.add_argument(
        "--reduction",
        metavar="sum|mean",
        help="L sums E over the data (default) or takes the mean; with mean and no --lr, a task's γ becomes the "
        "one that takes the same steps (γ × N for gd, momentum and nesterov)",
    )
    group.add_argument("--init", metavar="NAME", help="xavier (default), he or uniform")
    group.add_argument("--seed", metavar="S", help="seed of the initial weights w₀ and of the mini-batch order (default 0)")
    group.add_argument("--batch-size", metavar="B", help="mini-batch SGD with batches of B (default: the full batch)")
    group.add_argument("--l2", metavar="λ", help="L2 penalty (λ/2)‖W‖² (default 0)")
    group.add_argument(
        "--data-seed",
        metavar="D",
        help=f"seed of the data: the points drawn and the train/test split (default {DEFAULT_DATA_SEED}, as the window's)",
    )
    group.add_argument(
        "--samples", metavar="N", help=f"points generated for a built-in task, {MIN_SAMPLES} to {MAX_SAMPLES} (default {DEFAULT_SAMPLES})"
    )
    group.add_argument("--noise", metavar="S", help=f"noise of a built-in task's points, 0 to {MAX_NOISE:g} (default the task's)")
    group.add_argument(
        "--test-fraction",
        metavar="F",
        help=f"share of the points held out for testing, 0 to {MAX_TEST_FRACTION:g} (default {DEFAULT_TEST_FRACTION:g})",
    )
    group.add_argument(
        "--weights-out",
        metavar="PATH",
        help="write the final weights as a NumPy .npz file: layer0.weight (outputs × inputs, as torch.nn.Linear), "
        "layer0.bias, …, activation and output",
    )
    group.add_argument(
        "--data-out",
        metavar="PATH",
        help="write the data the run used as CSV: the input columns, the target and split (train or test)",
    )
    group.add_argument(
        "--target",
        metavar="class|value",
        help="how a 3-column CSV file's last column is read: class labels or values to fit (default: class labels "
        f"when they are whole numbers with 2 to {MAX_CLASSES} different ones, else values)",
    )


def task_settings(arguments: argparse.Namespace):
    """The data set and the training settings the task options ask for (the options a
    command does not have count as left out), and notes for the summary line:
    ``(dataset, settings, changes, notes)``."""
    from dataclasses import replace

    from gdstudio.core.descent.optimizers import NETWORK_OPTIMIZERS
    from gdstudio.core.mlp.datasets import (
        DEFAULT_DATA_SEED,
        DEFAULT_SAMPLES,
        DEFAULT_TEST_FRACTION,
        MAX_NOISE,
        MAX_SAMPLES,
        MAX_SEED,
        MAX_TEST_FRACTION,
        MIN_SAMPLES,
        TARGETS,
        TASKS,
        DataError,
        DataSettings,
    )
    from gdstudio.core.mlp.network import ACTIVATIONS, INIT_SCHEMES, REDUCTIONS, MLPError, loss_name, parse_hidden
    from gdstudio.core.mlp.training import TrainingSettings, examples_per_gradient, reduction_note, settings_for_task

    for option in ("function", "preset", "start", "window", "csv"):
        if getattr(arguments, option, None) is not None:
            raise UsageError(f"--{option} is for functions and cannot be used with --task")
    name = arguments.task
    if name is None:
        raise UsageError("give the task with --task NAME (or a CSV file)")
    seed = ranged_number(arguments.seed, "--seed", 0, MAX_SEED, whole=True) if arguments.seed else 0
    data_seed = ranged_number(arguments.data_seed, "--data-seed", 0, MAX_SEED, whole=True) if arguments.data_seed else DEFAULT_DATA_SEED
    test_fraction = (
        ranged_number(arguments.test_fraction, "--test-fraction", 0.0, MAX_TEST_FRACTION)
        if arguments.test_fraction
        else DEFAULT_TEST_FRACTION
    )
    builtin = name in TASKS
    if builtin:
        if arguments.target is not None:
            raise UsageError("--target is for CSV files: a built-in task's targets are its own")
        samples = (
            ranged_number(arguments.samples, "--samples", MIN_SAMPLES, MAX_SAMPLES, whole=True) if arguments.samples else DEFAULT_SAMPLES
        )
        noise = ranged_number(arguments.noise, "--noise", 0.0, MAX_NOISE) if arguments.noise else None
        data = DataSettings(task=name, samples=samples, noise=noise, test_fraction=test_fraction, seed=data_seed)
    elif name.lower().endswith(".csv") or os.path.exists(name):
        if arguments.samples or arguments.noise:
            raise UsageError("--samples and --noise are for built-in tasks, not CSV files")
        target = arguments.target
        if target is not None and target not in TARGETS:
            raise UsageError(f"--target: read the last column as class (labels) or value (a regression), not {target!r}")
        data = DataSettings(task="", path=name, test_fraction=test_fraction, seed=data_seed, target=target)
    else:
        raise UsageError(f"--task: unknown task {name!r}; choose one of {', '.join(TASKS)}, or give a .csv file")
    try:
        dataset = data.load()
    except DataError as error:
        raise UsageError(f"--task: {error}") from None
    changes = {"seed": seed}
    for option, parse, key in (("hidden", parse_hidden, "hidden"), ("loss", loss_name, "loss")):
        if getattr(arguments, option) is not None:
            try:
                changes[key] = parse(getattr(arguments, option))
            except MLPError as error:
                raise UsageError(f"--{option}: {error}") from None
    for option, choices in (("activation", ACTIVATIONS), ("reduction", REDUCTIONS), ("init", INIT_SCHEMES)):
        value = getattr(arguments, option)
        if value is not None:
            if value not in choices:
                raise UsageError(f"--{option}: unknown {option} {value!r}; choose one of {', '.join(choices)}")
            changes[option] = value
    if getattr(arguments, "optimizer", None) is not None:
        changes["optimizer"] = optimizer_option(arguments.optimizer)
        if changes["optimizer"] not in NETWORK_OPTIMIZERS:
            from gdstudio.core.descent.optimizers import optimizer_info

            title = optimizer_info(changes["optimizer"]).title
            raise UsageError(
                f"--optimizer: {title} is for typed functions (it needs the Hessian, or a d × d matrix, of the loss); "
                f"a network trains with {', '.join(NETWORK_OPTIMIZERS)}"
            )
    if getattr(arguments, "line_search", None) is not None:
        from gdstudio.core.descent.line_search import LINE_SEARCHES

        if arguments.line_search not in LINE_SEARCHES:
            raise UsageError(f"--line-search: unknown line search {arguments.line_search!r}; choose one of {', '.join(LINE_SEARCHES)}")
        changes["line_search"] = arguments.line_search
    if getattr(arguments, "lr", None) is not None:
        changes["learning_rate"] = learning_rate_option(arguments.lr)
    if hasattr(arguments, "steps"):
        max_steps, tolerance = limits_options(arguments)
        if arguments.steps is not None:
            changes["max_steps"] = max_steps
        if arguments.tol is not None:
            changes["tolerance"] = tolerance
    if arguments.batch_size is not None:
        changes["batch_size"] = parse_positive_int(arguments.batch_size, "--batch-size", allow_zero=False)
    if arguments.l2 is not None:
        changes["l2"] = parse_float(arguments.l2, "--l2")
        if changes["l2"] < 0:
            raise UsageError(f"--l2 must be 0 or more, not {arguments.l2}")
    train_size = len(dataset.train_inputs)
    notes = []
    if builtin:
        settings = settings_for_task(name, train_size=train_size, **changes)
        if settings.reduction == "mean" and "learning_rate" not in changes:
            examples = examples_per_gradient(settings, train_size)
            notes.append(reduction_note(TASKS[name].learning_rate, settings.learning_rate, settings.optimizer, examples))
    else:
        settings = replace(TrainingSettings(), **changes)
    return dataset, settings, changes, notes


def run_task_command(arguments: argparse.Namespace) -> int:
    """``gdstudio run --task NAME``: train an MLP and write its JSON report and figure."""
    from gdstudio.core.mlp.history import NETWORK_HISTORY_BYTES
    from gdstudio.core.mlp.network import MLPError
    from gdstudio.core.mlp.training import Training
    from gdstudio.export.files import ExportError, write_csv, write_npz

    dataset, settings, changes, notes = task_settings(arguments)
    train_size = len(dataset.train_inputs)
    outputs = output_options(arguments, ("json", "png", "svg"))
    for option in ("weights_out", "data_out"):
        value = getattr(arguments, option, None)
        if value is not None:
            flag = "--" + option.replace("_", "-")
            if value == "-":
                raise UsageError(f"{flag} needs a file path ('-' is only for --json)")
            outputs[option] = writable_path(value, flag)
    # the run streams: only a figure needs the path (bounded like the window's); the
    # report needs the loss of every step and the final state, which the history keeps
    figure = "png" in outputs or "svg" in outputs
    try:
        training = Training(dataset, settings, history_bytes=NETWORK_HISTORY_BYTES if figure else 0)
    except (MLPError, ValueError) as error:
        raise UsageError(str(error)) from None

    training.run()
    report = training.report()
    try:
        if "png" in outputs or "svg" in outputs:
            from gdstudio.ui.mlp.figure import TrainingFigure

            figure = TrainingFigure(training)
            if "png" in outputs:
                figure.save_png(outputs["png"])
            if "svg" in outputs:
                figure.save_svg(outputs["svg"])
            figure.close()
        if "json" in outputs:
            write_report(outputs["json"], report)
        if "weights_out" in outputs:
            write_npz(outputs["weights_out"], training.network.weight_arrays(training.weights))
        if "data_out" in outputs:
            write_csv(outputs["data_out"], *training.data_table())
    except ExportError as error:
        raise UsageError(str(error)) from None

    def percent(value):
        return "n/a" if value is None else f"{100 * value:.1f} %"

    def number(value):
        return "n/a" if value is None else f"{value:.4g}"

    if training.is_classification:
        quality = f"train accuracy {percent(report['train_accuracy'])}, test accuracy {percent(report['test_accuracy'])}"
    else:
        quality = f"train MSE {number(report['train_mse'])}, test MSE {number(report['test_mse'])}"
    requested = changes.get("batch_size")
    if requested is not None and not training.mini_batch:
        notes.append(
            f"full batch: --batch-size {requested} is not smaller than the {train_size} training points (recorded as batch_size null)"
        )
    if "least_squares" in report:
        optimum = ", ".join(f"{v:.6g}" for v in report["least_squares"]["weights"])
        notes.append(f"least squares: w* = ({optimum}), ‖w − w*‖ = {report['least_squares']['distance']:.3g}")
    # the summary line goes to stderr when the JSON goes to stdout
    print(
        f"{training.status}: {training.steps} steps, {training.network.describe()}, L(w) = {training.loss:.6g}, {quality}"
        + "".join(f"; {note}" for note in notes),
        file=sys.stderr if outputs.get("json") == "-" else sys.stdout,
    )
    return EXIT_OK
