"""`gdstudio run` and `gdstudio race` with a direction and a step size: the JSON's
evaluations and line-search trials, the stops of a search, and one-line errors."""

import numpy as np
import pytest

ROSENBROCK = "(1 - x)^2 + 100*(y - x^2)^2"


def rosenbrock(w):
    x, y = w
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def test_run_json_has_the_evaluations_and_every_steps_trials(cli):
    code, out, err = cli.run(
        "run", "-f", ROSENBROCK, "--start=-1.2,1", "--optimizer", "newton", "--line-search", "armijo", "--lr", "1", "--json", "-"
    )
    assert code == 0 and err.startswith("converged: 21 steps") and "evaluations: f 29, ∇f 29, H 21" in err
    report = cli.json(out)
    assert report["status"] == "converged" and report["steps"] == 21
    assert report["step_size"] == "armijo" and report["search_settings"] == {"c1": 0.0001, "shrink": 0.5}
    searches = report["line_search"]
    assert [s["step"] for s in searches] == list(range(1, 22))
    assert report["evaluations"] == {"f": 1 + sum(len(s["trials"]) for s in searches), "gradient": 29, "hessian": 21}
    trajectory = np.array(report["trajectory"])
    for t, search in enumerate(searches):
        w, d = trajectory[t], np.array(search["direction"])
        alphas = [a for a, _ in search["trials"]]
        assert alphas == [0.5**k for k in range(len(alphas))] and search["step_size"] == alphas[-1]
        for alpha, f in search["trials"]:
            assert f == pytest.approx(rosenbrock(w + alpha * d), rel=1e-12, abs=1e-300)
        np.testing.assert_allclose(trajectory[t + 1], w + search["step_size"] * d, rtol=1e-15, atol=1e-15)
        assert report["loss"][t + 1] <= report["loss"][t] + 1e-4 * search["step_size"] * search["slope"]
    assert max(len(s["trials"]) for s in searches) > 1


def test_run_with_cg_fletcher_reeves_and_lbfgs_memory_reports_them(cli):
    code, out, _ = cli.run(
        "run",
        "-f",
        ROSENBROCK,
        "--start=-1.2,1",
        "--optimizer",
        "cg",
        "--beta",
        "fr",
        "--line-search",
        "strong-wolfe",
        "--c2",
        "0.1",
        "--json",
        "-",
    )
    report = cli.json(out)
    assert code == 0 and report["hyperparameters"] == {"fletcher_reeves": 1.0}
    assert report["search_settings"] == {"c1": 0.0001, "c2": 0.1}
    code, out, _ = cli.run("run", "-f", ROSENBROCK, "--start=-1.2,1", "--optimizer", "lbfgs", "--history", "3", "--lr", "1", "--json", "-")
    report = cli.json(out)
    assert code == 0 and report["hyperparameters"] == {"history": 3.0} and report["step_size"] == "fixed"
    steps = report["steps"]
    assert report["evaluations"] == {"f": steps + 1, "gradient": steps + 1, "hessian": 0}
    for search in report["line_search"]:  # a fixed step: one trial, α = γ after the first step's min(1, 1/‖g‖₁)·γ
        assert search["trials"] == [[search["step_size"], report["loss"][search["step"]]]]
        assert search["step_size"] == (1.0 if search["step"] > 1 else pytest.approx(1 / (215.6 + 88.0), rel=1e-12))


def test_a_plain_run_keeps_its_json_and_gains_only_the_evaluations(cli):
    code, out, _ = cli.run("run", "-f", "x^2 + x*y + y^2", "--lr", "0.6", "--start", "-1.5,2", "--json", "-")
    report = cli.json(out)
    assert code == 0 and "line_search" not in report and "step_size" not in report and "search_settings" not in report
    assert report["evaluations"] == {"f": report["steps"] + 1, "gradient": report["steps"] + 1, "hessian": 0}


def test_race_lists_the_evaluations_of_every_run(cli):
    code, out, err = cli.run(
        "race",
        "-f",
        ROSENBROCK,
        "--start=-1.2,1",
        "--run",
        "gd+armijo:1",
        "--run",
        "newton:1",
        "--run",
        "gd:0.001",
        "--steps",
        "200",
        "--json",
        "-",
    )
    assert code == 0
    runs = cli.json(out)["runs"]
    assert [r["name"] for r in runs] == ["gd+armijo γ = 1", "newton γ = 1", "gd γ = 0.001"]
    armijo, newton, plain = runs
    assert armijo["step_size"] == "armijo" and armijo["status"] == "max_steps" and armijo["steps"] == 200
    assert armijo["evaluations"]["f"] > 201 and armijo["evaluations"]["hessian"] == 0
    assert newton["step_size"] == "fixed" and newton["status"] == "converged" and newton["steps"] == 6
    assert newton["evaluations"] == {"f": 7, "gradient": 7, "hessian": 6}
    assert "step_size" not in plain and plain["evaluations"] == {"f": 201, "gradient": 201, "hessian": 0}
    assert "gd+armijo γ = 1: stopped at the step limit" in err


def test_a_failed_search_ends_the_run_with_a_status_and_a_sentence(cli):
    code, out, err = cli.run(
        "run", "-f", "abs(x) + abs(y)", "--start", "1e-300,1e-300", "--line-search", "armijo", "--lr", "1", "--json", "-"
    )
    report = cli.json(out)
    assert code == 0 and report["status"] == "line_search_failed" and report["steps"] == 0
    assert report["reason"].startswith("the line search failed at step 1: no step size satisfied the Armijo condition")
    assert report["evaluations"]["f"] == 55 and len(report["line_search"][0]["trials"]) == 54
    assert report["line_search"][0]["step_size"] is None
    assert err.startswith("line_search_failed: 0 steps") and "Traceback" not in err


def test_a_direction_that_cannot_be_computed_ends_the_run_as_no_descent(cli):
    code, out, err = cli.run("run", "-f", "x^1.5 + (y - 1)^2", "--start", "0,0", "--optimizer", "newton", "--lr", "1", "--json", "-")
    report = cli.json(out)
    assert code == 0 and report["status"] == "no_descent" and report["steps"] == 0
    assert report["reason"] == "stopped before step 1: d is not a descent direction (the Hessian is not a number here)"
    assert report["evaluations"] == {"f": 1, "gradient": 1, "hessian": 1}


@pytest.mark.parametrize(
    "argv, start",
    [
        (["run", "--line-search", "wolfe"], "error: --line-search: unknown line search 'wolfe'"),
        (["run", "--line-search", "armijo", "--c1", "0"], "error: --c1 must be between 0 and 1"),
        (["run", "--line-search", "armijo", "--c1", "1"], "error: --c1 must be between 0 and 1"),
        (["run", "--line-search", "armijo", "--c1", "nan"], "error: --c1 must be a finite number"),
        (["run", "--line-search", "strong-wolfe", "--c2", "0.00001"], "error: --c2 must be between c1 (0.0001) and 1"),
        (["run", "--line-search", "strong-wolfe", "--c2", "1"], "error: --c2 must be between 0 and 1 (exclusive), not 1"),
        (["run", "--line-search", "strong-wolfe", "--c1", "0.5", "--c2", "0.4"], "error: --c2 must be between c1 (0.5) and 1"),
        (["run", "--optimizer", "lbfgs", "--history", "0"], "error: --history must be at least 1"),
        (["run", "--optimizer", "lbfgs", "--history", "2.5"], "error: --history must be a whole number"),
        (["run", "--optimizer", "gd", "--history", "3"], "error: --history is L-BFGS's memory"),
        (["run", "--line-search", "armijo", "--shrink", "0"], "error: --shrink must be between 0 and 1"),
        (["run", "--line-search", "armijo", "--shrink", "1"], "error: --shrink must be between 0 and 1"),
        (["run", "--line-search", "armijo", "--optimizer", "adam"], "error: --line-search armijo: adam makes its whole step"),
        (["run", "--optimizer", "newtonn"], "error: --optimizer: unknown optimizer 'newtonn'"),
        (["run", "--optimizer", "cg", "--beta", "hs"], "error: --beta must be pr"),
        (["race", "--run", "gd+wolfe:1"], "error: --run gd+wolfe:1: unknown line search 'wolfe'"),
        (["race", "--run", "adam+armijo:1"], "error: --run adam+armijo:1: adam makes its whole step"),
        (["race", "--run", "lbfgs:1", "--history", "0"], "error: --history must be at least 1"),
        (["race", "--run", "gd+armijo:1", "--c1", "2"], "error: --c1 must be between 0 and 1"),
        (["race", "--run", "gd+armijo:1", "--shrink", "1.5"], "error: --shrink must be between 0 and 1"),
        (["race", "--run", "foo+armijo:1"], "error: --run foo+armijo:1: unknown optimizer 'foo'"),
    ],
)
def test_bad_search_input_exits_2_with_one_line_naming_the_option(argv, start, cli):
    code, out, err = cli.run(*argv[:1], "-f", "x^2 + y^2", "--start", "1,1", *argv[1:])
    assert code == 2 and out == ""
    assert err.startswith(start) and err.count("\n") == 1, err


def test_armijo_takes_any_c1_below_one_without_a_c2(cli):
    code, out, err = cli.run(
        "run", "-f", "x^2 + y^2", "--start", "1,1", "--line-search", "armijo", "--c1", "0.95", "--lr", "1", "--json", "-"
    )
    assert code == 0 and cli.json(out)["search_settings"] == {"c1": 0.95, "shrink": 0.5}
