"""Secret documents are register entries only (issue 12, Law 117/2025): the stub view, the stub form, the refusal's
wording, the one-time purge notice, and the registers that still count them. Clicked and typed on real widgets over
a real encrypted profile."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPlainTextEdit

from client.cache.profile import Profiles
from client.office import DocumentFilter, DocumentRecord, Office, OfficeError, OfficeSession, Problem
from client.office.secret_entries import (
    CONTENT_ACTIONS,
    ORIGINAL_LOCATIONS,
    SecretEntry,
    register_secret_entry,
)
from client.ui import worker
from client.ui.app import AppController
from client.ui.digitize_dialog import DigitizeDialog
from client.ui.document_form import FileList
from client.ui.error_text import describe, describe_refusal
from client.ui.main_window import OUTGOING, MainWindow
from client.ui.models.document_table import COLUMN_INDEX
from client.ui.secret_purge_notice import purge_message
from client.ui.settings import AppSettings
from sync.protocol.domain import Secrecy
from tests.ui.conftest import make_pdf, type_text

SAFE, SECRET_SYSTEM = ORIGINAL_LOCATIONS


def _window(qtbot, session: OfficeSession, settings: AppSettings) -> MainWindow:
    window = MainWindow(session, settings, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    return window


def _stub(session: OfficeSession, number: str = "12-CV/HU", where: str = SAFE, kind: str = "incoming") -> str:
    changes = register_secret_entry(session, SecretEntry(kind=kind, number_symbol=number, doc_type="Công văn",
                                                         issuing_body="Huyện ủy Bát Xát", issued_date=date.today(),
                                                         original_location=where))
    return next(iter(changes.records))


def _open(qtbot, window: MainWindow, doc_id: str) -> None:
    model = window.incoming.model
    qtbot.waitUntil(lambda: any(model.row_data(r)["id"] == doc_id for r in range(model.rowCount())), timeout=10_000)
    row = next(r for r in range(model.rowCount()) if model.row_data(r)["id"] == doc_id)
    with qtbot.waitSignal(window.incoming.document.loaded, timeout=10_000):
        window.incoming.table.setCurrentIndex(model.index(row, 0))


def _field_rows(view) -> dict[str, str]:  # type: ignore[no-untyped-def]
    form = view.fields_form
    return {form.itemAt(r, form.ItemRole.LabelRole).widget().text().rstrip(":"):
            form.itemAt(r, form.ItemRole.FieldRole).widget().text() for r in range(form.rowCount())}


# -- the stub view ------------------------------------------------------------------------------------------------

def test_a_secret_entry_shows_its_badge_and_where_the_original_is_and_no_content(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    session = make_profile(0, with_pdf=False)
    doc_id = _stub(session, where="Đồng chí Bí thư Nguyễn Văn An")
    window = _window(qtbot, session, settings)
    _open(qtbot, window, doc_id)
    view = window.incoming.document
    assert view.secret_banner.isVisible()
    assert "Secret" in view.secret_banner.badge.text()
    assert view.secret_banner.location.text() == "Register entry only — original: Đồng chí Bí thư Nguyễn Văn An"
    assert view.heading.text() == "12-CV/HU — Register entry only"
    fields = _field_rows(view)
    assert "Summary" not in fields  # the unit's policy allows none by default
    assert fields["Original kept at"] == "Đồng chí Bí thư Nguyễn Văn An"
    assert not view.tabs.isTabVisible(view.tabs.indexOf(view.attachments_page))
    assert view.attachments.count() == 0
    assert not view.viewer.print_action.isEnabled() and not view.viewer.save_action.isEnabled()
    assert not view.viewer.save_image_action.isEnabled()
    offered = session.available_actions(view.document)
    assert not offered & CONTENT_ACTIONS
    assert view.register_button.isEnabled() == ("register" in offered)  # the workflow stays, by the same table


def test_a_secret_entry_from_the_server_shows_neither_file_nor_print_or_save(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings, tmp_path: Path
) -> None:
    # The cache keeps a secret document as its stub whatever arrives (client/cache/secret_stubs.py); the screen
    # offers nothing of content beside an ordinary document that has a file.
    session = make_profile(0, with_pdf=False)
    pdf = make_pdf(tmp_path / "thuong.pdf", "Nội dung thường", "Huyện ủy")
    secret = DocumentRecord(kind="incoming", number_symbol="7-CV/HU", doc_type="Công văn", summary="",
                            secrecy=Secrecy.MAT, status="received")
    normal = DocumentRecord(kind="incoming", number_symbol="8-CV/HU", doc_type="Công văn", summary="Về việc thường",
                            status="received")
    session.store.add_document(secret, [], local=False)
    session.store.add_document(normal, [pdf], local=False)
    window = _window(qtbot, session, settings)
    view = window.incoming.document

    with qtbot.waitSignal(view.viewer.shown, timeout=10_000):
        _open(qtbot, window, normal.id)
    assert view.attachments.count() == 1 and view.viewer.print_action.isEnabled()
    assert not view.secret_banner.isVisible()

    _open(qtbot, window, secret.id)
    assert view.secret_banner.isVisible() and view.secret_banner.location.text().endswith("original: not recorded")
    assert view.attachments.count() == 0 and view.viewer.currentIndex() == 0  # the message page, not the PDF
    assert not view.tabs.isTabVisible(view.tabs.indexOf(view.attachments_page))
    assert not view.viewer.print_action.isEnabled() and not view.viewer.save_action.isEnabled()
    assert "Summary" not in _field_rows(view)  # no trích yếu without the unit's policy


def test_the_stub_view_reads_vietnamese(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings, vietnamese: None
) -> None:
    session = make_profile(0, with_pdf=False)
    doc_id = _stub(session)
    window = _window(qtbot, session, settings)
    _open(qtbot, window, doc_id)
    banner = window.incoming.document.secret_banner
    assert banner.location.text() == "Chỉ là mục đăng ký — bản gốc: Két sắt của văn thư"
    assert "Mật" in banner.badge.text()
    assert window.incoming.document.heading.text() == "12-CV/HU — Chỉ là mục đăng ký"


# -- the stub form ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "where"), [("incoming", SAFE), ("outgoing", SECRET_SYSTEM),
                                             ("incoming", "Đồng chí Phó Bí thư Lê Thị Hoa")])
def test_the_stub_form_registers_a_paper_secret_document_with_its_stub_fields_only(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings, kind: str, where: str
) -> None:
    session = make_profile(0, with_pdf=False)
    window = _window(qtbot, session, settings)
    form = window.new_secret_entry(kind)
    assert not form.findChildren(QPlainTextEdit) and not form.findChildren(FileList)  # no summary, no scan
    assert [form.secrecy.itemData(i) for i in range(form.secrecy.count())] == [int(Secrecy.MAT)]
    assert [form.location.itemText(i) for i in range(form.location.count())] == list(ORIGINAL_LOCATIONS)
    type_text(qtbot, form.number, "03-BC/HU")
    form.location.setEditText("")
    type_text(qtbot, form.location.lineEdit(), where)
    with qtbot.waitSignal(form.changed, timeout=10_000):
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    doc = session.document(form.entry_id or "")
    assert (doc["kind"], doc["number_symbol"], doc["secrecy"]) == (kind, "03-BC/HU", 1)
    assert doc["summary"] == "" and doc["attachments"] == []
    assert doc["original_location"] == where
    assert window.pages.currentIndex() == (0 if kind == "incoming" else OUTGOING)


def test_the_stub_form_refuses_an_entry_that_does_not_say_where_the_original_is(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    session = make_profile(0, with_pdf=False)
    form = _window(qtbot, session, settings).new_secret_entry("incoming")
    form.location.setEditText("   ")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert form.message.text() == "Please check: where the original is kept"
    assert form.isVisible() and session.count_documents() == 0


@pytest.mark.parametrize(("changes", "why"), [({"secrecy": Secrecy.NONE}, "a register entry only is for a secret"),
                                              ({"kind": "draft"}, "never drafted on this computer"),
                                              ({"summary": "Nội dung"}, "Extra inputs are not permitted")])
def test_a_register_entry_takes_only_secret_stub_fields(changes: dict[str, object], why: str) -> None:
    values = {"kind": "incoming", "doc_type": "Công văn", "original_location": SAFE, **changes}
    with pytest.raises(ValidationError, match=why):
        SecretEntry.model_validate(values)


def test_a_commune_cannot_register_a_document_above_mat(make_profile: Callable[..., OfficeSession]) -> None:
    session = make_profile(0, with_pdf=False)
    entry = SecretEntry(kind="incoming", doc_type="Công văn", secrecy=Secrecy.TOI_MAT, original_location=SAFE)
    with pytest.raises(OfficeError) as refused:
        register_secret_entry(session, entry)
    assert refused.value.code == "above_ceiling" and session.count_documents() == 0


def test_choosing_mat_in_the_normal_form_drops_the_scan_says_why_and_switches_to_the_stub_form(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings, tmp_path: Path
) -> None:
    session = make_profile(0, with_pdf=False)
    window = _window(qtbot, session, settings)
    form = window.new_document("incoming")
    type_text(qtbot, form.number, "21-CV/HU")
    type_text(qtbot, form.summary, "Nội dung không được lưu")
    form.files.add([make_pdf(tmp_path / "ban-scan.pdf", "Bản scan", "Huyện ủy")])
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)

    form.secrecy.setCurrentIndex(form.secrecy.findData(int(Secrecy.MAT)))
    assert form.files.paths == [] and form.files.count() == 0
    notice = form.secret_notice.text.text()
    assert "ban-scan.pdf" in notice and "Law 117/2025" in notice and "safe or in the secret-document system" in notice
    assert not save.isEnabled() and not form.add_files_button.isEnabled()
    form.submit()  # as Enter or a script would, past the disabled button: nothing of the content is stored
    worker.wait_for_idle()
    assert form.isVisible() and session.count_documents() == 0

    stub = form.switch_to_secret_entry()
    assert stub is not None and not form.isVisible() and stub.isVisible()
    assert stub.number.text() == "21-CV/HU" and stub.secrecy.currentData() == int(Secrecy.MAT)
    with qtbot.waitSignal(form.changed, timeout=10_000):  # the normal form's listeners hear the entry stored
        qtbot.mouseClick(stub.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    doc = session.document(stub.entry_id or "")
    assert doc["summary"] == "" and doc["attachments"] == []
    assert doc["original_location"] == SAFE


def test_choosing_normal_again_gives_the_normal_form_back(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    form = _window(qtbot, make_profile(0, with_pdf=False), settings).new_document("outgoing")
    form.secrecy.setCurrentIndex(form.secrecy.findData(int(Secrecy.MAT)))
    assert form.secret_notice.isVisible()
    form.secrecy.setCurrentIndex(form.secrecy.findData(int(Secrecy.NONE)))
    assert not form.secret_notice.isVisible()
    assert form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled() and form.files.isEnabled()


def test_an_internal_draft_cannot_be_secret_and_is_told_where_to_draft_it(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    form = _window(qtbot, make_profile(0, with_pdf=False), settings).new_document("draft")
    form.secrecy.setCurrentIndex(form.secrecy.findData(int(Secrecy.MAT)))
    assert "Draft it in the secret-document system" in form.secret_notice.text.text()
    assert not form.secret_notice.switch_button.isVisible() and form.switch_to_secret_entry() is None
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_scans_are_never_digitized_as_secret(qtbot, make_profile: Callable[..., OfficeSession]) -> None:
    dialog = DigitizeDialog(make_profile(0, with_pdf=False))
    qtbot.addWidget(dialog)
    assert [dialog.secrecy.itemData(i) for i in range(dialog.secrecy.count())] == [int(Secrecy.NONE)]


def test_the_correction_form_of_a_register_entry_has_no_summary_and_saves(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    session = make_profile(0, with_pdf=False)
    doc_id = _stub(session)
    window = _window(qtbot, session, settings)
    _open(qtbot, window, doc_id)
    dialog = window.incoming.document.open_edit()
    assert dialog is not None and not dialog.summary.isVisible()
    dialog.number.setText("12b-CV/HU")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.submit()
    assert session.document(doc_id)["number_symbol"] == "12b-CV/HU"


# -- the refusal's words ------------------------------------------------------------------------------------------

def test_secret_content_is_worded_in_english_and_vietnamese(vietnamese: None) -> None:
    error = OfficeError("secret_content", "a secret document is a register entry only; it may not carry summary",
                        fields=["summary", "attachments"])
    assert describe(error).startswith("Văn bản mật chỉ được lưu trên máy này dưới dạng mục đăng ký, không kèm "
                                      "trích yếu, tệp đính kèm")
    assert "Luật 117/2025" in describe(error)
    refused = Problem("secret_content", {"fields": ["attachments"]}, "refused")
    assert "tệp đính kèm" in describe_refusal(refused)


def test_secret_content_reads_english(qapp: object) -> None:
    error = OfficeError("secret_content", "plain", fields=["summary"])
    assert describe(error).startswith("A secret document is kept on this computer as a register entry only, without "
                                      "its summary: Law 117/2025")


# -- the one-time notice -------------------------------------------------------------------------------------------

def _notices(window: MainWindow) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox, "secretPurgeNotice")]


def _raise_to_secret(session: OfficeSession, count: int) -> None:
    """Raise `count` ordinary documents to Mật here: the cache purges their content and counts them for the notice."""
    for number in range(count):
        doc_id = next(iter(session.add_document(DocumentRecord(
            kind="incoming", number_symbol=f"{number + 40}-CV/HU", doc_type="Công văn", issuing_body="Huyện ủy",
            summary="Nội dung sẽ bị xóa", status="received")).records))
        session.edit_document(doc_id, {"secrecy": int(Secrecy.MAT), "original_location": SAFE})


def test_the_purge_notice_is_shown_once_after_sign_in_and_after_unlock(
    qtbot, make_profile: Callable[..., OfficeSession], profiles: Profiles, settings: AppSettings
) -> None:
    session = make_profile(0, with_pdf=False)
    _raise_to_secret(session, 3)
    controller = AppController(Office(profiles=profiles), settings, idle_ms=0)
    controller.signed_in(session)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(_notices(window)) == 1, timeout=10_000)
    assert _notices(window)[0].startswith("3 secret documents on this computer were reduced to register entries: "
                                          "their summary, files and text were erased, as Law 117/2025 forbids")

    window.lock()
    window.unlock()  # nothing new to tell
    worker.wait_for_idle()
    _raise_to_secret(session, 2)
    window.lock()
    window.unlock()
    # Results arrive in the order their jobs finished: once the third is shown, the second has said nothing.
    qtbot.waitUntil(lambda: len(_notices(window)) >= 2, timeout=10_000)
    assert [text[:2] for text in _notices(window)] == ["3 ", "2 "]
    controller._replacing = True
    window.close()


def test_the_purge_notice_reads_vietnamese(vietnamese: None) -> None:
    assert purge_message(4).startswith("4 văn bản mật trên máy này đã được chuyển thành mục đăng ký")
    assert purge_message(1).startswith("1 văn bản mật")


# -- registers and counts ------------------------------------------------------------------------------------------

def test_registers_and_counts_include_secret_entries(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    session = make_profile(20, with_pdf=False)  # every 10th sample is Mật
    doc_id = _stub(session)
    window = _window(qtbot, session, settings)
    model = window.incoming.model
    with qtbot.waitSignal(model.totalKnown, timeout=10_000) as total:
        model.reload()
    assert total.args == [21]  # 20 samples and the entry
    qtbot.waitUntil(lambda: model.rowCount() == 21, timeout=10_000)
    row = next(r for r in range(model.rowCount()) if model.row_data(r)["id"] == doc_id)
    assert model.index(row, COLUMN_INDEX["secrecy"]).data() == "Secret"
    assert model.index(row, COLUMN_INDEX["summary"]).data() == "Register entry only"
    assert session.count_documents(DocumentFilter(secrecy=Secrecy.MAT)) == 3
    assert session.counts().pending >= 1  # the entry waits to be sent like any document
