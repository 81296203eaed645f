"""The plots with long runs: a loss curve of 100,000 steps drawn as its envelope,
and a path that oscillates for thousands of steps drawn as its distinct segments."""

import numpy as np
import pytest

from gdstudio.ui.common.plots import ContourPlot, LossPlot


def shown(qtbot, plot, width: int, height: int):
    qtbot.addWidget(plot)
    plot.resize(width, height)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


@pytest.fixture
def loss_plot(qtbot):
    return shown(qtbot, LossPlot(), 800, 300)


def test_a_long_loss_curve_is_drawn_as_its_envelope_and_keeps_its_extremes(qtbot, loss_plot):
    rng = np.random.default_rng(4)
    steps = 100_000
    loss = 10 * np.exp(-np.arange(steps) / 20_000) + rng.uniform(0, 0.5, steps)
    loss[54_321] = 30.0  # one spike
    loss_plot.set_curve_count(2)
    loss_plot.set_losses([loss, loss[:50_000] / 2])
    columns = int(loss_plot.getViewBox().width())
    drawn = []
    for curve, full in zip(loss_plot.loss_curves, (loss, loss[:50_000] / 2)):
        x, y = curve.getOriginalDataset()
        # first, lowest, highest and last of each bucket of steps no wider than a pixel column
        assert len(y) <= 8 * columns + 8
        drawn.append(len(y))
        assert y.min() == full.min() and y.max() == full.max()
        assert x.min() >= 0 and x.max() <= len(full) - 1
    # the view follows the whole curve, not the envelope's few points
    (x_min, x_max), (y_min, y_max) = loss_plot.getViewBox().viewRange()
    assert x_max >= steps - 1 and y_max >= 30.0 and y_min <= 0.0
    # a wider plot has more pixel columns: the envelope is redrawn for them
    loss_plot.resize(1600, 300)
    qtbot.waitUntil(lambda: loss_plot.getViewBox().width() > 1200, timeout=2000)
    _x, y = loss_plot.loss_curves[0].getOriginalDataset()
    assert len(y) > drawn[0]
    loss_plot.resize(800, 300)
    qtbot.waitUntil(lambda: loss_plot.getViewBox().width() < 1000, timeout=2000)
    # zoomed in by hand on 1,000 steps: the points in view are drawn, at full detail
    view = loss_plot.getViewBox()
    view.setXRange(40_000, 41_000, padding=0)
    view.sigRangeChangedManually.emit(view.state["mouseEnabled"])
    assert not loss_plot.following
    x, y = loss_plot.loss_curves[0].getOriginalDataset()
    (x_min, x_max), _ = view.viewRange()
    first, last = int(np.floor(x_min)), int(np.ceil(x_max))
    assert first >= 39_990 and last <= 41_010
    # every step in view, once, and the step just outside each edge (the line runs on to the edge)
    assert x.min() >= first - 1 and x.max() <= last + 1
    assert len(x) == len(np.unique(x))
    np.testing.assert_array_equal(y, loss[x.astype(int)])
    assert set(range(first, last + 1)) <= set(x.astype(int).tolist())


def test_a_short_loss_curve_is_drawn_point_for_point(qtbot, loss_plot):
    loss = np.linspace(5, 1, 500)
    loss_plot.set_loss(loss)
    x, y = loss_plot.loss_curves[0].getOriginalDataset()
    np.testing.assert_array_equal(y, loss)
    np.testing.assert_array_equal(x, np.arange(500))


def test_a_path_oscillating_for_thousands_of_steps_is_drawn_once(qtbot):
    plot = shown(qtbot, ContourPlot(), 600, 600)
    plot.plotItem.setRange(xRange=(-2, 2), yRange=(-2, 2), padding=0)
    approach = np.column_stack([np.linspace(-1.5, 0.0, 1000), np.linspace(1.5, 0.0, 1000)])
    oscillation = np.array([[0.3, 0.0], [-0.3, 0.1]])[np.arange(30_000) % 2]
    path = np.concatenate([approach, oscillation])
    for end in range(5000, len(path) + 1, 5000):  # growing, frame by frame
        plot.set_path(path[:end])
    line = plot.paths[0]
    x, y = line.getData()
    assert line.curve.opts["connect"] == "pairs"
    assert len(x) < 2 * 1100  # the approach's pixels plus the two oscillation segments
    drawn = {tuple(p) for p in np.column_stack([x, y]).round(6)}
    assert (0.3, 0.0) in drawn and (-0.3, 0.1) in drawn
    # the current point is the path's last one
    spot = plot.markers.points()[0]
    assert (spot.pos().x(), spot.pos().y()) == (-0.3, 0.1)
    # a new, short run is drawn point for point again
    plot.set_path(approach[:50])
    x, y = plot.paths[0].getData()
    np.testing.assert_array_equal(np.column_stack([x, y]), approach[:50])


def test_the_loss_grid_lines_sit_on_the_axis_ticks_in_the_axis_colour(qtbot, loss_plot):
    from gdstudio.ui.common.theme import apply_plot_colours

    loss_plot.set_loss(np.linspace(8.0, 1.0, 300))
    view = loss_plot.getViewBox()
    (x_min, x_max), (y_min, y_max) = view.viewRange()
    axis = loss_plot.getAxis("left")
    major = axis.tickValues(y_min, y_max, view.height())[0][1]
    x, y = loss_plot.grid_lines[0].getData()
    assert len(y) >= 4 and set(y) == {v for v in major if y_min <= v <= y_max}
    assert set(x) == {x_min, x_max}  # each line spans the plot
    for scheme in ("dark", "light"):
        apply_plot_colours(loss_plot, scheme)
        pen = loss_plot.grid_lines[0].opts["pen"].color()
        assert pen.rgb() == axis.pen().color().rgb() and pen.alpha() == 64
    # a taller plot has more ticks: the lines follow the axis, not the old height
    loss_plot.resize(800, 1400)
    qtbot.waitUntil(lambda: view.height() > 1000, timeout=2000)
    (_, _), (y_min, y_max) = view.viewRange()
    major = axis.tickValues(y_min, y_max, view.height())[0][1]
    _x, y = loss_plot.grid_lines[0].getData()
    assert set(y) == {v for v in major if y_min <= v <= y_max}
    loss_plot.resize(800, 300)
    # on a log axis the lines follow the decades
    loss_plot.set_logarithmic(True)
    loss_plot.set_loss(np.logspace(2, -6, 300))
    (_, _), (y_min, y_max) = view.viewRange()
    _x, y = loss_plot.grid_lines[0].getData()
    assert len(y) >= 8 and np.allclose(y, np.round(y))  # whole decades, in log₁₀ units


def test_a_new_landscape_reuses_the_iso_line_items_and_labels_its_levels(qtbot):
    from gdstudio.core.function.landscape import evaluate_landscape
    from gdstudio.core.function.language import parse_function

    plot = shown(qtbot, ContourPlot(), 500, 500)
    first = evaluate_landscape(parse_function("x^2 + y^2"), (-2, 2, -2, 2), resolution=101)
    plot.set_landscape(first)
    curve = plot.plotItem.isocurves[0]
    x, _y = curve.getData()
    assert len(x) > 100
    shown_labels = [label for label in plot.plotItem.iso_labels if label.isVisible()]
    assert shown_labels and all(label.textItem.toPlainText() for label in shown_labels)
    # a landscape with no finite values: no lines, no labels, the same items
    flat = evaluate_landscape(parse_function("sqrt(-1 - x^2) + y"), (-1, 1, -1, 1), resolution=21)
    plot.set_landscape(flat)
    assert plot.plotItem.isocurves == [curve]
    assert len(curve.getData()[0] if curve.getData()[0] is not None else []) == 0
    assert not any(label.isVisible() for label in plot.plotItem.iso_labels)
    # back to a bowl: lines and labels again, on the same items
    count = len(plot.plotItem.iso_labels)
    plot.set_landscape(first)
    assert plot.plotItem.isocurves == [curve] and len(plot.plotItem.iso_labels) == count
    assert [label.textItem.toPlainText() for label in plot.plotItem.iso_labels if label.isVisible()] == [
        label.textItem.toPlainText() for label in shown_labels
    ]


def test_a_value_that_lands_in_the_last_bucket_of_a_growing_curve_is_drawn(qtbot, loss_plot):
    """A following loss curve's envelope rewrites its last bucket in place as values arrive;
    the drawn curve must show each of them, not only those that open a new bucket (a plot
    that skipped points it believed it held already missed them)."""
    loss = np.linspace(5.0, 1.0, 20_000)  # far more steps than pixel columns: buckets of many steps
    loss_plot.set_loss(loss)
    x, y = loss_plot.loss_curves[0].getOriginalDataset()
    assert y.min() == 1.0
    for value in (0.5, 0.25, 7.0, 0.1):  # each a new lowest or highest of the last bucket (the last in place)
        loss = np.append(loss, value)
        loss_plot.set_loss(loss)
        curve = loss_plot.loss_curves[0]
        x, y = curve.getOriginalDataset()
        assert value in y and x.max() == len(loss) - 1
        # and what is painted: the curve's path reaches the new value
        _xs, drawn = curve.curve.getData()
        bounds = curve.curve.getPath().boundingRect()
        finite = drawn[np.isfinite(drawn)]
        assert bounds.top() == pytest.approx(finite.min()) and bounds.bottom() == pytest.approx(finite.max())


def test_a_plots_right_click_menu_is_built_when_first_asked_for_and_works(qtbot):
    """The window's plots are made without pyqtgraph's context menu (about 2.5 ms a plot
    at start-up); a right click builds it and shows it, with View All working."""
    from PySide6 import QtCore

    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.show()
    qtbot.waitExposed(plot)
    view = plot.getPlotItem().getViewBox()
    assert view.menu is None and view.menuEnabled()
    centre = plot.mapFromScene(view.mapToScene(view.boundingRect().center()))
    qtbot.mouseClick(plot.viewport(), QtCore.Qt.MouseButton.RightButton, pos=centre)
    qtbot.waitUntil(lambda: view.menu is not None and view.menu.isVisible())
    view.setRange(xRange=(100, 200), yRange=(5, 6), padding=0)
    view.menu.viewAll.trigger()  # View All
    assert view.viewRange()[0][0] < 100
    view.menu.hide()
    # a plot whose menu is switched off keeps it off, and one made without a menu has none
    view.setMenuEnabled(False)
    assert view.getMenu(None) is None and view.getContextMenus(None) == []
    from gdstudio.ui.common.plots import LazyMenuViewBox

    without = LazyMenuViewBox(enableMenu=False)
    assert not without.menuEnabled() and without.getMenu(None) is None


def test_a_growing_curve_is_followed_without_copying_its_steps_each_frame(loss_plot):
    """A history's steps (int64) are kept as they come, and a curve without steps counts
    on a range kept from frame to frame: a float copy of every step, every frame, cost a
    race of six million-step runs 13 ms a frame (45 ms at worst); the envelope converts
    only the new values."""
    loss_plot.set_curve_count(2)
    item = loss_plot.loss_item
    n = 200_000
    loss = np.exp(-np.arange(n) / 5e4)
    steps = np.arange(n, dtype=np.int64) * 3  # a thinned history: every third step
    ranges = []
    for count in (n - 1000, n - 500, n):
        item.set_losses([loss[:count], loss[:count]], [steps[:count], None])
        assert np.shares_memory(item._steps[0], steps)  # the caller's steps, no copy
        assert np.array_equal(item._steps[1], np.arange(count))
        ranges.append(item._steps[1])
    # the range grows by doubling: once grown, the next frames take views of it
    assert np.shares_memory(ranges[-1], ranges[-2])
    x, y = loss_plot.loss_curves[0].getData()
    assert x[-1] == 3 * (n - 1) and y[-1] == pytest.approx(loss[-1])  # drawn to the newest step
    assert loss_plot.loss_curves[1].getData()[0][-1] == n - 1


def _line_pixels(image, colour) -> np.ndarray:
    """Where ``image`` (a QImage) shows ``colour`` (within a small tolerance): a boolean mask."""
    from PySide6 import QtGui

    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    pixels = rows[:, : image.width(), 2::-1].astype(int)  # BGRA in memory: R, G, B
    target = np.array(colour)
    return np.abs(pixels - target).max(axis=2) < 24


def test_a_wide_line_drawn_as_pixel_segments_lies_where_pyqtgraph_draws_it(qtbot):
    from PySide6 import QtGui

    plot = shown(qtbot, ContourPlot(), 400, 400)
    plot.plotItem.setRange(xRange=(-2, 2), yRange=(-2, 2), padding=0)
    t = np.linspace(0, 1, 40)
    plot.set_path(np.column_stack([-1.5 + 3 * t, 1.2 * np.sin(6 * t)]))
    line = plot.paths[0]
    assert line.opts["pen"].widthF() == 2.0
    assert line.curve.opts["segmentedLineMode"] == "on"  # wider than a hairline: segments, in pixels
    colour = QtGui.QColor(line.opts["pen"].color()).getRgb()[:3]
    plot.markers.hide()
    line.setSymbol(None)
    ours = _line_pixels(plot.grab().toImage(), colour)
    line.curve.setSegmentedLineMode("off")  # pyqtgraph's own drawing: one path in data coordinates
    theirs = _line_pixels(plot.grab().toImage(), colour)
    assert theirs.sum() > 400  # the line is on screen
    # the same line: nearly every pixel of one is a pixel of the other (joins and ends differ)
    assert (ours & theirs).sum() >= 0.9 * max(ours.sum(), theirs.sum())


def test_a_path_that_fans_out_over_the_plot_is_drawn_without_its_outline(qtbot):
    plot = shown(qtbot, ContourPlot(), 500, 500)
    plot.plotItem.setRange(xRange=(-2, 2), yRange=(-2, 2), padding=0)
    # a calm path keeps the outline that makes it readable on every colour of the map
    t = np.linspace(0, 1, 120)
    plot.set_path(np.column_stack([-1.5 + 3 * t, np.sin(3 * t)]))
    assert plot.paths[0].opts["shadowPen"] is not None
    # gradient descent just under its stability limit crosses the valley at every step:
    # 120 steps cover the plot many times over, and a translucent outline of them took Qt
    # 130-180 ms a paint
    steps = np.arange(120)
    zigzag = np.column_stack([-1.8 + 1.8 * steps / 120, 1.5 * (-0.99) ** steps])
    plot.set_path(zigzag)
    line = plot.paths[0]
    assert line.opts["shadowPen"] is None
    assert line.curve.opts["segmentedLineMode"] == "on"
    # and a new calm run has its outline again
    plot.set_path(np.column_stack([-1.5 + 3 * t, np.sin(3 * t)]))
    assert plot.paths[0].opts["shadowPen"] is not None


@pytest.mark.parametrize(
    ("zoom", "short", "long"),
    [
        (1.0, (2.0, "on"), (1.0, "off")),  # a long line is a hairline: Qt's fast path, drawn whole
        (1.25, (2.5, "on"), (1.25, "off")),  # 3/4 of 1.25 px would be thinner than a hairline
        (1.75, (3.5, "on"), (1.75 * 0.75, "on")),  # dense segments lay down 4/3 the ink: 3/4 as wide
    ],
)
def test_a_line_is_drawn_as_segments_where_it_is_wider_than_a_hairline(qtbot, loss_plot, zoom, short, long):
    loss_plot.set_zoom(zoom)
    loss_plot.set_curve_count(2)
    loss_plot.set_losses([np.linspace(5, 1, 100), np.linspace(5, 1, 5000)])
    for curve, (width, mode) in zip(loss_plot.loss_curves, (short, long)):
        assert curve.opts["pen"].widthF() == pytest.approx(width)
        assert curve.curve.opts["segmentedLineMode"] == mode
