"""The PDF viewer's tools a clerk needs: zoom, pages, print and save a copy; and date fields that take typing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from client.cache.records import DocumentRecord
from client.office import OfficeSession
from client.ui.attachment_viewer import AttachmentViewer
from client.ui.date_field import DateField, date_field


def _pages_pdf(path: Path, pages: int) -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=14)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"Trang {number + 1}")
    pdf.output(str(path))
    return path


def _viewer_with_pdf(qtbot, make_profile: Callable[..., OfficeSession], tmp_path: Path,
                     pages: int = 3) -> tuple[AttachmentViewer, OfficeSession, dict]:
    session = make_profile(0, with_pdf=False)
    doc_id = session.store.add_document(
        DocumentRecord(kind="incoming", number_symbol="9-KH/DU", doc_type="Kế hoạch", summary="Kế hoạch năm",
                       issuing_body="Đảng ủy", issued_date=date.today(), status="received"),
        [_pages_pdf(tmp_path / "ke-hoach.pdf", pages)],
        local=False,
    )
    attachment = session.document(doc_id)["attachments"][0]
    viewer = AttachmentViewer()
    qtbot.addWidget(viewer)
    viewer.resize(700, 600)
    viewer.show()
    qtbot.waitExposed(viewer)
    with qtbot.waitSignal(viewer.shown, timeout=10_000) as shown:
        viewer.show_attachment(session, attachment)
    assert shown.args == ["pdf"]
    qtbot.waitUntil(lambda: viewer.pdf_document.status() == QPdfDocument.Status.Ready)
    return viewer, session, attachment


def test_the_pdf_viewer_zooms_with_buttons_and_keys(qtbot, make_profile, tmp_path: Path) -> None:
    viewer, _session, _attachment = _viewer_with_pdf(qtbot, make_profile, tmp_path)
    assert viewer.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fit = viewer.zoom_factor()
    viewer.zoom_in_action.trigger()
    assert viewer.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    assert viewer.zoom_factor() > fit
    viewer.activateWindow()
    viewer.pdf_view.setFocus()
    zoomed = viewer.zoom_factor()
    qtbot.keyClick(viewer.pdf_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom_factor() < zoomed
    qtbot.keyClick(viewer.pdf_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert abs(viewer.zoom_factor() - zoomed) < 1e-6
    qtbot.keyClick(viewer.pdf_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_the_pdf_viewer_shows_the_page_and_moves_between_pages(qtbot, make_profile, tmp_path: Path) -> None:
    viewer, _session, _attachment = _viewer_with_pdf(qtbot, make_profile, tmp_path)
    assert viewer.page_label.text() == "Page 1 of 3"
    assert not viewer.previous_action.isEnabled() and viewer.next_action.isEnabled()
    viewer.next_action.trigger()
    qtbot.waitUntil(lambda: viewer.page_label.text() == "Page 2 of 3")
    viewer.next_action.trigger()
    qtbot.waitUntil(lambda: viewer.page_label.text() == "Page 3 of 3")
    assert not viewer.next_action.isEnabled()
    viewer.previous_action.trigger()
    qtbot.waitUntil(lambda: viewer.page_label.text() == "Page 2 of 3")


def test_printing_renders_every_page(qtbot, make_profile, tmp_path: Path) -> None:
    viewer, _session, _attachment = _viewer_with_pdf(qtbot, make_profile, tmp_path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(viewer.printed, timeout=20_000) as printed:
        viewer.print_to(printer)
    assert printed.args == [3]
    assert len(PdfReader(out).pages) == 3
    assert "3 page" in viewer.status.text()


def test_save_a_copy_writes_the_decrypted_bytes_through_the_session(qtbot, make_profile, tmp_path: Path) -> None:
    viewer, session, attachment = _viewer_with_pdf(qtbot, make_profile, tmp_path)
    target = tmp_path / "out" / "ban-sao.pdf"
    target.parent.mkdir()
    viewer.ask_save_path = lambda suggested: str(target)  # type: ignore[method-assign]  # the dialog's seam
    with qtbot.waitSignal(viewer.copySaved, timeout=10_000):
        viewer.save_action.trigger()
    assert target.read_bytes() == session.attachment_bytes(attachment["sha256"])
    assert "ban-sao.pdf" in viewer.status.text()


def test_a_date_typed_over_a_selected_date_replaces_it(qtbot) -> None:
    field = date_field("Date of issue", QDate(2025, 3, 4))
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    assert field.displayFormat() == "dd/MM/yyyy" and field.accessibleName() == "Date of issue"
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "25/12/2026")
    assert field.date() == QDate(2026, 12, 25)
    for typed, expected in (("7/3/2024", QDate(2024, 3, 7)), ("01022024", QDate(2024, 2, 1)),
                            ("31.1.2027", QDate(2027, 1, 31))):
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, typed)
        assert field.date() == expected, typed
    assert isinstance(field, DateField)


def _show(qtbot, viewer: AttachmentViewer, session: OfficeSession, attachment: dict) -> list:
    with qtbot.waitSignal(viewer.shown, timeout=10_000) as shown:
        viewer.show_attachment(session, attachment)
    return shown.args


def _stored(session: OfficeSession, path: Path) -> dict:
    doc_id = session.store.add_document(
        DocumentRecord(kind="incoming", number_symbol="3-CV/DU", doc_type="Công văn", summary="Công văn",
                       issuing_body="Đảng ủy", issued_date=date.today(), status="received"), [path], local=False)
    return session.document(doc_id)["attachments"][0]


def _encrypted_pdf(tmp_path: Path, password: str) -> Path:
    from pypdf import PdfWriter
    writer = PdfWriter(clone_from=_pages_pdf(tmp_path / "plain.pdf", 2))
    writer.encrypt(password)
    target = tmp_path / "mat-khau.pdf"
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def test_a_password_protected_pdf_asks_for_its_password_again_until_it_opens(
        qtbot, make_profile, tmp_path: Path) -> None:
    session = make_profile(0, with_pdf=False)
    attachment = _stored(session, _encrypted_pdf(tmp_path, "bi-mat-2025"))
    viewer = AttachmentViewer()
    qtbot.addWidget(viewer)
    asked: list[bool] = []
    answers = iter(["sai", "bi-mat-2025"])
    viewer.ask_password = lambda retry: asked.append(retry) or next(answers)  # type: ignore[method-assign]
    with qtbot.waitSignal(viewer.shown, timeout=10_000, check_params_cb=lambda kind: kind == "pdf"):
        viewer.show_attachment(session, attachment)
    assert asked == [False, True]
    assert viewer.pdf_document.pageCount() == 2 and "Trang 2" in viewer.pdf_document.getAllText(1).text()


def test_a_cancelled_password_offers_save_a_copy_and_another_program(
        qtbot, make_profile, tmp_path: Path) -> None:
    session = make_profile(0, with_pdf=False)
    source = _encrypted_pdf(tmp_path, "bi-mat-2025")
    attachment = _stored(session, source)
    viewer = AttachmentViewer()
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.ask_password = lambda retry: None  # type: ignore[method-assign]
    assert _show(qtbot, viewer, session, attachment) == ["message"]
    assert "password" in viewer.message.text()
    assert viewer.save_other_button.isVisible() and viewer.open_other_button.isVisible()
    handed: list[Path] = []
    viewer.hand_to_system = handed.append  # type: ignore[method-assign]  # no real program in a test
    with qtbot.waitSignal(viewer.openedElsewhere, timeout=10_000):
        viewer.open_other_button.click()
    copy = handed[0]
    assert copy.read_bytes() == source.read_bytes() and copy.name == "mat-khau.pdf"
    viewer.clear()  # another attachment shown: the private copy goes
    assert not copy.exists() and not copy.parent.exists()


def test_a_file_the_viewer_cannot_show_can_be_saved_or_opened_elsewhere(
        qtbot, make_profile, tmp_path: Path) -> None:
    session = make_profile(0, with_pdf=False)
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 500)
    attachment = _stored(session, broken)
    viewer = AttachmentViewer()
    qtbot.addWidget(viewer)
    viewer.show()
    assert _show(qtbot, viewer, session, attachment) == ["message"]
    assert viewer.save_other_button.isVisible() and viewer.open_other_button.isVisible()
    target = tmp_path / "ban-sao.pdf"
    viewer.ask_save_path = lambda suggested: str(target)  # type: ignore[method-assign]  # the dialog's seam
    with qtbot.waitSignal(viewer.copySaved, timeout=10_000):
        viewer.save_other_button.click()
    assert target.read_bytes() == broken.read_bytes()


def test_the_pdf_is_parsed_off_the_gui_thread(qtbot, make_profile, tmp_path: Path, monkeypatch) -> None:
    import threading
    threads: list[int] = []
    original = QPdfDocument.load

    def recording(document: QPdfDocument, source: object) -> object:
        threads.append(threading.get_ident())
        return original(document, source)

    monkeypatch.setattr(QPdfDocument, "load", recording)  # Qt's method, recorded and still called
    viewer, _session, _attachment = _viewer_with_pdf(qtbot, make_profile, tmp_path, pages=40)
    assert threads and threading.main_thread().ident not in threads
    assert viewer.pdf_document.thread() is viewer.thread() and viewer.pdf_document.pageCount() == 40
