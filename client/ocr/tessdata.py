"""Where Tesseract's language models are on this computer.

Looked for, first found wins: the machine configuration's `ocr_tessdata` (an admin's own folder), the folder the
installer bundles beside the app (`tessdata/` in the frozen build: `installer/commune_office.spec`), the
`TESSDATA_PREFIX` of the environment, then the Debian/Ubuntu packages' folders (`tesseract-ocr-vie`). A folder
counts only when it holds the Vietnamese model, so a half-installed one is skipped rather than failing later.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from client.ocr.errors import NO_MODEL, OcrError

LANGUAGE = "vie"
SYSTEM_FOLDERS = (
    Path("/usr/share/tesseract-ocr/5/tessdata"),
    Path("/usr/share/tesseract-ocr/4.00/tessdata"),
    Path("/usr/share/tessdata"),
)


def bundled_folder() -> Path | None:
    """The frozen build's `tessdata` folder (PyInstaller's `sys._MEIPASS`), None when running from source."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) / "tessdata" if base else None


def candidates(configured: str | None, system: Sequence[Path] = SYSTEM_FOLDERS) -> list[Path]:
    """Every folder to look in, in order."""
    found: list[Path] = []
    if configured:
        found.append(Path(configured))
    bundled = bundled_folder()
    if bundled is not None:
        found.append(bundled)
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        found += [Path(prefix), Path(prefix) / "tessdata"]
    return found + list(system)


def find_tessdata(configured: str | None = None, system: Sequence[Path] = SYSTEM_FOLDERS) -> Path:
    """The first folder holding `vie.traineddata`; OcrError "ocr_no_model" naming where it looked otherwise."""
    looked = candidates(configured, system)
    for folder in looked:
        if (folder / f"{LANGUAGE}.traineddata").is_file():
            return folder
    raise OcrError(NO_MODEL, "the Vietnamese OCR model (vie.traineddata) is not installed; looked in "
                   + ", ".join(str(p) for p in looked), looked=[str(p) for p in looked])
