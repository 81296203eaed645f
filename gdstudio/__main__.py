"""``python -m gdstudio``: the same entry point as the ``gdstudio`` command."""

import sys

from gdstudio.cli import main

if __name__ == "__main__":
    sys.exit(main())
