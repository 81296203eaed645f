"""The core's sentences in the reader's language, without the core knowing Qt.

Every sentence the core writes for a person (a stop reason, a step's explanation, a
parse error, a lesson's verdict) is written as

    translate("Descent", "stopped after {steps} steps: the gradient is flat").format(steps=t)

``translate`` returns its English text until the window installs a translator
(``set_translator(QCoreApplication.translate)`` in ``gdstudio.ui.common.language``);
the command line never does, so its output and its JSON stay English. Qt's
``pyside6-lupdate`` finds these calls by name, so the text must be a string literal
(never an f-string: the values go through ``.format`` after the translation).

Text needed before a translator can exist (a module-level table) is marked with
``QT_TRANSLATE_NOOP(context, text)``, which lupdate also finds, and translated where
it is used: ``translate(context, TABLE[key])``."""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def set_translator(translator: Translator | None) -> None:
    """Install (or, with None, remove) the function that turns (context, English
    text) into the reader's language. Thread-safe to call it from workers after."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """``text`` in the reader's language (itself when no translator is installed or
    the translation has no entry for it)."""
    translator = _translator
    if translator is None:
        return text
    translated = translator(context, text)
    return translated or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation without translating it now."""
    return text


__all__ = ["QT_TRANSLATE_NOOP", "set_translator", "translate"]
