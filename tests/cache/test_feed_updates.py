"""A feed page's new and edited documents: stored in statements over many rows, edits as SQLAlchemy's own UPDATE
stores them, so that the search index gains a segment per statement, not one per document."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import Connection, Table, bindparam, update

from client.cache import bulk_insert, replica_pull, search_index
from client.cache.profile import OpenProfile, Profiles
from client.cache.replica import CacheReplica
from client.cache.schema import documents
from sync.engine import inbound
from tests.cache.conftest import COMMUNE, PASSWORD


def record(record_id: str, number: int, version: int) -> dict[str, object]:
    return {"id": record_id, "version": version, "unit_id": COMMUNE.id, "kind": "incoming", "status": "received",
            "number_symbol": f"{number}/UBND-VP", "summary": f"Về việc tổ chức họp lần {number} (bản {version})",
            "issuing_body": "UBND tỉnh", "doc_type": "Công văn", "issued_date": "2026-11-02",
            "deadline": f"2026-12-{1 + number % 28:02d}", "urgency": number % 2,
            "recipients": [{"name": "Văn phòng", "unit_id": None}] if number % 3 else [],
            "created_at": "2026-11-02T08:00:00+07:00", "updated_at": f"2026-11-{10 + version:02d}T09:30:00.250+07:00"}


def snapshot(replica: CacheReplica, ids: list[str]) -> None:
    half = len(ids) // 2
    for part, token in ((ids[:half], "next"), (ids[half:], None)):
        body = json.dumps({"records": [{"entity": "document", "id": i, "version": 1,
                                        "record": record(i, ids.index(i), 1)} for i in part],
                           "cursor": 5, "next_page_token": token}, ensure_ascii=False).encode()
        items, cursor, next_token, refused = inbound.read_snapshot_page(body, 1000, 1, None, COMMUNE.id)
        assert not refused
        replica.apply_snapshot_page(items, cursor, next_token)


def edit_all(replica: CacheReplica, ids: list[str]) -> None:
    """One feed page editing every document, the last stored first."""
    changes = [{"seq": 6 + n, "entity": "document", "id": i, "op": "upsert", "version": 2,
                "record": record(i, ids.index(i), 2)} for n, i in enumerate(reversed(ids))]
    body = json.dumps({"changes": changes, "cursor": 5 + len(ids), "has_more": False}, ensure_ascii=False).encode()
    items, cursor, _more, refused = inbound.read_changes_page(body, 5, 1000, 1, COMMUNE.id)
    assert not refused
    replica.apply_changes(items, cursor)


def segments(opened: OpenProfile) -> int:
    with opened.engine.connect() as conn:
        return search_index.segments(conn)


def test_a_page_of_edits_adds_a_segment_per_statement_not_per_document(opened: OpenProfile) -> None:
    replica = CacheReplica(opened)
    ids = [str(uuid.uuid4()) for _ in range(600)]
    snapshot(replica, ids)
    assert segments(opened) == 1
    edit_all(replica, ids)
    # 600 rows: two statements of at most 500 (ROWS_PER_STATEMENT), so at most two segments more; the same page run
    # row by row left 16.
    assert bulk_insert.ROWS_PER_STATEMENT == 500
    assert segments(opened) <= 3
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"ban 2\"'").scalar() == len(ids)
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"ban 1\"'").scalar() == 0


def sqlalchemy_update(conn: Connection, table: Table, updates: list[tuple[str, dict[str, object]]]) -> None:
    """The write `_update_rows` replaced: SQLAlchemy's UPDATE run over the rows, each value bound by its column."""
    for record_id, values in updates:
        conn.execute(update(table).where(table.c.id == bindparam("row_id")).values(
            {name: bindparam(f"new_{name}", type_=table.c[name].type) for name in values}),
            [{"row_id": record_id, **{f"new_{name}": value for name, value in values.items()}}])


def test_edits_are_stored_byte_for_byte_as_sqlalchemys_update_stores_them(profiles: Profiles,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [str(uuid.uuid4()) for _ in range(40)]
    results = []
    for name in ("statements", "sqlalchemy"):
        if name == "sqlalchemy":
            monkeypatch.setattr(replica_pull, "_update_rows", sqlalchemy_update)
        opened = profiles.create(f"lan.{name}", PASSWORD, COMMUNE)
        try:
            replica = CacheReplica(opened)
            snapshot(replica, ids)
            edit_all(replica, ids)
            with opened.engine.connect() as conn:
                names = [column.name for column in documents.columns if column.name != "rid"]
                results.append(conn.exec_driver_sql(
                    f"SELECT {', '.join(names)} FROM documents ORDER BY id").all())
        finally:
            opened.close()
    assert len(results[0]) == len(ids) and results[0] == results[1]
    versions = {row[names.index("server_version")] for row in results[0]}
    assert versions == {2}


def test_a_page_of_new_documents_adds_a_segment_per_statement_not_per_document(opened: OpenProfile) -> None:
    replica = CacheReplica(opened)
    snapshot(replica, [str(uuid.uuid4()) for _ in range(100)])
    assert segments(opened) == 1
    new = [str(uuid.uuid4()) for _ in range(600)]
    changes = [{"seq": 6 + n, "entity": "document", "id": i, "op": "upsert", "version": 1,
                "record": record(i, 1000 + n, 3)} for n, i in enumerate(new)]
    body = json.dumps({"changes": changes, "cursor": 5 + len(new), "has_more": False}, ensure_ascii=False).encode()
    items, cursor, _more, refused = inbound.read_changes_page(body, 5, 1000, 1, COMMUNE.id)
    assert not refused
    replica.apply_changes(items, cursor)
    # Two statements of at most 500 rows (bulk_insert.ROWS_PER_STATEMENT); row by row, 200 left 8 segments.
    assert bulk_insert.ROWS_PER_STATEMENT == 500
    assert segments(opened) <= 3
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"ban 3\"'").scalar() == len(new)
