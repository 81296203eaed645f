"""Where a typed function is not a real number, named by the operation that failed;
Python's math module (ValueError for a domain error, OverflowError for an overflow)
is the independent judge of which kind each one is."""

import math

import numpy as np
import pytest

from gdstudio.core.function.domain import domain_error, domain_errors, outside_domain, why_undefined
from gdstudio.core.function.language import parse_function
from gdstudio.core.mlp.datasets import make_dataset
from gdstudio.core.mlp.training import Training


@pytest.mark.parametrize(
    "text, point, sentence, reference, error",
    [
        ("sqrt(-x)", (1.5, -1), "undefined at (x, y) = (1.5, −1): sqrt of a negative number (−1.5)", lambda: math.sqrt(-1.5), ValueError),
        (
            "log(x) + y^2",
            (-0.5, 2),
            "undefined at (x, y) = (−0.5, 2): log of a non-positive number (−0.5)",
            lambda: math.log(-0.5),
            ValueError,
        ),
        ("log(x) + y^2", (0, 2), "undefined at (x, y) = (0, 2): log of a non-positive number (0)", lambda: math.log(0), ValueError),
        ("1/(x - y) + x^2", (2, 2), "undefined at (x, y) = (2, 2): division by zero", lambda: 1 / (2.0 - 2.0), ZeroDivisionError),
        ("(x - 1)^-2 + y", (1, 0), "undefined at (x, y) = (1, 0): division by zero", lambda: (1.0 - 1.0) ** -2, ZeroDivisionError),
        (
            "asin(x) + y",
            (1.25, 0),
            "undefined at (x, y) = (1.25, 0): asin of a number outside [−1, 1] (1.25)",
            lambda: math.asin(1.25),
            ValueError,
        ),
        ("acos(x*y)", (2, 1), "undefined at (x, y) = (2, 1): acos of a number outside [−1, 1] (2)", lambda: math.acos(2.0), ValueError),
        (
            "x^(-0.5) + y",
            (0, 1),
            "undefined at (x, y) = (0, 1): 0 raised to a negative power (0^−0.5)",
            lambda: 0.0**-0.5,
            ZeroDivisionError,
        ),
        (
            "x^(1/3) + y^2",
            (-8, 1),
            "undefined at (x, y) = (−8, 1): a negative number to a fractional power ((−8)^0.33333)",
            lambda: math.pow(-8.0, 1 / 3),
            ValueError,
        ),
        (
            "exp(x^2) + y",
            (30, 0),
            "f is too large for a float at (x, y) = (30, 0): exp(900) is larger than the largest float (1.8e308)",
            lambda: math.exp(900.0),
            OverflowError,
        ),
        (
            "x^100 + y",
            (10000, 0),
            "f is too large for a float at (x, y) = (10000, 0): 10000^100 is larger than the largest float (1.8e308)",
            lambda: math.pow(10000.0, 100),
            OverflowError,
        ),
    ],
)
def test_the_operation_that_failed_is_named_with_the_point(text, point, sentence, reference, error):
    function = parse_function(text)
    assert not np.isfinite(function.value(*point))  # the compiled function agrees that f is not a number there
    assert why_undefined(function, point) == sentence
    with pytest.raises(error):
        reference()
    found = domain_error(function, point)
    assert found.overflow == (error is OverflowError) and not found.in_gradient
    assert found.point == tuple(float(v) for v in point)


@pytest.mark.parametrize(
    "text, point, sentence",
    [
        ("sqrt(x^2 + y^2)", (0, 0), "∇f is undefined at (x, y) = (0, 0): the derivative of sqrt at 0 is infinite"),
        ("sqrt(x) + y", (0, 2), "∇f is undefined at (x, y) = (0, 2): the derivative of sqrt at 0 is infinite"),
        ("asin(x) + y", (1, 0), "∇f is undefined at (x, y) = (1, 0): the derivative of asin at 1 is infinite"),
        ("x^(1/3) + y^2", (0, 1), "∇f is undefined at (x, y) = (0, 1): the derivative of u^0.33333 at u = 0 is infinite"),
        ("x^y", (0, 2), "∇f is undefined at (x, y) = (0, 2): division by zero"),
    ],
)
def test_a_finite_f_with_an_undefined_gradient_is_named_as_such(text, point, sentence):
    function = parse_function(text)
    assert np.isfinite(function.value(*point))
    assert not np.all(np.isfinite(function.gradient(*point)))
    assert why_undefined(function, point) == sentence
    assert domain_error(function, point).in_gradient


def test_an_overflowing_gradient_is_an_overflow():
    # f = e^(26.62²) ≈ 1.1e308 is a float, ∂f/∂x = 2x·f is not
    function = parse_function("exp(x^2) + y")
    assert np.isfinite(function.value(26.62, 0))
    error = domain_error(function, (26.62, 0))
    assert error.overflow and error.in_gradient
    assert error.sentence == "∇f is too large for a float at (x, y) = (26.62, 0): a product larger than the largest float (1.8e308)"


def test_a_batch_of_points_and_where_the_function_is_fine():
    function = parse_function("log(x) + sqrt(y)")
    points = [(1, 1), (-1, 1), (1, -4), (2, 9)]
    errors = domain_errors(function, points)
    assert errors[0] is None and errors[3] is None
    assert errors[1].operation == "log of a non-positive number (−1)"
    assert errors[2].operation == "sqrt of a negative number (−4)"
    assert why_undefined(function, (2, 9)) is None
    np.testing.assert_array_equal(outside_domain(function, points), [False, True, True, False])


def test_outside_domain_tells_overflow_from_a_domain_error_and_knows_only_typed_functions():
    function = parse_function("exp(x) + log(y)")
    np.testing.assert_array_equal(outside_domain(function, [(800, 1), (1, -1), (1, 1)]), [False, True, False])
    # an MLP's loss is defined everywhere: the engine is told nothing, so a loss that is not
    # a number can only be an overflow (diverged)
    training = Training(make_dataset("xor", samples=40))
    assert outside_domain(training.descent.objective, training.descent.points) is None
