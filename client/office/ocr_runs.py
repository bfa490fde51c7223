"""Scans become text: one OCR run over the scans of the cache that have no text yet, page by page.

Each page's text is kept in the cache as soon as it is read (client/cache/ocr_pages.py), so a run cancelled by the
clerk, or cut by a crash, resumes at the first page not read; when a file's last page is in, its text goes where a
PDF's own text layer goes and the search index takes it. Secret documents are never read: the cache's queries skip
them, and they hold no file anyway. Progress is counted in pages over the whole run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from client import machine_config
from client.cache.errors import CacheError
from client.cache.ocr_pages import OcrPages
from client.cache.vault import Vault
from client.ocr.errors import NO_MODEL, UNREADABLE, OcrError
from client.ocr.pages import Scan, sniff_mime
from client.ocr.recognise import Reader
from client.ocr.suggestions import Suggestions, suggest
from client.ocr.tessdata import find_tessdata

log = logging.getLogger(__name__)

OcrProgress = Callable[[int, int, str], None]  # pages done, pages in the run, the file being read
Cancelled = Callable[[], bool]


@dataclass
class OcrReport:
    """What one run did: files finished (their hashes), files that failed (hash to reason code), whether it was
    stopped before the end."""

    finished: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    stopped: bool = False


def tessdata_folder() -> Path:
    """The folder of the Vietnamese model on this computer (the machine configuration may name it)."""
    configured = machine_config.load().values.get("ocr_tessdata")
    return find_tessdata(str(configured) if configured else None)


def recognise_pending(ocr: OcrPages, vault: Vault, *, only: Iterable[str] | None = None,
                      progress: OcrProgress | None = None, cancelled: Cancelled | None = None,
                      tessdata: Path | None = None) -> OcrReport:
    """Read every scan with no text yet (or those of `only`); stop between two pages when `cancelled()` says so."""
    report = OcrReport()
    work = ocr.pending(limit=10_000, only=only)
    if not work:
        return report
    folder = tessdata or tessdata_folder()  # OcrError "ocr_no_model" before anything is marked
    # Opened once to count the pages (progress is over the whole run), then again one at a time to be read, so
    # that a batch of a thousand scans never holds more than one file's bytes in memory.
    files: list[tuple[str, str, str, int, dict[int, str | None]]] = []
    for sha, mime, name in work:
        scan = _open(ocr, vault, sha, mime, name, report)
        if scan is not None:
            files.append((sha, mime, name, scan.pages, ocr.start(sha, scan.pages)))
    total = sum(pages for *_, pages, _known in files)
    done = sum(len(known) for *_, known in files)
    if progress is not None:
        progress(done, total, "")
    with Reader(folder) as reader:
        for sha, mime, name, pages, known in files:
            texts = dict(known)
            if len(texts) < pages:
                scan = _open(ocr, vault, sha, mime, name, report)
                if scan is None:
                    done += pages - len(texts)
                    continue
                try:
                    for index in range(pages):
                        if index in texts:
                            continue
                        if cancelled is not None and cancelled():
                            report.stopped = True
                            return report
                        page = scan.page(index)
                        texts[index] = reader.read(page.picture) if page.picture is not None else None
                        ocr.put_page(sha, index, texts[index])
                        done += 1
                        if progress is not None:
                            progress(done, total, name)
                except OcrError as error:
                    ocr.fail(sha, error.code)
                    report.failed[sha] = error.code
                    done += pages - len(texts)
                    continue
            joined = " ".join(" ".join(texts[i] or "" for i in sorted(texts)).split())
            ocr.finish(sha, joined or None)
            report.finished.append(sha)
    return report


def _open(ocr: OcrPages, vault: Vault, sha: str, mime: str, name: str, report: OcrReport) -> Scan | None:
    """One scan decrypted and opened; None (the failure recorded) when it cannot be."""
    try:
        return Scan(vault.read_bytes(sha), mime)
    except OcrError as error:
        ocr.fail(sha, error.code)
        report.failed[sha] = error.code
    except (CacheError, OSError) as error:  # not readable now (a vault file being replaced): the next run tries
        log.info("scan %s not read: %s", name, error)
    return None


def suggest_from_file(path: Path, *, tessdata: Path | None = None) -> Suggestions:
    """Read the first page of a scan the clerk is about to register and guess its register fields."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise OcrError(UNREADABLE, f"the file cannot be read: {error}", detail=str(error)) from error
    scan = Scan(data, sniff_mime(data))
    if scan.pages == 0:
        return Suggestions()
    page = scan.page(0)
    if page.picture is None:  # a PDF with its own text layer needs no OCR to be read
        return suggest(page.layer or "")
    with Reader(tessdata or tessdata_folder()) as reader:
        return suggest(reader.read(page.picture))


__all__ = ["NO_MODEL", "OcrProgress", "OcrReport", "recognise_pending", "suggest_from_file", "tessdata_folder"]
