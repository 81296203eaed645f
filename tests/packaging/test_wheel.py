"""What `pip install .` gives people: a wheel built from the project holds the icons
as package data and declares the `gdstudio` entry point, and the app it holds
finds its resources through importlib.resources and starts offscreen (where it
writes the demo render), with no source tree anywhere on the path."""

import email
import os
import shutil
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from gdstudio import __version__
from gdstudio.core.lesson.builtin import BUILTIN_LESSONS
from gdstudio.core.lesson.format import LESSON_SUFFIX
from gdstudio.ui.shell.desktop import APPLICATION_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]


def setuptools_version() -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in metadata.version("setuptools").split(".")[:2])
    except (metadata.PackageNotFoundError, ValueError):
        return (0,)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the project (so the build leaves nothing in the tree)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "gdstudio", source / "gdstudio", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)]
    if setuptools_version() >= (77,):
        # the setuptools in .venv can build it (PEP 639 licence field): offline and faster
        command.insert(4, "--no-build-isolation")
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, cwd=source)
    assert result.returncode == 0, result.stdout + result.stderr
    wheels = list(out.glob("gdstudio-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def unpacked(wheel, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def run_from_wheel(site: Path, arguments, cwd: Path) -> subprocess.CompletedProcess:
    """Run Python with the unpacked wheel first on the path and no display."""
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH")}
    environment.update(PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, *arguments], capture_output=True, text=True, timeout=60, cwd=cwd, env=environment)


def test_wheel_holds_the_icons_the_licence_and_the_entry_point(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = f"gdstudio-{__version__}.dist-info"
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
        metadata = email.message_from_bytes(archive.read(f"{info}/METADATA"))
    assert "gdstudio/resources/icons/gdstudio.svg" in names
    for language in ("de", "es", "zh_CN"):  # the interface's compiled translations
        assert f"gdstudio/resources/translations/gdstudio_{language}.qm" in names
    for lesson in BUILTIN_LESSONS:
        assert f"gdstudio/resources/lessons/{lesson}{LESSON_SUFFIX}" in names
    for size in ICON_SIZES:
        assert f"gdstudio/resources/icons/hicolor/{size}x{size}/apps/{APPLICATION_ID}.png" in names
    assert any(name.startswith(f"{info}/") and name.endswith("LICENSE") for name in names)
    assert "[gui_scripts]" in entry_points and "gdstudio = gdstudio.cli:main" in entry_points
    assert metadata["Version"] == __version__
    assert not any(name.startswith(("tests/", "packaging/", "benchmarks/")) for name in names)


def test_installed_app_finds_its_resources_through_importlib(unpacked, tmp_path):
    script = (
        "import gdstudio, sys\n"
        "from pathlib import Path\n"
        "from PySide6 import QtWidgets\n"
        "from gdstudio.ui.shell.desktop import icon_resource, ICON_SIZES\n"
        f"assert Path(gdstudio.__file__).is_relative_to({str(unpacked)!r}), gdstudio.__file__\n"
        "for size in ICON_SIZES: assert icon_resource(size).read_bytes()[:4] == b'\\x89PNG'\n"
        "assert b'<svg' in icon_resource().read_bytes()\n"
        "from gdstudio.core.lesson import builtin_lessons\n"
        "assert [lesson.title for lesson in builtin_lessons()] == ['Learning is descent', 'Valleys and momentum', 'Learning rates', 'Choosing the step', 'Many small steps']\n"
        "from gdstudio.ui.shell.app import create_application\n"
        "app = create_application()\n"
        "assert not app.windowIcon().isNull()\n"
        "assert app.desktopFileName() == 'io.github.gdstudio.gdstudio'\n"
        "print(app.applicationVersion(), [s.width() for s in app.windowIcon().availableSizes()])\n"
    )
    result = run_from_wheel(unpacked, ["-c", script], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.split()[0] == __version__
    assert "512" in result.stdout


def test_installed_app_starts_offscreen_and_writes_the_demo_render(unpacked, tmp_path):
    result = run_from_wheel(unpacked, ["-m", "gdstudio"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No display found" in result.stdout
    render = tmp_path / "descent.png"
    assert render.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert render.stat().st_size > 10_000  # a drawn figure, not an empty image
    version = run_from_wheel(unpacked, ["-m", "gdstudio", "--version"], tmp_path)
    assert version.stdout.strip() == f"gdstudio {__version__}"
