"""The leader's report from the cache, checked against figures worked out by hand (tests/office/report_corpus.py),
and its PDF and XLSX read back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from client.office import OfficeSession
from client.office.report_figures import TimeFigure, p90
from tests.office.report_corpus import FIRST, HANDLER_MONTHS, LAST, TODAY, corpus_session


@pytest.fixture
def leader(tmp_path: Path) -> Iterator[OfficeSession]:
    session = corpus_session(tmp_path / "home")
    yield session
    session.close()


def test_processing_time_median_and_p90_per_month_match_the_hand_computed_figures(leader: OfficeSession) -> None:
    report = leader.report(FIRST, LAST, TODAY)
    assert report.by_month == [TimeFigure("2026-03", 4, 3.5, 10), TimeFigure("2026-04", 3, 3.0, 10)]


def test_processing_time_per_type_matches_the_hand_computed_figures(leader: OfficeSession) -> None:
    report = leader.report(FIRST, LAST, TODAY)
    assert report.by_type == [TimeFigure("Báo cáo", 1, 1.0, 1), TimeFigure("Công văn", 4, 2.5, 5),
                              TimeFigure("Kế hoạch", 2, 10.0, 10)]


def test_a_document_done_after_the_period_is_left_out_of_its_times(leader: OfficeSession) -> None:
    may = leader.report(dt.date(2026, 5, 1), dt.date(2026, 5, 31), TODAY)
    assert may.by_month == [TimeFigure("2026-05", 1, 7.0, 7)]  # d12: 25/04 to 02/05


def test_the_nearest_rank_p90_is_a_day_count_that_happened() -> None:
    assert p90([1]) == 1
    assert p90(list(range(1, 11))) == 9  # rank 9 of 10
    assert p90(list(range(1, 12))) == 10  # rank ceil(9.9) = 10 of 11
    assert p90([5, 1, 3]) == 5


def test_documents_per_handler_and_month_match_the_hand_counts(leader: OfficeSession) -> None:
    rows = [(h.handler, h.month, h.received, h.processed, h.in_progress, h.overdue)
            for h in leader.report(FIRST, LAST, TODAY).by_handler]
    assert rows == HANDLER_MONTHS


def test_the_overdue_list_names_the_handler_and_days_late(leader: OfficeSession) -> None:
    overdue = leader.report(FIRST, LAST, TODAY).overdue
    assert [(o.handler, o.number_symbol, o.days_late) for o in overdue] == [("Nguyễn Thị Lan", "17-CV/HU", 15)]
    later = leader.report(FIRST, LAST, dt.date(2026, 5, 12)).overdue
    assert [(o.number_symbol, o.days_late) for o in later] == [("17-CV/HU", 27), ("03-TTr/ĐU", 2)]


def test_tasks_per_resolution_give_status_on_time_late_indicators_and_reports_due(leader: OfficeSession) -> None:
    summaries = {s.number: s for s in leader.report(FIRST, LAST, TODAY).resolutions}
    digital = summaries["05-NQ/ĐU"]
    assert digital.by_status == {"done": 1, "done_late": 1, "in_progress": 2}
    assert (digital.on_time, digital.late) == (1, 1)
    assert [(i[1], i[2], i[3]) for i in digital.indicators] == [("Tỷ lệ hồ sơ trực tuyến", 80, 85),
                                                                 ("Số cán bộ được tập huấn", 30, 12)]
    assert digital.reports_due == ["Báo cáo tiến độ chuyển đổi số hằng tháng"]  # last report in March
    assert summaries["57-NQ/TW"].by_status == {"overdue": 1} and summaries["57-NQ/TW"].reports_due == []


def test_a_report_period_that_ends_before_it_begins_is_refused(leader: OfficeSession) -> None:
    with pytest.raises(ValueError, match="before it begins"):
        leader.report(LAST, FIRST, TODAY)


def test_the_report_xlsx_holds_each_table_on_its_sheet(leader: OfficeSession, tmp_path: Path) -> None:
    report = leader.report(FIRST, LAST, TODAY)
    leader.export_report(report, tmp_path / "báo cáo.xlsx")
    book = load_workbook(tmp_path / "báo cáo.xlsx", read_only=True)
    assert book.sheetnames == ["Theo người xử lý", "Thời gian theo tháng", "Thời gian theo loại", "Quá hạn",
                               "Nhiệm vụ", "Chỉ tiêu"]
    months = list(book["Thời gian theo tháng"].iter_rows(min_row=4, values_only=True))
    assert months == [("2026-03", 4, 3.5, 10), ("2026-04", 3, 3, 10)]
    handlers = list(book["Theo người xử lý"].iter_rows(min_row=4, values_only=True))
    assert [tuple(r) for r in handlers] == [(h, m, *counts) for h, m, *counts in HANDLER_MONTHS]
    overdue = list(book["Quá hạn"].iter_rows(min_row=3, values_only=True))
    assert overdue == [("Nguyễn Thị Lan", "17-CV/HU", "V/v kiểm tra đảng viên dự bị", "10/04/2026", "15/04/2026",
                        15)]


def test_the_report_pdf_opens_with_its_tables_and_vietnamese_intact(leader: OfficeSession, tmp_path: Path) -> None:
    report = leader.report(FIRST, LAST, TODAY)
    target = tmp_path / "báo cáo.pdf"
    leader.export_report(report, target)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    for expected in ("BÁO CÁO TÌNH HÌNH XỬ LÝ VĂN BẢN", "Thời gian xử lý", "Phân vị 90 (ngày)", "Trần Văn Minh",
                     "Hoàn thành quá hạn", "Tỷ lệ hồ sơ trực tuyến", "Báo cáo đến hạn chưa gửi", "17-CV/HU"):
        assert expected in text, expected
