"""Frozen entry point of `commune-office` (console): the whole command line, `gui` included."""

import sys

from client.cli import main

if __name__ == "__main__":
    sys.exit(main())
