"""Signing a document's PDF with the officer's token: who may, the new attachment version, the history note.

The leader's signature approves an outgoing document (in review -> signed); the clerk applies the agency's
signature when issuing it (signed -> issued). `sync/protocol/lifecycle.py` says who may sign and when (derived from
its one transition table); here the signed file replaces the draft in the document's attachment list (so that
recipients get the signed one) in the same local edit as the status step, queued for the server like any edit, and
a processing note keeps the draft's name and hash: its bytes stay in the vault, in the document's history.
Everything works offline; the signed file is uploaded at the next sync.
"""

from __future__ import annotations

import io
from collections.abc import Collection
from datetime import datetime
from pathlib import Path
from typing import Any

from asn1crypto import x509
from pypdf import PdfWriter

from client.cache.records import NoteRecord
from client.cache.replica import CacheReplica
from client.cache.store import CacheStore
from client.office import signature_checks
from client.office.actions import ActionError, refused
from client.signatures.errors import SignatureError
from client.signatures.signing import AGENCY, SignRequest, sign_pdf
from client.signatures.token import TokenCertificate, TokenInfo, configured_module, list_tokens
from client.signatures.validation import check_pdf_bytes
from client.signatures.verdicts import FileVerdict
from sync.protocol import lifecycle

PDF = "application/pdf"
PURPOSES = tuple(lifecycle.SIGNING_STEPS)


def tokens(module: str | Path | None = None) -> list[TokenInfo]:
    """The tokens the module (default: the configured one) sees, with their certificates; no profile needed."""
    return list_tokens(configured_module(str(module) if module else None))


def test_signature(module: Path, certificate: TokenCertificate, pin: str) -> FileVerdict:
    """Sign a blank page with the token and check the result: "the token works" end to end, nothing stored."""
    page = PdfWriter()
    page.add_blank_page(595, 842)
    blank = io.BytesIO()
    page.write(blank)
    signed = sign_pdf(blank.getvalue(), SignRequest(module=module, certificate=certificate, pin=pin,
                                                    purpose=AGENCY, agency_text="Test / Thử"))
    anchors = signature_checks.trust_anchors()
    return check_pdf_bytes(signed, [x509.Certificate.load(der) for der in anchors.der])


def check_may_sign(roles: Collection[str], purpose: str, document: dict[str, Any]) -> None:
    """Raise ActionError unless these roles may apply this signature to the document now (no roles known: the
    document's state is still checked; the server checks the status step)."""
    judged = roles or {lifecycle.ADMIN}
    if refusal := lifecycle.signing_error(judged, purpose, str(document["kind"]), str(document["status"]),
                                          document):
        raise refused(refusal)


def may_sign(roles: Collection[str], purpose: str, document: dict[str, Any]) -> bool:
    try:
        check_may_sign(roles, purpose, document)
    except ActionError:
        return False
    return True


def sign_attachment(store: CacheStore, replica: CacheReplica, roles: Collection[str], *, doc_id: str,
                    sha256: str, module: Path, certificate: TokenCertificate, pin: str, purpose: str,
                    signature_image: bytes | None, seal_image: bytes | None, unit_name: str,
                    author_id: str | None, author_name: str, now: datetime | None = None) -> str:
    """Sign one PDF of the document on the token and queue the new version; return the signed file's hash."""
    document = store.get_document(doc_id)
    check_may_sign(roles, purpose, document)
    refs = [{k: a[k] for k in ("sha256", "name", "size", "mime")} for a in document["attachments"]]
    draft = next((ref for ref in refs if ref["sha256"] == sha256), None)
    if draft is None:
        raise ActionError("attachment_missing", "This file is not an attachment of the document.", sha256=sha256)
    if draft["mime"] != PDF:
        raise ActionError("not_a_pdf", "Only PDF files can be signed.", name=draft["name"])
    if not store.vault.contains(sha256):
        raise ActionError("attachment_not_here", "The file has not been downloaded yet.", name=draft["name"])
    agency_text = ""
    if purpose == AGENCY:
        agency_text = f"{unit_name}\nSố: {document.get('number_symbol') or ''}"
    request = SignRequest(module=module, certificate=certificate, pin=pin, purpose=purpose,
                          signature_image=signature_image, seal_image=seal_image, agency_text=agency_text)
    signed = sign_pdf(store.vault.read_bytes(sha256), request, now=now)
    new_sha = store.vault.put_bytes(signed)
    version = {**draft, "sha256": new_sha, "size": len(signed)}
    _kind, _before, after = lifecycle.SIGNING_STEPS[purpose]
    replica.edit("document", doc_id, {"attachments": [version if ref is draft else ref for ref in refs],
                                      "status": after})
    store.add_note(NoteRecord(document_id=doc_id, author_id=author_id, author_name=author_name,
                              text=_history(purpose, certificate, draft)))
    return new_sha


def _history(purpose: str, certificate: TokenCertificate, draft: dict[str, Any]) -> str:
    what = "Ký duyệt" if purpose != AGENCY else "Ký số của cơ quan khi ban hành"
    return (f"{what}: {certificate.subject}. Bản chưa ký \"{draft['name']}\" (SHA-256 {draft['sha256']}) "
            f"vẫn lưu trong lịch sử văn bản.")


__all__ = ["PURPOSES", "SignatureError", "check_may_sign", "may_sign", "sign_attachment", "test_signature", "tokens"]
