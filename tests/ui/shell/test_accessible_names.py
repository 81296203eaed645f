"""Every control a person can reach has a name a screen reader can say: walk every
visible widget of each tab of a started window (with the optimizers' and schedules'
extra fields shown, the sweep view, and the lesson panel on a step with choices and
one with a number) and ask each interactive control and each plot for its name."""

import pyqtgraph as pg
from PySide6 import QtWidgets

from gdstudio.core.descent.optimizers import OPTIMIZERS

INTERACTIVE = (
    QtWidgets.QAbstractButton,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QAbstractSlider,
    QtWidgets.QComboBox,
    QtWidgets.QLineEdit,
    QtWidgets.QAbstractItemView,
    QtWidgets.QTextEdit,
    QtWidgets.QPlainTextEdit,
)


def part_of_another(widget) -> bool:
    """A spin box's or combo box's editor, a line edit's clear button, a table's header
    or a scroll bar: parts Qt names with the control they belong to."""
    if isinstance(widget, (QtWidgets.QHeaderView, QtWidgets.QScrollBar)):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox, QtWidgets.QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(roots) -> list[str]:
    """The visible controls and plots under ``roots`` that have no accessible name, no
    visible buddy label with text (which Qt announces as the name) and, for a button,
    no text of its own."""
    widgets = [widget for root in roots for widget in [root, *root.findChildren(QtWidgets.QWidget)] if widget.isVisible()]
    buddies = {
        id(widget.buddy()): widget.text().replace("&", "")
        for widget in widgets
        if isinstance(widget, QtWidgets.QLabel) and widget.buddy() is not None and widget.text().strip()
    }
    missing = []
    for widget in widgets:
        if isinstance(widget, pg.GraphicsView):
            name = widget.accessibleName()  # a plot says what it draws
        elif isinstance(widget, INTERACTIVE) and not part_of_another(widget):
            name = widget.accessibleName() or buddies.get(id(widget), "")
            if not name and isinstance(widget, QtWidgets.QAbstractButton):
                name = widget.text().replace("&", "")
        else:
            continue
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName() or widget.toolTip()[:40]!r}")
    return missing


def settle():
    for _ in range(3):
        QtWidgets.QApplication.processEvents()


def test_every_visible_control_and_plot_of_every_tab_has_a_name(qtbot, window):
    window.resize(1280, 800)
    missing = set()
    for key in window.tabs:
        window.show_tab(key)
        settle()
        missing.update(f"{key}: {text}" for text in unnamed([window.tab(key)]))
    # the fields that come and go: each optimizer's settings, each γ schedule's, the sweep
    panel = window.tab("function").controls
    window.show_tab("function")
    for index in range(panel.optimizer_combo.count()):
        panel.optimizer_combo.setCurrentIndex(index)
        settle()
        missing.update(f"function, {panel.optimizer_combo.currentText()}: {text}" for text in unnamed([window.tab("function")]))
    assert panel.optimizer_combo.count() == len(OPTIMIZERS)
    for index in range(panel.schedule_combo.count()):
        panel.schedule_combo.setCurrentIndex(index)
        settle()
        missing.update(f"function, {panel.schedule_combo.currentText()}: {text}" for text in unnamed([window.tab("function")]))
    compare = window.tab("compare")
    window.show_tab("compare")
    compare.views.setCurrentIndex(1)
    settle()
    assert compare.sweep_plot.isVisible()
    missing.update(f"compare, sweep: {text}" for text in unnamed([compare]))
    assert sorted(missing) == []


def test_the_lesson_panel_names_its_controls(qtbot, window):
    window.resize(1280, 800)
    action = next(a for a in window.lessons.menu.actions() if a.text() == "Learning is descent")
    action.trigger()
    panel = window.lessons.panel
    missing = set()
    for index in (0, 1, 4):  # no question, a number, three choices
        panel.show_step(index)
        settle()
        assert panel.isVisible()
        missing.update(f"step {index + 1}: {text}" for text in unnamed([window.lessons.dock, window.current_tab()]))
    assert panel.number_edit.isVisible() or panel.choice_rows
    assert sorted(missing) == []


def test_the_names_say_what_each_control_is(window):
    """The controls the issue found nameless, by name."""
    compare = window.tab("compare")
    table = compare.table
    assert table.accessibleName() == "the race's runs, one a row"
    for row in range(table.rowCount()):
        assert [table.cellWidget(row, column).accessibleName() for column in range(table.columnCount())] == [
            "the run's optimizer",
            "the run's step size",
            "the run's learning rate γ",
            "the run's gradient noise σ",
            "the run's start x, y",
            "the run's colour",
        ]
    for key in ("function", "mlp", "compare"):
        assert window.tab(key).timeline.slider.accessibleName() == "timeline: the step shown"
    assert compare.contour.accessibleName() == "contour of f(x, y) with the race's paths"
    assert window.tab("function").contour_plot.accessibleName() == "contour of f(x, y) with the descent path"
    # a run added later is named as the first ones are
    compare.add_run("adam", 0.1)
    assert table.cellWidget(table.rowCount() - 1, 5).accessibleName() == "the run's colour"
