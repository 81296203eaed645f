"""A race of searched runs as the Compare tab reads it: the evaluation counts in each
batch, the carried next step α₀d of a searched run, and the preset race of Nocedal &
Wright's contrast on Rosenbrock."""

import numpy as np

from gdstudio.core.descent.engine import RunSettings
from gdstudio.core.descent.race import Race, RaceEntry
from gdstudio.core.descent.report import evaluations_text
from gdstudio.core.function.language import parse_function
from gdstudio.core.race_presets import RACE_PRESETS
from gdstudio.core.session import studio_session_from_text, studio_session_text

BOWL = parse_function("x^2 + 10y^2")


def test_each_batch_carries_the_runs_evaluation_counts():
    race = Race(
        BOWL,
        [
            RaceEntry(RunSettings(start=(-2.5, 1.0), learning_rate=1.0, optimizer=o, line_search=s))
            for o, s in (("gd", "armijo"), ("newton", "fixed"))
        ],
    )
    batch = race.batch()
    assert batch.evaluations.tolist() == [[1, 1, 0], [1, 1, 0]]  # the start point's f and ∇f
    batch = race.advance(3)
    np.testing.assert_array_equal(batch.evaluations, race.descent.evaluations)
    assert batch.evaluations is not race.descent.evaluations  # a copy: the worker's race moves on
    assert batch.evaluations[1].tolist() == [2, 2, 1]  # Newton: one step to the minimum, one Hessian
    assert evaluations_text(batch.evaluations[1]) == "f 2, ∇f 2, H 1"
    assert evaluations_text(batch.evaluations[0]).startswith("f ") and ", H" not in evaluations_text(batch.evaluations[0])


def test_a_searched_run_carries_its_next_direction_times_the_first_trial():
    entries = [
        RaceEntry(RunSettings(start=(-2.5, 1.0), learning_rate=0.05, optimizer="gd", line_search="armijo")),
        RaceEntry(RunSettings(start=(-2.5, 1.0), learning_rate=1.0, optimizer="newton")),
        RaceEntry(RunSettings(start=(-2.5, 1.0), learning_rate=0.05, optimizer="gd")),
    ]
    race = Race(BOWL, entries)
    armijo, newton, plain = race.carried_states()
    assert (armijo.searched, newton.searched, plain.searched) == (True, True, False)
    gradient = np.array([-5.0, 20.0])
    np.testing.assert_allclose(armijo.next_step, -0.05 * gradient)  # α₀ = γ along d = −∇f
    np.testing.assert_allclose(newton.point + newton.next_step, [0.0, 0.0], atol=1e-12)  # −H⁻¹∇f lands on the minimum
    assert newton.describe().startswith("next direction d times the first trial α₀: α₀d = (2.5, −1)")
    assert plain.describe().startswith("carries nothing")
    before = race.current_points()
    race.advance(1)
    # the Armijo step with α₀ = 0.05 is accepted at once (f falls enough): the carried step is the step made
    np.testing.assert_allclose(race.current_points()[:2] - before[:2], [armijo.next_step, newton.next_step], atol=1e-12)


def test_the_nocedal_wright_preset_is_a_session_and_shows_the_textbook_contrast():
    preset = RACE_PRESETS["nocedal-wright-rosenbrock"]
    setup = preset.setup
    assert studio_session_from_text(studio_session_text(setup)) == setup
    assert setup.tab == "compare" and setup.function.start == (-1.2, 1.0)
    assert [run.entry(setup.function).settings.method for run in setup.compare.runs] == [
        "gd+armijo",
        "newton+armijo",
        "bfgs+strong-wolfe",
        "lbfgs+strong-wolfe",
        "cg+strong-wolfe",
    ]
    # a shorter limit than the preset's: the second-order runs end long before it, steepest descent does not
    function = setup.function.with_changes(max_steps=1000)
    race = Race(parse_function(setup.function.function), setup.compare.entries(function))
    race.run()
    steps = [int(s) for s in race.descent.steps]
    assert [race.status_text(i).split(" at")[0] for i in range(5)] == ["stopped", "converged", "converged", "converged", "converged"]
    assert steps[0] == 1000 and steps[1] == 21  # Newton with backtracking: 21 steps, as the textbook counts
    assert all(s <= 40 for s in steps[2:])  # BFGS about 30 (scipy's: 34)
