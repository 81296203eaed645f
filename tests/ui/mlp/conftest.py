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


class MLPDriver:
    """What the tests do with the MLP tab over and over: wait for a frame, pick a preset, step,
    wait for the fan."""

    def __init__(self, qtbot):
        self.qtbot = qtbot

    def drawn(self, mlp) -> None:
        with self.qtbot.waitSignal(mlp.redrawn, timeout=3000):
            mlp.dirty = True

    def choose_preset(self, mlp, name: str) -> None:
        """A preset on the line fit, picked in the task list; waits for its exact (w, b) map."""
        combo = mlp.controls.task_combo
        index = combo.findData(f"preset:{name}")
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        self.qtbot.waitUntil(lambda: mlp.dataset.name == "line" and mlp.frame is not None and mlp.frame.plane.is_exact, timeout=5000)
        self.drawn(mlp)

    def step(self, mlp, count: int) -> None:
        target = mlp.steps + count
        for _ in range(count):
            self.qtbot.mouseClick(mlp.controls.step_button, QtCore.Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: mlp.steps == target and mlp.view_step == target, timeout=5000)
        self.drawn(mlp)

    def fan_shown(self, mlp, step: int, batch_size: int, arrows: int) -> None:
        self.qtbot.waitUntil(
            lambda: (
                mlp.fan_view is not None
                and mlp.fan_view.step == step
                and mlp.fan_view.batch_size == batch_size
                and mlp.fan_items.arrow_count() == arrows
            ),
            timeout=5000,
        )


@pytest.fixture
def driver(qtbot):
    return MLPDriver(qtbot)
