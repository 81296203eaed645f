"""The 3-D surface tab: where OpenGL is missing it says so and the rest works; where
it is there (Xvfb with Mesa), the surface and the Function tab's path are drawn."""

import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from PySide6 import QtCore

from gdstudio.ui.surface.view import OPENGL_MISSING, SurfaceView


def test_without_an_opengl_context_the_tab_says_so_and_the_run_still_plays(window, qtbot):
    tabs = window.mode_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][-1] == "3-D surface"
    tabs.setCurrentWidget(window.tab("surface"))
    view = window.tab("surface").view
    if view.available:
        pytest.skip("this display provides OpenGL; the GL test below covers it")
    assert "OpenGL" in view.caption.text() and "Everything else works" in view.caption.text()
    # Space, → and R still act on the Function tab's run from here
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.tab("function").trajectory.count == 3, timeout=5000)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.tab("function").trajectory.count == 1, timeout=5000)
    assert view.segment_count() == 0 and view.render_image().isNull()


def test_without_pyopengl_the_tab_says_how_to_install_it(qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "OpenGL.GL", None)  # import OpenGL.GL now fails
    view = SurfaceView()
    qtbot.addWidget(view)
    assert not view.available
    assert view.caption.text() == OPENGL_MISSING
    assert "pip install 'gdstudio[3d]'" in OPENGL_MISSING


GL_SCRIPT = textwrap.dedent(
    """
    import sys, time
    import numpy as np
    from PySide6 import QtCore, QtWidgets
    app = QtWidgets.QApplication(sys.argv)
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, sys.argv[2])
    from gdstudio.ui import MainWindow
    window = MainWindow(restore=False)
    window.resize(1000, 700)
    window.show()
    window.mode_tabs.setCurrentWidget(window.tab("surface"))
    view = window.tab("surface").view
    assert view.available, view.message

    def settle(seconds=0.5):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()

    settle()
    before = view.render_image()
    for _ in range(12):
        window.tab("function").step_once()
        settle(0.05)
    settle()
    assert window.tab("function").trajectory.count == 13, window.tab("function").trajectory.count
    assert view.segment_count() == 12, view.segment_count()
    image = view.render_image()
    image.save(sys.argv[1])
    pixels = np.array([[image.pixel(x, y) for x in range(0, image.width(), 7)] for y in range(0, image.height(), 7)])
    colours = len(np.unique(pixels))
    background = np.mean(pixels == pixels[0, 0])
    assert colours > 200, colours            # a colour-mapped surface, not a blank frame
    assert 0.2 < background < 0.95, background  # the surface fills part of the view
    changed = before.size() == image.size() and before != image
    assert changed, "the path did not change the picture"
    window.tab("function").apply_preset("rosenbrock")
    settle()
    assert view.surface.logarithmic
    window.close()
    print("ok", colours, round(float(background), 3))
    """
)


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (Debian xvfb), which .ci/run installs")
def test_under_xvfb_the_surface_and_the_path_are_drawn(tmp_path):
    pytest.importorskip("OpenGL.GL", reason="needs the '3d' extra (PyOpenGL)")
    script = tmp_path / "gl_check.py"
    script.write_text(GL_SCRIPT)
    picture = tmp_path / "surface.png"
    environment = dict(os.environ)
    environment.pop("QT_QPA_PLATFORM", None)  # the X server's, not offscreen
    environment["QT_QPA_PLATFORM"] = "xcb"
    environment["LIBGL_ALWAYS_SOFTWARE"] = "1"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", sys.executable, str(script), str(picture), str(tmp_path / "settings")],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("ok")
    assert picture.stat().st_size > 10_000
