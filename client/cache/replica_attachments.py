"""Attachment bytes for sync: read for upload, found missing, stored after download with their searchable text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import BinaryIO

from sqlalchemy import select, update

from client.cache.errors import IntegrityError
from client.cache.pdftext import extract_text
from client.cache.replica_rows import ReplicaRows, Row
from client.cache.schema import document_attachments, documents, task_reports
from sync.engine.replica import MissingAttachment
from sync.protocol.domain import Secrecy

# Text is read from downloaded PDFs up to this size; the bytes are decrypted into memory for it.
MAX_TEXT_SOURCE_BYTES = 30 * 1024 * 1024


class AttachmentSide(ReplicaRows):
    """The vault as the engine's uploader and downloader see it."""

    def open_attachment(self, sha256: str) -> AbstractContextManager[Iterator[bytes]]:
        """The decrypted bytes of an attachment, chunk by chunk."""
        return self.vault.open_reader(sha256)

    def missing_attachments(self) -> list[MissingAttachment]:
        """Attachments referenced by cached records whose bytes are not here, smallest first."""
        found: dict[str, MissingAttachment] = {}
        with self.engine.connect() as conn:
            # Never a file of a secret document: the pull stores none, and should a row exist anyway (a cache
            # written by a faulty version), its bytes are still not fetched onto this PC.
            rows = conn.execute(select(document_attachments.c.sha256, document_attachments.c.size,
                                       document_attachments.c.name).join(
                documents, documents.c.id == document_attachments.c.document_id).where(
                document_attachments.c.present.is_(False), documents.c.secrecy < int(Secrecy.MAT))).all()
            evidence = conn.execute(select(task_reports.c.evidence)).scalars().all()
        for sha, size, name in rows:
            found.setdefault(sha, MissingAttachment(sha, int(size), name))
        for refs in evidence:
            for ref in refs or []:
                found.setdefault(ref["sha256"], MissingAttachment(ref["sha256"], int(ref["size"]), ref["name"]))
        return sorted((m for m in found.values() if not self.vault.contains(m.sha256)), key=lambda m: m.size)

    def store_attachment(self, sha256: str, source: BinaryIO) -> None:
        """Encrypt verified bytes into the vault and mark every reference present."""
        digest = self.vault.put_stream(source)
        if digest != sha256:
            self.vault.delete(digest)
            raise IntegrityError(f"Attachment {sha256[:12]}… did not match its hash and was not stored.")
        text = self._attachment_text(sha256)
        with self.writer.begin() as conn:
            values: Row = {"present": True} if text is None else {"present": True, "text": text}
            conn.execute(update(document_attachments).where(document_attachments.c.sha256 == sha256)
                         .values(**values))

    def _attachment_text(self, sha256: str) -> str | None:
        """The text layer of a downloaded PDF, so that search finds words inside it as in imported ones."""
        with self.engine.connect() as conn:
            ref = conn.execute(select(document_attachments.c.mime, document_attachments.c.size)
                               .where(document_attachments.c.sha256 == sha256).limit(1)).first()
        if ref is None or ref.mime != "application/pdf" or ref.size > MAX_TEXT_SOURCE_BYTES:
            return None
        return extract_text(io.BytesIO(self.vault.read_bytes(sha256)), ref.mime)
