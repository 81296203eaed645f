"""A typed function f(x, y) evaluated at one point in Python floats, equal bit for bit to numpy.

:meth:`ParsedFunction.loss_and_gradient` works on arrays of points; for the one
point of a lone run it spends ~10 µs a step in numpy's per-call overhead (a
Rosenbrock step's arithmetic is a dozen multiplications). :class:`ScalarFunction`
runs the same generated code on Python floats instead, ~0.4 µs, and gives the same
numbers, bit for bit:

* the code is printed by sympy's own numpy printer (the order of every sum and
  product is the one the array code uses), with powers printed the way an array
  computes them: ``b**2`` as b·b (numpy's ``square``: one product, rounded once),
  ``b**0.5`` as ``sqrt``, any
  other power of an expression in x or y as ``numpy.power``;
* +, −, × and ÷ of floats are the same IEEE operations in Python as in numpy, and
  every function (sin, exp, log, …) is still numpy's ufunc, called on a float;
* where Python would raise instead of giving inf or NaN (a division by zero), that
  point is evaluated by the array code itself.
"""

from __future__ import annotations

import weakref

import numpy as np
import sympy
from sympy.printing.numpy import NumPyPrinter

from gdstudio.core.function.language import ParsedFunction, X, Y, _almost_everywhere


class _ScalarPrinter(NumPyPrinter):
    """sympy's numpy printer, with powers of an expression in x or y printed as what
    an array's ``**`` does with that exponent (``ndarray.__pow__`` takes an int 2 to
    ``square`` and a float 0.5 to ``sqrt``, anything else to ``power``); a Python
    float's ``**`` would call C's pow, which may round differently, and raises
    where numpy gives inf or NaN."""

    def _print_Pow(self, expr, rational=False):
        base, exponent = expr.base, expr.exp
        if not (base.free_symbols or exponent.free_symbols) or abs(exponent) == sympy.S.Half:
            return super()._print_Pow(expr, rational=rational)  # constants, and the sqrt forms
        if not base.free_symbols:  # c ** (an array): numpy's power
            return f"{self._module_format('numpy.power')}({self._print(base)}, {self._print(exponent)})"
        if exponent == 2 and exponent.is_Integer:
            if base.is_Symbol:
                return f"({self._print(base)}*{self._print(base)})"
            # the base once, in a name of its own (an assignment expression: no call)
            self._squares = getattr(self, "_squares", 0) + 1
            name = f"_square{self._squares}"
            return f"(({name} := {self._print(base)})*{name})"
        if exponent.is_integer and exponent.is_negative:  # printed as a float, as NumPyPrinter does
            exponent = exponent.evalf()
        return f"{self._module_format('numpy.power')}({self._print(base)}, {self._print(exponent)})"


def _compile(expressions, cse: bool):
    # the settings lambdify gives the numpy printer, so the code differs in powers only
    printer = _ScalarPrinter({"fully_qualified_modules": False, "inline": True, "allow_unknown_functions": True, "user_functions": {}})
    if isinstance(expressions, (list, tuple)):
        expressions = [_almost_everywhere(e) for e in expressions]
    else:
        expressions = _almost_everywhere(expressions)
    return sympy.lambdify((X, Y), expressions, modules="numpy", printer=printer, cse=cse)


class ScalarFunction:
    """f(x, y) and ∇f(x, y) of a :class:`ParsedFunction` at one point, as Python floats,
    equal bit for bit to what ``function.loss_and_gradient`` gives for that point."""

    def __init__(self, function: ParsedFunction):
        self.function = function
        # compiled as ParsedFunction compiles them: f without common subexpressions, ∇f with
        self._value = _compile(function.expression, cse=False)
        self._gradient = _compile([function.partial_x, function.partial_y], cse=True)

    def __call__(self, x: float, y: float) -> tuple[float, float, float]:
        """(f, ∂f/∂x, ∂f/∂y) at (x, y). Call it with numpy's errors ignored
        (``np.errstate(all="ignore")``), as the array code runs."""
        try:
            gx, gy = self._gradient(x, y)
            return float(self._value(x, y)), float(gx), float(gy)
        except ArithmeticError:  # Python raises where numpy gives inf or NaN: let numpy say which
            loss, gradient = self.function.loss_and_gradient(np.array([[x, y]]))
            return float(loss[0]), float(gradient[0, 0]), float(gradient[0, 1])


_compiled: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def scalar_form(objective) -> ScalarFunction | None:
    """The :class:`ScalarFunction` of a typed function (compiled once per function), or
    None for any other objective (an MLP's L(w))."""
    if not isinstance(objective, ParsedFunction):
        return None
    scalar = _compiled.get(objective)
    if scalar is None:
        scalar = _compiled[objective] = ScalarFunction(objective)
    return scalar
