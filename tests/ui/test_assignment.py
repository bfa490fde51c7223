"""Assigning with a co-handler and a person informed, and forwarding, through the widgets against a real server."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from client.office import Office, OfficeSession
from client.ui.demo_server import DemoServer
from client.ui.main_window import MainWindow
from client.ui.sync_controller import SyncController
from tests.ui.conftest import sync_once, type_text

Window = Callable[..., tuple[MainWindow, SyncController]]
Online = Callable[..., tuple[Office, OfficeSession]]


def _field(view: object, name: str) -> str:
    labels = [w for w in view.fields.findChildren(QLabel) if w.accessibleName() == name]  # type: ignore[attr-defined]
    return labels[0].text() if labels else ""


def _check(widget: object, name_start: str) -> str:
    for row in range(widget.count()):  # type: ignore[attr-defined]
        item = widget.item(row)  # type: ignore[attr-defined]
        if item.text().startswith(name_start):
            item.setCheckState(Qt.CheckState.Checked)
            return str(item.data(Qt.ItemDataRole.UserRole))
    raise AssertionError(f"nobody named {name_start}")


def test_the_leader_assigns_with_a_co_handler_and_forwards_through_the_widgets(
    qtbot, demo_server: DemoServer, online: Online, synced_window: Window
) -> None:
    office, leader = online(demo_server.url, "xa03.leader")
    window, sync = synced_window(office, leader)
    view = window.incoming
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(model.rowCount()) if model.row_data(r)["status"] == "registered")
    doc = model.row_data(row)
    with qtbot.waitSignal(view.document.loaded, timeout=10_000):
        view.table.setCurrentIndex(model.index(row, 0))
    pane = view.document
    assert pane.assign_button.isEnabled() and not pane.forward_button.isEnabled()
    assert not pane.return_button.isEnabled() and not pane.submit_button.isEnabled()  # not the leader's

    people = {p["username"]: p for p in leader.handlers()}
    specialist, clerk = people["xa03.specialist"], people["xa03.clerk"]
    dialog = pane.open_assign()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.co_handlers.count() == 3, timeout=10_000)
    dialog.handler.setCurrentIndex(dialog.handler.findData(specialist["id"]))
    co_handler = _check(dialog.co_handlers, clerk["full_name"])
    informed = _check(dialog.informed, people["xa03.leader"]["full_name"])
    type_text(qtbot, dialog.note, "Giao chuyên viên chủ trì, văn thư phối hợp.")
    with qtbot.waitSignal(pane.assigned, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    outcome = sync_once(qtbot, sync)
    assert outcome.error is None and outcome.status.failed_changes == 0
    stored = leader.store.get_document(doc["id"])
    assert stored["status"] == "assigned" and stored["handler_id"] == specialist["id"]
    assert stored["co_handler_ids"] == [co_handler] and stored["informed_ids"] == [informed]

    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.reload()
    assert _field(pane, "Handler") == specialist["full_name"]  # by name, from the unit's directory
    assert _field(pane, "Co-handlers") == clerk["full_name"]
    assert _field(pane, "Informed") == people["xa03.leader"]["full_name"]
    assert pane.forward_button.isEnabled()

    forward = pane.open_handover("forward")
    assert forward is not None
    qtbot.waitUntil(lambda: forward.person.count() == 2, timeout=10_000)  # everyone but the present handler
    forward.person.setCurrentIndex(forward.person.findData(clerk["id"]))
    type_text(qtbot, forward.note, "Văn thư chủ trì tổng hợp.")
    with qtbot.waitSignal(pane.handedOver, timeout=10_000):
        qtbot.mouseClick(forward.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    outcome = sync_once(qtbot, sync)
    assert outcome.error is None and outcome.status.failed_changes == 0 and outcome.status.pending_changes == 0
    stored = leader.store.get_document(doc["id"])
    assert stored["handler_id"] == clerk["id"] and stored["co_handler_ids"] == []  # no longer a co-handler
    assert [note["text"] for note in stored["notes"]][-1] == "Văn thư chủ trì tổng hợp."
    trail = [(e.source, e.action, e.handler_id) for e in leader.trail(doc["id"])]
    assert trail[-3:] == [("event", "assigned", specialist["id"]), ("event", "forwarded", clerk["id"]),
                          ("note", "note", None)]
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.reload()
    shown = [pane.notes.item(i).text() for i in range(pane.notes.count())]
    assert any(f"Forwarded to {clerk['full_name']} (main handler)" in line for line in shown)
