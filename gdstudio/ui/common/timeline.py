"""The timeline under a loss curve: scrub a run back and forth without running it again.

A :class:`TimelineBar` is a slider over the stored steps t = 0 … T of a run, with a
label that says where the view is ("t = 12 of 120", or "latest step" while the view
follows the run). Moving it emits ``moved(t)``; the tab then shows that stored step
(its point, arrows, step panel, readouts). ``following`` is True while the view is at
the newest step and moves on with the run.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from gdstudio.ui.common.widgets import ElidedLabel, LayoutFence

translate = QtCore.QCoreApplication.translate


class TimelineBar(QtWidgets.QWidget):
    moved = QtCore.Signal(int)  # the step the person chose

    def __init__(self, name: str, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        caption = QtWidgets.QLabel(translate("TimelineBar", "timeline"))
        self.slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.slider.setObjectName(name + "Slider")
        self.slider.setAccessibleName(translate("TimelineBar", "timeline: the step shown"))
        self.slider.setRange(0, 0)
        self.slider.setToolTip(
            translate("TimelineBar", "drag to look at any stored step (← → one step, Home and End the first and the latest)")
        )
        self.slider.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)  # ← and → belong to the window's actions
        self.label = QtWidgets.QLabel()
        self.label.setObjectName(name + "Label")
        # a width that holds the longest text, so the bar is not laid out again as t changes
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("t = 10,000,000 / 10,000,000"))
        layout.addWidget(caption)
        layout.addWidget(self.slider, 1)
        layout.addWidget(LayoutFence(self.label))  # its text changes every frame of a run
        # a long run kept every k-th step says so here, in one line, shortened where the bar
        # is narrow; its counts change every frame, and only a count that gains a digit
        # reaches the window's layout (see ElidedLabel.sizeHint)
        self.note = ElidedLabel()
        self.note.setObjectName(name + "Note")
        self.note_fence = LayoutFence(self.note)
        self.note_fence.hide()
        layout.addWidget(self.note_fence)
        self.last = 0
        self.position = 0
        self.following = True
        self.slider.valueChanged.connect(self._on_slider)
        self._show()

    def set_last(self, last: int) -> None:
        """The run now has steps 0 … ``last``; a view that follows moves on to it."""
        self.last = max(int(last), 0)
        if self.following:
            self.position = self.last
        self.position = min(self.position, self.last)
        self._show()

    def set_note(self, text: str) -> None:
        if text != self.note.text():
            self.note.setText(text)
            self.note_fence.setVisible(bool(text))

    def set_position(self, t: int) -> None:
        """Show step ``t`` (clamped); the view follows the run again when ``t`` is the latest."""
        self.position = min(max(int(t), 0), self.last)
        self.following = self.position == self.last
        self._show()

    def _show(self) -> None:
        blocked = self.slider.blockSignals(True)
        self.slider.setRange(0, self.last)
        self.slider.setValue(self.position)
        self.slider.blockSignals(blocked)
        if self.following:
            self.label.setText(translate("TimelineBar", "t = {t} (latest)").format(t=f"{self.last:,}"))
        else:
            self.label.setText(translate("TimelineBar", "t = {t} / {last}").format(t=f"{self.position:,}", last=f"{self.last:,}"))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:  # the zoom: the label's room follows the text
            self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("t = 10,000,000 / 10,000,000"))

    def _on_slider(self, value: int) -> None:
        self.set_position(value)
        self.moved.emit(self.position)


def with_timeline(plot: QtWidgets.QWidget, timeline: TimelineBar) -> QtWidgets.QWidget:
    """``plot`` (a tab's loss curve) with ``timeline`` under it, in one column."""
    column = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(plot, 1)
    layout.addWidget(timeline)
    return column
