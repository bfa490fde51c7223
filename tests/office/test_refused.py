"""A change the server refused, seen and settled through the office layer against a real server: listed with its
reason, discarded (the server's copy comes back) or sent again once fixed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from client.office import DocumentRecord, OfficeError, OfficeSession
from tests.sync.conftest import LiveServer

LEADERS_NOTE = "Giao văn phòng chủ trì, báo cáo trước ngày 30"
CLERKS_NOTE = "Văn thư tự ghi ý kiến chỉ đạo"


def _registered(clerk: OfficeSession, summary: str) -> DocumentRecord:
    """An incoming document the clerk enters and sends; the server accepts it."""
    doc = DocumentRecord(kind="incoming", doc_type="Công văn", number_symbol="12-CV/HU", summary=summary,
                         issuing_body="Huyện ủy")
    clerk.add_document(doc)
    assert clerk.sync().report.push.applied == 1
    return doc


def _refused_direction_note(clerk: OfficeSession, doc_id: str, **also: str) -> None:
    """The clerk's edit of the leader's field, queued as a change made before the clerk's role was known."""
    with pytest.raises(OfficeError, match="may set"):
        clerk.edit_document(doc_id, {"direction_note": CLERKS_NOTE})  # the office layer refuses it up front now
    clerk.replica.edit("document", doc_id, {"direction_note": CLERKS_NOTE, **also})
    result = clerk.sync()
    assert result.report.push.rejected == 1 and result.changes.touches("refused")
    assert clerk.counts().failed == 1


def test_a_refused_change_is_listed_with_its_reason_and_discard_brings_the_servers_value_back(
        live: LiveServer, sign_in) -> None:
    clerk = sign_in("clerk_a")
    doc = _registered(clerk, "Về việc bút phê bị từ chối")
    leader = live.api("leader_a")
    version = leader.all_changes()[doc.id]["version"]
    assert leader.push_one("document", "update", doc.id, version, direction_note=LEADERS_NOTE)["status"] == "applied"
    clerk.sync()
    assert clerk.document(doc.id)["direction_note"] == LEADERS_NOTE

    _refused_direction_note(clerk, doc.id)
    assert clerk.document(doc.id)["direction_note"] == CLERKS_NOTE  # the refused value is still shown here
    [change] = clerk.refused_changes()
    assert (change.entity, change.op, change.record_id, change.kind) == ("document", "update", doc.id, "incoming")
    assert change.label == "12-CV/HU — Về việc bút phê bị từ chối"
    assert change.fields == {"direction_note": CLERKS_NOTE}
    assert change.code == "forbidden" and "direction_note" in change.reason
    # The shared role table explains it precisely, for the screens to word it in their language.
    assert change.problem.code == "fields_forbidden"
    assert change.params == {"fields": ["direction_note"], "roles": ["admin", "leader"]}
    assert change.created_at is not None and not change.is_create
    assert change.as_dict()["label"] == change.label

    changes = clerk.discard_refused(change.seq)
    assert changes.touches("refused") and changes.touches("incoming") and changes.counts and doc.id in changes.records
    assert clerk.document(doc.id)["direction_note"] == LEADERS_NOTE
    assert clerk.refused_changes() == [] and tuple(vars(clerk.counts()).values()) == (0, 0, 0)
    clerk.sync()
    assert clerk.document(doc.id)["direction_note"] == LEADERS_NOTE
    assert leader.all_changes()[doc.id]["record"]["direction_note"] == LEADERS_NOTE
    with pytest.raises(Exception, match="No refused change"):
        clerk.discard_refused(change.seq)


def test_send_again_without_the_forbidden_field_and_with_an_edited_one_is_applied(
        live: LiveServer, sign_in) -> None:
    clerk = sign_in("clerk_a")
    doc = _registered(clerk, "Về việc gửi lại sau khi sửa")
    _refused_direction_note(clerk, doc.id, summary="Về việc gửi lại: trích yếu đã sửa")
    [change] = clerk.refused_changes()
    assert set(change.fields) == {"direction_note", "summary"}
    # The user edits what they may (the office layer allows it), then sends the change again without the field
    # only a leader may set: that field gets the server's copy back, the rest goes with its current value.
    clerk.edit_document(doc.id, {"summary": "Về việc gửi lại: trích yếu sửa lần hai"})
    changes = clerk.retry_refused(change.seq, ["summary"])
    assert changes.touches("refused") and changes.counts
    assert not clerk.document(doc.id)["direction_note"]  # the server's copy: no direction note yet
    assert (clerk.counts().pending, clerk.counts().failed) == (2, 0)
    report = clerk.sync().report
    assert (report.push.applied, report.push.rejected) == (2, 0)
    assert tuple(vars(clerk.counts()).values()) == (0, 0, 0)
    on_server = live.api("leader_a").all_changes()[doc.id]["record"]
    assert on_server["summary"] == "Về việc gửi lại: trích yếu sửa lần hai" and not on_server["direction_note"]
    assert clerk.document(doc.id)["summary"] == "Về việc gửi lại: trích yếu sửa lần hai"


def test_a_refused_change_sent_again_as_it_is_is_refused_again_as_a_new_change(live: LiveServer, sign_in) -> None:
    clerk = sign_in("clerk_a")
    doc = _registered(clerk, "Về việc gửi lại nguyên trạng")
    _refused_direction_note(clerk, doc.id)
    [first] = clerk.refused_changes()
    clerk.retry_refused(first.seq)
    assert (clerk.counts().pending, clerk.counts().failed) == (1, 0)
    # A new mutation with the next device sequence: the server judges it again instead of replaying its answer.
    assert clerk.sync().report.push.rejected == 1
    [again] = clerk.refused_changes()
    assert again.seq > first.seq and again.fields == first.fields and again.code == "forbidden"


def test_a_discarded_refused_registration_leaves_no_arrival_number_twice(
        live: LiveServer, sign_in, tmp_path: Path) -> None:
    specialist = sign_in("specialist_a")
    clerk = sign_in("clerk_a")
    clerk.sync()
    specialist.sync()
    today = dt.date.today()
    number = specialist.next_arrival_number(today.year)
    scan = tmp_path / "cong-van-den.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of an incoming letter")
    mine = DocumentRecord(kind="incoming", doc_type="Công văn", number_symbol="88-CV/UBND",
                          summary="Chuyên viên tự vào sổ văn bản đến", status="registered",
                          arrival_number=number, arrival_date=today)
    # Only a clerk or a leader enters the incoming register; queued straight into the store as a change made
    # before the specialist's role was known, so that the server is the one to refuse it.
    specialist.store.add_document(mine, [scan])
    assert specialist.sync().report.push.rejected == 1
    [change] = specialist.refused_changes()
    assert change.is_create and change.problem.code == "create_forbidden"
    # The clerk registers another document meanwhile: the server gives it the same arrival number.
    theirs = DocumentRecord(kind="incoming", doc_type="Công văn", summary="Văn thư vào sổ", status="registered")
    clerk.add_document(theirs)
    clerk.sync()
    assert clerk.document(theirs.id)["arrival_number"] == number
    specialist.sync()

    def arrival_numbers() -> list[int]:
        rows = specialist.list_documents(limit=1000)
        return sorted(r["arrival_number"] for r in rows if r["kind"] == "incoming" and r["arrival_number"]
                      and r["arrival_date"] and r["arrival_date"].year == today.year)

    assert arrival_numbers().count(number) == 2  # the provisional number collides until the change is settled
    sha = specialist.document(mine.id)["attachments"][0]["sha256"]
    changes = specialist.discard_refused(change.seq)
    assert changes.touches("incoming") and changes.touches("refused")
    # The server never accepted the record: it leaves this computer with its file, and its number with it.
    assert arrival_numbers().count(number) == 1
    with pytest.raises(Exception, match="No document"):
        specialist.document(mine.id)
    assert not specialist.has_attachment(sha)
    assert tuple(vars(specialist.counts()).values()) == (0, 0, 0)
    assert specialist.next_arrival_number(today.year) == number + 1
