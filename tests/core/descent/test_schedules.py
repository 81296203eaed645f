"""Learning-rate schedules: the formulas of torch.optim.lr_scheduler, and the engine
using γ_t = schedule(γ₀, t) at update t."""

import numpy as np
import pytest

from gdstudio.core.descent.engine import Descent, RunSettings, run_descent
from gdstudio.core.descent.schedules import CONSTANT, SCHEDULE_KINDS, SCHEDULE_SETTINGS, Schedule, ScheduleError, parse_schedule
from gdstudio.core.function.language import parse_function

SEED = "x^2 + x*y + y^2"

SCHEDULES = [
    Schedule("constant"),
    Schedule("step", step_size=7, step_factor=0.5),
    Schedule("exponential", exponential_factor=0.97),
    Schedule("cosine", period=40, minimum=0.001),
    Schedule("inverse_time", decay=0.05),
]


def torch_learning_rates(schedule: Schedule, learning_rate: float, steps: int) -> np.ndarray:
    """γ used at each of ``steps`` updates by torch: optimizer.step() then scheduler.step()."""
    torch = pytest.importorskip("torch")
    from torch.optim import lr_scheduler

    parameter = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([parameter], lr=learning_rate)
    if schedule.kind == "constant":
        scheduler = lr_scheduler.LambdaLR(optimizer, lambda t: 1.0)
    elif schedule.kind == "step":
        scheduler = lr_scheduler.StepLR(optimizer, step_size=schedule.step_size, gamma=schedule.step_factor)
    elif schedule.kind == "exponential":
        scheduler = lr_scheduler.ExponentialLR(optimizer, gamma=schedule.exponential_factor)
    elif schedule.kind == "cosine":
        scheduler = lr_scheduler.CosineAnnealingLR(optimizer, T_max=schedule.period, eta_min=schedule.minimum)
    else:
        scheduler = lr_scheduler.LambdaLR(optimizer, lambda t: 1.0 / (1.0 + schedule.decay * t))
    rates = []
    for _ in range(steps):
        rates.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    return np.array(rates)


@pytest.mark.parametrize("schedule", SCHEDULES, ids=lambda s: s.kind)
def test_schedule_values_match_torch_lr_scheduler(schedule):
    # 100 steps: 2.5 cosine periods, so the climb back after T_max is checked too
    expected = torch_learning_rates(schedule, 0.3, 101)
    t, ours = schedule.curve(0.3, 100, samples=200)
    assert np.array_equal(t, np.arange(101))  # t = 0 … the step limit, both ends included
    np.testing.assert_allclose(ours, expected, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(schedule(0.3, np.arange(101)), expected, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("schedule", SCHEDULES, ids=lambda s: s.kind)
def test_the_small_curve_spans_the_whole_run_in_a_few_hundred_points(schedule):
    t, rates = schedule.curve(0.3, 10_000_000)
    assert t[0] == 0 and t[-1] == 10_000_000 and np.all(np.diff(t) > 0)
    assert len(t) <= 16 * 400  # never ten million points
    assert rates[0] == schedule(0.3, 0) and rates[-1] == schedule(0.3, 10_000_000)
    np.testing.assert_array_equal(rates, schedule(0.3, t))


def test_the_step_decay_curve_has_upright_edges_and_a_short_cosine_is_not_aliased():
    t, rates = Schedule("step", step_size=250, step_factor=0.5).curve(1.0, 1000)
    for drop in (250, 500, 750, 1000):
        assert drop - 1 in t and drop in t
    assert rates[list(t).index(999)] == 0.125 and rates[-1] == 0.0625
    t, rates = Schedule("cosine", period=100).curve(1.0, 10_000)  # 100 periods
    assert len(t) >= 16 * 100
    assert rates.min() < 0.01 and rates.max() == 1.0


def test_schedules_are_vectorised_over_t_and_learning_rate():
    schedule = Schedule("step", step_size=10, step_factor=0.1)
    assert schedule(0.5, 0) == 0.5
    assert schedule(0.5, 10) == pytest.approx(0.05)
    np.testing.assert_allclose(schedule(np.array([1.0, 2.0]), np.array([0, 25])), [1.0, 0.02])
    grid = schedule(np.array([[1.0], [2.0]]), np.arange(3))
    assert grid.shape == (2, 3)
    assert Schedule("cosine", period=10)(1.0, 10) == pytest.approx(0.0)
    assert Schedule("inverse_time", decay=1.0)(1.0, 3) == pytest.approx(0.25)


def test_bad_schedule_settings_are_refused_with_a_sentence():
    with pytest.raises(ValueError, match="unknown schedule"):
        Schedule("linear")
    with pytest.raises(ValueError, match="^the decay factor must be a number above 0 and at most 1, not 1.5$"):
        Schedule("exponential", exponential_factor=1.5)
    with pytest.raises(ValueError, match="^the step size must be a whole number of steps from 1 to 10,000,000, not 0$"):
        Schedule("step", step_size=0)
    with pytest.raises(ValueError, match="period T"):
        Schedule("cosine", period=2.5)
    with pytest.raises(ValueError, match="minimum γ must be a number ≥ 0"):
        Schedule("cosine", minimum=float("nan"))


@pytest.mark.parametrize(
    "kind, texts, name, message",
    [
        ("step", {"step_size": "ten"}, "step_size", "the step size must be a number, not 'ten'"),
        ("step", {"step_size": "2.5"}, "step_size", "the step size must be a whole number of steps, not '2.5'"),
        ("step", {"step_factor": "1.5"}, "step_factor", "the step decay's factor must be a number above 0 and at most 1, not 1.5"),
        ("step", {"step_factor": ""}, "step_factor", "the step decay's factor is empty: type a number"),
        (
            "exponential",
            {"exponential_factor": "0"},
            "exponential_factor",
            "the decay factor must be a number above 0 and at most 1, not 0",
        ),
        ("cosine", {"period": "0"}, "period", "the period T must be a whole number of steps from 1 to 10,000,000, not 0"),
        ("cosine", {"period": "1e300"}, "period", "the period T must be a whole number of steps from 1 to 10,000,000, not 1e+300"),
        ("cosine", {"minimum": "-0.1"}, "minimum", "the minimum γ must be a number ≥ 0, not -0.1"),
        ("inverse_time", {"decay": "inf"}, "decay", "the 1/t decay must be a finite number, not 'inf'"),
    ],
)
def test_typed_settings_are_refused_with_one_sentence_naming_the_setting(kind, texts, name, message):
    with pytest.raises(ScheduleError) as caught:
        Schedule(kind).with_texts(texts)
    assert str(caught.value) == message and caught.value.name == name


def test_typed_settings_give_the_schedule_and_an_empty_period_follows_the_step_limit():
    schedule = Schedule("step").with_texts({"step_size": " 25 ", "step_factor": "0,8"})
    assert schedule == Schedule("step", step_size=25, step_factor=0.8)
    assert schedule(1.0, 50) == pytest.approx(0.64)
    cosine = Schedule("cosine", period=30).with_texts({"period": "", "minimum": "0.01"})
    assert cosine.period is None and "T = the step limit" in cosine.formula
    with pytest.raises(ValueError, match="for_steps"):
        cosine(0.1, 3)
    for steps in (40, 400):
        run = cosine.for_steps(steps)
        assert run.period == steps and run(0.1, steps) == pytest.approx(0.01)
    assert Schedule("cosine", period=30).for_steps(400).period == 30  # a typed period stays
    assert cosine.for_steps(0).period == 1


def test_each_kind_keeps_its_own_settings_when_switching_kinds():
    schedule = Schedule("step", step_size=20, step_factor=0.3, exponential_factor=0.9)
    back = schedule.with_kind("exponential").with_kind("step")
    assert back == schedule
    assert schedule.with_kind("exponential")(1.0, 2) == pytest.approx(0.81)
    assert Schedule("exponential").exponential_factor == 0.99  # a gentle default: γ halves in ~69 steps
    assert [s.name for s in SCHEDULE_SETTINGS["cosine"]] == ["period", "minimum"]


def test_parse_schedule_and_round_trip_through_a_dict():
    assert parse_schedule("step:50:0.5") == Schedule("step", step_size=50, step_factor=0.5)
    assert parse_schedule("exp:0.9") == Schedule("exponential", exponential_factor=0.9)
    assert parse_schedule("1/t:0.1") == Schedule("inverse_time", decay=0.1)
    assert parse_schedule("constant") == CONSTANT
    for schedule in SCHEDULES:
        assert Schedule.from_dict(schedule.to_dict()).to_dict() == schedule.to_dict()
    assert Schedule.from_dict(SCHEDULES[3].to_dict()) == SCHEDULES[3]
    # the keys files have always used: "factor" for both StepLR's and ExponentialLR's gamma
    assert SCHEDULES[1].to_dict() == {"kind": "step", "factor": 0.5, "step_size": 7}
    assert Schedule.from_dict({"kind": "exponential", "factor": 0.97}).exponential_factor == 0.97
    # a cosine written without a period anneals over the whole run
    assert Schedule.from_dict({"kind": "cosine"}).period is None
    assert Schedule("cosine", period=None).to_dict() == {"kind": "cosine", "minimum": 0.0}
    for bad in ("warmup", "step:ten", "exp:0.9:3", "cosine:2.5", "cosine::0.1"):
        with pytest.raises(ValueError):
            parse_schedule(bad)
    for bad in ({"kind": "step", "factor": "0.5"}, {"kind": "step", "size": 3}, {"kind": 3}, {"kind": "cosine", "period": 2.5}, [1]):
        with pytest.raises(ScheduleError):
            Schedule.from_dict(bad)
    assert {s.kind for s in SCHEDULES} == set(SCHEDULE_KINDS)
    assert "⌊t/7⌋" in SCHEDULES[1].formula


def test_the_engine_uses_gamma_t_at_update_t():
    # gradient descent on f = x²/2 (∇f = x): w_{t+1} = w_t (1 − γ_t), by hand
    function = parse_function("x^2/2 + y^2/2")
    schedule = Schedule("step", step_size=3, step_factor=0.5)
    result = run_descent(function, RunSettings(start=(1.0, 0.0), learning_rate=0.4, schedule=schedule, max_steps=8))
    expected = [1.0]
    for t in range(8):
        expected.append(expected[-1] * (1 - schedule(0.4, t)))
    np.testing.assert_allclose(result.points[:, 0], expected, rtol=0, atol=1e-15)


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "adam"])
def test_scheduled_descent_matches_torch(optimizer):
    torch = pytest.importorskip("torch")
    from torch.optim import lr_scheduler

    function = parse_function(SEED)
    result = run_descent(
        function,
        RunSettings(
            start=(1.0, -0.5), learning_rate=0.2, optimizer=optimizer, max_steps=60, tolerance=0, schedule=Schedule("cosine", period=30)
        ),
    )
    w = torch.tensor([1.0, -0.5], dtype=torch.float64, requires_grad=True)
    torch_optimizer = {
        "gd": lambda: torch.optim.SGD([w], lr=0.2),
        "momentum": lambda: torch.optim.SGD([w], lr=0.2, momentum=0.9),
        "adam": lambda: torch.optim.Adam([w], lr=0.2),
    }[optimizer]()
    scheduler = lr_scheduler.CosineAnnealingLR(torch_optimizer, T_max=30)
    points = [w.detach().numpy().copy()]
    for _ in range(60):
        torch_optimizer.zero_grad()
        loss = w[0] ** 2 + w[0] * w[1] + w[1] ** 2
        loss.backward()
        torch_optimizer.step()
        scheduler.step()
        points.append(w.detach().numpy().copy())
    np.testing.assert_allclose(result.points, np.array(points), rtol=1e-9, atol=1e-12)


def test_lockstep_batch_with_mixed_schedules_is_bit_identical_to_single_runs():
    function = parse_function("(1 - x)^2 + 10(y - x^2)^2")
    settings = [
        RunSettings(start=(-1.0, 1.5), learning_rate=lr, optimizer=opt, schedule=schedule, max_steps=300)
        for lr, opt, schedule in [
            (0.01, "gd", SCHEDULES[1]),
            (0.02, "gd", SCHEDULES[2]),
            (0.05, "momentum", SCHEDULES[3]),
            (0.1, "adam", SCHEDULES[4]),
            (0.02, "gd", CONSTANT),
            (0.2, "gd", SCHEDULES[3]),  # diverges
        ]
    ]
    batch = Descent(function, settings)
    batch.run()
    for index, one in enumerate(settings):
        single = run_descent(function, one)
        assert batch.status(index) == single.status
        assert batch.steps[index] == single.steps
        assert np.array_equal(batch.trajectories[index].points, single.points, equal_nan=True)


def test_constant_schedule_is_the_default_and_changes_nothing():
    assert RunSettings(start=(1.0, 1.0)).schedule == CONSTANT
    function = parse_function(SEED)
    plain = run_descent(function, RunSettings(start=(1.0, 1.0), learning_rate=0.3))
    explicit = run_descent(function, RunSettings(start=(1.0, 1.0), learning_rate=0.3, schedule=Schedule("constant")))
    assert np.array_equal(plain.points, explicit.points)


def test_a_schedule_can_tame_a_too_large_learning_rate():
    # γ₀ = 0.9 > 2/3 diverges on the seed when constant; 1/t decay brings γ_t under 2/3 in time
    function = parse_function(SEED)
    constant = run_descent(function, RunSettings(start=(1.0, 1.0), learning_rate=0.9, max_steps=3000))
    decayed = run_descent(
        function, RunSettings(start=(1.0, 1.0), learning_rate=0.9, max_steps=3000, schedule=Schedule("inverse_time", decay=0.5))
    )
    assert str(constant.status) == "diverged"
    assert str(decayed.status) == "converged"
