"""What the GUI and scripts rely on: status, offline, progress, cancel, run lock, scheduler, grace period, CLI."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from pathlib import Path

import pytest

from client.cache.errors import OfflineLockedError
from client.cache.records import DocumentRecord
from client.office.online import sign_in_online
from server.devcluster import free_port
from sync.engine import CancelToken, OfflineError, Progress, SyncBusyError, SyncCancelledError, SyncScheduler
from sync.engine.runlock import RunLock
from sync.engine.status import LAST_ONLINE
from tests.cache.conftest import run_cli
from tests.server.org import PASSWORD
from tests.sync.conftest import Device, LiveServer


def test_unreachable_server_reports_offline_in_plain_words(live: LiveServer, device_factory) -> None:
    device: Device = device_factory("clerk_a")
    device.sync()
    device.store.add_document(DocumentRecord(kind="incoming", doc_type="Công văn", summary="Chờ mạng"))
    device.transport.config = device.transport.config.__class__(
        base_url=f"http://127.0.0.1:{free_port()}", max_attempts=2, backoff_base=0.01, connect_timeout=1)
    with pytest.raises(OfflineError, match="Cannot reach the server"):
        device.sync()
    status = device.engine.status()
    assert status.online is False and status.pending_changes == 1 and "saved" in (status.last_error or "")
    assert status.last_success_at is not None


def test_progress_events_and_cancel(live: LiveServer, device_factory) -> None:
    device: Device = device_factory("clerk_a")
    events: list[Progress] = []
    device.sync(on_progress=events.append)
    assert events[-1].phase == "done" and any(e.phase == "snapshot" for e in events)
    token = CancelToken()
    token.cancel()
    with pytest.raises(SyncCancelledError):
        device.sync(cancel=token)


def test_one_run_at_a_time_per_profile(live: LiveServer, device_factory) -> None:
    device: Device = device_factory("clerk_a")
    with RunLock(device.replica.run_lock_path), pytest.raises(SyncBusyError):
        device.sync()
    device.sync()


def test_scheduler_runs_on_demand_periodically_and_when_the_link_returns() -> None:
    calls: list[float] = []
    link_up = threading.Event()
    done = threading.Event()

    def run() -> str:
        calls.append(time.monotonic())
        if not link_up.is_set():
            raise OfflineError
        done.set()
        return "ok"

    outcomes: list[object] = []
    scheduler = SyncScheduler(run, interval=60, retry_interval=0.05, probe=link_up.is_set,
                              on_finished=lambda r, e: outcomes.append(r or e))
    scheduler.start()
    try:
        deadline = time.monotonic() + 5
        while not calls and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.3)
        assert len(calls) == 1 and scheduler.offline  # offline: probes, but no run while the probe fails
        link_up.set()
        assert done.wait(5)  # the probe saw the link come back and a run followed
        before = len(calls)
        scheduler.request_now()
        deadline = time.monotonic() + 5
        while len(calls) == before and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(calls) == before + 1 and outcomes[-1] == "ok"
    finally:
        scheduler.stop()


def test_past_the_grace_period_only_an_online_sign_in_opens_the_profile(live: LiveServer, device_factory) -> None:
    device: Device = device_factory("clerk_a")
    long_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=100)).isoformat()
    device.replica.set_state({LAST_ONLINE: long_ago})
    device.close()
    with pytest.raises(OfflineLockedError, match="72 hours"):
        device.profiles.open("clerk_a", PASSWORD)
    sign_in_online(device.profiles, live.url, "clerk_a", PASSWORD).close()
    device.reopen()
    device.sync()


def test_command_line_signin_sync_and_status(live: LiveServer, tmp_path: Path) -> None:
    home = tmp_path / "cli-home"
    signin = run_cli(home, "signin", "--server", live.url, "-u", "clerk_a", "--json", password=PASSWORD)
    assert signin.returncode == 0, signin.stderr
    synced = run_cli(home, "sync", "-u", "clerk_a", "--json", password=PASSWORD)
    assert synced.returncode == 0, synced.stderr
    assert json.loads(synced.stdout)["ok"] is True
    status = run_cli(home, "status", "-u", "clerk_a", "--json", password=PASSWORD)
    data = json.loads(status.stdout)
    assert data["online"] is True and data["pending_changes"] == 0 and data["last_error"] is None
    wrong = run_cli(home, "sync", "-u", "clerk_a", password="wrong password")
    assert wrong.returncode == 3
