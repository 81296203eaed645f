"""Small input widgets: a spin box that reads and writes numbers like 1e-05, a
slider on a logarithmic scale, and a field for a point typed as "x, y"."""

from __future__ import annotations

import math
import re

from PySide6 import QtCore, QtGui, QtWidgets

translate = QtCore.QCoreApplication.translate


class ScientificSpinBox(QtWidgets.QDoubleSpinBox):
    """A double spin box showing short numbers (0.1, 1e-05, 2.5) that steps by a
    factor on a log scale (up/down multiply or divide) when ``logarithmic``."""

    def __init__(self, minimum: float, maximum: float, value: float, logarithmic: bool = False, parent=None):
        super().__init__(parent)
        self.logarithmic = logarithmic
        self.setDecimals(300)  # the text, not the decimals, decides the precision shown
        self.setRange(minimum, maximum)
        self.setValue(value)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.setCorrectionMode(QtWidgets.QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)

    def textFromValue(self, value: float) -> str:
        # the locale's decimal separator (0,05 in German); typing accepts it and the point
        return f"{value:.6g}".replace(".", self.locale().decimalPoint())

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip().replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, position: int):
        stripped = text.strip().replace(",", ".")
        if stripped in ("", "-", "+", ".", "-.", "+.") or stripped.lower().endswith(("e", "e-", "e+")):
            return QtGui.QValidator.State.Intermediate, text, position
        try:
            value = float(stripped)
        except ValueError:
            return QtGui.QValidator.State.Invalid, text, position
        if not math.isfinite(value):
            return QtGui.QValidator.State.Invalid, text, position
        if self.minimum() <= value <= self.maximum():
            return QtGui.QValidator.State.Acceptable, text, position
        return QtGui.QValidator.State.Intermediate, text, position

    def fixup(self, text: str) -> str:
        try:
            value = float(text.strip().replace(",", "."))
        except ValueError:
            return self.textFromValue(self.value())
        return self.textFromValue(min(max(value, self.minimum()), self.maximum()))

    def stepBy(self, steps: int) -> None:
        if not self.logarithmic or self.value() <= 0:
            super().stepBy(steps)
            return
        # one step multiplies by 10^(1/4): four clicks per decade
        self.setValue(self.value() * 10 ** (steps / 4.0))
        self.editingFinished.emit()


class DecimalSpinBox(QtWidgets.QDoubleSpinBox):
    """A QDoubleSpinBox that shows the locale's decimal separator and also accepts the
    point (in German "0,2" and "0.2" are both 0.2: a decimal point typed from habit or
    pasted from a paper never becomes a thousands separator)."""

    def _localised(self, text: str) -> str:
        point = self.locale().decimalPoint()
        return text if point == "." else text.replace(".", point)

    def validate(self, text: str, position: int):
        state, _fixed, _position = super().validate(self._localised(text), position)
        return state, text, position

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._localised(text))

    def fixup(self, text: str) -> str:
        return super().fixup(self._localised(text))


class LogSlider(QtWidgets.QSlider):
    """A horizontal slider over [minimum, maximum] on a log₁₀ scale."""

    value_changed = QtCore.Signal(float)
    RESOLUTION = 1000

    def __init__(self, minimum: float, maximum: float, parent=None):
        super().__init__(QtCore.Qt.Orientation.Horizontal, parent)
        self.log_minimum = math.log10(minimum)
        self.log_maximum = math.log10(maximum)
        self.setRange(0, self.RESOLUTION)
        self.valueChanged.connect(self._emit)

    def _emit(self, position: int) -> None:
        self.value_changed.emit(self.real_value())

    def real_value(self) -> float:
        fraction = self.value() / self.RESOLUTION
        return 10 ** (self.log_minimum + fraction * (self.log_maximum - self.log_minimum))

    def set_real_value(self, value: float) -> None:
        """Move the slider without emitting ``value_changed``."""
        if value <= 0:
            return
        fraction = (math.log10(value) - self.log_minimum) / (self.log_maximum - self.log_minimum)
        blocked = self.blockSignals(True)
        self.setValue(int(round(min(max(fraction, 0.0), 1.0) * self.RESOLUTION)))
        self.blockSignals(blocked)


def format_point(point) -> str:
    return ", ".join(f"{float(v):.6g}" for v in point)


class PointEdit(QtWidgets.QLineEdit):
    """A point typed as "x, y" (brackets, spaces and the sign − allowed). A finished
    edit that reads as two finite numbers within ±``limit`` emits ``point_changed``;
    anything else puts the last good point back and emits ``refused`` with a sentence."""

    point_changed = QtCore.Signal(float, float)
    refused = QtCore.Signal(str)

    def __init__(self, point=(0.0, 0.0), limit: float = 1e6, parent=None):
        super().__init__(parent)
        self.limit = limit
        self._point = (float(point[0]), float(point[1]))
        self.setText(format_point(self._point))
        self.setToolTip(translate("PointEdit", "start point x, y (Enter to apply)"))
        self.editingFinished.connect(self._apply)

    def point(self) -> tuple[float, float]:
        return self._point

    def set_point(self, x: float, y: float) -> None:
        """Show a new point without emitting ``point_changed``."""
        self._point = (float(x), float(y))
        self.setText(format_point(self._point))

    def parse(self, text: str) -> tuple[float, float]:
        """The point ``text`` names, or ValueError with a sentence for a person."""
        cleaned = text.strip().strip("()[]").replace("−", "-")
        parts = [p for p in cleaned.replace(";", ",").replace(",", " ").split() if p]
        if len(parts) != 2:
            raise ValueError(self._not_a_point(text))
        try:
            values = tuple(float(p) for p in parts)
        except ValueError:
            raise ValueError(self._not_a_point(text)) from None
        if not all(math.isfinite(v) and abs(v) <= self.limit for v in values):
            raise ValueError(
                translate("PointEdit", "Each coordinate of a start point must be a finite number between {low} and {high}.").format(
                    low=f"{-self.limit:g}", high=f"{self.limit:g}"
                )
            )
        return values

    @staticmethod
    def _not_a_point(text: str) -> str:
        return translate("PointEdit", "A start point is two numbers, x and y, such as 1.5, -1; not {text}.").format(text=repr(text.strip()))

    def _apply(self) -> None:
        if self.text() == format_point(self._point):
            return  # untouched (the text shows the point to 6 digits: reading it back would round it)
        try:
            x, y = self.parse(self.text())
        except ValueError as error:
            self.setText(format_point(self._point))
            self.refused.emit(str(error))
            return
        changed = (x, y) != self._point
        self.set_point(x, y)
        if changed:
            self.point_changed.emit(x, y)


def _takes_tab(widget: QtWidgets.QWidget) -> bool:
    tab = QtCore.Qt.FocusPolicy.TabFocus
    return widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & tab == tab and widget.focusProxy() is None


class _TabMovesOn(QtCore.QObject):
    """Tab and Shift+Tab on a table's cell widget go to the next or previous control of
    the window, as everywhere else, instead of the table's next cell (the item view's
    delegate takes Tab on its cell widgets and would keep the focus in the table)."""

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() != QtCore.QEvent.Type.KeyPress or not isinstance(watched, QtWidgets.QWidget):
            return False
        modifiers = event.modifiers() & ~QtCore.Qt.KeyboardModifier.KeypadModifier
        shift = QtCore.Qt.KeyboardModifier.ShiftModifier
        if event.key() == QtCore.Qt.Key.Key_Tab and modifiers in (QtCore.Qt.KeyboardModifier.NoModifier, shift):
            forward = modifiers != shift
        elif event.key() == QtCore.Qt.Key.Key_Backtab and modifiers in (QtCore.Qt.KeyboardModifier.NoModifier, shift):
            forward = False
        else:
            return False
        widget = watched
        for _ in range(1000):  # the chain is a ring: stop on coming back round
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is watched:
                break
            if _takes_tab(widget):
                reason = QtCore.Qt.FocusReason.TabFocusReason if forward else QtCore.Qt.FocusReason.BacktabFocusReason
                widget.setFocus(reason)
                break
        return True


_TAB_MOVES_ON = None


def tab_moves_on(*widgets: QtWidgets.QWidget) -> None:
    """Let Tab leave ``widgets`` (a table's cell widgets) for the window's next control.
    Call it after ``setCellWidget``: the filter installed last sees the key first."""
    global _TAB_MOVES_ON
    if _TAB_MOVES_ON is None:
        _TAB_MOVES_ON = _TabMovesOn()
    for widget in widgets:
        widget.installEventFilter(_TAB_MOVES_ON)


class LayoutFence(QtWidgets.QWidget):
    """Holds one widget whose text changes while a run plays (a readout, the step panel)
    and passes its size changes on to the window's layout only when they would place it
    differently.

    A QLabel's ``setText`` always invalidates its parent's layout, and that invalidation
    climbs to the window: every frame of a playing run laid out the whole window again
    (the main window's layout, the status bar, every splitter) and repainted most of it,
    about 2 ms of a 12 ms frame here. The fence has no layout of its own, so the label's
    change reaches the fence alone; the fence compares what the layout reads of the label
    (its size hints where its size policy uses them, its height for the current width,
    its minimum and maximum sizes) with what it read last time and invalidates the window's
    layout only when that changed. The layout reads the label's own values through the
    fence, so everything is placed as without a fence. Show and hide the fence (it shows
    and hides the held widget with it), not the held widget alone."""

    def __init__(self, child: QtWidgets.QWidget, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.child = child
        self.setObjectName(child.objectName() + "Fence")
        stretch = child.property("statusStretch")  # what the shell reads of a status widget
        if stretch is not None:
            self.setProperty("statusStretch", stretch)
        child.setParent(self)
        self._item = QtWidgets.QWidgetItem(child)
        self._read = None
        self._sync()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        self.child.setVisible(visible)

    def sizeHint(self) -> QtCore.QSize:
        return self.child.sizeHint()

    def minimumSizeHint(self) -> QtCore.QSize:
        return self.child.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.child.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.child.heightForWidth(width)

    def resizeEvent(self, event) -> None:
        self.child.setGeometry(self.rect())

    def event(self, event) -> bool:
        if event.type() == QtCore.QEvent.Type.LayoutRequest:
            self._sync()
            return True
        return super().event(event)

    def _sync(self) -> None:
        child = self.child
        policy = child.sizePolicy()
        if policy != self.sizePolicy():
            self.setSizePolicy(policy)
        if child.minimumSize() != self.minimumSize():
            self.setMinimumSize(child.minimumSize())
        if child.maximumSize() != self.maximumSize():
            self.setMaximumSize(child.maximumSize())
        # what a layout reads of the child (Qt's own reading: hints as the policy uses them,
        # bounded by the minimum and maximum sizes), as the window's layout reads the fence
        item = self._item
        read = (
            _size(item.sizeHint()),
            _size(item.minimumSize()),
            _size(item.maximumSize()),
            item.heightForWidth(self.width()) if item.hasHeightForWidth() else None,
        )
        if read != self._read:
            self._read = read
            self.updateGeometry()


def _size(size: QtCore.QSize) -> tuple[int, int]:
    return size.width(), size.height()


class ElidedLabel(QtWidgets.QLabel):
    """A one-line label that asks for its text's width but makes do with less: it then
    ends the text with "…" (its tooltip is always the whole text) where a QLabel would
    widen the window. A note that appears or grows while a run plays (the timeline's
    "every k-th step kept") would otherwise raise the window's minimum width: at a large
    zoom past the screen's, and every time as a re-layout and repaint of the whole window."""

    SHORTEST = "…"  # what it shrinks to at the least, besides its margins

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)  # the whole text, where it is shortened

    def _width_of(self, text: str) -> int:
        """The label's width for ``text`` on one line, its margins included."""
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2 * self.margin()

    def sizeHint(self) -> QtCore.QSize:
        """The text's size with every digit read as 0: a count that changes (in a fence) asks
        the window's layout for nothing new until it gains a digit."""
        return QtCore.QSize(self._width_of(re.sub(r"\d", "0", self.text())), super().sizeHint().height())

    def minimumSizeHint(self) -> QtCore.QSize:
        hint = super().minimumSizeHint()
        return QtCore.QSize(min(self._width_of(self.SHORTEST), hint.width()), hint.height())

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        text = self.fontMetrics().elidedText(self.text(), QtCore.Qt.TextElideMode.ElideRight, rect.width())
        if text == self.text():
            super().paintEvent(event)
            return
        painter = QtGui.QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), text, self.foregroundRole())
