"""A large snapshot's search index written by a child process beside the pages (issue 17): the index it leaves is
the one the refill at the end would have written, whatever changed after the child read a document, and a child
that dies, a file that cannot be read, a deadline passed or a process stopped mid-way leave the refill's index."""

from __future__ import annotations

import json
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from client.cache import deferred_indexes, search_builder
from client.cache.database import damage_marker
from client.cache.keys import KdfParams
from client.cache.profile import OpenProfile, Profiles
from client.cache.replica import CacheReplica
from sync.engine import inbound
from sync.protocol.domain import Secrecy
from tests.cache.conftest import COMMUNE, PASSWORD

WORDS = ["chuyển đổi số", "công tác cán bộ", "họp chi bộ", "kiểm tra giám sát", "Đảng ủy xã", "du lịch cộng đồng"]


def document(number: int, summary: str | None = None, **fields: Any) -> dict[str, Any]:
    if number == 12 and summary is None:
        summary = "Về việc qqqwwweee"  # a word no other document has, in one made secret later
    record_id = str(uuid.UUID(int=number + 1))
    return {"entity": "document", "id": record_id, "version": fields.pop("version", 1), "record": {
        "id": record_id, "version": 1, "unit_id": COMMUNE.id, "kind": "incoming", "status": "received",
        "summary": summary or f"Về việc {WORDS[number % len(WORDS)]} lần {number}", "issuing_body": "UBND tỉnh",
        "number_symbol": f"{number}/UBND-VP", "doc_type": "Công văn", "created_at": "2026-11-02T08:00:00+00:00",
        "updated_at": "2026-11-02T08:00:00+00:00", **fields}}


def page(records: list[dict[str, Any]], token: str | None) -> bytes:
    return json.dumps({"records": records, "cursor": 5, "next_page_token": token}, ensure_ascii=False).encode()


def store(replica: CacheReplica, records: list[dict[str, Any]], token: str | None) -> None:
    items, cursor, next_token, refused = inbound.read_snapshot_page(page(records, token), 1000, 1, None, COMMUNE.id)
    assert not refused
    replica.apply_snapshot_page(items, cursor, next_token)


@pytest.fixture
def started(search_children: list[search_builder.SearchBuilder]) -> list[search_builder.SearchBuilder]:
    return search_children


def entries(conn: Connection) -> list[tuple[Any, ...]]:
    """Every term of the index with the documents and columns it is in (what a search can find)."""
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, documents_fts, instance)")
    return [tuple(row) for row in conn.exec_driver_sql(
        "SELECT term, doc, col, offset FROM temp.fts_terms ORDER BY 1, 2, 3, 4").all()]


def index_and_refill(opened: OpenProfile) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The index as the snapshot left it, and as the refill writes it over the same documents."""
    writer = opened.engine.execution_options(write=True)
    with writer.begin() as conn:
        conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 0)")
        left = entries(conn)
        deferred_indexes.defer(conn)
        deferred_indexes.restore(conn)
        refilled = entries(conn)
    return left, refilled


def tracking(opened: OpenProfile) -> set[str]:
    with opened.engine.connect() as conn:
        return {name for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search_build%'").all()}


def left_to_the_refill(opened: OpenProfile, documents: int) -> None:
    """Nothing deferred, no tracking and no child's file left, and the index is the refill's, over `documents`
    documents."""
    assert tracking(opened) == set() and not (opened.folder / search_builder.SCRATCH).exists()
    with opened.engine.connect() as conn:
        assert not deferred_indexes.is_deferred(conn)
    left, refilled = index_and_refill(opened)
    assert left == refilled and len({row[1] for row in left}) == documents


def test_the_childs_index_is_the_refills_whatever_changed_after_it_read(
        opened: OpenProfile, started: list[search_builder.SearchBuilder]) -> None:
    replica = CacheReplica(opened)
    store(replica, [document(i) for i in range(30)], "2")
    assert len(started) == 1 and started[0].sent == 30
    store(replica, [document(i) for i in range(30, 60)], "3")
    waited = time.monotonic() + 60
    while started[0].read() < 60 and time.monotonic() < waited:
        time.sleep(0.01)
    assert started[0].read() == 60
    # After the child read them: one document changed by the snapshot itself, one made secret, one
    # changed by another writer (as a downloaded file's text would be), one deleted, and an attachment given to a
    # fifth.
    store(replica, [document(5, "Về việc bầu cử đại biểu Quốc hội", version=2),
                    document(12, version=2, secrecy=int(Secrecy.MAT))] + [document(i) for i in range(60, 90)], "4")
    writer = opened.engine.execution_options(write=True)
    with writer.begin() as conn:
        conn.exec_driver_sql("UPDATE documents SET signer = 'Lò Văn Páo' WHERE number_symbol = '7/UBND-VP'")
        conn.exec_driver_sql("DELETE FROM documents WHERE number_symbol = '8/UBND-VP'")
        conn.exec_driver_sql(
            "INSERT INTO document_attachments (document_id, sha256, name, mime, size, position, present, text) "
            "SELECT id, 'ab', 'to-trinh.pdf', 'application/pdf', 10, 0, 1, 'Tờ trình xây dựng nông thôn mới' "
            "FROM documents WHERE number_symbol = '9/UBND-VP'")
        marked = {rid for (rid,) in conn.exec_driver_sql("SELECT rid FROM search_build_dirty").all()}
    assert {6, 8, 9, 10, 13} <= marked  # the rids of 5, 7, 8, 9 and 12 (rid 1 is document 0)
    assert all(rid <= started[0].sent for rid in marked)  # a page's new documents are read as they are
    store(replica, [document(i) for i in range(90, 100)], None)
    builder = started[0]
    assert builder.failure is None and builder.upto == 90
    assert tracking(opened) == set() and not (opened.folder / search_builder.SCRATCH).exists()
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'ubnd'").scalar() == 99
        # The secret document's words are gone from the index's pages, not only from its answers.
        assert not conn.exec_driver_sql("SELECT count(*) FROM documents_fts_data WHERE instr(block, 'wwweee')").scalar()
    left, refilled = index_and_refill(opened)
    assert left == refilled
    terms = {row[0] for row in left}
    assert {"bau", "pao", "nong", "0dai0bie"} <= terms and "0bau0cu" in terms


def test_a_child_that_dies_leaves_the_index_to_the_refill(opened: OpenProfile,
                                                          started: list[search_builder.SearchBuilder]) -> None:
    replica = CacheReplica(opened)
    store(replica, [document(i) for i in range(30)], "2")
    started[0]._process.kill()
    store(replica, [document(i) for i in range(30, 60)], "3")
    store(replica, [document(i) for i in range(60, 70)], None)
    assert started[0].failure is not None and started[0].upto is None
    left_to_the_refill(opened, 70)


def test_a_child_past_its_deadline_leaves_the_index_to_the_refill(
        opened: OpenProfile, started: list[search_builder.SearchBuilder], monkeypatch: pytest.MonkeyPatch) -> None:
    replica = CacheReplica(opened)
    store(replica, [document(i) for i in range(30)], "2")
    monkeypatch.setattr(search_builder, "DEADLINE", 0.5)
    monkeypatch.setattr(search_builder.SearchBuilder, "finish", lambda self: None)  # a child that never answers
    store(replica, [document(i) for i in range(30, 40)], None)
    assert started[0].failure is not None and "no answer" in started[0].failure
    left_to_the_refill(opened, 40)


def test_an_unreadable_child_file_is_refilled_and_not_taken_for_a_damaged_cache(
        opened: OpenProfile, started: list[search_builder.SearchBuilder], monkeypatch: pytest.MonkeyPatch) -> None:
    replica = CacheReplica(opened)
    store(replica, [document(i) for i in range(200)], "2")
    result = search_builder.SearchBuilder.result

    def spoiled(self: search_builder.SearchBuilder) -> int | None:
        upto = result(self)
        with open(self.scratch, "r+b") as scratch:  # one byte of a page after the schema's
            scratch.seek(3 * 4096 + 100)
            byte = scratch.read(1)
            scratch.seek(3 * 4096 + 100)
            scratch.write(bytes([byte[0] ^ 0xFF]))
        return upto

    monkeypatch.setattr(search_builder.SearchBuilder, "result", spoiled)
    store(replica, [document(i) for i in range(200, 210)], None)
    assert started[0].failure is not None and "the child's file" in started[0].failure
    cache = opened.folder / "cache.db"
    assert not damage_marker(cache).exists()
    left_to_the_refill(opened, 210)


def test_a_process_stopped_mid_snapshot_leaves_no_child_file_or_tracking_after_opening(
        profiles: Profiles, opened: OpenProfile, started: list[search_builder.SearchBuilder]) -> None:
    replica = CacheReplica(opened)
    store(replica, [document(i) for i in range(30)], "2")
    store(replica, [document(i) for i in range(30, 60)], "3")
    builder = started[0]
    builder._process.kill()  # what a killed process leaves: its child gone, the file and the triggers there
    builder._process.join(5)
    (opened.folder / search_builder.SCRATCH).touch()
    assert tracking(opened) and (opened.folder / search_builder.SCRATCH).exists()
    opened.close()
    again = profiles.open("lan.nt", PASSWORD)
    try:
        left_to_the_refill(again, 60)
    finally:
        again.close()


def test_a_statement_that_reads_other_tables_is_not_followed() -> None:
    rows = ("INSERT INTO documents_fts(rowid, summary) SELECT d.rid, search_text(d.summary) FROM documents d "
            "WHERE d.rid > ? AND d.rid <= ?")
    assert search_builder.follows(rows)
    assert search_builder.follows(rows.replace("FROM documents d", "FROM documents d JOIN document_attachments a "
                                                                   "ON a.document_id = d.id"))
    assert not search_builder.follows(rows.replace("search_text(d.summary)",
                                                   "(SELECT group_concat(body) FROM document_notes)"))
    assert not search_builder.follows("UPDATE documents SET summary = summary")


def test_no_child_below_the_threshold(opened: OpenProfile, monkeypatch: pytest.MonkeyPatch) -> None:
    replica = CacheReplica(opened)
    store(replica, [document(i) for i in range(30)], "2")
    store(replica, [document(i) for i in range(30, 40)], None)
    assert replica._search_builder is None and not replica._search_builder_failed
    assert search_builder.START_AT > 40
    assert not list(Path(opened.folder).glob(search_builder.SCRATCH + "*"))


def test_a_run_stopped_after_the_copy_leaves_the_last_page_and_a_whole_refill_to_the_next(
        profiles: Profiles, opened: OpenProfile, started: list[search_builder.SearchBuilder],
        monkeypatch: pytest.MonkeyPatch) -> None:
    replica = CacheReplica(opened)
    store(replica, [document(i) for i in range(30)], "2")
    store(replica, [document(i) for i in range(30, 60)], "3")

    def stopped(conn: Connection, adopted: int | None = None) -> bool:
        raise KeyboardInterrupt  # the process stops after the child's index was copied in, before the rest

    monkeypatch.setattr(deferred_indexes, "restore", stopped)
    with pytest.raises(KeyboardInterrupt):
        store(replica, [document(i) for i in range(60, 70)], None)
    monkeypatch.undo()
    assert started[0].upto == 60 and not (opened.folder / search_builder.SCRATCH).exists()
    assert replica.snapshot_position() == (5, "3")  # the last page is fetched and stored again
    opened.close()
    again = profiles.open("lan.nt", PASSWORD)
    try:
        left_to_the_refill(again, 70)
    finally:
        again.close()


def test_a_full_disk_stops_the_snapshot_with_nothing_lost_and_the_next_try_finishes_it(
        small_disk: Callable[[str], Path], started: list[search_builder.SearchBuilder]) -> None:
    disk = small_disk("8m")
    profiles = Profiles(disk / "profiles", kdf=KdfParams.fast_for_tests())
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        replica = CacheReplica(opened)
        store(replica, [document(i) for i in range(100)], "2")
        store(replica, [document(i) for i in range(100, 200)], "3")
        free = shutil.disk_usage(disk).free
        filler = disk / "filler"
        filler.write_bytes(b"\0" * max(0, free - 16 * 1024))  # the child's file and the last page find no room
        with pytest.raises(OperationalError, match="database or disk is full"):
            store(replica, [document(i) for i in range(200, 300)], None)
        assert started[0].upto is None and not (opened.folder / search_builder.SCRATCH).exists()
        assert replica.snapshot_position() == (5, "3")  # the last page is asked for again
        assert opened.store.count_documents() == 200  # the pages stored before are all there
        filler.unlink()
        store(replica, [document(i) for i in range(200, 300)], None)
        left_to_the_refill(opened, 300)


def test_a_child_that_cannot_start_leaves_the_index_to_the_refill(
        opened: OpenProfile, started: list[search_builder.SearchBuilder], monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing.context

    def refused(self: object) -> None:
        raise OSError(12, "Cannot allocate memory")  # what fork/CreateProcess answer when the system has no room

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refused)
    replica = CacheReplica(opened)
    store(replica, [document(i) for i in range(30)], "2")
    assert replica._search_builder is None and replica._search_builder_failed and started == []
    store(replica, [document(i) for i in range(30, 60)], "3")
    store(replica, [document(i) for i in range(60, 70)], None)
    left_to_the_refill(opened, 70)
