"""The demo's server is a separate process that never outlives the process that started it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import requests

from client.ui.demo_server import DemoServer

ROOT = Path(__file__).resolve().parents[2]

# A parent that starts the server the way the demo does, says where it is, then waits to be killed.
PARENT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from client.ui.demo_server import DemoServer
    server = DemoServer(Path(sys.argv[1]))
    server.folder.mkdir(parents=True, exist_ok=True)
    server.start()
    server.wait_healthy(timeout=60)
    print(server.process.pid, server.url, flush=True)
    time.sleep(600)
""")


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        found = subprocess.run(["tasklist", "/FI", f"PID eq {pid}", "/NH"], capture_output=True, text=True)
        return str(pid) in found.stdout
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # An orphan whose new parent does not reap it (PID 1 in some containers) lingers as a zombie: it has exited.
    stat = Path(f"/proc/{pid}/stat")
    try:
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


def test_the_server_exits_when_its_parent_is_killed(tmp_path: Path) -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(tmp_path / "central")], cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True)
    server_pid = 0
    try:
        assert parent.stdout is not None
        line = parent.stdout.readline()
        assert line, "the parent did not start the server"
        server_pid, url = int(line.split()[0]), line.split()[1]
        assert requests.get(f"{url}/v1/health", timeout=5).status_code == 200

        parent.kill()  # SIGKILL / TerminateProcess: no atexit, no cleanup, only the OS closing its handles
        parent.wait(timeout=10)

        assert _wait_gone(server_pid, 10), "the server outlived its parent"
        with pytest.raises(requests.ConnectionError):
            requests.get(f"{url}/v1/health", timeout=2)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if server_pid and _alive(server_pid):
            os.kill(server_pid, 9)


def test_stop_ends_the_server_gracefully_and_a_failed_start_shows_the_log(tmp_path: Path) -> None:
    server = DemoServer(tmp_path / "central")
    server.folder.mkdir(parents=True)
    server.start()
    server.wait_healthy(timeout=60)
    process = server.process
    assert process is not None
    server.stop()
    assert process.returncode == 0  # closing its stdin let it shut down by itself, no signal needed

    broken = DemoServer(tmp_path / "broken")
    broken.folder.mkdir(parents=True)
    (broken.folder / "central.db").write_bytes(b"not a database")
    broken.start()
    with pytest.raises(RuntimeError, match="did not start") as failure:
        broken.wait_healthy(timeout=60)
    assert "database" in str(failure.value).lower()
