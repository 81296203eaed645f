"""A lesson step as a slide, for teachers who make slides (``gdstudio lesson render``):
the lesson's title and the step's number at the top, the step's title under them, the
figure of the set-up after its run on the left, the step's text and its question
(with the choices, never the answer) on the right, on a white ground.

The figure is drawn by the caller with the studio's own figures, at the size
:func:`slide_layout` gives it; this module lays the slide out and writes nothing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore, QtGui

from gdstudio.core.lesson import Lesson, LessonStep, lesson_html

SLIDE_SIZE = (1920, 1080)
SLIDE_SIZE_RANGE = ((320, 7680), (240, 4320))  # width, height in pixels
INK = QtGui.QColor("#1a1a1a")
QUIET_INK = QtGui.QColor("#4d4d4d")
ACCENT = QtGui.QColor("#1f77b4")
FIGURE_SHARE = 0.58  # of the width inside the margins


@dataclass(frozen=True)
class SlideLayout:
    """Where things go on a slide of ``size`` pixels."""

    size: tuple[int, int]
    margin: int
    header: QtCore.QRect  # the lesson's title and the step's number
    title: QtCore.QRect  # the step's title
    figure: QtCore.QRect
    text: QtCore.QRect  # the step's text and its question

    @property
    def figure_size(self) -> tuple[int, int]:
        return self.figure.width(), self.figure.height()


def slide_layout(width: int, height: int) -> SlideLayout:
    margin = round(0.04 * height)
    header_height = round(0.035 * height)
    title_height = round(0.09 * height)
    inner_width = width - 2 * margin
    header = QtCore.QRect(margin, margin, inner_width, header_height)
    title = QtCore.QRect(margin, header.bottom() + 1, inner_width, title_height)
    top = title.bottom() + 1 + margin // 2
    body_height = height - top - margin
    figure_width = round(FIGURE_SHARE * inner_width)
    figure = QtCore.QRect(margin, top, figure_width, body_height)
    text = QtCore.QRect(figure.right() + 1 + margin, top, width - margin - (figure.right() + 1 + margin), body_height)
    return SlideLayout((width, height), margin, header, title, figure, text)


def image_from_array(rgba: np.ndarray) -> QtGui.QImage:
    """A (height, width, 4) RGBA byte array as a QImage (a copy)."""
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    height, width = rgba.shape[:2]
    return QtGui.QImage(rgba.data, width, height, 4 * width, QtGui.QImage.Format.Format_RGBA8888).copy()


def question_html(step: LessonStep) -> str:
    """The step's question as the slide shows it: the prompt and the choices, lettered."""
    question = step.question
    if question is None:
        return ""
    parts = [f"<p><b>Question:</b> {html.escape(question.prompt)}</p>"]
    if question.multiple_choice:
        items = "".join(f"<li>{html.escape(choice.text)}</li>" for choice in question.choices)
        parts.append(f'<ol type="A">{items}</ol>')
    else:
        parts.append(f"<p><i>Answer with a number (right within {html.escape(question.tolerance.describe())}).</i></p>")
    return "".join(parts)


def _font(pixels: int, bold: bool = False) -> QtGui.QFont:
    font = QtGui.QFont()
    font.setPixelSize(max(pixels, 6))
    font.setBold(bold)
    return font


def _fitted_document(body: str, rect: QtCore.QRect, largest: int, smallest: int) -> QtGui.QTextDocument:
    """``body`` (HTML) at the largest text size, down to ``smallest`` pixels, that fits ``rect``."""
    document = QtGui.QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(f"p, li {{ color: {INK.name()}; }}")
    size = largest
    while True:
        document.setDefaultFont(_font(size))
        document.setTextWidth(rect.width())
        document.setHtml(body)
        if document.size().height() <= rect.height() or size <= smallest:
            return document
        size = max(smallest, int(size * 0.9))


def compose_slide(lesson: Lesson, index: int, figure: QtGui.QImage, size: tuple[int, int] = SLIDE_SIZE) -> QtGui.QImage:
    """Step ``index`` (from 0) of ``lesson`` as a slide of ``size`` pixels, with
    ``figure`` (drawn in the proportions of ``slide_layout(*size).figure_size``) scaled
    into its place on the left."""
    width, height = size
    layout = slide_layout(width, height)
    step = lesson.steps[index]
    slide = QtGui.QImage(width, height, QtGui.QImage.Format.Format_RGB32)
    slide.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(slide)
    try:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
        flags = QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter
        painter.setFont(_font(round(0.6 * layout.header.height())))
        painter.setPen(QUIET_INK)
        painter.drawText(layout.header, flags, f"{lesson.title}  ·  step {index + 1} of {len(lesson.steps)}")
        title_font = _font(round(0.5 * layout.title.height()), bold=True)
        metrics = QtGui.QFontMetrics(title_font)
        while metrics.horizontalAdvance(step.title) > layout.title.width() and title_font.pixelSize() > 8:
            title_font.setPixelSize(int(title_font.pixelSize() * 0.92))
            metrics = QtGui.QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(INK)
        painter.drawText(layout.title, flags, step.title)
        painter.setPen(QtGui.QPen(ACCENT, max(2, round(height / 360))))
        rule = layout.title.bottom() + layout.margin // 4
        painter.drawLine(layout.margin, rule, width - layout.margin, rule)

        scaled = figure.scaled(
            layout.figure.size(), QtCore.Qt.AspectRatioMode.KeepAspectRatio, QtCore.Qt.TransformationMode.SmoothTransformation
        )
        painter.drawImage(layout.figure.topLeft(), scaled)

        body = lesson_html(step.text) + question_html(step)
        document = _fitted_document(body, layout.text, round(0.03 * height), max(8, round(0.014 * height)))
        painter.save()
        painter.translate(layout.text.topLeft())
        document.drawContents(painter, QtCore.QRectF(0, 0, layout.text.width(), layout.text.height()))
        painter.restore()
    finally:
        painter.end()
    return slide
