"""Feed and snapshot pages: stored record JSON spliced in exactly as stored, and gzip as the client asks."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Text, cast, select, update

from server import feed
from server.config import Settings
from server.db import open_database
from server.feed import Change, SnapshotRecord
from server.models import FeedEntry, Record, RecordAudience, Unit
from server.page_compression import accepts_gzip
from server.page_json import changes_json, snapshot_json
from server.scope import Principal
from sync.protocol.domain import Secrecy, UnitLevel
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


def _odd_record(settings: Settings, unit_id: str, record_id: str) -> None:
    """A record with an id that needs JSON escaping, published to the unit's feed and snapshot (written straight
    into the tables: the push route only takes UUIDs)."""
    db = open_database(settings.database_url)
    try:
        with db.write() as session:
            data = {"id": record_id, "version": 1, "summary": "Mã lạ"}
            session.add(Record(id=record_id, entity="document", unit_id=unit_id, version=1, data=data))
            session.add(RecordAudience(unit_id=unit_id, entity="document", record_id=record_id))
            seq = session.execute(update(Unit).where(Unit.id == unit_id).values(feed_head=Unit.feed_head + 1)
                                  .returning(Unit.feed_head)).scalar_one()
            session.add(FeedEntry(unit_id=unit_id, seq=seq, entity="document", record_id=record_id, op="upsert",
                                  version=1))
            session.commit()
    finally:
        db.engine.dispose()


def _above_the_ceiling(settings: Settings, record_id: str) -> None:
    """A record raised above a commune's ceiling behind the rules' back (what the feed's defence in depth is for)."""
    db = open_database(settings.database_url)
    try:
        with db.write() as session:
            session.execute(update(Record).where(Record.id == record_id).values(secrecy=Secrecy.TOI_MAT))
            session.commit()
    finally:
        db.engine.dispose()


def test_pages_the_database_writes_are_byte_identical_to_pages_written_in_python(
        client: TestClient, org: DemoOrg, settings: Settings) -> None:
    # Every kind of row a page holds: records sent as stored, a secret document cut to its register entry, a removal,
    # a record above the ceiling, an id that needs escaping, a note; in pages of 3 so cursors and tokens matter.
    a = sign_in(client, "clerk_a")
    plain = [new_document(a, **TRICKY, number_symbol=f"{i}/UBND-VP")["record"] for i in range(4)]
    new_document(a, secrecy=1, summary="", original_location="Két sắt của văn thư")
    assert a.push_one("document", "delete", plain[0]["id"], plain[0]["version"])["status"] == "applied"
    a.push_one("document_note", "create", document_id=plain[1]["id"], text="Ghi chú \"quan trọng\"")
    _above_the_ceiling(settings, plain[2]["id"])
    odd = 'id "lạ" \\ x'
    _odd_record(settings, org.commune_a, odd)

    db = open_database(settings.database_url)
    who = Principal(user_id=org.users["clerk_a"], device_id=a.device_id, unit_id=org.commune_a,
                    unit_level=UnitLevel.COMMUNE, roles=frozenset({"clerk"}))
    identity = {"Accept-Encoding": "identity"}
    written_by_database: list[bool] = []
    try:
        with db.autocommit.connect() as conn:
            after, has_more = 0, True
            while has_more:
                served = a.get("/v1/sync/changes", params={"after": after, "limit": 3}, headers=identity)
                assert served.status_code == 200
                changes, cursor, has_more = feed.read_changes(conn, who, after, 3)
                written_by_database += [isinstance(c, bytes) for c in changes]
                assert served.content == changes_json(*feed.read_changes(conn, who, after, 3, in_database=False))
                assert served.content == changes_json(changes, cursor, has_more)
                after = cursor
            token: str | None = None
            while True:
                params: dict[str, Any] = {"limit": 3} if token is None else {"limit": 3, "page_token": token}
                served = a.get("/v1/sync/snapshot", params=params, headers=identity)
                assert served.status_code == 200
                items, snap_cursor, next_token = feed.read_snapshot(conn, who, token, 3)
                written_by_database += [isinstance(i, bytes) for i in items]
                assert served.content == snapshot_json(*feed.read_snapshot(conn, who, token, 3, in_database=False))
                assert served.content == snapshot_json(items, snap_cursor, next_token)
                if next_token is None:
                    break
                token = next_token
    finally:
        db.engine.dispose()
    # PostgreSQL writes the plain items and leaves the others to Python; SQLite leaves every item to Python.
    assert any(written_by_database) is (db.engine.dialect.name == "postgresql")
    assert not all(written_by_database)
    every = ChangesPage.model_validate(a.changes()).changes
    by_id = {c.id: c for c in every}
    assert by_id[odd].record == {"id": odd, "version": 1, "summary": "Mã lạ"}
    assert by_id[plain[0]["id"]].op == by_id[plain[2]["id"]].op == "remove"
    assert {k: by_id[plain[3]["id"]].record[k] for k in TRICKY} == TRICKY
