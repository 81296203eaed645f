"""Render the studio offscreen, for the README, the AppStream metainfo and review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py            # the README's screenshot
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py --review DIR
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/make_screenshots.py --review DIR   # with the 3-D view

The first writes resources/screenshots/studio.png (1400×860, the elongated bowl after
twelve steps). ``--appstream`` writes it and the AppStream metainfo's other pictures:
mlp.png, compare.png and lesson.png at 1280×720 (a projector's size), and the README's
choosing-the-step.png (Newton with backtracking on Rosenbrock, 1280×720). ``--review DIR`` writes every tab at 1280×720 and 1920×1080, at 100 %
and 175 % zoom, and at 175 % with the side panel hidden (presentation), as
DIR/<width>x<height>-<zoom>[-presentation]-<tab>.png: the pictures to look at before
a change lands.
"""

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore  # noqa: E402

from gdstudio.ui.shell.app import create_application  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1280, 720), (1920, 1080))
ZOOMS = (1.0, 1.75)


def picture(window):
    """What the window shows. On a real display (or Xvfb) the screen's own pixels, which
    hold the 3-D view's OpenGL text too; offscreen, the widgets' rendering."""
    from PySide6 import QtGui

    if QtGui.QGuiApplication.platformName() != "offscreen" and window.screen() is not None:
        return window.screen().grabWindow(window.winId())
    return window.grab()


def settle(app, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def prepare(app, window) -> None:
    """Every tab with something to show: twelve steps on the elongated bowl, thirty
    training steps of XOR, twenty steps of the default race."""
    function = window.tab("function")
    function.apply_preset("elongated")
    for _ in range(12):
        function.step_once()
    deadline = time.monotonic() + 5
    while function.steps < 12 and time.monotonic() < deadline:
        app.processEvents()
    window.show_tab("mlp")
    settle(app, 2.0)
    mlp = window.tab("mlp")
    for _ in range(30):
        mlp.step_once()
    settle(app, 1.5)
    window.show_tab("compare")
    settle(app, 0.5)
    compare = window.tab("compare")
    for _ in range(20):
        compare.step_once()
        settle(app, 0.05)
    window.show_tab("function")
    settle(app)


def review(app, folder: Path) -> list[Path]:
    from gdstudio.ui.shell.main_window import MainWindow

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for width, height in SIZES:
        window = MainWindow(restore=False)
        window.resize(width, height)
        window.show()
        prepare(app, window)
        for zoom in ZOOMS:
            for presentation in (False, True) if zoom > 1 else (False,):
                window.set_zoom(zoom, remember=False)
                window.side_panels.choose(not presentation)
                for key in window.tabs:
                    window.show_tab(key)
                    settle(app, 0.6)
                    suffix = "-presentation" if presentation else ""
                    path = folder / f"{width}x{height}-{round(zoom * 100)}{suffix}-{key}.png"
                    picture(window).save(str(path))
                    written.append(path)
        window.close()
    return written


def readme_screenshot(app, path: Path) -> Path:
    from gdstudio.ui.shell.main_window import MainWindow

    window = MainWindow(restore=False)
    window.resize(1400, 860)
    window.show()
    function = window.tab("function")
    function.apply_preset("elongated")
    for _ in range(12):
        function.step_once()
    deadline = time.monotonic() + 5
    while function.steps < 12 and time.monotonic() < deadline:
        app.processEvents()
    function.dirty = True
    settle(app, 0.3)
    path.parent.mkdir(parents=True, exist_ok=True)
    picture(window).save(str(path))
    window.close()
    return path


def step_screenshot(app, path: Path) -> Path:
    """Choosing the step at 1280×720: Newton with backtracking on Rosenbrock, its second step's
    four trials on the line-search plot and along the ray, and Newton's model on the contour."""
    from gdstudio.ui.shell.main_window import MainWindow

    window = MainWindow(restore=False)
    window.resize(1280, 720)
    window.show()
    function = window.tab("function")
    function.apply_preset("rosenbrock")
    controls = function.controls
    controls.start_x_spin.setValue(-1.2)
    controls.start_y_spin.setValue(1.0)
    controls.learning_rate_spin.setValue(1.0)
    controls.optimizer_combo.setCurrentIndex(controls.optimizer_combo.findData("newton"))
    controls.line_search_combo.setCurrentIndex(controls.line_search_combo.findData("armijo"))
    settle(app, 0.5)
    for _ in range(2):
        function.step_once()
        settle(app, 0.3)
    function.dirty = True
    settle(app, 0.3)
    picture(window).save(str(path))
    window.close()
    return path


def appstream_screenshots(app, folder: Path) -> list[Path]:
    """The pictures the AppStream metainfo lists: the studio, the MLP tab, a race and a lesson."""
    from gdstudio.core.lesson import builtin_lessons
    from gdstudio.ui.shell.main_window import MainWindow

    written = [readme_screenshot(app, folder / "studio.png"), step_screenshot(app, folder / "choosing-the-step.png")]
    window = MainWindow(restore=False)
    window.resize(1280, 720)
    window.show()
    prepare(app, window)
    for key, name in (("mlp", "mlp.png"), ("compare", "compare.png")):
        window.show_tab(key)
        settle(app, 0.8)
        picture(window).save(str(folder / name))
        written.append(folder / name)
    window.show_tab("function")
    window.lessons.open_builtin(builtin_lessons()[0].name)
    settle(app, 1.5)
    picture(window).save(str(folder / "lesson.png"))
    written.append(folder / "lesson.png")
    window.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", metavar="DIR", help="write every tab at every size and zoom into DIR")
    parser.add_argument("--appstream", action="store_true", help="write every picture the README and the AppStream metainfo show")
    parser.add_argument("output", nargs="?", default=str(ROOT / "resources" / "screenshots" / "studio.png"))
    arguments = parser.parse_args()
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = create_application()
    if arguments.review:
        for path in review(app, Path(arguments.review)):
            print(f"wrote {path}")
    elif arguments.appstream:
        for path in appstream_screenshots(app, ROOT / "resources" / "screenshots"):
            print(f"wrote {path}")
    else:
        print(f"wrote {readme_screenshot(app, Path(arguments.output))}")


if __name__ == "__main__":
    main()
