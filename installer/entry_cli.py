"""Frozen entry point of `commune-office` (console): the whole command line, `gui` included."""

import multiprocessing
import sys

from client.cli import main

if __name__ == "__main__":
    # signature checks run in a "spawn" child process (client/signatures/bounded.py): in the frozen exe the child
    # is this executable again, and freeze_support turns it into that child instead of a second command line
    multiprocessing.freeze_support()
    sys.exit(main())
