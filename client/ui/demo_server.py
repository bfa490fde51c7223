"""The reference server with demo data, run on loopback as a child process for `commune-office --demo` (no Qt).

The client imports nothing of `server/`: it runs `python -m server.cli seed-demo` and then
`python -m server.cli serve --exit-with-parent` as processes, so a client install without the server extra
still imports this module (the demo then fails with the server's own error in its log). The child must never
outlive the app: it is stopped on exit, and it holds a pipe from the parent on stdin, which the OS closes when the
parent dies without cleaning up (a crash, a kill), on Windows as on Linux; the server stops itself at that EOF.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

import requests

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "Demo@2025"  # what `seed-demo` gives every account (server/demo_seed.py)
DEMO_USER = "xa01.leader"  # a commune leader may register, assign and send: every action of the app works


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DemoServer:
    """A seeded reference server in a folder, served on a free loopback port by a child process."""

    def __init__(self, folder: Path, *, communes: int = 6, documents: int = 300, port: int | None = None) -> None:
        self.folder = folder
        self.communes = communes
        self.documents = documents
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = folder / "server.log"
        self._log: IO[bytes] | None = None
        self._atexit_registered = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _env(self) -> dict[str, str]:
        return {**os.environ, "COMMUNE_DATABASE_URL": f"sqlite:///{self.folder / 'central.db'}",
                "COMMUNE_DATA_DIR": str(self.folder / "data"), "COMMUNE_SECRET_KEY": "commune-office-demo",
                "PYTHONPATH": str(ROOT)}

    @staticmethod
    def check_runnable() -> None:
        """Refuse early, and say why, where the reference server cannot run (rather than show a traceback)."""
        if getattr(sys, "frozen", False):
            raise RuntimeError("the demo runs the reference server from a source checkout; the installed app "
                               "connects to your central platform instead")
        # Looked up, not imported: the client must not load the server's packages into its own process.
        if importlib.util.find_spec("uvicorn") is None or importlib.util.find_spec("fastapi") is None:
            raise RuntimeError("the demo needs the reference server's packages: pip install -e '.[server]'")

    def seed(self) -> None:
        """Create the demo organisation and its documents (once per folder; ~2-3 s)."""
        self.check_runnable()
        self.folder.mkdir(parents=True, exist_ok=True)
        if (self.folder / "central.db").exists():
            return
        with open(self.log_path, "ab") as log:
            seeded = subprocess.run(
                [sys.executable, "-m", "server.cli", "seed-demo", "--communes", str(self.communes),
                 "--documents", str(self.documents)],
                cwd=ROOT, env=self._env(), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                check=False,
            )
        if seeded.returncode != 0:
            (self.folder / "central.db").unlink(missing_ok=True)  # half-seeded: the next try starts over
            raise RuntimeError(f"the demo server could not be seeded (exit {seeded.returncode}):\n{self.log_tail()}")

    def log_tail(self, size: int = 2000) -> str:
        """The end of the server's log, for an error message."""
        return self.log_path.read_text(errors="replace")[-size:] if self.log_path.exists() else ""

    def start(self) -> None:
        """Start serving (returns at once; `wait_healthy` waits for the answer)."""
        if self.process is not None and self.process.poll() is None:
            return
        self.check_runnable()
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child holds it; closed in stop()
        # Its own process group (Windows) or session (POSIX, so that stop() signals it whole with os.killpg).
        # An `if` on sys.platform (not a dict built in an expression) lets mypy skip the other platform's branch.
        if sys.platform == "win32":
            creationflags, new_session = subprocess.CREATE_NEW_PROCESS_GROUP, False
        else:
            creationflags, new_session = 0, True
        self.process = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--workers", "1", "--log-level", "warning", "--no-access-log", "--exit-with-parent"],
            # stdin is the lifeline: we keep its write end open and never write; it closes when we die.
            cwd=ROOT, env=self._env(), stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT,
            creationflags=creationflags, start_new_session=new_session,
        )
        self._log = log
        if not self._atexit_registered:
            atexit.register(self.stop)
            self._atexit_registered = True

    def wait_healthy(self, timeout: float = 60.0, cancelled: Callable[[], bool] = lambda: False) -> None:
        """Wait until /v1/health answers (on a worker, never the GUI thread); raise if the server died."""
        deadline = time.monotonic() + timeout
        while True:
            if cancelled():
                raise RuntimeError("cancelled")
            try:
                if requests.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            if self.process is None or self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the demo server did not start:\n{self.log_tail()}")
            time.sleep(0.1)

    def stop(self) -> None:
        """Stop the server and wait for it: closing its stdin asks it to stop gracefully; signals are the fallback."""
        process, self.process = self.process, None
        if process is not None:
            if process.stdin is not None:
                process.stdin.close()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._terminate(process)
        if self._log is not None:
            self._log.close()
            self._log = None

    @staticmethod
    def _terminate(process: subprocess.Popen[bytes]) -> None:
        try:
            if sys.platform == "win32":
                process.terminate()
            else:
                os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (subprocess.TimeoutExpired, ProcessLookupError, PermissionError):
            process.kill()
            process.wait(timeout=5)
