"""The MLP tab's fixture: the window with the tab shown the way a person shows it."""

import pytest
from PySide6 import QtCore


@pytest.fixture
def mode(qtbot, window):
    """The window with the MLP tab shown (clicked), its first run (XOR) drawn."""
    bar = window.mode_tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "MLP task")
    qtbot.mouseClick(bar, QtCore.Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    mlp = window.tab("mlp")
    assert window.mode_tabs.currentWidget() is mlp
    qtbot.waitUntil(lambda: mlp.frame is not None and mlp.grid is not None, timeout=5000)
    with qtbot.waitSignal(mlp.redrawn, timeout=3000):
        mlp.dirty = True
    return mlp
