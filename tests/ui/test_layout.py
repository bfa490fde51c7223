"""The window at 1024x768, the list beside a chosen document, a reload that keeps the place, full text on hover."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from client.office import OfficeSession
from client.ui.main_window import TASKS, MainWindow
from client.ui.models.document_table import COLUMN_INDEX
from client.ui.settings import AppSettings


def _window(qtbot, session: OfficeSession, settings: AppSettings) -> MainWindow:
    window = MainWindow(session, settings, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _choose(qtbot, window: MainWindow, row: int) -> None:
    view = window.incoming
    with qtbot.waitSignal(view.document.loaded, timeout=10_000):
        view.table.setCurrentIndex(view.model.index(row, COLUMN_INDEX["summary"]))


def _rows_in_sight(window: MainWindow) -> int:
    table = window.incoming.table
    return table.viewport().height() // table.rowHeight(0)


def test_the_window_fits_1024_by_768(qtbot, make_profile: Callable[..., OfficeSession],
                                     settings: AppSettings) -> None:
    window = _window(qtbot, make_profile(5), settings)
    for view in (0, TASKS, 4):  # incoming, tasks, search (its filters have one box more)
        window.show_view(view)
        window.resize(1024, 768)
        qtbot.wait(10)
        assert window.minimumSizeHint().width() <= 1024
        assert window.width() <= 1024 and window.height() <= 768


def test_the_list_keeps_eight_rows_beside_a_chosen_document_and_remembers_the_split(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    window = _window(qtbot, make_profile(30), settings)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.incoming.model.rowCount() > 0, timeout=10_000)
    _choose(qtbot, window, 0)
    qtbot.wait(10)
    assert _rows_in_sight(window) >= 8
    splitter = window.incoming.splitter
    splitter.moveSplitter(splitter.sizes()[0] + 60, 1)
    moved = splitter.sizes()
    again = _window(qtbot, window.session, settings)
    again.resize(1024, 768)
    qtbot.wait(10)
    assert abs(again.incoming.splitter.sizes()[0] - moved[0]) <= 2


def test_a_reload_keeps_the_chosen_document_and_the_scroll_position(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    window = _window(qtbot, make_profile(500), settings)  # more than one page of 200 rows
    view = window.incoming
    model, table = view.model, view.table
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    while model.rowCount() < 400:
        with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
            model.fetchMore()
    _choose(qtbot, window, 250)  # on the second page
    chosen = model.row_data(250)["id"]
    table.verticalScrollBar().setValue(240)
    top = table.verticalScrollBar().value()
    assert top > 0
    with qtbot.waitSignal(view.document.loaded, timeout=1_000, raising=False) as reloaded_pane:
        model.reload()
        qtbot.waitUntil(lambda: table.currentIndex().isValid(), timeout=10_000)
    assert not reloaded_pane.signal_triggered  # the pane was not loaded a second time
    assert model.row_data(table.currentIndex().row())["id"] == chosen
    assert table.verticalScrollBar().value() == top
    assert view.document.document is not None and view.document.document["id"] == chosen


def test_clipped_text_columns_show_the_full_text_on_hover(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    window = _window(qtbot, make_profile(3), settings)
    model = window.incoming.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    row = model.row_data(0)
    for key in ("summary", "issuing_body", "number_symbol", "doc_type"):
        assert model.data(model.index(0, COLUMN_INDEX[key]), Qt.ItemDataRole.ToolTipRole) == row[key]
    with qtbot.waitSignal(window.tasks.loaded, timeout=10_000):
        window.show_view(TASKS)
    tasks = window.tasks.model
    resolution = tasks.index(0, 0)
    assert tasks.data(resolution, Qt.ItemDataRole.ToolTipRole) == tasks.data(resolution)
    task = tasks.index(0, 0, resolution)
    assert tasks.data(task, Qt.ItemDataRole.ToolTipRole) == tasks.data(task)
    deadline = tasks.index(0, 1, resolution)
    assert tasks.data(deadline, Qt.ItemDataRole.ToolTipRole) == tasks.data(deadline)


def test_each_report_is_its_own_item_and_its_evidence_opens_in_the_viewer(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings, tmp_path
) -> None:
    from client.cache.records import ReportRecord
    from tests.ui.conftest import make_pdf

    session = make_profile(0, with_pdf=False)
    task = next(t for t in session.tasks() if "internet" in t["title"])
    author = session.user_id()
    session.store.add_report(ReportRecord(task_id=task["id"], author_id=author, author_name="Nguyễn Thị Lan",
                                          period_label="Quý 2/2025", text="Đã kéo cáp tới 8 thôn."))
    session.store.add_report(
        ReportRecord(task_id=task["id"], author_id=author, author_name="Lò Văn Páo", period_label="Quý 3/2025",
                     text="Đã kéo cáp tới 9 thôn.", figures={"Số thôn có internet": 9}),
        [make_pdf(tmp_path / "bien-ban.pdf", "Biên bản nghiệm thu")],
    )
    window = _window(qtbot, session, settings)
    with qtbot.waitSignal(window.tasks.loaded, timeout=10_000):
        window.show_view(TASKS)
    tasks = window.tasks
    assert tasks.select_task(task["id"])
    qtbot.waitUntil(lambda: len(tasks.reports.cards) == 2, timeout=10_000)
    first, second = tasks.reports.cards
    assert "Quý 2/2025" in first.header.text() and "Nguyễn Thị Lan" in first.header.text()
    assert "Quý 3/2025" in second.header.text() and "Lò Văn Páo" in second.header.text()
    assert "/" in second.header.text()  # the date
    assert "Số thôn có internet: 9" in second.figures.text()
    assert first.evidence_buttons == [] and [b.text() for b in second.evidence_buttons] == ["bien-ban.pdf"]
    second.evidence_buttons[0].click()
    dialog = tasks.evidence_dialog
    assert dialog.windowTitle() == "bien-ban.pdf"
    qtbot.waitUntil(lambda: dialog.viewer.pdf_document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    assert dialog.viewer.currentIndex() == 1  # the PDF page, not a message
    assert "nghiệm thu" in dialog.viewer.pdf_document.getAllText(0).text()
    dialog.close()
