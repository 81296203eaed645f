"""Data sets for the MLP tasks: seeded generators and CSV import.

Every generator is deterministic given its seed, returns points in roughly
[-1.5, 1.5]² (the line's x runs from 0 to 2), and is split into training and
test sets by a seeded shuffle.  Inputs are never scaled or centred, here or in
training: the network sees the numbers of the task or of the user's file, so the
weights it learns apply to those numbers as they are.  Classification labels are whole numbers
0 … K − 1; regression targets are real numbers.  :class:`DataSettings` holds
everything that makes a data set (the task or file, samples, noise, test
fraction, the data's seed), so that a run's report can say how to make it again.

CSV files are untrusted: they are read with the :mod:`csv` module, every cell is
converted with ``float`` and checked, and any problem raises :class:`DataError`
(a ``ValueError``) with one sentence naming the row and column.
"""

from __future__ import annotations

import csv
import io
import math
import os
from dataclasses import dataclass, field, replace

import numpy as np

from gdstudio.core.words import QT_TRANSLATE_NOOP, Shown, translate

CLASSIFICATION = "classification"
REGRESSION = "regression"

# The data settings' defaults and ranges: the window's fields and the command line's
# flags both take them from here.
DEFAULT_SAMPLES = 500
MIN_SAMPLES = 20
MAX_SAMPLES = 5000
MAX_NOISE = 2.0
DEFAULT_TEST_FRACTION = 0.3
MAX_TEST_FRACTION = 0.9
DEFAULT_DATA_SEED = 0
MAX_SEED = 2**31 - 1
MAX_CLASSES = 10
MIN_CSV_ROWS = 10
MAX_CSV_BYTES = 10 * 1024 * 1024  # 10 MB: far more than a 2-D teaching data set needs
MAX_CSV_ROWS = 100_000
# how the last column of a CSV file is read: class labels or real-valued targets
CLASS_TARGET = "class"
VALUE_TARGET = "value"
TARGETS = {CLASS_TARGET: CLASSIFICATION, VALUE_TARGET: REGRESSION}


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
    source: DataSettings | None = None  # how to make this data set again

    @property
    def is_classification(self) -> bool:
        return self.kind == CLASSIFICATION

    @property
    def target_range(self) -> tuple[float, float]:
        """The smallest and largest target (regression), widened where they are equal."""
        targets = np.asarray(self.targets, dtype=float)
        low, high = float(targets.min()), float(targets.max())
        return (low, high) if high > low else (low - 0.5, high + 0.5)

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


# the line t = a·x + b of the ``line`` task; x from 0 to 2 (not centred), so that the
# slope and the intercept pull against each other and the bowl L(w, b) is long and tilted
LINE_SLOPE = 0.5
LINE_INTERCEPT = -0.5
LINE_X_RANGE = (0.0, 2.0)


def _line(rng, n, noise):
    # t = a·x + b + noise on x ∈ [0, 2]
    x = rng.uniform(*LINE_X_RANGE, n)
    target = LINE_SLOPE * x + LINE_INTERCEPT + noise * rng.standard_normal(n)
    return x[:, None], target


def _sine(rng, n, noise):
    # t = sin(x) + noise on x ∈ [−π, π], scaled to [−1.5, 1.5]
    x = rng.uniform(-1.5, 1.5, n)
    target = np.sin(x * np.pi / 1.5) + noise * rng.standard_normal(n)
    return x[:, None], target


@dataclass(frozen=True)
class TaskInfo:
    """A built-in task with its defaults: the settings its quality is tested with.

    With these defaults — xavier initialisation, the loss Σᵢ E (cross-entropy for
    classification, squared error for regression), full-batch descent, 500 points
    with 30 % held out — the tests train every task with weight seeds and data
    seeds 0 and 3 and assert the stated ``quality``: a test accuracy above it
    (classification) or a test mean squared error below it (regression)."""

    name: str
    title: str = Shown("MLPTasks")  # marked for translation, read in the reader's language
    note: str = Shown("MLPTasks")
    kind: str
    classes: int
    noise: float
    hidden: tuple[int, ...] = (8, 8)
    activation: str = "tanh"
    optimizer: str = "gd"
    learning_rate: float = 0.01
    steps: int = 2000
    generator: object = None
    quality: float = 0.95

    @property
    def quality_text(self) -> str:
        """The stated quality in words: ``test accuracy > 95 %`` or ``test MSE < 0.015``."""
        if self.kind == CLASSIFICATION:
            return f"test accuracy > {100 * self.quality:g} %"
        return f"test MSE < {self.quality:g}"


TASKS: dict[str, TaskInfo] = {
    task.name: task
    for task in (
        TaskInfo(
            "xor",
            "XOR",
            QT_TRANSLATE_NOOP("MLPTasks", "Four quadrants, opposite corners alike: no straight line separates them."),
            CLASSIFICATION,
            2,
            0.05,
            learning_rate=0.01,
            steps=1500,
            generator=_xor,
        ),
        TaskInfo(
            "circles",
            QT_TRANSLATE_NOOP("MLPTasks", "Circles"),
            QT_TRANSLATE_NOOP("MLPTasks", "One ring inside another: the boundary must close on itself."),
            CLASSIFICATION,
            2,
            0.08,
            learning_rate=0.01,
            steps=2000,
            generator=_circles,
        ),
        TaskInfo(
            "moons",
            QT_TRANSLATE_NOOP("MLPTasks", "Two moons"),
            QT_TRANSLATE_NOOP("MLPTasks", "Two interleaving half circles: a curved boundary."),
            CLASSIFICATION,
            2,
            0.1,
            learning_rate=0.01,
            steps=2000,
            generator=_moons,
        ),
        TaskInfo(
            "spirals",
            QT_TRANSLATE_NOOP("MLPTasks", "Two spirals"),
            QT_TRANSLATE_NOOP("MLPTasks", "Two interleaved spiral arms: hard; needs a wider net and Adam."),
            CLASSIFICATION,
            2,
            0.05,
            hidden=(32, 32),
            optimizer="adam",
            learning_rate=0.01,
            steps=2000,
            generator=_spirals,
            quality=0.90,
        ),
        TaskInfo(
            "blobs",
            QT_TRANSLATE_NOOP("MLPTasks", "Gaussian blobs"),
            QT_TRANSLATE_NOOP("MLPTasks", "Three clusters, three classes: a softmax output."),
            CLASSIFICATION,
            3,
            0.35,
            learning_rate=0.005,
            steps=500,
            generator=_blobs,
        ),
        TaskInfo(
            "sine",
            QT_TRANSLATE_NOOP("MLPTasks", "Noisy sine"),
            QT_TRANSLATE_NOOP("MLPTasks", "Regression: fit a curve to t = sin(x) + noise."),
            REGRESSION,
            0,
            0.1,
            hidden=(16, 16),
            optimizer="adam",
            learning_rate=0.01,
            steps=2000,
            generator=_sine,
            quality=0.015,
        ),  # the noise σ = 0.1 alone gives an MSE of σ² = 0.01
        TaskInfo(
            "line",
            QT_TRANSLATE_NOOP("MLPTasks", "Line fit"),
            QT_TRANSLATE_NOOP("MLPTasks", "Regression: fit t = w·x + b to noisy points; two weights, so L(w, b) is the whole landscape."),
            REGRESSION,
            0,
            0.15,
            hidden=(),
            optimizer="gd",
            learning_rate=0.001,
            steps=300,
            generator=_line,
            quality=0.03,
        ),  # the noise σ = 0.15 alone gives an MSE of σ² = 0.0225
    )
}


def split(inputs: np.ndarray, targets: np.ndarray, test_fraction: float, seed: int):
    """Shuffle with ``seed`` and split off ``test_fraction`` of the rows as the test set."""
    if not (math.isfinite(test_fraction) and 0.0 <= test_fraction <= MAX_TEST_FRACTION):
        raise DataError(f"the test fraction must be a number from 0 to {MAX_TEST_FRACTION:g}, not {test_fraction:g}")
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
    if not (isinstance(samples, (int, np.integer)) and MIN_SAMPLES <= samples <= MAX_SAMPLES):
        raise DataError(f"the number of samples must be a whole number from {MIN_SAMPLES} to {MAX_SAMPLES:,}, not {samples}")
    noise = task.noise if noise is None else float(noise)
    if not (math.isfinite(noise) and 0.0 <= noise <= MAX_NOISE):
        raise DataError(f"the noise must be a number from 0 to {MAX_NOISE:g}, not {noise:g}")
    seed = _check_seed(seed)
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
        source=DataSettings(task=name, samples=int(samples), noise=noise, test_fraction=float(test_fraction), seed=seed),
    )


def _check_seed(seed) -> int:
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or not (0 <= seed <= MAX_SEED):
        raise DataError(f"the data seed must be a whole number from 0 to {MAX_SEED:,}, not {seed}")
    return int(seed)


# -- CSV import ---------------------------------------------------------------------


def _number(cell: str, row: int, column: int) -> float:
    try:
        value = float(cell.strip())
    except ValueError:
        shown = cell.strip()
        shown = shown if len(shown) <= 20 else shown[:20] + "…"
        raise DataError(
            translate("MLPDataFile", "row {row}, column {column}: {cell} is not a number").format(row=row, column=column, cell=repr(shown))
        ) from None
    if not math.isfinite(value):
        raise DataError(
            translate("MLPDataFile", "row {row}, column {column}: {cell} is not a finite number").format(
                row=row, column=column, cell=repr(cell.strip())
            )
        )
    return value


def _is_number(cell: str) -> bool:
    try:
        float(cell.strip())
    except ValueError:
        return False
    return True


def _guess_kind(targets: np.ndarray) -> str:
    """Classification when every target is a whole number and there are 2 to
    ``MAX_CLASSES`` different ones (labels such as 0/1 or 1, 2, 3), else regression:
    the guess never refuses a file that the other reading would take."""
    whole = bool(np.all(targets == np.round(targets)))
    return CLASSIFICATION if whole and 2 <= len(np.unique(targets)) <= MAX_CLASSES else REGRESSION


def load_csv_text(
    text: str,
    name: str = "data",
    kind: str | None = None,
    test_fraction: float = DEFAULT_TEST_FRACTION,
    seed: int = 0,
) -> Dataset:
    """A data set from CSV text: ``x1,x2,y`` rows (two features and a label or target)
    or ``x,t`` rows (regression on one feature).

    ``kind`` is ``"classification"`` or ``"regression"``.  When None it is guessed:
    2 columns are a regression of t on x; with 3 columns the third is read as class
    labels when every value in it is a whole number and there are 2 to
    ``MAX_CLASSES`` (10) different ones — 0/1 labels, or 1, 2, 3 — and as real-valued
    targets of a regression on (x1, x2) otherwise (fractions such as 0.37, many
    different whole numbers, or one value only).  Pass ``kind`` to read the column
    the other way.
    A first row with no numbers in it is read as the column names.  Commas,
    semicolons and tabs all work as separators; blank lines are skipped."""
    if len(text) > MAX_CSV_BYTES:
        raise DataError(
            translate("MLPDataFile", "the file is too large: at most {megabytes} MB").format(megabytes=MAX_CSV_BYTES // (1024 * 1024))
        )
    if "\x00" in text:
        raise DataError(translate("MLPDataFile", "the file is not a text file (it contains NUL bytes)"))
    if kind not in (None, CLASSIFICATION, REGRESSION):
        raise DataError(f"the kind of task must be {CLASSIFICATION!r} or {REGRESSION!r}, not {kind!r}")
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
                raise DataError(
                    translate("MLPDataFile", "row {row}: a quoted cell runs on over several lines (is a closing quote missing?)").format(
                        row=line_before + 1
                    )
                )
            line_before = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            rows.append((reader.line_num, cells))
            if len(rows) > MAX_CSV_ROWS + 1:
                raise DataError(translate("MLPDataFile", "the file has too many rows: at most {rows}").format(rows=f"{MAX_CSV_ROWS:,}"))
    except csv.Error as error:
        raise DataError(translate("MLPDataFile", "the file is not valid CSV: {error}").format(error=error)) from None
    if not rows:
        raise DataError(translate("MLPDataFile", "the file is empty"))
    header = None
    line, first = rows[0]
    if not any(_is_number(cell) for cell in first):
        header = tuple(cell.strip() or f"column {i + 1}" for i, cell in enumerate(first))
        rows = rows[1:]
    width = len(header) if header is not None else (len(rows[0][1]) if rows else 0)
    if width not in (2, 3):
        raise DataError(
            translate(
                "MLPDataFile", "expected 3 columns (x1, x2 and a label or target) or 2 (x, t) for a regression, found {width}"
            ).format(width=width)
        )
    if width == 2 and kind == CLASSIFICATION:
        raise DataError(translate("MLPDataFile", "a classification file needs 3 columns (x1, x2, label), found 2"))
    if len(rows) < MIN_CSV_ROWS:
        raise DataError(
            translate("MLPDataFile", "the file has {rows} data rows: at least {minimum} are needed").format(
                rows=len(rows), minimum=MIN_CSV_ROWS
            )
        )
    values = np.empty((len(rows), width))
    for index, (line, cells) in enumerate(rows):
        if len(cells) != width:
            raise DataError(
                translate("MLPDataFile", "row {row} has {columns} columns, expected {width}").format(
                    row=line, columns=len(cells), width=width
                )
            )
        for column, cell in enumerate(cells):
            values[index, column] = _number(cell, line, column + 1)
    inputs = np.ascontiguousarray(values[:, :-1])
    raw_targets = values[:, -1]
    if kind is None:
        kind = REGRESSION if width == 2 else _guess_kind(raw_targets)
    if header:
        names, target_name = header[:-1], header[-1]
    else:
        names = ("x₁", "x₂") if width == 3 else ("x",)
        target_name = "label" if kind == CLASSIFICATION else "t"
    if kind == CLASSIFICATION:
        fractional = np.nonzero(raw_targets != np.round(raw_targets))[0]
        if fractional.size:
            line = rows[fractional[0]][0]
            raise DataError(
                translate("MLPDataFile", "row {row}, column 3: class labels must be whole numbers, not {value}").format(
                    row=line, value=f"{raw_targets[fractional[0]]:g}"
                )
            )
        class_values, targets = np.unique(raw_targets, return_inverse=True)
        if len(class_values) > MAX_CLASSES:
            raise DataError(
                translate("MLPDataFile", "the label column has {classes} different classes: at most {maximum} are allowed").format(
                    classes=len(class_values), maximum=MAX_CLASSES
                )
            )
        if len(class_values) < 2:
            raise DataError(translate("MLPDataFile", "the label column has only one class: a classifier needs at least 2"))
        targets = targets.astype(np.int64)
        classes = len(class_values)
    else:
        targets = raw_targets.copy()
        class_values = np.array([])
        classes = 0
    parts = split(inputs, targets, test_fraction, _check_seed(seed))
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
            raise DataError(
                translate("MLPDataFile", "{path} is too large ({size} MB): at most {megabytes} MB").format(
                    path=os.fspath(path), size=f"{size / 1e6:.1f}", megabytes=MAX_CSV_BYTES // (1024 * 1024)
                )
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_CSV_BYTES + 1)
    except DataError:
        raise
    except OSError as error:
        raise DataError(
            translate("MLPDataFile", "cannot read {path}: {error}").format(path=os.fspath(path), error=error.strerror or error)
        ) from None
    if len(data) > MAX_CSV_BYTES:
        raise DataError(
            translate("MLPDataFile", "{path} is too large: at most {megabytes} MB").format(
                path=os.fspath(path), megabytes=MAX_CSV_BYTES // (1024 * 1024)
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DataError(
            translate("MLPDataFile", "{path} is not UTF-8 text (byte {byte})").format(path=os.fspath(path), byte=error.start + 1)
        ) from None
    name = os.path.splitext(os.path.basename(os.fspath(path)))[0] or "data"
    dataset = load_csv_text(text, name=name, kind=kind, test_fraction=test_fraction, seed=seed)
    target = CLASS_TARGET if dataset.is_classification else VALUE_TARGET
    source = DataSettings(task="", path=os.fspath(path), test_fraction=float(test_fraction), seed=int(seed), target=target)
    return replace(dataset, source=source)


def target_kind(target: str | None) -> str | None:
    """The kind of task a CSV file's last column makes: ``class`` → classification,
    ``value`` → regression, None → guessed from the column (see :func:`load_csv_text`)."""
    if target is None:
        return None
    kind = TARGETS.get(str(target).strip().lower())
    if kind is None:
        raise DataError(f"the target column is read as {CLASS_TARGET} labels or as {VALUE_TARGET}s, not {target!r}")
    return kind


@dataclass(frozen=True)
class DataSettings:
    """Everything that makes a data set, so that it can be made again: a built-in
    ``task`` with ``samples`` points, Gaussian ``noise`` (None: the task's) and the
    ``test_fraction`` held out, or a CSV file at ``path`` whose last column is read
    as ``target`` (``class`` labels, ``value`` targets, or None: guessed).

    ``seed`` is the data's seed: it draws the points and shuffles the train/test
    split.  The initial weights have a seed of their own
    (:attr:`gdstudio.core.mlp.training.TrainingSettings.seed`)."""

    task: str = "xor"
    path: str = ""
    samples: int = DEFAULT_SAMPLES
    noise: float | None = None
    test_fraction: float = DEFAULT_TEST_FRACTION
    seed: int = DEFAULT_DATA_SEED
    target: str | None = None

    @property
    def is_file(self) -> bool:
        return bool(self.path)

    def load(self) -> Dataset:
        """The data set (the same settings give the same data); DataError for bad settings or files."""
        if self.is_file:
            return load_csv(self.path, kind=target_kind(self.target), test_fraction=self.test_fraction, seed=self.seed)
        return make_dataset(self.task, self.samples, self.noise, self.test_fraction, self.seed)

    def as_dict(self, full_path: bool = False) -> dict:
        """The settings as JSON: ``task``, ``samples``, ``noise``, ``test_fraction`` and
        ``seed`` for a built-in task; ``file`` (its name, or its whole path with
        ``full_path``), ``target``, ``test_fraction`` and ``seed`` for a CSV file."""
        common = {"test_fraction": float(self.test_fraction), "seed": int(self.seed)}
        if self.is_file:
            file = self.path if full_path else os.path.basename(self.path)
            return {"file": file, "target": self.target, **common}
        noise = TASKS[self.task].noise if self.noise is None and self.task in TASKS else self.noise
        return {"task": self.task, "samples": int(self.samples), "noise": noise, **common}

    @classmethod
    def from_dict(cls, data) -> DataSettings:
        """Settings from :meth:`as_dict`'s JSON; DataError with one sentence when damaged."""
        try:
            if not isinstance(data, dict):
                raise TypeError(translate("MLPDataFile", "not an object"))
            fraction = float(data["test_fraction"])
            seed = data["seed"]
            if isinstance(seed, bool) or not isinstance(seed, int):
                raise TypeError(translate("MLPDataFile", "the seed is not a whole number"))
            if "file" in data:
                target = data.get("target")
                target_kind(target)
                return cls(
                    task="", path=str(data["file"]), test_fraction=fraction, seed=seed, target=None if target is None else str(target)
                )
            samples = data["samples"]
            if isinstance(samples, bool) or not isinstance(samples, int):
                raise TypeError(translate("MLPDataFile", "the number of samples is not a whole number"))
            noise = data.get("noise")
            return cls(
                task=str(data["task"]), samples=samples, noise=None if noise is None else float(noise), test_fraction=fraction, seed=seed
            )
        except (KeyError, TypeError, ValueError) as error:
            if isinstance(error, DataError):
                raise
            if isinstance(error, KeyError):
                what = translate("MLPDataFile", "{key} is missing").format(key=repr(error.args[0]))
            else:
                what = str(error)
            raise DataError(translate("MLPDataFile", "the data settings are damaged: {problem}").format(problem=what)) from None
