"""A device wipes its profile only on an instruction its own server proves for it, and says what was lost."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import select

from client.cache.records import DocumentRecord
from client.cache.schema import outbox
from server.db import open_database
from server.organisation import revoke_device
from sync.engine import DeviceRevokedError, Transport, TransportConfig, WipeNotConfirmedError
from sync.protocol.wipe import WIPE_CHECK_PATH
from tests.sync.conftest import Device, LiveServer


class WipeClaimingServer:
    """A hostile server on loopback: every request gets `401 {"wipe": true}`; the check gets `proof`."""

    def __init__(self, proof: Any) -> None:
        self.paths: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                owner.paths.append(self.path)
                if self.path == WIPE_CHECK_PATH:
                    status, body = 200, {"wipe": True, "proof": proof}
                else:
                    status, body = 401, {"type": "x/device-revoked", "status": 401, "detail": "wipe", "wipe": True}
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _answer

            def log_message(self, *_args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(params=[None, "0" * 64, "not hex at all"])
def hostile(request: pytest.FixtureRequest) -> Iterator[WipeClaimingServer]:
    server = WipeClaimingServer(request.param)
    yield server
    server.close()


def _unsent(device: Device, count: int) -> None:
    for n in range(count):
        device.store.add_document(DocumentRecord(kind="incoming", doc_type="Công văn", summary=f"Chưa gửi {n}"))


def _outbox_size(device: Device) -> int:
    with device.opened.engine.connect() as conn:
        return len(conn.execute(select(outbox.c.seq)).all())


def test_a_forged_wipe_claim_wipes_nothing(live: LiveServer, device_factory: Any,
                                           hostile: WipeClaimingServer) -> None:
    clerk: Device = device_factory("clerk_a")
    clerk.sync()
    _unsent(clerk, 4)
    folder = clerk.opened.folder
    clerk.transport.close()
    clerk.transport = Transport(TransportConfig(base_url=hostile.url, backoff_base=0.05, backoff_cap=0.5),
                                clerk.replica)
    clerk.engine.transport = clerk.transport
    with pytest.raises(WipeNotConfirmedError) as refused:
        clerk.sync()
    assert refused.value.code == "wipe_not_confirmed" and "nothing was erased" in str(refused.value)
    assert WIPE_CHECK_PATH in hostile.paths  # it asked, and did not believe the answer
    assert folder.exists() and _outbox_size(clerk) == 4
    assert clerk.store.pending_changes() == 4


def test_the_real_servers_wipe_wipes_and_says_what_was_lost(live: LiveServer, device_factory: Any) -> None:
    clerk: Device = device_factory("clerk_a")
    clerk.sync()
    assert clerk.replica.get_state("auth.wipe_secret")  # given at sign-in, kept inside the encrypted cache
    _unsent(clerk, 3)
    folder = clerk.opened.folder
    db = open_database(live.settings.database_url)
    with db.write() as session:
        revoke_device(session, clerk.replica.device_id() or "")
        session.commit()
    db.engine.dispose()
    with pytest.raises(DeviceRevokedError) as wiped:
        clerk.sync()
    assert wiped.value.unsent == 3 and wiped.value.params["unsent"] == 3
    assert "3 change(s) not yet sent" in str(wiped.value)
    assert not folder.exists()


def test_the_real_server_does_not_confirm_a_wipe_of_a_device_it_did_not_revoke(live: LiveServer,
                                                                                device_factory: Any) -> None:
    clerk: Device = device_factory("clerk_a")
    clerk.sync()
    access, _expires, _refresh = clerk.replica.load_tokens()
    answer = clerk.transport.request(
        "POST", WIPE_CHECK_PATH, auth=False,
        data=json.dumps({"device_id": clerk.replica.device_id(), "nonce": "n" * 32}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {access}"}).json()
    assert answer == {"wipe": False, "proof": None}
