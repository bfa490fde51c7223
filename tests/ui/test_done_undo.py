"""Undo before the server has it, "waiting to be sent" on a sent document, and the units a commune may send to:
the document pane against a real server."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from client.cache.records import DocumentRecord
from client.office import Office, OfficeSession
from client.ui.demo_server import DemoServer
from client.ui.document_view import DocumentView
from client.ui.main_window import MainWindow
from client.ui.send_dialog import SendDialog
from client.ui.sync_controller import SyncController
from tests.ui.conftest import FAST_TRANSPORT, sync_once

Window = Callable[..., tuple[MainWindow, SyncController]]
Online = Callable[..., tuple[Office, OfficeSession]]


def _show(qtbot, view: DocumentView, doc_id: str) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show_document(doc_id, mark_read=False)


def test_undo_restores_the_previous_status_and_empties_the_queue(
        qtbot, demo_server: DemoServer, online: Online, synced_window: Window) -> None:
    office, clerk = online(demo_server.url, "xa02.clerk")
    window, sync = synced_window(office, clerk)
    view = window.incoming.document
    doc = next(d for d in clerk.store.list_documents(limit=200) if d["status"] == "received")
    _show(qtbot, view, doc["id"])
    assert not view.undo_button.isEnabled()  # nothing waits to be sent

    with qtbot.waitSignal(view.statusChanged, timeout=10_000):
        qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    window.send_soon.stop()  # the test decides when to sync
    qtbot.waitUntil(lambda: view.undo_button.isEnabled() and view.document["status"] == "registered",
                    timeout=10_000)
    qtbot.waitUntil(lambda: window.sync_status.state.pending == 1, timeout=10_000)
    view.notes.setFocus()
    with qtbot.waitSignal(view.undone, timeout=10_000):
        qtbot.keyClick(view.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Hoàn tác
    qtbot.waitUntil(lambda: view.document["status"] == "received" and not view.undo_button.isEnabled(),
                    timeout=10_000)
    assert view.register_button.isEnabled() and clerk.counts().pending == 0
    qtbot.waitUntil(lambda: window.sync_status.state.pending == 0, timeout=10_000)  # the status bar follows
    outcome = sync_once(qtbot, sync)
    assert outcome.error is None and outcome.report.push.applied == 0
    assert clerk.store.get_document(doc["id"])["status"] == "received"


def test_a_commune_may_send_to_its_province_and_the_other_communes(
        qtbot, demo_server: DemoServer, online: Online) -> None:
    _office, clerk = online(demo_server.url, "xa02.clerk")
    clerk.connect(**FAST_TRANSPORT)
    clerk.sync()
    dialog = SendDialog(clerk, {"id": "any", "summary": "—"})
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.units.count() == 3, timeout=10_000)
    shown = {dialog.units.item(row).text() for row in range(dialog.units.count())}
    assert any("(TINH-DEMO)" in name for name in shown)
    assert {name.rsplit("(", 1)[1] for name in shown} == {"TINH-DEMO)", "XA-01)", "XA-03)"}


def test_a_sent_document_shows_waiting_until_the_server_has_it(
        qtbot, demo_server: DemoServer, online: Online) -> None:
    _office, admin = online(demo_server.url, "tinh.admin")
    admin.connect(**FAST_TRANSPORT)
    admin.sync()
    record = DocumentRecord(kind="outgoing", doc_type="Công văn", summary="Về việc chờ gửi lên máy chủ",
                            recipients=["Lưu VP"])
    admin.add_document(record)
    admin.sync()
    commune = next(u for u in admin.recipient_units() if u["code"] == "XA-01")
    admin.send(record.id, [commune["id"]])
    view = DocumentView(admin)
    qtbot.addWidget(view)
    _show(qtbot, view, record.id)
    assert "Sent · waiting to be sent to the server" in view.badges.text()
    assert view.undo_button.isEnabled()
    assert admin.sync().report.push.rejected == 0
    _show(qtbot, view, record.id)
    assert "Sent" in view.badges.text() and "waiting" not in view.badges.text()
    assert not view.undo_button.isEnabled()
    assert admin.document(record.id)["recipients"] == ["Lưu VP", commune["name"]]
