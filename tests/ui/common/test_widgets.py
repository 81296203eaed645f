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


def test_the_timeline_note_never_widens_the_window_it_is_shortened_with_its_text_in_the_tooltip(qtbot):
    """A long run's note ("every k-th step kept") appears and changes while the run plays:
    as a plain label it raised the window's minimum width (past a 1280 px screen at 175 %
    zoom, and with a re-layout and repaint of the whole window each time it changed)."""
    from PySide6 import QtWidgets

    from gdstudio.ui.common.timeline import TimelineBar

    window = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(window)
    bar = TimelineBar("testTimeline")
    layout.addWidget(bar)
    qtbot.addWidget(window)
    window.resize(400, 60)
    window.show()
    qtbot.waitExposed(window)
    before = window.minimumSizeHint().width()
    note = "kept: every step up to 1,000,000, then every 64th step, the steps looked at and the last one " * 3
    bar.set_note(note)
    QtWidgets.QApplication.processEvents()
    assert window.minimumSizeHint().width() <= before + bar.note.fontMetrics().horizontalAdvance("…") + 8
    assert window.width() == 400
    assert bar.note.isVisible() and bar.note.toolTip() == note
    # drawn shortened, ending in "…", within the bar
    assert bar.note.geometry().right() <= bar.width()
    shown = bar.note.fontMetrics().elidedText(note, QtCore.Qt.TextElideMode.ElideRight, bar.note.contentsRect().width())
    assert shown.endswith("…") and len(shown) < len(note)
    image = bar.note.grab().toImage()
    assert not image.isNull()
    bar.set_note("")
    assert not bar.note.isVisible()
