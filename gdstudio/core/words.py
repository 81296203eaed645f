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

from collections.abc import Callable, Iterator, Mapping

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


# -- text of the core's tables, read in the reader's language ----------------------------
# The tables are built at import, before the window installs a translator, so their
# English is marked with QT_TRANSLATE_NOOP where it is written and translated each
# time it is read: a Shown field of a dataclass, or a ShownTable of texts by key.


class Shown:
    """A dataclass field of text for a person, stored as written (English) and read
    through ``translate(context, text)``; declare it as ``title: str = Shown("Context")``
    (a field without a default: the constructor still takes it)."""

    def __init__(self, context: str):
        self.context = context
        self.slot = ""

    def __set_name__(self, owner, name: str) -> None:
        self.slot = "_english_" + name

    def __get__(self, instance, owner=None):
        if instance is None:
            raise AttributeError(self.slot)  # no default value for the dataclass field
        return translate(self.context, getattr(instance, self.slot))

    def __set__(self, instance, value: str) -> None:
        object.__setattr__(instance, self.slot, value)


def english(instance, name: str) -> str:
    """The text a :class:`Shown` field ``name`` was written with (untranslated)."""
    return getattr(instance, "_english_" + name)


class ShownTable(Mapping[str, str]):
    """A read-only table {key: text} whose texts are read through
    ``translate(context, text)``."""

    def __init__(self, context: str, texts: Mapping[str, str]):
        self.context = context
        self.english = dict(texts)

    def __getitem__(self, key: str) -> str:
        return translate(self.context, self.english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)

    def __repr__(self) -> str:
        return f"ShownTable({self.context!r}, {self.english!r})"


__all__ = ["QT_TRANSLATE_NOOP", "Shown", "ShownTable", "english", "set_translator", "translate"]
