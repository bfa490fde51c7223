"""The TrueType font the printed registers and reports embed: one with every Vietnamese letter.

Windows has Arial and Times New Roman; Linux has DejaVu Sans. fpdf2 embeds the font once per PDF, cut to the glyphs
the file uses, so Vietnamese text extracts intact from the printout. (The server's demo PDFs look in the same places;
the client cannot import the server, so the list is kept here too.)
"""

from __future__ import annotations

import os
from pathlib import Path

FONT_ENV = "COMMUNE_PDF_FONT"  # a .ttf with Vietnamese glyphs, for a machine where none of the usual places has one
_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
FONT_CANDIDATES: tuple[Path, ...] = (
    _WINDOWS_FONTS / "arial.ttf",
    _WINDOWS_FONTS / "times.ttf",
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # Debian, Ubuntu
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),  # Fedora
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),  # Arch
    Path("/System/Library/Fonts/Supplemental/Arial.ttf"),  # macOS
)


class MissingFontError(RuntimeError):
    """No font with Vietnamese letters: the message names every place searched and what to do."""

    code = "pdf_font_missing"


def find_font() -> Path:
    override = os.environ.get(FONT_ENV)
    candidates = ((Path(override),) if override else ()) + FONT_CANDIDATES
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    searched = "\n  ".join(str(c) for c in candidates)
    raise MissingFontError(f"No font with Vietnamese letters to print with. Searched:\n  {searched}\n"
                           f"Install Arial or DejaVu Sans, or set {FONT_ENV} to a .ttf file.")
