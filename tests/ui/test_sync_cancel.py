"""Cancel in the window stops a sync that a trickling server holds, at once, not when the server lets go."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from client.cache.profile import Profiles
from client.office import OfficeSession
from client.ui.main_window import MainWindow
from client.ui.settings import AppSettings
from client.ui.sync_controller import SyncController
from tests.sync.slowserver import SlowServer
from tests.ui.conftest import COMMUNE, FAST_TRANSPORT, PASSWORD

# The server keeps trickling for two minutes and the read time-out is 20 s: only the Cancel can end the run
# within the few seconds the test waits.
LASTS = 120.0


@pytest.fixture
def slow(request: pytest.FixtureRequest) -> Iterator[SlowServer]:
    server = SlowServer(request.param, interval=0.3, lasts=LASTS)
    yield server
    server.close()


@pytest.mark.parametrize("slow", ["body", "headers", "short"], indirect=True)
def test_cancel_returns_control_while_the_server_still_trickles(qtbot, profiles: Profiles,
                                                                slow: SlowServer) -> None:
    opened = profiles.create("lan.nt", PASSWORD, COMMUNE, display_name="Nguyễn Thị Lan", server_url=slow.url)
    session = OfficeSession(opened, profiles.keyring)
    session.replica.save_tokens("v1.test.token", 4_000_000_000, "refresh-token-for-tests")
    SyncController.prepare(session, FAST_TRANSPORT)
    sync = SyncController(session, retry_interval=60.0)
    try:
        with qtbot.waitSignal(sync.runStarted, timeout=10_000):
            sync.start()
        qtbot.waitUntil(lambda: slow.trickling > 0, timeout=10_000)
        with qtbot.waitSignal(sync.runFinished, timeout=5_000) as finished:
            sync.cancel()
        assert SyncController.was_cancelled(finished.args[0])
        assert slow.connections == 1  # the run stopped; it did not go on to try again
        assert slow.played_out == 0  # and it stopped while the server was still trickling
    finally:
        sync.stop()
        session.close()


@pytest.mark.parametrize("slow", ["headers"], indirect=True)
def test_the_status_bar_cancel_button_stops_a_trickling_sync(qtbot, profiles: Profiles, settings: AppSettings,
                                                             slow: SlowServer) -> None:
    opened = profiles.create("lan.nt", PASSWORD, COMMUNE, display_name="Nguyễn Thị Lan", server_url=slow.url)
    session = OfficeSession(opened, profiles.keyring)
    session.replica.save_tokens("v1.test.token", 4_000_000_000, "refresh-token-for-tests")
    SyncController.prepare(session, FAST_TRANSPORT)
    sync = SyncController(session, retry_interval=60.0)
    window = MainWindow(session, settings, idle_ms=0, sync=sync)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(sync.runStarted, timeout=10_000):
            sync.start()
        qtbot.waitUntil(lambda: slow.trickling > 0 and window.sync_status.cancel_button.isVisible(), timeout=10_000)
        with qtbot.waitSignal(sync.runFinished, timeout=5_000) as finished:
            qtbot.mouseClick(window.sync_status.cancel_button, Qt.MouseButton.LeftButton)
        assert SyncController.was_cancelled(finished.args[0]) and slow.played_out == 0
        qtbot.waitUntil(lambda: not window.sync_status.cancel_button.isVisible(), timeout=5_000)
    finally:
        sync.stop()
        window.close()
        session.close()
