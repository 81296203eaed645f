"""The files a Linux desktop and a software centre read: the .desktop entry, the
AppStream metainfo and the icons, checked with the freedesktop tools themselves
(Debian's desktop-file-utils and appstream; .ci/run installs them)."""

import os
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from gdstudio.ui.shell.desktop import APPLICATION_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / f"{APPLICATION_ID}.desktop"
METAINFO_FILE = PACKAGING / f"{APPLICATION_ID}.metainfo.xml"
MIME_FILE = PACKAGING / f"{APPLICATION_ID}.mime.xml"
MIME_NAMESPACE = "{http://www.freedesktop.org/standards/shared-mime-info}"
ICONS = ROOT / "gdstudio" / "resources" / "icons"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; .ci/run installs it)")
    return path


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_desktop_entry_passes_desktop_file_validate():
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP_FILE)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr
    # hints are not errors, but a clean entry has none
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_passes_appstreamcli_validate():
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", str(METAINFO_FILE)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for line in result.stdout.splitlines():  # errors and warnings fail; infos may differ between versions
        assert not line.startswith(("E:", "W:")), result.stdout


def test_desktop_entry_metainfo_and_app_agree_on_one_id():
    entry = desktop_entry(DESKTOP_FILE)
    assert entry["Icon"] == APPLICATION_ID
    # the [project.gui-scripts] entry point, given the double-clicked file (gdstudio FILE opens it by its suffix)
    assert entry["Exec"] == "gdstudio %f" and entry["TryExec"] == "gdstudio"
    component = ElementTree.parse(METAINFO_FILE).getroot()
    assert component.findtext("id") == APPLICATION_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("project_license") == "MIT"
    assert component.find("description/p") is not None
    # setDesktopFileName must name the .desktop file, or the taskbar shows no icon
    app_source = (ROOT / "gdstudio" / "ui" / "shell" / "app.py").read_text(encoding="utf-8")
    assert "setDesktopFileName(APPLICATION_ID)" in app_source


SESSION_MIME_TYPE = "application/x-gdstudio-session+json"


def file_types():
    """(MIME type, suffix) of the files gdstudio opens: lessons and sessions."""
    from gdstudio.core.lesson.format import LESSON_MIME_TYPE, LESSON_SUFFIX
    from gdstudio.core.session import SESSION_SUFFIX

    return [(LESSON_MIME_TYPE, LESSON_SUFFIX), (SESSION_MIME_TYPE, SESSION_SUFFIX)]


def test_lessons_and_sessions_are_file_types_in_the_mime_database_the_desktop_entry_and_appstream():
    types = ElementTree.parse(MIME_FILE).getroot().findall(f"{MIME_NAMESPACE}mime-type")
    assert [(t.get("type"), [g.get("pattern") for g in t.findall(f"{MIME_NAMESPACE}glob")]) for t in types] == [
        (mime_type, [f"*{suffix}"]) for mime_type, suffix in file_types()
    ]
    assert all(t.find(f"{MIME_NAMESPACE}sub-class-of").get("type") == "application/json" for t in types)
    assert desktop_entry(DESKTOP_FILE)["MimeType"] == "".join(f"{mime_type};" for mime_type, _ in file_types())
    provides = ElementTree.parse(METAINFO_FILE).getroot().find("provides")
    assert [m.text for m in provides.findall("mediatype")] == [mime_type for mime_type, _ in file_types()]


def test_the_desktop_opens_each_file_type_with_the_command_that_opens_it(tmp_path):
    """What Exec=gdstudio %f runs for a double-clicked file: the suffix the MIME glob
    matches is the suffix gdstudio opens as that kind of file."""
    from gdstudio.cli.studio import file_kind, opens_a_file

    for (_, suffix), kind in zip(file_types(), ("lesson", "session")):
        name = str(tmp_path / f"week 3{suffix}")
        assert opens_a_file([name]) and file_kind(name) == kind


def test_update_mime_database_reads_the_lesson_and_session_types(tmp_path):
    update = tool("update-mime-database", "shared-mime-info")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_FILE, packages / f"{APPLICATION_ID}.xml")
    result = subprocess.run([update, "-V", str(tmp_path / "mime")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "error" not in (result.stdout + result.stderr).lower(), result.stdout + result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    for mime_type, suffix in file_types():
        assert f"60:{mime_type}:*{suffix}" in globs
        assert (tmp_path / "mime" / "application" / f"{mime_type.split('/')[1]}.xml").is_file()


def test_the_newest_release_note_is_the_package_version():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    releases = ElementTree.parse(METAINFO_FILE).getroot().findall("releases/release")
    assert releases, "the metainfo has no release notes"
    assert releases[0].get("version") == version
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))
    assert releases[0].find("description") is not None


def test_metainfo_screenshots_are_files_in_the_repository():
    images = ElementTree.parse(METAINFO_FILE).getroot().findall("screenshots/screenshot/image")
    assert images
    for image in images:
        # https://raw.githubusercontent.com/<owner>/<repo>/<branch>/<path in the repository>
        match = re.fullmatch(r"https://raw\.githubusercontent\.com/[^/]+/[^/]+/[^/]+/(.+)", image.text.strip())
        assert match, image.text
        path = ROOT / match.group(1)
        assert path.is_file(), f"the metainfo shows {match.group(1)}, which is not in the repository"
        assert png_size(path) == (int(image.get("width")), int(image.get("height")))


def test_icons_exist_at_every_size_and_as_svg():
    assert ElementTree.parse(ICONS / "gdstudio.svg").getroot().get("viewBox") == "0 0 512 512"
    for size in ICON_SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APPLICATION_ID}.png"
        assert png_size(png) == (size, size)
    # the shipped scalable icon is the master in resources/icons, copied by render_icons.py
    assert (ICONS / "gdstudio.svg").read_bytes() == (ROOT / "resources" / "icons" / "gdstudio.svg").read_bytes()
    assert (ROOT / "resources" / "icons" / "gdstudio-small.svg").is_file()


def test_example_data_files_are_of_the_kinds_the_resources_readme_names():
    from gdstudio.core.mlp.datasets import CLASSIFICATION, REGRESSION, DataSettings

    data = ROOT / "resources" / "data"
    expected = {
        "classes.csv": (CLASSIFICATION, 2, 3),
        "plane.csv": (REGRESSION, 2, 0),
        "curve.csv": (REGRESSION, 1, 0),
        "line.csv": (REGRESSION, 1, 0),
    }
    for name, (kind, inputs, classes) in expected.items():
        dataset = DataSettings(task="", path=str(data / name)).load()
        assert (dataset.kind, dataset.train_inputs.shape[1], dataset.classes) == (kind, inputs, classes), name
        assert name in (ROOT / "resources" / "README.md").read_text(encoding="utf-8")


def test_make_install_desktop_and_uninstall_desktop(tmp_path):
    make = tool("make", "make")
    data_home = tmp_path / "share"
    command = [make, "-s", "-C", str(ROOT), "-o", ".venv/.installed", f"DATA_HOME={data_home}", "GDSTUDIO_EXEC=/opt/gdstudio/gdstudio"]
    environment = {**os.environ, "MAKEFLAGS": ""}
    result = subprocess.run([*command, "install-desktop"], capture_output=True, text=True, timeout=60, env=environment)
    assert result.returncode == 0, result.stdout + result.stderr
    installed = data_home / "applications" / DESKTOP_FILE.name
    entry = desktop_entry(installed)
    assert entry["Exec"] == "/opt/gdstudio/gdstudio %f" and entry["TryExec"] == "/opt/gdstudio/gdstudio"
    assert entry["Icon"] == APPLICATION_ID
    for size in ICON_SIZES:
        assert png_size(data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APPLICATION_ID}.png") == (size, size)
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APPLICATION_ID}.svg").is_file()
    assert (data_home / "metainfo" / METAINFO_FILE.name).is_file()
    assert (data_home / "mime" / "packages" / f"{APPLICATION_ID}.xml").read_bytes() == MIME_FILE.read_bytes()
    if shutil.which("update-mime-database"):
        globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
        assert all(mime_type in globs for mime_type, _ in file_types())
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True, timeout=30)
        assert check.returncode == 0, check.stdout

    result = subprocess.run([*command, "uninstall-desktop"], capture_output=True, text=True, timeout=60, env=environment)
    assert result.returncode == 0, result.stdout + result.stderr
    left = [p for p in data_home.rglob("*") if p.is_file() and APPLICATION_ID in p.name]
    assert left == []
    if shutil.which("update-mime-database"):
        assert "gdstudio" not in (data_home / "mime" / "globs2").read_text(encoding="utf-8")
