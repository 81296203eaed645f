"""`gdstudio run` end to end: files, exit codes, one-line errors, nothing half-written."""

import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest

from gdstudio import __version__
from gdstudio.cli import main


def test_json_csv_png_svg(tmp_path, cli):
    paths = {k: tmp_path / f"run.{k}" for k in ("json", "csv", "png", "svg")}
    code, out, err = cli.run(
        "run",
        "--function",
        "x^2 + x*y + y^2",
        "--lr",
        "0.6",
        "--start",
        "-1.5,2",
        "--json",
        str(paths["json"]),
        "--csv",
        str(paths["csv"]),
        "--png",
        str(paths["png"]),
        "--svg",
        str(paths["svg"]),
    )
    assert code == 0 and err == "" and out.startswith("converged:")
    report = cli.json(paths["json"].read_text())
    for key in ("function", "gradient", "optimizer", "lr", "start", "status", "steps", "trajectory", "loss", "final"):
        assert key in report
    assert report["gradient"] == ["2*x + y", "x + 2*y"] and report["status"] == "converged"
    assert report["start"] == [-1.5, 2.0] and report["lr"] == 0.6
    assert len(report["trajectory"]) == len(report["loss"]) == report["steps"] + 1
    assert set(report["final"]) >= {"point", "loss", "grad_norm"} and report["final"]["grad_norm"] < 1e-6
    lines = paths["csv"].read_text().splitlines()
    assert lines[0] == "step,x,y,loss,grad_x,grad_y" and len(lines) == report["steps"] + 2
    row = [float(v) for v in lines[1].split(",")]
    assert row == [0, -1.5, 2.0, 3.25, -1.0, 2.5]
    assert paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and paths["png"].stat().st_size > 20_000
    root = ElementTree.parse(paths["svg"]).getroot()
    assert root.tag.endswith("svg")
    assert sum(1 for el in root.iter() if el.tag.endswith(("path", "polyline"))) > 10
    assert not list(tmp_path.glob(".*part*"))


def test_json_to_standard_output_and_nulls_for_divergence(cli):
    code, out, err = cli.run("run", "--function", "x^2 + x*y + y^2", "--lr", "0.7", "--start", "1,1", "--json", "-")
    assert code == 0
    report = cli.json(out)
    assert report["status"] == "diverged" and report["steps"] == 121
    assert report["reason"] == "diverged at step 121: γ too large, the steps overshoot and grow"
    assert err.startswith("diverged: 121 steps") and err.endswith("; diverged at step 121: γ too large, the steps overshoot and grow\n")


def test_non_finite_numbers_are_written_as_null(cli):
    code, out, _ = cli.run("run", "--function", "sqrt(x) + y^2", "--lr", "0.9", "--start", "1,1", "--json", "-")
    report = cli.json(out)
    assert code == 0 and report["status"] == "undefined"
    assert report["loss"][-1] is None and report["final"]["loss"] is None


def test_a_start_outside_the_domain_is_undefined_not_diverged(cli):
    code, out, err = cli.run("run", "--function", "sqrt(-x)", "--start", "1.5,-1")
    assert code == 0 and err == ""
    assert (
        out
        == "undefined: 0 steps, w = (1.5, -1), f(w) = nan, ‖∇f‖ = nan; undefined at (x, y) = (1.5, −1): sqrt of a negative number (−1.5), at the start\n"
    )


def test_leaving_the_domain_mid_run_is_named_in_the_json_and_the_summary(cli):
    code, out, err = cli.run("run", "--function", "log(x) + y^2", "--start", "1.5,-1", "--json", "-")
    report = cli.json(out)
    assert code == 0 and report["status"] == "undefined" and report["steps"] == 13
    reason = "undefined at (x, y) = (−0.4314, −0.054976): log of a non-positive number (−0.4314), at step 13"
    assert report["reason"] == reason and report["final"]["loss"] is None
    assert err.startswith("undefined: 13 steps, w = (-0.431396, -0.0549756), f(w) = nan") and err.endswith(f"; {reason}\n")
    # a converged run's summary reads as before, and its report says why it stopped
    code, out, _ = cli.run("run", "--function", "x^2 + x*y + y^2", "--lr", "0.6", "--json", "-")
    report = cli.json(out)
    assert report["reason"].startswith("converged at step 69: the gradient is all but zero") and report["reason"].endswith(
        "a local minimum"
    )


def test_preset_and_optimizer(cli):
    code, out, _ = cli.run("run", "--preset", "rosenbrock", "--optimizer", "adam", "--lr", "0.02", "--steps", "3000", "--json", "-")
    report = cli.json(out)
    assert code == 0 and report["optimizer"] == "adam" and report["start"] == [-1.5, 2.0]
    assert np.allclose(report["final"]["point"], [1, 1], atol=0.05)


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["run", "--function", "x^2 + z"], "--function: unknown name 'z'"),
        (["run", "--function", "__import__('os').system('touch pwned')"], "--function:"),
        (["run", "--function", "x^2", "--lr", "fast"], "--lr must be a number"),
        (["run", "--function", "x^2", "--lr", "-1"], "--lr must be a positive number"),
        (["run", "--function", "x^2", "--lr", "nan"], "--lr must be a finite number"),
        (["run", "--function", "x^2", "--start", "1"], "--start takes 2 numbers"),
        (["run", "--function", "x^2", "--steps", "-3"], "--steps must be 0 or more"),
        (["run", "--function", "x^2", "--optimizer", "sgd"], "unknown optimizer 'sgd'"),
        (["run", "--preset", "nope"], "unknown preset 'nope'"),
        (["run"], "give the function"),
        (["run", "--function", "x^2", "--bogus"], "unrecognized arguments"),
        (["run", "--function", "x^2", "--window", "1,0,0,1"], "--window"),
    ],
)
def test_bad_input_exits_2_with_one_error_line(argv, fragment, tmp_path, monkeypatch, cli):
    monkeypatch.chdir(tmp_path)
    code, out, err = cli.run(*argv, "--json", str(tmp_path / "out.json"))
    assert code == 2
    assert err.startswith("error:") and err.count("\n") == 1 and fragment in err
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "pwned").exists()


def test_a_missing_folder_is_refused_before_anything_runs(tmp_path, cli):
    code, _, err = cli.run("run", "--function", "x^2", "--csv", str(tmp_path / "no" / "such" / "run.csv"))
    assert code == 2 and err.startswith("error: --csv: the folder") and err.count("\n") == 1


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"gdstudio {__version__}"


def test_python_dash_m_in_a_subprocess(tmp_path, cli):
    result = subprocess.run(
        [sys.executable, "-m", "gdstudio", "run", "--function", "x^2+y^2", "--start", "-1.5,2", "--json", "-"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert cli.json(result.stdout)["status"] == "converged"
    bad = subprocess.run([sys.executable, "-m", "gdstudio", "run", "--function", "x^"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and bad.stderr.startswith("error:") and bad.stderr.count("\n") == 1


def test_no_display_writes_the_demo_render(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "gdstudio"], capture_output=True, text=True, timeout=60, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "No display found" in result.stdout and result.stdout.count("\n") == 1
    assert (tmp_path / "descent.png").read_bytes()[:4] == b"\x89PNG"


def test_a_200000_step_run_reads_back_as_the_run_every_number(tmp_path, cli):
    from gdstudio.core import PRESETS, RunSettings, parse_function, run_descent

    paths = {k: tmp_path / f"long.{k}" for k in ("json", "csv")}
    argv = ["run", "--preset", "rosenbrock", "--lr", "1e-4", "--tol", "0", "--steps", "200000"]
    code, out, _ = cli.run(*argv, "--json", str(paths["json"]), "--csv", str(paths["csv"]))
    assert code == 0 and out.startswith("max_steps: 200000 steps")
    # the engine's own run, step by step on arrays: the reference for every number
    settings = RunSettings(start=(-1.5, 2.0), learning_rate=1e-4, max_steps=200_000, tolerance=0.0)
    reference = run_descent(parse_function(PRESETS["rosenbrock"].function), settings)
    report = cli.json(paths["json"].read_text())
    assert report["steps"] == 200_000 and report["status"] == "max_steps"
    np.testing.assert_array_equal(np.array(report["trajectory"]), reference.points)
    np.testing.assert_array_equal(np.array(report["loss"]), reference.loss)
    assert report["final"]["point"] == reference.points[-1].tolist() and report["final"]["loss"] == reference.loss[-1]
    table = np.loadtxt(paths["csv"], delimiter=",", skiprows=1)
    np.testing.assert_array_equal(table[:, 0], np.arange(200_001))
    np.testing.assert_array_equal(table[:, 1:3], reference.points)
    np.testing.assert_array_equal(table[:, 3], reference.loss)
    np.testing.assert_array_equal(table[:, 4:], reference.gradient)
    assert not list(tmp_path.glob(".*part*"))


def test_json_to_standard_output_is_the_files_text(tmp_path, cli):
    argv = ["run", "--preset", "himmelblau", "--optimizer", "adam", "--lr", "0.05"]
    code, _, _ = cli.run(*argv, "--json", str(tmp_path / "run.json"))
    code_out, out, err = cli.run(*argv, "--json", "-")
    assert code == code_out == 0 and err.startswith("converged:")
    assert out == (tmp_path / "run.json").read_text(encoding="utf-8")
