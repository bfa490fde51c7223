"""Mark done with its result, undo before the server has it, and send keeping the typed recipients: through the
office layer against a real server."""

from __future__ import annotations

import pytest

from client.cache.store import RecordNotFoundError
from client.office import DocumentRecord, NoteRecord, OfficeError, OfficeSession, SyncError
from sync.engine.runlock import RunLock
from tests.sync.conftest import LiveServer

RESULT = "Đã trả lời bằng văn bản số 12/UBND"


def _synced(session: OfficeSession, doc: DocumentRecord) -> DocumentRecord:
    session.add_document(doc)
    assert session.sync().report.push.applied == 1
    return doc


def _incoming(summary: str) -> DocumentRecord:
    return DocumentRecord(kind="incoming", doc_type="Công văn", number_symbol="7-CV/HU", summary=summary,
                          issuing_body="Huyện ủy")


def _notes_on_server(live: LiveServer, doc_id: str) -> list[str]:
    changes = live.api("leader_a").all_changes()
    return [c["record"]["text"] for c in changes.values()
            if c["entity"] == "document_note" and c.get("record") and c["record"]["document_id"] == doc_id]


def test_mark_done_with_a_result_queues_the_note_and_the_step_and_both_reach_the_server(
        live: LiveServer, sign_in) -> None:
    admin = sign_in("admin_a")
    doc = _synced(admin, _incoming("Về việc kết quả xử lý"))
    admin.assign(doc.id, str(admin.user_id()), None, "Giao xử lý")
    admin.start(doc.id)
    admin.sync()

    changes = admin.mark_done(doc.id, f"  {RESULT}  ")
    assert changes.touches("notes") and changes.touches("incoming") and changes.queued
    row = admin.document(doc.id)
    assert row["status"] == "done" and [n["text"] for n in row["notes"]] == [RESULT]
    assert (row["unsent"], row["unsent_status"]) == (2, True)
    assert admin.sync().report.push.applied == 2
    assert live.api("leader_a").all_changes()[doc.id]["record"]["status"] == "done"
    assert _notes_on_server(live, doc.id) == [RESULT]
    # Already done: refused before anything is queued, so no stray note either.
    with pytest.raises(OfficeError) as refused:
        admin.mark_done(doc.id, "Lần nữa")
    assert refused.value.code == "bad_transition" and admin.counts().pending == 0
    assert admin.has_unsent(doc.id) == 0


def test_mark_done_without_a_result_still_only_moves_the_status(live: LiveServer, sign_in) -> None:
    admin = sign_in("admin_a")
    doc = _synced(admin, _incoming("Về việc xong không ghi chú"))
    admin.assign(doc.id, str(admin.user_id()), None, "Giao xử lý")
    admin.sync()
    admin.mark_done(doc.id)
    row = admin.document(doc.id)
    assert row["status"] == "done" and row["notes"] == [] and row["unsent_status"]


def test_undo_takes_back_every_unsent_change_and_the_server_never_sees_them(live: LiveServer, sign_in) -> None:
    clerk = sign_in("clerk_a")
    doc = _synced(clerk, _incoming("Về việc hoàn tác"))
    with pytest.raises(OfficeError) as nothing:
        clerk.undo(doc.id)
    assert nothing.value.code == "already_sent"

    clerk.register(doc.id)
    clerk.edit_document(doc.id, {"summary": "Về việc hoàn tác (sửa)"})
    clerk.add_note(clerk_note(clerk, doc.id))
    assert clerk.has_unsent(doc.id) == 3
    changes = clerk.undo(doc.id)
    assert changes.touches("incoming") and changes.touches("notes") and changes.counts
    row = clerk.document(doc.id)
    assert (row["status"], row["summary"], row["notes"], row["unsent"]) == ("received", "Về việc hoàn tác", [], 0)
    assert clerk.counts().pending == 0
    assert clerk.sync().report.push.applied == 0
    assert live.api("leader_a").all_changes()[doc.id]["record"]["status"] == "received"
    assert _notes_on_server(live, doc.id) == []


def clerk_note(session: OfficeSession, doc_id: str) -> NoteRecord:
    return NoteRecord(document_id=doc_id, author_id=session.user_id(), author_name="Văn thư", text="Ghi chú")


def test_undo_of_a_document_never_sent_removes_it(live: LiveServer, sign_in) -> None:
    clerk = sign_in("clerk_a")
    doc = _incoming("Về việc nhập nhầm")
    clerk.add_document(doc)
    clerk.register(doc.id)  # folds into the create
    changes = clerk.undo(doc.id)
    assert changes.touches("incoming") and clerk.counts().pending == 0
    with pytest.raises(RecordNotFoundError):
        clerk.document(doc.id)


def test_undo_waits_for_no_sync_and_leaves_sent_changes_alone(live: LiveServer, sign_in) -> None:
    clerk = sign_in("clerk_a")
    doc = _synced(clerk, _incoming("Về việc đang đồng bộ"))
    clerk.register(doc.id)
    with RunLock(clerk.replica.run_lock_path, 0), pytest.raises(SyncError) as busy:
        clerk.undo(doc.id)  # a run holds the lock: its push may be sending this very change
    assert busy.value.code == "sync_busy" and clerk.counts().pending == 1
    clerk.sync()
    with pytest.raises(OfficeError) as sent:
        clerk.undo(doc.id)
    assert sent.value.code == "already_sent" and clerk.document(doc.id)["status"] == "registered"


def test_send_keeps_the_typed_recipients_and_waits_until_the_server_has_it(live: LiveServer, sign_in) -> None:
    admin = sign_in("admin_a")
    admin.sync()
    units = {u["code"]: u for u in admin.recipient_units()}
    assert set(units) == {"TINH", "XA-B"}  # the province and the other commune
    doc = _synced(admin, DocumentRecord(kind="outgoing", doc_type="Công văn", summary="Về việc gửi kèm nơi nhận",
                                        recipients=["Các chi bộ trực thuộc", "Lưu VP"]))
    admin.send(doc.id, [units["XA-B"]["id"], units["TINH"]["id"]])
    row = admin.document(doc.id)
    assert row["status"] == "sent" and row["unsent_status"]
    assert row["recipients"] == ["Các chi bộ trực thuộc", "Lưu VP", "Đảng ủy xã Bình Minh", "Tỉnh ủy Thử nghiệm"]
    admin.sync()
    assert not admin.document(doc.id)["unsent_status"]
    record = live.api("leader_a").all_changes()[doc.id]["record"]
    assert record["status"] == "sent"
    assert [(r["name"], r.get("unit_id")) for r in record["recipients"]] == [
        ("Các chi bộ trực thuộc", None), ("Lưu VP", None), ("Đảng ủy xã Bình Minh", live.org.commune_b),
        ("Tỉnh ủy Thử nghiệm", live.org.province)]
