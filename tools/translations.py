"""The interface's translations, with Qt's own toolchain (``pyside6-lupdate`` and
``pyside6-lrelease``, which ship with PySide6).

    python tools/translations.py update de es zh_CN   # what `make translations` runs
    python tools/translations.py check de es zh_CN    # what the tests run
    python tools/translations.py fill FILE.json...    # translations written as JSON

``update`` gathers every string of ``gdstudio/`` marked for translation
(``QCoreApplication.translate``, ``translate`` of ``gdstudio.core.words``,
``QT_TRANSLATE_NOOP``) into ``resources/translations/gdstudio_LANG.ts`` (a new
string comes in unfinished, a string gone from the code is dropped) and compiles
each into ``gdstudio/resources/translations/gdstudio_LANG.qm``, the package data
the window loads. ``check`` changes nothing: it fails when a language has a string
of the code unfinished or missing, or when its .qm is older than its .ts."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "gdstudio"
TS_DIRECTORY = ROOT / "resources" / "translations"
QM_DIRECTORY = ROOT / "gdstudio" / "resources" / "translations"


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (the .venv), else on the PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it ships with PySide6 (pip install PySide6-Essentials)")
    return found


def ts_path(language: str, directory: Path = TS_DIRECTORY) -> Path:
    return directory / f"gdstudio_{language}.ts"


def qm_path(language: str, directory: Path = QM_DIRECTORY) -> Path:
    return directory / f"gdstudio_{language}.qm"


def lupdate(language: str, ts: Path) -> None:
    # lupdate's directory scan skips Python files: the files are named one by one
    files = sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))
    command = [tool("pyside6-lupdate"), *files, "-locations", "none", "-no-obsolete", "-silent"]
    command += ["-source-language", "en", "-target-language", language, "-ts", str(ts)]
    subprocess.run(command, check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def messages(ts: Path):
    """(context, source, translations, finished) for each message of a .ts file."""
    tree = ElementTree.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if translation is None:
                texts = []
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            finished = kind not in ("unfinished", "obsolete", "vanished") and bool(texts) and all(texts)
            yield name, source, texts, finished


def unfinished(ts: Path) -> list[tuple[str, str]]:
    return [(context, source) for context, source, _texts, finished in messages(ts) if not finished]


def update(languages) -> int:
    TS_DIRECTORY.mkdir(parents=True, exist_ok=True)
    QM_DIRECTORY.mkdir(parents=True, exist_ok=True)
    for language in languages:
        ts = ts_path(language)
        lupdate(language, ts)
        lrelease(ts, qm_path(language))
        missing = unfinished(ts)
        total = sum(1 for _ in messages(ts))
        print(f"{language}: {total - len(missing)} of {total} strings translated")
    return 0


PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)?(?:[:!][^{}]*)?\}")


def placeholders(text: str) -> list[str]:
    """The ``str.format`` fields of a text, sorted (a translation may reorder them)."""
    return sorted(match.group(0) for match in PLACEHOLDER.finditer(text))


def fill(files) -> int:
    """Put the translations of JSON files ``{"de": {"Context": {"English": "Deutsch"}}}``
    into the .ts files (an entry the code no longer has is reported and skipped),
    then compile them."""
    tables: dict[str, dict[str, dict[str, str]]] = {}
    for file in files:
        for language, contexts in json.loads(Path(file).read_text(encoding="utf-8")).items():
            for context, entries in contexts.items():
                tables.setdefault(language, {}).setdefault(context, {}).update(entries)
    for language, contexts in tables.items():
        ts = ts_path(language)
        if not ts.exists():
            lupdate(language, ts)
        tree = ElementTree.parse(ts)
        used = set()
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                text = contexts.get(name, {}).get(source)
                if text is None:
                    continue
                used.add((name, source))
                translation = message.find("translation")
                if translation is None:
                    translation = ElementTree.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                translation.text = text
        for name, entries in contexts.items():
            for source in entries:
                if (name, source) not in used:
                    print(f"{language}: [{name}] {source!r} is not in the code; skipped")
        ElementTree.indent(tree)
        body = ElementTree.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
        lupdate(language, ts)  # back to lupdate's own layout
        lrelease(ts, qm_path(language))
    return 0


def problems(language: str) -> list[str]:
    """What is wrong with one language, as sentences (none: complete and compiled)."""
    ts = ts_path(language)
    if not ts.exists():
        return [f"{ts.relative_to(ROOT)} is missing: run `make translations`"]
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / ts.name
        shutil.copyfile(ts, copy)
        lupdate(language, copy)
        for context, source, texts, finished in messages(copy):
            if not finished:
                found.append(f"{language}: unfinished [{context}] {source!r}")
            elif any(placeholders(text) != placeholders(source) for text in texts):
                found.append(f"{language}: [{context}] {source!r} is translated with other {{fields}}: {texts!r}")
        compiled = Path(scratch) / "fresh.qm"
        lrelease(ts, compiled)
        qm = qm_path(language)
        if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
            found.append(f"{qm.relative_to(ROOT)} is not compiled from {ts.relative_to(ROOT)}: run `make translations`")
    return found


def check(languages) -> int:
    found = [problem for language in languages for problem in problems(language)]
    for problem in found:
        print(problem)
    return 1 if found else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "check", "fill"])
    parser.add_argument("arguments", nargs="+", help="languages (update, check) or JSON files (fill)")
    arguments = parser.parse_args(argv)
    return {"update": update, "check": check, "fill": fill}[arguments.command](arguments.arguments)


if __name__ == "__main__":
    sys.exit(main())
