"""gdstudio: a desktop studio for learning and teaching gradient descent."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("gdstudio")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

APPLICATION_NAME = "gdstudio"
ORGANIZATION_NAME = "gdstudio"
