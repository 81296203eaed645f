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
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from gdstudio.core.words import translate

if TYPE_CHECKING:  # imported where used: importing the core imports sympy, which this module does not need
    from gdstudio.core.descent.report import RowChunk, RunRows


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
            raise ExportError(
                translate("ExportFiles", "cannot write {target}: the folder {folder} does not exist").format(target=target, folder=folder)
            )
        if not folder.is_dir():
            raise ExportError(
                translate("ExportFiles", "cannot write {target}: {folder} is a file, not a folder").format(target=target, folder=folder)
            )
        if target.is_dir():
            raise ExportError(translate("ExportFiles", "cannot write {target}: it is a folder").format(target=target))
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part" + target.suffix, dir=folder)
        os.close(descriptor)
    except OSError as error:
        if isinstance(error, ExportError):
            raise
        raise ExportError(
            translate("ExportFiles", "cannot write {target}: {reason}").format(target=target, reason=_folder_reason(error, folder))
        ) from None
    temporary_path = Path(temporary)
    try:
        write(temporary_path)
        if not temporary_path.exists() or temporary_path.stat().st_size == 0:
            raise ExportError(translate("ExportFiles", "cannot write {target}: nothing was produced").format(target=target))
        os.chmod(temporary_path, 0o644)
        os.replace(temporary_path, target)
    except ExportError:
        _remove(temporary_path)
        raise
    except OSError as error:
        _remove(temporary_path)
        raise ExportError(
            translate("ExportFiles", "cannot write {target}: {reason}").format(target=target, reason=_reason(error))
        ) from None
    except BaseException:
        _remove(temporary_path)
        raise
    return target


def _reason(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return translate("ExportFiles", "permission denied")
    if error.errno == errno.EROFS:
        return translate("ExportFiles", "the disk is read-only")
    return error.strerror or str(error)


def _folder_reason(error: OSError, folder: Path) -> str:
    """Why no file could be created in ``folder``, as a person would say it."""
    if error.errno in (errno.EACCES, errno.EPERM):
        return translate("ExportFiles", "no permission to write in the folder {folder}").format(folder=folder)
    if error.errno == errno.EROFS:
        return translate("ExportFiles", "the folder {folder} is on a read-only disk").format(folder=folder)
    if error.errno == errno.ENOSPC:
        return translate("ExportFiles", "no space left on the disk")
    # e.g. /proc, which exists but takes no new files ("No such file or directory")
    return translate("ExportFiles", "the folder {folder} does not take new files ({reason})").format(
        folder=folder, reason=error.strerror or error
    )


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


# -- long runs, written a slice at a time ------------------------------------------------


class JsonArray:
    """A long list of numbers inside a JSON object, written a slice at a time:
    ``chunks()`` yields float arrays of shape (k,) (a list of numbers) or (k, d) (a
    list of lists of d numbers); non-finite numbers are written as null. The text is
    the one ``json.dumps(..., indent=2)`` gives for the same list."""

    def __init__(self, chunks: Callable[[], Iterable[np.ndarray]]):
        self.chunks = chunks


def _number_texts(values: np.ndarray) -> list[str]:
    """The JSON text of each number: Python's repr (the shortest text that reads back
    as the same float64), null where not finite."""
    flat = np.asarray(values, dtype=float).reshape(-1)
    texts = list(map(repr, flat.tolist()))
    if not np.isfinite(flat).all():
        for index in np.flatnonzero(~np.isfinite(flat)).tolist():
            texts[index] = "null"
    return texts


def _write_json_array(handle, array: JsonArray, indent: str) -> None:
    """The list at a line indented by ``indent``, as json.dumps(indent=2) writes it."""
    item = indent + "  "
    inner = item + "  "
    separator = "[\n" + item
    for chunk in array.chunks():
        chunk = np.asarray(chunk, dtype=float)
        if not len(chunk):
            continue
        texts = _number_texts(chunk)
        if chunk.ndim == 1:
            handle.write(separator + (",\n" + item).join(texts))
        else:
            width = chunk.shape[1]
            row = "[\n" + inner + (",\n" + inner).join(["%s"] * width) + "\n" + item + "]"
            columns = [texts[column::width] for column in range(width)]
            handle.write(separator + (",\n" + item).join(map(row.__mod__, zip(*columns))))
        separator = ",\n" + item
    handle.write("[]" if separator.startswith("[") else "\n" + indent + "]")


def json_stream(handle, data: dict[str, Any]) -> None:
    """Write ``data`` as JSON (indent 2, as :func:`json_text`) to an open text file,
    with each :class:`JsonArray` in it written a slice at a time."""
    arrays: dict[str, JsonArray] = {}

    def mark(value):
        if isinstance(value, JsonArray):
            key = f"\x00array {len(arrays)}\x00"
            arrays[key] = value
            return key
        if isinstance(value, dict):
            return {k: mark(v) for k, v in value.items()}
        return value

    text = json_text(mark(data))
    for key, array in arrays.items():
        quoted = json.dumps(key)
        before, text = text.split(quoted, 1)
        handle.write(before)
        line_start = before.rfind("\n") + 1
        indent = before[line_start : len(before) - len(before[line_start:].lstrip(" "))]
        _write_json_array(handle, array, indent)
    handle.write(text)


def write_json_streamed(path: str | os.PathLike, data: dict[str, Any]) -> Path:
    """:func:`write_json` for an object holding :class:`JsonArray` lists: written a slice
    at a time to a temporary file, then renamed."""

    def write(temporary: Path) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            json_stream(handle, data)

    return atomic_write(path, write)


def run_json(head: dict[str, Any], rows: RunRows, final: dict[str, Any]) -> dict[str, Any]:
    """The JSON report of a run (``gdstudio run --json``) with its trajectory and losses
    as :class:`JsonArray` lists read from ``rows``; rows that are not every step (a
    thinned history) add ``trajectory_steps``, the step t of each."""
    data = dict(head)
    if not rows.consecutive:
        data["trajectory_steps"] = [int(step) for chunk in rows.chunks() for step in chunk.steps.tolist()]
    data["trajectory"] = JsonArray(lambda: (chunk.points for chunk in rows.chunks()))
    data["loss"] = JsonArray(lambda: (chunk.loss for chunk in rows.chunks()))
    data["final"] = final
    return data


def write_run_json(path: str | os.PathLike, head: dict[str, Any], rows: RunRows, final: dict[str, Any]) -> Path:
    """The JSON report of a run (see :func:`run_json`), written a slice at a time."""
    return write_json_streamed(path, run_json(head, rows, final))


def write_run_csv(path: str | os.PathLike, rows: RunRows) -> Path:
    """The rows as CSV: step, x, y, loss, grad_x, grad_y, numbers as Python's repr (the
    same text as :func:`write_csv` gives for ``trajectory_rows``), a slice at a time."""

    from gdstudio.core.descent.report import CSV_HEADER

    def write(temporary: Path) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            handle.write(",".join(CSV_HEADER) + "\n")
            for chunk in rows.chunks():
                if not len(chunk):
                    continue
                columns = [chunk.points[:, 0], chunk.points[:, 1], chunk.loss, chunk.gradient[:, 0], chunk.gradient[:, 1]]
                texts = [list(map(repr, np.asarray(column, dtype=float).tolist())) for column in columns]
                steps = map(str, np.asarray(chunk.steps).astype(np.int64).tolist())
                handle.write("\n".join(map(",".join, zip(steps, *texts))) + "\n")

    return atomic_write(path, write)


class RowSpool:
    """The rows of a run as it goes, in an unnamed temporary file (float64, row after
    row), so that a long run is written out without being held in memory: the JSON
    report needs the final status before the trajectory. It is deleted when closed
    (or when the process ends). Rows are the steps 0, 1, 2, … appended in order."""

    consecutive = True

    def __init__(self, dimension: int, folder: str | os.PathLike | None = None):
        self.dimension = dimension
        self.count = 0
        self._folder = folder
        try:
            self._file = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 (the spool closes it: close() or its with block)
        except OSError as error:
            raise ExportError(
                translate("ExportFiles", "cannot write a temporary file in {folder}: {reason}").format(
                    folder=folder or tempfile.gettempdir(), reason=_reason(error)
                )
            ) from None

    def extend(self, points: np.ndarray, loss: np.ndarray, gradient: np.ndarray) -> None:
        table = np.column_stack([np.asarray(points, dtype=float), np.asarray(loss, dtype=float), np.asarray(gradient, dtype=float)])
        try:
            self._file.write(np.ascontiguousarray(table).tobytes())
        except OSError as error:
            raise ExportError(
                translate("ExportFiles", "cannot write a temporary file in {folder}: {reason}").format(
                    folder=self._folder or tempfile.gettempdir(), reason=_reason(error)
                )
            ) from None
        self.count += len(table)

    def chunks(self) -> Iterator[RowChunk]:
        from gdstudio.core.descent.report import ROW_CHUNK, RowChunk

        d = self.dimension
        width = 2 * d + 1
        self._file.flush()
        self._file.seek(0)
        for start in range(0, self.count, ROW_CHUNK):
            k = min(ROW_CHUNK, self.count - start)
            table = np.frombuffer(self._file.read(k * width * 8), dtype=float).reshape(k, width)
            yield RowChunk(np.arange(start, start + k), table[:, :d], table[:, d], table[:, d + 1 :])
        self._file.seek(0, os.SEEK_END)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> RowSpool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_npz(path: str | os.PathLike, arrays: dict[str, Any]) -> Path:
    """The named arrays as one uncompressed NumPy ``.npz`` file, written atomically (an
    open file is handed to numpy, which then adds no ``.npz`` to the name).  String
    entries are 0-d unicode arrays, which ``numpy.load`` reads without pickling."""

    def write(temporary: Path) -> None:
        with open(temporary, "wb") as handle:
            np.savez(handle, **arrays)

    return atomic_write(path, write)
