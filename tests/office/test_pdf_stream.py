"""The page-by-page PDF writer: a printout that fails half way leaves no half file and keeps the earlier one; a
file of many pages reads back whole, each page with its own footer and the one subset font."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from client.office.pdf_font import find_font
from client.office.pdf_stream import StreamedPdf
from client.office.registers import Column
from client.office.table_export import Table, write_tables_pdf


def _rows_then_a_failure() -> Iterator[tuple[str, str]]:
    for number in range(300):
        yield str(number), f"Văn bản số {number}"
    raise OSError("the cache file could not be read")


def test_a_printout_that_fails_half_way_keeps_the_earlier_file_and_leaves_no_part(tmp_path: Path) -> None:
    target = tmp_path / "sổ đến.pdf"
    columns = (Column("Số", 30), Column("Trích yếu", 100))
    write_tables_pdf(target, unit_name="Đảng ủy xã An Bình", title="SỔ ĐĂNG KÝ", cover=["Năm 2026"],
                     tables=[Table("Sổ", [], columns, [("1", "Văn bản đầu")])])
    earlier = target.read_bytes()
    with pytest.raises(OSError, match="could not be read"):
        write_tables_pdf(target, unit_name="Đảng ủy xã An Bình", title="SỔ ĐĂNG KÝ", cover=["Năm 2026"],
                         tables=[Table("Sổ", [], columns, _rows_then_a_failure())])
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sổ đến.pdf"]


def test_many_pages_read_back_whole_with_their_footers_and_one_font(tmp_path: Path) -> None:
    target = tmp_path / "nhiều trang.pdf"
    with StreamedPdf(target, find_font(), title="Thử") as pdf:
        for page in range(1, 121):
            pdf.add_page()
            pdf.text(20, 30, f"Trang thân số {page}: Đảng ủy xã Hòa Bình, Nghị quyết về chuyển đổi số", 11)
            pdf.line(20, 32, 200, 32)
        assert pdf.close(lambda page, total: [(130, 200, f"Trang {page}/{total}", 8)]) == 120
    reader = PdfReader(target)
    assert len(reader.pages) == 120
    texts = [page.extract_text() for page in reader.pages]
    assert all(f"Trang thân số {n}: Đảng ủy xã Hòa Bình" in t and f"Trang {n}/120" in t
               for n, t in enumerate(texts, start=1))
    fonts = {f["/BaseFont"] for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert len(fonts) == 1
