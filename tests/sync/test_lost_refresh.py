"""A token refresh whose answer is lost on the way back does not sign the clerk out."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from client.cache.records import DocumentRecord
from sync.engine import TransportConfig
from tests.sync.conftest import Device, LiveServer
from tests.sync.faultproxy import FaultProxy, Faults


@pytest.fixture
def refresh_dropper(live: LiveServer) -> Iterator[FaultProxy]:
    made = FaultProxy(urlsplit(live.url).port or 0, Faults(drop_answer_to=b"POST /v1/auth/refresh"))
    yield made
    made.close()


def test_a_lost_refresh_answer_is_repeated_and_the_sync_goes_on(live: LiveServer, device_factory,
                                                                refresh_dropper: FaultProxy) -> None:
    config = TransportConfig(base_url=refresh_dropper.url, read_timeout=5, connect_timeout=2, backoff_base=0.02,
                             backoff_cap=0.2)
    clerk: Device = device_factory("clerk_a", url=refresh_dropper.url, transport_config=config)
    clerk.sync()
    access, _expires, refresh = clerk.replica.load_tokens()
    assert access and refresh
    clerk.replica.save_tokens(access, 0, refresh)  # the access token is due: the next request refreshes first
    doc = DocumentRecord(kind="incoming", doc_type="Công văn", summary="Gửi sau khi làm mới phiên")
    clerk.store.add_document(doc)
    clerk.sync()  # before: "Your sign-in with the server has ended" (exit 6)
    assert refresh_dropper.answers_dropped == 1
    assert clerk.store.pending_changes() == 0
    assert doc.id in live.api("leader_a").all_changes()
    _access, _expires, kept = clerk.replica.load_tokens()
    assert kept and kept != refresh
