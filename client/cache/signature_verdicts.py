"""The stored signature verdicts of PDF attachments: which files still need a check, and what each check found.

The verdict itself is computed outside the cache (client/signatures, in a bounded child process); this module only
keeps it, keyed by the file's SHA-256, with the digest of the trust bundle it was judged against.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, and_, delete, insert, or_, select

from client.cache.schema import attachment_signatures, document_attachments, revocation_data

Row = dict[str, Any]
PDF = "application/pdf"


class SignatureVerdicts:
    """Read and write verdicts in one open cache."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = datetime.now) -> None:
        self.engine = engine
        self.writer = engine.execution_options(write=True)
        self.clock = clock

    def unchecked(self, trust: str, limit: int = 100) -> list[str]:
        """PDFs whose bytes are here but which have no verdict under this trust bundle, smallest first."""
        joined = document_attachments.outerjoin(attachment_signatures,
                                                attachment_signatures.c.sha256 == document_attachments.c.sha256)
        query = (select(document_attachments.c.sha256).select_from(joined)
                 .where(document_attachments.c.mime == PDF, document_attachments.c.present.is_(True),
                        or_(attachment_signatures.c.sha256.is_(None), attachment_signatures.c.trust != trust))
                 .group_by(document_attachments.c.sha256)
                 .order_by(document_attachments.c.size).limit(limit))
        with self.engine.connect() as conn:
            return [str(sha) for sha in conn.execute(query).scalars()]

    def put(self, sha256: str, verdict: str, reason: str | None, findings: list[Row], trust: str) -> None:
        """Store (or replace) the verdict on one file."""
        with self.writer.begin() as conn:
            conn.execute(delete(attachment_signatures).where(attachment_signatures.c.sha256 == sha256))
            conn.execute(insert(attachment_signatures).values(sha256=sha256, verdict=verdict, reason=reason,
                                                              findings=findings, trust=trust,
                                                              checked_at=self.clock()))

    def get(self, sha256: str) -> Row | None:
        """The stored verdict on one file: verdict, reason, findings, checked_at; None when not checked yet."""
        with self.engine.connect() as conn:
            row = conn.execute(select(attachment_signatures)
                               .where(attachment_signatures.c.sha256 == sha256)).mappings().first()
        return dict(row) if row is not None else None

    def for_documents(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """One verdict per document for the list's badge: its worst PDF (invalid, then unchecked, then signed);
        a document with PDFs none of which is signed is "unsigned", one with no checked PDF has no entry."""
        ids = list(doc_ids)
        if not ids:
            return {}
        query = (select(document_attachments.c.document_id, attachment_signatures.c.verdict)
                 .select_from(document_attachments.join(
                     attachment_signatures, and_(attachment_signatures.c.sha256 == document_attachments.c.sha256)))
                 .where(document_attachments.c.document_id.in_(ids)))
        rank = {"invalid": 0, "signed_unchecked": 1, "signed": 2, "unsigned": 3}
        found: dict[str, str] = {}
        with self.engine.connect() as conn:
            for doc_id, verdict in conn.execute(query):
                current = found.get(doc_id)
                if current is None or rank.get(verdict, 0) < rank.get(current, 0):
                    found[doc_id] = verdict
        return found

    def with_verdict(self, verdict: str, limit: int = 100) -> list[str]:
        """Files whose stored verdict is this one (e.g. signed, revocation not checked), oldest check first."""
        with self.engine.connect() as conn:
            return [str(sha) for sha in conn.execute(
                select(attachment_signatures.c.sha256).where(attachment_signatures.c.verdict == verdict)
                .order_by(attachment_signatures.c.checked_at).limit(limit)).scalars()]

    def keep_revocation(self, url: str, der: bytes) -> None:
        """Keep a CRL fetched online (replacing an older one from the same URL)."""
        with self.writer.begin() as conn:
            conn.execute(delete(revocation_data).where(revocation_data.c.url == url))
            conn.execute(insert(revocation_data).values(url=url, der=der, fetched_at=self.clock()))

    def revocation(self) -> dict[str, tuple[bytes, datetime]]:
        """Every CRL kept, by URL, with when it was fetched."""
        with self.engine.connect() as conn:
            return {str(url): (bytes(der), fetched) for url, der, fetched in conn.execute(
                select(revocation_data.c.url, revocation_data.c.der, revocation_data.c.fetched_at))}
