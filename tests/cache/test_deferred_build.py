"""The indexes a snapshot deferred are built with a page cache that holds the file, and the connection's cache and
SQLite's heap limit are what they were once the build is over, after a build that failed too."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from client.cache import deferred_indexes
from client.cache.database import SQLITE_HEAP_LIMIT
from client.cache.profile import OpenProfile
from client.cache.replica import CacheReplica
from sync.engine import inbound
from tests.cache.conftest import COMMUNE


def page(count: int, token: str | None) -> bytes:
    records = []
    for i in range(count):
        record_id = str(uuid.uuid4())
        records.append({"entity": "document", "id": record_id, "version": 1, "record": {
            "id": record_id, "version": 1, "unit_id": COMMUNE.id, "kind": "incoming", "status": "received",
            "summary": f"Về việc tổ chức họp lần {i}", "issuing_body": "UBND tỉnh", "doc_type": "Công văn"}})
    return json.dumps({"records": records, "cursor": 5, "next_page_token": token}, ensure_ascii=False).encode()


def memory_settings_of(conn: Connection) -> tuple[int, int]:
    return (int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one()),
            int(conn.exec_driver_sql("PRAGMA soft_heap_limit").scalar_one()))


def memory_settings(opened: OpenProfile) -> tuple[int, int]:
    with opened.engine.connect() as conn:
        return memory_settings_of(conn)


def store(replica: CacheReplica, body: bytes) -> None:
    items, cursor, token, refused = inbound.read_snapshot_page(body, 1000, 1, None, COMMUNE.id)
    assert not refused
    replica.apply_snapshot_page(items, cursor, token)


def test_the_build_gets_its_cache_and_gives_it_back(opened: OpenProfile) -> None:
    usual = memory_settings(opened)
    assert usual == (-32768, SQLITE_HEAP_LIMIT)
    replica = CacheReplica(opened)
    store(replica, page(50, "next"))
    with opened.engine.execution_options(write=True).begin() as conn:
        # This small file fits the usual cache twice over: nothing changes...
        with deferred_indexes._room_to_build(conn):
            assert int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one()) == usual[0]
        # ...and with a cache smaller than twice the file, the build gets one that holds it, then the old one.
        conn.exec_driver_sql("PRAGMA cache_size = -64")
        size = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one()) * 4096
        with deferred_indexes._room_to_build(conn):
            assert -int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one()) * 1024 >= 2 * size > 64 * 1024
            assert int(conn.exec_driver_sql("PRAGMA soft_heap_limit").scalar_one()) >= usual[1] + 2 * size
        assert memory_settings_of(conn) == (-64, usual[1])
        conn.exec_driver_sql(f"PRAGMA cache_size = {usual[0]}")
    store(replica, page(50, None))
    assert memory_settings(opened) == usual
    with opened.engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'hop'").scalar()
    assert found == 100


def test_a_failed_build_gives_the_cache_back(opened: OpenProfile) -> None:
    usual = memory_settings(opened)
    replica = CacheReplica(opened)
    store(replica, page(20, "next"))
    with opened.engine.execution_options(write=True).begin() as conn:  # a stored statement that cannot run now
        note = json.loads(conn.exec_driver_sql("SELECT value FROM sync_state WHERE name = ?",
                                               (deferred_indexes.DEFERRED,)).scalar_one())
        note["indexes"].append("CREATE INDEX ix_broken ON documents (no_such_column)")
        conn.exec_driver_sql("UPDATE sync_state SET value = ? WHERE name = ?",
                             (json.dumps(note), deferred_indexes.DEFERRED))
    with pytest.raises(OperationalError, match="no_such_column"):
        replica.end_snapshot()
    assert memory_settings(opened) == usual


def test_the_search_index_is_refilled_from_a_larger_hash_and_fts5s_own_comes_back(opened: OpenProfile) -> None:
    """Issue 17: the refill holds `REFILL_HASH` of entries in memory before it writes a segment, and the index's
    setting is FTS5's own again after it (in the same transaction), so the next syncs write segments as before."""
    from sqlalchemy import event

    replica = CacheReplica(opened)
    store(replica, page(40, "next"))
    said: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().startswith("INSERT INTO documents_fts(") and "'delete-all'" not in statement:
            said.append(statement)  # the index's settings, its fill and its optimize (not the triggers made)

    event.listen(opened.engine, "before_cursor_execute", note)
    try:
        store(replica, page(40, None))
    finally:
        event.remove(opened.engine, "before_cursor_execute", note)
    steps = ["REFILL" if str(deferred_indexes.REFILL_HASH) in s else "FTS5" if str(deferred_indexes.FTS5_HASH) in s
             else "optimize" if "'optimize'" in s else "fill" for s in said]
    assert steps == ["REFILL", "fill", "FTS5", "optimize"]
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT v FROM documents_fts_config WHERE k = 'hashsize'").scalar() == (
            deferred_indexes.FTS5_HASH)
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'hop'").scalar() == 80


def test_a_larger_index_is_refilled_from_a_larger_hash(opened: OpenProfile, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 17: `REFILL_HASH` per `HASH_DOCUMENTS` documents, so that a million documents start from about as many
    first segments as 100,000 (at most `REFILL_HASH_MAX`); FTS5's own size comes back after."""
    mib = 1024 * 1024
    assert [deferred_indexes.refill_hash(n) for n in (0, 20_000, 100_000, 250_000, 1_000_000, 10**8)] == [
        4 * mib, 4 * mib, 4 * mib, 10 * mib, 32 * mib, 32 * mib]
    from sqlalchemy import event

    monkeypatch.setattr(deferred_indexes, "HASH_DOCUMENTS", 20)  # 80 documents stand for 400,000
    replica = CacheReplica(opened)
    store(replica, page(40, "next"))
    sizes: list[int] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if "'hashsize'" in statement:
            sizes.append(int(statement.rsplit(",", 1)[1].strip(" )")))

    event.listen(opened.engine, "before_cursor_execute", note)
    try:
        store(replica, page(40, None))
    finally:
        event.remove(opened.engine, "before_cursor_execute", note)
    assert sizes == [16 * mib, deferred_indexes.FTS5_HASH]
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'hop'").scalar() == 80
