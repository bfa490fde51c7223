"""Signatures in the app: the badge in the list, the signature panel beside a PDF, the sign dialog on a real
SoftHSM2 token, and the token screen with its test signature."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from client.machine_config import ENV_OVERRIDE
from client.office import DocumentRecord, OfficeSession
from client.ui.document_view import DocumentView
from client.ui.models.document_table import COLUMN_INDEX, DocumentQuery, DocumentTableModel
from client.ui.sign_dialog import SignDialog
from client.ui.token_screen import TokenScreen
from tests.signatures.conftest import crl, pki, pki_files, root, sign_with_software_key, soft_token, unsigned_pdf
from tests.signatures.softhsm import SoftToken
from tests.signatures.test_token_signing import SEAL_PNG, SIGNATURE_PNG

__all__ = ["crl", "pki", "pki_files", "root", "soft_token", "unsigned_pdf"]


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pki_files: dict[str, Path],
            soft_token: SoftToken) -> Path:
    config = tmp_path / "config.ini"
    config.write_text(f"[settings]\nsignature_trust = {pki_files['trust']}\npkcs11_module = {soft_token.module}\n",
                      encoding="utf-8")
    monkeypatch.setenv(ENV_OVERRIDE, str(config))
    return config


def _document(session: OfficeSession, pdf: Path, **fields: object) -> str:
    values: dict = {"kind": "incoming", "number_symbol": "12-QĐ/ĐU", "doc_type": "Quyết định",
                    "summary": "Về việc thử chữ ký số", "issuing_body": "Huyện ủy Bát Xát",
                    "issued_date": date.today(), "status": "received"} | fields
    doc_id = session.store.add_document(DocumentRecord(**values), [pdf], local=False)
    session.check_signatures()  # as the sync does once the file has arrived
    return doc_id


def _open_attachments(qtbot, session: OfficeSession, doc_id: str) -> DocumentView:
    view = DocumentView(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    with qtbot.waitSignal(view.signature_panel.shown, timeout=10_000), \
            qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show_document(doc_id)
    view.tabs.setCurrentIndex(2)
    return view


def test_the_panel_says_who_signed_when_and_what_was_checked(
        qtbot, make_profile: Callable[..., OfficeSession], machine: Path, tmp_path: Path, unsigned_pdf: bytes,
        pki_files: dict[str, Path]) -> None:
    session = make_profile(0, with_pdf=False)
    pdf = tmp_path / "quyết định.pdf"
    pdf.write_bytes(sign_with_software_key(unsigned_pdf, "signer", pki_files))
    view = _open_attachments(qtbot, session, _document(session, pdf))
    panel = view.signature_panel
    assert panel.isVisible()
    assert panel.heading.text() == "Signed: intact, chain valid, revocation not checked"
    details = panel.details.text()
    assert "Signed by: Nguyễn Văn An, Bí thư, Đảng ủy xã Ý Tý" in details
    assert "Certificate issued by: Test Intermediate CA" in details
    assert "✔ content unchanged since signing" in details
    assert "– revocation not checked (offline)" in details


def test_the_panel_gives_the_reason_of_an_invalid_signature(
        qtbot, make_profile: Callable[..., OfficeSession], machine: Path, tmp_path: Path, unsigned_pdf: bytes,
        pki_files: dict[str, Path]) -> None:
    session = make_profile(0, with_pdf=False)
    pdf = tmp_path / "hết hạn.pdf"
    pdf.write_bytes(sign_with_software_key(unsigned_pdf, "expired", pki_files))
    view = _open_attachments(qtbot, session, _document(session, pdf))
    assert view.signature_panel.heading.text() == "Signature invalid: The signer's certificate has expired."


def test_the_list_shows_a_signature_badge(qtbot, make_profile: Callable[..., OfficeSession], machine: Path,
                                          tmp_path: Path, unsigned_pdf: bytes, pki_files: dict[str, Path]) -> None:
    session = make_profile(0, with_pdf=False)
    signed, plain = tmp_path / "signed.pdf", tmp_path / "plain.pdf"
    signed.write_bytes(sign_with_software_key(unsigned_pdf, "signer", pki_files))
    plain.write_bytes(unsigned_pdf)
    _document(session, signed, summary="A có ký")
    _document(session, plain, summary="B không ký")
    model = DocumentTableModel(session)
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        model.set_query(DocumentQuery(order_by="summary", descending=False))
    column = COLUMN_INDEX["signature"]
    cells = {model.index(r, COLUMN_INDEX["summary"]).data(): model.index(r, column).data()
             for r in range(model.rowCount())}
    assert cells == {"A có ký": "✔ Signed (not checked online)", "B không ký": "Unsigned"}
    assert model.index(0, column).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_sign_in_the_app_with_the_token(qtbot, make_profile: Callable[..., OfficeSession], machine: Path,
                                        tmp_path: Path, unsigned_pdf: bytes, soft_token: SoftToken) -> None:
    session = make_profile(0, with_pdf=False)  # never synced its directory: the server guards the step
    pdf = tmp_path / "tờ trình.pdf"
    pdf.write_bytes(unsigned_pdf)
    images = tmp_path / "chu-ky.png", tmp_path / "con-dau.png"
    images[0].write_bytes(SIGNATURE_PNG)
    images[1].write_bytes(SEAL_PNG)
    doc_id = _document(session, pdf, kind="outgoing", status="in_review")
    view = _open_attachments(qtbot, session, doc_id)
    assert view.sign_button.isVisible()
    dialog = view.open_sign()
    assert dialog is not None and dialog.purpose == "approve"
    qtbot.waitUntil(lambda: dialog.certificate.count() > 0, timeout=10_000)
    assert dialog.certificates[dialog.certificate.currentIndex()].label != "expired"  # not offered first
    dialog.certificate.setCurrentIndex(next(i for i, c in enumerate(dialog.certificates) if c.label == "signer"))
    dialog.signature_image.path.setText(str(images[0]))
    dialog.seal_image.path.setText(str(images[1]))

    qtbot.keyClicks(dialog.pin, "999999")
    with qtbot.waitSignal(dialog.rejected, timeout=500, raising=False):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Wrong PIN"), timeout=10_000)
    assert dialog.pin.text() == "" and dialog.isVisible()

    qtbot.keyClicks(dialog.pin, soft_token.pin)
    with qtbot.waitSignal(dialog.signed, timeout=20_000):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.document is not None and view.document["status"] == "signed", timeout=10_000)
    assert session.signature_verdict(view.document["attachments"][0]["sha256"]).verdict == "signed_unchecked"
    # the next signature starts from the same images, kept in the encrypted profile
    assert session.signing_images() == (str(images[0]), str(images[1]))
    again = SignDialog(session, view.document, view.document["attachments"][0], "approve")
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.seal_image.path.text() == str(images[1]), timeout=10_000)
    assert again.signature_image.path.text() == str(images[0])


def test_the_token_screen_lists_certificates_and_makes_a_test_signature(
        qtbot, make_profile: Callable[..., OfficeSession], machine: Path, soft_token: SoftToken) -> None:
    session = make_profile(0, with_pdf=False)
    screen = TokenScreen(session)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.tree.topLevelItemCount() == 1, timeout=10_000)
    token = screen.tree.topLevelItem(0)
    rows = {token.child(i).text(0).split(" — ")[0]: token.child(i).text(2) for i in range(token.childCount())}
    assert rows == {"signer": "valid", "expired": "expired", "revoked": "valid", "intermediate": "authority"}
    qtbot.keyClicks(screen.pin, soft_token.pin)
    with qtbot.waitSignal(screen.tested, timeout=20_000) as outcome:
        qtbot.mouseClick(screen.test_button, Qt.MouseButton.LeftButton)
    assert outcome.args == ["signed_unchecked"]
    assert screen.message.text().startswith("The token signed a test page.")
