"""Honest axes: no SI multiplier, whole decades on a log axis, labels that never overlap."""

import numpy as np
import pytest
from PySide6 import QtCore

from gdstudio.core import RunSettings, parse_function, run_descent
from gdstudio.ui.common.axes import HonestAxis, decade_text, nice_step
from gdstudio.ui.common.plots import LossPlot
from gdstudio.ui.function.figure import RunFigure


def shown_plot(qtbot, plot, width=600, height=300):
    qtbot.addWidget(plot)
    plot.resize(width, height)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


def test_decades_are_written_as_powers_of_ten_with_a_true_minus():
    assert decade_text(10) == "10¹⁰" and decade_text(-3) == "10⁻³" and decade_text(0) == "10⁰"
    assert [nice_step(v) for v in (0.7, 1.0, 1.3, 3.0, 7.0, 0.013)] == pytest.approx([1, 1, 2, 5, 10, 0.02])


@pytest.mark.parametrize("height", [140, 260, 600])
def test_a_loss_that_grew_to_3e10_reads_up_to_10_to_the_10_with_no_multiplier(qtbot, tick_labels, height):
    plot = shown_plot(qtbot, LossPlot(), 700, height)
    loss = np.geomspace(0.3, 3.12e10, 122)
    plot.set_logarithmic(True)
    plot.set_loss(loss)
    qtbot.wait(50)
    axis = plot.getAxis("left")
    assert isinstance(axis, HonestAxis) and axis.autoSIPrefixScale == 1.0
    decades = tick_labels.decades(axis)
    assert decades and max(decades) >= 10 and min(decades) <= 0
    assert tick_labels.overlapping(axis) == []
    # every label is a whole decade: no 2·10¹, 3·10¹ … piled on each other
    assert all(text.startswith("10") for _rect, text in tick_labels.drawn(axis))
    assert "x1e" not in axis.labelString() and "×" not in axis.labelString()


@pytest.mark.parametrize("zoom", [1.0, 1.75, 2.5])
@pytest.mark.parametrize("loss", [np.linspace(9.7, 0.0, 500), np.geomspace(90, 0.6, 40), np.linspace(-0.0004, 0.0003, 50)])
def test_labels_never_overlap_at_any_zoom(qtbot, tick_labels, zoom, loss):
    plot = shown_plot(qtbot, LossPlot(), 420, 180)
    for name in ("left", "bottom"):
        plot.getAxis(name).set_zoom(zoom)
    plot.set_logarithmic(bool(np.all(loss > 0)))
    plot.set_loss(loss)
    qtbot.wait(50)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        assert len(tick_labels.drawn(axis)) >= (2 if zoom == 1.0 else 1), name
        assert tick_labels.overlapping(axis) == [], (name, tick_labels.drawn(axis))
        assert all("-" not in text for _rect, text in tick_labels.drawn(axis))  # a true minus, −


def test_the_cli_figure_of_a_diverging_run_shows_its_true_decades(qtbot, tick_labels):
    function = parse_function("x^2 + x*y + y^2")
    result = run_descent(function, RunSettings(start=(1.0, 1.0), learning_rate=0.7))
    assert str(result.status) == "diverged" and result.final_loss > 1e10
    figure = RunFigure(function, result, (-2, 2, -2, 2))
    try:
        axis = figure.loss.getAxis("left")
        assert max(tick_labels.decades(axis)) >= 10
        assert tick_labels.overlapping(axis) == []
    finally:
        figure.close()


def test_the_gamma_seven_tenths_divergence_in_the_window(qtbot, window, tick_labels):
    """The lesson on γ too large: the seed from (1, 1) with γ = 0.7 diverges, and the
    loss axis must say the loss grew past 10¹⁰."""
    window.resize(1280, 720)
    tab = window.tab("function")
    tab.apply_preset("seed")
    tab.set_start(1.0, 1.0)
    tab.controls.learning_rate_spin.setValue(0.7)
    qtbot.waitUntil(lambda: tab.session.learning_rate == 0.7, timeout=3000)
    tab.controls.speed_slider.setValue(tab.controls.speed_slider.maximum())
    with qtbot.waitSignal(tab.run_finished, timeout=10000):
        tab.toggle_play()
    qtbot.waitUntil(lambda: not tab.dirty, timeout=3000)
    tab._redraw_now()
    axis = tab.loss_plot.getAxis("left")
    assert max(tick_labels.decades(axis)) >= 10
    assert tick_labels.overlapping(axis) == []
    assert QtCore.QSize(1280, 720) == window.size()
