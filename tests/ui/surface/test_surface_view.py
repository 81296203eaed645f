"""The 3-D surface tab: where OpenGL is missing it says so and the rest works; where
it is there (Xvfb with Mesa), the surface is drawn with its axes, the Function tab's
path or the Compare tab's race on it, seen from a camera that does not hide them."""

import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from PySide6 import QtCore

from gdstudio.ui.surface.view import OPENGL_MISSING, SurfaceView

needs_xvfb = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (Debian xvfb), which .ci/run installs")


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


def test_showing_the_race_makes_space_right_and_r_drive_the_race(window, qtbot):
    compare = window.tab("compare")
    window.mode_tabs.setCurrentWidget(compare)  # it takes the Function tab's function
    qtbot.waitUntil(lambda: compare.function is not None, timeout=5000)
    surface = window.tab("surface")
    window.mode_tabs.setCurrentWidget(surface)
    source = surface.source_box
    assert [source.itemText(i) for i in range(source.count())] == ["The Function tab's run", "The Compare tab's race"]
    source.setCurrentIndex(1)
    assert surface.source == "compare"
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: compare.step_count == 2, timeout=5000)
    assert all(len(t.points) == 3 for t in compare.trajectories)
    assert window.tab("function").trajectory.count == 1  # the Function tab's run did not move
    qtbot.keyClick(window, QtCore.Qt.Key.Key_R)
    qtbot.waitUntil(lambda: all(len(t.points) == 1 for t in compare.trajectories), timeout=5000)
    source.setCurrentIndex(0)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.tab("function").trajectory.count == 2, timeout=5000)


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


def run_under_xvfb(script: str, tmp_path, picture_name: str) -> str:
    """Run ``script`` in its own process on an Xvfb display with Mesa's software OpenGL;
    its arguments: where to save pictures (a stem) and a settings folder."""
    pytest.importorskip("OpenGL.GL", reason="needs the '3d' extra (PyOpenGL)")
    path = tmp_path / "gl_check.py"
    path.write_text(script)
    environment = dict(os.environ)
    environment.pop("QT_QPA_PLATFORM", None)  # the X server's, not offscreen
    environment["QT_QPA_PLATFORM"] = "xcb"
    environment["LIBGL_ALWAYS_SOFTWARE"] = "1"
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x1024x24",
            sys.executable,
            str(path),
            str(tmp_path / picture_name),
            str(tmp_path / "settings"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=environment,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("ok"), result.stdout + result.stderr
    return last


@needs_xvfb
def test_under_xvfb_the_surface_and_the_path_are_drawn(tmp_path):
    run_under_xvfb(GL_SCRIPT, tmp_path, "surface.png")
    assert (tmp_path / "surface.png").stat().st_size > 10_000


AXES_CAMERA_RACE_SCRIPT = textwrap.dedent(
    """
    import sys, time
    import numpy as np
    from PySide6 import QtCore, QtGui, QtWidgets
    app = QtWidgets.QApplication(sys.argv)
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, sys.argv[2])
    from gdstudio.ui import MainWindow
    from gdstudio.ui.surface.tab import NO_RACE
    from gdstudio.ui.surface.view import MARKER_SIZE, PATH_WIDTH, TICK_POINTS, TITLE_POINTS
    stem = sys.argv[1]
    window = MainWindow(restore=False)
    window.resize(1280, 720)
    window.show()
    function, surface, compare = window.tab("function"), window.tab("surface"), window.tab("compare")
    view = surface.view

    def settle(seconds=0.5):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()

    def wait_until(condition, seconds=10):
        end = time.monotonic() + seconds
        while not condition() and time.monotonic() < end:
            app.processEvents()
        assert condition()

    def path_pixel_near(image, point, reach=4):
        # the Function tab's orange (#ff5a36): no part of viridis is that red
        x0, y0 = int(round(point.x())), int(round(point.y()))
        for x in range(x0 - reach, x0 + reach + 1):
            for y in range(y0 - reach, y0 + reach + 1):
                if 0 <= x < image.width() and 0 <= y < image.height():
                    c = QtGui.QColor(image.pixel(x, y))
                    if c.red() > 205 and 40 < c.green() < 140 and c.blue() < 110:
                        return True
        return False

    def labels_of(axis):
        return [text for a, text in view.axis_labels() if a == axis]

    # the elongated bowl from its preset start: 12 steps down the valley, all in view
    function.apply_preset("elongated")
    settle()
    window.mode_tabs.setCurrentWidget(surface)
    settle()
    assert view.available, view.message
    for _ in range(12):
        function.step_once()
        settle(0.05)
    settle()
    assert view.segment_counts() == [12], view.segment_counts()
    path = view.paths[0]
    camera = view.current_camera()
    hidden = view.surface.occluded(view.surface.points_3d(path.points, path.loss), camera.position)
    assert not hidden.any(), (camera, hidden)
    image = view.render_image()
    image.save(stem + "_elongated.png")
    segments = view.path_items[0][1].pos
    unseen = [k for k in range(12) if not path_pixel_near(image, view.screen_point((segments[2 * k] + segments[2 * k + 1]) / 2))]
    assert not unseen, unseen

    # its axes: titles, and tick labels at round values of x, y and f (never display heights)
    labels = view.axis_labels()
    assert labels[:3] == [("x", "x"), ("y", "y"), ("f", "f(x, y)")], labels
    assert set(labels_of("x")[1:]) <= {"−3", "−2", "−1", "0", "1", "2", "3"} and len(labels_of("x")) >= 5, labels
    assert set(labels_of("y")[1:]) <= {"−1", "0", "1"} and len(labels_of("y")) >= 3, labels
    assert set(labels_of("f")[1:]) <= {"5", "10", "15", "20", "25"} and len(labels_of("f")) >= 4, labels
    texts = [item for item in view.view.items if type(item).__name__ == "OutlinedText"]
    assert [item.text for item in texts] == [text for _, text in labels]
    boxes = [view.label_box(item.pos, item.text, item.font) for item in texts]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])

    # presentation zoom: text, lines and markers grow together
    surface.set_zoom(2.0)
    settle()
    texts = view.texts
    assert texts[0].font.pointSizeF() == 2 * TITLE_POINTS and texts[-1].font.pointSizeF() == 2 * TICK_POINTS
    assert view.path_items[0][1].width == 2 * PATH_WIDTH and view.markers.size == 2 * MARKER_SIZE
    boxes = [view.label_box(item.pos, item.text, item.font) for item in texts]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    view.render_image().save(stem + "_elongated_zoom200.png")
    surface.set_zoom(1.0)
    settle()

    # turned by hand, the camera stays; Reset camera (W) goes back to the framing
    view.view.orbit(70, 20)
    function.step_once()
    settle()
    assert view.current_camera().azimuth == camera.azimuth + 70
    view.reset_camera_button.click()
    settle()
    assert (view.current_camera().elevation, view.current_camera().azimuth) == (camera.elevation, camera.azimuth)

    # a log-shaded valley: the height axis is ticked in log10(f - min f)
    function.apply_preset("rosenbrock")
    settle()
    assert view.axis_labels()[2] == ("f", "log₁₀(f − min f)"), view.axis_labels()
    assert set(labels_of("f")[1:]) <= {"0", "1", "2", "3"} and len(labels_of("f")) >= 3
    view.render_image().save(stem + "_rosenbrock.png")

    # the Compare tab's race, drawn run by run in its colours, with a legend
    function.apply_preset("seed")
    settle()
    window.mode_tabs.setCurrentWidget(compare)
    settle()
    for _ in range(5):
        compare.step_once()
        settle(0.05)
    wait_until(lambda: compare.step_count == 5)
    window.mode_tabs.setCurrentWidget(surface)
    settle()
    assert view.segment_counts() == [0], view.segment_counts()  # the Function tab's run, at its start
    surface.source_box.setCurrentIndex(1)
    settle()
    runs = len(compare.trajectories)
    assert runs == 3 and view.segment_counts() == [5, 5, 5], view.segment_counts()
    colours = [QtGui.QColor(colour).name() for colour in compare.colours]
    assert [QtGui.QColor.fromRgbF(*line.color[:3]).name() for _, line in view.path_items[:runs]] == colours
    assert view.legend.isVisible()
    assert all(label in view.legend.text() for label in compare.race_labels)
    assert all(colour in view.legend.text() for colour in compare.colours)
    view.render_image().save(stem + "_race.png")
    window.grab().save(stem + "_race_window.png")
    # → on this tab steps the race; announced as the Compare tab does at its redraws, the view follows
    surface.step_once()
    wait_until(lambda: compare.step_count == 6)
    window.context.paths_changed.emit("compare")
    settle()
    assert view.segment_counts() == [6, 6, 6], view.segment_counts()

    # the race on another function than the surface's: said in the caption, nothing drawn
    function.apply_preset("elongated")
    settle()
    assert NO_RACE in view.caption.text(), view.caption.text()
    assert view.segment_count() == 0 and not view.legend.isVisible()
    surface.source_box.setCurrentIndex(0)
    settle()
    assert "orange" in view.caption.text() and NO_RACE not in view.caption.text()
    window.close()
    print("ok")
    """
)


@needs_xvfb
def test_under_xvfb_axes_the_framing_camera_and_a_race_are_drawn(tmp_path):
    run_under_xvfb(AXES_CAMERA_RACE_SCRIPT, tmp_path, "surface")
    for name in ("elongated", "elongated_zoom200", "rosenbrock", "race"):
        assert (tmp_path / f"surface_{name}.png").stat().st_size > 10_000
