"""``gdstudio sweep``: many learning rates in lockstep; final loss and steps against γ."""

from __future__ import annotations

import argparse
import sys

from gdstudio.cli.options import (
    EXIT_OK,
    UsageError,
    function_option,
    limits_options,
    optimizer_option,
    output_options,
    parse_float,
    parse_numbers,
    parse_positive_int,
    write_report,
)


def add_sweep_parser(commands) -> None:
    from gdstudio.core.descent.optimizers import OPTIMIZERS

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
    from gdstudio.core.descent.sweep import MAX_SWEEP_COUNT, log_spaced_learning_rates, run_sweep
    from gdstudio.core.function.analysis import curvature_at
    from gdstudio.export.files import ExportError

    function = function_option(arguments.function)
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
    optimizer = optimizer_option(arguments.optimizer)
    max_steps, tolerance = limits_options(arguments)
    outputs = output_options(arguments, ("json", "png"))
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
            from gdstudio.ui.compare.figure import SweepFigure

            where = ", ".join(f"{v:g}" for v in start)
            title = f"f(x, y) = {function.display}  ·  {optimizer} from ({where}), {max_steps} steps"
            figure = SweepFigure(result, curvature, title=title)
            figure.save_png(outputs["png"])
            figure.close()
        if "json" in outputs:
            write_report(outputs["json"], report)
    except ExportError as error:
        raise UsageError(str(error)) from None
    where = ", ".join(f"{v:.4g}" for v in curvature.point)
    if limit is not None:
        predicted = f"the curvature at ({where}) says γ < {limit:.4g} is stable"
    else:
        predicted = f"the curvature at ({where}): {curvature.note}"
    print(f"{result.summary()}; {predicted}", file=sys.stderr if outputs.get("json") == "-" else sys.stdout)
    return EXIT_OK
