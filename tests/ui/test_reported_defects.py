"""Defects users reported: raw codes in the conflicts view, the task detail's status, search hits, the settings."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import insert

from client import machine_config
from client.cache.schema import conflicts, people
from client.machine_config import MachineConfig
from client.office import OfficeSession
from client.ui.main_window import CONFLICTS, SEARCH, TASKS, MainWindow
from client.ui.models.document_table import COLUMN_INDEX, MATCH_ROLE
from client.ui.settings import AppSettings
from tests.ui.conftest import COMMUNE, type_text


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


def _conflicts_of(profile: OfficeSession, doc_id: str, fields: dict[str, tuple]) -> None:
    """Two people of the unit, and open conflicts on a document as a sync run stores them (base, mine, server's)."""
    now = datetime.now()
    with profile.store.writer.begin() as conn:
        conn.execute(insert(people).values(id="p-hoa", username="hoa.lt", full_name="Lê Thị Hoa",
                                           position="Phó Bí thư", unit_id=COMMUNE.id, role="specialist",
                                           roles=["specialist"], active=True, updated_at=now))
        conn.execute(insert(people).values(id="p-minh", username="minh.tv", full_name="Trần Văn Minh",
                                           unit_id=COMMUNE.id, role="specialist", roles=["specialist"], active=True,
                                           updated_at=now))
        for name, (base, mine, theirs) in fields.items():
            conn.execute(insert(conflicts).values(entity="document", record_id=doc_id, field=name, base_value=base,
                                                  local_value=mine, remote_value=theirs, remote_version=2,
                                                  created_at=now))


def test_the_conflicts_view_shows_words_and_merges_by_choosing_them(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    profile = make_profile(1, with_pdf=False)
    doc = profile.list_documents()[0]
    _conflicts_of(profile, doc["id"], {
        "status": ("received", "registered", "assigned"),
        "handler_id": (None, "p-hoa", "p-minh"),
        "deadline": (None, "2026-03-31", "2026-04-15"),
        "urgency": (0, 1, 3),
        "summary": ("Cũ", "Tóm tắt của tôi", "Tóm tắt của máy chủ"),
    })
    window = _window(qtbot, profile, settings)
    view = window.conflicts
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_view(CONFLICTS)
    model = view.model
    shown = {model.rows[r]["field"]: [model.index(r, c).data() for c in range(1, 5)] for r in range(model.rowCount())}
    assert shown["status"] == ["Status", "Registered", "Assigned", "Received"]
    assert shown["handler_id"] == ["Handler", "Lê Thị Hoa", "Trần Văn Minh", "–"]
    assert shown["deadline"] == ["Deadline", "31/03/2026", "15/04/2026", "–"]
    assert shown["urgency"] == ["Urgency", "Urgent", "Flash", "Normal"]
    no_code = {"registered", "assigned", "p-hoa", "p-minh", "2026-03-31"}
    assert not no_code & {text for texts in shown.values() for text in texts}

    def choose(field: str) -> None:
        row = next(r for r in range(model.rowCount()) if model.rows[r]["field"] == field)
        view.table.selectRow(row)

    # A status: the two sides' statuses in words, in a list; the code is what is stored.
    choose("status")
    assert view.mine.toPlainText() == "Registered" and view.theirs.toPlainText() == "Assigned"
    assert view.merge_editor.currentWidget() is view.merged_choice
    words = [view.merged_choice.itemText(i) for i in range(view.merged_choice.count())]
    assert words[:2] == ["Registered", "Assigned"] and view.merged_choice.currentText() == "Registered"
    view.merged_choice.setCurrentIndex(1)
    with qtbot.waitSignal(view.resolved, timeout=10_000):
        view.keep_merged.click()
    assert profile.store.get_document(doc["id"])["status"] == "assigned"

    # A handler: the unit's people by name.
    qtbot.waitUntil(lambda: all(r["field"] != "status" for r in model.rows), timeout=10_000)
    choose("handler_id")
    assert view.mine.toPlainText() == "Lê Thị Hoa"
    words = [view.merged_choice.itemText(i) for i in range(view.merged_choice.count())]
    assert "Trần Văn Minh" in words and "Lê Thị Hoa" in words
    view.merged_choice.setCurrentIndex(words.index("Trần Văn Minh"))
    assert view.merged_value(view.current()) == "p-minh"

    # A level: every level in words; a date: a date field; text: the text editor.
    choose("urgency")
    words = [view.merged_choice.itemText(i) for i in range(view.merged_choice.count())]
    assert words == ["Normal", "Urgent", "Very urgent", "Flash"]
    view.merged_choice.setCurrentIndex(2)
    assert view.merged_value(view.current()) == 2
    choose("deadline")
    assert view.merge_editor.currentWidget() is view.merged_date
    assert view.merged_date.date().toString("dd/MM/yyyy") == "31/03/2026"
    view.merged_date.setDate(date(2026, 4, 10))
    with qtbot.waitSignal(view.resolved, timeout=10_000):
        view.keep_merged.click()
    assert profile.store.get_document(doc["id"])["deadline"] == date(2026, 4, 10)
    qtbot.waitUntil(lambda: all(r["field"] != "deadline" for r in model.rows), timeout=10_000)
    choose("summary")
    assert view.merge_editor.currentWidget() is view.merged
    assert view.merged.toPlainText() == "Tóm tắt của tôi"


def test_the_settings_dialog_shows_the_machine_configuration_with_locked_keys_greyed_out(
    qtbot, make_profile: Callable[..., OfficeSession], tmp_path: Path, monkeypatch
) -> None:
    config = tmp_path / "config.ini"
    config.write_text("[settings]\nserver_url = https://vanban.laocai.example\nunit_code = XA-YTY\n"
                      "idle_lock_minutes = 10\nsync_interval_minutes = 30\n[policy]\nlocked = server_url, "
                      "sync_interval_minutes\n", encoding="utf-8")
    monkeypatch.setenv(machine_config.ENV_OVERRIDE, str(config))
    settings = AppSettings(tmp_path / "settings.ini")  # reads the machine configuration as the app does
    settings.language = "en"
    window = _window(qtbot, make_profile(0, with_pdf=False), settings)
    assert window.settings_action.text() == "Se&ttings…"
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.machineRead, timeout=10_000).wait()  # read again on a worker
    fields = dialog.machine_fields
    assert fields["server_url"].text() == "https://vanban.laocai.example" and not fields["server_url"].isEnabled()
    assert dialog.notes["machine:server_url"].isVisibleTo(dialog)
    assert dialog.notes["machine:server_url"].text() == "Set by your administrator"
    assert fields["unit_code"].text() == "XA-YTY" and fields["unit_code"].isEnabled()
    assert not dialog.notes["machine:unit_code"].isVisibleTo(dialog)
    assert fields["ca_cert"].text() == "" and fields["ca_cert"].placeholderText() == "Not set"
    assert str(config) in dialog.source.text()
    # The user's own settings: the locked sync interval greyed out at the machine's value; the idle lock may be
    # shortened below the machine's ceiling, not lengthened.
    assert not dialog.sync_interval.isEnabled() and dialog.sync_interval.value() == 30
    assert dialog.notes["sync_interval_minutes"].isVisibleTo(dialog)
    assert dialog.idle_lock.isEnabled() and dialog.idle_lock.maximum() == 10
    assert dialog.language.isEnabled() and dialog.language.currentData() == "en"
    dialog.idle_lock.setValue(5)
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    with qtbot.waitSignal(window.languageChangeRequested, timeout=5_000) as asked:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert asked.args == ["vi"]
    again = AppSettings(tmp_path / "settings.ini", machine=machine_config.load(config))
    assert again.idle_lock_minutes == 5 and again.language == "vi" and again.sync_interval_minutes == 30
    assert "sync_interval_minutes = 30" in config.read_text(encoding="utf-8")  # the machine's file is untouched
    assert "interval_minutes" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_a_user_sync_interval_applies_unless_the_administrator_locked_it(tmp_path: Path) -> None:
    free = AppSettings(tmp_path / "a.ini", machine=MachineConfig({"sync_interval_minutes": 30}))
    assert free.sync_interval_minutes == 30
    free.sync_interval_minutes = 5
    assert free.sync_interval_minutes == 5
    fixed = AppSettings(tmp_path / "a.ini", machine=MachineConfig({"sync_interval_minutes": 30},
                                                                 frozenset({"sync_interval_minutes"})))
    assert fixed.sync_interval_minutes == 30
