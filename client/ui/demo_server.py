"""The reference server with demo data, run on loopback as a child process for `commune-office --demo` (no Qt).

The child must never outlive the app: it runs in its own process group (stopped as a group), is terminated on
exit, and watches a pipe from the parent, so it stops itself when the parent dies without cleaning up (a crash,
a kill): the pipe's other end closes with the parent on every OS. `python -m client.ui.demo_server serve` is
that child; it then runs the server's own `serve` command in its process.
"""

from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

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

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _env(self) -> dict[str, str]:
        return {**os.environ, "COMMUNE_DATABASE_URL": f"sqlite:///{self.folder / 'central.db'}",
                "COMMUNE_DATA_DIR": str(self.folder / "data"), "COMMUNE_SECRET_KEY": "commune-office-demo",
                "PYTHONPATH": str(ROOT)}

    def seed(self) -> None:
        """Create the demo organisation and its documents (once per folder; ~2-3 s)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if (self.folder / "central.db").exists():
            return
        subprocess.run([sys.executable, "-m", "server.cli", "seed-demo", "--communes", str(self.communes),
                        "--documents", str(self.documents)], cwd=ROOT, env=self._env(), check=True,
                       capture_output=True)

    def start(self) -> None:
        """Start serving (returns at once; `wait_healthy` waits for the answer)."""
        if self.process is not None and self.process.poll() is None:
            return
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child holds it; closed in stop()
        group: dict[str, object] = (
            {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if sys.platform == "win32"
            else {"start_new_session": True}
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "client.ui.demo_server", "serve", "--port", str(self.port)],
            cwd=ROOT, env=self._env(), stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT,
            **group,  # type: ignore[call-overload]
        )
        self._log = log
        atexit.register(self.stop)

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
                log = self.log_path.read_text(errors="replace")[-2000:] if self.log_path.exists() else ""
                self.stop()
                raise RuntimeError(f"the demo server did not start:\n{log}")
            time.sleep(0.1)

    def stop(self) -> None:
        """Stop the server process group and wait for it."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            try:
                if sys.platform == "win32":
                    process.terminate()
                else:
                    os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=10)
            except (subprocess.TimeoutExpired, ProcessLookupError, PermissionError):
                process.kill()
                process.wait(timeout=5)
        if process is not None and process.stdin is not None:
            process.stdin.close()
        if getattr(self, "_log", None) is not None:
            self._log.close()
            self._log = None


def _exit_when_parent_dies() -> None:
    # The parent holds the write end of our stdin and never writes: EOF means it is gone.
    sys.stdin.buffer.read()
    os._exit(0)


def _serve(port: int) -> int:
    from server.cli import main as server_main

    threading.Thread(target=_exit_when_parent_dies, name="parent-watch", daemon=True).start()
    return int(server_main(["serve", "--port", str(port), "--workers", "1", "--log-level", "warning",
                            "--no-access-log"]) or 0)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "serve" and sys.argv[2] == "--port":
        sys.exit(_serve(int(sys.argv[3])))
    sys.exit("usage: python -m client.ui.demo_server serve --port PORT")
