"""The ``gdstudio`` command: the studio with no arguments, headless runs with ``run``.

Argument parsing only: the maths is in ``gdstudio.core``, drawing in ``gdstudio.ui``.
Every bad input exits with status 2 and one line on stderr starting ``error:``.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
from typing import Sequence

from gdstudio import __version__

EXIT_OK = 0
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad input on the command line: one sentence for the person who typed it."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise UsageError(message)


# options whose value may start with '-' (negative numbers: --start -1.5,2)
_NUMERIC_OPTIONS = {"--start", "--lr", "--at", "--window", "--lr-min", "--lr-max", "--tol"}


def _join_negative_values(argv: Sequence[str]) -> list[str]:
    joined: list[str] = []
    index = 0
    argv = list(argv)
    while index < len(argv):
        item = argv[index]
        if item in _NUMERIC_OPTIONS and index + 1 < len(argv) and argv[index + 1].startswith("-") and not argv[index + 1].startswith("--"):
            joined.append(f"{item}={argv[index + 1]}")
            index += 2
            continue
        joined.append(item)
        index += 1
    return joined


def parse_float(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise UsageError(f"{what} must be a number, not {text!r}") from None
    if not math.isfinite(value):
        raise UsageError(f"{what} must be a finite number, not {text!r}")
    return value


def parse_numbers(text: str, count: int, what: str) -> tuple[float, ...]:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != count or not all(parts):
        example = ",".join(["1.5", "-2", "0", "3"][:count])
        raise UsageError(f"{what} takes {count} numbers separated by commas, for example {example}; got {text!r}")
    return tuple(parse_float(p, what) for p in parts)


def parse_positive_int(text: str, what: str, allow_zero: bool = True) -> int:
    try:
        value = int(text)
    except ValueError:
        raise UsageError(f"{what} must be a whole number, not {text!r}") from None
    if value < 0 or (value == 0 and not allow_zero):
        raise UsageError(f"{what} must be {'0 or more' if allow_zero else 'at least 1'}, not {value}")
    return value


def _writable(path: str, what: str) -> str:
    if path == "-":
        return path
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError(f"{what}: the folder {folder} does not exist")
    if os.path.isdir(path):
        raise UsageError(f"{what}: {path} is a folder")
    return path


def build_parser() -> _Parser:
    parser = _Parser(
        prog="gdstudio",
        description="A studio for learning and teaching gradient descent. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"gdstudio {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    add_run_parser(commands)
    add_sweep_parser(commands)
    add_analyze_parser(commands)
    add_race_parser(commands)
    return parser


def add_run_parser(commands) -> None:
    from gdstudio.core.optimizers import OPTIMIZERS
    from gdstudio.core.presets import PRESETS

    run = commands.add_parser(
        "run",
        help="run gradient descent without a window and write the results",
        description="Run gradient descent on f(x, y) without a window: w ← w − γ∇f(w).",
    )
    run.add_argument("--function", "-f", metavar="EXPR", help="f(x, y), for example 'x^2 + x*y + y^2'")
    run.add_argument("--preset", metavar="NAME", help=f"a preset function with its window and defaults: {', '.join(PRESETS)}")
    run.add_argument("--lr", metavar="G", help="the learning rate γ (default 0.1, or the preset's)")
    run.add_argument("--start", metavar="X,Y", help="the start point (default 1,1, or the preset's)")
    run.add_argument("--optimizer", metavar="NAME", help=f"one of {', '.join(OPTIMIZERS)} (default gd)")
    run.add_argument("--steps", metavar="N", help="the step limit (default 1000)")
    run.add_argument("--tol", metavar="T", help="stop when ‖∇f‖ < T (default 1e-6)")
    run.add_argument("--window", metavar="X0,X1,Y0,Y1", help="the view window of the rendered contour")
    run.add_argument("--json", metavar="PATH", help="write the run as JSON ('-' for standard output)")
    run.add_argument("--csv", metavar="PATH", help="write the trajectory as CSV: step,x,y,loss,grad_x,grad_y")
    run.add_argument("--png", metavar="PATH", help="render the contour with the path and the loss curve as PNG")
    run.add_argument("--svg", metavar="PATH", help="the same figure as SVG")
    add_task_options(run)
    run.set_defaults(handler=run_command)


def run_command(arguments: argparse.Namespace) -> int:
    if getattr(arguments, "task", None) is not None:
        return run_task_command(arguments)
    from gdstudio.core.descent import RunSettings, run_descent
    from gdstudio.core.language import FunctionError, parse_function
    from gdstudio.core.optimizers import OPTIMIZERS
    from gdstudio.core.presets import DEFAULT_PRESET, PRESETS
    from gdstudio.core.report import CSV_HEADER, run_report, trajectory_rows
    from gdstudio.export.files import ExportError, json_text, write_csv, write_json

    preset = None
    if arguments.preset is not None:
        preset = PRESETS.get(arguments.preset)
        if preset is None:
            raise UsageError(f"--preset: unknown preset {arguments.preset!r}; choose one of {', '.join(PRESETS)}")
    if arguments.function is None and preset is None:
        raise UsageError("give the function with --function EXPR (or a --preset NAME)")
    text = arguments.function if arguments.function is not None else preset.function
    try:
        function = parse_function(text)
    except FunctionError as error:
        raise UsageError(f"--function: {error}") from None
    base = preset or DEFAULT_PRESET
    window = parse_numbers(arguments.window, 4, "--window") if arguments.window else base.window
    if not (window[0] < window[1] and window[2] < window[3]):
        raise UsageError("--window must be X_MIN,X_MAX,Y_MIN,Y_MAX with X_MIN < X_MAX and Y_MIN < Y_MAX")
    start = parse_numbers(arguments.start, 2, "--start") if arguments.start else (base.start if preset else (1.0, 1.0))
    learning_rate = parse_float(arguments.lr, "--lr") if arguments.lr else (base.learning_rate if preset else 0.1)
    if learning_rate <= 0:
        raise UsageError(f"--lr must be a positive number, not {arguments.lr}")
    optimizer = arguments.optimizer or (base.optimizer if preset else "gd")
    if optimizer not in OPTIMIZERS:
        raise UsageError(f"--optimizer: unknown optimizer {optimizer!r}; choose one of {', '.join(OPTIMIZERS)}")
    max_steps = parse_positive_int(arguments.steps, "--steps") if arguments.steps else (base.max_steps if preset else 1000)
    tolerance = parse_float(arguments.tol, "--tol") if arguments.tol else 1e-6
    if tolerance < 0:
        raise UsageError("--tol must be 0 or more")
    outputs = {}
    for option in ("json", "csv", "png", "svg"):
        value = getattr(arguments, option)
        if value is not None:
            if value == "-" and option != "json":
                raise UsageError(f"--{option} needs a file path ('-' is only for --json)")
            outputs[option] = _writable(value, f"--{option}")
    try:
        settings = RunSettings(start=start, learning_rate=learning_rate, optimizer=optimizer, max_steps=max_steps, tolerance=tolerance)
    except ValueError as error:
        raise UsageError(str(error)) from None

    result = run_descent(function, settings)
    report = run_report(function, result)
    try:
        if "csv" in outputs:
            write_csv(outputs["csv"], CSV_HEADER, trajectory_rows(result))
        if "png" in outputs or "svg" in outputs:
            from gdstudio.ui.figure import RunFigure

            figure = RunFigure(function, result, window)
            if "png" in outputs:
                figure.save_png(outputs["png"])
            if "svg" in outputs:
                figure.save_svg(outputs["svg"])
            figure.close()
        if "json" in outputs:
            if outputs["json"] == "-":
                sys.stdout.write(json_text(report))
            else:
                write_json(outputs["json"], report)
    except ExportError as error:
        raise UsageError(str(error)) from None
    # the one-line summary goes to stderr when stdout carries the JSON
    point = ", ".join(f"{v:.6g}" for v in result.final_point)
    print(
        f"{result.status}: {result.steps} steps, w = ({point}), f(w) = {result.final_loss:.6g}, "
        f"‖∇f‖ = {result.final_gradient_norm:.3g}",
        file=sys.stderr if outputs.get("json") == "-" else sys.stdout,
    )
    return EXIT_OK


# -- MLP tasks: gdstudio run --task NAME -----------------------------------------------------

def add_task_options(run) -> None:
    from gdstudio.core.datasets import (
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
        "--reduction", metavar="sum|mean",
        help="L sums E over the data (default) or takes the mean; with mean and no --lr, a task's γ becomes the "
        "one that takes the same steps (γ × N for gd, momentum and nesterov)",
    )
    group.add_argument("--init", metavar="NAME", help="xavier (default), he or uniform")
    group.add_argument("--seed", metavar="S", help="seed of the initial weights w₀ and of the mini-batch order (default 0)")
    group.add_argument("--batch-size", metavar="B", help="mini-batch SGD with batches of B (default: the full batch)")
    group.add_argument("--l2", metavar="λ", help="L2 penalty (λ/2)‖W‖² (default 0)")
    group.add_argument(
        "--data-seed", metavar="D",
        help=f"seed of the data: the points drawn and the train/test split (default {DEFAULT_DATA_SEED}, as the window's)",
    )
    group.add_argument(
        "--samples", metavar="N", help=f"points generated for a built-in task, {MIN_SAMPLES} to {MAX_SAMPLES} (default {DEFAULT_SAMPLES})"
    )
    group.add_argument("--noise", metavar="S", help=f"noise of a built-in task's points, 0 to {MAX_NOISE:g} (default the task's)")
    group.add_argument(
        "--test-fraction", metavar="F",
        help=f"share of the points held out for testing, 0 to {MAX_TEST_FRACTION:g} (default {DEFAULT_TEST_FRACTION:g})",
    )
    group.add_argument(
        "--target", metavar="class|value",
        help="how a 3-column CSV file's last column is read: class labels or values to fit (default: class labels "
        f"when they are whole numbers with 2 to {MAX_CLASSES} different ones, else values)",
    )


def _ranged_number(text: str, what: str, low: float, high: float, whole: bool = False):
    """``text`` as a number from ``low`` to ``high`` (a whole number with ``whole``)."""
    if whole:
        value = parse_positive_int(text, what)
    else:
        value = parse_float(text, what)
    if not (low <= value <= high):
        kind, shown = ("a whole number", f"{low:,} to {high:,}") if whole else ("a number", f"{low:g} to {high:g}")
        raise UsageError(f"{what} must be {kind} from {shown}, not {text}")
    return value


def run_task_command(arguments: argparse.Namespace) -> int:
    """``gdstudio run --task NAME``: train an MLP and write its JSON report and figure."""
    from dataclasses import replace

    from gdstudio.core.datasets import (
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
    from gdstudio.core.mlp import (
        ACTIVATIONS,
        INIT_SCHEMES,
        REDUCTIONS,
        MLPError,
        Training,
        TrainingSettings,
        examples_per_gradient,
        loss_name,
        parse_hidden,
        reduction_note,
        settings_for_task,
    )
    from gdstudio.export.files import ExportError

    for option in ("function", "preset", "start", "window", "csv"):
        if getattr(arguments, option, None) is not None:
            raise UsageError(f"--{option} is for functions and cannot be used with --task")
    name = arguments.task
    seed = _ranged_number(arguments.seed, "--seed", 0, MAX_SEED, whole=True) if arguments.seed else 0
    data_seed = (
        _ranged_number(arguments.data_seed, "--data-seed", 0, MAX_SEED, whole=True) if arguments.data_seed else DEFAULT_DATA_SEED
    )
    test_fraction = (
        _ranged_number(arguments.test_fraction, "--test-fraction", 0.0, MAX_TEST_FRACTION)
        if arguments.test_fraction else DEFAULT_TEST_FRACTION
    )
    builtin = name in TASKS
    if builtin:
        if arguments.target is not None:
            raise UsageError("--target is for CSV files: a built-in task's targets are its own")
        samples = _ranged_number(arguments.samples, "--samples", MIN_SAMPLES, MAX_SAMPLES, whole=True) if arguments.samples else DEFAULT_SAMPLES
        noise = _ranged_number(arguments.noise, "--noise", 0.0, MAX_NOISE) if arguments.noise else None
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
    if arguments.optimizer is not None:
        changes["optimizer"] = _optimizer_option(arguments.optimizer)
    if arguments.lr is not None:
        changes["learning_rate"] = parse_float(arguments.lr, "--lr")
        if changes["learning_rate"] <= 0:
            raise UsageError(f"--lr must be a positive number, not {arguments.lr}")
    if arguments.steps is not None:
        changes["max_steps"] = _limits_options(arguments)[0]
    if arguments.tol is not None:
        changes["tolerance"] = _limits_options(arguments)[1]
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
    outputs = _output_options(arguments, ("json", "png", "svg"))
    try:
        training = Training(dataset, settings)
    except (MLPError, ValueError) as error:
        raise UsageError(str(error)) from None

    training.run()
    report = training.report()
    try:
        if "png" in outputs or "svg" in outputs:
            from gdstudio.ui.mlp_figure import TrainingFigure

            figure = TrainingFigure(training)
            if "png" in outputs:
                figure.save_png(outputs["png"])
            if "svg" in outputs:
                figure.save_svg(outputs["svg"])
            figure.close()
        if "json" in outputs:
            _write_report(outputs["json"], report)
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
            f"full batch: --batch-size {requested} is not smaller than the {train_size} training points "
            f"(recorded as batch_size null)"
        )
    # the summary line goes to stderr when the JSON goes to stdout
    print(
        f"{training.status}: {training.steps} steps, {training.network.describe()}, L(w) = {training.loss:.6g}, {quality}"
        + "".join(f"; {note}" for note in notes),
        file=sys.stderr if outputs.get("json") == "-" else sys.stdout,
    )
    return EXIT_OK


# -- comparing runs: sweep, analyze, race -------------------------------------------------

def _function_option(text: str | None):
    from gdstudio.core.language import FunctionError, parse_function

    if text is None:
        raise UsageError("give the function with --function EXPR, for example --function 'x^2 + x*y + y^2'")
    try:
        return parse_function(text)
    except FunctionError as error:
        raise UsageError(f"--function: {error}") from None


def _optimizer_option(name: str | None, what: str = "--optimizer") -> str:
    from gdstudio.core.optimizers import OPTIMIZERS

    name = name or "gd"
    if name not in OPTIMIZERS:
        raise UsageError(f"{what}: unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")
    return name


def _limits_options(arguments: argparse.Namespace) -> tuple[int, float]:
    from gdstudio.core.descent import DEFAULT_MAX_STEPS, DEFAULT_TOLERANCE, MAX_STEPS_LIMIT

    max_steps = parse_positive_int(arguments.steps, "--steps") if arguments.steps else DEFAULT_MAX_STEPS
    if max_steps > MAX_STEPS_LIMIT:
        raise UsageError(f"--steps must be at most {MAX_STEPS_LIMIT:,}, not {max_steps:,}")
    tolerance = parse_float(arguments.tol, "--tol") if arguments.tol else DEFAULT_TOLERANCE
    if tolerance < 0:
        raise UsageError("--tol must be 0 or more")
    return max_steps, tolerance


def _output_options(arguments: argparse.Namespace, options: Sequence[str]) -> dict[str, str]:
    outputs = {}
    for option in options:
        value = getattr(arguments, option)
        if value is not None:
            if value == "-" and option != "json":
                raise UsageError(f"--{option} needs a file path ('-' is only for --json)")
            outputs[option] = _writable(value, f"--{option}")
    return outputs


def _write_report(path: str, report: dict) -> None:
    from gdstudio.export.files import json_text, write_json

    if path == "-":
        sys.stdout.write(json_text(report))
    else:
        write_json(path, report)


def add_sweep_parser(commands) -> None:
    from gdstudio.core.optimizers import OPTIMIZERS

    sweep = commands.add_parser(
        "sweep",
        help="run one descent at many learning rates at once and see which converge",
        description="Run the descent from one start point at COUNT learning rates, log-spaced from A to B, "
        "all in lockstep; report how each ended and where the curvature says γ stops being stable.",
    )
    sweep.add_argument("--function", "-f", metavar="EXPR", help="f(x, y), for example 'x^2 + x*y + y^2'")
    sweep.add_argument("--start", metavar="X,Y", help="the start point (default 1,1)")
    sweep.add_argument("--lr-min", metavar="A", help="the smallest learning rate γ")
    sweep.add_argument("--lr-max", metavar="B", help="the largest learning rate γ")
    sweep.add_argument("--count", metavar="N", help="how many learning rates (default 200)")
    sweep.add_argument("--optimizer", metavar="NAME", help=f"one of {', '.join(OPTIMIZERS)} (default gd)")
    sweep.add_argument("--steps", metavar="N", help="the step limit of each run (default 1000)")
    sweep.add_argument("--tol", metavar="T", help="a run converges when ‖∇f‖ < T (default 1e-6)")
    sweep.add_argument("--json", metavar="PATH", help="write lr, status, steps and final_loss per γ as JSON ('-' for standard output)")
    sweep.add_argument("--png", metavar="PATH", help="plot final loss and steps against γ as PNG")
    sweep.set_defaults(handler=sweep_command)


def sweep_command(arguments: argparse.Namespace) -> int:
    from gdstudio.core.analysis import curvature_at
    from gdstudio.core.sweep import MAX_SWEEP_COUNT, log_spaced_learning_rates, run_sweep
    from gdstudio.export.files import ExportError

    function = _function_option(arguments.function)
    start = parse_numbers(arguments.start, 2, "--start") if arguments.start else (1.0, 1.0)
    if arguments.lr_min is None or arguments.lr_max is None:
        raise UsageError("give the range of learning rates with --lr-min A --lr-max B, for example --lr-min 0.01 --lr-max 1")
    lr_min = parse_float(arguments.lr_min, "--lr-min")
    lr_max = parse_float(arguments.lr_max, "--lr-max")
    for value, option in ((lr_min, "--lr-min"), (lr_max, "--lr-max")):
        if value <= 0:
            raise UsageError(f"{option} must be a positive number, not {value:g}")
    if lr_min > lr_max:
        raise UsageError(f"--lr-min ({lr_min:g}) must not be larger than --lr-max ({lr_max:g})")
    count = parse_positive_int(arguments.count, "--count", allow_zero=False) if arguments.count else 200
    if count > MAX_SWEEP_COUNT:
        raise UsageError(f"--count must be at most {MAX_SWEEP_COUNT:,}, not {count:,}")
    optimizer = _optimizer_option(arguments.optimizer)
    max_steps, tolerance = _limits_options(arguments)
    outputs = _output_options(arguments, ("json", "png"))
    try:
        result = run_sweep(function, start, log_spaced_learning_rates(lr_min, lr_max, count), optimizer, None, max_steps, tolerance)
    except ValueError as error:
        raise UsageError(str(error)) from None
    # stability is decided by the curvature where the runs end up (the start if none converged)
    found = result.minimum_found()
    curvature = curvature_at(function, found if found is not None else start)
    limit = curvature.stability_limit(optimizer)
    report = {
        "function": function.text,
        "expression": function.expression_text,
        **result.to_dict(),
        "curvature": curvature.to_dict(),
        "stable_lr_limit": limit,
    }
    try:
        if "png" in outputs:
            from gdstudio.ui.compare_figure import SweepFigure

            where = ", ".join(f"{v:g}" for v in start)
            title = f"f(x, y) = {function.display}  ·  {optimizer} from ({where}), {max_steps} steps"
            figure = SweepFigure(result, curvature, title=title)
            figure.save_png(outputs["png"])
            figure.close()
        if "json" in outputs:
            _write_report(outputs["json"], report)
    except ExportError as error:
        raise UsageError(str(error)) from None
    where = ", ".join(f"{v:.4g}" for v in curvature.point)
    if limit is not None:
        predicted = f"the curvature at ({where}) says γ < {limit:.4g} is stable"
    else:
        predicted = f"the curvature at ({where}): {curvature.note}"
    print(f"{result.summary()}; {predicted}", file=sys.stderr if outputs.get("json") == "-" else sys.stdout)
    return EXIT_OK


def add_analyze_parser(commands) -> None:
    analyze = commands.add_parser(
        "analyze",
        help="the Hessian at a point: eigenvalues, condition number and the stable learning rates",
        description="The exact Hessian of f at a point, its eigenvalues (ascending) and eigenvectors, the condition "
        "number, and for gradient descent the largest stable step 2/λ_max and the best fixed step "
        "2/(λ_min + λ_max) where the Hessian is positive definite.",
    )
    analyze.add_argument("--function", "-f", metavar="EXPR", help="f(x, y), for example 'x^2 + x*y + y^2'")
    analyze.add_argument("--at", metavar="X,Y", help="the point to analyse")
    analyze.add_argument("--json", metavar="PATH", help="write the analysis as JSON ('-' for standard output)")
    analyze.set_defaults(handler=analyze_command)


def analyze_command(arguments: argparse.Namespace) -> int:
    from gdstudio.core.analysis import classify_point, curvature_at
    from gdstudio.core.report import finite_or_none
    from gdstudio.export.files import ExportError

    function = _function_option(arguments.function)
    if arguments.at is None:
        raise UsageError("give the point with --at X,Y, for example --at 1,-0.5")
    point = parse_numbers(arguments.at, 2, "--at")
    outputs = _output_options(arguments, ("json",))
    curvature = curvature_at(function, point)
    stationary = classify_point(function, point)
    report = {
        "function": function.text,
        "expression": function.expression_text,
        "point": [float(v) for v in point],
        "value": finite_or_none(stationary.value),
        "gradient": [finite_or_none(v) for v in stationary.gradient],
        "hessian_expressions": [[str(e) for e in row] for row in function.hessian_expressions],
        **{k: v for k, v in curvature.to_dict().items() if k != "point"},
        "stationary": stationary.kind,
        "message": stationary.message,
    }
    try:
        if "json" in outputs:
            _write_report(outputs["json"], report)
    except ExportError as error:
        raise UsageError(str(error)) from None
    if outputs.get("json") != "-":
        numbers = lambda values: ", ".join("?" if v is None else f"{v:.6g}" for v in values)  # noqa: E731
        hessian = "; ".join(numbers(row) for row in report["hessian"])
        condition = curvature.condition_number
        lines = [
            f"f(x, y) = {function.display} at ({numbers(report['point'])}): f = {numbers([report['value']])}, ∇f = [{numbers(report['gradient'])}]",
            f"Hessian [{hessian}], eigenvalues {numbers(report['eigenvalues'])}, condition number {'undefined' if condition != condition else '∞' if condition == float('inf') else f'{condition:.6g}'}",
            curvature.note,
        ]
        if stationary.kind != "not stationary":
            lines.append(stationary.message)
        print("\n".join(lines))
    return EXIT_OK


def add_race_parser(commands) -> None:
    from gdstudio.core.optimizers import OPTIMIZERS

    race = commands.add_parser(
        "race",
        help="race several optimisers or learning rates on one function",
        description="Run several descents in lockstep, from one start point or each from its own, and draw them on one contour.",
    )
    race.add_argument("--function", "-f", metavar="EXPR", help="f(x, y), for example 'x^2 + x*y + y^2'")
    race.add_argument("--start", metavar="X,Y", help="the start point of every run without its own (default 1,1)")
    race.add_argument(
        "--run", metavar="OPT:LR[:SCHEDULE][@X,Y]", action="append", default=[],
        help=f"one runner: an optimizer ({', '.join(OPTIMIZERS)}) and its γ, e.g. gd:0.1 or adam:0.05; "
        "optionally a schedule, e.g. gd:0.5:step:100:0.5, gd:0.9:1/t:0.5, gd:0.3:cosine:500 (a cosine without a "
        "period spans the step limit), and its own start, e.g. gd:0.1@-1,2 (repeat --run for each runner)",
    )
    race.add_argument("--steps", metavar="N", help="the step limit (default 1000)")
    race.add_argument("--tol", metavar="T", help="a run converges when ‖∇f‖ < T (default 1e-6)")
    race.add_argument("--window", metavar="X0,X1,Y0,Y1", help="the view window of the contour (default: around the paths)")
    race.add_argument("--json", metavar="PATH", help="write every run as JSON ('-' for standard output)")
    race.add_argument("--png", metavar="PATH", help="render the contour with every path and the loss curves as PNG")
    race.add_argument("--gif", metavar="PATH", help="render the race as an animated GIF (needs Pillow)")
    race.add_argument("--mp4", metavar="PATH", help="render the race as an MP4 video (needs the 'video' extra, imageio-ffmpeg)")
    race.add_argument("--frames", metavar="N", help="frames in the GIF or the video (default 40)")
    race.set_defaults(handler=race_command)


def _race_entry(text: str, start, max_steps: int, tolerance: float):
    from gdstudio.core.descent import RunSettings
    from gdstudio.core.race import RaceEntry
    from gdstudio.core.schedules import CONSTANT, parse_schedule

    runner, at, own_start = text.partition("@")
    if at:
        start = parse_numbers(own_start, 2, f"--run {text}: the start after @")
    parts = runner.split(":", 2)
    if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
        raise UsageError(f"--run takes OPTIMIZER:LEARNING_RATE, for example gd:0.1 or adam:0.05; got {text!r}")
    optimizer = _optimizer_option(parts[0].strip(), f"--run {text}")
    learning_rate = parse_float(parts[1].strip(), f"--run {text}: the learning rate")
    if learning_rate <= 0:
        raise UsageError(f"--run {text}: the learning rate must be a positive number")
    try:
        schedule = parse_schedule(parts[2]) if len(parts) == 3 else CONSTANT
        settings = RunSettings(start=start, learning_rate=learning_rate, optimizer=optimizer, max_steps=max_steps, tolerance=tolerance, schedule=schedule)
    except ValueError as error:
        raise UsageError(f"--run {text}: {error}") from None
    return RaceEntry(settings)


def race_command(arguments: argparse.Namespace) -> int:
    from gdstudio.core.landscape import validate_window
    from gdstudio.core.race import MAX_RACE_RUNS, Race, race_window
    from gdstudio.export.animation import missing_for, write_animation
    from gdstudio.export.files import ExportError

    function = _function_option(arguments.function)
    start = parse_numbers(arguments.start, 2, "--start") if arguments.start else (1.0, 1.0)
    if not arguments.run:
        raise UsageError("give at least one runner with --run OPT:LR, for example --run gd:0.1 --run adam:0.05")
    if len(arguments.run) > MAX_RACE_RUNS:
        raise UsageError(f"a race takes at most {MAX_RACE_RUNS} runs, not {len(arguments.run)}")
    max_steps, tolerance = _limits_options(arguments)
    entries = [_race_entry(text, start, max_steps, tolerance) for text in arguments.run]
    window = None
    if arguments.window:
        try:
            window = validate_window(parse_numbers(arguments.window, 4, "--window"))
        except ValueError:
            raise UsageError("--window must be X_MIN,X_MAX,Y_MIN,Y_MAX with X_MIN < X_MAX and Y_MIN < Y_MAX") from None
    frames = parse_positive_int(arguments.frames, "--frames", allow_zero=False) if arguments.frames else 40
    if frames > 500:
        raise UsageError(f"--frames must be at most 500, not {frames}")
    outputs = _output_options(arguments, ("json", "png", "gif", "mp4"))
    animations = [option for option in ("gif", "mp4") if option in outputs]
    for option in animations:
        if not outputs[option].lower().endswith("." + option):
            raise UsageError(f"--{option} writes a .{option} file, not {outputs[option]}")
        problem = missing_for(outputs[option])
        if problem:
            raise UsageError(f"--{option}: {problem}")

    race = Race(function, entries)
    race.run()
    window = window or race_window(race)
    report = {
        "function": function.text,
        "expression": function.expression_text,
        "gradient": list(function.gradient_texts),
        "start": [float(v) for v in start],
        "max_steps": max_steps,
        "tol": tolerance,
        "window": list(window),
        **race.to_dict(),
    }
    try:
        if "png" in outputs or animations:
            from gdstudio.ui.compare_figure import RaceFigure

            if "png" in outputs:
                figure = RaceFigure(function, race, window)
                figure.save_png(outputs["png"])
                figure.close()
            for option in animations:
                figure = RaceFigure(function, race, window, width=600, height=660)
                steps = figure.frame_steps(frames)
                write_animation(outputs[option], figure.frames(steps), total=len(steps))
                figure.close()
        if "json" in outputs:
            _write_report(outputs["json"], report)
    except ExportError as error:
        raise UsageError(str(error)) from None
    stream = sys.stderr if outputs.get("json") == "-" else sys.stdout
    for index, label in enumerate(race.labels):
        final = report["runs"][index]["final"]
        loss = "?" if final["loss"] is None else f"{final['loss']:.6g}"
        print(f"{label}: {race.status_text(index)}, f(w) = {loss}", file=stream)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        arguments = parser.parse_args(_join_negative_values(argv))
        if arguments.command is None:
            return launch_studio()
        return arguments.handler(arguments)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


def has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal")):
        return False
    if sys.platform.startswith("linux") and not platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def launch_studio() -> int:
    if not has_display():
        return demo_render("descent.png")
    from gdstudio.ui.app import run_application

    return run_application()


def demo_render(path: str) -> int:
    """Where there is no display: say so and draw the seed example to a PNG instead."""
    from gdstudio.core.descent import RunSettings, run_descent
    from gdstudio.core.language import parse_function
    from gdstudio.core.presets import DEFAULT_PRESET
    from gdstudio.export.files import ExportError
    from gdstudio.ui.figure import RunFigure

    preset = DEFAULT_PRESET
    function = parse_function(preset.function)
    result = run_descent(function, RunSettings(start=preset.start, learning_rate=preset.learning_rate))
    try:
        figure = RunFigure(function, result, preset.window)
        figure.save_png(path)
        figure.close()
    except ExportError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"No display found: wrote the demo render of f(x, y) = {function.display} to {path} instead of opening the window.")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
