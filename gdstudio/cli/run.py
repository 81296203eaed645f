"""``gdstudio run``: one descent on f(x, y) without a window, written as JSON, CSV,
PNG or SVG; with ``--task`` it trains a small network instead (:mod:`.task`)."""

from __future__ import annotations

import argparse
import os
import sys

from gdstudio.cli.options import (
    EXIT_OK,
    UsageError,
    add_search_options,
    learning_rate_option,
    limits_options,
    noise_options,
    optimizer_option,
    output_options,
    parse_numbers,
    search_options,
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
    run.add_argument(
        "--gradient-noise",
        metavar="SIGMA",
        help="stochastic gradients on f: each update uses ∇f(w) + σξ, ξ drawn from numpy.random.default_rng(--seed) "
        "with standard_normal(2), once per update in step order (default 0: the plain run)",
    )
    run.add_argument("--tol", metavar="T", help="stop when ‖∇f‖ < T (default 1e-6)")
    run.add_argument("--window", metavar="X0,X1,Y0,Y1", help="the view window of the rendered contour")
    run.add_argument("--json", metavar="PATH", help="write the run as JSON ('-' for standard output)")
    run.add_argument("--csv", metavar="PATH", help="write the trajectory as CSV: step,x,y,loss,grad_x,grad_y")
    run.add_argument("--png", metavar="PATH", help="render the contour with the path and the loss curve as PNG")
    run.add_argument("--svg", metavar="PATH", help="the same figure as SVG")
    add_search_options(run)
    add_task_options(run)
    run.set_defaults(handler=run_command)


def run_command(arguments: argparse.Namespace) -> int:
    if getattr(arguments, "task", None) is not None:
        return run_task_command(arguments)
    import numpy as np

    from gdstudio.core.descent.engine import Descent, RunResult, RunSettings, Trajectory
    from gdstudio.core.descent.playback import run_rows
    from gdstudio.core.descent.report import ArrayRows, report_final, report_head, stop_reason
    from gdstudio.core.function.language import FunctionError, parse_function
    from gdstudio.core.function.presets import DEFAULT_PRESET, PRESETS
    from gdstudio.export.files import ExportError, json_stream, run_json, write_run_csv, write_run_json

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
    search = search_options(arguments, [optimizer])
    search.update(noise_options(arguments))
    outputs = output_options(arguments, ("json", "csv", "png", "svg"))
    try:
        settings = RunSettings(
            start=start,
            learning_rate=learning_rate,
            optimizer=optimizer,
            hyperparameters=search.pop("hyperparameters"),
            max_steps=max_steps,
            tolerance=tolerance,
            **search,
        )
    except ValueError as error:
        raise UsageError(str(error)) from None

    # The run goes a chunk of rows at a time to a temporary file (the JSON report
    # starts with the final status), and is held whole only for a figure: a
    # million-step run's outputs are written without a million-row list anywhere.
    descent = Descent(function, [settings], record=False)
    figure = "png" in outputs or "svg" in outputs
    whole = Trajectory(2) if figure else None
    searches = [] if settings.searched else None  # a searched run's steps: its direction, trials and α
    try:
        spool = _spool(outputs) if "json" in outputs or "csv" in outputs else None
        try:
            for chunk in run_rows(descent, searches=searches):
                if spool is not None:
                    spool.extend(chunk.points, chunk.loss, chunk.gradient)
                if whole is not None:
                    whole.extend(chunk.points, chunk.loss, chunk.gradient)
            status, steps = descent.status(0), int(descent.steps[0])
            last = (descent.points[0], float(descent.loss[0]), descent.gradient[0])  # w, f(w), ∇f(w) where it ended
            if "csv" in outputs:
                write_run_csv(outputs["csv"], spool)
            if figure:
                from gdstudio.ui.function.figure import RunFigure

                result = RunResult(settings, status, steps, whole.points, whole.loss, whole.gradient)
                rendered = RunFigure(function, result, window)
                if "png" in outputs:
                    rendered.save_png(outputs["png"])
                if "svg" in outputs:
                    rendered.save_svg(outputs["svg"])
                rendered.close()
            if "json" in outputs:
                head = report_head(function, settings, status, steps, *last, descent.evaluations[0], searches, descent.stop_notes[0])
                final = report_final(*last)
                rows = spool if spool is not None else ArrayRows(whole.points, whole.loss, whole.gradient)
                if outputs["json"] == "-":
                    json_stream(sys.stdout, run_json(head, rows, final))
                else:
                    write_run_json(outputs["json"], head, rows, final)
        finally:
            if spool is not None:
                spool.close()
    except ExportError as error:
        raise UsageError(str(error)) from None
    # the one-line summary goes to stderr when stdout carries the JSON; a run that
    # diverged or left f's domain says why
    point = ", ".join(f"{v:.6g}" for v in last[0])
    with np.errstate(over="ignore"):
        gradient_norm = float(np.linalg.norm(last[2]))
    f_count, gradient_count, hessian_count = (int(v) for v in descent.evaluations[0])
    summary = f"{status}: {steps} steps, w = ({point}), f(w) = {last[1]:.6g}, ‖∇f‖ = {gradient_norm:.3g}"
    if settings.searched:
        summary += f"; evaluations: f {f_count}, ∇f {gradient_count}, H {hessian_count}"
    if str(status) in ("diverged", "undefined", "line_search_failed", "no_descent"):
        summary += f"; {stop_reason(function, settings, status, steps, *last, descent.stop_notes[0])}"
    print(summary, file=sys.stderr if outputs.get("json") == "-" else sys.stdout)
    return EXIT_OK


def _spool(outputs: dict[str, str]):
    """A spool for the run's rows beside the files it is for (they need the room anyway),
    else (a folder that takes no files, whose own sentence comes when a file is written;
    the JSON to standard output) in the system's temporary folder."""
    from gdstudio.export.files import ExportError, RowSpool

    for key in ("csv", "json"):
        if outputs.get(key, "-") != "-":
            try:
                return RowSpool(2, os.path.dirname(os.path.abspath(outputs[key])))
            except ExportError:
                break
    return RowSpool(2)
