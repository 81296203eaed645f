"""`gdstudio sweep`, `gdstudio analyze` and `gdstudio race` end to end (in-process),
and the animated GIF writer they use."""

import sys

import numpy as np
import pytest

from gdstudio.cli import main

SEED = "x^2 + x*y + y^2"


def run_cli(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_usage_error(capsys, *argv, match=""):
    code, out, err = run_cli(capsys, *argv)
    assert code == 2, (argv, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert match in lines[0]
    return lines[0]


# -- analyze ---------------------------------------------------------------------------------


def test_analyze_seed_reports_eigenvalues_1_and_3(tmp_path, capsys, cli):
    path = tmp_path / "analysis.json"
    code, out, _ = run_cli(capsys, "analyze", "--function", SEED, "--at", "1,-0.5", "--json", str(path))
    assert code == 0
    data = cli.json(path.read_text())
    assert data["hessian"] == [[2.0, 1.0], [1.0, 2.0]]
    assert data["eigenvalues"] == pytest.approx([1.0, 3.0])
    assert data["condition_number"] == pytest.approx(3.0)
    assert data["max_stable_lr"] == pytest.approx(2 / 3)
    assert data["best_lr"] == pytest.approx(0.5)
    assert data["gradient"] == [1.5, 0.0]
    assert "eigenvalues 1, 3" in out and "0.6667" in out


def test_analyze_saddle_gives_null_learning_rates_with_a_note(capsys, cli):
    code, out, err = run_cli(capsys, "analyze", "-f", "x^2 - y^2", "--at", "0,0", "--json", "-")
    assert code == 0 and err == ""
    data = cli.json(out)
    assert data["eigenvalues"] == [-2.0, 2.0]
    assert data["max_stable_lr"] is None and data["best_lr"] is None
    assert data["note"].startswith("a saddle")
    assert data["stationary"] == "saddle"


def test_analyze_where_f_is_undefined_writes_nulls(capsys, cli):
    code, out, _ = run_cli(capsys, "analyze", "-f", "sqrt(x) + y^2", "--at", "-1,0", "--json", "-")
    assert code == 0
    data = cli.json(out)
    assert data["value"] is None and data["max_stable_lr"] is None and "not defined" in data["note"]


# -- sweep -----------------------------------------------------------------------------------


def test_sweep_seed_json_flips_at_two_thirds_and_png(tmp_path, capsys, cli):
    json_path, png_path = tmp_path / "sweep.json", tmp_path / "sweep.png"
    code, out, _ = run_cli(
        capsys,
        "sweep",
        "--function",
        SEED,
        "--start",
        "-1.5,1",
        "--lr-min",
        "0.05",
        "--lr-max",
        "2",
        "--count",
        "200",
        "--json",
        str(json_path),
        "--png",
        str(png_path),
    )
    assert code == 0
    data = cli.json(json_path.read_text())
    lr = np.array(data["lr"])
    status = np.array(data["status"])
    assert len(lr) == len(status) == len(data["steps"]) == len(data["final_loss"]) == 200
    np.testing.assert_allclose(lr[[0, -1]], [0.05, 2.0])
    assert np.all(status[lr < 0.99 * 2 / 3] == "converged")
    assert np.all(status[lr > 1.01 * 2 / 3] == "diverged")
    assert not np.any(status[lr < 2 / 3] == "diverged")
    assert data["curvature"]["max_stable_lr"] == pytest.approx(2 / 3)
    assert data["stable_lr_limit"] == pytest.approx(2 / 3)
    assert "γ < 0.6667 is stable" in out
    from PIL import Image

    with Image.open(png_path) as image:
        assert image.format == "PNG" and image.size[0] == 900


def test_sweep_writes_null_for_non_finite_losses(capsys, cli):
    # sqrt(x): a large step lands at x < 0, where f is not defined
    code, out, err = run_cli(
        capsys,
        "sweep",
        "-f",
        "sqrt(x) + y^2",
        "--start",
        "1,1",
        "--lr-min",
        "0.01",
        "--lr-max",
        "10",
        "--count",
        "5",
        "--steps",
        "50",
        "--json",
        "-",
    )
    assert code == 0
    data = cli.json(out)
    # γ = 10: x = 1 − 10 · 1/(2√1) = −4 after one step, where sqrt(x) is not real
    assert data["status"][-1] == "undefined" and data["final_loss"][-1] is None
    assert data["reason"][-1] == "undefined at (x, y) = (−4, −19): sqrt of a negative number (−4), at step 1"
    assert "5 learning rates" in err  # the summary goes to stderr when the JSON takes stdout
    # the four largest γ leave the domain, none diverges; the summary names the smallest one's failure
    assert data["status"] == ["max_steps"] + ["undefined"] * 4
    assert "0 diverged, 4 undefined (stopped where f or ∇f is not a real number; at γ = 0.05623: undefined at (x, y) = (−" in err
    assert "): sqrt of a negative number (−" in err


def test_sweep_with_another_optimizer_and_limits(capsys, cli):
    code, out, _ = run_cli(
        capsys,
        "sweep",
        "-f",
        SEED,
        "--lr-min",
        "0.01",
        "--lr-max",
        "1",
        "--count",
        "7",
        "--optimizer",
        "adam",
        "--steps",
        "300",
        "--tol",
        "1e-4",
        "--json",
        "-",
    )
    assert code == 0
    data = cli.json(out)
    assert data["optimizer"] == "adam" and data["max_steps"] == 300 and data["tol"] == 1e-4
    assert len(data["lr"]) == 7 and max(data["steps"]) <= 300


# -- race ------------------------------------------------------------------------------------


def test_race_json_png_and_gif(tmp_path, capsys, cli):
    paths = {name: tmp_path / f"race.{name}" for name in ("json", "png", "gif")}
    code, out, _ = run_cli(
        capsys,
        "race",
        "-f",
        SEED,
        "--start",
        "1.5,-1",
        "--run",
        "gd:0.1",
        "--run",
        "momentum:0.05",
        "--run",
        "adam:0.1",
        "--run",
        "gd:0.7",
        "--run",
        "gd:0.9:1/t:0.5",
        "--steps",
        "300",
        "--frames",
        "6",
        *[item for name, path in paths.items() for item in (f"--{name}", str(path))],
    )
    assert code == 0, out
    data = cli.json(paths["json"].read_text())
    runs = data["runs"]
    assert [r["optimizer"] for r in runs] == ["gd", "momentum", "adam", "gd", "gd"]
    assert runs[0]["status"] == "converged" and runs[0]["status_text"] == f"converged at t = {runs[0]['steps']}"
    assert runs[3]["status"] == "diverged"
    assert runs[4]["schedule"] == {"kind": "inverse_time", "decay": 0.5}
    assert len(runs[0]["trajectory"]) == runs[0]["steps"] + 1 == len(runs[0]["loss"])
    assert "gd γ = 0.7: diverged at t = " in out
    from PIL import Image

    with Image.open(paths["png"]) as image:
        assert image.format == "PNG" and image.size[0] == 900
    with Image.open(paths["gif"]) as gif:
        assert gif.format == "GIF"
        assert gif.n_frames == 6
        assert gif.size == (600, 660)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["race.gif", "race.json", "race.png"]


def test_race_json_to_stdout_keeps_the_summary_on_stderr(capsys, cli):
    code, out, err = run_cli(capsys, "race", "-f", SEED, "--run", "gd:0.1", "--run", "nesterov:0.1", "--json", "-")
    assert code == 0
    assert len(cli.json(out)["runs"]) == 2
    assert "nesterov γ = 0.1: converged at t = " in err


def test_race_names_a_run_that_leaves_the_domain(capsys, cli):
    argv = ["race", "-f", "log(x) + y^2", "--start", "1.5,-1", "--run", "gd:0.1", "--run", "gd:1e150", "--json", "-"]
    code, out, err = run_cli(capsys, *argv)
    runs = cli.json(out)["runs"]
    assert code == 0 and [run["status"] for run in runs] == ["undefined", "diverged"]
    assert runs[0]["reason"] == "undefined at (x, y) = (−0.4314, −0.054976): log of a non-positive number (−0.4314), at step 13"
    assert runs[0]["status_text"] == "undefined at t = 13: log of a non-positive number (−0.4314)"
    assert err.splitlines() == [
        "gd γ = 0.1: undefined at t = 13: log of a non-positive number (−0.4314), f(w) = ?",
        "gd γ = 1e+150: diverged at t = 1, f(w) = ?",
    ]


# -- bad input: exit 2 and one line ------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, match",
    [
        (["sweep", "--lr-min", "0.1", "--lr-max", "1"], "--function"),
        (["sweep", "-f", SEED, "--lr-max", "1"], "--lr-min"),
        (["sweep", "-f", SEED, "--lr-min", "1", "--lr-max", "0.1"], "must not be larger"),
        (["sweep", "-f", SEED, "--lr-min", "0", "--lr-max", "1"], "positive"),
        (["sweep", "-f", SEED, "--lr-min", "-0.1", "--lr-max", "1"], "positive"),
        (["sweep", "-f", SEED, "--lr-min", "abc", "--lr-max", "1"], "number"),
        (["sweep", "-f", SEED, "--lr-min", "0.1", "--lr-max", "1", "--count", "0"], "--count"),
        (["sweep", "-f", SEED, "--lr-min", "0.1", "--lr-max", "1", "--optimizer", "sgd"], "unknown optimizer"),
        (["sweep", "-f", "x + z", "--lr-min", "0.1", "--lr-max", "1"], "unknown name 'z'"),
        (["sweep", "-f", "__import__('os')", "--lr-min", "0.1", "--lr-max", "1"], "--function"),
        (["sweep", "-f", SEED, "--lr-min", "0.1", "--lr-max", "1", "--png", "-"], "--png"),
        (["sweep", "-f", SEED, "--lr-min", "0.1", "--lr-max", "1", "--json", "/no/such/folder/x.json"], "does not exist"),
        (["sweep", "-f", SEED, "--lr-min", "0.1", "--lr-max", "1", "--steps", "-5"], "--steps"),
        (["analyze", "-f", SEED], "--at"),
        (["analyze", "-f", SEED, "--at", "1"], "--at takes 2 numbers"),
        (["analyze", "--at", "1,1"], "--function"),
        (["race", "-f", SEED], "--run"),
        (["race", "-f", SEED, "--run", "gd"], "OPTIMIZER:LEARNING_RATE"),
        (["race", "-f", SEED, "--run", "sgd:0.1"], "unknown optimizer"),
        (["race", "-f", SEED, "--run", "gd:0"], "positive"),
        (["race", "-f", SEED, "--run", "gd:fast"], "number"),
        (["race", "-f", SEED, "--run", "gd:0.1:warmup"], "unknown schedule"),
        (["race", "-f", SEED, "--run", "gd:0.1", "--window", "1,0,0,1"], "--window"),
        (["race", "-f", SEED, "--run", "gd:0.1", "--frames", "0"], "--frames"),
        (["race", "-f", SEED, "--run", "gd:0.1", "--gif", "-"], "--gif"),
        (["race", "-f", SEED, "--run", "gd:0.1@1"], "the start after @ takes 2 numbers"),
        (["race", "-f", SEED, "--run", "adam:0.1@x,2"], "the start after @ must be a number"),
        (["race", "-f", SEED, "--run", "gd:0.1@inf,0"], "finite"),
    ],
)
def test_bad_input_exits_2_with_one_error_line(capsys, argv, match):
    assert_usage_error(capsys, *argv, match=match)


def test_race_of_start_points_and_a_cosine_over_the_step_limit(tmp_path, capsys, cli):
    path = tmp_path / "race.json"
    code, out, _ = run_cli(
        capsys,
        "race",
        "-f",
        SEED,
        "--start",
        "1.5,-1",
        "--run",
        "gd:0.1",
        "--run",
        "adam:0.1@-1,2",
        "--run",
        "gd:0.3:cos@0,1",
        "--steps",
        "50",
        "--json",
        str(path),
        "--png",
        str(tmp_path / "race.png"),
    )
    assert code == 0
    runs = cli.json(path.read_text())["runs"]
    assert [run["start"] for run in runs] == [[1.5, -1.0], [-1.0, 2.0], [0.0, 1.0]]
    assert [run["trajectory"][0] for run in runs] == [[1.5, -1.0], [-1.0, 2.0], [0.0, 1.0]]
    assert runs[1]["name"] == "adam γ = 0.1 from (−1, 2)" and "adam γ = 0.1 from (−1, 2): " in out
    # a cosine without a period spans the 50 steps: γ_t reaches its minimum at the last step
    assert runs[2]["schedule"] == {"kind": "cosine", "period": 50, "minimum": 0.0}
    # a start far from the origin that diverges still renders (the window was once empty there)
    code, _, err = run_cli(capsys, "race", "-f", "x^2+y^2", "--start", "1e17,0", "--run", "gd:5", "--png", str(tmp_path / "far.png"))
    assert code == 0 and err == "" and (tmp_path / "far.png").stat().st_size > 0


def test_race_gif_without_pillow_says_so_in_one_line(tmp_path, capsys, monkeypatch):
    for name in [m for m in sys.modules if m == "PIL" or m.startswith("PIL.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "PIL", None)  # import PIL now raises ImportError
    line = assert_usage_error(capsys, "race", "-f", SEED, "--run", "gd:0.1", "--gif", str(tmp_path / "a.gif"), match="Pillow")
    assert "pip install 'gdstudio[animation]'" in line
    assert list(tmp_path.iterdir()) == []


# -- the GIF writer ------------------------------------------------------------------------------


def frames(count, size=(40, 30)):
    for index in range(count):
        array = np.zeros((size[1], size[0], 3), dtype=np.uint8)
        array[:, : index + 1] = (255, 90, 54)
        yield array


def test_write_gif_writes_every_frame_and_reports_progress(tmp_path):
    from PIL import Image

    from gdstudio.export.animation import write_gif

    seen = []
    path = write_gif(tmp_path / "a.gif", frames(8), total=8, progress=lambda done, total: seen.append((done, total)))
    assert path == tmp_path / "a.gif"
    assert seen == [(i, 8) for i in range(1, 9)]
    with Image.open(path) as gif:
        assert gif.n_frames == 8 and gif.size == (40, 30)


def test_cancelling_a_gif_leaves_nothing_behind(tmp_path):
    from gdstudio.export.animation import write_gif

    (tmp_path / "old.gif").write_bytes(b"GIF89a old")
    result = write_gif(tmp_path / "old.gif", frames(10), progress=lambda done, total: done < 4)
    assert result is None
    assert [p.name for p in tmp_path.iterdir()] == ["old.gif"]
    assert (tmp_path / "old.gif").read_bytes() == b"GIF89a old"  # the previous file is untouched


def test_gif_frames_must_share_one_size(tmp_path):
    from gdstudio.export.animation import write_gif
    from gdstudio.export.files import ExportError

    mixed = [np.zeros((10, 10, 3), np.uint8), np.zeros((12, 10, 3), np.uint8)]
    with pytest.raises(ExportError, match="frame 2"):
        write_gif(tmp_path / "a.gif", mixed)
    assert list(tmp_path.iterdir()) == []


# -- MP4 (the optional 'video' extra) ----------------------------------------------------------


def mp4_frames(path):
    """(width, height), frame rate and frame count of an MP4, read back with ffmpeg."""
    import imageio_ffmpeg

    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    count = sum(1 for _ in reader)
    return tuple(meta["size"]), meta["fps"], count


def test_write_mp4_encodes_every_frame_then_holds_the_last(tmp_path):
    pytest.importorskip("imageio_ffmpeg")
    from gdstudio.export.animation import write_animation

    seen = []
    path = write_animation(
        tmp_path / "a.mp4", frames(8), total=8, frame_duration=0.1, final_pause=0.5, progress=lambda done, total: seen.append((done, total))
    )
    assert path == tmp_path / "a.mp4"
    assert seen == [(i, 8) for i in range(1, 9)]
    size, fps, count = mp4_frames(path)
    assert size == (40, 30) and fps == pytest.approx(10.0) and count == 8 + 5
    assert path.read_bytes()[4:8] == b"ftyp"  # an MP4 container


def test_an_odd_sized_mp4_loses_one_pixel_row_and_a_cancel_leaves_nothing(tmp_path):
    pytest.importorskip("imageio_ffmpeg")
    from gdstudio.export.animation import write_mp4

    odd = [np.full((31, 41, 3), 10 * i, np.uint8) for i in range(4)]
    size, _, count = mp4_frames(write_mp4(tmp_path / "odd.mp4", odd, final_pause=0))
    assert size == (40, 30) and count == 4
    assert write_mp4(tmp_path / "gone.mp4", odd, progress=lambda done, total: done < 2) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.mp4"]


def test_animation_suffix_and_missing_extra_are_told_plainly(tmp_path, monkeypatch):
    import sys

    from gdstudio.export.animation import VIDEO_MISSING, write_animation
    from gdstudio.export.files import ExportError

    with pytest.raises(ExportError, match="as .gif or .mp4, not .avi"):
        write_animation(tmp_path / "a.avi", frames(2))
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)  # the extra is not installed
    with pytest.raises(ExportError) as error:
        write_animation(tmp_path / "a.mp4", frames(2))
    assert str(error.value) == VIDEO_MISSING
    assert list(tmp_path.iterdir()) == []


def test_race_mp4(tmp_path, capsys):
    pytest.importorskip("imageio_ffmpeg")
    path = tmp_path / "race.mp4"
    code, out, err = run_cli(
        capsys,
        "race",
        "-f",
        SEED,
        "--start",
        "1.5,-1",
        "--run",
        "gd:0.1",
        "--run",
        "adam:0.1",
        "--steps",
        "200",
        "--frames",
        "5",
        "--mp4",
        str(path),
    )
    assert code == 0, err
    size, _, count = mp4_frames(path)
    assert size == (600, 660) and count > 5  # five frames, then the last held


def test_race_mp4_needs_the_mp4_suffix(tmp_path, capsys):
    code, _, err = run_cli(capsys, "race", "-f", SEED, "--run", "gd:0.1", "--mp4", str(tmp_path / "race.gif"))
    assert code == 2 and "--mp4 writes a .mp4 file" in err
    assert list(tmp_path.iterdir()) == []
