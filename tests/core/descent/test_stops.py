"""Why a run stops: ``undefined`` where f or ∇f is not a real number, ``diverged`` only
where the steps grew; the sentences of the window, the race, the sweep and the reports."""

import numpy as np
import pytest

from gdstudio.core.descent.engine import DIVERGENCE_FACTOR, Descent, RunSettings, Status, run_descent
from gdstudio.core.descent.explain import run_stop_message, stop_message
from gdstudio.core.descent.race import Race, RaceEntry, race_window, status_text
from gdstudio.core.descent.report import run_report
from gdstudio.core.descent.sweep import run_sweep
from gdstudio.core.function.domain import domain_error
from gdstudio.core.function.language import parse_function

SEED = "x^2 + x*y + y^2"
ROSENBROCK = "(1 - x)^2 + 100(y - x^2)^2"


def _log_descent_by_hand(x: float, y: float, learning_rate: float):
    """Plain gradient descent on f = log(x) + y², ∇f = (1/x, 2y), until x ≤ 0."""
    t = 0
    while x > 0:
        x, y = x - learning_rate / x, y - learning_rate * 2 * y
        t += 1
    return t, x, y


def test_a_start_outside_the_domain_is_undefined_whatever_the_learning_rate():
    function = parse_function("sqrt(-x)")
    for learning_rate in (0.001, 0.1, 10.0):
        result = run_descent(function, RunSettings(start=(1.5, -1), learning_rate=learning_rate))
        assert result.status is Status.UNDEFINED and result.steps == 0
        message = run_stop_message(function, result.status, 0, (1.5, -1), result.final_loss, np.nan, 1e-6, 1000)
        assert message == "undefined at (x, y) = (1.5, −1): sqrt of a negative number (−1.5), at the start"


def test_log_leaves_its_domain_at_step_13_and_gamma_is_not_blamed():
    function = parse_function("log(x) + y^2")
    steps, x, y = _log_descent_by_hand(1.5, -1.0, 0.1)
    assert steps == 13
    result = run_descent(function, RunSettings(start=(1.5, -1), learning_rate=0.1))
    assert result.status is Status.UNDEFINED and result.steps == 13
    np.testing.assert_allclose(result.final_point, [x, y], rtol=1e-12)
    # the loss fell all the way (no step grew it) and is not a number at the end
    assert np.all(np.diff(result.loss[:-1]) < 0) and np.isnan(result.final_loss)
    report = run_report(function, result)
    assert report["status"] == "undefined"
    assert report["reason"] == "undefined at (x, y) = (−0.4314, −0.054976): log of a non-positive number (−0.4314), at step 13"
    assert "γ" not in report["reason"]


@pytest.mark.parametrize(
    "text, start, learning_rate, steps, reason",
    [
        # x: 1 − 1·1/1² = 0 exactly, the pole of −1/x
        ("-1/x + y^2", (1, 1), 1.0, 1, "undefined at (x, y) = (0, −1): division by zero, at step 1"),
        # x: 0 → −0.5 → −0.5 − 0.5/√0.75 < −1
        ("asin(x) + y^2", (0, 1), 0.5, 2, "undefined at (x, y) = (−1.0774, 0): asin of a number outside [−1, 1] (−1.0774), at step 2"),
        # ∇f = (3, 4)/5 until the third step lands on the cone's tip, where f = 0 but ∇f = 0/0
        (
            "sqrt(x^2 + y^2)",
            (3, 4),
            5.0 / 3,
            3,
            "∇f is undefined at (x, y) = (0, 0): the derivative of sqrt at 0 is infinite, at step 3",
        ),
    ],
)
def test_every_kind_of_domain_error_mid_run(text, start, learning_rate, steps, reason):
    function = parse_function(text)
    result = run_descent(function, RunSettings(start=start, learning_rate=learning_rate))
    assert result.status is Status.UNDEFINED and result.steps == steps
    assert run_report(function, result)["reason"] == reason


def test_the_seed_divergence_stays_diverged():
    function = parse_function(SEED)
    result = run_descent(function, RunSettings(start=(1, 1), learning_rate=0.7))
    assert result.status is Status.DIVERGED and result.steps == 121
    assert 3.1e10 < result.final_loss < 3.13e10 and result.final_loss > DIVERGENCE_FACTOR * 3  # f(1, 1) = 3
    # every step overshoots further: |x| grows from step to step
    assert np.all(np.diff(np.abs(result.points[1:, 0])) > 0)
    assert run_report(function, result)["reason"] == "diverged at step 121: γ too large, the steps overshoot and grow"


def test_rosenbrock_overflowing_stays_diverged():
    function = parse_function(ROSENBROCK)
    passing_the_limit = run_descent(function, RunSettings(start=(-1.5, 2), learning_rate=0.01))
    assert passing_the_limit.status is Status.DIVERGED and passing_the_limit.steps == 4
    assert np.isfinite(passing_the_limit.final_loss) and passing_the_limit.final_loss > DIVERGENCE_FACTOR * 12.5
    # one step of γ = 1e150 throws w past 1e152, where f overflows to ∞
    overflowing = run_descent(function, RunSettings(start=(-1.5, 2), learning_rate=1e150))
    assert overflowing.status is Status.DIVERGED and overflowing.steps == 1
    assert overflowing.final_loss == np.inf and abs(overflowing.final_point[0]) > 1e152


def test_an_overflow_at_a_moderate_point_is_divergence_not_a_domain_error():
    # exp(x²) from x = 2 with γ = 1: x₁ = 2 − 4e⁴ ≈ −216, where e^(216²) is beyond a float;
    # the point is well inside the distance limit, the value overflowed
    function = parse_function("exp(x^2) + y^2")
    result = run_descent(function, RunSettings(start=(2, 1), learning_rate=1.0))
    assert result.status is Status.DIVERGED and result.steps == 1
    assert abs(result.final_point[0]) < 1000 and result.final_loss == np.inf
    assert domain_error(function, result.final_point).overflow
    # at the start no step was made, so the same overflow is not divergence either
    at_start = run_descent(function, RunSettings(start=(30, 0), learning_rate=0.1))
    assert at_start.status is Status.UNDEFINED and at_start.steps == 0
    assert run_report(function, at_start)["reason"].startswith("f is too large for a float at (x, y) = (30, 0): exp(900)")


def test_lockstep_runs_stop_exactly_as_single_runs():
    function = parse_function("log(x) + y^2")
    settings = [
        RunSettings(start=(1.5, -1), learning_rate=0.1),
        RunSettings(start=(1.5, -1), learning_rate=0.1, optimizer="adam"),
        RunSettings(start=(-1, 1), learning_rate=0.1),
        RunSettings(start=(1.5, -1), learning_rate=1e150),
        RunSettings(start=(1, 0), learning_rate=1e-4),  # x² falls by about 2γ a step: 5,000 steps to 0
    ]
    descent = Descent(function, settings)
    descent.run()
    for index, one in enumerate(settings):
        single = run_descent(function, one)
        assert descent.status(index) is single.status and descent.steps[index] == single.steps
    assert descent.statuses[:4] == [Status.UNDEFINED, Status.UNDEFINED, Status.UNDEFINED, Status.DIVERGED]
    assert descent.steps[2] == 0 and descent.statuses[4] is Status.MAX_STEPS


def test_stop_messages():
    assert stop_message(Status.UNDEFINED, 0, np.nan, 1e-6, 1000) == "undefined at the start: f or ∇f is not a real number there"
    assert stop_message("undefined", 7, np.nan, 1e-6, 1000) == "undefined at step 7: f or ∇f is not a real number there"
    reason = "undefined at (x, y) = (0, 1): division by zero"
    assert stop_message(Status.UNDEFINED, 7, np.nan, 1e-6, 1000, reason=reason) == reason + ", at step 7"
    # the callers that pass no reason read as before
    assert stop_message(Status.DIVERGED, 12, 1e9, 1e-6, 1000, 1e11) == "diverged at step 12: γ too large, the steps overshoot and grow"


def test_a_race_names_the_failing_operation_in_its_legend_and_report():
    function = parse_function("log(x) + y^2")
    race = Race(
        function,
        [
            RaceEntry(RunSettings(start=(1.5, -1), learning_rate=0.1)),
            RaceEntry(RunSettings(start=(1.5, -1), learning_rate=0.7, optimizer="momentum")),
            RaceEntry(RunSettings(start=(3, 1), learning_rate=1e150)),
        ],
    )
    race.run()
    assert race.status_text(0) == "undefined at t = 13: log of a non-positive number (−0.4314)"
    assert race.legend_label(0).endswith("from (1.5, −1): undefined at t = 13: log of a non-positive number (−0.4314)")
    assert race.status_text_at(0, 12) == "running" and race.status_text_at(0, 13) == race.status_text(0)
    assert race.status(2) is Status.DIVERGED and race.status_text(2) == "diverged at t = 1"
    runs = race.to_dict()["runs"]
    assert [run["status"] for run in runs] == ["undefined", "undefined", "diverged"]
    assert runs[0]["reason"] == "undefined at (x, y) = (−0.4314, −0.054976): log of a non-positive number (−0.4314), at step 13"
    assert runs[2]["reason"] == "diverged at step 1: γ too large, the steps overshoot and grow"
    assert status_text(Status.UNDEFINED, 4) == "undefined at t = 4"
    # an undefined run's path stays in the view (it did not fly away): its last point is in the window
    x0, x1, y0, y1 = race_window(race)
    last = race.trajectory(0)[0][-1]
    assert x0 < last[0] < x1 and y0 < last[1] < y1


def test_a_sweep_counts_undefined_runs_apart_from_diverged_ones():
    # sqrt(x) + y² from (1, 1): with γ < 1 the y-part converges and x walks out of the
    # domain; γ > 1 also makes y overshoot and grow, but x leaves the domain first
    rates = [0.01, 0.5, 1.5]
    result = run_sweep(parse_function("sqrt(x) + y^2"), (1.0, 1.0), rates, max_steps=50)
    assert list(result.status) == ["max_steps", "undefined", "undefined"]
    np.testing.assert_array_equal(result.undefined, [False, True, True])
    assert not result.diverged.any() and result.stability_edge() is None
    # γ = 1.5: x = 1 − 1.5/2 = 0.25, then 0.25 − 1.5/(2·0.5) = −1.25
    assert result.steps[2] == 2
    reasons = result.to_dict()["reason"]
    assert reasons[2] == "undefined at (x, y) = (−1.25, 4): sqrt of a negative number (−1.25), at step 2"
    assert reasons[0].startswith("stopped at the step limit (50 steps)")
    assert "0 diverged, 2 undefined (stopped where f or ∇f is not a real number; at γ = 0.5: undefined at" in result.summary()
    seed = run_sweep(parse_function(SEED), (1.0, 1.0), [0.1, 0.7])
    assert list(seed.status) == ["converged", "diverged"] and "undefined" not in seed.summary()


def test_the_readme_documents_every_stop_with_sentences_the_code_writes():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    rows = {line.split(" | ")[0][3:-1]: line for line in readme.splitlines() if line.startswith("| `") and line.count(" | ") == 2}
    assert set(rows) >= {str(status) for status in Status if status is not Status.RUNNING}
    examples = {
        "converged": (SEED, (1, 1), 0.6),
        "diverged": (SEED, (1, 1), 0.7),
        "undefined": ("sqrt(-x)", (1.5, -1), 0.1),
    }
    for status, (text, start, learning_rate) in examples.items():
        function = parse_function(text)
        reason = run_report(function, run_descent(function, RunSettings(start=start, learning_rate=learning_rate)))["reason"]
        assert f"`{reason}`" in rows[status]
    for text, start, learning_rate in (("log(x) + y^2", (1.5, -1), 0.1), ("sqrt(x^2 + y^2)", (3, 4), 5.0 / 3)):
        function = parse_function(text)
        reason = run_report(function, run_descent(function, RunSettings(start=start, learning_rate=learning_rate)))["reason"]
        assert f"`{reason}`" in rows["undefined"]
