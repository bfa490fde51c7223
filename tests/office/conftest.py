"""Office-layer fixtures: the sync suite's real server process, and office sessions signed in online against it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from client.cache.keys import KdfParams
from client.cache.profile import Profiles
from client.office import Office, OfficeSession
from tests.server.org import PASSWORD
from tests.sync.conftest import live  # the module-scoped server process these tests use

__all__ = ["live"]


@pytest.fixture
def sign_in(tmp_path: Path, live) -> Iterator[Callable[[str], OfficeSession]]:
    """Sign a person of the test organisation in online, each into a profile home of its own."""
    opened: list[OfficeSession] = []

    def make(username: str) -> OfficeSession:
        office = Office(profiles=Profiles(tmp_path / f"home-{username}-{len(opened)}",
                                          kdf=KdfParams.fast_for_tests()))
        session = office.sign_in_online(live.url, username, PASSWORD)
        session.connect(backoff_base=0.05, backoff_cap=0.5, read_timeout=10)
        opened.append(session)
        return session

    yield make
    for session in opened:
        session.close()
