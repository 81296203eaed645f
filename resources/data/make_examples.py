"""Write the example data files beside this script, one of each kind the studio reads:

    python resources/data/make_examples.py

* classes.csv: ``x1,x2,label`` rows, three classes of points (a classification);
* plane.csv:   ``x1,x2,t`` rows, t = 0.6 x1 − 0.3 x2 + 0.2 plus noise (a regression on two inputs);
* curve.csv:   ``x,t`` rows, t = sin(2x) plus noise (a fitted curve);
* line.csv:    ``x,t`` rows, t = 1.5 x − 0.5 plus noise (a straight line: two weights, slope and intercept).

The numbers come from a fixed seed, so running the script again writes the same files.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent


def write(name: str, header: str, rows: np.ndarray, formats: tuple[str, ...]) -> None:
    lines = [header] + [",".join(f.format(v) for f, v in zip(formats, row)) for row in rows]
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    rng = np.random.default_rng(2026)
    centres = np.array([[-1.0, -0.6], [1.0, -0.6], [0.0, 1.0]])
    labels = np.repeat(np.arange(3), 60)
    points = centres[labels] + rng.normal(0.0, 0.45, (labels.size, 2))
    write("classes.csv", "x1,x2,label", np.column_stack([points, labels]), ("{:.4f}", "{:.4f}", "{:.0f}"))

    inputs = rng.uniform(-1.0, 1.0, (150, 2))
    targets = 0.6 * inputs[:, 0] - 0.3 * inputs[:, 1] + 0.2 + rng.normal(0.0, 0.05, 150)
    write("plane.csv", "x1,x2,t", np.column_stack([inputs, targets]), ("{:.4f}", "{:.4f}", "{:.4f}"))

    x = np.sort(rng.uniform(-2.0, 2.0, 120))
    write("curve.csv", "x,t", np.column_stack([x, np.sin(2 * x) + rng.normal(0.0, 0.1, x.size)]), ("{:.4f}", "{:.4f}"))

    x = np.sort(rng.uniform(-2.0, 2.0, 60))
    write("line.csv", "x,t", np.column_stack([x, 1.5 * x - 0.5 + rng.normal(0.0, 0.3, x.size)]), ("{:.4f}", "{:.4f}"))
    print("wrote", ", ".join(sorted(p.name for p in HERE.glob("*.csv"))))


if __name__ == "__main__":
    main()
