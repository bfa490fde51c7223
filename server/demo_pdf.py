"""Demo attachments: one-page A4 PDFs laid out like official documents, in Vietnamese with diacritics (fpdf2).

The seed writes hundreds of PDFs, so the TrueType font is cut down once per process to the glyphs Vietnamese
needs (a ~40 KB font instead of DejaVu's ~750 KB, which fpdf2 would parse again for every file); fpdf2 then
subsets it further to the glyphs each PDF uses and embeds that subset once. Only one font face is used (titles
are set larger, not bold), so each PDF carries exactly one embedded font.
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

FONT_ENV = "COMMUNE_DEMO_FONT"  # a TrueType font with Vietnamese glyphs, when none of the usual places has one
_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
FONT_CANDIDATES: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # Debian, Ubuntu (fonts-dejavu-core; CI)
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),  # Fedora
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),  # Arch
    _WINDOWS_FONTS / "arial.ttf",
    _WINDOWS_FONTS / "times.ttf",
    Path("/System/Library/Fonts/Supplemental/Arial.ttf"),  # macOS
    Path("/Library/Fonts/Arial.ttf"),
)
# Basic Latin, Latin-1, Latin Extended-A/B up to ư, the combining tones, Latin Extended Additional (ạ..ỹ), dashes
# and quotes: every letter of Vietnamese, precomposed or not.
_VIETNAMESE = [*range(0x20, 0x7F), *range(0xA0, 0x1B1), *range(0x300, 0x324), *range(0x1EA0, 0x1EFA),
               0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026]
_MARGIN_MM = (30.0, 20.0, 15.0)  # left, top, right (Decree 30 margins)


def find_font() -> Path:
    """The TrueType font the demo PDFs use, or a RuntimeError naming every place searched."""
    override = os.environ.get(FONT_ENV)
    candidates = ((Path(override),) if override else ()) + FONT_CANDIDATES
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    searched = "\n  ".join(str(c) for c in candidates)
    raise RuntimeError(f"No font with Vietnamese glyphs for the demo PDFs. Searched:\n  {searched}\n"
                       f"Install DejaVu Sans (Debian: fonts-dejavu-core) or set {FONT_ENV} to a .ttf file.")


@functools.cache
def _vietnamese_font() -> Path:
    """The font cut down to Vietnamese, written once per process to a temporary file (fpdf2 reads fonts by path)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]  # FontForge's timestamp table: fontTools cannot subset it and would say so
    font = TTFont(find_font())
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=_VIETNAMESE)
    subsetter.subset(font)
    handle, name = tempfile.mkstemp(prefix="commune-demo-font-", suffix=".ttf")
    os.close(handle)
    font.save(name)
    atexit.register(lambda: Path(name).unlink(missing_ok=True))
    return Path(name)


def _document() -> FPDF:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(*_MARGIN_MM)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creator("Commune Office seed-demo")
    pdf.add_font("Body", fname=_vietnamese_font())
    # The font's glyph boxes are right already: recomputing them made fpdf2 decompile and recompile every glyph of
    # every PDF's subset, two thirds of the seed's time.
    for font in pdf.fonts.values():
        if hasattr(font, "ttfont"):
            font.ttfont.recalcBBoxes = False
    pdf.set_font("Body", size=11)
    pdf.add_page()
    return pdf


_WIDTHS: dict[tuple[str, float], float] = {}


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """The text broken into lines that fit the width, word by word (fpdf2's multi_cell measures each line again
    for every character, which made it most of the seed's time)."""
    size = pdf.font_size_pt
    space = _width(pdf, " ", size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in text.split():
        word_w = _width(pdf, word, size)
        if current and used + space + word_w > width:
            lines.append(" ".join(current))
            current, used = [], 0.0
        used += (space if current else 0.0) + word_w
        current.append(word)
    lines.append(" ".join(current))
    return lines


def _width(pdf: FPDF, word: str, size: float) -> float:
    key = (word, size)
    if key not in _WIDTHS:
        _WIDTHS[key] = pdf.get_string_width(word)
    return _WIDTHS[key]


def _block(pdf: FPDF, width: float, height: float, text: str, align: str = "L", indent: str = "") -> None:
    """Wrapped lines in a column starting at the current x; leaves x at the column's left and y below it."""
    x = pdf.get_x()
    for number, line in enumerate(_wrap(pdf, text, width - _width(pdf, indent, pdf.font_size_pt))):
        pdf.set_x(x)
        pdf.cell(width, height, (indent if number == 0 else "") + line, align=align, new_x="LEFT", new_y="NEXT")


def _bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def make_pdf(lines: list[str]) -> bytes:
    """A one-page A4 PDF of the lines, each wrapped inside the page width (attachments such as progress reports)."""
    pdf = _document()
    for line in lines:
        _block(pdf, pdf.epw, 6, line)
    return _bytes(pdf)


@dataclass(frozen=True)
class OfficialDocument:
    """What the first page of an official document shows, top to bottom (Decree 30; Party: 399-QĐ/TW)."""

    party: bool  # a Party body's document (ĐẢNG CỘNG SẢN VIỆT NAM) or a state body's (CỘNG HÒA ...)
    superior: str  # the body above the issuer, printed above it ("ĐẢNG BỘ TỈNH ..."), or ""
    issuer: str
    number_symbol: str
    place: str
    issued: dt.date
    doc_type: str
    summary: str
    paragraphs: list[str]
    recipients: list[str]
    capacity: str  # "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", or ""
    signer_position: str
    signer_name: str
    extra: list[str] = field(default_factory=list)


def _upper(text: str) -> str:
    return text.upper().replace("V/V", "V/v")


def official_pdf(doc: OfficialDocument) -> bytes:
    """An official document's first page: header, number, place and date, type, summary, body, recipients, signer."""
    pdf = _document()
    width = pdf.epw
    left_w, right_w = width * 0.42, width * 0.58
    top = pdf.get_y()
    pdf.set_font_size(10)
    if doc.superior:
        _block(pdf, left_w, 5, _upper(doc.superior), "C")
    _block(pdf, left_w, 5, _upper(doc.issuer), "C")
    pdf.cell(left_w, 5, "*" if doc.party else "", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(left_w, 5, f"Số {doc.number_symbol}" if doc.party else f"Số: {doc.number_symbol}", align="C",
             new_x="LMARGIN", new_y="NEXT")
    if doc.doc_type == "Công văn":  # a công văn carries its summary here, under the number, not as a title
        pdf.set_font_size(9)
        _block(pdf, left_w, 4.5, doc.summary, "C")
    left_bottom = pdf.get_y()
    pdf.set_xy(pdf.l_margin + left_w, top)
    pdf.set_font_size(10)
    if doc.party:
        pdf.cell(right_w, 5, "ĐẢNG CỘNG SẢN VIỆT NAM", align="C", new_x="LEFT", new_y="NEXT")
        pdf.cell(right_w, 5, "", new_x="LEFT", new_y="NEXT")
    else:
        pdf.cell(right_w, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C", new_x="LEFT", new_y="NEXT")
        pdf.cell(right_w, 5, "Độc lập - Tự do - Hạnh phúc", align="C", new_x="LEFT", new_y="NEXT")
    line_y = pdf.get_y()
    pdf.line(pdf.get_x() + right_w * 0.3, line_y, pdf.get_x() + right_w * 0.7, line_y)
    pdf.cell(right_w, 7, f"{doc.place}, ngày {doc.issued.day:02d} tháng {doc.issued.month:02d} "
                         f"năm {doc.issued.year}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(left_bottom, pdf.get_y()) + 6)
    if doc.doc_type != "Công văn":
        pdf.set_font_size(14)
        pdf.cell(width, 7, doc.doc_type.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font_size(11)
        _block(pdf, width, 5.5, doc.summary, "C")
        pdf.cell(width, 4, "-----", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font_size(11)
    for paragraph in doc.paragraphs:
        _block(pdf, width, 5.5, paragraph, indent="     ")
        pdf.ln(1.5)
    for line in doc.extra:
        _block(pdf, width, 5.5, line)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    top = pdf.get_y()
    pdf.set_font_size(9)
    pdf.cell(left_w, 5, "Nơi nhận:", new_x="LMARGIN", new_y="NEXT")
    for recipient in doc.recipients:
        _block(pdf, left_w, 4.5, f"- {recipient},")
    _block(pdf, left_w, 4.5, "- Lưu Văn phòng.")
    pdf.set_xy(pdf.l_margin + left_w, top)
    pdf.set_font_size(11)
    for line in (doc.capacity, doc.signer_position.upper()):
        if line:
            _block(pdf, right_w, 5.5, line, "C")
    pdf.set_xy(pdf.l_margin + left_w, pdf.get_y() + 16)  # room for the signature and the seal
    _block(pdf, right_w, 5.5, doc.signer_name, "C")
    return _bytes(pdf)


if __name__ == "__main__":  # python -m server.demo_pdf out.pdf: look at one sample
    sample = OfficialDocument(True, "Đảng bộ tỉnh Lào Cai", "Đảng ủy xã Bát Xát", "05-KH/ĐU", "Bát Xát",
                              dt.date(2026, 11, 12), "Kế hoạch",
                              "Triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển "
                              "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
                              ["Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, Đảng ủy xã ban hành kế hoạch như sau."],
                              ["Ban Thường vụ Tỉnh ủy", "Các chi bộ trực thuộc"], "T/M ĐẢNG ỦY", "Bí thư",
                              "Nguyễn Văn An")
    Path(sys.argv[1] if len(sys.argv) > 1 else "sample.pdf").write_bytes(official_pdf(sample))
