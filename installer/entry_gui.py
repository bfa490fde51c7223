"""Frozen entry point of `commune-office-gui` (windowed on Windows): what the Start-menu shortcut opens."""

import multiprocessing
import sys
from pathlib import Path

import platformdirs

from client.cli import main

LOG_LIMIT_BYTES = 1024 * 1024


def _log_to_file() -> None:
    # A windowed Windows program has no console: sys.stdout and sys.stderr are None, so any print or warning
    # would raise. They go to a per-user log file instead, started afresh when it grows past LOG_LIMIT_BYTES.
    folder = Path(platformdirs.user_log_dir("CommuneOffice", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "commune-office-gui.log"
    mode = "w" if path.is_file() and path.stat().st_size > LOG_LIMIT_BYTES else "a"
    stream = open(path, mode, encoding="utf-8", buffering=1)  # noqa: SIM115 - open for the process's life
    sys.stdout = sys.stderr = stream


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the signature checks' child process (see entry_cli.py)
    if sys.stderr is None:
        _log_to_file()
    # The desktop app is started directly: the console commands make no sense without a console.
    sys.exit(main(["gui", *sys.argv[1:]]))
