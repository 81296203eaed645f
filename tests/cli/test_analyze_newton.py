"""gdstudio analyze: Newton's step at a point, and the modified step where H is not
positive definite (checked against numpy's own solve and eigendecomposition)."""

import json
import subprocess
import sys

import numpy as np


def analyze(*arguments):
    done = subprocess.run([sys.executable, "-m", "gdstudio", "analyze", *arguments], capture_output=True, text=True)
    return done.returncode, done.stdout, done.stderr


def test_newton_s_step_on_rosenbrock_is_minus_h_inverse_g():
    code, out, err = analyze("-f", "(1 - x)^2 + 100*(y - x^2)^2", "--at=-1.2,1", "--json", "-")
    assert code == 0, err
    newton = json.loads(out)["newton"]
    x, y = -1.2, 1.0
    gradient = np.array([-400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x)])
    hessian = np.array([[1200 * x * x - 400 * y + 2, -400 * x], [-400 * x, 200.0]])
    expected = -np.linalg.solve(hessian, gradient)
    np.testing.assert_allclose(newton["step"], expected, rtol=1e-12)
    assert newton["modified"] is False and newton["modified_step"] == newton["step"]
    np.testing.assert_allclose(newton["model_minimum"], np.array([x, y]) + expected, rtol=1e-12)


def test_a_saddle_gets_the_modified_step_and_says_so():
    code, out, err = analyze("-f", "x^2 - y^2 + x*y", "--at", "1,0.5")
    assert code == 0, err
    assert "Newton's step −H⁻¹∇f = [-1, -0.5]" in out
    assert "H is not positive definite (eigenvalues (−2.236, 2.236))" in out
    code, out, err = analyze("-f", "x^2 - y^2 + x*y", "--at", "1,0.5", "--json", "-")
    newton = json.loads(out)["newton"]
    hessian = np.array([[2.0, 1.0], [1.0, -2.0]])
    values, vectors = np.linalg.eigh(hessian)
    expected = -(vectors @ ((vectors.T @ np.array([2.5, 0.0])) / np.abs(values)))
    np.testing.assert_allclose(newton["modified_step"], expected, atol=1e-12)
    assert newton["modified"] is True and np.dot(expected, [2.5, 0.0]) < 0  # downhill


def test_a_bad_floor_exits_2_with_one_line():
    code, out, err = analyze("-f", "x^2 + y^2", "--at", "1,1", "--floor", "-1")
    assert code == 2 and err == "error: --floor must be a positive number, not -1\n"
