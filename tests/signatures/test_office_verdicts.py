"""Verdicts are computed when PDFs arrive through the office layer, stored in the cache, and made again when the
admin changes the trust bundle."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from client.cache.keys import KdfParams
from client.cache.profile import Profiles
from client.cache.records import DocumentRecord
from client.machine_config import ENV_OVERRIDE
from client.office import Office, OfficeSession
from client.signatures.verdicts import INVALID, SIGNED_UNCHECKED, UNSIGNED
from tests.signatures.conftest import sign_with_software_key


def _record(number: str) -> DocumentRecord:
    return DocumentRecord(kind="incoming", number_symbol=number, doc_type="Công văn", summary="Về việc thử chữ ký",
                          issuing_body="Huyện ủy Bát Xát", issued_date=date(2026, 11, 20), status="received")


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "Cấu hình" / "config.ini"  # a Vietnamese folder name, as on a clerk's PC
    path.parent.mkdir()
    monkeypatch.setenv(ENV_OVERRIDE, str(path))
    return path


@pytest.fixture
def session(tmp_path: Path) -> OfficeSession:
    office = Office(profiles=Profiles(tmp_path / "home", kdf=KdfParams.fast_for_tests()))
    opened = office.create("vanthu", "mật khẩu dài", unit_id="u1", unit_code="XYT", unit_name="Đảng ủy xã Ý Tý")
    yield opened
    opened.close()


def test_a_registered_pdf_gets_its_verdict_on_arrival(session: OfficeSession, machine: Path, tmp_path: Path,
                                                      unsigned_pdf: bytes, pki_files: dict[str, Path]) -> None:
    machine.write_text(f"[settings]\nsignature_trust = {pki_files['trust']}\n", encoding="utf-8")
    signed = tmp_path / "quyết định đã ký.pdf"
    signed.write_bytes(sign_with_software_key(unsigned_pdf, "signer", pki_files))
    plain = tmp_path / "phụ lục.pdf"
    plain.write_bytes(unsigned_pdf)
    signed_doc, plain_doc = _record("12-QĐ/ĐU"), _record("13-CV/ĐU")
    changes = session.add_document(signed_doc, [signed]) | session.add_document(plain_doc, [plain])
    assert changes.touches("incoming")
    files = {a["name"]: a["sha256"] for d in (signed_doc, plain_doc) for a in session.document(d.id)["attachments"]}
    verdict = session.signature_verdict(files["quyết định đã ký.pdf"])
    assert verdict is not None and verdict.verdict == SIGNED_UNCHECKED
    assert verdict.signatures[0].signer_name == "Nguyễn Văn An"
    assert session.signature_verdict(files["phụ lục.pdf"]).verdict == UNSIGNED  # type: ignore[union-attr]
    assert session.signature_badges([signed_doc.id, plain_doc.id]) == {signed_doc.id: SIGNED_UNCHECKED,
                                                                      plain_doc.id: UNSIGNED}


def test_a_changed_trust_bundle_makes_the_verdicts_again(session: OfficeSession, machine: Path, tmp_path: Path,
                                                         unsigned_pdf: bytes, pki_files: dict[str, Path]) -> None:
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(sign_with_software_key(unsigned_pdf, "signer", pki_files))
    doc = _record("14-QĐ/ĐU")
    session.add_document(doc, [signed])  # no bundle configured yet: nobody is trusted
    sha = session.document(doc.id)["attachments"][0]["sha256"]
    before = session.signature_verdict(sha)
    assert before is not None and (before.verdict, before.reason) == (INVALID, "untrusted_root")
    machine.write_text(f"[settings]\nsignature_trust = {pki_files['trust']}\n", encoding="utf-8")
    assert session.check_signatures().touches("incoming")
    assert session.signature_verdict(sha).verdict == SIGNED_UNCHECKED  # type: ignore[union-attr]
    assert not session.check_signatures()  # nothing left to judge


def test_an_unreadable_trust_bundle_trusts_nobody_and_loses_nothing(
        session: OfficeSession, machine: Path, tmp_path: Path, unsigned_pdf: bytes,
        pki_files: dict[str, Path]) -> None:
    bad = tmp_path / "trust.pem"
    bad.write_text("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n", encoding="utf-8")
    machine.write_text(f"[settings]\nsignature_trust = {bad}\n", encoding="utf-8")
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(sign_with_software_key(unsigned_pdf, "signer", pki_files))
    doc = _record("15-QĐ/ĐU")
    session.add_document(doc, [signed])
    stored = session.document(doc.id)["attachments"][0]
    assert session.signature_verdict(stored["sha256"]).reason == "untrusted_root"  # type: ignore[union-attr]
    assert session.attachment_bytes(stored["sha256"]) == signed.read_bytes()
