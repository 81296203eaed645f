"""``gdstudio run``: one descent on f(x, y) without a window, written as JSON, CSV,
PNG or SVG; with ``--task`` it trains a small network instead (:mod:`.task`)."""

from __future__ import annotations

import argparse
import sys

from gdstudio.cli.options import (
    EXIT_OK,
    UsageError,
    learning_rate_option,
    limits_options,
    optimizer_option,
    output_options,
    parse_numbers,
    write_report,
)
from gdstudio.cli.task import add_task_options, run_task_command


def add_run_parser(commands) -> None:
    from gdstudio.core.descent.optimizers import OPTIMIZERS
    from gdstudio.core.function.presets import PRESETS

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
    from gdstudio.core.descent.engine import RunSettings, run_descent
    from gdstudio.core.descent.report import CSV_HEADER, run_report, trajectory_rows
    from gdstudio.core.function.language import FunctionError, parse_function
    from gdstudio.core.function.presets import DEFAULT_PRESET, PRESETS
    from gdstudio.export.files import ExportError, write_csv

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
    learning_rate = learning_rate_option(arguments.lr) if arguments.lr else (base.learning_rate if preset else 0.1)
    optimizer = optimizer_option(arguments.optimizer or (base.optimizer if preset else "gd"))
    max_steps, tolerance = limits_options(arguments, base.max_steps if preset else None)
    outputs = output_options(arguments, ("json", "csv", "png", "svg"))
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
            from gdstudio.ui.function.figure import RunFigure

            figure = RunFigure(function, result, window)
            if "png" in outputs:
                figure.save_png(outputs["png"])
            if "svg" in outputs:
                figure.save_svg(outputs["svg"])
            figure.close()
        if "json" in outputs:
            write_report(outputs["json"], report)
    except ExportError as error:
        raise UsageError(str(error)) from None
    # the one-line summary goes to stderr when stdout carries the JSON; a run that
    # diverged or left f's domain says why
    point = ", ".join(f"{v:.6g}" for v in result.final_point)
    summary = (
        f"{result.status}: {result.steps} steps, w = ({point}), f(w) = {result.final_loss:.6g}, ‖∇f‖ = {result.final_gradient_norm:.3g}"
    )
    if str(result.status) in ("diverged", "undefined"):
        summary += f"; {report['reason']}"
    print(summary, file=sys.stderr if outputs.get("json") == "-" else sys.stdout)
    return EXIT_OK
