"""The text layer of an attachment, so that search finds words inside signed PDFs.

Text is read page by page until a size budget (`MAX_CHARS`) is full, however many pages that takes; a page cap
(`MAX_PAGES`) only bounds the work on a hostile file of many empty pages. The text is made clean for the index
(`searchtext.clean`): a NUL from a broken ToUnicode map would otherwise end the indexed text there. A PDF is
recognised by its header, also when its name has no `.pdf`. Scans without a text layer give no text here.
"""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path
from typing import BinaryIO

from client.cache.searchtext import clean

log = logging.getLogger(__name__)

PDF_MIME = "application/pdf"
MAX_CHARS = 200_000  # about 60 pages of dense text; the index holds at most this much of one attachment
MAX_PAGES = 5_000
# A PDF's header must appear in its first 1,024 bytes (ISO 32000-1, 7.5.2). Bytes without one are not handed to
# the parser: looking for an end-of-file marker through megabytes of a non-PDF costs pypdf a quarter of a second
# per file and held attachment downloads to 16 MB/s.
HEADER_WINDOW = 1024


def looks_like_pdf(head: bytes) -> bool:
    """Whether the first bytes of a file carry a PDF header."""
    return b"%PDF-" in head[:HEADER_WINDOW]


def detect_mime(path: Path) -> str:
    """The MIME type of a file: by its name, but a PDF by its content whatever its name says."""
    with path.open("rb") as handle:
        if looks_like_pdf(handle.read(HEADER_WINDOW)):
            return PDF_MIME
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def extract_text(source: Path | BinaryIO, mime: str) -> str | None:
    """Return the searchable text of a PDF (a file or a readable stream, up to `MAX_CHARS`), or None.

    A file sent as `application/octet-stream` is read too when its content is a PDF."""
    if mime not in (PDF_MIME, "application/octet-stream"):
        return None
    # pypdf is imported here, for PDF text only: every opening of a profile imports this module (issue 17).
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    name = source.name if isinstance(source, Path) else "attachment"
    try:
        if isinstance(source, Path):
            with source.open("rb") as handle:
                head = handle.read(HEADER_WINDOW)
        else:
            head = source.read(HEADER_WINDOW)
            source.seek(0)
        if not looks_like_pdf(head):
            if mime == PDF_MIME:
                log.info("no text layer read from %s: no PDF header", name)
            return None
        reader = PdfReader(str(source) if isinstance(source, Path) else source)
        parts: list[str] = []
        size = 0
        for number, page in enumerate(reader.pages):
            if number >= MAX_PAGES:
                break
            chunk = page.extract_text() or ""
            parts.append(chunk)
            size += len(chunk)
            if size >= MAX_CHARS:
                break
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        # A damaged or unusual PDF is still stored and openable; only its words are not searchable.
        log.info("no text layer read from %s: %s", name, error)
        return None
    text = " ".join(clean(" ".join(parts)).split())
    return text[:MAX_CHARS] or None
