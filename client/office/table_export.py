"""Registers and reports written to PDF (A4 landscape, Vietnamese font embedded once) and to XLSX.

Both writers take the lines as an iterator and never hold them: the XLSX is a write-only workbook, and the PDF lays
each line out as it comes and writes each page to the file when it is full (`pdf_stream.py`). A line that does not
fit on what is left of a page starts the next page, which repeats the column heads. Every page carries the
unit's name and "Trang n/N".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from client.office.pdf_font import find_font
from client.office.pdf_stream import StreamedPdf
from client.office.registers import TITLES, Column, RegisterRange

_MARGIN_MM = 15.0
_LINE_MM = 4.2  # one text line at 8.5 pt
_BODY_PT = 8.5
_PAD_MM = 1.0  # between a cell's border and its text
_NUMBER = re.compile(r"\d{1,9}(\.\d+)?")


class _Printout:
    """A4 landscape with the unit's name and title at the head of each page and "Trang n/N" at its foot (the cover
    page has neither), written page by page (`pdf_stream.py`)."""

    def __init__(self, pdf: StreamedPdf, unit_name: str, title: str, *, cover: bool) -> None:
        self.pdf, self.unit_name, self.title_text = pdf, unit_name, title
        self.first_numbered = 2 if cover else 1
        self.y = _MARGIN_MM
        self.right = pdf.width_mm - _MARGIN_MM
        self.bottom = pdf.height_mm - _MARGIN_MM - 5

    def add_page(self) -> None:
        pdf = self.pdf
        pdf.add_page()
        self.y = _MARGIN_MM
        if pdf.page_count < self.first_numbered:
            return
        baseline = self.y + 3.7
        pdf.text(_MARGIN_MM, baseline, self.unit_name, 8)
        pdf.text(self.right - pdf.width(self.title_text, 8), baseline, self.title_text, 8)
        self.y += 7

    def line_of_text(self, text: str, size: float, height: float, *, centre: bool = False) -> None:
        """One line of text in a band `height` mm tall, at the left margin or centred, then the next band."""
        pdf = self.pdf
        x = (pdf.width_mm - pdf.width(text, size)) / 2 if centre else _MARGIN_MM
        pdf.text(x, self.y + height / 2 + size * 0.3528 * 0.35, text, size)
        self.y += height

    def close(self) -> int:
        """The page numbers, now that their count is known; then the file's end. Returns the page count."""
        pdf = self.pdf

        def footer(page: int, total: int) -> list[tuple[float, float, str, float]]:
            if page < self.first_numbered:
                return []
            text = f"Trang {page}/{total}"
            return [((pdf.width_mm - pdf.width(text, 8)) / 2, pdf.height_mm - 6.3, text, 8)]

        return pdf.close(footer)


def _cover(out: _Printout, lines: Sequence[str]) -> None:
    out.add_page()
    out.line_of_text(lines[0], 12, 8)
    out.y += 45
    out.line_of_text(lines[1], 22, 14, centre=True)
    for text in lines[2:]:
        out.line_of_text(text, 13, 9, centre=True)


class _Layout:
    """Line breaking and drawing of table cells at one font size, fast enough for a year's register.

    Each distinct character is measured once; a cell breaks at spaces (inside a word only when it must), and each
    line is one text run. The column rules are drawn once per page (a box per cell cost as much as the text).
    """

    def __init__(self, out: _Printout, size: float) -> None:
        self.out, self.size = out, size
        self.widths: dict[str, float] = {}
        self.top = 0.0  # where the table on this page begins

    def _width(self, text: str) -> float:
        try:
            return sum(map(self.widths.__getitem__, text))
        except KeyError:
            for char in text:
                if char not in self.widths:
                    self.widths[char] = self.out.pdf.width(char, self.size)
            return sum(map(self.widths.__getitem__, text))

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
        """One table row at the current y, as tall as its tallest cell; its rule below it."""
        out, pdf = self.out, self.out.pdf
        height = _height(wrapped)
        x, y = _MARGIN_MM, out.y
        if head:
            self.top = y
            pdf.line(x, y, x + sum(c.width_mm for c in columns), y)
        baseline = y + 0.75 + _LINE_MM * 0.75
        for column, lines in zip(columns, wrapped, strict=True):
            for index, line in enumerate(lines):
                left = x + (column.width_mm - self._width(line)) / 2 if head else x + _PAD_MM
                pdf.text(left, baseline + index * _LINE_MM, line, self.size)
            x += column.width_mm
        pdf.line(_MARGIN_MM, y + height, x, y + height)
        out.y = y + height

    def close(self, columns: Sequence[Column]) -> None:
        """The column rules of the rows drawn on this page since its heads."""
        x, bottom = _MARGIN_MM, self.out.y
        for column in (None, *columns):
            x += column.width_mm if column else 0.0
            self.out.pdf.line(x, self.top, x, bottom)


def _height(wrapped: list[list[str]]) -> float:
    return max(1, *(len(lines) for lines in wrapped)) * _LINE_MM + 1.5


@dataclass(frozen=True)
class Table:
    """One table of a printout or a sheet of a workbook: its heading lines, columns and rows (any iterable)."""

    name: str
    heading: Sequence[str]
    columns: Sequence[Column]
    rows: Iterable[Sequence[str]]


def write_tables_pdf(target: Path, *, unit_name: str, title: str, cover: Sequence[str] | None,
                     tables: Sequence[Table], continuous: bool = False) -> int:
    """A printable set of tables, after a cover page when `cover` is given; each table from a new page unless
    `continuous` (a one-page summary), a table that runs over the page continues on the next with its heads.
    The file is written page by page; returns the rows written."""
    with StreamedPdf(target, find_font(), title=title) as pdf:
        out = _Printout(pdf, unit_name, title, cover=cover is not None)
        if cover is not None:
            _cover(out, [unit_name, title, *cover])
        count = 0
        for index, table in enumerate(tables):
            layout = _Layout(out, _BODY_PT)  # character widths at the body size, measured once per table
            heads = layout.wrap(table.columns, [c.title for c in table.columns])
            room = 6 * len(table.heading) + 2 + 2 * _height(heads)  # its heading, heads and a first row
            if index == 0 or not continuous or out.y + 4 + room > out.bottom:
                out.add_page()
            else:
                out.y += 4
            for text in table.heading:
                out.line_of_text(text, 11, 6)
            out.y += 2
            layout.row(table.columns, heads, head=True)
            for cells in table.rows:
                wrapped = layout.wrap(table.columns, cells)
                if out.y + _height(wrapped) > out.bottom:
                    layout.close(table.columns)
                    out.add_page()
                    layout.row(table.columns, heads, head=True)
                layout.row(table.columns, wrapped)
                count += 1
            layout.close(table.columns)
        out.close()
    return count


def write_tables_xlsx(target: Path, tables: Sequence[Table], *, one_sheet: str | None = None) -> int:
    """A workbook with one sheet per table (or every table on `one_sheet`, a blank row between): its heading
    lines, the column titles, the rows; returns rows written."""
    book = Workbook(write_only=True)
    count = 0
    sheet = None
    for index, table in enumerate(tables):
        if one_sheet is None or sheet is None:
            sheet = book.create_sheet((one_sheet or table.name)[:31])  # Excel's limit on a sheet name
            widths: dict[int, float] = {}
            for on_sheet in tables if one_sheet else [table]:  # a column as wide as its widest table needs
                for column_index, column in enumerate(on_sheet.columns):
                    widths[column_index] = max(widths.get(column_index, 0.0), column.width_mm / 2)
            for column_index, width in widths.items():
                sheet.column_dimensions[_letter(column_index)].width = width
        elif index:
            sheet.append([])
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
    days = f"từ ngày {where.first:%d/%m/%Y} đến ngày {where.last:%d/%m/%Y}"
    heading = [where.unit_name, TITLES[where.kind], f"{where.period}, {days}" if where.period else days.capitalize()]
    return Table("Sổ đến" if where.kind == "incoming" else "Sổ đi", heading, where.columns, lines)


def register_pdf(target: Path, where: RegisterRange, lines: Iterable[Sequence[str]], count: int) -> int:
    cover = [*([where.period] if where.period else []),
             f"Từ ngày {where.first:%d/%m/%Y} đến ngày {where.last:%d/%m/%Y}", f"Số văn bản: {count}",
             f"In ngày {dt.date.today():%d/%m/%Y}"]
    return write_tables_pdf(target, unit_name=where.unit_name, title=TITLES[where.kind], cover=cover,
                            tables=[register_table(where, lines)])


def register_xlsx(target: Path, where: RegisterRange, lines: Iterable[Sequence[str]]) -> int:
    return write_tables_xlsx(target, [register_table(where, lines)])
