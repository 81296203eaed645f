"""The small input widgets: a start point typed as text."""

import pytest
from PySide6 import QtCore

from gdstudio.ui.common.widgets import PointEdit


@pytest.mark.parametrize(
    "text, point",
    [("1.5, -1", (1.5, -1.0)), ("(−1, 2)", (-1.0, 2.0)), ("[0.25 3e-2]", (0.25, 0.03)), (" 2 ; -0 ", (2.0, 0.0))],
)
def test_a_point_reads_as_people_write_it(qtbot, text, point):
    edit = PointEdit((0, 0))
    qtbot.addWidget(edit)
    assert edit.parse(text) == point


@pytest.mark.parametrize("text", ["1.5", "1, 2, 3", "x, 1", "nan, 1", "inf, 0", "1e7, 0", "", "__import__('os'), 1"])
def test_anything_else_is_refused_with_a_sentence_and_the_point_stays(qtbot, text):
    edit = PointEdit((1.5, -1), limit=1e6)
    qtbot.addWidget(edit)
    edit.show()
    changed, refused = [], []
    edit.point_changed.connect(lambda x, y: changed.append((x, y)))
    edit.refused.connect(refused.append)
    edit.setText(text)
    edit.editingFinished.emit()
    assert edit.point() == (1.5, -1.0) and edit.text() == "1.5, -1"
    assert not changed and len(refused) == 1 and refused[0].endswith(".")


def test_a_good_edit_emits_the_new_point_once(qtbot):
    edit = PointEdit((1.5, -1))
    qtbot.addWidget(edit)
    edit.show()
    changed = []
    edit.point_changed.connect(lambda x, y: changed.append((x, y)))
    edit.selectAll()
    qtbot.keyClicks(edit, "-0.5, 2")
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)
    edit.editingFinished.emit()  # focus leaving the field again: no change, no signal
    assert changed == [(-0.5, 2.0)] and edit.text() == "-0.5, 2"
