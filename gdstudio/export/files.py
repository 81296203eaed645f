"""Atomic file writes: a temporary file in the same folder, then ``os.replace``,
so a failed or interrupted write never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any


class ExportError(OSError):
    """A file could not be written; ``str(error)`` is one sentence for a person."""


def atomic_write(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` and rename the result to ``path``.

    ``write`` creates the temporary file's content (it may be given to a library
    that only writes to file names, such as Qt's image writer).  Any ``OSError`` on
    the way (no such folder, no permission, a folder that takes no new files such
    as /proc, a full disk) becomes an :class:`ExportError` naming the path and the
    reason, and no temporary file is left behind."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        if not folder.exists():
            raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
        if not folder.is_dir():
            raise ExportError(f"cannot write {target}: {folder} is a file, not a folder")
        if target.is_dir():
            raise ExportError(f"cannot write {target}: it is a folder")
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part" + target.suffix, dir=folder)
        os.close(descriptor)
    except OSError as error:
        if isinstance(error, ExportError):
            raise
        raise ExportError(f"cannot write {target}: {_folder_reason(error, folder)}") from None
    temporary_path = Path(temporary)
    try:
        write(temporary_path)
        if not temporary_path.exists() or temporary_path.stat().st_size == 0:
            raise ExportError(f"cannot write {target}: nothing was produced")
        os.chmod(temporary_path, 0o644)
        os.replace(temporary_path, target)
    except ExportError:
        _remove(temporary_path)
        raise
    except OSError as error:
        _remove(temporary_path)
        raise ExportError(f"cannot write {target}: {_reason(error)}") from None
    except BaseException:
        _remove(temporary_path)
        raise
    return target


def _reason(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.EROFS:
        return "the disk is read-only"
    return error.strerror or str(error)


def _folder_reason(error: OSError, folder: Path) -> str:
    """Why no file could be created in ``folder``, as a person would say it."""
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"no permission to write in the folder {folder}"
    if error.errno == errno.EROFS:
        return f"the folder {folder} is on a read-only disk"
    if error.errno == errno.ENOSPC:
        return "no space left on the disk"
    # e.g. /proc, which exists but takes no new files ("No such file or directory")
    return f"the folder {folder} does not take new files ({error.strerror or error})"


def _remove(temporary: Path) -> None:
    with contextlib.suppress(OSError):  # the error that brought us here is the one to report
        temporary.unlink(missing_ok=True)


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
