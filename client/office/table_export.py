"""Registers and reports written to PDF (A4 landscape, Vietnamese font embedded once) and to XLSX.

Both writers take the lines as an iterator and never hold them: the XLSX is a write-only workbook, and the PDF lays
each line out as it comes (fpdf2 keeps only the page streams). A line that does not fit on what is left of a page
starts the next page, which repeats the column heads. Every page carries the unit's name and "Trang n/N".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from client.office.pdf_font import find_font
from client.office.registers import TITLES, Column, RegisterRange

_MARGIN_MM = 15.0
_LINE_MM = 4.2  # one text line at 8.5 pt
_BODY_PT = 8.5
_PAD_MM = 1.0  # between a cell's border and its text
_NUMBER = re.compile(r"\d{1,9}(\.\d+)?")


class _Printout(FPDF):
    """A4 landscape with the unit's name in the header and the page number in the footer (cover page excluded)."""

    def __init__(self, unit_name: str, title: str) -> None:
        super().__init__(orientation="L", unit="mm", format="A4")
        self.unit_name, self.title_text = unit_name, title
        self.set_margins(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM)
        self.set_auto_page_break(False)
        self.add_font("Body", fname=str(find_font()))
        self.set_creator("Commune Office")
        self.set_title(title)
        self.alias_nb_pages("{pages}")  # wide enough for a five-digit count (a 100,000-line register)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Body", size=8)
        self.cell(0, 5, self.unit_name, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, self.title_text, align="R")
        self.ln(7)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-10)
        self.set_font("Body", size=8)
        self.cell(0, 5, f"Trang {self.page_no()}/{{pages}}", align="C")  # the cover is page 1, unnumbered


def _cover(pdf: _Printout, lines: Sequence[str]) -> None:
    pdf.add_page()
    pdf.set_font("Body", size=12)
    pdf.cell(0, 8, lines[0], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(45)
    pdf.set_font("Body", size=22)
    pdf.cell(0, 14, lines[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Body", size=13)
    for text in lines[2:]:
        pdf.cell(0, 9, text, align="C", new_x="LMARGIN", new_y="NEXT")


class _Layout:
    """Line breaking and drawing of table cells at one font size, fast enough for a year's register.

    fpdf2's multi_cell measures a line again for every character it adds (quadratic in the cell's length, about
    30 ms a row here); this measures each distinct character once, breaks at spaces, and draws each line with
    `text()`, which is the cheapest way fpdf2 puts a run of glyphs on the page (about 0.03 ms).
    """

    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf
        self.widths: dict[str, float] = {}
        self.top = 0.0  # where the table on this page begins

    def _width(self, text: str) -> float:
        widths = self.widths
        total = 0.0
        for char in text:
            width = widths.get(char)
            if width is None:
                width = widths[char] = self.pdf.get_string_width(char)
            total += width
        return total

    def lines(self, text: str, room: float) -> list[str]:
        """`text` broken into lines no wider than `room` mm, at spaces, and inside a word only when it must."""
        out: list[str] = []
        space = self._width(" ")
        for paragraph in text.split("\n"):
            line, used = "", 0.0
            for word in paragraph.split(" "):
                width = self._width(word)
                if line and used + space + width <= room:
                    line, used = f"{line} {word}", used + space + width
                    continue
                if line:
                    out.append(line)
                while width > room and len(word) > 1:  # a symbol longer than the column: cut it
                    cut = len(word) - 1
                    while cut > 1 and self._width(word[:cut]) > room:
                        cut -= 1
                    out.append(word[:cut])
                    word = word[cut:]
                    width = self._width(word)
                line, used = word, width
            out.append(line)
        return out

    def wrap(self, columns: Sequence[Column], cells: Sequence[str]) -> list[list[str]]:
        """Each cell's text broken into the lines its column holds."""
        return [self.lines(text, c.width_mm - 2 * _PAD_MM) if text else [] for c, text in
                zip(columns, cells, strict=True)]

    def row(self, columns: Sequence[Column], wrapped: list[list[str]], *, head: bool = False) -> None:
        """One table row at the current y, as tall as its tallest cell; its rule below it. The column rules are
        drawn once per page by `close` (a box per cell cost as much as the text)."""
        pdf = self.pdf
        height = _height(wrapped)
        x, y = pdf.l_margin, pdf.get_y()
        if head:
            self.top = y
            pdf.line(x, y, x + sum(c.width_mm for c in columns), y)
        baseline = y + 0.75 + _LINE_MM * 0.75
        for column, lines in zip(columns, wrapped, strict=True):
            for index, line in enumerate(lines):
                left = x + (column.width_mm - self._width(line)) / 2 if head else x + _PAD_MM
                pdf.text(left, baseline + index * _LINE_MM, line)
            x += column.width_mm
        pdf.line(pdf.l_margin, y + height, x, y + height)
        pdf.set_xy(pdf.l_margin, y + height)

    def close(self, columns: Sequence[Column]) -> None:
        """The column rules of the rows drawn on this page since its heads."""
        pdf = self.pdf
        x, bottom = pdf.l_margin, pdf.get_y()
        for column in (None, *columns):
            x += column.width_mm if column else 0.0
            pdf.line(x, self.top, x, bottom)


def _height(wrapped: list[list[str]]) -> float:
    return max(1, *(len(lines) for lines in wrapped)) * _LINE_MM + 1.5


@dataclass(frozen=True)
class Table:
    """One table of a printout or a sheet of a workbook: its heading lines, columns and rows (any iterable)."""

    name: str
    heading: Sequence[str]
    columns: Sequence[Column]
    rows: Iterable[Sequence[str]]


def write_tables_pdf(target: Path, *, unit_name: str, title: str, cover: Sequence[str],
                     tables: Sequence[Table]) -> int:
    """A printable set of tables after a cover page, each table from a new page; returns the rows written."""
    pdf = _Printout(unit_name, title)
    _cover(pdf, [unit_name, title, *cover])
    bottom = pdf.h - _MARGIN_MM - 5
    count = 0
    for table in tables:
        pdf.set_font("Body", size=_BODY_PT)
        layout = _Layout(pdf)  # character widths at the body size, measured once per table
        heads = layout.wrap(table.columns, [c.title for c in table.columns])

        def new_page(first: bool, heads: list[list[str]] = heads, table: Table = table,
                     layout: _Layout = layout) -> None:
            if not first:
                layout.close(table.columns)
            pdf.add_page()
            if first:
                pdf.set_font("Body", size=11)
                for text in table.heading:
                    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            pdf.set_font("Body", size=_BODY_PT)
            layout.row(table.columns, heads, head=True)

        new_page(True)
        for cells in table.rows:
            wrapped = layout.wrap(table.columns, cells)
            if pdf.get_y() + _height(wrapped) > bottom:
                new_page(False)
            layout.row(table.columns, wrapped)
            count += 1
        layout.close(table.columns)
    target.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(target))
    return count


def write_tables_xlsx(target: Path, tables: Sequence[Table]) -> int:
    """A workbook with one sheet per table: its heading lines, the column titles, the rows; returns rows written."""
    book = Workbook(write_only=True)
    count = 0
    for table in tables:
        sheet = book.create_sheet(table.name[:31])  # Excel's limit on a sheet name
        for index, column in enumerate(table.columns):
            sheet.column_dimensions[_letter(index)].width = column.width_mm / 2
        for text in table.heading:
            sheet.append([text])
        sheet.append([_bold(sheet, c.title) for c in table.columns])
        for cells in table.rows:
            sheet.append([_typed(v) for v in cells])
            count += 1
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    return count


def _letter(index: int) -> str:
    return get_column_letter(index + 1)


def _bold(table: Any, text: str) -> object:
    cell = WriteOnlyCell(table, value=text)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(wrap_text=True, horizontal="center")
    return cell


def _typed(value: str) -> object:
    """A number stays a number in the sheet (a clerk sums and sorts by it); everything else stays text (a symbol
    like 0125 or a date is text)."""
    if _NUMBER.fullmatch(value) and not value.startswith(("00", "01", "02", "03", "04", "05", "06", "07", "08",
                                                          "09")):
        return float(value) if "." in value else int(value)
    return value


def register_table(where: RegisterRange, lines: Iterable[Sequence[str]]) -> Table:
    heading = [where.unit_name, TITLES[where.kind], f"Từ ngày {where.first:%d/%m/%Y} đến ngày {where.last:%d/%m/%Y}"]
    return Table("Sổ đến" if where.kind == "incoming" else "Sổ đi", heading, where.columns, lines)


def register_pdf(target: Path, where: RegisterRange, lines: Iterable[Sequence[str]], count: int) -> int:
    cover = [f"Từ ngày {where.first:%d/%m/%Y} đến ngày {where.last:%d/%m/%Y}", f"Số văn bản: {count}",
             f"In ngày {dt.date.today():%d/%m/%Y}"]
    return write_tables_pdf(target, unit_name=where.unit_name, title=TITLES[where.kind], cover=cover,
                            tables=[register_table(where, lines)])


def register_xlsx(target: Path, where: RegisterRange, lines: Iterable[Sequence[str]]) -> int:
    return write_tables_xlsx(target, [register_table(where, lines)])
