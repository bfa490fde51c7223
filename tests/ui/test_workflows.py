"""A clerk's workflows, clicked and typed: open a PDF, add a note, register a document, digitize, search, report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialogButtonBox

from client.cache.profile import OpenProfile
from client.cache.search import DocumentFilter
from client.office import OfficeSession
from client.ui.main_window import SEARCH, TASKS, MainWindow
from client.ui.settings import AppSettings
from tests.ui.conftest import make_pdf, type_text


def _window(qtbot, profile: OpenProfile, settings: AppSettings) -> MainWindow:
    window = MainWindow(profile, settings, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    return window


def _open_document(qtbot, window: MainWindow, number: str) -> None:
    model = window.incoming.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(model.rowCount()) if model.row_data(r)["number_symbol"] == number)
    with qtbot.waitSignal(window.incoming.document.loaded, timeout=10_000):
        window.incoming.table.setCurrentIndex(model.index(row, 0))


def test_the_attached_pdf_opens_in_the_embedded_viewer_from_the_encrypted_vault(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    window = _window(qtbot, make_profile(3), settings)
    view = window.incoming.document
    with qtbot.waitSignal(view.viewer.shown, timeout=10_000) as shown:
        _open_document(qtbot, window, "57-NQ/TW")
    assert shown.args == ["pdf"]
    qtbot.waitUntil(lambda: view.viewer.pdf_document.status() == QPdfDocument.Status.Ready)
    assert view.viewer.pdf_document.pageCount() == 1
    assert "chuyển đổi số" in view.viewer.pdf_document.getAllText(0).text()


def test_a_processing_note_is_added_to_the_timeline_and_queued(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    profile = make_profile(3)
    window = _window(qtbot, profile, settings)
    _open_document(qtbot, window, "1-CV/HU")
    view = window.incoming.document
    view.tabs.setCurrentIndex(1)
    type_text(qtbot, view.note_text, "Giao đồng chí Hùng chủ trì, báo cáo trước ngày 15.")
    with qtbot.waitSignal(view.noteAdded, timeout=10_000):
        qtbot.mouseClick(view.add_note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("Giao đồng chí Hùng" in view.notes.item(i).text() for i in range(view.notes.count())))
    assert "Nguyễn Thị Lan" in view.notes.item(0).text()
    qtbot.waitUntil(lambda: "1 change" in window.sync_status.pending.text(), timeout=10_000)


def test_registering_an_incoming_document_through_the_form(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings, tmp_path: Path
) -> None:
    profile = make_profile(4, with_pdf=False)
    window = _window(qtbot, profile, settings)
    form = window.new_document("incoming")
    qtbot.waitUntil(lambda: form.arrival_number.value() == 5, timeout=10_000)  # next in this year's register
    type_text(qtbot, form.number, "125-CV/HU")
    type_text(qtbot, form.summary, "Về việc tổng kết công tác chuyển đổi số năm 2025")
    type_text(qtbot, form.issuing_body, "Huyện ủy Bát Xát")
    form.urgency.setCurrentIndex(1)
    form.files.add([make_pdf(tmp_path / "cv125.pdf", "Công văn 125")])
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    doc = profile.store.get_document(saved.args[0])
    assert doc["status"] == "registered" and doc["arrival_number"] == 5 and doc["urgency"] == 1
    assert [a["name"] for a in doc["attachments"]] == ["cv125.pdf"]
    assert profile.store.pending_changes() == 1
    qtbot.waitUntil(lambda: window.incoming.model.rowCount() == 5, timeout=10_000)


def test_a_form_with_no_summary_says_what_to_fix(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    window = _window(qtbot, make_profile(1, with_pdf=False), settings)
    form = window.new_document("outgoing")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "summary" in form.message.text()
    assert form.isVisible()


def test_digitizing_a_folder_imports_each_scan_with_progress(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings, tmp_path: Path
) -> None:
    profile = make_profile(0, with_pdf=False)
    window = _window(qtbot, profile, settings)
    folder = tmp_path / "scans"
    (folder / "2019").mkdir(parents=True)
    for name in ("bien_ban_hop_1", "bien_ban_hop_2", "2019/quyet_dinh_3"):
        make_pdf(folder / f"{name}.pdf", name)
    (folder / "notes.txt").write_text("not a scan")
    dialog = window.digitize()
    dialog.add_folder(folder)
    qtbot.waitUntil(lambda: len(dialog.files.paths) == 3, timeout=10_000)
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [3]
    assert steps[-1] == 3
    assert profile.store.count_documents(DocumentFilter(kind="incoming")) == 3
    summaries = {d["summary"] for d in profile.store.list_documents()}
    assert summaries == {"bien ban hop 1", "bien ban hop 2", "quyet dinh 3"}


def test_search_finds_without_diacritics(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    window = _window(qtbot, make_profile(10), settings)
    window.show_view(SEARCH)
    search = window.search
    with qtbot.waitSignal(search.model.pageLoaded, timeout=10_000):
        type_text(qtbot, search.box, "dot pha khoa hoc")
    assert search.model.rowCount() == 1
    assert search.model.row_data(0)["number_symbol"] == "57-NQ/TW"
    assert "1 result" in search.status.text()


def test_a_search_that_finds_nothing_offers_the_nearest_words_and_one_click_searches_them(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    window = _window(qtbot, make_profile(10), settings)
    window.show_view(SEARCH)
    search = window.search
    with qtbot.waitSignal(search.model.pageLoaded, timeout=10_000):
        type_text(qtbot, search.box, "dot pha khao hoc")
    assert search.model.rowCount() == 0
    qtbot.waitUntil(lambda: search.suggestion is not None, timeout=10_000)
    assert search.suggestion == "dot pha khoa hoc"
    assert "dot pha khoa hoc" in search.status.text() and "href" in search.status.text()
    with qtbot.waitSignal(search.model.pageLoaded, timeout=10_000):
        search.status.linkActivated.emit("suggestion")
    assert search.box.text() == "dot pha khoa hoc" and search.model.rowCount() == 1


def test_a_progress_report_with_figures_and_evidence_is_saved_offline(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings, tmp_path: Path
) -> None:
    profile = make_profile(0, with_pdf=False)
    window = _window(qtbot, profile, settings)
    with qtbot.waitSignal(window.tasks.loaded, timeout=10_000):
        window.show_view(TASKS)
    tasks = window.tasks
    assert tasks.model.rowCount() == 2  # two resolutions
    assert tasks.chart.bar_sets["overdue"].at(0) + tasks.chart.bar_sets["overdue"].at(1) == 1
    internet = next(t for r in tasks.model.resolutions for t in r.tasks if "internet" in t["title"])
    assert tasks.select_task(internet["id"])
    assert "overdue" in tasks.model.data(tasks.tree.currentIndex().siblingAtColumn(1))
    dialog = tasks.open_report_dialog()
    assert dialog is not None
    type_text(qtbot, dialog.period, "Quý 3/2025")
    type_text(qtbot, dialog.text, "Đã kéo cáp quang tới 9 thôn.")
    dialog.progress.setValue(75)
    dialog.figures["Số thôn có internet"].setValue(9)
    dialog.add_evidence([make_pdf(tmp_path / "anh-nghiem-thu.pdf", "Biên bản nghiệm thu")])
    with qtbot.waitSignal(tasks.reportSaved, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    # The tree is read again and the same task chosen, now showing the report's progress.
    qtbot.waitUntil(lambda: tasks.current_task() is not None and tasks.current_task()["progress_percent"] == 75)
    reports = profile.store.task_reports(tasks.current_task()["id"])
    assert reports[0]["figures"] == {"Số thôn có internet": 9.0}
    assert [e["name"] for e in reports[0]["evidence"]] == ["anh-nghiem-thu.pdf"]
    qtbot.waitUntil(lambda: any("Đã kéo cáp" in card.all_text() for card in tasks.reports.cards))
