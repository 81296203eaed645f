"""Plot backgrounds that suit the desktop: dark, light, or following the system.

The widgets take their colours from the system's palette (Qt does that); the
pyqtgraph plots draw their own background and axes, so they are set here:
View → Plot background, remembered in QSettings under ``view/plot_background``.
"Follow system" reads the colour scheme Qt reports (or, where it reports none,
the lightness of the window palette) and follows it when it changes.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

SETTINGS_KEY = "view/plot_background"
FOLLOW_SYSTEM = "system"
DARK = "dark"
LIGHT = "light"
CHOICES = {  # setting: menu text (translated where the menu is made)
    DARK: QT_TRANSLATE_NOOP("PlotBackground", "&Dark"),
    LIGHT: QT_TRANSLATE_NOOP("PlotBackground", "&Light"),
    FOLLOW_SYSTEM: QT_TRANSLATE_NOOP("PlotBackground", "Follow &system"),
}
# (background, foreground: axes, ticks, grid and labels); dark is pyqtgraph's own look
COLOURS = {
    DARK: ("#000000", "#969696"),
    LIGHT: ("#ffffff", "#3c3c3c"),
}


def system_is_dark() -> bool:
    scheme = QtGui.QGuiApplication.styleHints().colorScheme()
    if scheme == QtCore.Qt.ColorScheme.Dark:
        return True
    if scheme == QtCore.Qt.ColorScheme.Light:
        return False
    palette = QtGui.QGuiApplication.palette()
    return palette.color(QtGui.QPalette.ColorRole.Window).lightness() < 128


def resolve(choice: str) -> str:
    """``dark`` or ``light`` for a setting (``system`` is looked up now)."""
    if choice == FOLLOW_SYSTEM:
        return DARK if system_is_dark() else LIGHT
    return choice if choice in COLOURS else DARK


def apply_plot_colours(root: QtWidgets.QWidget, scheme: str) -> None:
    """Give every pyqtgraph view under ``root`` the background and axis colours of
    ``scheme``; plots made later take them from pyqtgraph's configuration."""
    background, foreground = COLOURS[scheme]
    pg.setConfigOptions(background=background, foreground=foreground)
    for view in root.findChildren(pg.GraphicsView):
        view.setBackground(background)
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem):
                item.setPen(foreground)
                item.setTextPen(foreground)
            elif isinstance(item, pg.LegendItem):
                item.setLabelTextColor(foreground)  # for entries added later
                item.setBrush(legend_brush(background))
                for _sample, label in item.items:  # and the entries already there
                    label.setText(label.text, color=foreground)
            elif isinstance(item, pg.LabelItem) and not isinstance(item.parentItem(), pg.LegendItem):
                item.setText(item.text, color=foreground)
        for item in view.scene().items():
            if hasattr(item, "draw_grid"):  # a loss plot's grid lines, in the axes' new colour
                item.draw_grid()


def legend_brush(background=None) -> QtGui.QBrush:
    """A legend's backdrop: the plot background, nearly opaque, so its text (in the
    foreground colour) stays readable over a contour's colours."""
    colour = QtGui.QColor(pg.getConfigOption("background") if background is None else background)
    colour.setAlpha(200)
    return QtGui.QBrush(colour)


class PlotBackground(QtCore.QObject):
    """The View → Plot background menu and the setting behind it."""

    changed = QtCore.Signal(str)  # the scheme now drawn: "dark" or "light"

    def __init__(self, window: QtWidgets.QWidget, settings: QtCore.QSettings):
        super().__init__(window)
        self.window = window
        self.settings = settings
        choice = str(settings.value(SETTINGS_KEY, FOLLOW_SYSTEM))
        self.choice = choice if choice in CHOICES else FOLLOW_SYSTEM
        self.scheme = resolve(self.choice)
        self.actions: dict[str, QtGui.QAction] = {}
        # the system's theme changes: Qt reports a new colour scheme, or a new palette
        QtGui.QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_change)
        window.installEventFilter(self)

    def add_menu(self, view_menu: QtWidgets.QMenu) -> QtWidgets.QMenu:
        menu = view_menu.addMenu(QtCore.QCoreApplication.translate("PlotBackground", "Plot &background"))
        group = QtGui.QActionGroup(menu)
        for choice, text in CHOICES.items():
            action = QtGui.QAction(QtCore.QCoreApplication.translate("PlotBackground", text), menu, checkable=True)
            action.setChecked(choice == self.choice)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_choice(c))
            group.addAction(action)
            menu.addAction(action)
            self.actions[choice] = action
        return menu

    def set_choice(self, choice: str) -> None:
        if choice not in CHOICES:
            raise ValueError(f"unknown plot background {choice!r}")
        self.choice = choice
        self.settings.setValue(SETTINGS_KEY, choice)
        if choice in self.actions:
            self.actions[choice].setChecked(True)
        self.apply()

    def apply(self) -> None:
        self.scheme = resolve(self.choice)
        apply_plot_colours(self.window, self.scheme)
        self.changed.emit(self.scheme)

    def _on_system_change(self, *_args) -> None:
        if self.choice == FOLLOW_SYSTEM and resolve(FOLLOW_SYSTEM) != self.scheme:
            self.apply()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QtCore.QEvent.Type.ApplicationPaletteChange, QtCore.QEvent.Type.ThemeChange):
            self._on_system_change()
        return False
