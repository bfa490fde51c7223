"""A snapshot page read from its bytes is stored with the record's own JSON as its base copy, except a secret
document's, whose base copy is its register entry whatever the server sent (issue 17 must not undo the stub rule)."""

from __future__ import annotations

import json
import uuid

from client.cache.profile import OpenProfile
from client.cache.replica import CacheReplica
from sync.engine import inbound, typed_pages
from tests.cache.conftest import COMMUNE

SECRET_WORDS = "Danh sách cán bộ diện quy hoạch"


def record(**fields: object) -> dict[str, object]:
    return {"id": str(uuid.uuid4()), "version": 1, "unit_id": COMMUNE.id, "kind": "incoming", "status": "received",
            "summary": "Về việc tổ chức họp", "issuing_body": "UBND tỉnh", "number_symbol": "12/UBND-VP",
            "doc_type": "Công văn", "signer": "Nguyễn Văn A", **fields}


def test_the_base_copy_is_the_records_own_text_but_never_a_secret_documents_content(opened: OpenProfile) -> None:
    plain, secret = record(), record(secrecy=1, summary=SECRET_WORDS, signer="Trần Văn B")
    body = json.dumps({"records": [{"entity": "document", "id": r["id"], "version": 1, "record": r}
                                   for r in (plain, secret)], "cursor": 3, "next_page_token": None},
                      ensure_ascii=False).encode()
    assert typed_pages.snapshot(body, 1000) is not None  # the fast path, the one that carries the text
    items, cursor, token, refused = inbound.read_snapshot_page(body, 1000, 1, None, COMMUNE.id)
    assert items[0].record_json and not refused
    CacheReplica(opened).apply_snapshot_page(items, cursor, token)
    with opened.engine.connect() as conn:
        stored = dict(conn.exec_driver_sql(
            "SELECT d.id, b.base FROM documents d JOIN document_bases b ON b.rid = d.rid").all())
    assert json.loads(stored[plain["id"]]) == items[0].record
    assert SECRET_WORDS not in stored[secret["id"]] and "Trần Văn B" not in stored[secret["id"]]
    assert json.loads(stored[secret["id"]])["summary"] == ""


def test_a_feed_page_updates_each_known_row_with_its_own_record(opened: OpenProfile) -> None:
    """Known rows are updated by one statement over the page's rows (issue 17): each row gets its own values."""
    first = [record(summary=f"Công văn số {i}", number_symbol=f"{i}/UBND-VP") for i in range(4)]
    body = json.dumps({"records": [{"entity": "document", "id": r["id"], "version": 1, "record": r} for r in first],
                       "cursor": 3, "next_page_token": None}, ensure_ascii=False).encode()
    replica = CacheReplica(opened)
    replica.apply_snapshot_page(*inbound.read_snapshot_page(body, 1000, 1, None, COMMUNE.id)[:3])
    edited = [{**r, "version": 2, "created_at": "2025-03-02T08:00:00+07:00",
               "summary": f"{r['summary']} (sửa lần {i})", "status": "assigned",
               "issuing_body": "UBND huyện" if i % 2 else "Huyện ủy"} for i, r in enumerate(first[:3])]
    feed = json.dumps({"changes": [{"seq": 4 + i, "entity": "document", "id": r["id"], "op": "upsert", "version": 2,
                                    "record": r} for i, r in enumerate(edited)], "cursor": 6, "has_more": False},
                      ensure_ascii=False).encode()
    changes, cursor, _more, refused = inbound.read_changes_page(feed, 3, 1000, 1, COMMUNE.id)
    assert not refused
    replica.apply_changes(changes, cursor)
    with opened.engine.connect() as conn:
        rows = {row.id: row for row in conn.exec_driver_sql(
            "SELECT id, summary, status, issuing_body, server_version, base FROM documents d "
            "JOIN document_bases b ON b.rid = d.rid").all()}
    for r in edited:
        row = rows[r["id"]]
        assert (row.summary, row.status, row.issuing_body, row.server_version) == (
            r["summary"], "assigned", r["issuing_body"], 2)
        assert json.loads(row.base)["summary"] == r["summary"]
    untouched = rows[first[3]["id"]]
    assert (untouched.summary, untouched.status, untouched.server_version) == (first[3]["summary"], "received", 1)


def test_a_feed_update_stores_the_records_own_text_but_never_a_secret_documents_content(opened: OpenProfile) -> None:
    """Known rows get their server copy from the page's text too, and a document the update makes secret gets its
    register entry, whatever the server sent."""
    plain, raised = (record(created_at="2025-03-01T08:00:00+07:00") for _ in range(2))
    snapshot = json.dumps({"records": [{"entity": "document", "id": r["id"], "version": 1, "record": r}
                                       for r in (plain, raised)], "cursor": 2, "next_page_token": None},
                          ensure_ascii=False).encode()
    replica = CacheReplica(opened)
    replica.apply_snapshot_page(*inbound.read_snapshot_page(snapshot, 1000, 1, None, COMMUNE.id)[:3])
    edited = [{**plain, "version": 2, "summary": "Về việc họp (sửa)"},
              {**raised, "version": 2, "secrecy": 1, "summary": SECRET_WORDS, "signer": "Trần Văn B"}]
    feed = json.dumps({"changes": [{"seq": 3 + i, "entity": "document", "id": r["id"], "op": "upsert", "version": 2,
                                    "record": r} for i, r in enumerate(edited)], "cursor": 4, "has_more": False},
                      ensure_ascii=False).encode()
    changes, cursor, _more, refused = inbound.read_changes_page(feed, 2, 1000, 1, COMMUNE.id)
    assert changes[0].record_json and changes[1].record_json and not refused  # the text is there to be misused
    replica.apply_changes(changes, cursor)
    with opened.engine.connect() as conn:
        stored = dict(conn.exec_driver_sql(
            "SELECT d.id, b.base FROM documents d JOIN document_bases b ON b.rid = d.rid").all())
    assert stored[plain["id"]] == changes[0].record_json
    assert SECRET_WORDS not in stored[raised["id"]] and "Trần Văn B" not in stored[raised["id"]]
    assert json.loads(stored[raised["id"]])["summary"] == "" and json.loads(stored[raised["id"]])["secrecy"] == 1
