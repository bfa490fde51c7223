"""The Registers and Reports views in the main window, over a cache with known registers and figures: the preview
shows the register's lines, the file is written from the view, the trend chart carries the months' figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate

from client.office import OfficeSession
from client.ui.document_form import DocumentForm
from client.ui.main_window import REGISTERS, REPORTS, MainWindow
from client.ui.settings import AppSettings
from sync.engine.replica import IncomingChange
from sync.protocol.records import UnitRecord
from tests.office.report_corpus import FIRST, LAST, UNIT, UNIT_NAME, corpus_session


@pytest.fixture
def window(qtbot, tmp_path: Path, settings: AppSettings) -> Iterator[MainWindow]:
    session: OfficeSession = corpus_session(tmp_path / "home")
    main = MainWindow(session, settings, idle_ms=0)
    qtbot.addWidget(main)
    main.show()
    yield main
    session.close()


def _period(view, first: date, last: date) -> None:
    view.first.setDate(QDate(first))
    view.last.setDate(QDate(last))


def test_the_registers_view_previews_a_month_and_saves_it_as_pdf(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = window.registers
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        window.show_view(REGISTERS)  # this month: nothing yet
    _period(view, FIRST, FIRST.replace(day=31))
    with qtbot.waitSignal(view.loaded, timeout=20_000) as shown:
        view.show_button.click()
    assert shown.args == [5]
    assert [view.model.rows[r][0] for r in range(view.model.rowCount())] == ["1", "2", "3", "4", "5"]
    assert view.model.headers[0] == "Arrival no."
    assert "5 entries" in view.message.text()
    target = tmp_path / "sổ đến tháng 3.pdf"
    with qtbot.waitSignal(view.saved, timeout=60_000):
        view.save_to(target)
    pages = PdfReader(target).pages
    assert "Số văn bản: 5" in pages[0].extract_text() and "V/v rà soát hộ nghèo" in pages[1].extract_text()


def test_the_outgoing_register_previews_and_saves_as_xlsx(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = window.registers
    _period(view, FIRST, LAST)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.kind.setCurrentIndex(1)
    assert view.model.headers[0] == "Outgoing no." and len(view.model.rows) == 2
    with qtbot.waitSignal(view.saved, timeout=60_000):
        view.save_to(tmp_path / "so-di.xlsx")
    rows = list(load_workbook(tmp_path / "so-di.xlsx", read_only=True)["Sổ đi"].iter_rows(values_only=True))
    assert [row[2] for row in rows[4:]] == ["01-NQ/ĐU", "02-BC/ĐU"]


def test_an_end_date_before_the_start_is_said_and_nothing_is_read(qtbot, window: MainWindow) -> None:
    view = window.registers
    _period(view, LAST, FIRST)
    view.refresh()
    assert "before the start date" in view.message.text() and view.model.rowCount() == 0


def test_the_reports_view_draws_the_trend_and_lists_the_overdue(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = window.reports
    _period(view, FIRST, LAST)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        window.show_view(REPORTS)
    # The view reads again with the chosen period (show_view read with its defaults first).
    with qtbot.waitSignal(view.loaded, timeout=20_000) as shown:
        view.show_button.click()
    report = shown.args[0]
    assert [(p.x(), p.y()) for p in view.chart.median.points()] == [(0, 3.5), (1, 3.0)]
    assert [p.y() for p in view.chart.p90.points()] == [10, 10]
    assert [f.group for f in report.by_month] == ["2026-03", "2026-04"]
    overdue = view.models["overdue"].rows
    assert [(row[1], row[0]) for row in overdue][:1] == [("17-CV/HU", "Nguyễn Thị Lan")]
    with qtbot.waitSignal(view.saved, timeout=60_000):
        view.save_to(tmp_path / "báo cáo.xlsx")
    assert "Thời gian theo tháng" in load_workbook(tmp_path / "báo cáo.xlsx", read_only=True).sheetnames


def test_typing_a_symbol_fills_type_and_issuer_and_warns_of_the_same_document(qtbot, window: MainWindow) -> None:
    form = DocumentForm(window.session, "incoming")
    qtbot.addWidget(form)
    form.issued_date.setDate(QDate(2026, 3, 2))
    form.number.setText("88/KH-UBND")
    with qtbot.waitSignal(form.symbol_assist.checked, timeout=20_000) as first:
        form.number.editingFinished.emit()
    assert form.doc_type.currentText() == "Kế hoạch" and form.issuing_body.text() == "Ủy ban nhân dân"
    assert first.args == [0] and form.duplicate_warning.text() == ""  # the cache's 88/KH-UBND is from UBND tỉnh
    form.number.setText("15-CV/HU")
    form.issuing_body.setText("Huyện ủy")
    with qtbot.waitSignal(form.symbol_assist.checked, timeout=20_000) as second:
        form.number.editingFinished.emit()
    assert second.args == [1] and "arrival no. 2" in form.duplicate_warning.text()
    assert form.doc_type.currentText() == "Công văn"


def test_a_type_the_clerk_chose_is_kept_when_the_symbol_says_otherwise(qtbot, window: MainWindow) -> None:
    form = DocumentForm(window.session, "incoming")
    qtbot.addWidget(form)
    form.doc_type.setCurrentText("Quy định")
    form.doc_type.activated.emit(form.doc_type.currentIndex())
    form.number.setText("01-QĐ/TW")  # some Party quy định are printed QĐ: the clerk knows better than the symbol
    with qtbot.waitSignal(form.symbol_assist.checked, timeout=20_000):
        form.number.editingFinished.emit()
    assert form.doc_type.currentText() == "Quy định" and form.issuing_body.text() == "Ban Chấp hành Trung ương"


def test_the_registers_view_shows_the_units_numbering_and_follows_a_party_scheme(qtbot, window: MainWindow) -> None:
    view = window.registers
    _period(view, FIRST, LAST)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show_button.click()
    assert f"Numbered per calendar year (Năm {FIRST.year})" in view.numbering.text()
    assert "Next number on this computer: " in view.numbering.text()
    party = UnitRecord(id=UNIT, version=2, unit_id=UNIT, name=UNIT_NAME, code="XHB", level="commune",
                       secrecy_ceiling=1, offline_grace_hours=72, numbering_scheme="party",
                       term_start=date(2025, 10, 15))
    window.session.replica.apply_changes([IncomingChange("unit", UNIT, "upsert", 2, party.model_dump(mode="json"))],
                                         2)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.kind.setCurrentIndex(1)  # the outgoing register: numbered per type through the term
    assert view.numbering.text() == ("Numbered per document type through the committee term (Nhiệm kỳ 2025-2030; "
                                     "this term began on 15/10/2025).")


def test_a_resolutions_one_page_summary_is_saved_from_the_reports_view(qtbot, window: MainWindow,
                                                                       tmp_path: Path) -> None:
    view = window.reports
    assert not view.summary_pdf_button.isEnabled()  # nothing to choose before a report is read
    _period(view, FIRST, LAST)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        window.show_view(REPORTS)
    assert [view.resolution.itemData(i) for i in range(view.resolution.count())] == ["05-NQ/ĐU", "57-NQ/TW"]
    assert view.summary_pdf_button.isEnabled()
    target = tmp_path / "nghị quyết 05.pdf"
    with qtbot.waitSignal(view.saved, timeout=60_000):
        view.save_summary_to(str(view.resolution.itemData(0)), target)
    pages = PdfReader(target).pages
    assert len(pages) == 1 and "Nghị quyết 05-NQ/ĐU: Về chuyển đổi số" in pages[0].extract_text()
    assert "Saved the summary of resolution 05-NQ/ĐU" in view.message.text()


def test_a_summary_of_a_resolution_with_no_task_here_is_refused_in_words(qtbot, window: MainWindow,
                                                                         tmp_path: Path) -> None:
    view = window.reports
    target = tmp_path / "không có.pdf"
    view.save_summary_to("99-NQ/TW", target)
    qtbot.waitUntil(lambda: "No task" in view.message.text(), timeout=20_000)
    assert "No task on this computer belongs to resolution 99-NQ/TW" in view.message.text()
    assert not target.exists()
