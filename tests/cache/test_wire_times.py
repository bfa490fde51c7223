"""A wire time becomes the local time the cache stores by whole seconds (wire_rows._time, issue 17): the same
answer as `astimezone()`, in zones with and without daylight saving, half-hour and 45-minute offsets."""

from __future__ import annotations

import datetime as dt
import os
import random
import time

import pytest

from client.cache.wire_rows import _time

ZONES = ["Asia/Ho_Chi_Minh", "America/New_York", "Australia/Lord_Howe", "America/St_Johns", "Asia/Kathmandu",
         "Europe/London", "UTC"]


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest) -> object:
    if not hasattr(time, "tzset"):
        pytest.skip("the process's time zone is set only where time.tzset exists (not Windows)")
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_wire_times_read_as_astimezone_reads_them(zone: object) -> None:
    rng = random.Random(17)
    offsets = [dt.timezone(dt.timedelta(minutes=m)) for m in (0, 420, -300, 345, -210)]
    for _ in range(3000):
        instant = dt.datetime.fromtimestamp(rng.randint(0, 2_100_000_000), dt.UTC).replace(
            microsecond=rng.choice([0, 1, 500000, 999999, rng.randint(0, 999999)]))
        wire = instant.astimezone(rng.choice(offsets)).isoformat()
        expected = dt.datetime.fromisoformat(wire).astimezone().replace(tzinfo=None)
        assert _time(wire) == expected, wire
        assert _time(wire).isoformat() == expected.isoformat()  # type: ignore[union-attr]


def test_naive_empty_and_old_times() -> None:
    assert _time("2025-03-02T08:15:00") == dt.datetime(2025, 3, 2, 8, 15)
    assert _time("") is None and _time(None) is None
    old = "1969-07-20T20:17:40+00:00"  # before the epoch: Windows' local time cannot read it by seconds
    assert _time(old) == dt.datetime.fromisoformat(old).astimezone().replace(tzinfo=None)
