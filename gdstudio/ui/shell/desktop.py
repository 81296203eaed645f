"""The app's identity on the desktop: its freedesktop id and its icon.

The icon files are package data (``gdstudio/resources/icons``) and are found
through ``importlib.resources``, so they are there after ``pip install .``, in a
wheel and in the PyInstaller bundle alike, never through the source tree.
"""

from __future__ import annotations

from importlib import resources

from PySide6 import QtGui

# reverse-DNS id: the .desktop file's name, the AppStream id and the icon's name
APPLICATION_ID = "io.github.gdstudio.gdstudio"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_resource(size: int | None = None):
    """The icon as an ``importlib.resources`` Traversable: the PNG of ``size`` px, or the SVG."""
    icons = resources.files("gdstudio").joinpath("resources", "icons")
    if size is None:
        return icons.joinpath("gdstudio.svg")
    return icons.joinpath("hicolor", f"{size}x{size}", "apps", f"{APPLICATION_ID}.png")


def application_icon() -> QtGui.QIcon:
    """The window icon, from the rendered PNGs (Qt picks the size it needs, at any
    device pixel ratio; PNGs need no SVG plugin)."""
    icon = QtGui.QIcon()
    for size in ICON_SIZES:
        data = icon_resource(size).read_bytes()
        pixmap = QtGui.QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon
