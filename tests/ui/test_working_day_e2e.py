"""A commune office's working day, end to end, through the widgets against a real server with the demo's data.

The clerk registers a scan and corrects its fields and passes it to the leader; the leader assigns it with a
co-handler and forwards it; a task's progress is reported; an outgoing document goes to two units; both work
offline while the link is cut, and the conflict that leaves is merged by hand. A sync follows each action, and
each step is checked in what the other profile sees after its own sync, its trail included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from client.office import DocumentRecord, Office, OfficeSession
from client.ui.demo_server import DemoServer
from client.ui.document_list_view import DocumentListView
from client.ui.document_view import DocumentView
from client.ui.main_window import CONFLICTS, INCOMING, OUTGOING, TASKS, MainWindow
from client.ui.sync_controller import RunOutcome, SyncController
from tests.ui.conftest import FAST_TRANSPORT, make_pdf, sync_once, type_text

Window = Callable[..., tuple[MainWindow, SyncController]]
Online = Callable[..., tuple[Office, OfficeSession]]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[DemoServer]:
    """The demo's seeded server for this day alone: the day cuts its link, which other tests must not see."""
    central = DemoServer(tmp_path / "central", communes=2, documents=20)
    central.seed()
    central.start()
    try:
        central.wait_healthy()
        yield central
    finally:
        central.stop()


def _open(qtbot, view: DocumentListView, doc_id: str) -> DocumentView:
    """Show the document in its list (after the list has it) and wait for the pane."""
    model = view.model
    qtbot.waitUntil(lambda: any(model.row_data(r)["id"] == doc_id for r in range(model.rowCount())),
                    timeout=20_000)
    row = next(r for r in range(model.rowCount()) if model.row_data(r)["id"] == doc_id)
    if view.document.document is not None and view.document.document["id"] == doc_id:
        with qtbot.waitSignal(view.document.loaded, timeout=10_000):
            view.document.reload()
    else:
        with qtbot.waitSignal(view.document.loaded, timeout=10_000):
            view.table.setCurrentIndex(model.index(row, 0))
    return view.document


def _trail(pane: DocumentView) -> list[str]:
    return [pane.notes.item(i).text() for i in range(pane.notes.count())]


def _synced(qtbot, sync: SyncController) -> RunOutcome:
    outcome = sync_once(qtbot, sync)
    assert outcome.error is None, outcome.error
    assert outcome.status.failed_changes == 0 and outcome.status.pending_changes == 0
    return outcome


def _ok(qtbot, dialog, signal) -> None:
    with qtbot.waitSignal(signal, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_commune_office_working_day_end_to_end(
    qtbot, server: DemoServer, online: Online, synced_window: Window, tmp_path: Path
) -> None:
    clerk_office, clerk = online(server.url, "xa01.clerk")
    clerk_window, clerk_sync = synced_window(clerk_office, clerk)
    leader_office, leader = online(server.url, "xa01.leader")
    leader_window, leader_sync = synced_window(leader_office, leader)
    people = {p["username"]: p for p in leader.handlers()}
    specialist, clerk_person, leader_person = (people["xa01.specialist"], people["xa01.clerk"],
                                               people["xa01.leader"])

    # -- the clerk digitizes a scan, corrects its register fields and passes it to the leader -----------------
    scan = make_pdf(tmp_path / "scan_0007.pdf", "Công văn về việc tổng kết công tác dân vận")
    digitize = clerk_window.digitize()
    digitize.files.add([scan])
    with qtbot.waitSignal(digitize.imported, timeout=20_000):
        qtbot.mouseClick(digitize.import_button, Qt.MouseButton.LeftButton)
    digitize.close()
    doc_id = next(d["id"] for d in clerk.list_documents() if d["summary"] == "scan 0007")
    _synced(qtbot, clerk_sync)

    pane = _open(qtbot, clerk_window.incoming, doc_id)
    edit = pane.open_edit()
    assert edit is not None
    edit.number.clear()
    type_text(qtbot, edit.number, "88-CV/HU")
    edit.summary.clear()
    type_text(qtbot, edit.summary, "V/v tổng kết công tác dân vận năm 2026")
    with qtbot.waitSignal(edit.changed, timeout=10_000):
        edit.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    _synced(qtbot, clerk_sync)

    pane = _open(qtbot, clerk_window.incoming, doc_id)
    assert pane.register_button.isEnabled()
    with qtbot.waitSignal(pane.statusChanged, timeout=10_000):
        qtbot.mouseClick(pane.register_button, Qt.MouseButton.LeftButton)
    _synced(qtbot, clerk_sync)
    assert clerk.document(doc_id)["arrival_number"] is not None  # the server gave the number
    pane = _open(qtbot, clerk_window.incoming, doc_id)
    submit = pane.open_handover("submit")
    assert submit is not None
    qtbot.waitUntil(lambda: submit.person.count() > 0, timeout=10_000)
    submit.person.setCurrentIndex(submit.person.findData(leader_person["id"]))
    type_text(qtbot, submit.note, "Kính trình đồng chí Bí thư cho ý kiến chỉ đạo.")
    _ok(qtbot, submit, pane.handedOver)
    _synced(qtbot, clerk_sync)

    # -- the leader sees it with its trail, assigns it with a co-handler, then forwards it ---------------------
    _synced(qtbot, leader_sync)
    pane = _open(qtbot, leader_window.incoming, doc_id)
    assert pane.heading.text().startswith("88-CV/HU — V/v tổng kết công tác dân vận")
    trail = _trail(pane)
    assert [line.split("\n")[1] for line in trail[:3]] == [
        "Entered the document (Received)", "Corrected number and symbol, summary", "Entered in the incoming register"]
    assert all(clerk_person["full_name"] in line.split("\n")[0] for line in trail[:3])
    assert any(f"Submitted to {leader_person['full_name']}" in line for line in trail)
    assert trail[-1].endswith("Kính trình đồng chí Bí thư cho ý kiến chỉ đạo.")

    assign = pane.open_assign()
    assert assign is not None
    qtbot.waitUntil(lambda: assign.co_handlers.count() > 0, timeout=10_000)
    assign.handler.setCurrentIndex(assign.handler.findData(specialist["id"]))
    for widget, person in ((assign.co_handlers, clerk_person), (assign.informed, leader_person)):
        item = next(widget.item(r) for r in range(widget.count())
                    if widget.item(r).data(Qt.ItemDataRole.UserRole) == person["id"])
        item.setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, assign.note, "Chuyên viên chủ trì, văn thư phối hợp.")
    _ok(qtbot, assign, pane.assigned)
    _synced(qtbot, leader_sync)

    pane = _open(qtbot, leader_window.incoming, doc_id)
    forward = pane.open_handover("forward")
    assert forward is not None
    qtbot.waitUntil(lambda: forward.person.count() > 0, timeout=10_000)
    forward.person.setCurrentIndex(forward.person.findData(clerk_person["id"]))
    type_text(qtbot, forward.note, "Văn thư chủ trì tổng hợp.")
    _ok(qtbot, forward, pane.handedOver)
    _synced(qtbot, leader_sync)

    _synced(qtbot, clerk_sync)
    stored = clerk.document(doc_id)
    assert stored["status"] == "assigned" and stored["handler_id"] == clerk_person["id"]
    assert stored["co_handler_ids"] == [] and stored["informed_ids"] == [leader_person["id"]]
    pane = _open(qtbot, clerk_window.incoming, doc_id)
    trail = _trail(pane)
    assigned = next(line for line in trail if "Assigned to" in line)
    assert (f"Assigned to {specialist['full_name']} (main handler); co-handlers: {clerk_person['full_name']}; "
            f"informed: {leader_person['full_name']}") in assigned
    assert "Chuyên viên chủ trì, văn thư phối hợp." in assigned and leader_person["full_name"] in assigned
    assert any(f"Forwarded to {clerk_person['full_name']} (main handler)" in line for line in trail)
    assert trail[-1].endswith("Văn thư chủ trì tổng hợp.")

    # -- progress is reported on a task of the commune ---------------------------------------------------------
    with qtbot.waitSignal(leader_window.tasks.loaded, timeout=10_000):
        leader_window.show_view(TASKS)
    tasks = leader_window.tasks
    task = next(t for r in tasks.model.resolutions for t in r.tasks)
    assert tasks.select_task(task["id"])
    report = tasks.open_report_dialog()
    assert report is not None
    type_text(qtbot, report.period, "Tháng 12/2026")
    type_text(qtbot, report.text, "Đã tổ chức hội nghị quán triệt tại 100% chi bộ.")
    report.progress.setValue(80)
    with qtbot.waitSignal(tasks.reportSaved, timeout=10_000):
        qtbot.mouseClick(report.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    _synced(qtbot, leader_sync)
    _synced(qtbot, clerk_sync)
    assert any(r["text"].startswith("Đã tổ chức hội nghị") for r in clerk.task_reports(task["id"]))

    # -- an outgoing document, signed by the leader, is sent by the clerk to two units -------------------------
    _specialist_office, drafter = online(server.url, "xa01.specialist")
    drafter.connect(**FAST_TRANSPORT)
    outgoing = DocumentRecord(kind="outgoing", number_symbol="21-BC/ĐU", doc_type="Báo cáo", issued_date=date.today(),
                              summary="Báo cáo kết quả công tác dân vận năm 2026", signer=leader_person["full_name"])
    drafter.add_document(outgoing, [make_pdf(tmp_path / "bao-cao.pdf", "Báo cáo đã ký")])
    drafter.change_status(outgoing.id, "in_review")
    assert drafter.sync().report.push.rejected == 0
    _synced(qtbot, leader_sync)
    leader_window.show_view(OUTGOING)
    pane = _open(qtbot, leader_window.outgoing, outgoing.id)
    leader_window.apply_changes(leader.change_status(outgoing.id, "signed"))
    _synced(qtbot, leader_sync)

    _synced(qtbot, clerk_sync)
    clerk_window.show_view(OUTGOING)
    pane = _open(qtbot, clerk_window.outgoing, outgoing.id)
    send = pane.open_send()
    assert send is not None
    qtbot.waitUntil(lambda: send.units.count() >= 2, timeout=10_000)
    units = [send.units.item(r).data(Qt.ItemDataRole.UserRole) for r in range(send.units.count())]
    for unit_id in units[:2]:
        assert send.choose(unit_id)
    _ok(qtbot, send, pane.sent)
    _synced(qtbot, clerk_sync)
    _synced(qtbot, leader_sync)
    sent = leader.document(outgoing.id)
    assert sent["status"] == "sent" and sent["outgoing_number"] is not None
    assert {r["unit_id"] for r in sent["recipient_units"] if r.get("unit_id")} == set(units[:2])
    pane = _open(qtbot, leader_window.outgoing, outgoing.id)
    names = [send.units.item(r).text().split(" (")[0] for r in range(2)]
    assert any(line.split("\n")[1].startswith("Sent to ") and all(n in line for n in names) for line in _trail(pane))

    # -- the link is cut: both keep working, the clerk and the leader correct the same field -------------------
    server.stop()
    with qtbot.waitSignal(clerk_sync.runFinished, timeout=60_000) as finished:
        clerk_window.sync_action.trigger()
    assert finished.args[0].error is not None and finished.args[0].error.offline
    clerk_window.show_view(INCOMING)
    pane = _open(qtbot, clerk_window.incoming, doc_id)
    pane.tabs.setCurrentIndex(1)
    type_text(qtbot, pane.note_text, "Đã liên hệ các chi bộ khi mất mạng.")
    with qtbot.waitSignal(pane.noteAdded, timeout=10_000):
        qtbot.mouseClick(pane.add_note_button, Qt.MouseButton.LeftButton)
    for window, text in ((clerk_window, "V/v tổng kết dân vận (văn thư sửa)"),
                         (leader_window, "V/v tổng kết dân vận (lãnh đạo sửa)")):
        window.show_view(INCOMING)
        pane = _open(qtbot, window.incoming, doc_id)
        edit = pane.open_edit()
        assert edit is not None
        edit.summary.clear()
        type_text(qtbot, edit.summary, text)
        with qtbot.waitSignal(edit.changed, timeout=10_000):
            edit.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        pane = _open(qtbot, window.incoming, doc_id)
        assert any("Corrected summary" in line and "(waiting to be sent)" in line for line in _trail(pane))
    assert clerk.counts().pending == 2 and leader.counts().pending == 1

    # -- the link returns: each profile syncs (the health probe may start a run first), one of the two corrections
    # -- reaches the server first and the other profile's becomes a conflict, merged there by hand --------------
    server.start()
    server.wait_healthy()
    for sync in (clerk_sync, leader_sync):
        # a retry started while the link was down may still end offline: wait for a run that got through
        with qtbot.waitSignal(sync.runFinished, timeout=60_000, check_params_cb=lambda o: o.error is None):
            sync.sync_now()
    assert sync_once(qtbot, clerk_sync).error is None  # the clerk now has whatever the leader sent meanwhile
    profiles = [(clerk_window, clerk, clerk_sync, clerk_person), (leader_window, leader, leader_sync, leader_person)]
    conflicted = [p for p in profiles if p[1].counts().conflicts]
    assert len(conflicted) == 1 and conflicted[0][1].counts().conflicts == 1
    window, session, sync, resolver = conflicted[0]
    first = next(p[3] for p in profiles if p[1] is not session)
    conflicts = window.conflicts
    with qtbot.waitSignal(conflicts.loaded, timeout=10_000):
        window.show_view(CONFLICTS)
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 1, timeout=10_000)
    conflicts.table.setCurrentIndex(conflicts.model.index(0, 0))
    conflicts.merged.clear()
    type_text(qtbot, conflicts.merged, "V/v tổng kết công tác dân vận năm 2026 (đã thống nhất)")
    with qtbot.waitSignal(sync.runFinished, timeout=60_000) as finished:  # resolving syncs at once
        qtbot.mouseClick(conflicts.keep_merged, Qt.MouseButton.LeftButton)
    assert finished.args[0].error is None and finished.args[0].status.open_conflicts == 0

    for sync in (clerk_sync, leader_sync):
        _synced(qtbot, sync)
    for window, session, _sync, _person in profiles:
        assert session.document(doc_id)["summary"] == "V/v tổng kết công tác dân vận năm 2026 (đã thống nhất)"
        window.show_view(INCOMING)
        pane = _open(qtbot, window.incoming, doc_id)
        trail = _trail(pane)
        assert not any("(waiting to be sent)" in line for line in trail)
        assert any(line.endswith("Đã liên hệ các chi bộ khi mất mạng.") for line in trail)
        corrections = [line.split("\n")[0] for line in trail if "Corrected summary" in line]
        # the correction that reached the server first, then the merged value of the one who resolved it
        assert len(corrections) == 2, trail
        assert first["full_name"] in corrections[0] and resolver["full_name"] in corrections[1]
