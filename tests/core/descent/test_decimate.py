"""Display decimation: what is drawn stays within a pixel of the whole path or curve, and
its size depends on the plot, not on the length of the run."""

import numpy as np
import pytest

from gdstudio.core import PRESETS, Descent, RunSettings, parse_function, run_descent
from gdstudio.core.descent.decimate import LossEnvelope, PathDecimator, loss_envelope, polyline_indices
from gdstudio.core.descent.playback import run_rows

WIDTH, HEIGHT = 800, 500


def _pixels(points, scale):
    return np.asarray(points, dtype=float) * np.asarray(scale, dtype=float)


def _distance_to_segments(points, starts, ends):
    """Distance from each point to the nearest of the segments (all in pixels)."""
    best = np.full(len(points), np.inf)
    direction = ends - starts
    length2 = np.maximum(np.einsum("ij,ij->i", direction, direction), 1e-300)
    for begin in range(0, len(points), 256):
        p = points[begin : begin + 256, None, :]
        s = np.clip(np.einsum("pij,ij->pi", p - starts[None], direction) / length2, 0.0, 1.0)
        nearest = starts[None] + s[..., None] * direction[None]
        best[begin : begin + 256] = np.sqrt(((p - nearest) ** 2).sum(axis=2)).min(axis=1)
    return best


def _polyline_error(path, decimator, scale):
    """The largest distance in pixels from any point of the path to the drawn polyline next
    to it, and from any point of the drawn polyline to the path next to it."""
    kept = decimator.indices
    pixels = _pixels(path, scale)
    vertex = np.searchsorted(kept, np.arange(len(path)), side="right") - 1  # the kept point that began each run
    a, b = pixels[kept[vertex]], pixels[kept[np.minimum(vertex + 1, len(kept) - 1)]]
    previous = pixels[kept[np.maximum(vertex - 1, 0)]]
    to_polyline = np.minimum(_segment_distance(pixels, a, b), _segment_distance(pixels, previous, a))
    # each drawn segment K[j] → K[j+1] against the path's last segment into K[j+1]
    start, end = pixels[kept[:-1]], pixels[kept[1:]]
    before_end = pixels[kept[1:] - 1]
    s = np.linspace(0.0, 1.0, 11)[:, None, None]
    drawn = (1 - s) * start + s * end
    to_path = _segment_distance(
        drawn.reshape(-1, 2), np.broadcast_to(before_end, drawn.shape).reshape(-1, 2), np.broadcast_to(end, drawn.shape).reshape(-1, 2)
    )
    return float(to_polyline.max()), float(to_path.max())


def _segment_distance(points, starts, ends):
    direction = ends - starts
    length2 = np.einsum("ij,ij->i", direction, direction)
    s = np.clip(np.einsum("ij,ij->i", points - starts, direction) / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
    return np.linalg.norm(points - (starts + s[:, None] * direction), axis=1)


def _spiral(count, turns=12.0, noise=0.0, seed=0):
    """A run spiralling into a minimum at (0.3, −0.2), as momentum does."""
    angle = np.linspace(0.0, 2 * np.pi * turns, count)
    radius = np.exp(-angle / (2 * np.pi * 2.5))
    path = np.column_stack([0.3 + radius * np.cos(angle), -0.2 + 0.6 * radius * np.sin(angle)])
    return path + np.random.default_rng(seed).normal(0.0, noise, path.shape)


SCALE = (WIDTH / 2.2, HEIGHT / 1.4)  # pixels per unit: the plot shows 2.2 × 1.4 units


@pytest.mark.parametrize("noise", [0.0, 2e-4], ids=["smooth", "noisy"])
def test_the_drawn_polyline_is_within_a_pixel_of_the_whole_path_and_back(noise):
    path = _spiral(200_000, noise=noise)
    decimator = PathDecimator(segments_above=10**9)
    decimator.reset(path, SCALE)
    to_polyline, to_path = _polyline_error(path, decimator, SCALE)
    assert to_polyline <= 1.0 + 1e-9 and to_path <= 1.0 + 1e-9
    # and much shorter: under two points per pixel of the spiral's length; noise that
    # crosses cells back and forth keeps more (such a path is drawn as its distinct segments)
    length = np.linalg.norm(np.diff(_pixels(path, SCALE), axis=0), axis=1).sum()
    assert len(decimator.indices) < (2 * length if noise == 0 else len(path) / 4)


def test_first_last_and_the_turns_of_a_zig_zag_are_kept_exactly():
    # gradient descent across a narrow valley: every step turns back across it
    function = parse_function("x^2 + 20y^2")
    result = run_descent(function, RunSettings(start=(-1.5, 1.0), learning_rate=0.049, max_steps=3000, tolerance=0))
    scale = (WIDTH / 3.2, HEIGHT / 2.4)
    decimator = PathDecimator(segments_above=10**9)
    decimator.reset(result.points, scale)
    kept = decimator.indices
    np.testing.assert_array_equal(polyline_indices(result.points, scale), kept)
    assert kept[0] == 0 and kept[-1] == len(result.points) - 1
    # while the zig-zag spans two pixels or more, each of its corners is a drawn point
    span = np.abs(np.diff(result.points[:, 1])) * scale[1]
    turns = np.flatnonzero(span[:-1] >= 2.0) + 1
    assert len(turns) > 100 and np.isin(turns, kept).all()
    assert _polyline_error(result.points, decimator, scale)[0] <= 1.0 + 1e-9


def test_the_drawn_size_depends_on_the_drawing_not_on_the_number_of_steps():
    counts = []
    for count in (100_000, 1_000_000):
        decimator = PathDecimator()
        drawn, connect = decimator.follow(_spiral(count), SCALE)
        counts.append(len(drawn))
    # ten times the steps of the same spiral: much the same drawing
    assert connect == "finite" and abs(counts[1] - counts[0]) < 0.1 * counts[0]
    # under two points per pixel of its length (at the scale it works at, a power of two)
    length = np.linalg.norm(np.diff(_pixels(_spiral(100_000), decimator.pixels_per_unit), axis=0), axis=1).sum()
    assert counts[1] < 2 * length


def test_a_long_gradient_descent_run_draws_a_few_points_per_pixel_of_the_plot():
    function = parse_function(PRESETS["rosenbrock"].function)
    settings = RunSettings(start=(-1.5, 2), learning_rate=1e-3, max_steps=200_000, tolerance=0)
    points = np.concatenate([chunk.points for chunk in run_rows(Descent(function, [settings], record=False))])
    scale = (WIDTH / 4.0, HEIGHT / 3.5)
    drawn, connect = PathDecimator().follow(points, scale)
    assert connect == "finite" and len(drawn) < 2 * (WIDTH + HEIGHT)


def test_an_oscillation_at_rest_costs_its_distinct_segments_only():
    # a noisy descent at rest: an Ornstein–Uhlenbeck walk of a few pixels around the minimum
    rng = np.random.default_rng(4)
    count = 1_000_000
    noise = rng.normal(0.0, 0.3, (count, 2)) / np.asarray(SCALE)
    walk = np.empty((count, 2))
    walk[0] = 0.0
    for start in range(1, count, 1000):  # w ← 0.98 w + noise, a thousand steps at a time
        block = noise[start : start + 1000]
        decay = 0.98 ** np.arange(1, len(block) + 1)
        walk[start : start + len(block)] = (
            decay[:, None] * walk[start - 1] + np.cumsum(block / (0.98 ** np.arange(1, len(block) + 1))[:, None], axis=0) * decay[:, None]
        )
    decimator = PathDecimator()
    first, _ = decimator.follow(walk[: count // 5], SCALE)
    drawn, connect = decimator.follow(walk, SCALE)
    assert connect == "pairs" and decimator.as_segments
    # five times the steps, not much more to draw: a hundredth of a point per step
    assert len(drawn) < 1.5 * len(first) and len(drawn) < count / 100
    # every point of the walk is within a pixel of a drawn segment (checked on a sample)
    sample = _pixels(walk[:: count // 4000], SCALE)
    starts, ends = _pixels(drawn[0::2], SCALE), _pixels(drawn[1::2], SCALE)
    assert _distance_to_segments(sample, starts, ends).max() <= 1.0 + 1e-9


def test_segments_keep_the_whole_path_within_a_pixel():
    path = _spiral(5_000, turns=30.0, noise=1e-3, seed=2)
    decimator = PathDecimator(segments_above=200)
    drawn, connect = decimator.follow(path, SCALE)
    assert connect == "pairs" and len(drawn) % 2 == 0
    starts, ends = _pixels(drawn[0::2], SCALE), _pixels(drawn[1::2], SCALE)
    assert _distance_to_segments(_pixels(path, SCALE), starts, ends).max() <= 1.0 + 1e-9
    # and every drawn segment is one of the path's, between two of its points
    assert np.isin(drawn[:, 0], path[:, 0]).all()


@pytest.mark.parametrize("segments_above", [10**9, 300], ids=["polyline", "segments"])
def test_batch_by_batch_draws_exactly_what_one_go_draws(segments_above):
    path = _spiral(60_000, noise=5e-4, seed=5)
    whole = PathDecimator(segments_above)
    whole.follow(path, SCALE)
    grown = PathDecimator(segments_above)
    rng = np.random.default_rng(6)
    end = 1
    while end < len(path):
        end = min(len(path), end + int(rng.integers(1, 3000)))
        grown.follow(path[:end], SCALE)
    for (a, connect_a), (b, connect_b) in [(whole.drawn(), grown.drawn())]:
        assert connect_a == connect_b
        np.testing.assert_array_equal(a, b)


def test_a_zoom_or_a_new_path_starts_again_and_a_small_zoom_does_not():
    path = _spiral(50_000)
    decimator = PathDecimator()
    decimator.follow(path[:30_000], SCALE)
    scale = decimator.pixels_per_unit
    assert all(np.log2(v).is_integer() and v >= s for v, s in zip(scale, SCALE))  # rounded up to powers of two
    decimator.follow(path, (SCALE[0] * 1.05, SCALE[1]))  # within the same power of two: goes on
    assert decimator.pixels_per_unit == scale and decimator.count == len(path)
    zoomed = (SCALE[0] * 4, SCALE[1] * 4)
    drawn, _ = decimator.follow(path, zoomed)
    fresh = PathDecimator()
    fresh.reset(path, decimator.pixels_per_unit)
    np.testing.assert_array_equal(drawn, fresh.drawn()[0])
    assert len(drawn) > len(PathDecimator().follow(path, SCALE)[0])
    other = path[::-1].copy()
    drawn, _ = decimator.follow(other, zoomed)
    np.testing.assert_array_equal(drawn[0], other[0])


def test_non_finite_points_break_the_line_and_a_plot_without_a_size_draws_all():
    path = np.array([[0.0, 0.0], [0.5, 0.5], [np.nan, np.nan], [1.0, 1.0], [np.inf, 2.0], [np.inf, 3.0], [2.0, 2.0]])
    drawn, connect = PathDecimator().follow(path, (100.0, 100.0))
    assert connect == "finite"
    np.testing.assert_array_equal(drawn, path)
    drawn, connect = PathDecimator().follow(path, (0.0, 100.0))  # not laid out yet
    assert drawn is not None and len(drawn) == len(path)


# -- the loss curve ----------------------------------------------------------------------


def _loss_curve(count, seed=0):
    """A falling loss with noise, a diverging spike, and a stretch where f is undefined."""
    rng = np.random.default_rng(seed)
    t = np.arange(count)
    loss = 10.0 * np.exp(-t / (count / 6)) * (1 + 0.3 * rng.random(count)) + 1e-3
    loss[count // 3 : count // 3 + count // 50] = np.nan
    loss[count // 2] = np.inf
    loss[2 * count // 3] = 1e3
    return t, loss


def _envelope_holds_every_value(steps, loss, x, y, steps_per_pixel, logarithmic):
    """Every drawable value has, within a pixel column of its step, a drawn segment
    passing through its height (the curve drawn passes through every value's pixel)."""
    with np.errstate(invalid="ignore"):
        drawable = np.isfinite(loss) & (loss > 0 if logarithmic else True)
    finite = np.isfinite(y)
    # the drawn points, and each drawn segment's low and high end, by pixel column
    left, right = x[:-1], x[1:]
    low, high = np.fmin(y[:-1], y[1:]), np.fmax(y[:-1], y[1:])
    joined = finite[:-1] & finite[1:]
    for step, value in zip(steps[drawable], loss[drawable]):
        near = (np.abs(x - step) <= steps_per_pixel) & finite
        if np.any(y[near] == value):
            continue
        crossing = joined & (right >= step - steps_per_pixel) & (left <= step + steps_per_pixel) & (low <= value) & (value <= high)
        assert crossing.any(), (step, value)


@pytest.mark.parametrize("logarithmic", [False, True], ids=["linear", "log"])
def test_the_loss_envelope_passes_through_every_values_pixel(logarithmic):
    steps, loss = _loss_curve(200_000)
    loss[1000:1100] = -1.0  # below zero: a gap on a log scale
    steps_per_pixel = len(loss) / WIDTH
    x, y = loss_envelope(steps, loss, steps_per_pixel, logarithmic)
    _envelope_holds_every_value(steps[::7], loss[::7], x, y, steps_per_pixel, logarithmic)
    # at most 4 points a bucket, buckets no wider than a pixel column (and half of one at least)
    width = LossEnvelope.bucket_width(steps_per_pixel)
    assert steps_per_pixel / 2 < width <= steps_per_pixel
    assert len(x) <= 4 * (len(loss) / width + 1)
    # the drawn points are the curve's own, in step order; the undefined stretch is a gap
    assert np.all(np.diff(x) > 0)
    drawn = np.isfinite(y)
    np.testing.assert_array_equal(y[drawn], loss[x[drawn].astype(int)])
    gap = (x > len(loss) // 3 + width) & (x < len(loss) // 3 + len(loss) // 50 - width)
    assert gap.any() and np.isnan(y[gap]).all()
    assert not np.isin(np.inf, y)
    if logarithmic:
        assert np.all(y[drawn] > 0) and np.isnan(y[(x >= 1000 + width) & (x < 1100 - width)]).all()


def test_a_growing_curve_draws_what_the_whole_curve_draws_in_one_go():
    steps, loss = _loss_curve(300_000, seed=3)
    envelope = LossEnvelope()
    rng = np.random.default_rng(4)
    end = 1
    while end < len(loss):
        end = min(len(loss), end + int(rng.integers(1, 5000)))
        # the step axis follows the run: the pixel columns widen as it grows
        x, y = envelope.follow(steps[:end], loss[:end], max(end, 100) / WIDTH)
    one_go = loss_envelope(steps, loss, len(loss) / WIDTH)
    np.testing.assert_array_equal(x, one_go[0])
    np.testing.assert_array_equal(y, one_go[1])
    assert len(x) <= 8 * WIDTH


def test_a_thinned_historys_steps_and_a_zoomed_range():
    steps, loss = _loss_curve(100_000, seed=5)
    kept = np.flatnonzero((steps % 8 == 0) | (steps == len(steps) - 1) | (steps == 777))
    steps_per_pixel = len(loss) / WIDTH
    x, y = LossEnvelope().follow(steps[kept], loss[kept], steps_per_pixel)
    _envelope_holds_every_value(steps[kept], loss[kept], x, y, steps_per_pixel, False)
    assert np.isin(x, steps[kept]).all()
    # a zoomed view: the part in view, with one step beyond each end
    x, y = loss_envelope(steps, loss, 10.0, step_range=(5000, 13000))
    assert x[0] == 4999 and x[-1] == 13001 and len(x) <= 4 * (8002 / 8 + 2)


def test_a_finer_scale_or_a_log_switch_starts_again():
    steps, loss = _loss_curve(50_000, seed=6)
    envelope = LossEnvelope()
    envelope.follow(steps, loss, 100.0)
    assert envelope.width == 64
    x, y = envelope.follow(steps, loss, 20.0)  # zoomed in: finer buckets from the whole curve
    np.testing.assert_array_equal(x, loss_envelope(steps, loss, 20.0)[0])
    x, y = envelope.follow(steps, loss, 20.0, logarithmic=True)
    np.testing.assert_array_equal(y, loss_envelope(steps, loss, 20.0, logarithmic=True)[1])


def test_a_thinning_history_is_followed_batch_by_batch_without_starting_again():
    from gdstudio.core.descent.history import RunHistory
    from gdstudio.core.descent.playback import Player

    function = parse_function(PRESETS["rosenbrock"].function)
    player = Player(function, RunSettings(start=(-1.5, 2), learning_rate=2e-4, max_steps=100_000, tolerance=0))
    history = RunHistory(2, budget=4_000)
    path, envelope = PathDecimator(), LossEnvelope()
    scale = (WIDTH / 4.0, HEIGHT / 3.5)
    batch = player.initial_batch()
    while True:
        history.extend(batch.points, batch.loss, batch.gradient)
        drawn, _ = path.follow(history.points, scale, steps=history.steps)
        x, y = envelope.follow(history.steps, history.loss, max(history.total, 100) / WIDTH)
        if player.finished:
            break
        batch = player.advance(997)
    assert history.thinned and history.count < 4_100
    # each saw every row once, as it came, and never started again from the thinned rows
    assert path.count > 2 * history.count and envelope.count > 2 * history.count
    assert _distance_to_segments(_pixels(history.points, scale), _pixels(drawn[:-1], scale), _pixels(drawn[1:], scale)).max() <= 1.0 + 1e-9
    _envelope_holds_every_value(history.steps, history.loss, x, y, history.total / WIDTH, False)
