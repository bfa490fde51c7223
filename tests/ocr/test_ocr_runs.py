"""OCR runs through the office layer on a real encrypted profile: the text reaches the search index, a stopped run
resumes where it stopped, a bad file is set aside alone, and a document made secret loses its recognised text."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from sqlalchemy import delete, func, select

from client.cache.ocr_pages import DONE, FAILED, RUNNING
from client.cache.records import DocumentRecord
from client.cache.schema import attachment_ocr, attachment_ocr_pages, documents
from client.cache.vault_refs import release_unreferenced
from client.ocr.errors import UNREADABLE
from client.office import OfficeSession
from tests.pdfs import write_pdf
from tests.scans import PROSE, character_error_rate, image_only_pdf, png_bytes


def _add(session: OfficeSession, path: Path, summary: str = "Bản quét") -> tuple[str, str]:
    record = DocumentRecord.model_validate({"kind": "incoming", "doc_type": "Công văn", "summary": summary,
                                            "owner_unit_id": session.info.unit.id})
    session.add_document(record, [path])
    attachment = session.document(record.id)["attachments"][0]
    return record.id, attachment["sha256"]


def _found(session: OfficeSession, words: str) -> list[str]:
    return [row["id"] for row in session.search(words)]


def test_a_scan_becomes_searchable_once_recognised(session: OfficeSession, prose_200: list[Image.Image],
                                                  tmp_path: Path) -> None:
    doc_id, sha = _add(session, image_only_pdf(tmp_path / "scan.pdf", prose_200, 200))
    assert _found(session, "ho ngheo") == []  # image-only: no word of it is searchable yet
    assert session.recognition(sha).state is None  # never tried: the viewer tells the clerk
    seen: list[tuple[int, int]] = []
    report, changes = session.recognise_scans(progress=lambda done, total, _name: seen.append((done, total)))
    assert report.finished == [sha] and not report.stopped
    assert changes.views  # the lists are refreshed
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    assert _found(session, "ho ngheo") == [doc_id]  # words of page 1, folded
    assert _found(session, "chu ky so") == [doc_id]  # words of page 2
    state = session.recognition(sha)
    assert (state.state, state.pages, state.pages_done) == (DONE, 2, 2)
    text = session.recognised_text(sha) or ""
    assert character_error_rate(" ".join(PROSE[:2]), text) < 0.05
    again, _ = session.recognise_scans()
    assert again.finished == []  # done once, never read again


def test_a_cancelled_run_resumes_at_the_first_page_not_read(session: OfficeSession, prose_200: list[Image.Image],
                                                           tmp_path: Path) -> None:
    doc_id, sha = _add(session, image_only_pdf(tmp_path / "scan.pdf", prose_200, 200))
    seen: list[int] = []
    report, _ = session.recognise_scans(progress=lambda done, _total, _name: seen.append(done),
                                        cancelled=lambda: len(seen) >= 2)  # stop after the first page is read
    assert report.stopped and report.finished == []
    state = session.recognition(sha)
    assert (state.state, state.pages_done) == (RUNNING, 1)
    assert _found(session, "ho ngheo") == []  # a half-read file is not indexed yet
    resumed: list[tuple[int, int]] = []
    report, _ = session.recognise_scans(progress=lambda done, total, _name: resumed.append((done, total)))
    assert report.finished == [sha]
    assert resumed == [(1, 2), (2, 2)]  # page 1 was not read a second time
    assert _found(session, "ho ngheo") == [doc_id] and _found(session, "chu ky so") == [doc_id]


def test_a_damaged_scan_is_set_aside_and_the_others_are_read(session: OfficeSession, prose_200: list[Image.Image],
                                                            tmp_path: Path) -> None:
    broken = tmp_path / "hong.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n but the rest was lost on the USB stick")
    _, bad = _add(session, broken, "Bản quét hỏng")
    image = tmp_path / "trang.png"
    image.write_bytes(png_bytes(prose_200[0]))
    good_id, good = _add(session, image)
    report, _ = session.recognise_scans()
    assert report.failed == {bad: UNREADABLE}
    assert report.finished == [good]
    assert session.recognition(bad).state == FAILED and session.recognition(bad).reason == UNREADABLE
    assert _found(session, "ho ngheo") == [good_id]
    assert session.recognise_scans()[0].failed == {}  # not tried again at every run...
    session.retry_recognition(bad)
    assert session.recognise_scans()[0].failed == {bad: UNREADABLE}  # ...until the clerk asks


def test_a_pdf_with_its_own_text_layer_is_not_recognised(session: OfficeSession, tmp_path: Path) -> None:
    _, sha = _add(session, write_pdf(tmp_path / "typed.pdf", "Nghị quyết về chuyển đổi số"))
    report, _ = session.recognise_scans()
    assert report.finished == [] and session.recognition(sha).state is None


def test_a_document_made_secret_loses_its_recognised_text(session: OfficeSession, prose_200: list[Image.Image],
                                                         tmp_path: Path) -> None:
    doc_id, sha = _add(session, image_only_pdf(tmp_path / "scan.pdf", prose_200[:1], 200))
    session.recognise_scans()
    assert session.recognised_text(sha)
    session.edit_document(doc_id, {"secrecy": 1, "original_location": "Tủ mật văn phòng"})
    with session.store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(attachment_ocr_pages)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(attachment_ocr)).scalar() == 0
    assert _found(session, "ho ngheo") == []
    assert session.recognise_scans()[0].finished == []  # nothing of a secret entry is read


def test_suggestions_for_a_scan_being_registered(session: OfficeSession, resolution_300: Image.Image,
                                                 tmp_path: Path) -> None:
    scan = image_only_pdf(tmp_path / "nghị quyết.pdf", [resolution_300], 300)
    found = session.suggest_from_scan(scan)
    assert found.number_symbol == "57-NQ/ĐU" and found.doc_type == "Nghị quyết"


def test_a_released_scan_takes_its_recognised_text_along(session: OfficeSession, prose_200: list[Image.Image],
                                                        tmp_path: Path) -> None:
    record = DocumentRecord.model_validate({"kind": "incoming", "doc_type": "Công văn", "summary": "Bản quét",
                                            "status": "received"})
    doc_id = session.store.add_document(record, [image_only_pdf(tmp_path / "scan.pdf", prose_200[:1], 200)],
                                        local=False)  # as a sync stores it: no unsent change holds the file
    sha = session.document(doc_id)["attachments"][0]["sha256"]
    session.recognise_scans()
    assert session.recognition(sha).state == DONE
    with session.store.engine.execution_options(write=True).begin() as conn:  # the document leaves the unit
        conn.execute(delete(documents).where(documents.c.id == doc_id))
    release_unreferenced(session.store.engine, session.store.vault, [sha])
    assert not session.store.vault.contains(sha)
    assert session.recognition(sha).state is None and session.ocr_pages.text(sha) is None
