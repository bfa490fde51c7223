"""Pieces of a commune office's working day in the app: forms that follow the role, changes sent at once when
online, and a sync that fails loudly instead of saying "online"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from client.office import DocumentRecord, Office, OfficeSession, SyncStatus
from client.ui.app import AppController
from client.ui.demo_server import DemoServer
from client.ui.document_form import DocumentForm
from client.ui.main_window import MainWindow
from client.ui.models.document_table import COLUMN_INDEX
from client.ui.sync_controller import SyncController
from client.ui.sync_status import SyncStatusBar
from tests.ui.conftest import FAST_TRANSPORT, make_pdf, sync_once, type_text

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


def test_a_digitized_scan_gets_its_number_and_summary_corrected_and_the_trail_says_so(
    qtbot, demo_server: DemoServer, online: Online, synced_window: Window, tmp_path
) -> None:
    office, clerk = online(demo_server.url, "xa03.clerk")
    window, sync = synced_window(office, clerk)
    scan = make_pdf(tmp_path / "scan_0001.pdf", "Công văn về việc rà soát hộ nghèo")
    record = DocumentRecord(kind="incoming", doc_type="Công văn", summary="scan 0001", status="received")
    window.apply_changes(clerk.add_document(record, [scan]))  # as Digitize does: file name as summary, no number
    assert sync_once(qtbot, sync).error is None  # the server has the scan: what follows is a correction of it
    view = window.incoming
    qtbot.waitUntil(lambda: any(view.model.row_data(r)["id"] == record.id for r in range(view.model.rowCount())),
                    timeout=10_000)
    row = next(r for r in range(view.model.rowCount()) if view.model.row_data(r)["id"] == record.id)
    with qtbot.waitSignal(view.document.loaded, timeout=10_000):
        view.table.setCurrentIndex(view.model.index(row, 0))
    assert view.document.edit_button.isEnabled()
    dialog = view.document.open_edit()
    assert dialog is not None
    dialog.number.clear()
    type_text(qtbot, dialog.number, "45-CV/UBND")
    dialog.summary.clear()
    type_text(qtbot, dialog.summary, "V/v rà soát hộ nghèo, hộ cận nghèo năm 2026")
    assert set(dialog.edits()) == {"number_symbol", "summary"}
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    outcome = sync_once(qtbot, sync)
    assert outcome.error is None and outcome.status.failed_changes == 0 and outcome.status.pending_changes == 0
    stored = clerk.document(record.id)
    assert stored["number_symbol"] == "45-CV/UBND" and stored["summary"].startswith("V/v rà soát")
    corrected = [e for e in clerk.trail(record.id) if e.action == "corrected"]
    assert [(e.source, e.fields) for e in corrected] == [("event", ("number_symbol", "summary"))]
    qtbot.waitUntil(lambda: "45-CV/UBND" in view.document.heading.text(), timeout=10_000)
    trail = view.document.notes
    qtbot.waitUntil(lambda: any("Corrected number and symbol, summary" in trail.item(i).text()
                                and "(waiting to be sent)" not in trail.item(i).text()
                                for i in range(trail.count())), timeout=10_000)


def test_switching_language_keeps_the_last_sync_time(
    qtbot, demo_server: DemoServer, online: Online, settings
) -> None:
    office, session = online(demo_server.url, "xa03.specialist")
    controller = AppController(office, settings, idle_ms=0, sync_transport=FAST_TRANSPORT, retry_interval=0.3)
    with qtbot.waitSignal(controller.syncAttached, timeout=20_000) as attached:
        controller.signed_in(session)
    with qtbot.waitSignal(attached.args[0].runFinished, timeout=60_000):
        pass
    assert controller.window is not None
    qtbot.waitUntil(lambda: "never" not in controller.window.sync_status.last.text(), timeout=5_000)
    with qtbot.waitSignal(controller.windowShown, timeout=5_000) as shown:
        controller.window.language_vi_action.trigger()
    rebuilt: MainWindow = shown.args[0]
    qtbot.waitUntil(lambda: "Đồng bộ lần cuối" in rebuilt.sync_status.last.text()
                    and "chưa lần nào" not in rebuilt.sync_status.last.text(), timeout=5_000)
    assert "chưa lần nào" not in rebuilt.sync_status.last.text()  # not "never"
    controller._replacing = True
    rebuilt.close()
    controller._close_profile()
    controller.translations.install("en")  # the translator is the application's: leave it as the next test expects


def test_a_date_typed_over_a_selected_date_in_the_register_form_is_kept(qtbot, make_profile) -> None:
    form = DocumentForm(make_profile(0, with_pdf=False), "incoming")
    qtbot.addWidget(form)
    form.show()
    field = form.issued_date
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "25/12/2026")
    assert field.date().toString("dd/MM/yyyy") == "25/12/2026"


def test_a_result_for_a_closure_over_a_deleted_widget_is_dropped(qtbot) -> None:
    # A language switch rebuilds the window while its models' page reads are still running on workers: their
    # results arrive for deleted objects and must be dropped, not delivered to a dead C++ object.
    import threading

    from PySide6.QtWidgets import QLabel

    from client.ui.worker import run_in_background, wait_for_idle

    label = QLabel()
    delivered: list[str] = []
    release = threading.Event()

    def show(text: str) -> None:
        delivered.append(text)
        label.setText(text)  # would raise "already deleted" if delivered

    run_in_background(lambda: release.wait(5) and "late", lambda text: show(text))
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=2_000)
    release.set()
    wait_for_idle()
    assert delivered == []


def test_the_lists_show_who_handles_each_document(
    qtbot, demo_server: DemoServer, online: Online, synced_window: Window
) -> None:
    office, session = online(demo_server.url, "xa02.leader")
    window, _sync = synced_window(office, session)
    model = window.incoming.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    column = COLUMN_INDEX["handler_name"]
    people = {p["id"]: p["full_name"] for p in session.handlers()}
    handled = [r for r in range(model.rowCount()) if model.row_data(r).get("handler_id")]
    assert handled, "the demo assigns some documents"
    for r in handled:
        assert model.index(r, column).data() == people[model.row_data(r)["handler_id"]]
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Handler"
