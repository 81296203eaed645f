"""The tabs' settings columns: View → Side panel, and columns that make room for the plots.

At a large zoom on a small screen (175 % on a 1280×720 projector, 250 % on a laptop)
a settings column beside the plots leaves them a strip: a contour 180 px wide, plots
squeezed to their axes. There a tab's column hides itself, and a bar below the tabs
says so, carries Play / Pause, Step and Reset (the Run menu's actions) and a button
that shows the settings after all. The column is back as soon as the window has
room for it again (a smaller zoom, a wider window).

A column "has room" when, beside it, the tab keeps at least ``PLOTS_ROOM`` pixels at
100 %, scaled by the zoom, for its plots. View → Side panel (Ctrl+B) is the reader's
choice and wins: hidden by it, a column stays hidden (and no bar shows); shown by it
(or by the bar's button) while the window is narrow, every column stays shown until
the zoom changes or the window has room for all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio.ui.common.tab import StudioTab
from gdstudio.ui.common.widgets import ElidedLabel

translate = QtCore.QCoreApplication.translate

# the width (px at 100 %) a tab's plots keep beside its settings column; with less the
# column hides itself (1280 px wide: up to 150 % it stays, from 175 % it hides; at 100 % it
# stays beside the lesson panel)
PLOTS_ROOM = 480


class SidePanels(QtCore.QObject):
    """Shows and hides the settings columns of ``tabs()`` in ``area`` (the tabs' widget)
    for the checkable ``action`` (View → Side panel) and the room there is; ``bar`` is a
    tool bar of ``run_actions`` shown while the shown tab's column is hidden for room."""

    def __init__(
        self,
        window: QtWidgets.QMainWindow,
        area: QtWidgets.QWidget,
        tabs: Callable[[], Iterable[StudioTab]],
        action: QtGui.QAction,
        run_actions: Sequence[QtGui.QAction],
    ):
        super().__init__(window)
        self.area = area
        self.tabs = tabs
        self.action = action
        self.zoom = 1.0
        self.chosen = True  # View → Side panel: the reader wants the columns
        self.forced = False  # shown though there is no room (the reader asked, at this zoom)
        self.bar = bar = QtWidgets.QToolBar(translate("SidePanels", "Run"), window)
        bar.setObjectName("roomBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)  # it shows itself when it is needed
        bar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
        for run_action in run_actions:
            bar.addAction(run_action)
        self.show_action = QtGui.QAction(translate("SidePanels", "Show settings"), self)
        self.show_action.setToolTip(
            translate("SidePanels", "Show the settings column beside the plots ({shortcut})").format(
                shortcut=action.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.show_action.triggered.connect(self.action.trigger)
        bar.addAction(self.show_action)
        bar.addSeparator()
        self.note = _Note()
        self.note.setObjectName("roomNote")
        self.note.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.note)
        window.addToolBar(QtCore.Qt.ToolBarArea.BottomToolBarArea, bar)
        bar.hide()
        action.triggered.connect(self._on_chosen)
        area.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        # a resize, and the first show (a resize sent before then found the area hidden)
        if watched is self.area and event.type() in (QtCore.QEvent.Type.Resize, QtCore.QEvent.Type.Show):
            self.lay_out()
        return False

    def has_room(self, panel: QtWidgets.QWidget) -> bool:
        """Whether the tabs' area is wide enough for ``panel`` and, beside it, the plots."""
        needed = max(panel.minimumWidth(), panel.sizeHint().width())
        return self.area.width() - needed >= PLOTS_ROOM * self.zoom

    def set_zoom(self, zoom: float) -> None:
        """A new zoom: a column the reader showed without room hides itself again if it must."""
        self.zoom = zoom
        self.forced = False
        # the new fonts' size hints are there once their change events have been handled
        QtCore.QTimer.singleShot(0, self, self.lay_out)

    def choose(self, shown: bool) -> None:
        """The columns wanted (``shown``) or not, as at the start: a column without room
        still hides itself (View → Side panel checked by the reader shows it anyway)."""
        self.action.setChecked(shown)
        self.chosen, self.forced = shown, False
        self.lay_out()

    def _on_chosen(self, checked: bool) -> None:
        self.chosen = checked
        self.forced = checked and not all(self.has_room(panel) for panel in self._panels())
        self.lay_out()

    def _panels(self) -> list[QtWidgets.QWidget]:
        return [panel for panel in (tab.side_panel() for tab in self.tabs()) if panel is not None]

    def lay_out(self) -> None:
        """Every column shown or hidden for the reader's choice and the room there is; the
        bar shown while the shown tab's column is hidden for room; the action checked
        while the shown tab's column is shown."""
        if not self.area.isVisible():
            return  # its width is not the window's yet: it is laid out again when shown
        shown_tab = self.area.currentWidget() if isinstance(self.area, QtWidgets.QTabWidget) else None
        shown_panel = shown_tab.side_panel() if isinstance(shown_tab, StudioTab) else None
        room = {panel: self.has_room(panel) for panel in self._panels()}
        if all(room.values()):
            self.forced = False  # from here the columns stay for the room there is
        visible = {panel: self.chosen and (self.forced or fits) for panel, fits in room.items()}
        for panel, wanted in visible.items():
            if panel.isVisibleTo(panel.parentWidget()) != wanted:
                panel.setVisible(wanted)
        if shown_panel is None:  # a tab without a column (the 3-D view): the reader's choice
            self.action.setChecked(self.chosen)
            self.bar.hide()
            return
        shown = visible[shown_panel]
        self.action.setChecked(shown)
        hidden_for_room = self.chosen and not shown
        if hidden_for_room:
            note = translate("SidePanels", "Settings hidden to give the plots room at {percent} %.").format(percent=round(self.zoom * 100))
            self.note.setText(note)
        if self.bar.isVisibleTo(self.bar.parentWidget()) != hidden_for_room:
            self.bar.setVisible(hidden_for_room)


class _Note(ElidedLabel):
    """The bar's note: it takes the bar's room left after its buttons, shortened with "…"
    where it has too little (a tool bar moves what does not fit its size hint out of view)."""

    def __init__(self):
        super().__init__()
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QtCore.QSize:
        return self.minimumSizeHint()
