"""Defects users reported: raw codes in the conflicts view, the task detail's status, search hits, the settings."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt

from client.office import OfficeSession
from client.ui.main_window import SEARCH, TASKS, MainWindow
from client.ui.models.document_table import COLUMN_INDEX, MATCH_ROLE
from client.ui.settings import AppSettings
from tests.ui.conftest import type_text


def _window(qtbot, profile: OfficeSession, settings: AppSettings) -> MainWindow:
    window = MainWindow(profile, settings, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_task_detail_says_overdue_where_the_list_does(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    window = _window(qtbot, make_profile(0, with_pdf=False), settings)
    with qtbot.waitSignal(window.tasks.loaded, timeout=10_000):
        window.show_view(TASKS)
    tasks = window.tasks
    internet = next(t for r in tasks.model.resolutions for t in r.tasks if "internet" in t["title"])
    assert internet["status"] == "in_progress"  # stored; its deadline passed five days ago
    assert tasks.select_task(internet["id"])
    listed = tasks.model.data(tasks.tree.currentIndex().siblingAtColumn(2))
    assert listed == "Overdue"
    assert "Status: Overdue" in tasks.detail.text()
    assert "In progress" not in tasks.detail.text()
    assert "(overdue)" in tasks.detail.text()


def test_search_results_mark_the_matched_words_on_the_original_text(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    window = _window(qtbot, make_profile(5, with_pdf=False), settings)
    window.show_view(SEARCH)
    search = window.search
    with qtbot.waitSignal(search.model.pageLoaded, timeout=10_000):
        type_text(qtbot, search.box, "nghi quyet dang uy")
    assert search.model.rowCount() == 5
    cell = search.model.index(0, COLUMN_INDEX["summary"])
    marked = cell.data(MATCH_ROLE)
    assert re.findall(r"<b[^>]*>(.*?)</b>", marked) == ["Nghị quyết Đảng ủy"]  # the original words, with diacritics
    assert marked.startswith("…")  # a narrow cell starts near the match
    assert cell.data() == search.model.row_data(0)["summary"]  # the plain text stays for copying and readers
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Về việc") and re.findall(r"<b[^>]*>(.*?)</b>", tooltip) == ["Nghị quyết Đảng ủy"]
    assert search.model.index(0, COLUMN_INDEX["issuing_body"]).data(MATCH_ROLE) is None
    # The search view draws the marked cell (its delegate paints the HTML without error).
    assert not search.table.grab().isNull()

    with qtbot.waitSignal(search.model.pageLoaded, timeout=10_000):
        search.box.setText("HU")
    assert re.findall(r"<b[^>]*>(.*?)</b>", search.model.index(0, COLUMN_INDEX["number_symbol"]).data(MATCH_ROLE)) \
        == ["HU"]
