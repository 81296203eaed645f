"""Tab reaches every enabled control of each tab, in reading order: press Tab from the
tab bar, as a person without a mouse does, and see which controls get the focus
(nothing traps it, as a table's cell widgets would; the settings column is walked
top to bottom)."""

from PySide6 import QtCore, QtWidgets

TAB_FOCUS = QtCore.Qt.FocusPolicy.TabFocus


def settle():
    for _ in range(3):
        QtWidgets.QApplication.processEvents()


def focusable(root) -> list[QtWidgets.QWidget]:
    """The visible, enabled widgets under ``root`` that take the focus from Tab."""
    return [
        widget
        for widget in [root, *root.findChildren(QtWidgets.QWidget)]
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & TAB_FOCUS == TAB_FOCUS and widget.focusProxy() is None
    ]


def tab_through(qtbot, start: QtWidgets.QWidget, presses: int = 300) -> list[QtWidgets.QWidget]:
    """The widgets the focus visits, pressing Tab from ``start`` until it comes back
    round to one it has visited."""
    start.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    settle()
    visited = []
    for _ in range(presses):
        widget = QtWidgets.QApplication.focusWidget()
        if widget is None or widget in visited:
            break
        visited.append(widget)
        qtbot.keyClick(widget, QtCore.Qt.Key.Key_Tab)
    return visited


def describe(widget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"


def test_tab_reaches_every_enabled_control_of_every_tab_in_reading_order(qtbot, window):
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() or QtWidgets.QApplication.platformName() == "offscreen", timeout=2000)
    problems = []
    for key in window.tabs:
        window.show_tab(key)
        settle()
        tab = window.tab(key)
        wanted = focusable(tab)
        if not wanted:
            continue  # the 3-D tab without an OpenGL display shows a note only
        visited = tab_through(qtbot, window.mode_tabs.tabBar())
        # a table whose cells hold controls hands the focus on to its current cell's control
        problems += [
            f"{key}: Tab never reaches {describe(widget)}"
            for widget in wanted
            if widget not in visited and not any(widget.isAncestorOf(other) for other in visited)
        ]
        panel = tab.side_panel()
        if panel is not None:
            column = [widget for widget in visited if panel.isAncestorOf(widget)]
            heights = [widget.mapTo(panel, QtCore.QPoint(0, 0)).y() for widget in column]
            for (above, y_above), (below, y_below) in zip(zip(column, heights), zip(column[1:], heights[1:])):
                if y_below < y_above - 4:  # the next control is higher up the column: reading order broken
                    problems.append(f"{key}: Tab goes up the settings column from {describe(above)} to {describe(below)}")
    assert problems == [], "\n".join(problems)
