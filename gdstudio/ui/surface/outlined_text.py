"""Text in the 3-D view with a dark outline, so a label reads over the bright top
of the colour map as well as over the dark background.  Imported only once OpenGL
is known to work (it subclasses pyqtgraph.opengl's GLTextItem)."""

from __future__ import annotations

import pyqtgraph.opengl as gl
from PySide6 import QtCore, QtGui

OUTLINE = QtGui.QColor(0, 0, 0, 210)


class OutlinedText(gl.GLTextItem):
    """A GLTextItem drawn over a dark stroke of its own glyphs, ``outline`` pixels wide."""

    def __init__(self, outline: float = 3.0, **options):
        self.outline = outline
        super().__init__(**options)

    def paint(self) -> None:
        if not self.text:
            return
        self.setupGLState()
        position = self.align_text(self.compute_projection().map(QtGui.QVector3D(*self.pos)).toPointF())
        painter = QtGui.QPainter(self.view())
        painter.setRenderHints(QtGui.QPainter.RenderHint.Antialiasing | QtGui.QPainter.RenderHint.TextAntialiasing)
        glyphs = QtGui.QPainterPath()
        glyphs.addText(position, self.font, self.text)
        pen = QtGui.QPen(OUTLINE, self.outline)
        pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(glyphs, pen)
        painter.setPen(self.color)
        painter.setFont(self.font)
        painter.drawText(position, self.text)
        painter.end()
