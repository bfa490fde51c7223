"""Feed and snapshot pages: stored record JSON spliced in exactly as stored, and gzip as the client asks."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Text, cast, select

from server.config import Settings
from server.db import open_database
from server.feed import Change, SnapshotRecord
from server.models import Record
from server.page_compression import accepts_gzip
from server.page_json import changes_json, snapshot_json
from sync.protocol.wire import ChangesPage, SnapshotPage
from tests.server.org import DemoOrg, new_document, sign_in

TRICKY = {
    "summary": 'Về việc "chuyển đổi số" \\ cấp xã: Đảng ủy, HĐND, UBND\tnăm 2026 — ﬁ ligature, 😀 and an NFD e\u0301',
    "issuing_body": "Ủy ban nhân dân tỉnh Quảng Trị",
    "signer": "Nguyễn Thị Hường",
    "pages": 12,
    "copies": 3,
}


def _stored_text(settings: Settings, record_id: str) -> str:
    db = open_database(settings.database_url)
    try:
        with db.engine.connect() as conn:
            return str(conn.scalar(select(cast(Record.data, Text)).where(Record.id == record_id)))
    finally:
        db.engine.dispose()


def test_a_stored_record_leaves_in_snapshot_and_feed_exactly_as_stored(client: TestClient, org: DemoOrg,
                                                                        settings: Settings) -> None:
    a = sign_in(client, "clerk_a")
    record_id = new_document(a, **TRICKY)["record"]["id"]
    stored = _stored_text(settings, record_id)

    snapshot = a.get("/v1/sync/snapshot", params={"limit": 1000})
    feed = a.get("/v1/sync/changes", params={"after": 0, "limit": 1000})
    for response in (snapshot, feed):
        assert response.status_code == 200
        # Byte for byte: the record's text is the stored text, not a decoded and re-encoded copy of it.
        assert f'"record":{stored}}}'.encode() in response.content
    item = next(r for r in SnapshotPage.model_validate_json(snapshot.content).records if r.id == record_id)
    change = next(c for c in ChangesPage.model_validate_json(feed.content).changes if c.id == record_id)
    assert item.record == change.record == json.loads(stored)
    assert {k: item.record[k] for k in TRICKY} == TRICKY


def test_record_bodies_are_stored_as_compact_utf8_json(client: TestClient, org: DemoOrg, settings: Settings) -> None:
    a = sign_in(client, "clerk_a")
    record_id = new_document(a, **TRICKY)["record"]["id"]
    stored = _stored_text(settings, record_id)
    # As written by the server (no PostgreSQL JSONB rendering, no \u escapes): what the pages send.
    assert "Ủy ban nhân dân" in stored and "\\u" not in stored.replace("\\\\", "") and ", " not in stored[:2]
    assert json.loads(stored)["summary"] == TRICKY["summary"]


def test_pages_are_gzipped_only_when_the_client_accepts_gzip(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    for i in range(12):
        new_document(a, summary=f"Văn bản số {i} về việc triển khai chuyển đổi số cấp xã")
    for path, params in (("/v1/sync/changes", {"after": 0}), ("/v1/sync/snapshot", {})):
        plain = a.get(path, params=params, headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers
        zipped = a.get(path, params=params, headers={"Accept-Encoding": "gzip"})
        assert zipped.headers["content-encoding"] == "gzip" and zipped.headers["vary"] == "Accept-Encoding"
        assert zipped.content == plain.content  # httpx undid the gzip; the page is the same
        refused = a.get(path, params=params, headers={"Accept-Encoding": "gzip;q=0, identity"})
        assert "content-encoding" not in refused.headers and refused.content == plain.content


@pytest.mark.parametrize(("header", "allowed"), [
    ("gzip", True), ("gzip, deflate", True), ("deflate, GZIP;q=0.5", True), ("*", True), ("x-gzip", True),
    ("", False), ("identity", False), ("gzip;q=0", False), ("gzip; q=0.0, *", False), ("*;q=0", False),
    ("br, *;q=0.1", True), ("gzip;q=nonsense", False), ("deflate", False),
])
def test_accept_encoding_is_read_with_its_quality_values(header: str, allowed: bool) -> None:
    assert accepts_gzip(header) is allowed


def test_page_json_quotes_values_that_need_escaping() -> None:
    # Our ids are UUIDs; anything else still comes out as valid JSON.
    odd = 'id "with" \\ quotes\n'
    record = json.dumps({"id": odd, "summary": "Trích yếu"}, ensure_ascii=False).encode()
    changes: Any = json.loads(changes_json([Change(7, "document", odd, "upsert", 2, record),
                                            Change(8, "task", "t-1", "remove", 3, None)], 8, True))
    assert changes == {"changes": [
        {"seq": 7, "entity": "document", "id": odd, "op": "upsert", "version": 2, "record": json.loads(record)},
        {"seq": 8, "entity": "task", "id": "t-1", "op": "remove", "version": 3, "record": None}],
        "cursor": 8, "has_more": True}
    snapshot: Any = json.loads(snapshot_json([SnapshotRecord("document", odd, 2, record)], 8, 'tok"en'))
    assert snapshot == {"records": [{"entity": "document", "id": odd, "version": 2, "record": json.loads(record)}],
                        "cursor": 8, "next_page_token": 'tok"en'}
    assert json.loads(snapshot_json([], 0, None)) == {"records": [], "cursor": 0, "next_page_token": None}
    assert gzip.decompress(gzip.compress(changes_json([], 0, False))) == b'{"changes":[],"cursor":0,"has_more":false}'
