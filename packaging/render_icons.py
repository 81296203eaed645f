"""Build the application's icons from their masters in resources/icons with Qt's own
SVG renderer:

    .venv/bin/python packaging/render_icons.py

writes gdstudio/resources/icons/hicolor/<size>x<size>/apps/io.github.gdstudio.gdstudio.png
for the sizes a freedesktop icon theme expects (below 32 px from the simplified
master, gdstudio-small.svg) and copies the scalable master, gdstudio.svg, to
gdstudio/resources/icons/. What it writes is committed package data, so neither
installing nor running the app needs this script. Runs offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore, QtGui, QtSvg  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_ID = "io.github.gdstudio.gdstudio"
ROOT = Path(__file__).resolve().parent.parent
MASTERS = ROOT / "resources" / "icons"
ICONS = ROOT / "gdstudio" / "resources" / "icons"


def render(svg: Path, size: int) -> QtGui.QImage:
    renderer = QtSvg.QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"error: {svg} is not a valid SVG")
    image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QtCore.QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    QtGui.QGuiApplication(sys.argv[:1])
    for size in SIZES:
        # below 32 px the detailed drawing turns to mush: use the simplified one
        svg = MASTERS / ("gdstudio-small.svg" if size < 32 else "gdstudio.svg")
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp.png")
        if not render(svg, size).save(str(temporary), "PNG"):
            raise SystemExit(f"error: could not write {target}")
        os.replace(temporary, target)
        print(target.relative_to(ROOT))
    scalable = ICONS / "gdstudio.svg"
    temporary = scalable.with_suffix(".tmp.svg")
    temporary.write_bytes((MASTERS / "gdstudio.svg").read_bytes())
    os.replace(temporary, scalable)
    print(scalable.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
