"""The registers read from the cache and written as the clerk prints them: PDF read back with pypdf, XLSX with
openpyxl, both checked against the cache; secret entries as their stubs; bad ranges and names refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from client.office import OfficeError, OfficeSession
from sync.engine.replica import IncomingChange
from sync.protocol.records import DocumentRecord
from tests.office.report_corpus import DOCS, FIRST, LAST, OUTGOING, SECRET, UNIT, UNIT_NAME, corpus_session


@pytest.fixture
def clerk(tmp_path: Path) -> Iterator[OfficeSession]:
    session = corpus_session(tmp_path / "home")
    yield session
    session.close()


def _pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_the_incoming_register_lists_every_numbered_arrival_in_the_range_in_order(clerk: OfficeSession) -> None:
    lines = list(clerk.register_lines(clerk.register_range("incoming", FIRST, LAST)))
    assert [line[0] for line in lines] == [str(n) for n in range(1, 12)]  # d11 was never registered
    first = lines[0]
    assert first == ("1", "01/03/2026", "UBND huyện", "125/UBND-VP", "01/03/2026", "Công văn: V/v rà soát hộ nghèo",
                     "Nguyễn Thị Lan", "", "")
    march = list(clerk.register_lines(clerk.register_range("incoming", FIRST, FIRST.replace(day=31))))
    assert [line[0] for line in march] == ["1", "2", "3", "4", "5"]


def test_a_secret_entry_appears_as_its_stub_without_a_summary(clerk: OfficeSession) -> None:
    lines = list(clerk.register_lines(clerk.register_range("incoming", FIRST, LAST)))
    secret = next(line for line in lines if line[3] == SECRET[3])
    assert secret[5] == "Công văn"  # its type, and no trích yếu
    assert secret[8] == "Mật; Bản gốc: Két sắt của văn thư; Khẩn"


def test_the_incoming_register_pdf_has_a_cover_its_rows_page_numbers_and_intact_vietnamese(
        clerk: OfficeSession, tmp_path: Path) -> None:
    where = clerk.register_range("incoming", FIRST, LAST)
    target = tmp_path / "Sổ đến tháng 3-4.pdf"  # Vietnamese letters in the path, as on a clerk's desktop
    assert clerk.export_register(where, target) == 11
    pages = _pdf_text(target)
    assert len(pages) == 2
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" in pages[0] and UNIT_NAME in pages[0] and "Số văn bản: 11" in pages[0]
    assert "Trang 2/2" in pages[1] and UNIT_NAME in pages[1]
    for _, number, _, symbol, *_ in DOCS:
        if number is not None:
            assert symbol in pages[1]
    assert "V/v rà soát hộ nghèo" in pages[1] and "Nguyễn Thị Lan" in pages[1] and "Đảng ủy xã An Bình" in pages[1]
    assert "19-CV/HU" not in pages[1]  # received, never registered
    reader = PdfReader(target)
    fonts = {f["/BaseFont"] for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert len(fonts) == 1  # one embedded font, subset once for the whole file


def test_a_long_register_breaks_into_pages_each_with_the_column_heads_and_every_row_once(
        clerk: OfficeSession, tmp_path: Path) -> None:
    extra = [IncomingChange("document", f"x{i}", "upsert", 1, DocumentRecord(
        id=f"x{i}", version=1, unit_id=UNIT, kind="incoming", number_symbol=f"{i}-TB/HU", doc_type="Thông báo",
        summary=f"Văn bản thử số {i} về việc sắp xếp tổ chức bộ máy", issuing_body="Huyện ủy",
        arrival_number=100 + i, arrival_date="2026-04-29", status="registered").model_dump(mode="json"))
        for i in range(150)]
    clerk.replica.apply_changes(extra, 2)
    target = tmp_path / "long.pdf"
    assert clerk.export_register(clerk.register_range("incoming", FIRST, LAST), target) == 161
    pages = _pdf_text(target)[1:]
    assert len(pages) > 3
    assert all("Tên loại và trích yếu nội" in page for page in pages)
    assert [f"Trang {n}/{len(pages) + 1}" in page for n, page in enumerate(pages, start=2)] == [True] * len(pages)
    found = re.findall(r"\b(\d+)-TB/HU\b", "".join(pages))
    assert sorted(int(n) for n in found) == list(range(150))


def test_the_outgoing_register_xlsx_matches_the_cache(clerk: OfficeSession, tmp_path: Path) -> None:
    target = tmp_path / "so-di.xlsx"
    assert clerk.export_register(clerk.register_range("outgoing", FIRST, LAST), target) == 2
    sheet = load_workbook(target, read_only=True)["Sổ đi"]
    rows = [tuple(c for c in row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == UNIT_NAME and rows[1][0] == "SỔ ĐĂNG KÝ VĂN BẢN ĐI"
    assert rows[3][:3] == ("Số đi", "Ngày tháng", "Số, ký hiệu")
    body = rows[4:]
    assert [(r[0], r[1], r[2], r[3], r[4], r[5], r[7]) for r in body] == [
        (number, f"{issued[8:]}/{issued[5:7]}/{issued[:4]}", symbol, f"{doc_type}: {summary}", "Lê Văn Hùng",
         "; ".join(recipients), copies)
        for _, number, doc_type, symbol, summary, issued, recipients, copies in OUTGOING]


def test_the_incoming_register_xlsx_holds_the_same_lines_as_the_pdf(clerk: OfficeSession, tmp_path: Path) -> None:
    where = clerk.register_range("incoming", FIRST, LAST)
    clerk.export_register(where, tmp_path / "so-den.xlsx")
    sheet = load_workbook(tmp_path / "so-den.xlsx", read_only=True)["Sổ đến"]
    body = [tuple("" if v is None else str(v) for v in row) for row in sheet.iter_rows(min_row=5, values_only=True)]
    assert body == list(clerk.register_lines(where))


def test_a_range_that_ends_before_it_begins_is_refused(clerk: OfficeSession) -> None:
    with pytest.raises(ValueError, match="before it begins"):
        clerk.register_range("incoming", LAST, FIRST)


def test_an_export_to_another_format_is_refused_and_writes_nothing(clerk: OfficeSession, tmp_path: Path) -> None:
    with pytest.raises(OfficeError) as refused:
        clerk.export_register(clerk.register_range("incoming", FIRST, LAST), tmp_path / "so-den.docx")
    assert refused.value.code == "export_format" and refused.value.params == {"name": "so-den.docx"}
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]


def test_a_symbol_already_registered_by_the_same_issuer_that_year_is_found(clerk: OfficeSession) -> None:
    import datetime as dt

    found = clerk.symbol_duplicates("Số: 15–CV/HU", "huyện ủy", dt.date(2026, 3, 2))
    assert [row["id"] for row in found] == ["d1"]
    assert clerk.symbol_duplicates("15-CV/HU", "Huyện ủy", dt.date(2025, 3, 2)) == []  # another year
    assert clerk.symbol_duplicates("15-CV/HU", "Tỉnh ủy", dt.date(2026, 3, 2)) == []  # another issuer
    assert clerk.symbol_duplicates("15-CV/HU", "Huyện ủy", dt.date(2026, 3, 2), exclude_id="d1") == []
