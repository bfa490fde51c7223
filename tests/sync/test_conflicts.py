"""Field-level three-way merge: disjoint edits merge, same-field edits become visible conflicts, never overwritten."""

from __future__ import annotations

from client.cache.records import DocumentRecord
from sync.engine.progress import CancelToken, ignore_progress
from sync.engine.pull import Puller
from tests.sync.conftest import Device, LiveServer


def _shared_document(device: Device, summary: str) -> str:
    doc = DocumentRecord(kind="incoming", doc_type="Công văn", summary=summary)
    device.store.add_document(doc)
    device.sync()
    return doc.id


def test_disjoint_offline_edits_merge_both_ways(live: LiveServer, device_factory) -> None:
    clerk, leader = device_factory("clerk_a"), device_factory("leader_a")
    doc_id = _shared_document(clerk, "Trích yếu gốc")
    leader.sync()
    clerk.replica.edit("document", doc_id, {"summary": "Trích yếu đã sửa"})
    leader.replica.assign_document(doc_id, live.org.users["specialist_a"], "2025-12-31", "Giao đ/c chuyên viên")
    leader.sync()
    clerk.sync()
    leader.sync()
    for device in (clerk, leader):
        row = device.store.get_document(doc_id)
        assert row["summary"] == "Trích yếu đã sửa" and row["direction_note"] == "Giao đ/c chuyên viên"
        assert device.replica.open_conflicts() == [] and device.replica.counts().pending == 0


def test_same_field_edit_is_held_as_conflict_and_each_resolution_works(live: LiveServer, device_factory) -> None:
    clerk, other = device_factory("clerk_a"), device_factory("leader_a")
    docs = [_shared_document(clerk, f"Gốc {i}") for i in range(3)]
    other.sync()
    for i, doc_id in enumerate(docs):
        clerk.replica.edit("document", doc_id, {"summary": f"Của tôi {i}", "pages": 3})
        other.replica.edit("document", doc_id, {"summary": f"Của họ {i}"})
    other.sync()
    clerk.sync()
    found = {c.record_id: c for c in clerk.replica.open_conflicts()}
    assert set(found) == set(docs)
    for i, doc_id in enumerate(docs):
        conflict = found[doc_id]
        assert (conflict.field, conflict.local_value, conflict.remote_value) == ("summary", f"Của tôi {i}",
                                                                                 f"Của họ {i}")
        assert clerk.store.get_document(doc_id)["summary"] == f"Của tôi {i}"  # mine is kept, not overwritten
    assert clerk.replica.counts().conflicts == 3
    # `pages` did not clash: it was sent on its own and applied.
    server = live.api("leader_a").all_changes()
    assert all(server[d]["record"]["pages"] == 3 for d in docs)
    clerk.engine.resolve_conflict(found[docs[0]].id, "mine")
    clerk.engine.resolve_conflict(found[docs[1]].id, "theirs")
    clerk.engine.resolve_conflict(found[docs[2]].id, "merged", "Gộp cả hai")
    clerk.sync()
    server = live.api("leader_a").all_changes()
    assert [server[d]["record"]["summary"] for d in docs] == ["Của tôi 0", "Của họ 1", "Gộp cả hai"]
    assert [clerk.store.get_document(d)["summary"] for d in docs] == ["Của tôi 0", "Của họ 1", "Gộp cả hai"]
    assert clerk.replica.counts().conflicts == 0


def test_conflict_found_on_pull_before_push_keeps_both(live: LiveServer, device_factory) -> None:
    clerk, other = device_factory("clerk_a"), device_factory("leader_a")
    doc_id = _shared_document(clerk, "Gốc")
    other.sync()
    other.replica.edit("document", doc_id, {"summary": "Bên kia"})
    other.sync()
    clerk.replica.edit("document", doc_id, {"summary": "Bên này"})
    # The local edit is still unsent when the newer server version arrives (a pull without a push first).
    Puller(clerk.replica, clerk.transport, progress=ignore_progress, cancel=CancelToken()).run()
    conflict = clerk.replica.open_conflicts()[0]
    assert (conflict.local_value, conflict.remote_value) == ("Bên này", "Bên kia")
    assert clerk.replica.counts().pending == 0  # the clashing field left the queue: nothing silent goes out
    clerk.sync()
    assert live.api("leader_a").all_changes()[doc_id]["record"]["summary"] == "Bên kia"


def test_notes_from_both_sides_never_conflict(live: LiveServer, device_factory) -> None:
    from client.cache.records import NoteRecord

    clerk, leader = device_factory("clerk_a"), device_factory("leader_a")
    doc_id = _shared_document(clerk, "Có ý kiến")
    leader.sync()
    clerk.store.add_note(NoteRecord(document_id=doc_id, author_name="Lan", text="Ý kiến 1"))
    leader.store.add_note(NoteRecord(document_id=doc_id, author_name="Hà", text="Ý kiến 2"))
    clerk.sync()
    leader.sync()
    clerk.sync()
    for device in (clerk, leader):
        texts = sorted(n["text"] for n in device.store.get_document(doc_id)["notes"])
        assert texts == ["Ý kiến 1", "Ý kiến 2"] and device.replica.open_conflicts() == []
