"""Session files (untrusted input): version 2 of the whole studio, version 1 of the
Function tab alone; and atomic writes."""

import json
from pathlib import Path

import pytest

from gdstudio.core.descent.race import Race
from gdstudio.core.descent.schedules import Schedule
from gdstudio.core.function.language import parse_function
from gdstudio.core.mlp.datasets import DataSettings, make_dataset
from gdstudio.core.mlp.fan import FanSettings
from gdstudio.core.mlp.training import TrainingSettings, learning_rate_for_reduction, settings_for_task
from gdstudio.core.session import (
    DEFAULT_SCHEDULE,
    DEFAULT_SESSION,
    CompareRun,
    CompareSection,
    FunctionSection,
    MLPSection,
    Session,
    SessionError,
    StudioSession,
    SweepRange,
    compare_section_from_dict,
    compare_section_to_dict,
    function_section_from_dict,
    function_section_to_dict,
    load_session,
    load_studio_session,
    mlp_section_from_dict,
    mlp_section_to_dict,
    session_from_text,
    session_text,
    studio_session_from_text,
    studio_session_text,
)
from gdstudio.export.files import ExportError, atomic_write, write_csv, write_json, write_text


def test_a_session_round_trips():
    session = Session(
        function="x^2 + 3y^2",
        window=(-1, 1, -2, 2),
        optimizer="adam",
        hyperparameters={"beta1": 0.8},
        learning_rate=0.05,
        start=(0.5, -0.5),
        max_steps=200,
        tolerance=1e-8,
    )
    assert session_from_text(session_text(session)) == session
    assert json.loads(session_text(DEFAULT_SESSION))["version"] == 1


@pytest.mark.parametrize(
    "schedule, saved",
    [
        (
            DEFAULT_SCHEDULE.with_kind("step").with_texts({"step_size": "25", "step_factor": "0.8"}),
            {"kind": "step", "factor": 0.8, "step_size": 25},
        ),
        (DEFAULT_SCHEDULE.with_kind("exponential").with_texts({"exponential_factor": "0.95"}), {"kind": "exponential", "factor": 0.95}),
        (
            DEFAULT_SCHEDULE.with_kind("cosine").with_texts({"period": "150", "minimum": "0.001"}),
            {"kind": "cosine", "period": 150, "minimum": 0.001},
        ),
        (DEFAULT_SCHEDULE.with_kind("cosine").with_texts({"minimum": "0.001"}), {"kind": "cosine", "minimum": 0.001}),
        (DEFAULT_SCHEDULE.with_kind("inverse_time").with_texts({"decay": "0.2"}), {"kind": "inverse_time", "decay": 0.2}),
    ],
    ids=["step", "exponential", "cosine", "cosine-over-the-run", "1/t"],
)
def test_each_schedule_kind_with_its_settings_round_trips(schedule, saved):
    session = DEFAULT_SESSION.with_changes(schedule=schedule, max_steps=300)
    text = session_text(session)
    assert json.loads(text)["schedule"] == saved
    again = session_from_text(text)
    assert again.schedule.to_dict() == saved and again.run_settings() == session.run_settings()
    studio = StudioSession(function=session)
    assert json.loads(studio_session_text(studio))["function"]["schedule"] == saved
    assert studio_session_from_text(studio_session_text(studio)).function.run_settings() == session.run_settings()


def test_a_cosine_left_to_the_step_limit_follows_it_into_the_run():
    session = DEFAULT_SESSION.with_changes(schedule=DEFAULT_SCHEDULE.with_kind("cosine"), learning_rate=0.2, max_steps=300)
    run = session.run_settings().schedule
    assert run.period == 300 and run(0.2, 300) == 0.0 and run(0.2, 150) == pytest.approx(0.1)
    assert session.with_changes(max_steps=50).run_settings().schedule.period == 50


def test_older_session_files_still_open():
    # as the previous version wrote them: no schedule at all, or the kind's settings with "factor"
    old = valid()
    old.pop("schedule")
    assert session_from_text(json.dumps(old)).schedule == DEFAULT_SCHEDULE
    for written, expected in [
        ({"kind": "exponential", "factor": 0.5}, Schedule("exponential", exponential_factor=0.5)),
        ({"kind": "step", "factor": 0.25, "step_size": 40}, Schedule("step", step_size=40, step_factor=0.25)),
        ({"kind": "cosine", "period": 1000, "minimum": 0.0}, Schedule("cosine", period=1000)),
        ({"kind": "inverse_time", "decay": 0.01}, Schedule("inverse_time")),
    ]:
        old["schedule"] = written
        session = session_from_text(json.dumps(old))
        assert session.run_settings().schedule.to_dict() == expected.to_dict()
        assert session.run_settings().schedule(0.1, 80) == expected(0.1, 80)


@pytest.mark.parametrize(
    "schedule, sentence",
    [
        (
            {"kind": "cosine", "period": 0},
            "the session's schedule is not valid: the period T must be a whole number of steps from 1 to 10,000,000, not 0",
        ),
        (
            {"kind": "exponential", "factor": 2},
            "the session's schedule is not valid: the decay factor must be a number above 0 and at most 1, not 2",
        ),
        ({"kind": "step", "step_size": "ten"}, "the session's schedule is not valid: the schedule's step_size must be a number"),
        ({"kind": "warmup"}, "the session's schedule is not valid: unknown schedule 'warmup'"),
    ],
)
def test_a_bad_schedule_in_a_session_file_gives_one_sentence(schedule, sentence):
    data = valid()
    data["schedule"] = schedule
    with pytest.raises(SessionError) as caught:
        session_from_text(json.dumps(data))
    assert str(caught.value).startswith(sentence)


def valid():
    return json.loads(session_text(DEFAULT_SESSION))


@pytest.mark.parametrize(
    "change, fragment",
    [
        ({"function": "__import__('os').system('touch pwned')"}, "the session's function is not valid"),
        ({"function": 12}, "the session's function must be text"),
        ({"window": [1, 0, 0, 1]}, "the session's window is not valid"),
        ({"window": [0, 1]}, "the session's window must be a list of 4 numbers"),
        ({"learning_rate": "0.1"}, "the session's learning_rate must be a number"),
        ({"learning_rate": 100}, "the session's learning_rate must be between 1e-05 and 10, not 100"),
        ({"optimizer": "os.system"}, "the session's optimizer must be one of gd, momentum"),
        ({"hyperparameters": {"momentum": 3}}, "the session's hyperparameters is not valid: gd has no setting 'momentum'"),
        ({"optimizer": "momentum", "hyperparameters": {"momentum": 3}}, "the session's hyperparameters is not valid: momentum"),
        ({"max_steps": -1}, "the session's max_steps must be a whole number from 0 to 10,000,000"),
        ({"max_steps": True}, "the session's max_steps must be a whole number"),
        ({"start": [1e300, 0]}, "the session's start must hold finite numbers between -1e+12 and 1e+12"),
        ({"version": 7}, "the session was written by a newer gdstudio (version 7)"),
        ({"format": "other"}, "this is not a gdstudio session"),
        ({"surprise": 1}, "the session's surprise is not a field gdstudio knows"),
    ],
)
def test_bad_fields_give_one_sentence(change, fragment, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = valid()
    data.update(change)
    with pytest.raises(SessionError) as caught:
        session_from_text(json.dumps(data))
    assert fragment in str(caught.value) and "\n" not in str(caught.value)
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize(
    "text, sentence",
    [
        ("{", "the session file is not valid JSON (line 1, column 2)"),
        ('{"format": "gdstudio-session", "version": 2, "zoom": NaN}', "the session file is not valid: NaN is not a number JSON allows"),
        ('{"format": "gdstudio-session", "version": 2, "zoom": Infinity}', "the session file is not valid: Infinity is not a number"),
        ('{"format": "gdstudio-session", "version": 2, "zoom": 1e999}', "the session file is not valid: the number 1e999 is too large"),
        ('{"format": "gdstudio-session", "version": ' + "1" * 5000 + "}", "the session file is not valid: a number has too many digits"),
        (
            '{"format": "gdstudio-session", "version": 2, "tab": "mlp", "tab": "compare"}',
            "the session file is not valid: the key 'tab' appears twice in one object",
        ),
        ("[" * 100_000 + "]" * 100_000, "the session file is not valid JSON"),
        ("[1, 2]", "this is not a gdstudio session: the file must hold a JSON object"),
    ],
    ids=["truncated", "nan", "infinity", "overflow", "5000-digits", "repeated-key", "deep-nesting", "not-an-object"],
)
def test_documents_that_are_not_plain_json_are_refused_in_one_sentence(text, sentence):
    for read in (session_from_text, studio_session_from_text):
        with pytest.raises(SessionError) as caught:
            read(text)
        assert str(caught.value).startswith(sentence) and "\n" not in str(caught.value)


def test_not_json_too_big_not_utf8(tmp_path):
    big = tmp_path / "big.gdstudio.json"
    big.write_text(" " * 1_000_001)
    huge = tmp_path / "huge.gdstudio.json"
    with open(huge, "wb") as handle:  # 100 MB, refused before a byte is read
        handle.truncate(100_000_000)
    binary = tmp_path / "bin.gdstudio.json"
    binary.write_bytes(b"\xff\xfe\x00")
    for load in (load_session, load_studio_session):
        for path in (big, huge):
            with pytest.raises(SessionError, match="^the session file is too large to be a gdstudio session$"):
                load(path)
        with pytest.raises(SessionError, match="UTF-8"):
            load(binary)
        with pytest.raises(SessionError, match="cannot read"):
            load(tmp_path / "missing.gdstudio.json")


# -- version 2: the whole studio --------------------------------------------------------------


def every_field_changed() -> StudioSession:
    """A session in which every field differs from its default."""
    function = FunctionSection(
        function="x^2 + 10y^2",
        window=(-3.0, 3.0, -1.5, 1.5),
        optimizer="momentum",
        hyperparameters={"momentum": 0.8},
        learning_rate=0.02,
        start=(-2.5, 1.0),
        max_steps=400,
        tolerance=1e-7,
        schedule=Schedule("step", step_size=50, step_factor=0.5, period=None),
    )
    mlp = MLPSection(
        data=DataSettings(task="moons", samples=300, noise=0.2, test_fraction=0.25, seed=7),
        training=TrainingSettings(
            hidden=(16, 4),
            activation="relu",
            loss="mse",
            reduction="mean",
            init="he",
            seed=11,
            l2=0.001,
            batch_size=32,
            learning_rate=0.5,
            optimizer="rmsprop",
            hyperparameters={"alpha": 0.9},
            max_steps=250,
            tolerance=1e-5,
        ),
        plane="pca",
        data_window=(-2.0, 2.0, -1.0, 1.5),
    )
    compare = CompareSection(
        runs=(
            CompareRun("gd", 0.09),
            CompareRun("nesterov", 0.02, {"momentum": 0.95}, Schedule("cosine", period=None, minimum=0.001), (1.0, 2.0), "#ff5a36"),
            CompareRun("adam", 0.1, {"beta1": 0.8}, Schedule("inverse_time", decay=0.5, period=None), None, "#00c2ff"),
        ),
        sweep=SweepRange(0.0005, 2.0, 120),
    )
    return StudioSession(tab="mlp", zoom=1.75, function=function, mlp=mlp, compare=compare)


def test_a_whole_studio_session_round_trips_every_field():
    session = every_field_changed()
    text = studio_session_text(session)
    saved = json.loads(text)
    assert (saved["format"], saved["version"], saved["tab"], saved["zoom"]) == ("gdstudio-session", 2, "mlp", 1.75)
    assert saved["mlp"] == {
        "task": "moons",
        "samples": 300,
        "noise": 0.2,
        "test_fraction": 0.25,
        "data_seed": 7,
        "hidden": [16, 4],
        "activation": "relu",
        "init": "he",
        "seed": 11,
        "loss": "mse",
        "reduction": "mean",
        "l2": 0.001,
        "optimizer": "rmsprop",
        "hyperparameters": {"alpha": 0.9},
        "learning_rate": 0.5,
        "batch_size": 32,
        "max_steps": 250,
        "tolerance": 1e-5,
        "plane": "pca",
        "data_window": [-2.0, 2.0, -1.0, 1.5],
    }
    assert saved["compare"]["runs"][1] == {
        "optimizer": "nesterov",
        "hyperparameters": {"momentum": 0.95},
        "learning_rate": 0.02,
        "schedule": {"kind": "cosine", "minimum": 0.001},
        "start": [1.0, 2.0],
        "colour": "#ff5a36",
    }
    assert saved["compare"]["sweep"] == {"lr_min": 0.0005, "lr_max": 2.0, "count": 120}
    assert '"window": [-3.0, 3.0, -1.5, 1.5]' in text  # a list of numbers reads on one line
    assert studio_session_from_text(text) == session


SECTION_CHANGES = [
    ("function", "function", "sin(x)*y"),
    ("function", "window", (-1.0, 1.0, -4.0, 4.0)),
    ("function", "optimizer", "nesterov"),
    ("function", "hyperparameters", {"momentum": 0.5, "dampening": 0.2}),
    ("function", "learning_rate", 0.7),
    ("function", "start", (3.0, -4.0)),
    ("function", "max_steps", 0),
    ("function", "tolerance", 0.0),
    ("function", "schedule", Schedule("exponential", exponential_factor=0.9, period=None)),
    ("mlp", "data", DataSettings(task="", path="/data/points.csv", test_fraction=0.1, seed=3, target="value")),
    ("mlp", "data", DataSettings(task="spirals", samples=5000, noise=None, test_fraction=0.0, seed=2**31 - 1)),
    ("mlp", "training", TrainingSettings(hidden=(), loss="cross_entropy", batch_size=None)),
    ("mlp", "training", TrainingSettings(hidden=(), batch_size=10, schedule=Schedule("inverse_time", decay=0.05, period=None))),
    ("mlp", "training", TrainingSettings(schedule=Schedule("cosine", minimum=0.001, period=None))),
    ("mlp", "fan", FanSettings(shown=True, batch_size=25, draws=500)),
    ("mlp", "fan", FanSettings(shown=True, batch_size=1)),
    ("mlp", "plane", "pca"),
    ("mlp", "data_window", None),
    ("compare", "runs", (CompareRun("rmsprop", 10.0, start=(-1e6, 1e6)),)),
    ("compare", "sweep", None),
]


@pytest.mark.parametrize("section, name, value", SECTION_CHANGES, ids=[f"{s}.{n}" for s, n, _ in SECTION_CHANGES])
def test_each_field_of_each_section_round_trips(section, name, value):
    session = every_field_changed()
    changed = session.with_section(section, session.section(section).__class__(**{**vars(session.section(section)), name: value}))
    assert getattr(changed.section(section), name) == value
    assert studio_session_from_text(studio_session_text(changed)) == changed


@pytest.mark.parametrize(
    "key, section, to_dict, from_dict",
    [
        ("function", every_field_changed().function, function_section_to_dict, function_section_from_dict),
        ("mlp", every_field_changed().mlp, mlp_section_to_dict, mlp_section_from_dict),
        ("compare", every_field_changed().compare, compare_section_to_dict, compare_section_from_dict),
    ],
)
def test_each_section_goes_to_plain_data_and_back(key, section, to_dict, from_dict):
    data = to_dict(section)
    assert json.loads(json.dumps(data)) == data  # plain JSON values only
    assert from_dict(data) == section
    assert every_field_changed().with_section(key, None).section(key) is None


def test_a_version_1_file_opens_as_a_studio_session_with_its_function_section():
    old = valid()
    old.update(function="x^2 + 3y^2", learning_rate=0.05, start=[0.5, -0.5])
    session = studio_session_from_text(json.dumps(old))
    assert session.tab == "function" and session.zoom is None
    assert session.mlp is None and session.compare is None
    assert session.function == DEFAULT_SESSION.with_changes(function="x^2 + 3y^2", learning_rate=0.05, start=(0.5, -0.5))
    # written again, it is version 2, with the same function section
    again = json.loads(studio_session_text(session))
    assert again["version"] == 2 and again["function"]["function"] == "x^2 + 3y^2" and "learning_rate" not in again


def test_sections_left_out_are_absent_and_the_function_tabs_reader_takes_the_seed_then():
    text = json.dumps({"format": "gdstudio-session", "version": 2, "tab": "mlp", "mlp": {"task": "sine"}})
    session = studio_session_from_text(text)
    assert session.function is None and session.compare is None and session.zoom is None
    assert session.mlp.training == settings_for_task("sine") and session.mlp.data == DataSettings(task="sine")
    assert session_from_text(text) == DEFAULT_SESSION
    with_function = json.loads(studio_session_text(every_field_changed()))
    assert session_from_text(json.dumps(with_function)) == every_field_changed().function


def test_an_mlp_section_with_the_mean_and_no_gamma_takes_the_gamma_of_the_sums_steps():
    section = mlp_section_from_dict({"task": "xor", "reduction": "mean"})
    train_size = len(make_dataset("xor").train_inputs)
    assert train_size == 350
    assert section.training.learning_rate == pytest.approx(learning_rate_for_reduction(0.01, "gd", "mean", 350)) == pytest.approx(3.5)
    # adam divides the gradient by its own size: its γ stays
    assert mlp_section_from_dict({"task": "sine", "reduction": "mean"}).training.learning_rate == 0.01


def test_the_race_of_a_compare_section_runs_on_the_function_sections_f_limit_and_start():
    function = DEFAULT_SESSION.with_changes(function="x^2 + 10y^2", start=(-2.5, 1.0), max_steps=300, tolerance=1e-5)
    compare = CompareSection(runs=(CompareRun("gd", 0.09), CompareRun("gd", 0.001, start=(1.0, 1.0), colour="#00c2ff")))
    entries = compare.entries(function)
    assert [e.settings.start for e in entries] == [(-2.5, 1.0), (1.0, 1.0)]
    assert {(e.settings.max_steps, e.settings.tolerance) for e in entries} == {(300, 1e-5)}
    assert entries[1].colour == "#00c2ff"
    race = Race(parse_function(function.function), entries)
    race.run()
    assert [str(race.status(i)) for i in range(2)] == ["converged", "max_steps"]
    assert SweepRange(0.001, 1.0, 7).learning_rates()[3] == pytest.approx(0.001**0.5)


@pytest.mark.parametrize(
    "change, sentence",
    [
        ({"tab": "shell"}, "the session's tab must be one of function, mlp, compare, surface"),
        ({"zoom": 3}, "the session's zoom must be between 0.8 and 2.5, not 3"),
        ({"zoom": "1.5"}, "the session's zoom must be a number"),
        ({"lesson": {}}, "the session's lesson is not a field gdstudio knows"),
        ({"function": {"function": "__import__('os').system('touch pwned')"}}, "the session's function.function is not valid: "),
        ({"function": {"function": "x^2", "learning_rate": [0.1]}}, "the session's function.learning_rate must be a number"),
        ({"function": "x^2"}, "the session's function must be an object with named fields"),
        (
            {"mlp": {"task": "xor", "hidden": [8, 2000]}},
            "the session's mlp.hidden must be a list of at most 10 layer widths from 1 to 1024",
        ),
        ({"mlp": {"task": "xor", "hidden": [[[[[[8]]]]]]}}, "the session's mlp.hidden must be a list of at most 10 layer widths"),
        ({"mlp": {"task": "xor", "hidden": [1] * 11}}, "the session's mlp.hidden must be a list of at most 10 layer widths"),
        ({"mlp": {"task": "os"}}, "the session's mlp.task must be one of xor, circles, moons, spirals, blobs, sine"),
        (
            {"mlp": {"task": "xor", "file": "a.csv"}},
            "the session's mlp needs either a task (xor, circles, moons, spirals, blobs, sine, line) or",
        ),
        ({"mlp": {"samples": 100}}, "the session's mlp needs either a task"),
        ({"mlp": {"task": "xor", "samples": 1e300}}, "the session's mlp.samples must be a whole number from 20 to 5,000"),
        ({"mlp": {"task": "xor", "samples": 10**30}}, "the session's mlp.samples must be a whole number from 20 to 5,000"),
        ({"mlp": {"task": "xor", "noise": 5}}, "the session's mlp.noise must be between 0 and 2, not 5"),
        ({"mlp": {"task": "xor", "target": "class"}}, "the session's mlp.target is for a CSV file, not a built-in task"),
        ({"mlp": {"file": "a.csv", "noise": 0.1}}, "the session's mlp.noise is for a built-in task, not a CSV file"),
        ({"mlp": {"file": "a.csv", "target": "label"}}, "the session's mlp.target must be class, value or null"),
        ({"mlp": {"file": "  "}}, "the session's mlp.file must name a CSV file"),
        ({"mlp": {"file": "x" * 5000}}, "the session's mlp.file must be text of at most 4,096 characters"),
        ({"mlp": {"task": "xor", "loss": ["ce"]}}, "the session's mlp.loss must be ce (cross-entropy), mse (squared error) or null"),
        ({"mlp": {"task": "xor", "activation": "softmax"}}, "the session's mlp.activation must be one of tanh, relu, sigmoid, linear"),
        ({"mlp": {"task": "xor", "batch_size": 0}}, "the session's mlp.batch_size must be a whole number from 1 to 100,000"),
        ({"mlp": {"task": "xor", "hyperparameters": {"beta1": {"x": 1}}}}, "the session's mlp.hyperparameters must map names to numbers"),
        ({"mlp": {"task": "xor", "optimizer": "adam", "hyperparameters": {"momentum": 0.9}}}, "the session's mlp.hyperparameters is not"),
        ({"mlp": {"task": "xor", "plane": "tsne"}}, "the session's mlp.plane must be one of path, random, pca"),
        ({"mlp": {"task": "xor", "data_window": [0, 0, 0, 0]}}, "the session's mlp.data_window is not valid: the view window must"),
        ({"mlp": {"task": "xor", "l2": -1}}, "the session's mlp.l2 must be between 0 and 10, not -1"),
        ({"mlp": {"task": "line", "schedule": {"kind": "1/t"}}}, "the session's mlp.schedule is not valid: unknown schedule '1/t'"),
        ({"mlp": {"task": "line", "fan": True}}, "the session's mlp.fan must be an object with named fields"),
        ({"mlp": {"task": "line", "fan": {"shown": 1}}}, "the session's mlp.fan.shown must be true or false"),
        ({"mlp": {"task": "line", "fan": {"batch_size": 0}}}, "the session's mlp.fan.batch_size must be a whole number from 1 to 100,000"),
        ({"mlp": {"task": "line", "fan": {"draws": 501}}}, 'the session\'s mlp.fan.draws must be "epoch" or a whole number from 1 to 500'),
        (
            {"mlp": {"task": "line", "fan": {"draws": "all"}}},
            'the session\'s mlp.fan.draws must be "epoch" or a whole number from 1 to 500',
        ),
        ({"mlp": {"task": "line", "fan": {"arrows": 3}}}, "the session's mlp.fan.arrows is not a field gdstudio knows"),
        ({"compare": {"runs": []}}, "the session's compare.runs must be a list of 1 to 64 runs"),
        ({"compare": {"runs": [{}] * 65}}, "the session's compare.runs must be a list of 1 to 64 runs"),
        (
            {"compare": {"runs": [{}, {"colour": "red"}]}},
            'the session\'s compare.runs[2].colour must be a colour written "#rrggbb" or null',
        ),
        ({"compare": {"runs": [{"colour": "#12345g"}]}}, "the session's compare.runs[1].colour must be a colour written"),
        ({"compare": {"runs": [{"start": [0, "1"]}]}}, "the session's compare.runs[1].start must hold finite numbers"),
        ({"compare": {"runs": [{"learning_rate": 0}]}}, "the session's compare.runs[1].learning_rate must be between 1e-05 and 10, not 0"),
        ({"compare": {"runs": [{"schedule": {"kind": "step", "factor": 3}}]}}, "the session's compare.runs[1].schedule is not valid: "),
        ({"compare": {"runs": [{}], "sweep": {"lr_min": 1, "lr_max": 0.1, "count": 10}}}, "the session's compare.sweep.lr_min (1) must"),
        ({"compare": {"runs": [{}], "sweep": {"lr_min": 0.1, "lr_max": 1, "count": 10**6}}}, "the session's compare.sweep.count must be"),
        ({"compare": {"runs": [{}], "sweep": {"lr_min": 0.1, "count": 10}}}, "the session's compare.sweep.lr_max is missing"),
    ],
)
def test_hostile_or_damaged_version_2_files_are_refused_in_one_sentence_naming_the_field(change, sentence, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = {"format": "gdstudio-session", "version": 2, **change}
    with pytest.raises(SessionError) as caught:
        studio_session_from_text(json.dumps(data))
    assert str(caught.value).startswith(sentence), str(caught.value)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "pwned").exists()


def test_a_section_is_replaced_only_by_one_of_its_kind():
    session = StudioSession()
    assert session.with_section("mlp", MLPSection()).mlp == MLPSection()
    with pytest.raises(TypeError, match="the compare section must be a CompareSection, not FunctionSection"):
        session.with_section("compare", FunctionSection())
    with pytest.raises(KeyError, match="no section 'surface'"):
        session.with_section("surface", None)


def test_atomic_write_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")

    def failing(temporary):
        temporary.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="No space left"):
        atomic_write(target, failing)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    with pytest.raises(ExportError, match="does not exist"):
        write_json(tmp_path / "missing" / "x.json", {})
    with pytest.raises(ValueError):
        write_json(tmp_path / "nan.json", {"x": float("nan")})
    assert not (tmp_path / "nan.json").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def unwritable_places(tmp_path):
    """Paths no atomic write can create (the tests run as root, so no folder is
    merely read-only): a folder under /proc, which takes no new files, and a path
    whose parent is a file."""
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    return [
        (Path("/proc/x.json"), "cannot write /proc/x.json: the folder /proc does not take new files (No such file or directory)"),
        (tmp_path / "notes.txt" / "x.json", f"cannot write {tmp_path}/notes.txt/x.json: {tmp_path}/notes.txt is a file, not a folder"),
    ]


WRITERS = {
    "text": lambda path: write_text(path, "hello"),
    "json": lambda path: write_json(path, {"a": 1}),
    "csv": lambda path: write_csv(path, ["t", "x"], [[0, 1.0]]),
    "callback": lambda path: atomic_write(path, lambda temporary: temporary.write_bytes(b"png")),
}


@pytest.mark.parametrize("writer", WRITERS.values(), ids=WRITERS.keys())
def test_every_atomic_write_says_in_one_sentence_which_path_it_cannot_write_and_why(writer, tmp_path):
    for path, sentence in unwritable_places(tmp_path):
        with pytest.raises(ExportError) as caught:
            writer(path)
        assert str(caught.value) == sentence
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_no_permission_and_a_failed_rename_are_one_sentence_too(tmp_path, monkeypatch):
    import os
    import tempfile

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(ExportError, match=f"^cannot write {tmp_path}/a.json: no permission to write in the folder {tmp_path}$"):
        write_json(tmp_path / "a.json", {})
    monkeypatch.undo()
    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(ExportError, match=f"^cannot write {tmp_path}/a.json: permission denied$"):
        write_json(tmp_path / "a.json", {})
    assert list(tmp_path.iterdir()) == []  # the temporary file went too


def test_a_gif_into_a_folder_that_takes_no_files_is_one_sentence(tmp_path):
    pytest.importorskip("PIL")
    import numpy as np

    from gdstudio.export.animation import write_gif

    rendered = []

    def frames():
        for index in range(3):
            rendered.append(index)
            yield np.zeros((8, 8, 3), np.uint8)

    with pytest.raises(ExportError, match="^cannot write /proc/a.gif: the folder /proc does not take new files"):
        write_gif("/proc/a.gif", frames())
    assert rendered == []  # refused before a frame is rendered


def test_the_mlp_section_writes_its_schedule_and_fan_only_when_they_are_not_the_defaults():
    plain = mlp_section_to_dict(MLPSection(data=DataSettings(task="line"), training=settings_for_task("line")))
    assert "schedule" not in plain and "fan" not in plain
    section = MLPSection(
        data=DataSettings(task="line"),
        training=settings_for_task("line", schedule=Schedule("inverse_time", decay=0.05, period=None)),
        fan=FanSettings(shown=True, batch_size=5, draws="epoch"),
    )
    data = mlp_section_to_dict(section)
    assert data["schedule"] == {"kind": "inverse_time", "decay": 0.05}
    assert data["fan"] == {"shown": True, "batch_size": 5, "draws": "epoch"}
    assert mlp_section_from_dict(data) == section
