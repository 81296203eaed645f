"""Atomic file writes: a temporary file in the same folder, then ``os.replace``,
so a failed or interrupted write never leaves a half-written file behind."""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence


class ExportError(OSError):
    """A file could not be written; ``str(error)`` is one sentence for a person."""


def atomic_write(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` and rename the result to ``path``.

    ``write`` creates the temporary file's content (it may be given to a library
    that only writes to file names, such as Qt's image writer)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a folder")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part" + target.suffix, dir=folder)
    os.close(descriptor)
    temporary_path = Path(temporary)
    try:
        write(temporary_path)
        if not temporary_path.exists() or temporary_path.stat().st_size == 0:
            raise ExportError(f"cannot write {target}: nothing was produced")
        os.chmod(temporary_path, 0o644)
        os.replace(temporary_path, target)
    except ExportError:
        temporary_path.unlink(missing_ok=True)
        raise
    except OSError as error:
        temporary_path.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise ExportError(f"cannot write {target}: {reason}") from None
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise
    return target


def write_text(path: str | os.PathLike, text: str) -> Path:
    def write(temporary: Path) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)

    return atomic_write(path, write)


def write_json(path: str | os.PathLike, data: Any) -> Path:
    return write_text(path, json_text(data))


def json_text(data: Any) -> str:
    return json.dumps(data, indent=2, allow_nan=False, ensure_ascii=False) + "\n"


def write_csv(path: str | os.PathLike, header: Sequence[str], rows: Iterable[Sequence]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return write_text(path, buffer.getvalue())
