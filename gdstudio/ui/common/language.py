"""The interface's language: which one (``gdstudio --language CODE`` for one start,
else the one chosen in View → Language, else the desktop's: LANGUAGE, LC_ALL,
LC_MESSAGES, LANG), and installing it: gdstudio's own translations (compiled from
``resources/translations/gdstudio_LANG.ts`` by ``make translations`` into the package
data), Qt's shipped translations of its dialogs and standard buttons, the locale
numbers are read and written in, and the core's translator (``gdstudio.core.words``).

Adding a language: its code and name in ``LANGUAGES``, a ``.ts`` file (``make
translations`` creates it with every entry unfinished), the entries translated (Qt
Linguist, or any editor), then ``make translations`` again for the ``.qm``."""

from __future__ import annotations

import os
import sys
from importlib import resources

from PySide6 import QtCore, QtGui, QtWidgets

from gdstudio.core import words

# code -> the language's name in itself (a proper name: never translated)
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español", "zh_CN": "简体中文"}
DEFAULT_LANGUAGE = "en"
SETTINGS_KEY = "interface/language"
# the locale numbers are shown in, for each language (the decimal separator of spin boxes)
LOCALES = {"en": "en_US", "de": "de_DE", "es": "es_ES", "zh_CN": "zh_CN"}


def normalise(code: str | None) -> str | None:
    """One of ``LANGUAGES`` for a locale name such as "de_DE.UTF-8", "es", "zh-Hans-CN"
    or "zh_SG", or None when gdstudio has no translation for it."""
    if not code:
        return None
    name = code.split(".")[0].split("@")[0].replace("-", "_")
    if name in ("C", "POSIX"):
        return None
    parts = name.split("_")
    language = parts[0].lower()
    if language == "zh":
        traditional = any(part.upper() in ("TW", "HK", "MO", "HANT") for part in parts[1:])
        return None if traditional else "zh_CN"
    return language if language in LANGUAGES else None


def system_language(environment=None) -> str:
    """The desktop's language as gettext reads it: LANGUAGE (a colon-separated list of
    preferences, ignored when the locale is C), then LC_ALL, LC_MESSAGES and LANG;
    English when none of them names a language gdstudio has."""
    environment = os.environ if environment is None else environment
    locale_name = next((environment.get(key) for key in ("LC_ALL", "LC_MESSAGES", "LANG") if environment.get(key)), "")
    candidates = []
    if locale_name.split(".")[0] not in ("C", "POSIX"):
        candidates.extend(environment.get("LANGUAGE", "").split(":"))
    candidates.append(locale_name)
    for candidate in candidates:
        code = normalise(candidate)
        if code is not None:
            return code
    return DEFAULT_LANGUAGE


def remembered_language(settings: QtCore.QSettings | None = None) -> str | None:
    settings = settings if settings is not None else QtCore.QSettings()
    value = settings.value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def remember_language(code: str | None, settings: QtCore.QSettings | None = None) -> None:
    """Remember View → Language's choice (None: follow the desktop again)."""
    settings = settings if settings is not None else QtCore.QSettings()
    if code is None:
        settings.remove(SETTINGS_KEY)
    else:
        settings.setValue(SETTINGS_KEY, code)
    settings.sync()


def chosen_language(requested: str | None = None, settings: QtCore.QSettings | None = None, environment=None) -> str:
    """The language for this start: ``--language`` first, then View → Language, then the desktop."""
    if requested is not None:
        code = normalise(requested)
        if code is None:
            raise ValueError(f"gdstudio has no translation for {requested!r}; the languages are {', '.join(LANGUAGES)}")
        return code
    return remembered_language(settings) or system_language(environment)


def translations_directory():
    return resources.files("gdstudio") / "resources" / "translations"


class InstalledLanguage:
    """What ``install_language`` put into the application, so it can be taken out again."""

    def __init__(self, code: str, translators: list[QtCore.QTranslator]):
        self.code = code
        self.translators = translators

    def remove(self) -> None:
        application = QtCore.QCoreApplication.instance()
        for translator in self.translators:
            if application is not None:
                application.removeTranslator(translator)
        self.translators = []
        words.set_translator(None)
        QtCore.QLocale.setDefault(QtCore.QLocale(LOCALES[DEFAULT_LANGUAGE]))


_installed: InstalledLanguage | None = None


def current_language() -> str:
    return _installed.code if _installed is not None else DEFAULT_LANGUAGE


def install_language(code: str) -> InstalledLanguage:
    """Translate the application into ``code`` (one of ``LANGUAGES``): must run before
    any window is built, since widgets take their text when they are made."""
    global _installed
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    if _installed is not None:
        _installed.remove()
    application = QtCore.QCoreApplication.instance()
    translators: list[QtCore.QTranslator] = []
    if code != DEFAULT_LANGUAGE and application is not None:
        own = QtCore.QTranslator(application)
        with resources.as_file(translations_directory() / f"gdstudio_{code}.qm") as path:
            if own.load(str(path)):
                translators.append(own)
        qt_directory = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        shipped = QtCore.QTranslator(application)
        if shipped.load(QtCore.QLocale(LOCALES[code]), "qtbase", "_", qt_directory):
            translators.append(shipped)
        for translator in translators:
            application.installTranslator(translator)
    QtCore.QLocale.setDefault(QtCore.QLocale(LOCALES[code]))
    words.set_translator(QtCore.QCoreApplication.translate if code != DEFAULT_LANGUAGE else None)
    _installed = InstalledLanguage(code, translators)
    return _installed


translate = QtCore.QCoreApplication.translate


def restart_arguments(argv=None) -> list[str]:
    """The command line that starts gdstudio again as it was started, without a
    ``--language`` (the choice just made is remembered and must win)."""
    argv = list(sys.argv if argv is None else argv)
    rest, skip = [], False
    for argument in argv[1:]:
        if skip:
            skip = False
        elif argument == "--language":
            skip = True
        elif not argument.startswith("--language="):
            rest.append(argument)
    if getattr(sys, "frozen", False):  # the PyInstaller bundle: the executable is gdstudio
        return [sys.executable, *rest]
    program = argv[0] if argv else ""
    if not program or program.endswith(".py") or not os.path.exists(program):  # python -m gdstudio
        return [sys.executable, "-m", "gdstudio", *rest]
    return [sys.executable, program, *rest]  # the gdstudio launcher script


class LanguageMenu(QtCore.QObject):
    """View → Language: the desktop's language, or one of ``LANGUAGES`` (each named in
    itself, so a person lost in a language they cannot read still finds their own).
    The choice is remembered; widgets take their text when they are made, so it shows
    from the next start, and the window offers to restart now (the session is
    remembered on closing, so nothing is lost)."""

    def __init__(self, window: QtWidgets.QMainWindow, menu: QtWidgets.QMenu, settings: QtCore.QSettings, restart=None):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.restart = restart if restart is not None else self._restart
        self.menu = menu.addMenu(translate("LanguageMenu", "&Language"))
        self.menu.setObjectName("languageMenu")
        self.group = QtGui.QActionGroup(self)
        remembered = remembered_language(settings)
        desktop = system_language()
        self.actions: dict[str | None, QtGui.QAction] = {}
        follow = QtGui.QAction(translate("LanguageMenu", "The desktop's ({language})").format(language=LANGUAGES[desktop]), self)
        entries = [(None, follow)] + [(code, QtGui.QAction(name, self)) for code, name in LANGUAGES.items()]
        for code, action in entries:
            action.setCheckable(True)
            action.setChecked(code == remembered)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
            if code is None:
                self.menu.addSeparator()

    def choose(self, code: str | None) -> None:
        remember_language(code, self.settings)
        wanted = code if code is not None else system_language()
        if wanted == current_language():
            return
        # the question in the language chosen as well, when the person cannot read the current one
        question = translate("LanguageMenu", "gdstudio will be in {language} from its next start. Restart now?").format(
            language=LANGUAGES[wanted]
        )
        box = QtWidgets.QMessageBox(self.window)
        box.setObjectName("restartQuestion")
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(translate("LanguageMenu", "Language"))
        box.setText(question)
        box.setInformativeText(translate("LanguageMenu", "The session is kept: the window reopens on what it shows now."))
        restart = box.addButton(translate("LanguageMenu", "Restart now"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("LanguageMenu", "Later"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.exec()
        if box.clickedButton() is restart:
            self.restart()

    def _restart(self) -> None:
        """Close the window as File → Quit does (session remembered), then start again."""
        arguments = restart_arguments()
        if self.window.close():
            QtCore.QProcess.startDetached(arguments[0], arguments[1:])
            application = QtWidgets.QApplication.instance()
            if application is not None:
                application.quit()


__all__ = [
    "LanguageMenu",
    "LANGUAGES",
    "chosen_language",
    "current_language",
    "install_language",
    "remember_language",
    "remembered_language",
    "system_language",
]
