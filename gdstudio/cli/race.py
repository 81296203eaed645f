"""``gdstudio race``: several runs on one contour in lockstep, drawn as PNG, GIF or MP4."""

from __future__ import annotations

import argparse
import sys

from gdstudio.cli.options import (
    EXIT_OK,
    UsageError,
    function_option,
    hyperparameters_for,
    limits_options,
    noise_options,
    optimizer_option,
    output_options,
    parse_float,
    parse_numbers,
    parse_positive_int,
    search_options,
    write_report,
)


def add_race_parser(commands) -> None:
    from gdstudio.core.descent.optimizers import OPTIMIZERS

    race = commands.add_parser(
        "race",
        help="race several optimisers or learning rates on one function",
        description="Run several descents in lockstep, from one start point or each from its own, and draw them on one contour.",
    )
    race.add_argument("--function", "-f", metavar="EXPR", help="f(x, y), for example 'x^2 + x*y + y^2'")
    race.add_argument("--start", metavar="X,Y", help="the start point of every run without its own (default 1,1)")
    race.add_argument(
        "--run",
        metavar="OPT[+SEARCH]:LR[:SCHEDULE][@X,Y]",
        action="append",
        default=[],
        help=f"one runner: an optimizer ({', '.join(OPTIMIZERS)}), optionally with a line search (+armijo, "
        "+strong-wolfe, +exact), and its γ (a search's first trial α₀), e.g. gd:0.1, adam:0.05, gd+armijo:1, newton:1 or "
        "lbfgs+strong-wolfe:1; "
        "optionally a schedule, e.g. gd:0.5:step:100:0.5, gd:0.9:1/t:0.5, gd:0.3:cosine:500 (a cosine without a "
        "period spans the step limit), and its own start, e.g. gd:0.1@-1,2 (repeat --run for each runner)",
    )
    race.add_argument("--c1", metavar="C1", help="sufficient decrease of the runs' line searches (default 1e-4)")
    race.add_argument("--c2", metavar="C2", help="strong Wolfe's curvature constant (default 0.9)")
    race.add_argument("--shrink", metavar="RHO", help="backtracking's α ← ρα (default 0.5)")
    race.add_argument("--history", metavar="M", help="the memory m of the lbfgs runs (default 10)")
    race.add_argument("--beta", metavar="pr|fr", help="the cg runs' β: pr (Polak–Ribière+, the default) or fr (Fletcher–Reeves)")
    race.add_argument("--gradient-noise", metavar="SIGMA", help="every run's updates use ∇f + σξ (ξ standard normal; default 0)")
    race.add_argument(
        "--seed", metavar="S", help="the seed of the runs' noise: run i draws from numpy.random.default_rng(S + i) (default 0)"
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


def _race_entry(text: str, start, max_steps: int, tolerance: float, search: dict):
    from gdstudio.core.descent.directions import SEARCHABLE
    from gdstudio.core.descent.engine import RunSettings
    from gdstudio.core.descent.line_search import LINE_SEARCHES
    from gdstudio.core.descent.race import RaceEntry
    from gdstudio.core.descent.schedules import CONSTANT, parse_schedule

    runner, at, own_start = text.partition("@")
    if at:
        start = parse_numbers(own_start, 2, f"--run {text}: the start after @")
    parts = runner.split(":", 2)
    if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
        raise UsageError(f"--run takes OPTIMIZER:LEARNING_RATE, for example gd:0.1 or adam:0.05; got {text!r}")
    method, plus, rule = parts[0].strip().partition("+")
    optimizer = optimizer_option(method.strip(), f"--run {text}")
    line_search = rule.strip() if plus else "fixed"
    if line_search not in LINE_SEARCHES:
        raise UsageError(f"--run {text}: unknown line search {line_search!r}; choose one of {', '.join(LINE_SEARCHES)}")
    if line_search != "fixed" and optimizer not in SEARCHABLE:
        raise UsageError(
            f"--run {text}: {optimizer} makes its whole step with the fixed γ; a line search pairs with {', '.join(SEARCHABLE)}"
        )
    learning_rate = parse_float(parts[1].strip(), f"--run {text}: the learning rate")
    if learning_rate <= 0:
        raise UsageError(f"--run {text}: the learning rate must be a positive number")
    try:
        schedule = parse_schedule(parts[2]) if len(parts) == 3 else CONSTANT
        settings = RunSettings(
            start=start,
            learning_rate=learning_rate,
            optimizer=optimizer,
            hyperparameters=hyperparameters_for(optimizer, search["hyperparameters"]),
            max_steps=max_steps,
            tolerance=tolerance,
            schedule=schedule,
            line_search=line_search,
            c1=search["c1"],
            c2=search["c2"],
            shrink=search["shrink"],
        )
    except ValueError as error:
        raise UsageError(f"--run {text}: {error}") from None
    return RaceEntry(settings)


def race_command(arguments: argparse.Namespace) -> int:
    from gdstudio.core.descent.race import MAX_RACE_RUNS, Race, race_window
    from gdstudio.core.function.landscape import validate_window
    from gdstudio.export.animation import missing_for, write_animation
    from gdstudio.export.files import ExportError

    function = function_option(arguments.function)
    start = parse_numbers(arguments.start, 2, "--start") if arguments.start else (1.0, 1.0)
    if not arguments.run:
        raise UsageError("give at least one runner with --run OPT:LR, for example --run gd:0.1 --run adam:0.05")
    if len(arguments.run) > MAX_RACE_RUNS:
        raise UsageError(f"a race takes at most {MAX_RACE_RUNS} runs, not {len(arguments.run)}")
    max_steps, tolerance = limits_options(arguments)
    methods = [text.partition("@")[0].split(":")[0].partition("+")[0].strip() for text in arguments.run]
    search = search_options(arguments, methods, per_run=True)
    noise = noise_options(arguments)
    entries = [_race_entry(text, start, max_steps, tolerance, search) for text in arguments.run]
    if noise["gradient_noise"] > 0:
        from dataclasses import replace

        try:
            entries = [
                replace(entry, settings=replace(entry.settings, gradient_noise=noise["gradient_noise"], seed=noise["seed"] + index))
                for index, entry in enumerate(entries)
            ]
        except ValueError as error:
            raise UsageError(f"--gradient-noise: {error}") from None
    window = None
    if arguments.window:
        try:
            window = validate_window(parse_numbers(arguments.window, 4, "--window"))
        except ValueError:
            raise UsageError("--window must be X_MIN,X_MAX,Y_MIN,Y_MAX with X_MIN < X_MAX and Y_MIN < Y_MAX") from None
    frames = parse_positive_int(arguments.frames, "--frames", allow_zero=False) if arguments.frames else 40
    if frames > 500:
        raise UsageError(f"--frames must be at most 500, not {frames}")
    outputs = output_options(arguments, ("json", "png", "gif", "mp4"))
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
            from gdstudio.ui.common.race_figure import RaceFigure

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
            write_report(outputs["json"], report)
    except ExportError as error:
        raise UsageError(str(error)) from None
    stream = sys.stderr if outputs.get("json") == "-" else sys.stdout
    for index, label in enumerate(race.labels):
        final = report["runs"][index]["final"]
        loss = "?" if final["loss"] is None else f"{final['loss']:.6g}"
        print(f"{label}: {race.status_text(index)}, f(w) = {loss}", file=stream)
    return EXIT_OK
