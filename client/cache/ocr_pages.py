"""What OCR has read in the scans of this cache: which files still need it, each page's text, and the finished text.

The recognition itself runs outside the cache (client/ocr, called from client/office); this module keeps its state,
keyed by the file's SHA-256 like the vault and the signature verdicts. A page's text is written as soon as it is
read, so a stopped run resumes at the first page not done. When the last page is in, the whole text goes into
`document_attachments.text` of every document holding the file, in one transaction: the search index's triggers
(migration 0007) take it from there exactly as they take a PDF's own text layer.

A secret document (Mật and above) is never read: it is a register entry only and holds no file; the queries below
also skip any attachment row of one, and its purge forgets the recognised text with the file (`forget_unheld`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, Engine, delete, insert, or_, select, update

from client.cache.schema import attachment_ocr, attachment_ocr_pages, document_attachments, documents
from sync.protocol.domain import Secrecy

PDF = "application/pdf"
RUNNING, DONE, FAILED = "running", "done", "failed"


@dataclass(frozen=True)
class OcrState:
    """Where the recognition of one file stands: never tried (state None), running (pages_done of pages), done,
    or failed with a reason code."""

    state: str | None
    pages: int = 0
    pages_done: int = 0
    reason: str | None = None


def _scan_mime() -> ColumnElement[bool]:
    return or_(document_attachments.c.mime == PDF, document_attachments.c.mime.like("image/%"))


def _not_secret() -> ColumnElement[bool]:
    return documents.c.secrecy < int(Secrecy.MAT)


class OcrPages:
    """Read and write the OCR state of one open cache."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = datetime.now) -> None:
        self.engine = engine
        self.writer = engine.execution_options(write=True)
        self.clock = clock

    def pending(self, limit: int = 100, only: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
        """(sha256, mime, name) of scans here with no text and whose recognition is not finished, smallest first:
        PDFs without a text layer and images, of documents that are not secret, bytes present in the vault."""
        joined = (document_attachments.join(documents, documents.c.id == document_attachments.c.document_id)
                  .outerjoin(attachment_ocr, attachment_ocr.c.sha256 == document_attachments.c.sha256))
        query = (select(document_attachments.c.sha256, document_attachments.c.mime, document_attachments.c.name)
                 .select_from(joined)
                 .where(_scan_mime(), _not_secret(), document_attachments.c.present.is_(True),
                        document_attachments.c.text.is_(None),
                        or_(attachment_ocr.c.state.is_(None), attachment_ocr.c.state == RUNNING))
                 .group_by(document_attachments.c.sha256)
                 .order_by(document_attachments.c.size).limit(limit))
        if only is not None:
            query = query.where(document_attachments.c.sha256.in_(list(only)))
        with self.engine.connect() as conn:
            return [(str(sha), str(mime), str(name)) for sha, mime, name in conn.execute(query)]

    def start(self, sha256: str, pages: int) -> dict[int, str | None]:
        """Begin (or resume) one file of `pages` pages; return the pages already read, with their text."""
        with self.writer.begin() as conn:
            known = conn.execute(select(attachment_ocr.c.pages).where(attachment_ocr.c.sha256 == sha256)).scalar()
            if known is None:
                conn.execute(insert(attachment_ocr).values(sha256=sha256, pages=pages, state=RUNNING,
                                                           updated_at=self.clock()))
                return {}
            return {int(page): text for page, text in conn.execute(
                select(attachment_ocr_pages.c.page, attachment_ocr_pages.c.text)
                .where(attachment_ocr_pages.c.sha256 == sha256))}

    def put_page(self, sha256: str, page: int, text: str | None) -> None:
        """Keep one page's text as soon as it is read (a later run does not read it again)."""
        with self.writer.begin() as conn:
            conn.execute(delete(attachment_ocr_pages).where(attachment_ocr_pages.c.sha256 == sha256,
                                                            attachment_ocr_pages.c.page == page))
            conn.execute(insert(attachment_ocr_pages).values(sha256=sha256, page=page, text=text))
            conn.execute(update(attachment_ocr).where(attachment_ocr.c.sha256 == sha256)
                         .values(updated_at=self.clock()))

    def finish(self, sha256: str, text: str | None) -> None:
        """The file is read: its text goes to every (non-secret) document holding it, which re-indexes them."""
        with self.writer.begin() as conn:
            holders = select(documents.c.id).where(_not_secret())
            if text:
                conn.execute(update(document_attachments)
                             .where(document_attachments.c.sha256 == sha256, document_attachments.c.text.is_(None),
                                    document_attachments.c.document_id.in_(holders))
                             .values(text=text))
            conn.execute(update(attachment_ocr).where(attachment_ocr.c.sha256 == sha256)
                         .values(state=DONE, reason=None, updated_at=self.clock()))

    def fail(self, sha256: str, reason: str) -> None:
        """The file cannot be read (damaged, no model, too large...): not tried again until `retry`."""
        with self.writer.begin() as conn:
            found = conn.execute(select(attachment_ocr.c.sha256).where(attachment_ocr.c.sha256 == sha256)).scalar()
            if found is None:
                conn.execute(insert(attachment_ocr).values(sha256=sha256, pages=0, state=FAILED, reason=reason,
                                                           updated_at=self.clock()))
            else:
                conn.execute(update(attachment_ocr).where(attachment_ocr.c.sha256 == sha256)
                             .values(state=FAILED, reason=reason, updated_at=self.clock()))

    def retry(self, sha256: str) -> None:
        """Forget a failure so that the next run tries the file again (the pages read before are kept)."""
        with self.writer.begin() as conn:
            conn.execute(update(attachment_ocr).where(attachment_ocr.c.sha256 == sha256, attachment_ocr.c.state
                                                      == FAILED).values(state=RUNNING, reason=None))

    def state(self, sha256: str) -> OcrState:
        """Where the recognition of one file stands."""
        with self.engine.connect() as conn:
            row = conn.execute(select(attachment_ocr).where(attachment_ocr.c.sha256 == sha256)).mappings().first()
            if row is None:
                return OcrState(None)
            done = len(conn.execute(select(attachment_ocr_pages.c.page)
                                    .where(attachment_ocr_pages.c.sha256 == sha256)).all())
        return OcrState(str(row["state"]), int(row["pages"]), done, row["reason"])

    def has_text(self, sha256: str) -> bool:
        """Whether the file's words are searchable already (its own text layer, or recognised)."""
        with self.engine.connect() as conn:
            return conn.execute(select(document_attachments.c.sha256).where(
                document_attachments.c.sha256 == sha256, document_attachments.c.text.is_not(None)).limit(1)
            ).first() is not None

    def text(self, sha256: str) -> str | None:
        """The recognised text of a file (the pages read so far, in order), None when nothing was recognised."""
        with self.engine.connect() as conn:
            parts = [text for text in conn.execute(
                select(attachment_ocr_pages.c.text).where(attachment_ocr_pages.c.sha256 == sha256)
                .order_by(attachment_ocr_pages.c.page)).scalars() if text]
        return "\n\n".join(parts) or None


def forget_unheld(conn: Connection, hashes: Iterable[str]) -> None:
    """In the caller's transaction: drop the recognised text of files no document holds any more (a secret
    document's purge, a removal), so that no word of a purged scan stays in the cache."""
    wanted = set(hashes)
    if not wanted or conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachment_ocr'").first() is None:
        return  # migration 0007 purges before 0010 made the tables: nothing was recognised yet
    held = set(conn.execute(select(document_attachments.c.sha256)
                            .where(document_attachments.c.sha256.in_(wanted))).scalars())
    gone = sorted(wanted - held)
    if gone:
        conn.execute(delete(attachment_ocr_pages).where(attachment_ocr_pages.c.sha256.in_(gone)))
        conn.execute(delete(attachment_ocr).where(attachment_ocr.c.sha256.in_(gone)))
