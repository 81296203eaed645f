"""The function language fills sympy's numpy namespace for lambdify itself (without
``from numpy import *``, which imports numpy's submodules at start-up): it must hold
what sympy's own import would, and the functions must compute the same numbers."""

import subprocess
import sys

import numpy as np

COMPARE = r"""
import types
import numpy
import sympy
from gdstudio.core.function.language import _fill_numpy_namespace

_fill_numpy_namespace()
from sympy.utilities.lambdify import NUMPY, _import

ours = dict(NUMPY)
loaded = sorted(name for name in ("numpy.testing", "numpy.f2py", "numpy.ma", "numpy.polynomial") if name in __import__("sys").modules)
NUMPY.clear()
NUMPY.update({"I": 1j})
_import("numpy")  # sympy's own: from numpy import *; from numpy.linalg import *
theirs = {name: value for name, value in NUMPY.items() if not isinstance(value, types.ModuleType)}
ours = {name: value for name, value in ours.items() if not isinstance(value, types.ModuleType)}
print(sorted(set(ours) ^ set(theirs)))
print(sorted(name for name in ours if name != "I" and ours[name] is not theirs[name]))
print(loaded)
"""


def test_the_namespace_holds_what_sympys_own_import_would_and_skips_numpys_submodules():
    result = subprocess.run([sys.executable, "-c", COMPARE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    missing_or_extra, different, loaded = result.stdout.strip().splitlines()
    assert missing_or_extra == "[]"
    assert different == "[]"
    assert loaded == "[]"  # numpy's test, f2py, masked-array and polynomial modules stay unimported


def test_every_function_of_the_language_computes_numpys_numbers():
    from gdstudio.core.function.language import parse_function

    x = np.linspace(0.1, 0.9, 7)
    y = np.linspace(-0.8, 0.7, 7)
    cases = {
        "sin(x) + cos(y) + tan(x*y)": np.sin(x) + np.cos(y) + np.tan(x * y),
        "asin(x) + acos(x) + atan(y)": np.arcsin(x) + np.arccos(x) + np.arctan(y),
        "sinh(x) + cosh(y) + tanh(x - y)": np.sinh(x) + np.cosh(y) + np.tanh(x - y),
        "exp(x) + log(x) + sqrt(x) + abs(y)": np.exp(x) + np.log(x) + np.sqrt(x) + np.abs(y),
    }
    for text, expected in cases.items():
        function = parse_function(text)
        np.testing.assert_allclose(function.value(x, y), expected, rtol=1e-14, err_msg=text)
