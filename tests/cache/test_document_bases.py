"""A document's server copy in `document_bases` (migration 0015, client/cache/record_bases.py; issue 17): moved there
from the documents table by the migration, written by a pull in the page's order, replaced by a newer copy, gone
with its document, and read back by the merge, the refusals and the trail as before."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy import delete, insert, select

from client.cache.profile import OpenProfile, Profiles
from client.cache.record_bases import _write_sql, read_base, read_bases, write_bases
from client.cache.replica import CacheReplica
from client.cache.schema import document_bases, document_notes, documents, tasks
from sync.engine.replica import IncomingChange
from tests.cache.conftest import COMMUNE, PASSWORD, cache_at


def _record(n: int, **fields: object) -> dict[str, object]:
    return {"id": str(uuid.UUID(int=n)), "version": 1, "unit_id": COMMUNE.id, "kind": "incoming",
            "status": "received", "summary": f"Về việc tổ chức họp số {n}", "doc_type": "Công văn",
            "number_symbol": f"{n}/UBND-VP", **fields}


def _indexes(conn: object) -> list[str]:
    return sorted(name for (name,) in conn.exec_driver_sql(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents'").all())


def test_a_cache_at_0014_gets_its_copies_moved_and_keeps_its_indexes(profiles: Profiles) -> None:
    engine, _folder, _key = cache_at(profiles, "0014")
    now = datetime.now()
    copy = _record(1, summary="Kế hoạch chuyển đổi số")
    with engine.execution_options(write=True).begin() as conn:
        for n in (1, 2, 3):
            conn.execute(insert(documents).values(
                id=str(uuid.UUID(int=n)), kind="incoming", doc_type="Công văn", summary=f"Kế hoạch số {n}",
                status="received", recipients=[], urgency=0, unread=True, created_at=now, updated_at=now))
        # 1 holds a copy; 2 none (made here, not accepted yet); 3 the text 'null' SQLAlchemy writes for None.
        conn.exec_driver_sql("UPDATE documents SET base = ? WHERE id = ?",
                             (json.dumps(copy, ensure_ascii=False), str(uuid.UUID(int=1))))
        conn.exec_driver_sql("UPDATE documents SET base = 'null' WHERE id = ?", (str(uuid.UUID(int=3)),))
        before = _indexes(conn)
    engine.dispose()
    with profiles.open("lan.nt", PASSWORD) as opened, opened.engine.connect() as conn:
        columns = [name for _cid, name, *_ in conn.exec_driver_sql("PRAGMA table_info(documents)").all()]
        assert "base" not in columns and "summary" in columns
        assert _indexes(conn) == before  # the expression indexes of 0003, 0011 and 0013 among them
        moved = conn.execute(select(document_bases.c.rid, document_bases.c.base)).all()
        rid = conn.execute(select(documents.c.rid).where(documents.c.id == copy["id"])).scalar()
        assert moved == [(rid, copy)]
        assert read_bases(conn, documents, [str(uuid.UUID(int=n)) for n in (1, 2, 3, 4)]) == {
            str(uuid.UUID(int=1)): copy, str(uuid.UUID(int=2)): None, str(uuid.UUID(int=3)): None}
        assert [r["id"] for r in opened.store.search("ke hoach so 2")][:1] == [str(uuid.UUID(int=2))]


def test_a_pull_writes_each_copy_and_a_newer_one_replaces_it(opened: OpenProfile) -> None:
    replica = CacheReplica(opened)
    first = [_record(n) for n in range(1, 6)]
    replica.apply_snapshot_page([IncomingChange("document", str(r["id"]), "upsert", 1, r) for r in first], 5, None)
    newer = {**first[2], "version": 2, "summary": "Về việc tổ chức họp (sửa)"}
    replica.apply_changes([IncomingChange("document", str(newer["id"]), "upsert", 2, newer)], 6)
    with opened.engine.connect() as conn:
        stored = conn.execute(select(documents.c.rid, documents.c.id).order_by(documents.c.rid)).all()
        copies = conn.execute(select(document_bases.c.rid, document_bases.c.base)
                              .order_by(document_bases.c.rid)).all()
    # In the page's order: appended at the end of the table, each under its own document's rid.
    assert [rid for rid, _ in copies] == [rid for rid, _ in stored]
    assert [base["id"] for _, base in copies] == [doc_id for _, doc_id in stored]
    assert [base for _, base in copies] == [first[0], first[1], newer, first[3], first[4]]


def test_a_documents_copy_goes_with_it_and_other_tables_keep_theirs_in_their_column(opened: OpenProfile) -> None:
    replica = CacheReplica(opened)
    task = {"id": str(uuid.UUID(int=50)), "version": 1, "unit_id": COMMUNE.id, "resolution_number": "05-NQ/ĐU",
            "title": "Hoàn thành chuyển đổi số", "status": "assigned", "period": "once", "progress_percent": 0}
    docs = [_record(n) for n in (1, 2)]
    replica.apply_changes([IncomingChange("document", str(r["id"]), "upsert", 1, r) for r in docs]
                          + [IncomingChange("task", task["id"], "upsert", 1, task)], 3)
    with opened.store.writer.begin() as conn:
        assert read_base(conn, tasks, task["id"]) == task
        write_bases(conn, tasks, [(task["id"], {**task, "version": 2})])
        assert read_base(conn, tasks, task["id"]) == {**task, "version": 2}
        # Notes keep no copy: their records are only known to be there.
        assert read_bases(conn, document_notes, ["nothing"]) == {}
        conn.execute(delete(documents).where(documents.c.id == docs[0]["id"]))
        assert read_base(conn, documents, str(docs[0]["id"])) is None
        assert conn.execute(select(document_bases.c.base)).scalars().all() == [docs[1]]


def test_a_copy_is_written_through_the_documents_id_index(opened: OpenProfile) -> None:
    """One index seek per incoming copy, never a scan of the documents table."""
    with opened.engine.connect() as conn:
        plan = " | ".join(str(row[-1]) for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + _write_sql("documents", 3), ("a", "{}", "b", "{}", "c", "{}")).all())
    assert "SEARCH documents USING" in plan and "SCAN documents" not in plan, plan
