"""Numbers the local way: in German a spin box shows 0,05 and takes both 0,05 and 0.05."""

import pytest
from PySide6 import QtCore

from gdstudio.ui.common.widgets import DecimalSpinBox, ScientificSpinBox


@pytest.fixture
def german():
    QtCore.QLocale.setDefault(QtCore.QLocale("de_DE"))
    yield
    QtCore.QLocale.setDefault(QtCore.QLocale("en_US"))


def type_into(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), QtCore.Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["0,05", "0.05"])
def test_a_german_spin_box_shows_the_comma_and_takes_comma_or_point(qtbot, german, typed):
    spin = ScientificSpinBox(1e-6, 10.0, 0.1, logarithmic=True)
    qtbot.addWidget(spin)
    assert spin.text() == "0,1"
    type_into(qtbot, spin, typed)
    assert spin.value() == pytest.approx(0.05)
    assert spin.text() == "0,05"


@pytest.mark.parametrize("typed", ["0,25", "0.25"])
def test_a_german_decimal_spin_box_never_reads_the_point_as_thousands(qtbot, german, typed):
    spin = DecimalSpinBox()
    spin.setRange(0.0, 0.9)
    spin.setDecimals(2)
    spin.setValue(0.5)
    qtbot.addWidget(spin)
    assert spin.text() == "0,50"
    type_into(qtbot, spin, typed)
    assert spin.value() == pytest.approx(0.25)


def test_english_spin_boxes_keep_the_point(qtbot):
    spin = ScientificSpinBox(1e-6, 10.0, 0.05)
    qtbot.addWidget(spin)
    assert spin.text() == "0.05"
    type_into(qtbot, spin, "2e-3")
    assert spin.value() == pytest.approx(0.002)
