"""``python -m analysis``: the command line of :mod:`analysis.cli`."""

from __future__ import annotations

import sys

from analysis.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
