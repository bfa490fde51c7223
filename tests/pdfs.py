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


def write_pages(path: Path, pages: list[str]) -> Path:
    """Write a PDF of one page per text (core font, ASCII text); return its path."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def write_raw_text_pdf(path: Path, text: bytes) -> Path:
    """Write a one-page PDF whose content shows `text` as a literal string as is, so that its text layer can hold
    what a broken producer writes (a NUL, say); return its path."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        None,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    objects[3] = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += str(number).encode() + b" 0 obj\n" + (body or b"") + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objects) + 1).encode() + b"\n0000000000 65535 f \n"
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += b"trailer\n<< /Size " + str(len(objects) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n"
    out += str(xref).encode() + b"\n%%EOF\n"
    path.write_bytes(bytes(out))
    return path
