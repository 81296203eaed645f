"""Fixtures shared by the core, CLI and window tests."""

import numpy as np
import pytest


@pytest.fixture
def plane_csv(tmp_path):
    """A CSV file of two features and a real-valued target, t = 0.6 x1 − 0.3 x2 + 0.2
    (rounded to 4 digits), 120 rows with a header: a regression on two inputs."""
    rng = np.random.default_rng(5)
    points = rng.uniform(-1, 1, (120, 2))
    path = tmp_path / "plane.csv"
    path.write_text("x1,x2,t\n" + "".join(f"{a:.4f},{b:.4f},{0.6 * a - 0.3 * b + 0.2:.4f}\n" for a, b in points))
    return path
