"""Online sign-in, initial snapshot, push of local work, pull of remote work, against a real server process."""

from __future__ import annotations

import json

from client.cache.records import DocumentRecord, NoteRecord
from tests.sync.conftest import Device, LiveServer


def test_online_signin_binds_profile_and_keeps_secrets_inside_the_cache(live: LiveServer, device_factory) -> None:
    device: Device = device_factory("clerk_a")
    info = json.loads((device.opened.folder / "profile.json").read_text())
    assert info["unit"]["id"] == live.org.commune_a and info["server_url"] == live.url
    text = (device.opened.folder / "profile.json").read_text()
    access, _expires, refresh = device.replica.load_tokens()
    assert access and refresh and refresh not in text and device.replica.device_id() not in text
    assert refresh.encode() not in (device.opened.folder / "cache.db").read_bytes()


def test_local_document_and_note_reach_the_server_and_remote_edits_come_back(live: LiveServer,
                                                                              device_factory) -> None:
    device: Device = device_factory("clerk_a")
    device.sync()
    doc = DocumentRecord(kind="incoming", doc_type="Công văn", summary="Về việc họp chi bộ", number_symbol="12/UBND",
                         recipients=["Chi bộ 1"])
    device.store.add_document(doc)
    device.store.add_note(NoteRecord(document_id=doc.id, author_name="Lan", text="Đã nhận"))
    report = device.sync()
    assert report.push.applied == 2 and device.replica.counts().pending == 0
    leader = live.api("leader_a")
    changes = leader.all_changes()
    assert changes[doc.id]["record"]["summary"] == "Về việc họp chi bộ"
    assert changes[doc.id]["record"]["recipients"] == [{"name": "Chi bộ 1", "unit_id": None}]
    version = changes[doc.id]["version"]
    assert leader.push_one("document", "update", doc.id, version, direction_note="Giao đ/c Hà")["status"] == "applied"
    device.sync()
    row = device.store.get_document(doc.id)
    assert row["direction_note"] == "Giao đ/c Hà" and row["server_version"] == version + 1
    assert row["notes"][0]["server_version"] == 1
