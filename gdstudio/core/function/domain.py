"""Where a typed function is not a real number, and why, in one sentence.

A descent that reaches a point where f(x, y) or ∇f is NaN or infinite has either
left f's domain (the square root or logarithm of a negative number, a division by
zero, asin of 2…) or overflowed: its values grew past the largest float,
1.8·10³⁰⁸, which is what γ too large does.  To tell the two apart, f's sympy
expression (and, where f is a number but ∇f is not, the expressions of ∂f/∂x and
∂f/∂y) is evaluated node by node at the point in float64 — the arithmetic of the
compiled function — and the *innermost* operation whose arguments are finite
numbers but whose result is not names the cause:

* u^p with u < 0 and p not a whole number: ``sqrt of a negative number (−1.5)``
  (p = ±½) or ``a negative number to a fractional power ((−2)^0.33333)``;
* u^p with u = 0 and p < 0: ``division by zero`` (p a whole number) or
  ``0 raised to a negative power (0^−0.5)``;
* log(u) with u ≤ 0: ``log of a non-positive number (−0.43)``;
* asin(u), acos(u) with |u| > 1: ``asin of a number outside [−1, 1] (1.2)``;
* an operation on moderate numbers whose result is ±∞ (exp, sinh, cosh, a power,
  a sum, a product): an overflow, ``exp(900) is larger than the largest float``.

Where f is a number but ∇f is not, f's own nodes are looked at first: a power
u^p with 0 < p < 1 at u = 0, or asin/acos at ±1, is finite but has an infinite
slope there (``the derivative of sqrt at 0 is infinite``).

Nothing here evaluates text: only the sympy tree that
:func:`gdstudio.core.function.language.parse_function` built.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

import numpy as np
import sympy

from gdstudio.core.function.language import ParsedFunction, X, Y
from gdstudio.core.plain import number_text, point_text
from gdstudio.core.words import translate

_ELEMENTWISE = {
    sympy.sin: np.sin,
    sympy.cos: np.cos,
    sympy.tan: np.tan,
    sympy.asin: np.arcsin,
    sympy.acos: np.arccos,
    sympy.atan: np.arctan,
    sympy.sinh: np.sinh,
    sympy.cosh: np.cosh,
    sympy.tanh: np.tanh,
    sympy.exp: np.exp,
    sympy.log: np.log,
    sympy.Abs: np.abs,
    sympy.sign: np.sign,
}
_GROWING = {sympy.exp: "exp", sympy.sinh: "sinh", sympy.cosh: "cosh"}


@dataclass(frozen=True)
class DomainError:
    """Why f or ∇f is not a real number at ``point``.

    ``in_gradient``: f is a number there but ∇f is not.  ``overflow``: the value
    exists but is too large for a float (f is defined there: an overflow, not a
    domain error).  ``operation``: the failing operation, e.g. ``sqrt of a negative
    number (−1.5)``."""

    point: tuple[float, ...]
    operation: str
    in_gradient: bool = False
    overflow: bool = False

    @property
    def sentence(self) -> str:
        """'undefined at (x, y) = (1.5, −1): sqrt of a negative number (−1.5)',
        '∇f is undefined at (x, y) = (0, 1): the derivative of sqrt at 0 is infinite',
        'f is too large for a float at (x, y) = (30, 0): exp(900) is larger than …'."""
        where = f"(x, y) = {point_text(self.point)}"
        part = "∇f" if self.in_gradient else "f"
        if self.overflow:
            return translate("FunctionDomain", "{part} is too large for a float at {point}: {operation}").format(
                part=part, point=where, operation=self.operation
            )
        if self.in_gradient:
            return translate("FunctionDomain", "∇f is undefined at {point}: {operation}").format(point=where, operation=self.operation)
        return translate("FunctionDomain", "undefined at {point}: {operation}").format(point=where, operation=self.operation)


class _Walk:
    """The nodes of one expression evaluated at n points, children before parents.

    For each point it keeps the first (innermost) node whose arguments are finite and
    whose value is not (``first_failure``, an index into ``failures``; −1 for none)
    and whether that failure is an overflow; and the first node that is finite with an
    infinite slope there (``first_steep`` into ``steep``)."""

    def __init__(self, x: np.ndarray, y: np.ndarray):
        self.x, self.y = x, y
        self.failures: list[tuple[sympy.Expr, list[np.ndarray]]] = []
        self.steep: list[tuple[sympy.Expr, list[np.ndarray]]] = []
        self.first_failure = np.full(x.shape, -1)
        self.overflow = np.zeros(x.shape, dtype=bool)
        self.first_steep = np.full(x.shape, -1)

    def value(self, node: sympy.Expr) -> np.ndarray:
        if node == X:
            return self.x
        if node == Y:
            return self.y
        if node.is_number:
            return np.full(self.x.shape, float(node))
        if node.func == sympy.DiracDelta:  # as the compiled function: zero off its kink
            return np.zeros(self.x.shape)
        if not (node.is_Add or node.is_Mul or node.is_Pow or node.func in _ELEMENTWISE):
            # nothing the language builds, but its derivatives might: compiled as a whole
            compiled = sympy.lambdify((X, Y), node, modules="numpy")
            return np.broadcast_to(np.asarray(compiled(self.x, self.y), dtype=float), self.x.shape)
        arguments = [self.value(argument) for argument in node.args]
        result = np.asarray(self._apply(node, arguments), dtype=float)
        finite_arguments = reduce(np.logical_and, (np.isfinite(a) for a in arguments))
        fresh = finite_arguments & ~np.isfinite(result) & (self.first_failure < 0)
        if fresh.any():
            self.first_failure[fresh] = len(self.failures)
            self.overflow[fresh] = _overflowed(node, arguments)[fresh]
            self.failures.append((node, arguments))
        steep = finite_arguments & np.isfinite(result) & (self.first_steep < 0) & self._infinite_slope(node, arguments)
        if steep.any():
            self.first_steep[steep] = len(self.steep)
            self.steep.append((node, arguments))
        return result

    @staticmethod
    def _apply(node: sympy.Expr, arguments: list[np.ndarray]) -> np.ndarray:
        if node.is_Add:
            return reduce(np.add, arguments)
        if node.is_Mul:
            return reduce(np.multiply, arguments)
        if node.is_Pow:
            base, exponent = arguments
            if node.exp.is_number and float(node.exp) == 0.5:
                return np.sqrt(base)  # what the compiled function calls for a square root
            if node.exp.is_number and float(node.exp) == -0.5:
                return 1 / np.sqrt(base)
            return np.power(base, exponent)
        return _ELEMENTWISE[node.func](arguments[0])

    @staticmethod
    def _infinite_slope(node: sympy.Expr, arguments: list[np.ndarray]) -> np.ndarray:
        """Where the node is finite but its derivative in its argument is not:
        u^p (0 < p < 1) at u = 0, asin and acos at ±1."""
        if node.is_Pow and node.exp.is_number and 0 < float(node.exp) < 1 and node.base.free_symbols:
            return arguments[0] == 0
        if node.func in (sympy.asin, sympy.acos):
            return np.abs(arguments[0]) == 1
        return np.zeros(arguments[0].shape, dtype=bool)

    @staticmethod
    def at(records, first: np.ndarray, position: int):
        """(node, its argument values) of the point's first record, or None."""
        if first[position] < 0:
            return None
        node, arguments = records[first[position]]
        return node, [float(a[position]) for a in arguments]


def _overflowed(node: sympy.Expr, arguments: list[np.ndarray]) -> np.ndarray:
    """Where a node whose arguments are finite and whose value is not overflowed (its
    value exists but is beyond the largest float) rather than left its domain; the
    same cases as :func:`_failure`."""
    if node.is_Pow:
        base, exponent = arguments
        return ~(((base == 0) & (exponent < 0)) | ((base < 0) & (exponent != np.round(exponent))))
    overflow = node.func in _GROWING or node.is_Add or node.is_Mul
    return np.full(arguments[0].shape, overflow)


def _failure(node: sympy.Expr, values: list[float]) -> str:
    """The operation in words for a node whose arguments ``values`` are finite and
    whose value is not."""
    if node.is_Pow:
        base, exponent = values
        if base == 0 and exponent < 0:
            if float(exponent).is_integer():
                return translate("FunctionDomain", "division by zero")
            return translate("FunctionDomain", "0 raised to a negative power (0^{exponent})").format(exponent=number_text(exponent))
        if base < 0 and not float(exponent).is_integer():
            if node.exp.is_number and abs(exponent) == 0.5:
                return translate("FunctionDomain", "sqrt of a negative number ({value})").format(value=number_text(base))
            return translate("FunctionDomain", "a negative number to a fractional power ({power})").format(
                power=f"({number_text(base)})^{number_text(exponent)}"
            )
        return translate("FunctionDomain", "{value} is larger than the largest float (1.8e308)").format(value=_power_text(base, exponent))
    if node.func == sympy.log:
        return translate("FunctionDomain", "log of a non-positive number ({value})").format(value=number_text(values[0]))
    if node.func in (sympy.asin, sympy.acos):
        return translate("FunctionDomain", "{function} of a number outside [−1, 1] ({value})").format(
            function=node.func.__name__, value=number_text(values[0])
        )
    if node.func in _GROWING:
        return translate("FunctionDomain", "{value} is larger than the largest float (1.8e308)").format(
            value=f"{_GROWING[node.func]}({number_text(values[0])})"
        )
    if node.is_Add:
        return translate("FunctionDomain", "a sum larger than the largest float (1.8e308)")
    if node.is_Mul:
        return translate("FunctionDomain", "a product larger than the largest float (1.8e308)")
    return ""


def _power_text(base: float, exponent: float) -> str:
    shown = number_text(base)
    return f"({shown})^{number_text(exponent)}" if base < 0 or "e" in shown else f"{shown}^{number_text(exponent)}"


def _steep(node: sympy.Expr, values: list[float]) -> str:
    if node.is_Pow:
        if float(node.exp) == 0.5:
            return translate("FunctionDomain", "the derivative of sqrt at 0 is infinite")
        return translate("FunctionDomain", "the derivative of u^{exponent} at u = 0 is infinite").format(
            exponent=number_text(float(node.exp))
        )
    return translate("FunctionDomain", "the derivative of {function} at {value} is infinite").format(
        function=node.func.__name__, value=number_text(values[0])
    )


class _Diagnosis:
    """f's nodes (and, where f is a number but ∇f is not, those of ∂f/∂x and ∂f/∂y)
    walked at the points where the compiled f or ∇f is not finite."""

    def __init__(self, function: ParsedFunction, points: np.ndarray):
        loss, gradient = function.loss_and_gradient(points)
        self.points = points
        loss_bad = ~np.isfinite(loss)
        gradient_bad = ~np.all(np.isfinite(gradient), axis=1) & ~loss_bad
        self.rows = np.nonzero(loss_bad | gradient_bad)[0]
        self.in_gradient = gradient_bad[self.rows]
        with np.errstate(all="ignore"):
            self.walk = walk = _Walk(points[self.rows, 0], points[self.rows, 1])
            walk.value(function.expression)
            self.partials: list[_Walk] = []
            # ∇f's own nodes, where f is a number and none of its nodes has an infinite slope
            if np.any(self.in_gradient & (walk.first_steep < 0)):
                for expression in (function.partial_x, function.partial_y):
                    partial = _Walk(walk.x, walk.y)
                    partial.value(expression)
                    self.partials.append(partial)

    def outside(self) -> np.ndarray:
        """For the walked rows: True where the cause is a domain error (or none was
        found), False where it is an overflow."""
        walk = self.walk
        outside = ~(walk.overflow & (walk.first_failure >= 0))
        if self.partials:
            found = np.zeros(len(self.rows), dtype=bool)
            overflow = np.zeros(len(self.rows), dtype=bool)
            for partial in self.partials:
                fresh = ~found & (partial.first_failure >= 0)
                overflow[fresh] = partial.overflow[fresh]
                found |= fresh
            outside = np.where(self.in_gradient, (walk.first_steep >= 0) | ~overflow, outside)
        else:
            outside = np.where(self.in_gradient, True, outside)
        return outside

    def error(self, position: int) -> DomainError:
        """The :class:`DomainError` of walked row ``position``."""
        point = tuple(float(v) for v in self.points[self.rows[position]])
        walk = self.walk
        if not self.in_gradient[position]:
            found = walk.at(walk.failures, walk.first_failure, position)
            operation = _failure(*found) if found else ""
            overflow = bool(walk.overflow[position]) and found is not None
            return DomainError(point, operation or translate("FunctionDomain", "f is not a real number there"), overflow=overflow)
        found = walk.at(walk.steep, walk.first_steep, position)
        if found:
            return DomainError(point, _steep(*found), in_gradient=True)
        for partial in self.partials:
            found = partial.at(partial.failures, partial.first_failure, position)
            if found:
                return DomainError(
                    point,
                    _failure(*found) or translate("FunctionDomain", "it is not a real number there"),
                    True,
                    bool(partial.overflow[position]),
                )
        return DomainError(point, translate("FunctionDomain", "it is not a real number there"), in_gradient=True)


def domain_errors(function: ParsedFunction, points) -> list[DomainError | None]:
    """For each point (an (n, 2) array, or one (x, y)), why f or ∇f is not a real
    number there (a :class:`DomainError`), or None where both are finite.  f and ∇f
    are the compiled function's values, the numbers a descent sees."""
    points = np.atleast_2d(np.asarray(points, dtype=float))
    diagnosis = _Diagnosis(function, points)
    errors: list[DomainError | None] = [None] * len(points)
    for position, row in enumerate(diagnosis.rows):
        errors[row] = diagnosis.error(position)
    return errors


def domain_error(function: ParsedFunction, point) -> DomainError | None:
    """:func:`domain_errors` at one point (x, y)."""
    return domain_errors(function, [point])[0]


def why_undefined(function: ParsedFunction, point) -> str | None:
    """One sentence on why f or ∇f is not a real number at ``point`` (see
    :attr:`DomainError.sentence`), or None where both are finite."""
    error = domain_error(function, point)
    return None if error is None else error.sentence


def outside_domain(objective, points) -> np.ndarray | None:
    """For a descent's objective and points (n, d): True where f or ∇f is not finite
    because a typed function is undefined there (a domain error, or a cause not
    found), False where f and ∇f are finite or the value overflowed (it exists, but
    beyond the largest float).  None for any other objective (an MLP's loss is
    defined everywhere: only an overflow can make it non-finite)."""
    if not isinstance(objective, ParsedFunction):
        return None
    points = np.atleast_2d(np.asarray(points, dtype=float))
    diagnosis = _Diagnosis(objective, points)
    outside = np.zeros(len(points), dtype=bool)
    outside[diagnosis.rows] = diagnosis.outside()
    return outside
