"""Tesseract reading one picture at a time with its Vietnamese model (tesserocr: the library itself, in process).

One `Reader` per run: loading the model takes a good part of a second, reading a page about half of one. The
picture is cleaned first: grey, and a 3x3 median filter that removes scanner speckle (salt-and-pepper noise made
Tesseract read stray marks as "_" and ":") without thinning letters at 200 dpi and above.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from types import TracebackType

import tesserocr
from PIL import Image, ImageFilter

from client.ocr.errors import NO_MODEL, OcrError
from client.ocr.tessdata import LANGUAGE

# Control characters (NUL included) would cut the search index's folding function short (issue 13).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0]+")


class Reader:
    """Reads pictures into text; use as a context manager so the model is freed at the end of the run."""

    def __init__(self, tessdata: Path, language: str = LANGUAGE) -> None:
        try:
            self._api = tesserocr.PyTessBaseAPI(path=str(tessdata), lang=language)
        except RuntimeError as error:
            raise OcrError(NO_MODEL, f"Tesseract cannot load the {language} model from {tessdata}: {error}",
                           folder=str(tessdata)) from error

    def read(self, picture: Image.Image) -> str:
        """The text of one picture, NFC, one line per printed line, blank lines collapsed."""
        self._api.SetImage(prepare(picture))
        return clean(self._api.GetUTF8Text())

    def close(self) -> None:
        self._api.End()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def prepare(picture: Image.Image) -> Image.Image:
    """Grey, speckle removed."""
    grey = picture.convert("L")
    return grey.filter(ImageFilter.MedianFilter(3))


def clean(text: str) -> str:
    """What Tesseract gave, as the cache keeps it: NFC, no control characters, single spaces, no empty lines."""
    # Tesseract sometimes reads Đ as the Icelandic Ð (U+00D0), which Vietnamese never uses and search would not fold.
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", text)).replace("\u00d0", "Đ")
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
