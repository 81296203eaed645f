"""The Help menu, the window icon and the plot background, used the way a person does."""

import re

import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio import __version__


def menu_action(window, menu_title: str, text: str) -> QtGui.QAction:
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu_title:
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
                if action.menu() is not None:
                    for inner in action.menu().actions():
                        if inner.text().replace("&", "") == text:
                            return inner
    raise AssertionError(f"no {menu_title} → {text} in the menus")


def background_of(plot: pg.PlotWidget) -> QtGui.QColor:
    """The colour drawn in the plot's top-left corner (outside the data, inside the widget)."""
    image = plot.grab().toImage()
    return image.pixelColor(2, 2)


def test_window_has_the_application_icon(window):
    icon = window.windowIcon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes


def test_f1_opens_the_guide_to_the_lesson(qtbot, window):
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F1)
    guide = window.findChild(QtWidgets.QDialog, "guideDialog")
    assert guide is not None and guide.isVisible()
    text = guide.findChild(QtWidgets.QTextBrowser, "guideBrowser").toPlainText()
    assert "L(w) = Σi E(fw(xi), yi)" in text  # sub-scripts flatten to plain text
    assert "w ← w − γ ∇f(w)" in text
    assert "γ < 2/3" in text and "Too big" in text and "Too small" in text
    assert "Converged" in text and "saddle" in text and "Step limit" in text and "Diverged" in text
    # the shortcut table is read from the window's own actions, so it cannot go stale
    for key, what in (("Space", "Play / Pause"), ("Right", "Step"), ("F1", "Guide"), ("Ctrl+E", "Export")):
        assert re.search(rf"\n{re.escape(key)}\s+{re.escape(what)}", text), (key, what)
    guide.close()


def test_about_shows_the_version_the_licence_and_links(qtbot, window):
    menu_action(window, "Help", "About gdstudio").trigger()
    about = window.findChild(QtWidgets.QDialog, "aboutDialog")
    assert about is not None and about.isVisible()
    text = about.findChild(QtWidgets.QLabel, "aboutText").text()
    assert f"gdstudio {__version__}" in text
    assert "MIT licence" in text and "href='https://" in text
    assert QtCore.qVersion() in text
    about.close()


@pytest.mark.parametrize("choice, dark", [("Dark", True), ("Light", False)])
def test_plot_background_follows_the_view_menu_and_is_remembered(qtbot, window, choice, dark):
    window.mode_tabs.setCurrentWidget(window.tab("compare"))  # a race, with entries in its legend
    qtbot.waitUntil(lambda: len(window.tab("compare").legend.items) == 3, timeout=5000)
    window.mode_tabs.setCurrentIndex(0)
    menu_action(window, "View", choice).trigger()
    for plot in (window.tab("function").contour_plot, window.tab("function").loss_plot):
        colour = background_of(plot)
        assert (colour.lightness() < 60) if dark else (colour.lightness() > 200), (choice, colour.name())
    # the axes' text stays readable on it
    axis_colour = window.tab("function").loss_plot.getAxis("bottom").textPen().color()
    assert abs(axis_colour.lightness() - background_of(window.tab("function").loss_plot).lightness()) > 80
    assert QtCore.QSettings().value("view/plot_background") == choice.lower()
    # the race legend sits on the contour's colours: its backdrop is the plot background,
    # nearly opaque, and its text the axes' colour, so it reads in both schemes
    legend = window.tab("compare").legend
    assert legend.opts["brush"].color().rgb() == background_of(window.tab("function").contour_plot).rgb()
    assert legend.opts["brush"].color().alpha() == 200
    assert abs(legend.opts["labelTextColor"].lightness() - background_of(window.tab("function").contour_plot).lightness()) > 80
    # the entries already in the legend are redrawn in the new colour too
    for _sample, label in legend.items:  # (the drawn text, not only the stored option)
        assert f"color:{legend.opts['labelTextColor'].name()}" in label.item.toHtml()

    from gdstudio.ui import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.plot_background.scheme == choice.lower()
    assert menu_action(again, "View", choice).isChecked()
    again.close()


def test_follow_system_turns_the_plots_dark_with_a_dark_palette(qtbot, window, qapp):
    menu_action(window, "View", "Follow system").trigger()
    light_palette = qapp.palette()
    assert window.plot_background.scheme == "light"  # the offscreen platform's palette is light
    dark_palette = QtGui.QPalette(light_palette)
    dark_palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor("#202020"))
    dark_palette.setColor(QtGui.QPalette.ColorRole.WindowText, QtGui.QColor("#e0e0e0"))
    try:
        qapp.setPalette(dark_palette)
        qtbot.waitUntil(lambda: window.plot_background.scheme == "dark", timeout=2000)
        assert background_of(window.tab("function").loss_plot).lightness() < 60
    finally:
        qapp.setPalette(light_palette)
    qtbot.waitUntil(lambda: window.plot_background.scheme == "light", timeout=2000)


def test_the_guide_has_a_section_for_the_mlp_and_the_compare_tabs(qtbot, window):
    from gdstudio.core.mlp.help import MLP_HELP_TITLE

    guide = window.help.show_guide()
    browser = guide.findChild(QtWidgets.QTextBrowser, "guideBrowser")
    text = browser.toPlainText()
    mlp = text.index(MLP_HELP_TITLE)
    compare = text.index("The Compare tab")
    keyboard = text.index("Keyboard")
    assert mlp < compare < keyboard
    # the MLP tab: the network, the loss as a sum of errors, the boundary, what the slice is and is not
    section = text[mlp:compare]
    for words in ("The loss is a sum of errors", "The decision boundary", "What the weight-space map is, and is not"):
        assert words in section, words
    assert "Re-fit the plane to the path" in section
    assert "the training and test data as CSV" in section and "timeline" in section
    # the research references are in the Help, after the lesson's own words
    assert "Visualizing the Loss Landscape of Neural Nets" in section
    assert section.index("Visualizing the Loss Landscape") > section.index("What the weight-space map is")
    # the Compare tab: races, the carried state and the sweep with its two limits
    section = text[compare:keyboard]
    assert "Races." in section and "−γb" in section and "next step Δw" in section
    assert "2/λmax" in section and "2/(λmin + λmax)" in section  # sub-scripts flatten to plain text
    guide.close()
