"""One resolution's one-page summary, as a commune sends it upward: PDF read back with pypdf (one page, Vietnamese
intact, the figures of tests/office/report_corpus.py worked out by hand), XLSX with openpyxl, from the office layer
and the command line; an unknown resolution and a wrong file name refused without writing anything."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from client.cli.main import main
from client.office import OfficeError, OfficeSession
from tests.office.report_corpus import TODAY, UNIT_NAME, corpus_session

DIGITAL = "05-NQ/ĐU"  # t1 done, t2 done late, t3 and t4 in progress; t3's monthly report last sent in March


@pytest.fixture
def clerk(tmp_path: Path) -> Iterator[OfficeSession]:
    session = corpus_session(tmp_path / "home")
    yield session
    session.close()


def _text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_the_summary_pdf_is_one_page_with_the_hand_computed_figures_in_intact_vietnamese(
        clerk: OfficeSession, tmp_path: Path) -> None:
    target = tmp_path / "tóm tắt 05-NQ.pdf"
    clerk.export_resolution_summary(DIGITAL, target, TODAY)
    pages = _text(target)
    assert len(pages) == 1
    page = pages[0]
    for expected in (UNIT_NAME, "BÁO CÁO TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT", "Nghị quyết 05-NQ/ĐU: Về chuyển đổi số",
                     "Tình hình đến ngày 30/04/2026", "Đang thực hiện 2", "Hoàn thành đúng hạn 1",
                     "Hoàn thành quá hạn 1", "Tổng số nhiệm vụ 4", "Tỷ lệ đúng hạn (trong số đã hoàn thành) 50%",
                     "Tỷ lệ hồ sơ trực tuyến 80 85 %", "Số cán bộ được tập huấn 30 12 người",
                     "Báo cáo tiến độ chuyển đổi số hằng tháng", "Trang 1/1"):
        assert expected in page, expected
    assert "Tập huấn kỹ năng số hằng quý" in page  # its indicator's task; its quarterly report is in (5 April)
    assert page.count("Tập huấn kỹ năng số hằng quý") == 1  # so it is not among the reports due
    assert "57-NQ/TW" not in page and "Phổ cập chữ ký số" not in page  # another resolution's task


def test_the_summary_xlsx_is_one_sheet_with_the_same_figures(clerk: OfficeSession, tmp_path: Path) -> None:
    target = tmp_path / "tóm tắt.xlsx"
    clerk.export_resolution_summary(DIGITAL, target, TODAY)
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["NQ 05-NQ-ĐU"]
    rows = [tuple(v for v in row if v is not None) for row in book.active.iter_rows(values_only=True)]
    assert ("Nghị quyết 05-NQ/ĐU: Về chuyển đổi số",) in rows
    assert {("Đang thực hiện", 2), ("Hoàn thành đúng hạn", 1), ("Hoàn thành quá hạn", 1),
            ("Tổng số nhiệm vụ", 4)} <= set(rows)
    assert ("Số hóa hồ sơ một cửa", "Tỷ lệ hồ sơ trực tuyến", 80, 85, "%") in rows
    assert ("Tập huấn kỹ năng số hằng quý", "Số cán bộ được tập huấn", 30, 12, "người") in rows
    assert ("Báo cáo tiến độ chuyển đổi số hằng tháng",) in rows


def test_an_empty_section_says_so_instead_of_printing_headings_alone(clerk: OfficeSession, tmp_path: Path) -> None:
    # 57-NQ/TW here: one task, overdue, no indicator, a one-off (no periodic report due), nothing finished yet.
    target = tmp_path / "57.pdf"
    clerk.export_resolution_summary("57-NQ/TW", target, TODAY)
    page = _text(target)[0]
    assert "Tỷ lệ đúng hạn (trong số đã hoàn thành) Chưa có nhiệm vụ hoàn thành" in page
    assert page.count("Không có") == 2  # the indicators and the reports due


def test_a_resolution_with_no_task_here_is_refused_and_nothing_is_written(clerk: OfficeSession,
                                                                         tmp_path: Path) -> None:
    target = tmp_path / "không có.pdf"
    with pytest.raises(OfficeError) as refused:
        clerk.export_resolution_summary("99-NQ/TW", target, TODAY)
    assert refused.value.code == "unknown_resolution" and refused.value.params == {"number": "99-NQ/TW"}
    assert not target.exists() and list(tmp_path.iterdir()) == [tmp_path / "home"]


def test_a_summary_to_another_format_is_refused(clerk: OfficeSession, tmp_path: Path) -> None:
    with pytest.raises(OfficeError) as refused:
        clerk.export_resolution_summary(DIGITAL, tmp_path / "tóm tắt.docx", TODAY)
    assert refused.value.code == "export_format"
    assert not (tmp_path / "tóm tắt.docx").exists()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    corpus_session(tmp_path / "home").close()
    monkeypatch.setenv("COMMUNE_OFFICE_PASSWORD", "Mật khẩu xã 2026")
    return tmp_path / "home"


def _cli(home: Path, *args: str) -> int:
    return main([args[0], "--home", str(home), "-u", "lan.nt", *args[1:]])


def test_the_summary_from_the_command_line(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx = tmp_path / "nq.pdf", tmp_path / "nq.xlsx"
    assert _cli(home, "report", "--resolution", DIGITAL, "--pdf", str(pdf), "--xlsx", str(xlsx), "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"written": [str(pdf), str(xlsx)]}
    assert len(PdfReader(pdf).pages) == 1 and load_workbook(xlsx).sheetnames == ["NQ 05-NQ-ĐU"]
    assert _cli(home, "report", "--resolution", DIGITAL, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["by_status"], shown["on_time"], shown["late"]) == (
        {"done": 1, "done_late": 1, "in_progress": 2}, 1, 1)


def test_the_command_line_refuses_an_unknown_resolution_and_a_report_without_a_period(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(home, "report", "--resolution", "99-NQ/TW") != 0
    assert re.search(r"No task here belongs to resolution '99-NQ/TW'", capsys.readouterr().err)
    assert _cli(home, "report") != 0
    assert "--from DATE --to DATE, or --resolution NUMBER" in capsys.readouterr().err
