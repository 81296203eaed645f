"""Text of the core's tables (a method's title, a setting's note) read in the reader's
language.

The tables are built at import, before the window installs a translator, so their
English is marked with ``QT_TRANSLATE_NOOP(context, text)`` where it is written and
translated each time it is read: a :class:`Shown` field of a dataclass, or a
:class:`ShownTable` of texts by key. Without a translator (the command line) the
text read is the English written."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from gdstudio.core.words import translate


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
