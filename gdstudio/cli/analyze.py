"""``gdstudio analyze``: the Hessian at a point, its eigenvalues, the condition number
and the largest stable γ = 2/λ_max."""

from __future__ import annotations

import argparse

from gdstudio.cli.options import EXIT_OK, UsageError, function_option, output_options, parse_float, parse_numbers, write_report


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
    analyze.add_argument(
        "--floor",
        metavar="DELTA",
        help="the modified Newton step's eigenvalue floor δ: eigenvalues below it become max(|λ|, δ) (default 1e-8)",
    )
    analyze.add_argument("--json", metavar="PATH", help="write the analysis as JSON ('-' for standard output)")
    analyze.set_defaults(handler=analyze_command)


def analyze_command(arguments: argparse.Namespace) -> int:
    from gdstudio.core.descent.directions import EIGENVALUE_FLOOR, newton_step
    from gdstudio.core.function.analysis import classify_point, curvature_at
    from gdstudio.core.plain import finite_or_none
    from gdstudio.export.files import ExportError

    function = function_option(arguments.function)
    if arguments.at is None:
        raise UsageError("give the point with --at X,Y, for example --at 1,-0.5")
    point = parse_numbers(arguments.at, 2, "--at")
    floor = parse_float(arguments.floor, "--floor") if arguments.floor is not None else EIGENVALUE_FLOOR
    if not floor > 0:
        raise UsageError(f"--floor must be a positive number, not {arguments.floor}")
    outputs = output_options(arguments, ("json",))
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
    step = newton_step(curvature.hessian, stationary.gradient, floor)
    finite = [finite_or_none(v) for v in step.direction]
    report["newton"] = {
        # −H⁻¹∇f itself (null where H is singular), and the step the modified method takes
        "step": None if step.pure is None else [finite_or_none(v) for v in step.pure],
        "modified": step.modified,
        "eigenvalue_floor": floor,
        "eigenvalues_used": [finite_or_none(v) for v in step.used_eigenvalues],
        "modified_step": finite,
        "model_minimum": [finite_or_none(p + d) if d is not None else None for p, d in zip(point, finite)],
        "note": step.note,
    }
    try:
        if "json" in outputs:
            write_report(outputs["json"], report)
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
        newton = report["newton"]
        pure = "undefined (H is singular)" if newton["step"] is None else f"[{numbers(newton['step'])}]"
        lines.append(f"Newton's step −H⁻¹∇f = {pure}")
        if newton["modified"]:
            lines.append(f"{newton['note']}: the modified step is [{numbers(newton['modified_step'])}]")
        lines.append(f"the model's minimum w + d = ({numbers(newton['model_minimum'])})")
        print("\n".join(lines))
    return EXIT_OK
