"""Writing files: every write goes to a temporary name first, then is renamed."""

from gdstudio.export.files import ExportError, atomic_write, write_csv, write_json

__all__ = ["ExportError", "atomic_write", "write_csv", "write_json"]
