"""The pages of a scan as pictures to read: each page of a PDF that has no text layer of its own, or each frame of
an image file (a multi-page TIFF has several).

A scanned PDF page is one picture (an image XObject) painted over the page; that picture, decoded by pypdf and
Pillow, is what Tesseract reads, so no PDF renderer is needed. A page whose own text layer already gives words is
not read again (its text is in the index already), and a page with no picture is blank. Every decoded picture is
bounded in pixels before it is decoded, and a file in pages, so a hostile scan cannot exhaust the clerk's memory.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from client.ocr.errors import TOO_LARGE, UNREADABLE, OcrError

PDF = "application/pdf"
MAX_PAGES = 1000
# An A4 page at 600 dpi is 35 Mpx; beyond 80 Mpx a picture is refused rather than decoded (about 80 MB grey).
MAX_PIXELS = 80_000_000
# A page whose text layer gives at least this many letters is taken as text, not as a scan.
MIN_LAYER_CHARS = 16
_DECODE_ERRORS = (PyPdfError, ValueError, KeyError, TypeError, OSError, UnidentifiedImageError, NotImplementedError,
                  AttributeError, Image.DecompressionBombError)


def sniff_mime(data: bytes) -> str:
    """A scan's type from its bytes (a file's name may lie or be missing): a PDF header within the first 1,024
    bytes (ISO 32000-1, 7.5.2), else an image Pillow will try."""
    return PDF if b"%PDF-" in data[:1024] else "image/*"


@dataclass(frozen=True)
class Page:
    """One page: the picture to read, or None with why not ("text" layer of its own, then in `layer`, or
    "blank")."""

    picture: Image.Image | None
    skipped: str | None = None
    layer: str | None = None


class Scan:
    """A scanned file opened for reading page by page (from the bytes the vault decrypted)."""

    def __init__(self, data: bytes, mime: str) -> None:
        self.mime = mime
        self._pdf: PdfReader | None = None
        self._image: Image.Image | None = None
        try:
            if mime == PDF:
                self._pdf = PdfReader(io.BytesIO(data))
                self.pages = len(self._pdf.pages)
            elif mime.startswith("image/"):
                self._image = Image.open(io.BytesIO(data))
                self._check_pixels(*self._image.size)
                self.pages = int(getattr(self._image, "n_frames", 1))
            else:
                raise OcrError(UNREADABLE, f"a {mime} file is not a scan", mime=mime)
        except OcrError:
            raise
        except _DECODE_ERRORS as error:
            raise OcrError(UNREADABLE, f"the scan cannot be opened: {error}", detail=str(error)) from error
        if self.pages > MAX_PAGES:
            raise OcrError(TOO_LARGE, f"the scan has {self.pages} pages; at most {MAX_PAGES} are read",
                           pages=self.pages, limit=MAX_PAGES)

    def page(self, index: int) -> Page:
        """The picture of page `index` (from 0) to read, or why there is none."""
        try:
            if self._image is not None:
                self._image.seek(index)
                return Page(self._image.copy())
            assert self._pdf is not None
            pdf_page = self._pdf.pages[index]
            layer = pdf_page.extract_text() or ""
            if len("".join(layer.split())) >= MIN_LAYER_CHARS:
                return Page(None, "text", layer)
            best: tuple[int, str] | None = None
            for name, width, height in _pictures_of(pdf_page):
                self._check_pixels(width, height)
                if best is None or width * height > best[0]:
                    best = (width * height, name)
            if best is None:
                return Page(None, "blank")
            picture = pdf_page.images[best[1]].image
            if picture is None:
                return Page(None, "blank")
            return Page(picture)
        except OcrError:
            raise
        except _DECODE_ERRORS as error:
            raise OcrError(UNREADABLE, f"page {index + 1} cannot be decoded: {error}", page=index + 1,
                           detail=str(error)) from error

    @staticmethod
    def _check_pixels(width: int, height: int) -> None:
        if width * height > MAX_PIXELS:
            raise OcrError(TOO_LARGE, f"a picture of {width}x{height} pixels is too large to read",
                           width=width, height=height)


def _pictures_of(page: Any) -> Iterator[tuple[str, int, int]]:
    """(name, width, height) of each image painted directly on the page, read from its dictionary (not decoded)."""
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else {}
    objects = resources.get("/XObject")
    if objects is None:
        return
    for key, ref in objects.get_object().items():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Image":
            yield str(key), int(obj.get("/Width", 0)), int(obj.get("/Height", 0))
