"""A log-scale loss curve never drops a zero or negative loss without saying so."""

import numpy as np

from gdstudio.core.descent.engine import RunSettings, run_descent
from gdstudio.core.descent.loss_scale import log_scale_view
from gdstudio.core.function.language import parse_function


def _loss(text, start, learning_rate):
    return run_descent(parse_function(text), RunSettings(start=start, learning_rate=learning_rate)).loss


def test_positive_losses_stay_on_the_log_axis_with_nothing_to_say():
    loss = _loss("x^2 + x*y + y^2", (1, 1), 0.7)  # the seed's divergence to 3.1e10
    view = log_scale_view(loss)
    assert view.logarithmic and view.note == "" and view.offset == 0 and view.label == "f"
    np.testing.assert_array_equal(view.values, loss)
    assert view.log10.max() > 10  # the true decades: 3.1e10 is above 10¹⁰


def test_a_loss_converging_to_a_negative_minimum_is_drawn_as_f_minus_min_f():
    loss = _loss("x^2 + y^2 - 3", (1, 1), 0.1)
    view = log_scale_view(loss)
    lowest = loss.min()
    assert lowest < 0 and view.logarithmic and view.offset == lowest and view.label == "f − min f"
    assert view.note == "f goes below 0 (min −3): the loss axis shows f − min f on a log scale"
    # every point is there: f − min f itself, the lowest point (0) level with the next-lowest
    gaps = loss - lowest
    next_lowest = np.sort(gaps)[1]
    assert np.all(view.values > 0) and len(view.values) == len(loss)
    np.testing.assert_array_equal(view.values, np.maximum(gaps, next_lowest))
    # f − min f falls by (1 − 2γ)² = 0.64 a step: a straight line on the log axis
    ratios = view.values[1:-2] / view.values[:-3]
    np.testing.assert_allclose(ratios[:40], 0.64, rtol=1e-5)


def test_a_few_decades_below_zero_go_on_a_linear_axis():
    loss = _loss("log(x) + y^2", (1.5, -1), 0.1)  # 1.41 down to −1.78, then not a number
    view = log_scale_view(loss)
    assert not view.logarithmic and view.offset == 0
    assert view.note == "f goes below 0 (min −1.7845): the loss is shown on a linear axis"
    np.testing.assert_array_equal(view.values[:-1], loss[:-1])
    assert np.isnan(view.values[-1])  # a gap where f is not a number


def test_a_loss_that_reaches_zero():
    view = log_scale_view([2.0, 0.0])  # x² + y² from (1, 1) with γ = 0.5 lands on 0
    assert not view.logarithmic and view.note == "f reaches 0: the loss is shown on a linear axis"
    view = log_scale_view([1.0, 0.1, 0.01, 0.001, 0.0], name="L")
    assert view.logarithmic and view.label == "L"
    assert view.note == "L reaches 0: a log axis has no 0, so the zeros are drawn at the lowest positive L, 0.001"
    np.testing.assert_array_equal(view.values, [1.0, 0.1, 0.01, 0.001, 0.001])


def test_no_finite_loss_and_gaps():
    view = log_scale_view([np.nan])  # a start outside the domain
    assert view.logarithmic and view.note == "" and np.isnan(view.values[0])
    view = log_scale_view([4.0, np.inf, 1.0])
    assert view.logarithmic and np.isnan(view.values[1]) and view.values[2] == 1.0
