"""Every call has a total deadline and every run a budget: a server that trickles cannot hold a sync."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from client.cache.keys import KdfParams
from client.cache.profile import OpenProfile, Profiles, UnitInfo
from sync.engine import CancelToken, SyncCancelledError
from sync.engine.errors import DeadlineError
from sync.protocol.domain import UnitLevel
from tests.sync.slowserver import SlowServer
from tests.sync.test_hostile_server import UNIT, engine_for

# Each slow answer keeps coming far longer than the read time-out it is given below: only a deadline ends it.
LASTS = 120.0


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[OpenProfile]:
    profiles = Profiles(tmp_path / "home", kdf=KdfParams.fast_for_tests())
    opened = profiles.create("clerk", "mat-khau-123", UnitInfo(UNIT, "XA", "Xã", UnitLevel.COMMUNE))
    yield opened
    opened.close()


@pytest.fixture
def slow(request: pytest.FixtureRequest) -> Iterator[SlowServer]:
    server = SlowServer(request.param, interval=0.3, lasts=LASTS)
    yield server
    server.close()


@pytest.mark.parametrize("slow", ["body", "headers", "short"], indirect=True)
def test_a_slow_answer_is_cut_off_at_the_request_deadline(slow: SlowServer, profile: OpenProfile) -> None:
    # body: one byte every 0.3 s; headers: one header line every 0.3 s; short: a Content-Length longer than the
    # body, then silence. None of them lets the 30 s read time-out fire; the 1.5 s deadline ends each.
    engine = engine_for(profile, slow.url, read_timeout=30, request_deadline=1.5, max_attempts=6)
    with pytest.raises(DeadlineError) as cut:
        engine.run()
    assert cut.value.params == {"what": "GET /v1/sync/snapshot", "seconds": 2}
    assert slow.connections == 1  # a cut answer is not tried again within the call
    assert slow.played_out == 0  # cut off while the server was still trickling
    status = engine.status()
    assert status.last_error_code == "deadline" and status.online is False
    assert engine.replica.feed_cursor() is None


@pytest.mark.parametrize("slow", ["body"], indirect=True)
def test_a_run_ends_at_its_budget(slow: SlowServer, profile: OpenProfile) -> None:
    engine = engine_for(profile, slow.url, read_timeout=30, request_deadline=600, run_budget=1.0)
    with pytest.raises(DeadlineError) as cut:
        engine.run()
    assert cut.value.params["what"] == "this sync run"
    assert slow.played_out == 0


@pytest.mark.parametrize("slow", ["body", "headers", "short"], indirect=True)
def test_cancel_cuts_a_trickling_answer_short(slow: SlowServer, profile: OpenProfile) -> None:
    engine = engine_for(profile, slow.url, read_timeout=30, request_deadline=600)
    cancel = CancelToken()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            engine.run(cancel=cancel)
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    while slow.trickling == 0 and thread.is_alive():
        thread.join(0.05)
    cancel.cancel()
    thread.join(LASTS)  # without the cut the read would wait out the trickle
    assert [type(e) for e in outcome] == [SyncCancelledError]
    assert slow.connections == 1 and slow.played_out == 0


def test_a_call_that_refreshes_its_token_first_is_still_cut_at_its_deadline(profile: OpenProfile) -> None:
    # The refresh is a call inside the call: when it ends, the outer call's connections must still be watched.
    tokens = {"access_token": "v1.fresh", "refresh_token": "refresh-2", "expires_in": 900,
              "device_id": "33333333-3333-4333-8333-333333333333",
              "user": {"id": "u1", "username": "clerk", "full_name": "Văn thư", "roles": ["clerk"], "unit_id": UNIT},
              "unit": {"id": UNIT, "name": "Xã", "code": "XA", "level": "commune", "parent_id": None,
                       "secrecy_ceiling": 1, "offline_grace_hours": 72}}
    slow = SlowServer("body", interval=0.3, lasts=LASTS, refresh_answer=json.dumps(tokens).encode())
    try:
        engine = engine_for(profile, slow.url, read_timeout=30, request_deadline=1.5)
        engine.replica.save_tokens("expired", 0, "refresh-1")
        with pytest.raises(DeadlineError) as cut:
            engine.run()
        assert cut.value.params["what"] == "GET /v1/sync/snapshot"
        assert engine.replica.load_tokens()[2] == "refresh-2"  # the refresh went through first
        assert slow.played_out == 0
    finally:
        slow.close()
