"""The interface's translations are complete: lupdate, run over the code as it is,
finds no string unfinished or missing in any language, no translation drops or
renames a {field} its English has, and each .qm is compiled from its .ts."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["de", "es", "zh_CN"]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_language_has_every_string_of_the_code_translated(language):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "check", language], capture_output=True, text=True, cwd=ROOT
    )
    problems = result.stdout.strip().splitlines()
    assert result.returncode == 0, f"{len(problems)} problems, e.g.:\n" + "\n".join(problems[:40])


def test_the_languages_of_the_window_are_those_of_make_translations():
    from gdstudio.ui.common.language import LANGUAGES as WINDOW_LANGUAGES

    makefile = (ROOT / "Makefile").read_text()
    line = next(line for line in makefile.splitlines() if line.startswith("TRANSLATION_LANGUAGES"))
    assert line.split(":=")[1].split() == LANGUAGES == [code for code in WINDOW_LANGUAGES if code != "en"]


def test_the_metainfo_lists_the_languages_that_are_translated():
    import xml.etree.ElementTree as ElementTree

    metainfo = ElementTree.parse(ROOT / "packaging" / "io.github.gdstudio.gdstudio.metainfo.xml").getroot()
    listed = [lang.text for lang in metainfo.iter("lang")]
    assert listed == LANGUAGES
    assert sorted(path.stem.removeprefix("gdstudio_") for path in (ROOT / "resources" / "translations").glob("*.ts")) == sorted(LANGUAGES)
