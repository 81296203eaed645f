"""What a screen reader says about a plot: its accessible name says what it draws, its
description what it shows now (the step, the point, the loss), kept up to date as the
run plays, so a person who cannot see the plot can follow the descent too."""

from __future__ import annotations

import html
import re

from PySide6 import QtWidgets

_TAG = re.compile(r"<br\s*/?>|</p>|</tr>|</li>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t\u00a0]+")


def plain_text(text: str) -> str:
    """Rich text as one line a screen reader can say: tags gone, line breaks as "; "."""
    text = _TAG.sub("; ", text)
    text = html.unescape(_ANY_TAG.sub("", text))
    parts = [_SPACE.sub(" ", part).strip() for part in re.split(r"[;\n]", text)]
    return "; ".join(part for part in parts if part)


def describe(widget: QtWidgets.QWidget, text: str) -> None:
    """Set ``widget``'s accessible description to ``text`` (rich text allowed), only
    when it changes (each change is an event for the assistive technology)."""
    text = plain_text(text)
    if widget.accessibleDescription() != text:
        widget.setAccessibleDescription(text)


__all__ = ["describe", "plain_text"]
