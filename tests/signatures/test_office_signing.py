"""Signing through the office layer against a real server: the leader approves on the token, the clerk applies
the agency signature when issuing; each signed file is a new attachment version that syncs, and every device that
receives it judges it on arrival."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from client.machine_config import ENV_OVERRIDE
from client.office import DocumentRecord, OfficeError, OfficeSession, TokenCertificate
from client.signatures.verdicts import SIGNED_UNCHECKED, UNSIGNED
from tests.office.conftest import sign_in
from tests.signatures.softhsm import SoftToken
from tests.signatures.test_token_signing import SEAL_PNG, SIGNATURE_PNG
from tests.sync.conftest import LiveServer, live

__all__ = ["live", "sign_in"]


@pytest.fixture
def trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pki_files: dict[str, Path],
            soft_token: SoftToken) -> Path:
    """This computer's machine configuration: the test root as signature trust, the SoftHSM2 module."""
    config = tmp_path / "config.ini"
    config.write_text(f"[settings]\nsignature_trust = {pki_files['trust']}\npkcs11_module = {soft_token.module}\n",
                      encoding="utf-8")
    monkeypatch.setenv(ENV_OVERRIDE, str(config))
    return config


def _signer_cert(session: OfficeSession) -> TokenCertificate:
    return next(c for t in session.tokens() for c in t.certificates if c.label == "signer")


def _draft(session: OfficeSession, pdf: Path) -> DocumentRecord:
    record = DocumentRecord(kind="outgoing", doc_type="Quyết định", number_symbol="12-QĐ/ĐU",
                            issued_date=date(2026, 12, 2), summary="Về việc thử ký số", issuing_body="Đảng ủy xã")
    session.add_document(record, [pdf])
    session.change_status(record.id, "in_review")
    assert session.sync().report.push.applied >= 1
    return record


def test_the_leader_signs_offline_and_the_signed_version_syncs_and_is_judged_on_arrival(
        live: LiveServer, sign_in, trusted: Path, soft_token: SoftToken, tmp_path: Path,
        unsigned_pdf: bytes) -> None:
    pdf = tmp_path / "quyết định.pdf"
    pdf.write_bytes(unsigned_pdf)
    writer = sign_in("specialist_a")
    record = _draft(writer, pdf)
    draft_sha = writer.document(record.id)["attachments"][0]["sha256"]
    assert writer.signature_verdict(draft_sha).verdict == UNSIGNED  # type: ignore[union-attr]

    leader = sign_in("leader_a")
    leader.sync()
    document = leader.document(record.id)
    assert leader.may_sign(document, "approve") and not leader.may_sign(document, "agency")
    changes = leader.sign_attachment(record.id, draft_sha, _signer_cert(leader), soft_token.pin, "approve",
                                     signature_image=SIGNATURE_PNG, seal_image=SEAL_PNG)
    assert changes.touches("outgoing") and changes.queued
    signed_doc = leader.document(record.id)
    [version] = signed_doc["attachments"]
    assert signed_doc["status"] == "signed" and version["sha256"] != draft_sha
    assert version["name"] == "quyết định.pdf"
    assert leader.attachment_bytes(version["sha256"]).startswith(unsigned_pdf)
    assert leader.has_attachment(draft_sha)  # the unsigned draft stays, named in the history note
    assert any(draft_sha in note["text"] for note in signed_doc["notes"])
    assert leader.signature_verdict(version["sha256"]).verdict == SIGNED_UNCHECKED  # type: ignore[union-attr]
    assert leader.counts().pending >= 2  # signed offline: the new version and the note wait for the sync

    assert leader.sync().report.push.rejected == 0
    assert live.api("clerk_a").all_changes()[record.id]["record"]["status"] == "signed"

    clerk = sign_in("clerk_a")
    clerk.sync()
    [arrived] = clerk.document(record.id)["attachments"]
    assert arrived["sha256"] == version["sha256"] and clerk.has_attachment(arrived["sha256"])
    verdict = clerk.signature_verdict(arrived["sha256"])  # judged when the sync stored it
    assert verdict is not None and verdict.verdict == SIGNED_UNCHECKED
    assert verdict.signatures[0].signer_name == "Nguyễn Văn An"

    clerk.sign_attachment(record.id, arrived["sha256"], _signer_cert(clerk), soft_token.pin, "agency")
    issued = clerk.document(record.id)
    assert issued["status"] == "issued"
    final = clerk.signature_verdict(issued["attachments"][0]["sha256"])
    assert final is not None and [f.field_name for f in final.signatures] == ["approve1", "agency1"]
    assert clerk.sync().report.push.rejected == 0
    assert live.api("leader_a").all_changes()[record.id]["record"]["status"] == "issued"


def test_only_the_roles_of_the_step_may_sign(live: LiveServer, sign_in, trusted: Path, soft_token: SoftToken,
                                             tmp_path: Path, unsigned_pdf: bytes) -> None:
    pdf = tmp_path / "draft.pdf"
    pdf.write_bytes(unsigned_pdf)
    writer = sign_in("specialist_a")
    record = _draft(writer, pdf)
    sha = writer.document(record.id)["attachments"][0]["sha256"]
    clerk = sign_in("clerk_a")
    clerk.sync()
    with pytest.raises(OfficeError) as refused:
        clerk.sign_attachment(record.id, sha, _signer_cert(clerk), soft_token.pin, "approve",
                              signature_image=SIGNATURE_PNG)
    assert refused.value.code == "signing_forbidden"
    with pytest.raises(OfficeError) as too_early:  # the agency signature waits for the leader's
        clerk.sign_attachment(record.id, sha, _signer_cert(clerk), soft_token.pin, "agency")
    assert too_early.value.code == "signing_forbidden"
    assert clerk.counts().pending == 0 and clerk.document(record.id)["attachments"][0]["sha256"] == sha
