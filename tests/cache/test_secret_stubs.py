"""Secret documents are register entries only (Law 117/2025/QH15 Art. 5(2)): the store refuses their content at
every entrance, a secrecy upgrade purges what a document held, and migration 0007 purges an existing cache."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from client.cache.importing import ImportFileError, bundle_id, import_bundle, read_bundle
from client.cache.profile import DATABASE_FILE, VAULT_DIR, OpenProfile, Profiles
from client.cache.record_bases import read_base
from client.cache.replica import CacheReplica
from client.cache.schema import document_attachments, documents, outbox, units
from client.cache.search import DocumentFilter
from client.cache.secret_purge import take_notice
from client.cache.secret_stubs import SecretContentError
from client.cache.store import NewDocument
from client.cache.vault import Vault
from sync.protocol.domain import Secrecy
from tests.cache.conftest import COMMUNE, PASSWORD, cache_at, document, run_cli, sha256_of


def stub(**fields: object) -> object:
    """A secret register entry: stub fields and where the original is, nothing else."""
    values: dict[str, object] = {"summary": "", "secrecy": "Mật", "number_symbol": "12-CV/ĐU",
                                 "issuing_body": "Huyện ủy Bát Xát", "original_location": "Tủ mật văn thư"}
    values.update(fields)
    return document(**values)


def fts_hits(opened: OpenProfile, word: str) -> list[int]:
    with opened.engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?",
                                         (f'"{word}"',)).scalars())


def test_a_summary_on_a_secret_document_is_refused_with_its_code_and_nothing_is_stored(opened: OpenProfile) -> None:
    with pytest.raises(SecretContentError) as refused:
        opened.store.add_document(document(summary="Kế hoạch phòng thủ", secrecy="Mật"))
    assert refused.value.code == "secret_content"
    assert refused.value.params["fields"] == ["summary"]
    assert "original_location" in str(refused.value) and "secret-document system" in str(refused.value)
    assert opened.store.count_documents() == 0
    assert opened.store.pending_changes() == 0


def test_a_scan_attached_to_a_secret_document_is_refused_before_it_reaches_the_vault(
        opened: OpenProfile, make_pdf: Callable[..., Path]) -> None:
    scan = make_pdf("ban-chup.pdf", "Nội dung mật")
    with pytest.raises(SecretContentError) as refused:
        opened.store.add_document(stub(), [scan])
    assert refused.value.params["fields"] == ["attachments"]
    assert list(opened.vault.iter_hashes()) == []
    assert opened.store.count_documents() == 0


def test_a_register_entry_is_stored_and_found_by_its_number_not_by_its_signer(opened: OpenProfile) -> None:
    doc_id = opened.store.add_document(stub(signer="Nguyễn Văn Bảo"))
    row = opened.store.get_document(doc_id)
    assert (row["summary"], row["original_location"], row["secrecy"]) == ("", "Tủ mật văn thư", 1)
    assert [r["id"] for r in opened.store.search("12-CV")] == [doc_id]
    assert [r["id"] for r in opened.store.search("Bát Xát")] == [doc_id]
    assert opened.store.search("Bảo") == []
    assert opened.store.count_documents(DocumentFilter(secrecy=Secrecy.MAT)) == 1  # the registers count it


def test_an_import_naming_every_secret_document_with_content_stores_nothing(
        opened: OpenProfile, tmp_path: Path, make_pdf: Callable[..., Path]) -> None:
    folder = tmp_path / "bundle"
    folder.mkdir()
    make_pdf("mat.pdf").rename(folder / "mat.pdf")
    bundle = {"documents": [
        {"kind": "incoming", "doc_type": "Công văn", "summary": "Bình thường"},
        {"kind": "incoming", "doc_type": "Công văn", "number_symbol": "5-CV/HU", "summary": "Mật ghi rõ",
         "secrecy": "Mật"},
        {"kind": "incoming", "doc_type": "Kế hoạch", "number_symbol": "7-KH/HU", "secrecy": "Mật",
         "original_location": "Tủ mật", "attachments": ["mat.pdf"]},
    ]}
    path = folder / "import.json"
    path.write_text(json.dumps(bundle, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        import_bundle(opened.store, read_bundle(path))
    assert [(p.where, p.code) for p in refused.value.problems] == [
        ("documents[1].summary", "secret_content"), ("documents[2].attachments", "secret_content")]
    assert opened.store.count_documents() == 0
    assert list(opened.vault.iter_hashes()) == []


def test_an_edit_that_puts_a_summary_on_a_secret_entry_is_refused(opened: OpenProfile) -> None:
    doc_id = opened.store.add_document(stub())
    replica = CacheReplica(opened)
    with pytest.raises(SecretContentError):
        replica.edit("document", doc_id, {"summary": "Nội dung"})
    assert opened.store.get_document(doc_id)["summary"] == ""
    replica.edit("document", doc_id, {"original_location": "Hệ thống văn bản mật"})  # a stub field is fine
    assert opened.store.get_document(doc_id)["original_location"] == "Hệ thống văn bản mật"


def test_raising_a_document_to_mat_purges_its_summary_file_index_and_queued_content(
        opened: OpenProfile, make_pdf: Callable[..., Path]) -> None:
    pdf = make_pdf("ke-hoach.pdf", "Phương án bảo vệ kho xăng")
    doc_id = opened.store.add_document(document(summary="Phương án phòng thủ", number_symbol="3-PA/ĐU"), [pdf])
    assert fts_hits(opened, "kho") and fts_hits(opened, "phong")
    CacheReplica(opened).edit("document", doc_id, {"secrecy": 1})
    row = opened.store.get_document(doc_id)
    assert (row["summary"], row["attachments"]) == ("", [])
    assert not opened.vault.contains(sha256_of(pdf))
    assert fts_hits(opened, "kho") == [] and fts_hits(opened, "phong") == []
    assert [r["id"] for r in opened.store.search("3-PA")] == [doc_id]
    with opened.engine.connect() as conn:
        queued = conn.execute(select(outbox.c.op, outbox.c.fields).where(outbox.c.record_id == doc_id)).all()
    assert [op for op, _ in queued] == ["create"]  # not sent yet: the create itself now carries the stub
    assert queued[0].fields["summary"] == "" and queued[0].fields["attachments"] == []
    assert queued[0].fields["secrecy"] == 1
    assert take_notice(opened.engine) == 1
    assert take_notice(opened.engine) is None  # told once


def test_the_units_policy_keeps_a_summary_but_never_indexes_it(opened: OpenProfile) -> None:
    with opened.engine.execution_options(write=True).begin() as conn:
        conn.execute(insert(units).values(id=COMMUNE.id, code=COMMUNE.code, name=COMMUNE.name, level="commune",
                                          secret_summary_allowed=True, updated_at=datetime.now()))
    doc_id = opened.store.add_document(stub(summary="Về công tác bảo vệ"))
    assert opened.store.get_document(doc_id)["summary"] == "Về công tác bảo vệ"
    assert opened.store.search("công tác") == []
    with opened.engine.execution_options(write=True).begin() as conn:
        conn.execute(update(units).values(secret_summary_allowed=False))
    with pytest.raises(SecretContentError):
        opened.store.add_document(stub(summary="Về công tác bảo vệ"))


def test_every_connection_overwrites_deleted_content(opened: OpenProfile) -> None:
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def _base(opened: OpenProfile, doc_id: str) -> dict[str, object]:
    with opened.engine.connect() as conn:
        base = read_base(conn, documents, doc_id)
    assert base is not None
    return base


def _cache_at_0005(profiles: Profiles, tmp_path: Path, make_pdf: Callable[..., Path]) -> tuple[str, str, str]:
    """A profile whose cache is at revision 0005 and holds a secret document with its summary and its PDF."""
    engine, folder, data_key = cache_at(profiles, "0005")
    pdf = make_pdf("mat.pdf", "Danh sách cơ sở bí mật")
    sha = Vault(folder / VAULT_DIR, data_key).put_file(pdf)
    now = datetime.now()
    secret_id, plain_id = "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"
    with engine.execution_options(write=True).begin() as conn:
        conn.execute(insert(documents).values(
            id=secret_id, kind="incoming", doc_type="Công văn", summary="Danh sách cơ sở", secrecy=1,
            status="received", recipients=[], urgency=0, unread=True, created_at=now, updated_at=now,
            number_symbol="9-CV/HU"))
        # The server copy in the documents table, where 0015 finds it (today's table has no such column).
        conn.exec_driver_sql("UPDATE documents SET base = ? WHERE id = ?", (json.dumps(
            {"id": secret_id, "summary": "Danh sách cơ sở", "secrecy": 1}, ensure_ascii=False), secret_id))
        conn.execute(insert(documents).values(
            id=plain_id, kind="incoming", doc_type="Công văn", summary="Lịch họp", secrecy=0, status="received",
            recipients=[], urgency=0, unread=True, created_at=now, updated_at=now))
        conn.execute(insert(document_attachments).values(
            document_id=secret_id, sha256=sha, name="mat.pdf", size=pdf.stat().st_size, mime="application/pdf",
            position=0, text="danh sach co so bi mat", present=True))
    engine.dispose()
    return secret_id, plain_id, sha


def test_a_cache_at_0005_holding_secret_content_is_upgraded_clean_and_the_user_told_once(
        profiles: Profiles, tmp_path: Path, make_pdf: Callable[..., Path]) -> None:
    secret_id, plain_id, sha = _cache_at_0005(profiles, tmp_path, make_pdf)
    with profiles.open("lan.nt", PASSWORD) as opened:
        secret = opened.store.get_document(secret_id)
        assert (secret["summary"], secret["attachments"], _base(opened, secret_id)) == (
            "", [], {"id": secret_id, "summary": "", "secrecy": 1, "attachments": []})
        assert opened.store.get_document(plain_id)["summary"] == "Lịch họp"
        assert not opened.vault.contains(sha)
        assert fts_hits(opened, "danh") == [] and fts_hits(opened, "bi") == []
        assert [r["id"] for r in opened.store.search("lich hop")] == [plain_id]
        assert [r["id"] for r in opened.store.search("9-CV")] == [secret_id]
        assert take_notice(opened.engine) == 1
    with profiles.open("lan.nt", PASSWORD) as opened:
        assert take_notice(opened.engine) is None


def test_an_unsent_edit_of_content_is_stripped_when_the_server_raises_the_document(opened: OpenProfile) -> None:
    """A pulled secrecy upgrade: the stub is stored, the queued summary leaves the outbox, the conflict too."""
    from sync.engine.replica import IncomingChange

    replica = CacheReplica(opened)
    doc_id = "00000000-0000-4000-8000-0000000000aa"
    base = {"id": doc_id, "version": 1, "unit_id": COMMUNE.id, "kind": "incoming", "status": "received",
            "doc_type": "Công văn", "summary": "Lịch trực", "secrecy": 0}
    replica.apply_changes([IncomingChange("document", doc_id, "upsert", 1, base)], 1)
    replica.edit("document", doc_id, {"summary": "Lịch trực chỉ huy"})
    raised = {**base, "version": 2, "secrecy": 1, "summary": "Lịch trực có nội dung"}
    replica.apply_changes([IncomingChange("document", doc_id, "upsert", 2, raised)], 2)
    row = opened.store.get_document(doc_id)
    assert (row["summary"], row["secrecy"], _base(opened, doc_id)["summary"]) == ("", 1, "")
    assert replica.open_conflicts() == []
    with opened.engine.connect() as conn:
        for fields in conn.execute(select(outbox.c.fields).where(outbox.c.record_id == doc_id)).scalars():
            assert not fields.get("summary")
    assert opened.store.search("lich truc") == []


def test_a_secret_document_in_a_bundle_keeps_its_notes_but_they_are_not_searchable(
        opened: OpenProfile, tmp_path: Path) -> None:
    path = tmp_path / "import.json"
    path.write_text(json.dumps({
        "documents": [{"id": "mat-1", "kind": "incoming", "doc_type": "Công văn", "secrecy": "Mật",
                       "number_symbol": "4-CV/HU", "original_location": "Tủ mật"}],
        "notes": [{"document_id": "mat-1", "author_name": "Lan", "text": "Đã trình đồng chí Bí thư"}],
    }, ensure_ascii=False), encoding="utf-8")
    import_bundle(opened.store, read_bundle(path))
    assert opened.store.count_documents() == 1
    assert opened.store.search("trinh dong chi") == []


def test_a_document_not_marked_secret_keeps_its_content(opened: OpenProfile) -> None:
    """The guard is for secret documents only: an ordinary one with a summary and no location is stored."""
    store = opened.store
    store.add_documents([NewDocument(document(summary="Lịch công tác tuần"))])
    assert [r["summary"] for r in store.search("lich cong tac")] == ["Lịch công tác tuần"]


def test_the_command_line_shows_a_register_entry_and_refuses_an_import_with_content(tmp_path: Path) -> None:
    home = tmp_path / "profiles"
    user = "van.thu"
    created = run_cli(home, "profile", "create", "--user", user, "--unit-code", "XHB", "--unit-name", "Đảng ủy xã")
    assert created.returncode == 0, created.stderr
    entry = tmp_path / "entry.json"
    entry.write_text(json.dumps({"documents": [
        {"id": "mat-2", "kind": "incoming", "doc_type": "Công văn", "number_symbol": "6-CV/HU", "secrecy": "Mật",
         "original_location": "Tủ mật văn thư"}]}, ensure_ascii=False), encoding="utf-8")
    assert run_cli(home, "import", "--user", user, str(entry)).returncode == 0
    content = tmp_path / "content.json"
    content.write_text(json.dumps({"documents": [
        {"kind": "incoming", "doc_type": "Công văn", "secrecy": "Mật", "summary": "Danh sách cán bộ"}]},
        ensure_ascii=False), encoding="utf-8")
    refused = run_cli(home, "import", "--user", user, str(content))
    assert refused.returncode != 0
    assert "register entry only" in refused.stderr and "original_location" in refused.stderr
    assert "Danh sách" not in refused.stderr
    shown = run_cli(home, "show", "--user", user, bundle_id("mat-2")[:8])
    assert "register entry only — original: Tủ mật văn thư" in shown.stdout, shown.stderr
    listed = run_cli(home, "search", "--user", user, "6-CV")
    assert "register entry only — original: Tủ mật văn thư" in listed.stdout


def test_a_file_listed_on_a_secret_document_by_a_faulty_cache_is_never_fetched_nor_handed_out(
        opened: OpenProfile, tmp_path: Path) -> None:
    from client.office import OfficeSession

    doc_id = opened.store.add_document(stub())
    sha = "ab" * 32
    with opened.engine.execution_options(write=True).begin() as conn:  # what an older, faulty version left
        conn.execute(insert(document_attachments).values(document_id=doc_id, sha256=sha, name="mat.pdf", size=10,
                                                         mime="application/pdf", position=0, present=False))
    assert CacheReplica(opened).missing_attachments() == []
    session = OfficeSession(opened)
    with pytest.raises(SecretContentError):
        session.export_attachment(sha, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def _in_index_segments(opened: OpenProfile, word: str) -> bool:
    with opened.engine.connect() as conn:
        blocks = conn.exec_driver_sql("SELECT block FROM documents_fts_data").scalars().all()
    return any(word.lower().encode() in bytes(block) for block in blocks if block)


def test_a_summary_the_policy_keeps_leaves_the_index_segments_when_the_server_raises_the_document(
        opened: OpenProfile) -> None:
    from sync.engine.replica import IncomingChange

    with opened.engine.execution_options(write=True).begin() as conn:
        conn.execute(insert(units).values(id=COMMUNE.id, code=COMMUNE.code, name=COMMUNE.name, level="commune",
                                          secret_summary_allowed=True, updated_at=datetime.now()))
    replica = CacheReplica(opened)
    doc_id = "00000000-0000-4000-8000-0000000000bb"
    plain = {"id": doc_id, "version": 1, "unit_id": COMMUNE.id, "kind": "incoming", "status": "received",
             "doc_type": "Công văn", "summary": "Kế hoạch Xylophonqz", "secrecy": 0}
    replica.apply_changes([IncomingChange("document", doc_id, "upsert", 1, plain)], 1)
    assert _in_index_segments(opened, "xylophonqz")
    replica.apply_changes([IncomingChange("document", doc_id, "upsert", 2, {**plain, "version": 2, "secrecy": 1})], 2)
    assert opened.store.get_document(doc_id)["summary"] == "Kế hoạch Xylophonqz"  # the unit's policy keeps it
    assert not _in_index_segments(opened, "xylophonqz")
    assert opened.store.search("xylophonqz") == []


def test_a_purge_that_frees_much_of_the_file_compacts_it_and_empties_the_log(opened: OpenProfile) -> None:
    doc_id = opened.store.add_document(document(summary="Báo cáo dài", number_symbol="20-BC/ĐU"))
    with opened.engine.execution_options(write=True).begin() as conn:  # the text layer of a long scanned report
        conn.execute(insert(document_attachments).values(
            document_id=doc_id, sha256="cd" * 32, name="bao-cao.pdf", size=1, mime="application/pdf", position=0,
            text=" ".join(f"trang{i} noi dung bao cao" for i in range(200_000)), present=True))

    def pages() -> tuple[int, int]:
        with opened.engine.connect() as conn:
            return (int(conn.exec_driver_sql("PRAGMA page_count").scalar_one()),
                    int(conn.exec_driver_sql("PRAGMA freelist_count").scalar_one()))

    before, _ = pages()
    CacheReplica(opened).edit("document", doc_id, {"secrecy": 1})
    after, free = pages()
    assert free == 0 and after < before / 2
    wal = opened.folder / (DATABASE_FILE + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
