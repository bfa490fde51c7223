"""Defects users reported: raw codes in the conflicts view, the task detail's status, search hits, the settings."""

from __future__ import annotations

from collections.abc import Callable

from client.office import OfficeSession
from client.ui.main_window import TASKS, MainWindow
from client.ui.settings import AppSettings


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
