"""The window started in German, Spanish or Chinese shows no English phrase: every
text of every tab (labels, buttons, group titles, combo items, tab titles, menus,
tooltips, placeholders, accessible names, plot titles and axis labels) is compared
with the same window started in English, and a phrase that is the same in both and
has an English word in it (outside the proper names and the mathematics, which stay
as they are) is a string the translation missed."""

import re

import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtWidgets

from gdstudio.ui.common.language import install_language

# proper names and notation that are the same in every language
ALLOWED = {
    "adam",
    "adagrad",
    "rmsprop",
    "nesterov",
    "newton",
    "bfgs",
    "lbfgs",
    "l-bfgs",
    "armijo",
    "wolfe",
    "gdstudio",
    "png",
    "svg",
    "gif",
    "mp4",
    "csv",
    "json",
    "rosenbrock",
    "himmelblau",
    "beale",
    "booth",
    "rastrigin",
    "matyas",
    "sgd",
    "relu",
    "tanh",
    "sigmoid",
    "softplus",
    "xavier",
    "glorot",
    "kaiming",
    "he",
    "xor",
    "mse",
    "bce",
    "exp",
    "log",
    "sin",
    "cos",
    "sqrt",
    "abs",
    "max",
    "min",
    "sum",
    "mean",
    "gd",
    "cg",
    "pr",
    "fr",
    "ctrl",
    "shift",
    "alt",
    "esc",
    "home",
    "end",
    "space",
    "polak",
    "ribière",
    "fletcher",
    "reeves",
    "nocedal",
    "wright",
    "pytorch",
    "torch",
    "english",
    "deutsch",
    "español",
    "opengl",
    "qt",
    "pyside",
    "numba",
    "mesa",
    "ffmpeg",
    "pillow",
}
# words a language writes as English does (a German "Momentum" is the German word)
SAME_IN = {"de": {"momentum", "plateau", "linear"}, "es": set(), "zh_CN": set()}
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")
TAG = re.compile(r"<[^>]+>|&[a-z]+;")


def texts_of(window) -> set[str]:
    """Every phrase the window shows or says, from every tab (each shown once)."""
    found: set[str] = set()

    def add(text):
        text = TAG.sub(" ", text or "").replace("&", "").strip()
        if text:
            found.update(line.strip() for line in text.splitlines() if line.strip())

    def menu_texts(menu):
        for action in menu.actions():
            add(action.text())
            add(action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
            add(action.statusTip())
            if action.menu() is not None:
                menu_texts(action.menu())

    for action in window.menuBar().actions():
        add(action.text())
        if action.menu() is not None:
            menu_texts(action.menu())
    for key in window.tabs:
        window.show_tab(key)
        for _ in range(3):
            QtWidgets.QApplication.processEvents()
    for widget in [window, *window.findChildren(QtWidgets.QWidget)]:
        add(widget.toolTip())
        add(widget.accessibleName())
        add(widget.accessibleDescription())
        if isinstance(widget, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
            add(widget.text())
        if isinstance(widget, QtWidgets.QGroupBox):
            add(widget.title())
        if isinstance(widget, QtWidgets.QLineEdit):
            add(widget.placeholderText())
        if isinstance(widget, QtWidgets.QComboBox):
            for index in range(widget.count()):
                add(widget.itemText(index))
        if isinstance(widget, QtWidgets.QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index))
                add(widget.tabToolTip(index))
        if isinstance(widget, QtWidgets.QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                add(item.text() if item is not None else "")
        if isinstance(widget, pg.PlotWidget):
            item = widget.getPlotItem()
            add(item.titleLabel.text)
            for name in ("left", "bottom", "right", "top"):
                axis = item.getAxis(name)
                if axis.isVisible():
                    add(axis.labelText)
    return found


def english_words(phrase: str, code: str) -> list[str]:
    return [word for word in WORD.findall(phrase) if word.lower().strip("'’-") not in ALLOWED | SAME_IN[code]]


@pytest.fixture(scope="module")
def english_texts(qapp):
    from gdstudio.ui import MainWindow

    install_language("en")
    window = MainWindow(restore=False)
    window.resize(1280, 720)
    window.show()
    texts = texts_of(window)
    window.close()
    window.stop()
    window.deleteLater()
    return texts


@pytest.mark.parametrize("code", ["de", "es", "zh_CN"])
def test_the_window_in_another_language_shows_no_english_phrase(window_in, english_texts, code):
    window = window_in(code)
    shown = texts_of(window)
    # the Lessons menu lists the lessons in the interface's language first: all five are translated
    builtin = [action.objectName().removeprefix("builtinLesson_") for action in window.lessons.builtin_actions]
    assert len(builtin) == 5 and all(name.endswith(f".{code}") for name in builtin)
    untranslated = sorted(phrase for phrase in shown & english_texts if english_words(phrase, code))
    assert untranslated == [], f"{len(untranslated)} phrases left in English:\n" + "\n".join(untranslated)


def test_files_keep_the_decimal_point_under_a_german_locale(qtbot, window_in, tmp_path):
    """The window in German writes 0,05 in its spin boxes, and still the point in every
    file: the run's CSV and JSON and the session (a file made in Berlin opens anywhere)."""
    import csv
    import json

    window = window_in("de")
    tab = window.tab("function")
    window.show_tab("function")
    spin = tab.controls.learning_rate_spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0,05")
    qtbot.keyClick(spin.lineEdit(), QtCore.Qt.Key.Key_Return)
    assert spin.value() == pytest.approx(0.05) and spin.text() == "0,05"
    for _ in range(3):
        qtbot.mouseClick(tab.controls.step_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.steps == 3, timeout=5000)
    assert tab.export("csv", tmp_path / "run.csv") and tab.export("json", tmp_path / "run.json")
    assert window.save_session_to(tmp_path / "lecture.gdstudio.json")
    rows = list(csv.reader((tmp_path / "run.csv").open()))
    assert len(rows) == 5  # the header, t = 0 … 3
    for row in rows[1:]:
        [float(value) for value in row]  # every cell a number with a point: "0,5" would split the row
    report = json.loads((tmp_path / "run.json").read_text())
    assert report["lr"] == 0.05 and report["start"] == [1.5, -1.0]
    session = json.loads((tmp_path / "lecture.gdstudio.json").read_text())
    assert session["function"]["learning_rate"] == 0.05
