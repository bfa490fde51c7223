"""The real app process against a real server process, checked from outside: signed in, synced, exited cleanly."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from client.ui.demo_server import DEMO_PASSWORD, DemoServer

ROOT = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **extra}
    env.pop("COMMUNE_OFFICE_MACHINE_CONFIG", None)
    return env


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    """The reference server, seeded, as its own process on loopback."""
    running = DemoServer(tmp_path_factory.mktemp("central"), communes=2, documents=30)
    running.seed()
    running.start()
    running.wait_healthy()
    yield running
    running.stop()


def test_the_app_signs_in_online_syncs_and_exits_zero(server: DemoServer, tmp_path: Path) -> None:
    home = tmp_path / "profiles"
    env = _env(COMMUNE_OFFICE_PASSWORD=DEMO_PASSWORD)
    app = subprocess.run(
        [sys.executable, "-m", "client.cli", "gui", "--home", str(home), "--settings", str(tmp_path / "s.ini"),
         "--user", "xa02.clerk", "--server", server.url, "--quit-after-sync"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert app.returncode == 0, app.stderr
    assert "sync: ok" in app.stdout

    status = subprocess.run(
        [sys.executable, "-m", "client.cli", "status", "--json", "-u", "xa02.clerk", "--home", str(home)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True,
    )
    state = json.loads(status.stdout)
    assert state["online"] is True and state["last_success_at"] and state["last_error"] is None

    devices = subprocess.run(
        [sys.executable, "-m", "server.cli", "device", "list", "--user", "xa02.clerk"], cwd=ROOT, check=True,
        env={**env, "COMMUNE_DATABASE_URL": f"sqlite:///{server.folder / 'central.db'}",
             "COMMUNE_DATA_DIR": str(server.folder / "data")},
        capture_output=True, text=True, timeout=60,
    )
    assert "xa02.clerk" in devices.stdout and "active" in devices.stdout


def _wait_for_line(process: subprocess.Popen[str], pattern: str, timeout: float) -> re.Match[str]:
    deadline = time.monotonic() + timeout
    seen = []
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()  # the app flushes each line; EOF means it ended
        if not line:
            break
        seen.append(line)
        found = re.search(pattern, line)
        if found:
            return found
    raise AssertionError(f"no line matching {pattern!r}; output: {''.join(seen)}")


def _gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")
def test_demo_runs_its_own_server_and_takes_it_down_on_sigterm() -> None:
    app = subprocess.Popen([sys.executable, "-m", "client.cli", "--demo"], cwd=ROOT, env=_env(),
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        started = _wait_for_line(app, r"demo server: (\S+) \(pid (\d+)\); data in (\S+)", 90)
        url, pid, folder = started.group(1), int(started.group(2)), Path(started.group(3))
        _wait_for_line(app, r"^signed in: xa01\.leader", 60)
        _wait_for_line(app, r"^sync: ok", 90)
        assert requests.get(f"{url}/v1/health", timeout=5).status_code == 200
        app.send_signal(signal.SIGTERM)  # as a session logout or `kill` would
        assert app.wait(timeout=60) == 0
        assert _gone(pid, 20), "the demo server outlived the app"
        assert not folder.exists()
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
