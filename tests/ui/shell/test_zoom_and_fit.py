"""Presentation zoom, presentation mode, a window that fits 1280×720, and notes that read."""

import re

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio.ui.common.plots import LOSS_DATA_HEIGHT
from gdstudio.ui.common.zoom import AA_CONTRAST, contrast_ratio
from gdstudio.ui.shell.side_panels import PLOTS_ROOM


def point_size():
    return QtWidgets.QApplication.font().pointSizeF()


def test_zoom_in_out_and_actual_size_scale_text_and_pens_and_are_remembered(qtbot, window):
    tab = window.tab("function")
    base = point_size()
    tick = tab.loss_plot.getAxis("left").style["tickFont"].pointSizeF()
    marker = tab.contour_plot.markers.opts["size"]
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Equal, QtCore.Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Equal, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 1.25
    assert point_size() == pytest.approx(base * 1.25)
    assert tab.loss_plot.getAxis("left").style["tickFont"].pointSizeF() == pytest.approx(tick * 1.25)
    assert tab.contour_plot.markers.opts["size"] == pytest.approx(marker * 1.25)
    assert tab.contour_plot.gradient_arrow.head.opts["headLen"] == pytest.approx(14 * 1.25)
    window.close()
    from gdstudio.ui import MainWindow

    again = MainWindow()  # the zoom comes back on the next start
    qtbot.addWidget(again)
    assert again.zoom == 1.25 and point_size() == pytest.approx(base * 1.25)
    again.close()


def test_actual_size_zoom_out_and_the_limits(qtbot, window):
    base = point_size()
    window.set_zoom(1.5)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_0, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 1.0 and point_size() == pytest.approx(base)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Minus, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 0.9
    for _ in range(20):
        window.set_zoom(window.zoom * 1.3)
    assert window.zoom == 2.5  # never beyond 250 %
    for _ in range(20):
        window.set_zoom(window.zoom / 1.3)
    assert window.zoom == 0.8  # nor below 80 %
    window.set_zoom(1.0)


def test_presentation_mode_goes_full_screen_at_a_large_zoom_and_comes_back(qtbot, window):
    window.set_zoom(1.1)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)
    assert window.isFullScreen() and window.zoom == 1.75 and window.presentation_action.isChecked()
    note = window.tab("function").controls.preset_note
    assert note.palette().color(QtGui.QPalette.ColorRole.WindowText) == QtWidgets.QApplication.palette().color(
        QtGui.QPalette.ColorRole.WindowText
    )
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)
    assert not window.isFullScreen() and window.zoom == 1.1
    window.set_zoom(1.0)


def test_side_panel_hides_and_shows_the_settings_of_every_tab(qtbot, window):
    panels = [tab.side_panel() for tab in window.tabs.values() if tab.side_panel() is not None]
    assert len(panels) == 3
    qtbot.keyClick(window, QtCore.Qt.Key.Key_B, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert not any(panel.isVisibleTo(window) for panel in panels)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_B, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert panels[0].isVisibleTo(window)


def inside(widget, window) -> bool:
    """Shown, with its whole rectangle inside the window and inside every scroll area's viewport."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, QtCore.QPoint(0, 0))
    rect = QtCore.QRect(top_left, widget.size())
    if not window.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QtWidgets.QScrollArea):
            viewport = parent.viewport()
            area = QtCore.QRect(viewport.mapTo(window, QtCore.QPoint(0, 0)), viewport.size())
            if not area.contains(rect):
                return False
        parent = parent.parentWidget()
    return True


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_every_tab_fits_a_projector_screen(qtbot, window, size):
    window.resize(*size)
    function = window.tab("function")
    checks = {
        "function": lambda: [
            function.controls.play_button,
            function.controls.step_button,
            function.controls.reset_button,
            function.contour_plot,
            function.loss_plot,
            function.step_panel,
            function.controls.curvature_box,
        ],
        "mlp": lambda: [
            window.tab("mlp").controls.play_button,
            window.tab("mlp").controls.reset_button,
            window.tab("mlp").data_plot,
            window.tab("mlp").weight_plot,
            window.tab("mlp").loss_plot,
            window.tab("mlp").readout_label,
        ],
        "compare": lambda: [
            window.tab("compare").play_button,
            window.tab("compare").reset_button,
            window.tab("compare").contour,
            window.tab("compare").loss,
            window.tab("compare").carried_box,
        ],
    }
    for key, widgets in checks.items():
        window.show_tab(key)
        qtbot.wait(100)
        for widget in widgets():
            assert inside(widget, window), (key, widget.objectName())
            assert widget.width() >= 60 and widget.height() >= 20, (key, widget.objectName(), widget.size())


def test_at_every_zoom_every_tab_fits_a_1280_by_720_screen(qtbot, window):
    """From 80 % to 250 % no tab asks for a window larger than 1280×720 (at 250 % the
    columns' minimum widths used to add up to 1,605 px): the settings column scrolls,
    and where it would leave the plots a strip it hides itself."""
    from gdstudio.ui.common.zoom import ZOOM_LEVELS

    window.resize(1280, 720)
    try:
        for zoom in ZOOM_LEVELS:
            window.set_zoom(zoom, remember=False)
            for key, tab in window.tabs.items():
                window.show_tab(key)
                qtbot.wait(20)
                for what, hint in (("tab", tab.minimumSizeHint()), ("window", window.minimumSizeHint())):
                    assert hint.width() <= 1280 and hint.height() <= 720, (zoom, key, what, hint)
                assert window.width() <= 1280 and window.height() <= 720, (zoom, key, window.size())
        # at 250 % the settings column has hidden itself: Play / Pause, Step and Reset are in
        # the bar below the tabs, and the plots have the window's width
        window.show_tab("function")
        qtbot.wait(100)
        function = window.tab("function")
        assert not function.side_panel().isVisible()
        bar = window.side_panels.bar
        for action in (window.play_action, window.step_action, window.reset_action):
            assert inside(bar.widgetForAction(action), window), action.text()
        assert function.contour_plot.width() >= 600
    finally:
        window.set_zoom(1.0, remember=False)


def test_at_250_percent_on_1280_by_720_every_loss_curve_keeps_its_room(qtbot, window):
    """The plot above gives way: each tab's loss plot keeps LOSS_DATA_HEIGHT pixels of
    curve below a contour that stays the larger (the race's curve had 17 px at 250 %,
    the Function tab's 30), and the plot is drawn whole inside its widget."""
    window.resize(1280, 720)
    try:
        for zoom in (1.0, 2.5):
            window.set_zoom(zoom, remember=False)
            for key, above, loss in (
                ("function", "contour_plot", "loss_plot"),
                ("compare", "contour", "loss"),
                ("mlp", "weight_plot", "loss_plot"),
            ):
                window.show_tab(key)
                qtbot.wait(50)
                tab = window.tab(key)
                plot = getattr(tab, loss)
                curve = plot.plotItem.getViewBox().height()
                assert curve >= LOSS_DATA_HEIGHT, (zoom, key, curve)
                assert plot.plotItem.height() <= plot.height() + 1, (zoom, key, plot.plotItem.height(), plot.height())
                assert getattr(tab, above).plotItem.getViewBox().height() > curve, (zoom, key)
                assert window.height() <= 720
    finally:
        window.set_zoom(1.0, remember=False)


def bar_button(window, action):
    return window.side_panels.bar.widgetForAction(action)


def test_a_settings_column_without_room_hides_itself_with_a_note_and_comes_back(qtbot, window):
    """At a zoom where the settings would leave the plots a strip, the column hides itself;
    a bar says so and carries Play / Pause, Step and Reset; its button (or Ctrl+B) brings
    the settings back; with room again (a wider window, a smaller zoom) the column is back."""
    window.resize(1280, 720)
    function = window.tab("function")
    panel, bar = function.side_panel(), window.side_panels.bar
    try:
        qtbot.wait(50)
        assert panel.isVisible() and not bar.isVisible() and window.side_panel_action.isChecked()
        squeezed = function.contour_plot.width()
        window.set_zoom(1.75, remember=False)
        qtbot.waitUntil(lambda: bar.isVisible())
        assert not panel.isVisible() and not window.side_panel_action.isChecked()
        assert "175 %" in window.side_panels.note.toolTip()
        qtbot.wait(50)
        assert function.contour_plot.width() > squeezed  # the plots took the column's room
        # the bar's buttons drive the run, as the Run menu does
        qtbot.mouseClick(bar_button(window, window.step_action), QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: function.trajectory.count == 2)
        qtbot.mouseClick(bar_button(window, window.reset_action), QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: function.trajectory.count == 1)
        # Show settings: the column comes back though the room is short, until the zoom changes
        qtbot.mouseClick(bar_button(window, window.side_panels.show_action), QtCore.Qt.MouseButton.LeftButton)
        assert panel.isVisible() and not bar.isVisible() and window.side_panel_action.isChecked()
        window.set_zoom(2.0, remember=False)
        qtbot.waitUntil(lambda: bar.isVisible())
        assert not panel.isVisible()
        # every tab with a column follows; the tab without one (the 3-D view) shows no bar
        for key in ("mlp", "compare"):
            window.show_tab(key)
            assert not window.tab(key).side_panel().isVisible() and bar.isVisible()
        window.show_tab("surface")
        assert not bar.isVisible()
        window.show_tab("function")
        # a wider window has the room: the column is back, the bar gone
        window.resize(1920, 1080)
        qtbot.waitUntil(lambda: panel.isVisible())
        assert not bar.isVisible() and window.side_panel_action.isChecked()
    finally:
        window.resize(1280, 720)
        window.set_zoom(1.0, remember=False)
    qtbot.waitUntil(lambda: panel.isVisible())
    assert not bar.isVisible()


def test_a_column_the_reader_hid_stays_hidden_at_every_zoom_without_a_note(qtbot, window):
    window.resize(1280, 720)
    panel, bar = window.tab("function").side_panel(), window.side_panels.bar
    try:
        qtbot.keyClick(window, QtCore.Qt.Key.Key_B, QtCore.Qt.KeyboardModifier.ControlModifier)
        assert not panel.isVisible() and not bar.isVisible()
        window.set_zoom(2.5, remember=False)
        qtbot.wait(50)
        assert not panel.isVisible() and not bar.isVisible()  # the reader's choice: nothing to say
        # Ctrl+B at 250 %: the reader wants the settings, room or not
        qtbot.keyClick(window, QtCore.Qt.Key.Key_B, QtCore.Qt.KeyboardModifier.ControlModifier)
        assert panel.isVisible() and not bar.isVisible()
    finally:
        window.set_zoom(1.0, remember=False)


def test_the_network_plots_captions_scroll_rather_than_squeeze_the_plots(qtbot, window):
    """A caption takes the height of its text but at most a third of its box: whole at
    100 %, scrolling at 250 % on 1280×720 where its sentences would squeeze the plot."""
    from gdstudio.ui.mlp.tab import CaptionedPlot

    window.resize(1280, 720)
    window.show_tab("mlp")
    tab = window.tab("mlp")
    boxes = tab.findChildren(CaptionedPlot)
    assert len(boxes) == 2
    try:
        qtbot.waitUntil(lambda: tab.drawn_landscape is not None, timeout=10_000)  # both captions say their all
        qtbot.wait(100)
        for box in boxes:
            assert box.caption_scroll.verticalScrollBar().maximum() == 0, box.caption.text()  # whole
            assert box.caption_scroll.height() >= box.caption.heightForWidth(box.caption_scroll.width())
        window.set_zoom(2.5, remember=False)
        qtbot.wait(200)
        scrolled = 0
        for box in boxes:
            assert box.caption_scroll.height() <= box.height() // 3 + 1
            if box.caption.heightForWidth(box.caption_scroll.viewport().width()) > box.caption_scroll.height():
                assert box.caption_scroll.verticalScrollBar().maximum() > 0  # the rest scrolls
                scrolled += 1
            plot = box.layout().itemAt(1).widget()
            assert plot.height() >= box.height() // 2
        assert scrolled >= 1  # the data's caption, four lines at 250 %, scrolls
    finally:
        window.set_zoom(1.0, remember=False)


def label_colours(label):
    palette = label.palette()
    group = QtGui.QPalette.ColorGroup.Active if label.isEnabled() else QtGui.QPalette.ColorGroup.Disabled
    colours = [palette.color(group, QtGui.QPalette.ColorRole.WindowText)]
    sheet = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
    if sheet:
        colours = [QtGui.QColor(sheet.group(1))]
    # coloured text in rich text; a swatch (a span with its own background) is a colour sample, not text
    for span in re.findall(r"<span[^>]*>", label.text()):
        found = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})", span)
        if found and "background" not in span:
            colours.append(QtGui.QColor(found.group(1)))
    return colours


def test_no_text_in_the_window_is_lighter_than_wcag_aa(qtbot, window):
    background = QtWidgets.QApplication.palette().color(QtGui.QPalette.ColorRole.Window)
    window.tab("function").apply_preset("rosenbrock")  # its note shows
    for key in window.tabs:
        window.show_tab(key)
        qtbot.wait(200)
        for label in window.findChildren(QtWidgets.QLabel):
            if not label.isVisible() or not label.text().strip():
                continue
            for colour in label_colours(label):
                assert contrast_ratio(colour, background) >= AA_CONTRAST, (key, label.objectName(), label.text()[:40], colour.name())


@pytest.mark.parametrize("code", ["de", "es", "zh_CN"])
def test_every_tab_fits_1280_by_720_in_every_language(qtbot, window_in, code):
    """German has the longest words: every tab still fits 1280×720, with Play, Step and
    Reset on screen and the settings column needing no sideways scrolling at 100 %."""
    window = window_in(code)
    problems = []
    for key, tab in window.tabs.items():
        window.show_tab(key)
        qtbot.wait(50)
        for what, hint in (("tab", tab.minimumSizeHint()), ("window", window.minimumSizeHint())):
            if hint.width() > 1280 or hint.height() > 720:
                problems.append(f"{key}: the {what} asks for {hint.width()}×{hint.height()}")
        controls = getattr(tab, "controls", tab)
        for name in ("play_button", "step_button", "reset_button"):
            button = getattr(controls, name, None)
            if button is not None and not inside(button, window):
                problems.append(f"{key}: {name} ({button.text()!r}) is not on screen")
        panel = tab.side_panel()
        scroll = panel.findChild(QtWidgets.QScrollArea) if panel is not None else None
        if scroll is not None and scroll.horizontalScrollBar().maximum() > 0:
            problems.append(f"{key}: the settings column scrolls sideways by {scroll.horizontalScrollBar().maximum()} px")
    assert problems == [], "\n".join(problems)


def test_a_window_started_at_250_percent_on_a_small_screen_opens_with_the_plots_given_room(qtbot, messages, at_first_contour_paint):
    """The zoom is remembered: the next start, staged as the application starts, builds
    its tabs into a 1280×720 window at 250 % and opens with the column hidden and the bar."""
    from gdstudio.ui.shell.main_window import MainWindow

    QtCore.QSettings().setValue("view/zoom", 2.5)
    window = MainWindow(staged=True)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    try:
        column_shown = lambda: window.tab("function").side_panel().isVisible()  # noqa: E731
        with at_first_contour_paint(window, column_shown) as at_first_contour, qtbot.waitSignal(window.loaded, timeout=20_000):
            window.show()
        assert at_first_contour == [False]  # the first contour is painted with the plots' room, not squeezed
        qtbot.waitUntil(lambda: window.side_panels.bar.isVisible())
        assert window.zoom == 2.5
        assert not window.tab("function").side_panel().isVisible()
        assert "250 %" in window.side_panels.note.toolTip()
    finally:
        window.set_zoom(1.0, remember=False)
        window.close()


def test_settings_shown_without_room_stay_shown_across_tabs(qtbot, window):
    """Show settings holds until the zoom changes or every column has room: a tab whose
    column has room in between does not take it back."""
    window.resize(1280, 720)
    function = window.tab("function")
    panels = window.side_panels
    # a width where the Function tab's column has no room and the network's has
    need = {
        key: max(tab.side_panel().minimumWidth(), tab.side_panel().sizeHint().width())
        for key, tab in window.tabs.items()
        if tab.side_panel()
    }
    assert need["function"] > need["mlp"]
    window.resize(window.width() - window.mode_tabs.width() + need["mlp"] + PLOTS_ROOM + 2, 720)
    try:
        qtbot.waitUntil(lambda: panels.bar.isVisible())
        assert not function.side_panel().isVisible()
        qtbot.mouseClick(panels.bar.widgetForAction(panels.show_action), QtCore.Qt.MouseButton.LeftButton)
        assert function.side_panel().isVisible()
        window.show_tab("mlp")
        assert window.tab("mlp").side_panel().isVisible() and not panels.bar.isVisible()
        window.show_tab("surface")  # no column: the menu's check mark is the reader's choice
        assert window.side_panel_action.isChecked()
        window.show_tab("function")
        assert function.side_panel().isVisible() and not panels.bar.isVisible()
    finally:
        window.resize(1280, 720)
        window.show_tab("function")
    qtbot.waitUntil(lambda: function.side_panel().isVisible() and not panels.forced)
