"""Render the README's screenshot of the studio offscreen:
QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py
"""

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore  # noqa: E402

from gdstudio.ui.shell.app import create_application  # noqa: E402


def main() -> None:
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = create_application()
    from gdstudio.ui.shell.main_window import MainWindow

    window = MainWindow(restore=False)
    window.resize(1400, 860)
    window.show()
    window.tab("function").apply_preset("elongated")
    for _ in range(12):
        window.tab("function").step_once()
    deadline = time.time() + 5
    while window.tab("function").steps < 12 and time.time() < deadline:
        app.processEvents()
    window.tab("function").dirty = True
    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "resources" / "screenshots" / "studio.png")
    window.grab().save(str(out))
    window.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
