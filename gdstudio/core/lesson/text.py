"""The text of a lesson: a tiny subset of Markdown, turned into the subset of HTML
that Qt's rich-text labels render.

The subset, all of it:

* paragraphs, separated by a blank line (the lines of one paragraph are joined);
* lists: a line starting ``- `` is a bullet, a line starting ``1. `` (any number) a
  numbered item; a line that starts no item continues the item before it;
* ``*emphasis*``, ``**strong**`` and ```code```, inside a line;
* a backslash before ``*``, `````, ``-`` or ``\\`` writes that character itself.

Maths is written in Unicode (∇f = [2x + y, 2y + x], γ, Σᵢ, x², w ← w − γ∇f).
Everything else is text: ``<``, ``>``, ``&`` and quotes are escaped, so a tag, an
entity, a script, an image or a link shows as the characters typed and does
nothing.  The HTML made holds only ``p``, ``ul``, ``ol``, ``li``, ``em``,
``strong`` and ``code`` elements, without attributes.
"""

from __future__ import annotations

import html
import re

HTML_TAGS = frozenset({"p", "ul", "ol", "li", "em", "strong", "code"})
# deeper nesting of emphasis than this is shown as typed (a pathological text must not
# exhaust the recursion)
_MAX_NESTING = 8

_INLINE = re.compile(
    r"\\(?P<escaped>[\\`*\-])"
    r"|`(?P<code>[^`]+)`"
    r"|\*\*(?=\S)(?P<strong>.+?)(?<=\S)\*\*"
    r"|\*(?=[^\s*])(?P<em>.+?)(?<=[^\s\\])\*"
)
_BULLET = re.compile(r"-\s+")
_NUMBERED = re.compile(r"\d{1,3}[.)]\s+")


def _inline(text: str, depth: int = 0) -> str:
    """One line's text with *emphasis*, **strong** and `code` as HTML, the rest escaped."""
    if depth > _MAX_NESTING:
        return html.escape(text)
    parts = []
    position = 0
    for match in _INLINE.finditer(text):
        parts.append(html.escape(text[position : match.start()]))
        if match.group("escaped") is not None:
            parts.append(html.escape(match.group("escaped")))
        elif match.group("code") is not None:
            parts.append(f"<code>{html.escape(match.group('code'))}</code>")
        elif match.group("strong") is not None:
            parts.append(f"<strong>{_inline(match.group('strong'), depth + 1)}</strong>")
        else:
            parts.append(f"<em>{_inline(match.group('em'), depth + 1)}</em>")
        position = match.end()
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def lesson_html(text: str) -> str:
    """The lesson text ``text`` (the Markdown subset above) as the HTML a QLabel shows.

    A blank line ends a paragraph or a list; in a list, ``- `` starts a bullet and
    ``1. `` a numbered item."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[list[str]] = []
    kind = ""  # "ul" or "ol" while a list is open

    def close() -> None:
        nonlocal kind
        if paragraph:
            blocks.append("<p>" + _inline(" ".join(paragraph)) + "</p>")
            paragraph.clear()
        if items:
            inner = "".join("<li>" + _inline(" ".join(item)) + "</li>" for item in items)
            blocks.append(f"<{kind}>{inner}</{kind}>")
            items.clear()
        kind = ""

    for raw in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            close()
            continue
        starts = (("ul", _BULLET.match(line)), ("ol", _NUMBERED.match(line)))
        started = next(((name, match) for name, match in starts if match), None)
        if started is not None:
            name, match = started
            if paragraph or kind != name:
                close()
            kind = name
            items.append([line[match.end() :]])
        elif items:
            items[-1].append(line)
        else:
            paragraph.append(line)
    close()
    return "".join(blocks)
