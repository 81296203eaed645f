"""Task data: seeded generators, the train/test split, and CSV import of a person's
own data with one clear sentence for every kind of bad file."""

from __future__ import annotations

import numpy as np
import pytest

from gdstudio.core.mlp import datasets
from gdstudio.core.mlp.datasets import MAX_CLASSES, TASKS, DataError, load_csv, load_csv_text, make_dataset


@pytest.mark.parametrize("name", list(TASKS))
def test_generators_are_deterministic_and_split_as_asked(name):
    a = make_dataset(name, samples=200, seed=4)
    b = make_dataset(name, samples=200, seed=4)
    c = make_dataset(name, samples=200, seed=5)
    for field in ("train_inputs", "train_targets", "test_inputs", "test_targets"):
        assert np.array_equal(getattr(a, field), getattr(b, field))
    assert not np.array_equal(a.train_inputs, c.train_inputs)
    assert len(a.train_inputs) == 140 and len(a.test_inputs) == 60
    task = TASKS[name]
    assert a.kind == task.kind and a.features == (1 if task.kind == "regression" else 2)
    assert np.all(np.isfinite(a.inputs)) and np.abs(a.inputs).max() < 2.5
    if task.kind == "classification":
        assert a.targets.dtype.kind == "i" and set(np.unique(a.targets)) == set(range(task.classes))
        counts = np.bincount(a.targets)
        assert counts.min() >= 0.8 * counts.max()  # balanced classes
    x_min, x_max, y_min, y_max = a.bounds()
    assert x_min < a.inputs[:, 0].min() and x_max > a.inputs[:, 0].max() and y_min < y_max


def test_noise_and_test_fraction_controls():
    clean = make_dataset("circles", samples=400, noise=0.0, test_fraction=0.0)
    radius = np.linalg.norm(clean.train_inputs, axis=1)
    assert len(clean.test_inputs) == 0
    assert np.allclose(np.sort(np.unique(radius.round(12))), [0.5, 1.0])
    assert np.array_equal(radius == 0.5, (clean.train_targets == 1) & (radius == 0.5))
    noisy = make_dataset("circles", samples=400, noise=0.2, test_fraction=0.5)
    assert len(noisy.test_inputs) == 200 and np.std(np.linalg.norm(noisy.inputs, axis=1)) > np.std(radius)
    sine = make_dataset("sine", samples=300, noise=0.0)
    assert np.allclose(sine.targets, np.sin(sine.inputs[:, 0] * np.pi / 1.5))
    xor = make_dataset("xor", noise=0.0)
    assert np.array_equal(xor.targets, (xor.inputs[:, 0] * xor.inputs[:, 1] < 0).astype(int))


def test_bad_generator_settings():
    with pytest.raises(DataError, match="unknown task 'ring'"):
        make_dataset("ring")
    # the ranges are the window's fields' (and the command line's)
    with pytest.raises(DataError, match="samples must be a whole number from 20 to 5,000, not 2"):
        make_dataset("xor", samples=2)
    with pytest.raises(DataError, match="from 20 to 5,000, not 5001"):
        make_dataset("xor", samples=5001)
    with pytest.raises(DataError, match="noise must be a number from 0 to 2, not -1"):
        make_dataset("xor", noise=-1)
    with pytest.raises(DataError, match="noise must be a number from 0 to 2, not 2.5"):
        make_dataset("xor", noise=2.5)
    with pytest.raises(DataError, match="test fraction must be a number from 0 to 0.9, not 0.95"):
        make_dataset("xor", test_fraction=0.95)
    with pytest.raises(DataError, match="data seed must be a whole number from 0 to 2,147,483,647, not -1"):
        make_dataset("xor", seed=-1)
    assert issubclass(DataError, ValueError)


def test_data_settings_make_the_same_data_again_and_say_how_as_json(tmp_path):
    from gdstudio.core.mlp.datasets import DataSettings

    data = make_dataset("moons", samples=120, noise=0.2, test_fraction=0.25, seed=7)
    assert data.source == DataSettings(task="moons", samples=120, noise=0.2, test_fraction=0.25, seed=7)
    assert data.source.as_dict() == {"task": "moons", "samples": 120, "noise": 0.2, "test_fraction": 0.25, "seed": 7}
    again = DataSettings.from_dict(data.source.as_dict()).load()
    assert np.array_equal(again.train_inputs, data.train_inputs) and np.array_equal(again.test_targets, data.test_targets)
    # the default noise is the task's, written out
    assert make_dataset("xor").source.as_dict()["noise"] == TASKS["xor"].noise
    # the data seed draws other points
    assert not np.array_equal(make_dataset("moons", samples=120, seed=8).train_inputs, make_dataset("moons", samples=120).train_inputs)
    path = tmp_path / "mine.csv"
    path.write_text(rows(20))
    loaded = load_csv(path, kind="regression", test_fraction=0.2, seed=3)
    assert loaded.source.as_dict() == {"file": "mine.csv", "target": "value", "test_fraction": 0.2, "seed": 3}
    assert loaded.source.as_dict(full_path=True)["file"] == str(path)
    assert DataSettings.from_dict(loaded.source.as_dict(full_path=True)).load().kind == "regression"
    assert load_csv(path).source.target == "class"  # the guess, recorded
    for damaged, message in (
        ([], "not an object"),
        ({"task": "xor", "samples": 500, "test_fraction": 0.3}, "'seed' is missing"),
        ({"task": "xor", "samples": "many", "test_fraction": 0.3, "seed": 0}, "not a whole number"),
        ({"file": "a.csv", "target": "ranking", "test_fraction": 0.3, "seed": 0}, "class labels or as values"),
    ):
        with pytest.raises(DataError, match=message):
            DataSettings.from_dict(damaged)


def rows(count, classes=2, header="x1,x2,label"):
    lines = [header] if header else []
    lines += [f"{i * 0.1:.3f},{-i * 0.05:.3f},{i % classes}" for i in range(count)]
    return "\n".join(lines) + "\n"


def test_csv_classification_with_header_and_labels_renumbered():
    text = "height,weight,kind\n" + "".join(f"{i},{2 * i},{7 if i % 2 else -3}\n" for i in range(20))
    data = load_csv_text(text, name="people", test_fraction=0.25)
    assert data.kind == "classification" and data.classes == 2 and data.class_values == (-3.0, 7.0)
    assert data.feature_names == ("height", "weight") and data.target_name == "kind"
    assert len(data.train_inputs) == 15 and len(data.test_inputs) == 5
    inputs, targets = data.inputs, data.targets
    assert np.array_equal(targets, (inputs[:, 0] % 2 == 1).astype(int))


def test_csv_regression_without_header_semicolons_and_bom(tmp_path):
    path = tmp_path / "curve.csv"
    path.write_bytes(("\ufeff" + "".join(f"{i / 10};{(i / 10) ** 2}\n" for i in range(12)) + "\n\n").encode("utf-8"))
    data = load_csv(path)
    assert data.kind == "regression" and data.classes == 0 and data.name == "curve"
    assert np.allclose(data.targets, data.inputs[:, 0] ** 2)
    # two columns are always a regression of t on x: they cannot hold class labels
    with pytest.raises(DataError, match="a classification file needs 3 columns"):
        load_csv(path, kind="classification")


def test_a_third_column_of_few_whole_numbers_is_labels_and_anything_else_is_a_target():
    # fractions: a regression on (x1, x2)
    text = "x1,x2,t\n" + "".join(f"{i % 7},{i % 5},{0.1 * (i % 7) + 0.37 * (i % 5):.4f}\n" for i in range(40))
    data = load_csv_text(text, name="plane", test_fraction=0.25)
    assert data.kind == "regression" and data.classes == 0 and data.features == 2 and data.outputs == 1
    assert data.feature_names == ("x1", "x2") and data.target_name == "t" and data.class_values == ()
    assert len(data.train_inputs) == 30 and len(data.test_inputs) == 10
    assert np.allclose(data.targets, 0.1 * data.inputs[:, 0] + 0.37 * data.inputs[:, 1], atol=1e-4)
    assert data.target_range == (pytest.approx(data.targets.min()), pytest.approx(data.targets.max()))
    # whole numbers with at most MAX_CLASSES different values: class labels
    labels = load_csv_text(rows(30, classes=MAX_CLASSES))
    assert labels.kind == "classification" and labels.classes == MAX_CLASSES
    # more different whole numbers than a classifier may have: values (a regression)
    many = load_csv_text(rows(30, classes=MAX_CLASSES + 1))
    assert many.kind == "regression" and sorted(set(many.targets)) == list(range(MAX_CLASSES + 1))
    assert many.feature_names == ("x1", "x2") and many.target_name == "label"
    # one value only is no classifier's labels either: a (constant) regression, which opens
    assert load_csv_text(rows(12, classes=1)).kind == "regression"
    with pytest.raises(DataError, match="the label column has only one class: a classifier needs at least 2"):
        load_csv_text(rows(12, classes=1), kind="classification")
    headless = load_csv_text(rows(30, classes=MAX_CLASSES + 1, header=None))
    assert headless.feature_names == ("x₁", "x₂") and headless.target_name == "t"


def test_the_guess_can_be_overridden_either_way():
    # labels 0/1 read as values: a regression of the 0/1 target
    values = load_csv_text(rows(20), kind="regression")
    assert values.kind == "regression" and values.features == 2
    assert sorted(set(values.targets)) == [0.0, 1.0] and values.targets.dtype == float
    # many whole numbers asked to be classes: refused with the reason
    with pytest.raises(DataError, match=f"{MAX_CLASSES + 1} different classes: at most {MAX_CLASSES}"):
        load_csv_text(rows(30, classes=MAX_CLASSES + 1), kind="classification")
    # fractions asked to be classes: the first row that is not a whole number
    text = "a,b,c\n" + "".join(f"{i},{i},{i % 2 + (0.5 if i == 7 else 0)}\n" for i in range(12))
    with pytest.raises(DataError, match=r"row 9, column 3: class labels must be whole numbers, not 1\.5"):
        load_csv_text(text, kind="classification")
    # one fraction among 0/1 labels makes the guess a regression; asked for classes, the row is named
    typo = rows(12).replace("-0.100,0", "-0.100,0.5", 1)
    assert load_csv_text(typo).kind == "regression"
    with pytest.raises(DataError, match="row 4, column 3: class labels must be whole numbers, not 0.5"):
        load_csv_text(typo, kind="classification")
    with pytest.raises(DataError, match="kind of task"):
        load_csv_text(rows(12), kind="ranking")


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "the file is empty"),
        ("a,b,c\n", "0 data rows: at least 10"),
        (rows(5), "5 data rows: at least 10"),
        (rows(12).replace("0.300,", "abc,", 1), r"row 5, column 1: 'abc' is not a number"),
        (rows(12).replace("0.300,", "nan,", 1), r"row 5, column 1: 'nan' is not a finite number"),
        (rows(12).replace("0.300,", "inf,", 1), "not a finite number"),
        (rows(12).replace("-0.100,0", "-0.100", 1), "row 4 has 2 columns, expected 3"),
        ("a,b,c,d\n" + "1,2,3,4\n" * 12, "expected 3 columns .* or 2 .*, found 4"),
        ("x\n" + "1\n" * 12, "found 1"),
        ("1,2,3\x00\n", "NUL"),
        ('1,2,"3\n' + "1,2,3\n" * 12, "row 1: a quoted cell runs on over several lines"),
    ],
)
def test_csv_errors_are_one_sentence(text, message):
    with pytest.raises(DataError, match=message) as caught:
        load_csv_text(text)
    assert "\n" not in str(caught.value)


def test_csv_text_is_never_evaluated():
    text = rows(12).replace("0.300,", "__import__('os').system('echo hi'),", 1)
    with pytest.raises(DataError, match="row 5, column 1: .* is not a number"):
        load_csv_text(text)


def test_huge_and_unreadable_files_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(datasets, "MAX_CSV_BYTES", 1000)
    big = tmp_path / "big.csv"
    big.write_text(rows(200))
    with pytest.raises(DataError, match="too large"):
        load_csv(big)
    with pytest.raises(DataError, match="too large"):
        load_csv_text(rows(200))
    with pytest.raises(DataError, match="cannot read"):
        load_csv(tmp_path / "missing.csv")
    binary = tmp_path / "image.csv"
    binary.write_bytes(b"\xff\xd8\xff\xe0" * 10)
    with pytest.raises(DataError, match="not UTF-8"):
        load_csv(binary)


def test_too_many_rows_are_refused(monkeypatch):
    monkeypatch.setattr(datasets, "MAX_CSV_ROWS", 50)
    with pytest.raises(DataError, match="too many rows"):
        load_csv_text(rows(60))


def test_any_text_gives_a_data_set_or_a_data_error():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    cell = st.one_of(
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.integers(-3, 3).map(str),
        st.text(alphabet=' ,;\t"\n\r-.e0123456789abcxyzé\x00', max_size=8),
    )
    row = st.lists(cell, min_size=0, max_size=4).map(",".join)
    text = st.lists(row, min_size=0, max_size=30).map("\n".join)

    @settings(max_examples=300, deadline=None)
    @given(text)
    def check(text):
        try:
            data = load_csv_text(text)
        except DataError as error:
            assert str(error) and "\n" not in str(error)
        else:
            assert np.all(np.isfinite(data.inputs)) and len(data.inputs) >= 10

    check()
