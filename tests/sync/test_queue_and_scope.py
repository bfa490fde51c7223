"""The outbox queue (exactly once, refusals do not block), attachments, scope removals, mass purge, revocation."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from fpdf import FPDF
from sqlalchemy import create_engine, select, text

from client.cache.errors import ProfileNotFoundError
from client.cache.records import DocumentRecord, ReportRecord
from client.cache.schema import outbox
from client.cache.store import RecordNotFoundError
from server.db import open_database
from server.organisation import revoke_device
from sync.engine import DeviceRevokedError, DownloadPolicy, MassPurgeError
from sync.engine.attachments import Uploader
from sync.engine.progress import CancelToken, ignore_progress
from sync.engine.push import Pusher
from sync.engine.replica import IncomingChange
from tests.sync.conftest import Device, LiveServer


def test_refused_change_is_recorded_and_the_queue_moves_on(live: LiveServer, device_factory) -> None:
    specialist: Device = device_factory("specialist_a")
    refused = DocumentRecord(kind="incoming", doc_type="Công văn", summary="Chuyên viên không vào sổ văn bản đến")
    fine = DocumentRecord(kind="draft", doc_type="Tờ trình", summary="Dự thảo tờ trình")
    specialist.store.add_document(refused)
    specialist.store.add_document(fine)
    report = specialist.sync()
    assert (report.push.applied, report.push.rejected) == (1, 1)
    status = specialist.engine.status()
    assert status.failed_changes == 1 and status.pending_changes == 0
    assert status.failed[0]["record_id"] == refused.id
    assert "created by: admin, clerk, leader" in status.failed[0]["last_error"]
    assert fine.id in live.api("leader_a").all_changes()


def test_device_sequence_keeps_growing_after_the_outbox_empties(live: LiveServer, device_factory) -> None:
    clerk: Device = device_factory("clerk_a")
    for round_ in range(3):
        clerk.store.add_document(DocumentRecord(kind="incoming", doc_type="Công văn", summary=f"Lượt {round_}"))
        assert clerk.sync().push.applied == 1
    with clerk.opened.engine.connect() as conn:
        assert conn.execute(text("SELECT seq FROM sqlite_sequence WHERE name='outbox'")).scalar() == 3


def test_attachments_upload_download_by_policy_and_on_demand(live: LiveServer, device_factory,
                                                             tmp_path: Path) -> None:
    small, large = tmp_path / "cong-van.pdf", tmp_path / "ho-so-scan.pdf"
    small.write_bytes(os.urandom(300_000))
    large.write_bytes(os.urandom(3_000_000))
    clerk: Device = device_factory("clerk_a")
    doc = DocumentRecord(kind="incoming", doc_type="Công văn", summary="Có tệp đính kèm")
    clerk.store.add_document(doc, [small, large])
    assert clerk.sync().uploaded_bytes == 3_300_000
    reader: Device = device_factory("leader_a", policy=DownloadPolicy(auto_max_bytes=1_000_000))
    reader.sync()
    small_sha, large_sha = (hashlib.sha256(p.read_bytes()).hexdigest() for p in (small, large))
    assert reader.opened.vault.read_bytes(small_sha) == small.read_bytes()
    assert not reader.opened.vault.contains(large_sha)
    assert [m.sha256 for m in reader.engine.missing_attachments()] == [large_sha]
    assert reader.engine.download_now(large_sha)
    assert reader.opened.vault.read_bytes(large_sha) == large.read_bytes()
    present = {a["sha256"]: a["present"] for a in reader.store.get_document(doc.id)["attachments"]}
    assert present == {small_sha: True, large_sha: True}


def test_scope_exit_purges_records_and_attachments(live: LiveServer, device_factory, tmp_path: Path) -> None:
    province = live.api("leader_tinh")
    b: Device = device_factory("leader_b")
    task = province.push_one("task", "create", resolution_number="57-NQ/TW", title="Chuyển đổi số",
                             lead_unit_id=live.org.commune_a, cooperating_unit_ids=[live.org.commune_b])
    task_id = task["record"]["id"]
    evidence = tmp_path / "minh-chung.pdf"
    evidence.write_bytes(os.urandom(50_000))
    b.sync()
    b.store.add_report(ReportRecord(task_id=task_id, text="Đã triển khai", author_name="B"), [evidence])
    b.sync()
    sha = hashlib.sha256(evidence.read_bytes()).hexdigest()
    assert b.opened.vault.contains(sha) and b.store.list_tasks(resolution="57-NQ/TW")
    province.push_one("task", "update", task_id, province.all_changes()[task_id]["version"], cooperating_unit_ids=[])
    report = b.sync()
    assert report.pull.removed >= 2
    assert not [t for t in b.store.list_tasks() if t["id"] == task_id]
    assert not b.opened.vault.contains(sha)


def test_record_with_unsent_change_is_kept_until_the_change_is_gone(live: LiveServer, device_factory) -> None:
    clerk: Device = device_factory("clerk_a")
    doc = DocumentRecord(kind="incoming", doc_type="Công văn", summary="Sắp ra khỏi phạm vi")
    clerk.store.add_document(doc)
    clerk.sync()
    clerk.replica.edit("document", doc.id, {"summary": "Sửa chưa gửi"})
    clerk.replica.apply_changes([IncomingChange("document", doc.id, "remove", 9, None)],
                                clerk.replica.feed_cursor() or 0)
    assert clerk.replica.apply_staged_removals() == 1  # counted as removed, but deferred
    assert clerk.store.get_document(doc.id)["summary"] == "Sửa chưa gửi"
    assert clerk.replica.purge_deferred() == [] and clerk.store.get_document(doc.id)
    uploader = Uploader(clerk.replica, clerk.transport, progress=ignore_progress, cancel=CancelToken())
    Pusher(clerk.replica, clerk.transport, uploader, progress=ignore_progress, cancel=CancelToken()).run()
    clerk.replica.purge_deferred()  # the edit was sent: now the removal goes through
    with pytest.raises(RecordNotFoundError):
        clerk.store.get_document(doc.id)
    assert live.api("leader_a").all_changes()[doc.id]["record"]["summary"] == "Sửa chưa gửi"


def test_mass_removal_stops_and_asks(live: LiveServer, device_factory) -> None:
    province = live.api("leader_tinh")
    b: Device = device_factory("leader_b")
    b.sync()
    before = b.replica.count_records()
    ids = []
    for i in range(before + 25):
        created = province.push_one("task", "create", resolution_number="NQ-PURGE", title=f"Nhiệm vụ {i}",
                                    lead_unit_id=live.org.commune_a, cooperating_unit_ids=[live.org.commune_b])
        ids.append((created["record"]["id"], created["version"]))
    b.sync()
    total = b.replica.count_records()
    for task_id, version in ids:
        province.push_one("task", "update", task_id, version, cooperating_unit_ids=[])
    cursor = b.replica.feed_cursor()
    with pytest.raises(MassPurgeError) as stopped:
        b.sync()
    assert "--allow-mass-purge" in str(stopped.value)
    # The pages were stored (the cursor moved on) with their removals staged, none applied.
    assert b.replica.count_records() == total and (b.replica.feed_cursor() or 0) > (cursor or 0)
    assert "remove" in (b.engine.status().last_error or "")
    b.sync(allow_mass_purge=True)
    assert b.replica.count_records() == total - len(ids)


def test_revoked_device_wipes_its_profile(live: LiveServer, device_factory) -> None:
    clerk: Device = device_factory("clerk_a")
    clerk.sync()
    folder = clerk.opened.folder
    db = open_database(live.settings.database_url)
    with db.write() as session:
        revoke_device(session, clerk.replica.device_id() or "")
        session.commit()
    db.engine.dispose()
    with pytest.raises(DeviceRevokedError):
        clerk.sync()
    assert not folder.exists()
    with pytest.raises(ProfileNotFoundError):
        clerk.profiles.find("clerk_a")


def test_outbox_rows_are_wire_valid_for_every_local_write_path(live: LiveServer, device_factory) -> None:
    from client.cache.records import NoteRecord, TaskRecord

    leader: Device = device_factory("leader_a")
    doc = DocumentRecord(kind="outgoing", doc_type="Kế hoạch", summary="Kế hoạch", recipients=["Xã B"],
                         issued_date="01/03/2025", owner_unit_id="ignored-locally")
    leader.store.add_document(doc)
    leader.store.add_note(NoteRecord(document_id=doc.id, author_name="Hà", text="Trình ký"))
    task = TaskRecord(resolution_number="57-NQ/TW", title="Số hóa", lead_unit_id=live.org.commune_a,
                      indicators=[{"name": "Hồ sơ", "target": 100}])
    leader.store.add_tasks([task])
    leader.store.add_report(ReportRecord(task_id=task.id, text="Quý I", author_name="Hà", figures={"Hồ sơ": 40},
                                         progress_percent=40))
    report = leader.sync()
    assert (report.push.applied, report.push.rejected) == (4, 0), leader.engine.status().failed
    with leader.opened.engine.connect() as conn:
        assert conn.execute(select(outbox)).all() == []
    server = live.api("leader_a").all_changes()
    assert server[task.id]["record"]["progress_percent"] == 40
    assert server[task.id]["record"]["indicators"][0]["actual"] == 40
    assert server[doc.id]["record"]["issued_date"] == "2025-03-01"


def test_nothing_new_is_one_round_trip(live: LiveServer, device_factory) -> None:
    clerk: Device = device_factory("clerk_a")
    clerk.sync()
    assert clerk.sync().round_trips == 1


def test_expired_access_token_is_refreshed(live: LiveServer, device_factory) -> None:
    clerk: Device = device_factory("clerk_a")
    _access, _expires, refresh = clerk.replica.load_tokens()
    clerk.replica.save_tokens("v1.bad.token", 4_000_000_000, refresh or "")
    clerk.sync()  # 401 -> refresh -> retried
    new_access, _, new_refresh = clerk.replica.load_tokens()
    assert new_access and new_access != "v1.bad.token" and new_refresh != refresh


def test_server_database_has_no_duplicate_mutations(live: LiveServer) -> None:
    engine = create_engine(live.settings.database_url)
    with engine.connect() as conn:
        dupes = conn.execute(text("SELECT device_id, device_seq, count(*) FROM applied_mutations "
                                  "GROUP BY device_id, device_seq HAVING count(*) > 1")).all()
    engine.dispose()
    assert dupes == []


def test_words_inside_a_downloaded_pdf_are_searchable(live: LiveServer, device_factory, tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="Phuong an phong chong lu quet tai ban Seo Mi Ty")
    source = tmp_path / "phuong-an.pdf"
    pdf.output(str(source))
    clerk: Device = device_factory("clerk_a")
    doc = DocumentRecord(kind="incoming", doc_type="Kế hoạch", summary="Kế hoạch ứng phó thiên tai")
    clerk.store.add_document(doc, [source])
    clerk.sync()

    reader: Device = device_factory("leader_a")
    reader.sync()
    assert [r["id"] for r in reader.store.search("seo mi ty")] == [doc.id]
