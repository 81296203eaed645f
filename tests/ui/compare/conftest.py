"""The Compare tab shown, with its three default runs at their starts."""

import pytest


@pytest.fixture
def compare(qtbot, window):
    window.mode_tabs.setCurrentIndex(2)
    tab = window.tab("compare")
    qtbot.waitUntil(
        lambda: tab.function is not None and len(tab.trajectories) == 3 and all(t.count for t in tab.trajectories), timeout=5000
    )
    return tab
