"""The option layer every command shares: one-sentence usage errors, numbers and
points as people type them (negative ones included), the function, the optimizer,
γ, the step limit and tolerance, and the output paths."""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Sequence

EXIT_OK = 0

EXIT_USAGE = 2


class UsageError(Exception):
    """Bad input on the command line: one sentence for the person who typed it."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise UsageError(message)


# options whose value may start with '-' (negative numbers: --start -1.5,2)
_NUMERIC_OPTIONS = {"--start", "--lr", "--at", "--window", "--lr-min", "--lr-max", "--tol"}


def join_negative_values(argv: Sequence[str]) -> list[str]:
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


def writable_path(path: str, what: str) -> str:
    if path == "-":
        return path
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError(f"{what}: the folder {folder} does not exist")
    if os.path.isdir(path):
        raise UsageError(f"{what}: {path} is a folder")
    return path


def ranged_number(text: str, what: str, low: float, high: float, whole: bool = False):
    """``text`` as a number from ``low`` to ``high`` (a whole number with ``whole``)."""
    if whole:
        value = parse_positive_int(text, what)
    else:
        value = parse_float(text, what)
    if not (low <= value <= high):
        kind, shown = ("a whole number", f"{low:,} to {high:,}") if whole else ("a number", f"{low:g} to {high:g}")
        raise UsageError(f"{what} must be {kind} from {shown}, not {text}")
    return value


def function_option(text: str | None):
    from gdstudio.core.function.language import FunctionError, parse_function

    if text is None:
        raise UsageError("give the function with --function EXPR, for example --function 'x^2 + x*y + y^2'")
    try:
        return parse_function(text)
    except FunctionError as error:
        raise UsageError(f"--function: {error}") from None


def learning_rate_option(text: str, what: str = "--lr") -> float:
    """γ as typed: a positive finite number."""
    value = parse_float(text, what)
    if value <= 0:
        raise UsageError(f"{what} must be a positive number, not {text}")
    return value


def optimizer_option(name: str | None, what: str = "--optimizer") -> str:
    from gdstudio.core.descent.optimizers import OPTIMIZERS

    name = name or "gd"
    if name not in OPTIMIZERS:
        raise UsageError(f"{what}: unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")
    return name


def limits_options(arguments: argparse.Namespace, default_steps: int | None = None) -> tuple[int, float]:
    """--steps and --tol: the step limit (``default_steps``, or 1000) and the tolerance."""
    from gdstudio.core.descent.engine import DEFAULT_MAX_STEPS, DEFAULT_TOLERANCE, MAX_STEPS_LIMIT

    default_steps = DEFAULT_MAX_STEPS if default_steps is None else default_steps
    max_steps = parse_positive_int(arguments.steps, "--steps") if arguments.steps else default_steps
    if max_steps > MAX_STEPS_LIMIT:
        raise UsageError(f"--steps must be at most {MAX_STEPS_LIMIT:,}, not {max_steps:,}")
    tolerance = parse_float(arguments.tol, "--tol") if arguments.tol else DEFAULT_TOLERANCE
    if tolerance < 0:
        raise UsageError("--tol must be 0 or more")
    return max_steps, tolerance


def output_options(arguments: argparse.Namespace, options: Sequence[str]) -> dict[str, str]:
    outputs = {}
    for option in options:
        value = getattr(arguments, option)
        if value is not None:
            if value == "-" and option != "json":
                raise UsageError(f"--{option} needs a file path ('-' is only for --json)")
            outputs[option] = writable_path(value, f"--{option}")
    return outputs


def write_report(path: str, report: dict) -> None:
    from gdstudio.export.files import json_text, write_json

    if path == "-":
        sys.stdout.write(json_text(report))
    else:
        write_json(path, report)


def add_search_options(parser) -> None:
    """The step-size rule and its constants, and the second-order directions' settings."""
    group = parser.add_argument_group("choosing the step (a direction d times a step size α)")
    group.add_argument(
        "--line-search",
        metavar="RULE",
        help="the step size α: fixed (γ itself, the default), armijo (backtracking from γ), strong-wolfe or exact "
        "(the minimiser along d); for gd, newton, bfgs, lbfgs and cg",
    )
    group.add_argument("--c1", metavar="C1", help="sufficient decrease: f(w + αd) ≤ f(w) + c₁α∇fᵀd (default 1e-4)")
    group.add_argument("--c2", metavar="C2", help="strong Wolfe's curvature: |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd| (default 0.9)")
    group.add_argument("--shrink", metavar="RHO", help="backtracking's α ← ρα (default 0.5)")
    group.add_argument("--history", metavar="M", help="L-BFGS's memory: the pairs (s, y) kept (default 10)")
    group.add_argument("--beta", metavar="pr|fr", help="conjugate gradients' β: pr (Polak–Ribière+, the default) or fr (Fletcher–Reeves)")


def search_options(arguments: argparse.Namespace, optimizers: Sequence[str], per_run: bool = False) -> dict:
    """The RunSettings fields of :func:`add_search_options` (``line_search``, ``c1``, ``c2``,
    ``shrink``) and the directions' ``hyperparameters``, checked, each option named in its error.
    ``per_run``: the runs name their own searches (a race's OPT+SEARCH:LR)."""
    from gdstudio.core.descent.directions import SEARCHABLE
    from gdstudio.core.descent.line_search import DEFAULT_C1, DEFAULT_C2, DEFAULT_SHRINK, LINE_SEARCHES

    rule = getattr(arguments, "line_search", None)
    if rule is not None and rule not in LINE_SEARCHES:
        raise UsageError(f"--line-search: unknown line search {rule!r}; choose one of {', '.join(LINE_SEARCHES)}")
    c1 = parse_float(arguments.c1, "--c1") if getattr(arguments, "c1", None) is not None else DEFAULT_C1
    if not 0 < c1 < 1:
        raise UsageError(f"--c1 must be between 0 and 1 (exclusive), not {arguments.c1}")
    c2 = parse_float(arguments.c2, "--c2") if getattr(arguments, "c2", None) is not None else DEFAULT_C2
    if not 0 < c2 < 1:
        raise UsageError(f"--c2 must be between 0 and 1 (exclusive), not {arguments.c2}")
    # c₂ < c₁ matters to strong Wolfe only (backtracking has no c₂): checked where it is used
    if getattr(arguments, "c2", None) is not None and not c1 < c2:
        raise UsageError(f"--c2 must be between c1 ({c1:g}) and 1 (exclusive), not {arguments.c2}")
    shrink = parse_float(arguments.shrink, "--shrink") if getattr(arguments, "shrink", None) is not None else DEFAULT_SHRINK
    if not 0 < shrink < 1:
        raise UsageError(f"--shrink must be between 0 and 1 (exclusive), not {arguments.shrink}")
    hyperparameters: dict[str, float] = {}
    if getattr(arguments, "history", None) is not None:
        if "lbfgs" not in optimizers:
            raise UsageError("--history is L-BFGS's memory: use it with the lbfgs optimizer")
        memory = parse_positive_int(arguments.history, "--history", allow_zero=False)
        if memory > 1000:
            raise UsageError(f"--history must be at most 1000, not {memory}")
        hyperparameters["history"] = float(memory)
    if getattr(arguments, "beta", None) is not None:
        if arguments.beta not in ("pr", "fr"):
            raise UsageError(f"--beta must be pr (Polak–Ribière+) or fr (Fletcher–Reeves), not {arguments.beta!r}")
        if "cg" not in optimizers:
            raise UsageError("--beta is the conjugate gradients' β: use it with the cg optimizer")
        hyperparameters["fletcher_reeves"] = 1.0 if arguments.beta == "fr" else 0.0
    given = [f"--{key}" for key in ("c1", "c2", "shrink") if getattr(arguments, key, None) is not None]
    if given and rule in (None, "fixed") and not per_run:
        raise UsageError(f"{given[0]} sets a line search's constant: add --line-search armijo or strong-wolfe")
    if rule not in (None, "fixed"):
        for name in optimizers:
            if name not in SEARCHABLE:
                raise UsageError(
                    f"--line-search {rule}: {name} makes its whole step with the fixed γ; a line search pairs with {', '.join(SEARCHABLE)}"
                )
    return {"line_search": rule or "fixed", "c1": c1, "c2": c2, "shrink": shrink, "hyperparameters": hyperparameters}


def hyperparameters_for(optimizer: str, hyperparameters: dict) -> dict:
    """The direction settings of ``hyperparameters`` that ``optimizer`` takes."""
    from gdstudio.core.descent.optimizers import optimizer_info

    known = {h.name for h in optimizer_info(optimizer).hyperparameters}
    return {k: v for k, v in hyperparameters.items() if k in known}


def noise_options(arguments: argparse.Namespace) -> dict:
    """``--gradient-noise σ`` and ``--seed S`` of a typed function's run: the RunSettings fields
    ``gradient_noise`` and ``seed`` (σ = 0 and seed 0 where left out)."""
    sigma = 0.0
    if getattr(arguments, "gradient_noise", None) is not None:
        sigma = parse_float(arguments.gradient_noise, "--gradient-noise")
        if sigma < 0:
            raise UsageError(f"--gradient-noise must be a number ≥ 0, not {arguments.gradient_noise}")
    seed = parse_positive_int(arguments.seed, "--seed") if getattr(arguments, "seed", None) is not None else 0
    return {"gradient_noise": sigma, "seed": seed}
