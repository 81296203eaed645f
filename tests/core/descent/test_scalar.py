"""A typed function at one point in Python floats gives numpy's numbers, bit for bit."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdstudio.core import PRESETS, FunctionError, parse_function
from gdstudio.core.descent.scalar import ScalarFunction, scalar_form

# every way a power, a quotient or a function can be printed, and the presets
TEXTS = [p.function for p in PRESETS.values()] + [
    "x^2 + 10y^2 - 1/(x^2 + y^2)",
    "x^3 - 3x*y^2",
    "1/x + y^-2 + x^-1.0",
    "x^(1/3) + 2^x*y + pi^y + e^x",
    "sqrt(x) + y^0.5 + x^-0.5 + (x^2 + 1)^(-1/2)",
    "x^y + abs(x)^1.5 + x^2.5",
    "sin(x)*cos(y) + tan(x*y) + atan(y/x)",
    "asin(x/3) + acos(y/3) + sinh(x)*cosh(y) + tanh(x - y)",
    "exp(-(x^2 + y^2)) * log(1 + x^2) + log(x*y)",
    "abs(x - 0.3) + abs(y)^2 + sqrt(x^2 + y^2)",
    "(x + y)^2/(1 + (x - y)^2)",
]


def _points() -> np.ndarray:
    rng = np.random.default_rng(11)
    special = [
        [0.0, 0.0],
        [-0.0, 1.0],
        [1.0, -0.0],
        [1e-300, 1e-300],
        [1e200, -1e200],
        [1e308, 1.0],
        [np.inf, 1.0],
        [1.0, -np.inf],
        [np.nan, 0.5],
    ]
    return np.concatenate([rng.uniform(-3, 3, (400, 2)), rng.normal(0, 1e-4, (50, 2)), 10.0 ** rng.uniform(-8, 8, (50, 2)), special])


def _same_as_numpy(function, points) -> None:
    loss, gradient = function.loss_and_gradient(points)
    scalar = scalar_form(function)
    with np.errstate(all="ignore"):
        values = np.array([scalar(float(x), float(y)) for x, y in points])
    np.testing.assert_array_equal(values[:, 0], loss)
    np.testing.assert_array_equal(values[:, 1:], gradient)


@pytest.mark.parametrize("text", TEXTS)
def test_each_form_gives_the_arrays_numbers_bit_for_bit(text):
    # assert_array_equal: equal as float64 values, NaN where numpy has NaN
    _same_as_numpy(parse_function(text), _points())


_atoms = st.sampled_from(["x", "y", "2", "0.5", "3", "pi", "e", "1e-3", "10"])
_unary = st.sampled_from(["sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "atan", "sinh", "asin", "acos", "cosh", "-"])
_binary = st.sampled_from(["+", "-", "*", "/", "^"])


def _expressions(depth=3):
    return st.recursive(
        _atoms,
        lambda inner: st.one_of(
            st.tuples(inner, _binary, inner).map(lambda t: f"({t[0]}{t[1]}{t[2]})"),
            st.tuples(_unary, inner).map(lambda t: f"-({t[1]})" if t[0] == "-" else f"{t[0]}({t[1]})"),
        ),
        max_leaves=8,
    )


@settings(max_examples=150, deadline=None)
@given(_expressions(), st.lists(st.tuples(st.floats(-4, 4), st.floats(-4, 4)), min_size=1, max_size=5))
def test_random_functions_give_the_arrays_numbers_bit_for_bit(text, points):
    try:
        function = parse_function(text)
    except FunctionError:
        return  # constant, or not a real function: never run
    _same_as_numpy(function, np.array(points, dtype=float))


def test_one_compiled_form_per_function_and_none_for_other_objectives():
    function = parse_function("x^2 + y^2")
    assert scalar_form(function) is scalar_form(function)
    assert isinstance(scalar_form(function), ScalarFunction)
    assert scalar_form(object()) is None
