"""Set up the project's virtual environment and run the app or the test suite.

    python devenv.py run [ARGS...]    run the app (`commune-office ARGS`; no ARGS: `commune-office --demo`)
    python devenv.py test [ARGS...]   lint (ruff), type-check (mypy), then run the whole test suite (pytest ARGS)

Only the standard library is used here, so it works on a fresh machine with Python 3.11+ (Linux or Windows).
The environment lives in `.venv/` beside this file and is refreshed when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".commune-office-installed"


def _venv_bin(name: str) -> Path:
    folder = VENV / ("Scripts" if os.name == "nt" else "bin")
    return folder / (f"{name}.exe" if os.name == "nt" else name)


def ensure_environment() -> Path:
    """Create `.venv` and install the project with its server and test extras when pyproject.toml has changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this file is what an older Python runs first
        sys.exit(f"Commune Office needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = _venv_bin("python")
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing packages into .venv ...", flush=True)
        subprocess.run(
            # One environment serves both commands: `run` starts the demo, which runs the reference server
            # (the `server` extra); `test` needs the test tools too (the `test` extra, which includes `server`).
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e",
             f"{ROOT}[server,test]"],
            check=True,
        )
        STAMP.write_text(wanted)
    return python


def call_passing_stop(command: list[str]) -> int:
    """Run `command` and return its exit code; a request to stop this process (SIGTERM, or SIGHUP when its terminal
    closes) is passed on to it, which then closes as it does for its own: a service manager or a script that stops
    `devenv.py run` left the app and its demo server running without this. Ctrl+C reaches both already."""
    child = subprocess.Popen(command, cwd=ROOT)

    def pass_on(_signum: int, _frame: object) -> None:
        child.terminate()

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):  # Windows has no SIGHUP
            signal.signal(getattr(signal, name), pass_on)
    interrupts = 0
    while True:
        try:
            return child.wait()
        except KeyboardInterrupt:  # the child got the same Ctrl+C and closes; a second one stops it
            interrupts += 1
            if interrupts > 1:
                child.terminate()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    python = ensure_environment()
    command, rest = argv[0], argv[1:]
    if command == "run":
        rest = rest or ["--demo"]  # no arguments: the app on a demo server, a working office in one command
        return call_passing_stop([str(python), "-m", "client.cli", *rest])
    lint = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT)
    if lint:
        return lint
    types = subprocess.call([str(python), "-m", "mypy"], cwd=ROOT)  # files and options: [tool.mypy] in pyproject.toml
    if types:
        return types
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
