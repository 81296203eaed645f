"""The interface's language: which one a start uses (--language, View → Language, the
desktop), what installing it changes (Qt's translators, the locale, the core's
sentences), and the menu that chooses it."""

import pytest
from PySide6 import QtCore, QtWidgets

from gdstudio.core import words
from gdstudio.ui.common import language
from gdstudio.ui.common.language import LANGUAGES, chosen_language, install_language, normalise, system_language


@pytest.fixture
def installed():
    """Install a language for one test, and put English back after it."""
    yield install_language
    install_language("en")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("de_DE.UTF-8", "de"),
        ("de_AT", "de"),
        ("es_MX.utf8", "es"),
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW.UTF-8", None),
        ("fr_FR.UTF-8", None),
        ("C", None),
        ("POSIX", None),
        ("", None),
        ("en_GB.UTF-8", "en"),
    ],
)
def test_locale_names_map_to_the_languages_gdstudio_has(name, code):
    assert normalise(name) == code


def test_the_desktop_language_is_read_as_gettext_reads_it():
    assert system_language({"LANG": "de_DE.UTF-8"}) == "de"
    assert system_language({"LANG": "en_US.UTF-8", "LC_ALL": "es_ES.UTF-8"}) == "es"
    assert system_language({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}) == "zh_CN"
    # LANGUAGE is a list of preferences: the first one gdstudio has wins
    assert system_language({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:es:de"}) == "es"
    # and is ignored under the C locale, as gettext does
    assert system_language({"LANG": "C", "LANGUAGE": "de"}) == "en"
    assert system_language({"LANG": "fr_FR.UTF-8"}) == "en"
    assert system_language({}) == "en"


def test_language_flag_then_the_menu_s_choice_then_the_desktop(tmp_path):
    settings = QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    desktop = {"LANG": "es_ES.UTF-8"}
    assert chosen_language(None, settings, desktop) == "es"
    language.remember_language("zh_CN", settings)
    assert chosen_language(None, settings, desktop) == "zh_CN"
    assert chosen_language("de", settings, desktop) == "de"
    assert chosen_language("de_CH.UTF-8", settings, desktop) == "de"
    with pytest.raises(ValueError, match="no translation for 'fr'"):
        chosen_language("fr", settings, desktop)
    language.remember_language(None, settings)
    assert chosen_language(None, settings, desktop) == "es"


def test_a_remembered_value_that_is_not_a_language_is_ignored(tmp_path):
    settings = QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    settings.setValue(language.SETTINGS_KEY, "klingon")
    assert language.remembered_language(settings) is None


def test_installing_german_translates_qt_the_core_and_the_locale(qapp, installed):
    installed("de")
    assert language.current_language() == "de"
    assert QtCore.QLocale().decimalPoint() == ","
    # Qt's shipped translation of its own standard buttons
    assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    # gdstudio's own .qm: a string of the window
    assert QtCore.QCoreApplication.translate("LanguageMenu", "Restart now") != "Restart now"
    # the core's sentences go through the same translator
    assert words.translate("LanguageMenu", "Restart now") == QtCore.QCoreApplication.translate("LanguageMenu", "Restart now")
    installed("en")
    assert words.translate("LanguageMenu", "Restart now") == "Restart now"
    assert QtCore.QLocale().decimalPoint() == "."


@pytest.mark.parametrize("code", ["de", "es", "zh_CN"])
def test_every_language_has_its_compiled_translation(qapp, installed, code):
    assert len(installed(code).translators) == 2  # gdstudio's and Qt's own


def test_restart_drops_the_language_flag_so_the_choice_wins(monkeypatch, tmp_path):
    script = tmp_path / "gdstudio"
    script.write_text("#!/usr/bin/env python\n")
    monkeypatch.delattr("sys.frozen", raising=False)
    arguments = language.restart_arguments([str(script), "--language", "de", "lesson.gdstudio-lesson.json"])
    assert arguments[1:] == [str(script), "lesson.gdstudio-lesson.json"]
    assert language.restart_arguments(["/nowhere/__main__.py", "--language=es"])[1:] == ["-m", "gdstudio"]


def test_view_language_remembers_the_choice_and_offers_a_restart(qtbot, tmp_path, monkeypatch, installed):
    installed("en")
    settings = QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    window = QtWidgets.QMainWindow()
    qtbot.addWidget(window)
    view = window.menuBar().addMenu("&View")
    restarts = []
    menu = language.LanguageMenu(window, view, settings, restart=lambda: restarts.append(True))
    names = [action.text() for action in menu.menu.actions() if not action.isSeparator()]
    assert names[1:] == list(LANGUAGES.values())  # each language named in itself
    assert menu.actions[None].isChecked()  # nothing chosen yet: the desktop's

    answers = iter(["Restart now", "Later"])

    def answer(box):
        wanted = next(answers)
        button = next(b for b in box.buttons() if b.text() == wanted)
        button.click()

    def exec_box(box):
        answer(box)
        return 0

    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", exec_box)
    menu.actions["de"].trigger()
    assert language.remembered_language(settings) == "de"
    assert restarts == [True]
    menu.actions["es"].trigger()
    assert language.remembered_language(settings) == "es"
    assert restarts == [True]  # "Later": no restart
    # choosing the language already shown asks nothing
    menu.actions["en"].trigger()
    assert language.remembered_language(settings) == "en"
    assert restarts == [True]
