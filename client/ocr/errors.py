"""Why a scan could not be read, as a code with values (the GUI words it, str() stays plain English)."""

from __future__ import annotations

from typing import Any


class OcrError(Exception):
    """A scan that cannot be recognised, or recognition that cannot run on this computer."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


NO_MODEL = "ocr_no_model"  # no tessdata folder with the Vietnamese model was found
UNREADABLE = "ocr_unreadable"  # the file's pages or pictures cannot be decoded
TOO_LARGE = "ocr_too_large"  # more pages or pixels than a run reads
