"""A lesson step as a slide, for teachers who make slides (``gdstudio lesson render``):
the lesson's title and the step's number at the top, the step's title under them, a
figure on the left and words on the right, on a white ground.  A step without a
question is one slide: the set-up after its run, with the step's text.  A step that
asks a question is two, so that projecting them does not give the answer away: the
question slide (the set-up before its run, the step's text and the question with its
choices) and the answer slide (the run, the question with the studio's answer marked,
and why).

The figure is drawn by the caller with the studio's own figures, at the size
:func:`slide_layout` gives it; this module lays the slide out and writes nothing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore, QtGui

from gdstudio.core.lesson import Lesson, LessonStep, StepOutcome, lesson_html, studio_answer

# the command line (gdstudio lesson render) installs no translator: its slides stay English
translate = QtCore.QCoreApplication.translate

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


def question_html(step: LessonStep, answer: str | None = None) -> str:
    """The step's question as the slide shows it: the prompt and the choices, lettered;
    ``answer`` (a choice's text) marked in bold with a tick, not by colour alone."""
    question = step.question
    if question is None:
        return ""
    parts = [translate("LessonSlides", "<p><b>Question:</b> {prompt}</p>").format(prompt=html.escape(question.prompt))]
    if question.multiple_choice:
        items = "".join(
            f"<li><b>{html.escape(choice.text)} ✓</b></li>" if choice.text == answer else f"<li>{html.escape(choice.text)}</li>"
            for choice in question.choices
        )
        parts.append(f'<ol type="A">{items}</ol>')
    elif answer is None:
        parts.append(
            translate("LessonSlides", "<p><i>Answer with a number (right within {tolerance}).</i></p>").format(
                tolerance=html.escape(question.tolerance.describe())
            )
        )
    return "".join(parts)


def answer_html(step: LessonStep, outcome: StepOutcome) -> str:
    """The answer slide's words: the question with the studio's answer marked among the
    choices, then the answer the run gives and why."""
    answer, why = studio_answer(step.question, outcome)
    said = translate("LessonSlides", "<p><b>The studio's answer:</b> {answer}.</p>").format(answer=html.escape(answer))
    return question_html(step, answer) + said + f"<p>{html.escape(why)}</p>"


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


def compose_slide(
    lesson: Lesson, index: int, figure: QtGui.QImage, size: tuple[int, int] = SLIDE_SIZE, answer: StepOutcome | None = None
) -> QtGui.QImage:
    """Step ``index`` (from 0) of ``lesson`` as a slide of ``size`` pixels, with
    ``figure`` (drawn in the proportions of ``slide_layout(*size).figure_size``) scaled
    into its place on the left: the step's text and its question, or with ``answer``
    (the step's runs) a question step's answer slide."""
    width, height = size
    layout = slide_layout(width, height)
    step = lesson.steps[index]
    answering = answer is not None and step.question is not None
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
        if answering:
            header = translate("LessonSlides", "{lesson}  ·  step {number} of {count}  ·  the answer")
        else:
            header = translate("LessonSlides", "{lesson}  ·  step {number} of {count}")
        painter.drawText(layout.header, flags, header.format(lesson=lesson.title, number=index + 1, count=len(lesson.steps)))
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

        body = answer_html(step, answer) if answering else lesson_html(step.text) + question_html(step)
        document = _fitted_document(body, layout.text, round(0.03 * height), max(8, round(0.014 * height)))
        painter.save()
        painter.translate(layout.text.topLeft())
        document.drawContents(painter, QtCore.QRectF(0, 0, layout.text.width(), layout.text.height()))
        painter.restore()
    finally:
        painter.end()
    return slide
