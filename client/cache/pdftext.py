"""The text layer of an attachment, so that search finds words inside signed PDFs.

Scans without a text layer (and images) give no text; OCR is not attempted here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.errors import PyPdfError

log = logging.getLogger(__name__)

MAX_PAGES = 50
MAX_CHARS = 200_000
# A PDF's header must appear in its first 1,024 bytes (ISO 32000-1, 7.5.2). Bytes without one are not handed to
# the parser: looking for an end-of-file marker through megabytes of a non-PDF costs pypdf a quarter of a second
# per file and held attachment downloads to 16 MB/s.
HEADER_WINDOW = 1024


def looks_like_pdf(head: bytes) -> bool:
    """Whether the first bytes of a file carry a PDF header."""
    return b"%PDF-" in head[:HEADER_WINDOW]


def extract_text(source: Path | BinaryIO, mime: str) -> str | None:
    """Return the searchable text of a PDF (a file or a readable stream; first pages, bounded), or None."""
    if mime != "application/pdf":
        return None
    name = source.name if isinstance(source, Path) else "attachment"
    try:
        if isinstance(source, Path):
            with source.open("rb") as handle:
                head = handle.read(HEADER_WINDOW)
        else:
            head = source.read(HEADER_WINDOW)
            source.seek(0)
        if not looks_like_pdf(head):
            log.info("no text layer read from %s: no PDF header", name)
            return None
        reader = PdfReader(str(source) if isinstance(source, Path) else source)
        parts: list[str] = []
        size = 0
        for page in reader.pages[:MAX_PAGES]:
            chunk = page.extract_text() or ""
            parts.append(chunk)
            size += len(chunk)
            if size >= MAX_CHARS:
                break
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        # A damaged or unusual PDF is still stored and openable; only its words are not searchable.
        log.info("no text layer read from %s: %s", name, error)
        return None
    text = " ".join(" ".join(parts).split())
    return text[:MAX_CHARS] or None
