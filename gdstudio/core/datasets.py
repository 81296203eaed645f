"""Data sets for the MLP tasks: seeded generators and CSV import.

Every generator is deterministic given its seed, returns points in roughly
[-1.5, 1.5]² (so no feature scaling is needed), and is split into training and
test sets by a seeded shuffle.  Classification labels are whole numbers
0 … K − 1; regression targets are real numbers.

CSV files are untrusted: they are read with the :mod:`csv` module, every cell is
converted with ``float`` and checked, and any problem raises :class:`DataError`
(a ``ValueError``) with one sentence naming the row and column.
"""
from __future__ import annotations

import csv
import io
import math
import os
from dataclasses import dataclass, field

import numpy as np

CLASSIFICATION = "classification"
REGRESSION = "regression"

DEFAULT_SAMPLES = 500
DEFAULT_TEST_FRACTION = 0.3
MAX_SAMPLES = 100_000
MAX_CLASSES = 10
MIN_CSV_ROWS = 10
MAX_CSV_BYTES = 10 * 1024 * 1024  # 10 MB: far more than a 2-D teaching data set needs
MAX_CSV_ROWS = MAX_SAMPLES


class DataError(ValueError):
    """A data set could not be made or read; ``str(error)`` is one sentence for a person."""


@dataclass(frozen=True, eq=False)
class Dataset:
    """A task's data, already split: inputs of shape (n, features), targets of shape (n,).

    For classification the targets are class indices 0 … classes − 1 (integers);
    for regression they are real numbers and ``classes`` is 0."""

    name: str
    kind: str
    train_inputs: np.ndarray
    train_targets: np.ndarray
    test_inputs: np.ndarray
    test_targets: np.ndarray
    classes: int = 0
    feature_names: tuple[str, ...] = ("x₁", "x₂")
    target_name: str = "label"
    class_values: tuple[float, ...] = field(default_factory=tuple)  # the labels as written in a CSV file

    @property
    def is_classification(self) -> bool:
        return self.kind == CLASSIFICATION

    @property
    def features(self) -> int:
        return self.train_inputs.shape[1]

    @property
    def outputs(self) -> int:
        """Output units the network needs: 1 for two classes or regression, K for K > 2 classes."""
        return self.classes if self.classes > 2 else 1

    @property
    def inputs(self) -> np.ndarray:
        return np.concatenate([self.train_inputs, self.test_inputs])

    @property
    def targets(self) -> np.ndarray:
        return np.concatenate([self.train_targets, self.test_targets])

    def bounds(self, margin: float = 0.15) -> tuple[float, ...]:
        """x_min, x_max, y_min, y_max around every point (inputs only for 1-D regression:
        x_min, x_max, t_min, t_max), widened by ``margin`` of the span: the plotting window."""
        data = self.inputs if self.features == 2 else np.column_stack([self.inputs[:, 0], self.targets])
        low = data.min(axis=0)
        high = data.max(axis=0)
        span = np.maximum(high - low, 1e-9)
        low = low - margin * span
        high = high + margin * span
        return float(low[0]), float(high[0]), float(low[1]), float(high[1])


# -- generators ---------------------------------------------------------------------


def _xor(rng, n, noise):
    # uniform points in the four quadrants, a small gap along the axes; the label is
    # 1 where exactly one coordinate is negative (x·y < 0)
    signs = rng.choice([-1.0, 1.0], size=(n, 2))
    points = signs * rng.uniform(0.05, 1.0, size=(n, 2))
    labels = (signs[:, 0] * signs[:, 1] < 0).astype(np.int64)
    return points + noise * rng.standard_normal((n, 2)), labels


def _circles(rng, n, noise):
    # an inner circle (radius 0.5, label 1) inside an outer one (radius 1, label 0)
    labels = np.arange(n) % 2
    angle = rng.uniform(0.0, 2 * np.pi, n)
    radius = np.where(labels == 1, 0.5, 1.0)
    points = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    return points + noise * rng.standard_normal((n, 2)), labels


def _moons(rng, n, noise):
    # two interleaving half circles (as scikit-learn's make_moons), centred on 0
    labels = np.arange(n) % 2
    angle = rng.uniform(0.0, np.pi, n)
    upper = np.column_stack([np.cos(angle), np.sin(angle)])
    lower = np.column_stack([1.0 - np.cos(angle), 0.5 - np.sin(angle)])
    points = np.where(labels[:, None] == 0, upper, lower) - np.array([0.5, 0.25])
    return points + noise * rng.standard_normal((n, 2)), labels


def _spirals(rng, n, noise):
    # two interleaved arms of an Archimedean spiral, two turns each
    labels = np.arange(n) % 2
    t = np.sqrt(rng.uniform(0.0, 1.0, n))  # even density along the arm
    angle = 4.0 * np.pi * t + np.pi * labels
    radius = 1.3 * t + 0.05
    points = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    return points + noise * rng.standard_normal((n, 2)), labels


def _blobs(rng, n, noise):
    # three round Gaussian clusters on a circle of radius 1; noise is their spread
    labels = np.arange(n) % 3
    angle = 2 * np.pi * labels / 3 + np.pi / 2
    centres = np.column_stack([np.cos(angle), np.sin(angle)])
    return centres + noise * rng.standard_normal((n, 2)), labels


def _sine(rng, n, noise):
    # t = sin(x) + noise on x ∈ [−π, π], scaled to [−1.5, 1.5]
    x = rng.uniform(-1.5, 1.5, n)
    target = np.sin(x * np.pi / 1.5) + noise * rng.standard_normal(n)
    return x[:, None], target


@dataclass(frozen=True)
class TaskInfo:
    """A built-in task with its defaults: the settings its quality is tested with."""

    name: str
    title: str
    note: str
    kind: str
    classes: int
    noise: float
    hidden: tuple[int, ...] = (8, 8)
    activation: str = "tanh"
    optimizer: str = "gd"
    learning_rate: float = 0.01
    steps: int = 2000
    generator: object = None


TASKS: dict[str, TaskInfo] = {
    task.name: task
    for task in (
        TaskInfo("xor", "XOR", "Four quadrants, opposite corners alike: no straight line separates them.",
                 CLASSIFICATION, 2, 0.05, learning_rate=0.01, steps=1500, generator=_xor),
        TaskInfo("circles", "Circles", "One ring inside another: the boundary must close on itself.",
                 CLASSIFICATION, 2, 0.08, learning_rate=0.01, steps=2000, generator=_circles),
        TaskInfo("moons", "Two moons", "Two interleaving half circles: a curved boundary.",
                 CLASSIFICATION, 2, 0.1, learning_rate=0.01, steps=2000, generator=_moons),
        TaskInfo("spirals", "Two spirals", "Two interleaved spiral arms: hard; needs a wider net and Adam.",
                 CLASSIFICATION, 2, 0.05, hidden=(32, 32), optimizer="adam", learning_rate=0.01, steps=2000,
                 generator=_spirals),
        TaskInfo("blobs", "Gaussian blobs", "Three clusters, three classes: a softmax output.",
                 CLASSIFICATION, 3, 0.35, learning_rate=0.005, steps=500, generator=_blobs),
        TaskInfo("sine", "Noisy sine", "Regression: fit a curve to t = sin(x) + noise.",
                 REGRESSION, 0, 0.1, hidden=(16, 16), optimizer="adam", learning_rate=0.01, steps=2000,
                 generator=_sine),
    )
}


def split(inputs: np.ndarray, targets: np.ndarray, test_fraction: float, seed: int):
    """Shuffle with ``seed`` and split off ``test_fraction`` of the rows as the test set."""
    if not (0.0 <= test_fraction < 1.0):
        raise DataError(f"the test fraction must be at least 0 and below 1, not {test_fraction:g}")
    n = len(inputs)
    order = np.random.default_rng([seed, 1]).permutation(n)
    test_count = int(round(test_fraction * n))
    if test_fraction > 0 and n >= 2:
        test_count = min(max(test_count, 1), n - 1)
    test, train = order[:test_count], order[test_count:]
    return inputs[train], targets[train], inputs[test], targets[test]


def make_dataset(
    name: str,
    samples: int = DEFAULT_SAMPLES,
    noise: float | None = None,
    test_fraction: float = DEFAULT_TEST_FRACTION,
    seed: int = 0,
) -> Dataset:
    """The built-in task ``name`` with ``samples`` points (before the split), Gaussian
    noise of standard deviation ``noise`` (the task's default when None) and
    ``test_fraction`` of the points held out; the same arguments give the same data."""
    task = TASKS.get(name)
    if task is None:
        raise DataError(f"unknown task {name!r}: choose one of {', '.join(TASKS)}")
    if not (isinstance(samples, (int, np.integer)) and 4 <= samples <= MAX_SAMPLES):
        raise DataError(f"the number of samples must be a whole number from 4 to {MAX_SAMPLES:,}, not {samples}")
    noise = task.noise if noise is None else float(noise)
    if not (math.isfinite(noise) and 0.0 <= noise <= 10.0):
        raise DataError(f"the noise must be a number from 0 to 10, not {noise:g}")
    rng = np.random.default_rng([seed, 0])
    inputs, targets = task.generator(rng, int(samples), noise)
    parts = split(np.ascontiguousarray(inputs, dtype=float), targets, test_fraction, seed)
    return Dataset(
        name=name,
        kind=task.kind,
        train_inputs=parts[0],
        train_targets=parts[1],
        test_inputs=parts[2],
        test_targets=parts[3],
        classes=task.classes,
        feature_names=("x",) if task.kind == REGRESSION else ("x₁", "x₂"),
        target_name="t" if task.kind == REGRESSION else "label",
        class_values=tuple(float(c) for c in range(task.classes)),
    )


# -- CSV import ---------------------------------------------------------------------


def _number(cell: str, row: int, column: int) -> float:
    try:
        value = float(cell.strip())
    except ValueError:
        shown = cell.strip()
        shown = shown if len(shown) <= 20 else shown[:20] + "…"
        raise DataError(f"row {row}, column {column}: {shown!r} is not a number") from None
    if not math.isfinite(value):
        raise DataError(f"row {row}, column {column}: {cell.strip()!r} is not a finite number")
    return value


def _is_number(cell: str) -> bool:
    try:
        float(cell.strip())
    except ValueError:
        return False
    return True


def load_csv_text(
    text: str,
    name: str = "data",
    kind: str | None = None,
    test_fraction: float = DEFAULT_TEST_FRACTION,
    seed: int = 0,
) -> Dataset:
    """A data set from CSV text: ``x1,x2,label`` rows (classification, whole-number
    labels, at most ``MAX_CLASSES`` classes) or ``x,t`` rows (regression).

    ``kind`` is ``"classification"`` or ``"regression"``; when None it follows the
    column count (3 columns: classification, 2: regression).  A first row with no
    numbers in it is read as the column names.  Commas, semicolons and tabs all
    work as separators; blank lines are skipped."""
    if len(text) > MAX_CSV_BYTES:
        raise DataError(f"the file is too large: at most {MAX_CSV_BYTES // (1024 * 1024)} MB")
    if "\x00" in text:
        raise DataError("the file is not a text file (it contains NUL bytes)")
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ","
    if "," not in first_line:
        delimiter = ";" if ";" in first_line else ("\t" if "\t" in first_line else ",")
    rows = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        line_before = 0
        for cells in reader:
            if any("\n" in cell or "\r" in cell for cell in cells):
                raise DataError(f"row {line_before + 1}: a quoted cell runs on over several lines (is a closing quote missing?)")
            line_before = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            rows.append((reader.line_num, cells))
            if len(rows) > MAX_CSV_ROWS + 1:
                raise DataError(f"the file has too many rows: at most {MAX_CSV_ROWS:,}")
    except csv.Error as error:
        raise DataError(f"the file is not valid CSV: {error}") from None
    if not rows:
        raise DataError("the file is empty")
    header = None
    line, first = rows[0]
    if not any(_is_number(cell) for cell in first):
        header = tuple(cell.strip() or f"column {i + 1}" for i, cell in enumerate(first))
        rows = rows[1:]
    width = len(header) if header is not None else (len(rows[0][1]) if rows else 0)
    if kind is None:
        if width == 3:
            kind = CLASSIFICATION
        elif width == 2:
            kind = REGRESSION
        else:
            raise DataError(
                f"expected 3 columns (x1, x2, label) for classification or 2 (x, t) for regression, found {width}"
            )
    if kind not in (CLASSIFICATION, REGRESSION):
        raise DataError(f"the kind of task must be {CLASSIFICATION!r} or {REGRESSION!r}, not {kind!r}")
    expected = 3 if kind == CLASSIFICATION else 2
    if width != expected:
        what = "x1, x2, label" if kind == CLASSIFICATION else "x, t"
        raise DataError(f"a {kind} file needs {expected} columns ({what}), found {width}")
    if len(rows) < MIN_CSV_ROWS:
        raise DataError(f"the file has {len(rows)} data rows: at least {MIN_CSV_ROWS} are needed")
    values = np.empty((len(rows), expected))
    for index, (line, cells) in enumerate(rows):
        if len(cells) != expected:
            raise DataError(f"row {line} has {len(cells)} columns, expected {expected}")
        for column, cell in enumerate(cells):
            values[index, column] = _number(cell, line, column + 1)
    inputs = np.ascontiguousarray(values[:, :-1])
    raw_targets = values[:, -1]
    names = header[:-1] if header else (("x₁", "x₂") if kind == CLASSIFICATION else ("x",))
    target_name = header[-1] if header else ("label" if kind == CLASSIFICATION else "t")
    if kind == CLASSIFICATION:
        fractional = np.nonzero(raw_targets != np.round(raw_targets))[0]
        if fractional.size:
            line = rows[fractional[0]][0]
            raise DataError(f"row {line}, column 3: class labels must be whole numbers, not {raw_targets[fractional[0]]:g}")
        class_values, targets = np.unique(raw_targets, return_inverse=True)
        if len(class_values) > MAX_CLASSES:
            raise DataError(f"the label column has {len(class_values)} different classes: at most {MAX_CLASSES} are allowed")
        if len(class_values) < 2:
            raise DataError("the label column has only one class: a classifier needs at least 2")
        targets = targets.astype(np.int64)
        classes = len(class_values)
    else:
        targets = raw_targets.copy()
        class_values = np.array([])
        classes = 0
    parts = split(inputs, targets, test_fraction, seed)
    return Dataset(
        name=name,
        kind=kind,
        train_inputs=parts[0],
        train_targets=parts[1],
        test_inputs=parts[2],
        test_targets=parts[3],
        classes=classes,
        feature_names=tuple(names),
        target_name=target_name,
        class_values=tuple(float(v) for v in class_values),
    )


def load_csv(
    path: str | os.PathLike,
    kind: str | None = None,
    test_fraction: float = DEFAULT_TEST_FRACTION,
    seed: int = 0,
) -> Dataset:
    """A data set from a CSV file (see :func:`load_csv_text`); files over
    ``MAX_CSV_BYTES`` are refused before they are read."""
    try:
        size = os.path.getsize(path)
        if size > MAX_CSV_BYTES:
            raise DataError(f"{os.fspath(path)} is too large ({size / 1e6:.1f} MB): at most {MAX_CSV_BYTES // (1024 * 1024)} MB")
        with open(path, "rb") as handle:
            data = handle.read(MAX_CSV_BYTES + 1)
    except DataError:
        raise
    except OSError as error:
        raise DataError(f"cannot read {os.fspath(path)}: {error.strerror or error}") from None
    if len(data) > MAX_CSV_BYTES:
        raise DataError(f"{os.fspath(path)} is too large: at most {MAX_CSV_BYTES // (1024 * 1024)} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DataError(f"{os.fspath(path)} is not UTF-8 text (byte {error.start + 1})") from None
    name = os.path.splitext(os.path.basename(os.fspath(path)))[0] or "data"
    return load_csv_text(text, name=name, kind=kind, test_fraction=test_fraction, seed=seed)
