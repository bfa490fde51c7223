"""Document lists over a real encrypted cache: rows, unread and overdue at a glance, lazy pages, SQL sorting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from client.cache.lists import SORTABLE
from client.cache.profile import OpenProfile
from client.cache.store import NewDocument
from client.office import DocumentFilter, DocumentRecord, OfficeSession
from client.ui import worker
from client.ui.document_list_view import DocumentListView
from client.ui.main_window import INCOMING, TASKS, MainWindow
from client.ui.models.document_table import COLUMN_INDEX, COLUMNS, OVERDUE_ROLE, PAGE_SIZE
from client.ui.settings import AppSettings


@pytest.fixture
def window_on(qtbot, settings: AppSettings) -> Iterator[Callable[[OpenProfile], MainWindow]]:
    def make(profile: OpenProfile) -> MainWindow:
        window = MainWindow(profile, settings, idle_ms=0)
        qtbot.addWidget(window)
        window.show()
        return window

    yield make


def test_incoming_list_shows_cached_rows_with_unread_bold_and_overdue_marked(
    qtbot, make_profile: Callable[..., OfficeSession], window_on: Callable[[OpenProfile], MainWindow]
) -> None:
    window = window_on(make_profile(20))
    model = window.incoming.model
    qtbot.waitUntil(lambda: model.rowCount() == 21, timeout=10_000)
    qtbot.waitUntil(lambda: "21" in window.incoming.count.text())
    summary = model.index(0, COLUMN_INDEX["summary"])
    assert model.data(summary, Qt.ItemDataRole.FontRole).bold()  # from the server, not opened yet
    overdue = [r for r in range(model.rowCount()) if model.data(model.index(r, 0), OVERDUE_ROLE)]
    assert len(overdue) == 3  # documents 0, 7 and 14 of the sample passed their deadline
    deadline = model.data(model.index(overdue[0], COLUMN_INDEX["deadline"]))
    assert "overdue" in deadline and deadline[2] == "/" and deadline[5] == "/"  # dd/MM/yyyy

    # Opening a row shows the document and turns it to read.
    with qtbot.waitSignal(window.incoming.document.loaded, timeout=10_000):
        window.incoming.table.setCurrentIndex(model.index(0, 0))
    assert not model.data(summary, Qt.ItemDataRole.FontRole)
    assert window.incoming.document.heading.text().startswith(model.row_data(0)["number_symbol"] or "")


def test_five_thousand_rows_are_fetched_page_by_page_as_the_user_scrolls(
    qtbot, make_profile: Callable[..., OfficeSession], window_on: Callable[[OpenProfile], MainWindow]
) -> None:
    window = window_on(make_profile(5000, with_pdf=False))
    model = window.incoming.model
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE, timeout=10_000)
    assert model.pages_fetched == 1 and model.canFetchMore()
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        window.incoming.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 2 * PAGE_SIZE)
    assert model.rowCount() < 5000
    assert model.pages_fetched < 5000 // PAGE_SIZE


def test_sorting_by_a_column_is_done_by_the_cache(
    qtbot, make_profile: Callable[..., OfficeSession], window_on: Callable[[OpenProfile], MainWindow]
) -> None:
    window = window_on(make_profile(30, with_pdf=False))
    model = window.incoming.model
    qtbot.waitUntil(lambda: model.rowCount() == 30, timeout=10_000)
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        window.incoming.table.sortByColumn(COLUMN_INDEX["urgency"], Qt.SortOrder.DescendingOrder)
    assert model.query.order_by == "urgency" and model.query.descending
    urgencies = [model.row_data(r)["urgency"] for r in range(model.rowCount())]
    assert urgencies == sorted(urgencies, reverse=True)


def test_filters_narrow_the_list(
    qtbot, make_profile: Callable[..., OfficeSession], window_on: Callable[[OpenProfile], MainWindow]
) -> None:
    window = window_on(make_profile(20, with_pdf=False))
    model = window.incoming.model
    qtbot.waitUntil(lambda: model.rowCount() == 20, timeout=10_000)
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        window.incoming.filters.overdue.setChecked(True)
    assert model.rowCount() == 3
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        window.incoming.filters.overdue.setChecked(False)
        box = window.incoming.filters.type_box
        box.setCurrentIndex(box.findData("Nghị quyết"))
    assert model.rowCount() == 5
    assert {model.row_data(r)["doc_type"] for r in range(5)} == {"Nghị quyết"}


def test_every_column_the_lists_sort_by_is_a_sort_the_cache_reads_from_an_index() -> None:
    # tests/cache/test_list_plans.py checks the plan of every sort in SORTABLE; a column made sortable here with a
    # key the cache does not offer would be refused at the first click.
    offered = {column.sort_key for column in COLUMNS if column.sort_key is not None}
    assert offered and offered <= set(SORTABLE)


def test_a_list_reads_nothing_until_shown_then_its_own_kind_in_the_header_order(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    # Building a list set its header's sort indicator, and the model read that sort at once over every document of
    # every kind (no filter yet): at 100,000 documents, three such full sorts ran at start-up.
    session = make_profile(30, with_pdf=False)
    session.store.add_document(DocumentRecord(kind="outgoing", number_symbol="12-BC/ĐU", doc_type="Báo cáo",
                                              summary="Báo cáo quý", issued_date=date.today(), status="draft"),
                               local=True)
    view = DocumentListView(session, "outgoing", "Outgoing", settings=settings)
    qtbot.addWidget(view)
    view.table.sortByColumn(COLUMN_INDEX["urgency"], Qt.SortOrder.DescendingOrder)  # before it is shown
    worker.wait_for_idle()
    qtbot.wait(0)  # deliver anything the pool finished
    assert view.model.pages_fetched == 0 and view.model.rowCount() == 0 and not view.model.is_loading

    with qtbot.waitSignal(view.model.pageLoaded, timeout=10_000):
        view.start()
    assert view.model.pages_fetched == 1
    assert view.model.query.order_by == "urgency" and view.model.query.descending
    assert [view.model.row_data(r)["number_symbol"] for r in range(view.model.rowCount())] == ["12-BC/ĐU"]


def test_sorting_a_scrolled_list_reads_the_first_page_again_in_the_new_order(
    qtbot, make_profile: Callable[..., OfficeSession], window_on: Callable[[OpenProfile], MainWindow]
) -> None:
    window = window_on(make_profile(450, with_pdf=False))
    model = window.incoming.model
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE, timeout=10_000)
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE and model.canFetchMore()
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        window.incoming.table.sortByColumn(COLUMN_INDEX["number_symbol"], Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == PAGE_SIZE and model.pages_fetched == 1
    held = [model.row_data(r)["number_symbol"] for r in range(model.rowCount())]
    every = [row["number_symbol"] for row in window.session.list_documents(
        DocumentFilter(kind="incoming"), order_by="number_symbol", descending=False, limit=1000)]
    assert held == every[:PAGE_SIZE]


def test_only_incoming_is_built_at_start_and_a_page_is_built_when_first_shown(
    qtbot, make_profile: Callable[..., OfficeSession], window_on: Callable[[OpenProfile], MainWindow]
) -> None:
    window = window_on(make_profile(10, with_pdf=False))
    qtbot.waitUntil(lambda: window.incoming.model.rowCount() == 10, timeout=10_000)
    assert window.built_pages() == [window.incoming]
    assert window.pages.currentWidget() is window.incoming

    window.nav.setCurrentRow(TASKS)
    assert window.pages.currentWidget() is window.tasks and window.tasks.isVisible()
    assert window.built_pages() == [window.incoming, window.tasks]
    window.nav.setCurrentRow(INCOMING)
    assert window.pages.currentWidget() is window.incoming  # the stand-in it replaced is gone, not shown
    assert window.pages.count() == 9


def test_incoming_by_deadline_soonest_first_shows_the_nearest_deadline_in_the_first_row(
    qtbot, make_profile: Callable[..., OfficeSession], window_on: Callable[[OpenProfile], MainWindow]
) -> None:
    # Issue 17: most documents have no deadline, and ascending they filled the first screens before any deadline.
    session = make_profile(30, with_pdf=False)
    session.store.add_documents((NewDocument(DocumentRecord(kind="incoming", doc_type="Công văn",
                                                            summary=f"Thông báo không hạn {n}",
                                                            issued_date=date.today()))
                                 for n in range(PAGE_SIZE + 20)), local=False)
    window = window_on(session)
    model = window.incoming.model
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE, timeout=10_000)
    with qtbot.waitSignal(model.pageLoaded, timeout=10_000):
        window.incoming.table.sortByColumn(COLUMN_INDEX["deadline"], Qt.SortOrder.AscendingOrder)
    assert model.query.order_by == "deadline" and not model.query.descending
    deadlines = [model.row_data(r)["deadline"] for r in range(model.rowCount())]
    dated = sorted(d for d in (r["deadline"] for r in session.list_documents(DocumentFilter(kind="incoming"),
                                                                             limit=1000)) if d is not None)
    assert deadlines[0] == dated[0] == date.today() - timedelta(days=3)
    assert deadlines[:len(dated)] == dated and set(deadlines[len(dated):]) == {None}
    assert "overdue" in model.data(model.index(0, COLUMN_INDEX["deadline"]))
