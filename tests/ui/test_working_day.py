"""Pieces of a commune office's working day in the app: forms that follow the role, changes sent at once when
online, and a sync that fails loudly instead of saying "online"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from client.office import Office, OfficeSession, SyncStatus
from client.ui.demo_server import DemoServer
from client.ui.document_form import DocumentForm
from client.ui.main_window import MainWindow
from client.ui.sync_controller import SyncController
from client.ui.sync_status import SyncStatusBar
from tests.ui.conftest import type_text

Window = Callable[..., tuple[MainWindow, SyncController]]
Online = Callable[..., tuple[Office, OfficeSession]]


def test_the_register_form_offers_what_the_role_may_do(
    qtbot, demo_server: DemoServer, online: Online, synced_window: Window
) -> None:
    office, clerk = online(demo_server.url, "xa02.clerk")
    synced_window(office, clerk)  # the first sync brings the unit's directory, and with it the roles
    form = DocumentForm(clerk, "incoming")
    qtbot.addWidget(form)
    assert form.registers and not form.sets_deadline  # the clerk registers; the deadline is the leader's
    assert form.arrival_number.parent() is not None and form.deadline.isHidden()

    office, leader = online(demo_server.url, "xa02.leader")
    synced_window(office, leader)
    form = DocumentForm(leader, "incoming")
    qtbot.addWidget(form)
    assert not form.registers and form.sets_deadline
    form.summary.setPlainText("Giấy mời họp giao ban tháng")
    record = form.record()
    assert record.status == "received" and record.arrival_number is None  # the clerk will register it


def test_an_action_taken_online_is_sent_without_waiting_for_the_next_tick(
    qtbot, demo_server: DemoServer, online: Online, synced_window: Window
) -> None:
    office, session = online(demo_server.url, "xa02.specialist")
    window, sync = synced_window(office, session)
    view = window.incoming
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    with qtbot.waitSignal(view.document.loaded, timeout=10_000):
        view.table.setCurrentIndex(view.model.index(0, 0))
    view.document.tabs.setCurrentIndex(1)
    type_text(qtbot, view.document.note_text, "Ghi chú gửi ngay")
    with qtbot.waitSignal(sync.runFinished, timeout=20_000,
                          check_params_cb=lambda outcome: outcome.report is not None
                          and outcome.report.push.applied == 1) as sent:
        qtbot.mouseClick(view.document.add_note_button, Qt.MouseButton.LeftButton)  # no F5 pressed
    assert sent.args[0].error is None and session.counts().pending == 0


def test_a_run_that_fails_while_the_server_answers_says_sync_failing(qtbot) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show_status(SyncStatus(online=True, last_success_at=None, last_attempt_at=None,
                               last_error="The server sent an answer this program cannot accept: task t1 ...",
                               pending_changes=0, failed_changes=0, open_conflicts=0, failed=[],
                               last_error_code="protocol",
                               last_error_params={"what": "task t1 cannot be stored on this computer"}))
    assert "Sync failing" in bar.link.text() and "Online" not in bar.link.text()
    assert "task t1 cannot be stored on this computer" in bar.link.toolTip()
