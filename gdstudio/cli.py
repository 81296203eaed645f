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
    run.set_defaults(handler=run_command)


def run_command(arguments: argparse.Namespace) -> int:
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
    if not outputs or outputs.get("json") != "-":
        point = ", ".join(f"{v:.6g}" for v in result.final_point)
        print(
            f"{result.status}: {result.steps} steps, w = ({point}), f(w) = {result.final_loss:.6g}, "
            f"‖∇f‖ = {result.final_gradient_norm:.3g}",
            file=sys.stderr if outputs.get("json") == "-" else sys.stdout,
        )
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
