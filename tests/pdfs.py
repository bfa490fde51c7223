"""Real PDFs with a text layer for tests (Vietnamese needs a Unicode font; DejaVu comes with CI's packages)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def write_pdf(path: Path, *lines: str) -> Path:
    """Write a one-page PDF whose text layer holds the lines; return its path."""
    pdf = FPDF()
    pdf.add_page()
    if _FONT.is_file():
        pdf.add_font("DejaVu", fname=str(_FONT))
        pdf.set_font("DejaVu", size=12)
    else:  # the core fonts hold Latin-1 only: callers then get their words without diacritics
        pdf.set_font("Helvetica", size=12)
        lines = tuple(line.encode("latin-1", "replace").decode("latin-1") for line in lines)
    for line in lines:
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))
    return path
