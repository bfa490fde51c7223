"""The app against a real server process: online sign-in, the sync in the status bar, and every action that syncs."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from client.cache.records import DocumentRecord
from client.machine_config import MachineConfig
from client.office import Office, OfficeSession
from client.ui.app import AppController
from client.ui.demo_server import DemoServer
from client.ui.main_window import CONFLICTS, OUTGOING, MainWindow
from client.ui.settings import AppSettings
from client.ui.sync_controller import SyncController
from sync.engine import Progress
from tests.ui.conftest import DEMO_PASSWORD, FAST_TRANSPORT, make_pdf, sync_once, type_text

Window = Callable[..., tuple[MainWindow, SyncController]]
RESULT = "Đã trả lời bằng văn bản số 12/UBND"
Online = Callable[..., tuple[Office, OfficeSession]]


def _select(qtbot, view, predicate: Callable[[dict], bool]) -> dict:
    """Choose the first row of a list view that matches, and wait until the document pane shows it."""
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(model.rowCount()) if predicate(model.row_data(r)))
    with qtbot.waitSignal(view.document.loaded, timeout=10_000):
        view.table.setCurrentIndex(model.index(row, 0))
    return model.row_data(row)


def _controller(office: Office, settings: AppSettings) -> AppController:
    return AppController(office, settings, idle_ms=0, sync_transport=FAST_TRANSPORT, retry_interval=0.3)


def _close(controller: AppController) -> None:
    controller._replacing = True  # closing the test's window must not quit the test's QApplication
    if controller.window is not None:
        controller.window.close()
    controller._close_profile()


def test_online_first_sign_in_opens_the_office_and_the_status_bar_follows_the_sync(
    qtbot, demo_server: DemoServer, settings: AppSettings, tmp_path: Path
) -> None:
    profiles = Office(tmp_path / "profiles")
    controller = _controller(profiles, settings)
    controller.start()
    dialog = controller.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tabs.currentIndex() == 1)  # no profile here yet: the online sign-in
    dialog.server.setText(demo_server.url)
    type_text(qtbot, dialog.username, "xa02.clerk")
    type_text(qtbot, dialog.online_password, "not the password")
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused the user name or password" in dialog.message.text(), timeout=15_000)
    assert profiles.list() == []

    events: list[Progress] = []
    dialog.online_password.clear()
    type_text(qtbot, dialog.online_password, DEMO_PASSWORD)
    with qtbot.waitSignal(controller.syncAttached, timeout=20_000) as attached:
        qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    sync: SyncController = attached.args[0]
    sync.progressed.connect(events.append)
    bar = controller.window.sync_status
    seen: list[str] = []
    sync.progressed.connect(lambda _e: seen.append(bar.transfer.text()))
    with qtbot.waitSignal(sync.runFinished, timeout=60_000) as finished:
        pass
    assert finished.args[0].error is None
    assert {"snapshot", "download"} <= {e.phase for e in events}
    assert any(text.startswith("Downloading the office's records") for text in seen)
    qtbot.waitUntil(lambda: "Online" in bar.link.text() and "never" not in bar.last.text(), timeout=5_000)
    assert not bar.bar.isVisible() and "0 changes to send" in bar.pending.text()
    qtbot.waitUntil(lambda: controller.window.incoming.model.rowCount() > 0, timeout=10_000)
    assert [p.username for p in profiles.list()] == ["xa02.clerk"]
    _close(controller)


def test_register_assign_start_and_done_reach_the_server_each_by_its_role(
    qtbot, demo_server: DemoServer, online: Online, synced_window: Window
) -> None:
    # The clerk registers, the leader assigns, the specialist processes: each window offers only its own steps.
    clerk_office, clerk = online(demo_server.url, "xa01.clerk")
    clerk_window, clerk_sync = synced_window(clerk_office, clerk)
    view = clerk_window.incoming
    doc = _select(qtbot, view, lambda d: d["status"] == "received")
    assert view.document.register_button.isEnabled() and not view.document.assign_button.isEnabled()
    with qtbot.waitSignal(view.document.statusChanged, timeout=10_000):
        qtbot.mouseClick(view.document.register_button, Qt.MouseButton.LeftButton)
    outcome = sync_once(qtbot, clerk_sync)
    assert outcome.error is None and outcome.report.push.applied == 1 and outcome.status.failed_changes == 0
    assert clerk.store.get_document(doc["id"])["arrival_number"] is not None  # given by the server's register

    leader_office, leader = online(demo_server.url, "xa01.leader")
    window, sync = synced_window(leader_office, leader)
    view = window.incoming
    _select(qtbot, view, lambda d: d["id"] == doc["id"])
    assert view.document.assign_button.isEnabled() and not view.document.register_button.isEnabled()
    assert not view.document.start_button.isEnabled() and not view.document.done_button.isEnabled()
    dialog = view.document.open_assign()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.handler.count() == 3, timeout=10_000)  # the unit's staff, from the directory
    dialog.handler.setCurrentIndex(next(i for i in range(3) if dialog.handler.itemText(i).startswith("Huỳnh")))
    handler_id = dialog.handler.currentData()
    type_text(qtbot, dialog.note, "Giao đồng chí Thảo chủ trì, báo cáo trước hạn.")
    with qtbot.waitSignal(view.document.assigned, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert leader.counts().pending == 1
    outcome = sync_once(qtbot, sync)
    assert outcome.error is None and outcome.report.push.applied == 1 and outcome.status.failed_changes == 0
    stored = leader.store.get_document(doc["id"])
    assert stored["status"] == "assigned" and stored["handler_id"] == handler_id
    assert "incoming" in outcome.touched

    specialist_office, specialist = online(demo_server.url, "xa01.specialist")
    s_window, s_sync = synced_window(specialist_office, specialist)
    view = s_window.incoming
    _select(qtbot, view, lambda d: d["id"] == doc["id"])
    assert view.document.start_button.isEnabled() and not view.document.assign_button.isEnabled()
    with qtbot.waitSignal(view.document.statusChanged, timeout=10_000):
        qtbot.mouseClick(view.document.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.document.done_button.isEnabled(), timeout=10_000)
    s_window.activateWindow()
    view.document.notes.setFocus()
    qtbot.waitUntil(lambda: s_window.isActiveWindow())
    qtbot.keyClick(view.document.notes, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Mark done: the result?
    qtbot.waitUntil(lambda: view.document.done_dialog is not None and view.document.done_dialog.isVisible())
    done_dialog = view.document.done_dialog
    ok = done_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no result written: not done yet
    assert done_dialog.isVisible() and "Write the result" in done_dialog.message.text()
    type_text(qtbot, done_dialog.result_text, RESULT)
    with qtbot.waitSignal(view.document.statusChanged, timeout=10_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    outcome = sync_once(qtbot, s_sync)
    # start, the result note, done: all three reach the server
    assert outcome.error is None and outcome.report.push.applied == 3 and outcome.status.failed_changes == 0
    stored = specialist.store.get_document(doc["id"])
    assert stored["status"] == "done"
    assert [(n["text"], n["server_version"] is not None) for n in stored["notes"]][-1] == (RESULT, True)
    qtbot.waitUntil(lambda: "Done" in view.document.badges.text(), timeout=10_000)


def test_an_outgoing_document_with_its_signed_pdf_is_sent_and_the_recipient_is_notified(
    qtbot, demo_server: DemoServer, online: Online, synced_window: Window, tmp_path: Path
) -> None:
    receiver_profiles, receiver_profile = online(demo_server.url, "tinh.clerk")  # the province's clerk
    receiver_settings = AppSettings(tmp_path / "r.ini", machine=MachineConfig())
    receiver_settings.language = "en"
    receiver = AppController(receiver_profiles, receiver_settings, idle_ms=0, sync_transport=FAST_TRANSPORT)
    with qtbot.waitSignal(receiver.syncAttached, timeout=20_000) as attached:
        receiver.signed_in(receiver_profile)
    with qtbot.waitSignal(attached.args[0].runFinished, timeout=60_000):
        pass  # the first sync of a new PC says nothing of "new" documents

    # The specialist drafts and submits, the leader signs, the clerk issues and sends: each by its own role.
    _specialist_office, specialist = online(demo_server.url, "xa01.specialist")
    specialist.connect(**FAST_TRANSPORT)
    record = DocumentRecord(kind="outgoing", number_symbol="15-BC/ĐU", doc_type="Báo cáo",
                            issued_date=date.today(), summary="Báo cáo kết quả chuyển đổi số quý III",
                            signer="Đặng Văn Dung")
    doc_id = record.id
    specialist.add_document(record, [make_pdf(tmp_path / "bao-cao-da-ky.pdf", "Báo cáo đã ký")])
    specialist.change_status(doc_id, "in_review")
    assert specialist.sync().report.push.rejected == 0
    _leader_office, leader = online(demo_server.url, "xa01.leader")
    leader.connect(**FAST_TRANSPORT)
    leader.sync()
    leader.change_status(doc_id, "signed")
    assert leader.sync().report.push.rejected == 0

    profiles, profile = online(demo_server.url, "xa01.clerk")
    window, sync = synced_window(profiles, profile)
    window.show_view(OUTGOING)
    view = window.outgoing
    _select(qtbot, view, lambda d: d["id"] == doc_id)
    dialog = view.document.open_send()
    assert dialog is not None
    # A commune sees its province and the other communes of the demo.
    qtbot.waitUntil(lambda: dialog.units.count() == 3, timeout=10_000)
    province = receiver_profile.info.unit.id
    assert dialog.choose(province)
    with qtbot.waitSignal(view.document.sent, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    outcome = sync_once(qtbot, sync)
    assert outcome.error is None and outcome.status.failed_changes == 0
    sent = profile.store.get_document(doc_id)
    assert sent["status"] == "sent" and sent["outgoing_number"] is not None

    receiver.sync.sync_now()
    qtbot.waitUntil(lambda: any("new incoming" in title for title, _ in receiver.tray.messages), timeout=30_000)
    title, text = receiver.tray.messages[-1]
    assert title == "1 new incoming document" and "15-BC/ĐU" in text
    arrived = receiver_profile.store.list_documents(limit=500)
    assert any(d["number_symbol"] == "15-BC/ĐU" and d["kind"] == "incoming" for d in arrived)
    _close(receiver)


def test_a_conflict_between_two_profiles_is_merged_by_hand(
    qtbot, demo_server: DemoServer, online: Online, synced_window: Window
) -> None:
    profiles, leader = online(demo_server.url, "xa03.leader")
    window, sync = synced_window(profiles, leader)
    other_profiles, clerk = online(demo_server.url, "xa03.clerk")
    _other, other_sync = synced_window(other_profiles, clerk)
    doc = next(d for d in leader.store.list_documents(limit=100) if d["status"] == "received")

    other_sync.session.replica.edit("document", doc["id"], {"summary": "Tóm tắt của văn thư"})
    assert sync_once(qtbot, other_sync).error is None
    sync.session.replica.edit("document", doc["id"], {"summary": "Tóm tắt của lãnh đạo"})
    outcome = sync_once(qtbot, sync)
    assert outcome.report.push.conflicts == 1 and outcome.status.open_conflicts == 1

    conflicts = window.conflicts
    with qtbot.waitSignal(conflicts.loaded, timeout=10_000):
        window.show_view(CONFLICTS)
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 1, timeout=10_000)
    texts = [conflicts.model.index(0, c).data() for c in range(4)]
    assert texts[1] == "Summary" and texts[2] == "Tóm tắt của lãnh đạo" and texts[3] == "Tóm tắt của văn thư"
    assert conflicts.merged.toPlainText() == "Tóm tắt của lãnh đạo"
    conflicts.merged.clear()
    type_text(qtbot, conflicts.merged, "Tóm tắt đã thống nhất")
    with qtbot.waitSignal(sync.runFinished, timeout=60_000) as finished:  # resolving syncs at once
        qtbot.mouseClick(conflicts.keep_merged, Qt.MouseButton.LeftButton)
    assert finished.args[0].error is None and finished.args[0].status.open_conflicts == 0
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 0, timeout=10_000)
    assert sync_once(qtbot, other_sync).error is None
    assert clerk.store.get_document(doc["id"])["summary"] == "Tóm tắt đã thống nhất"


def test_the_window_goes_offline_keeps_working_and_syncs_when_the_link_returns(
    qtbot, online: Online, synced_window: Window, tmp_path: Path
) -> None:
    server = DemoServer(tmp_path / "central", communes=1, documents=10)
    server.seed()
    server.start()
    try:
        server.wait_healthy()
        profiles, profile = online(server.url, "xa01.clerk")
        window, sync = synced_window(profiles, profile)
        bar = window.sync_status
        qtbot.waitUntil(lambda: "Online" in bar.link.text(), timeout=5_000)

        server.stop()
        with qtbot.waitSignal(sync.runFinished, timeout=60_000) as finished:
            window.sync_action.trigger()  # F5
        assert finished.args[0].error is not None and finished.args[0].error.offline
        qtbot.waitUntil(lambda: "Offline" in bar.link.text(), timeout=5_000)

        view = window.incoming
        _select(qtbot, view, lambda d: True)
        view.document.tabs.setCurrentIndex(1)
        type_text(qtbot, view.document.note_text, "Ghi chú khi mất mạng")
        with qtbot.waitSignal(view.document.noteAdded, timeout=10_000):
            qtbot.mouseClick(view.document.add_note_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "1 change" in bar.pending.text(), timeout=10_000)

        server.start()  # same port: the scheduler's health probe notices and syncs by itself
        with qtbot.waitSignal(sync.runFinished, timeout=60_000,
                              check_params_cb=lambda outcome: outcome.error is None):
            pass
        qtbot.waitUntil(lambda: "Online" in bar.link.text() and bar.pending.text().startswith("0 change"),
                        timeout=5_000)
        assert profile.store.pending_changes() == 0
    finally:
        server.stop()


def test_a_revoked_device_is_wiped_and_the_app_returns_to_the_sign_in(
    qtbot, demo_server: DemoServer, online: Online, settings: AppSettings
) -> None:
    profiles, profile = online(demo_server.url, "xa02.specialist")
    controller = _controller(profiles, settings)
    with qtbot.waitSignal(controller.syncAttached, timeout=20_000) as attached:
        controller.signed_in(profile)
    sync: SyncController = attached.args[0]
    with qtbot.waitSignal(sync.runFinished, timeout=60_000):
        pass
    device_id = sync.session.replica.device_id()
    folder = profile.folder
    env = {**os.environ, "COMMUNE_DATABASE_URL": f"sqlite:///{demo_server.folder / 'central.db'}",
           "COMMUNE_DATA_DIR": str(demo_server.folder / "data")}
    subprocess.run([sys.executable, "-m", "server.cli", "device", "revoke", str(device_id)], env=env, check=True,
                   capture_output=True)
    with qtbot.waitSignal(controller.signInShown, timeout=60_000) as shown:
        sync.sync_now()
    dialog = shown.args[0]
    qtbot.addWidget(dialog)
    assert "removed from the platform" in dialog.message.text()
    assert controller.window is None and not folder.exists()


def test_a_large_attachment_waits_to_be_asked_for_and_downloads_on_demand(
    qtbot, demo_server: DemoServer, online: Online, synced_window: Window, tmp_path: Path, monkeypatch
) -> None:
    # The machine configuration sets the size under which files come with every sync; larger ones wait.
    config = tmp_path / "machine.ini"
    config.write_text("[settings]\ndownload_limit_mb = 1\n", encoding="utf-8")
    monkeypatch.setenv("COMMUNE_OFFICE_MACHINE_CONFIG", str(config))
    big = tmp_path / "ho-so-quy-hoach.pdf"
    make_pdf(big, "Quy hoạch sử dụng đất giai đoạn 2021-2030")
    # Pad the PDF past the limit with an incremental-update comment: readers ignore it, the size counts.
    with big.open("ab") as handle:
        handle.write(b"\n%" + os.urandom(600_000).hex().encode() + b"\n")
    _clerk_office, clerk = online(demo_server.url, "xa01.clerk")
    doc = DocumentRecord(kind="incoming", doc_type="Kế hoạch", number_symbol="77-KH/UBND",
                         summary="Kế hoạch sử dụng đất có hồ sơ lớn")
    clerk.store.add_document(doc, [big])
    SyncController.prepare(clerk, FAST_TRANSPORT)
    clerk.sync()

    profiles, profile = online(demo_server.url, "xa01.leader")
    window, _sync = synced_window(profiles, profile)
    view = window.incoming
    with qtbot.waitSignal(view.document.viewer.shown, timeout=10_000) as shown:
        _select(qtbot, view, lambda d: d["id"] == doc.id)
    viewer = view.document.viewer
    view.document.tabs.setCurrentWidget(view.document.attachments_page)
    assert shown.args == ["message"] and viewer.download_button.isVisible()
    assert "has not been downloaded yet" in viewer.message.text()

    with qtbot.waitSignal(viewer.shown, timeout=30_000) as shown:
        qtbot.mouseClick(viewer.download_button, Qt.MouseButton.LeftButton)
    assert shown.args == ["pdf"]
    assert profile.store.vault.read_bytes(hashlib.sha256(big.read_bytes()).hexdigest()) == big.read_bytes()


def test_an_ended_server_session_takes_the_user_to_the_online_sign_in_keeping_the_data(
    qtbot, demo_server: DemoServer, online: Online, settings: AppSettings
) -> None:
    profiles, profile = online(demo_server.url, "xa03.specialist")
    controller = _controller(profiles, settings)
    with qtbot.waitSignal(controller.syncAttached, timeout=20_000) as attached:
        controller.signed_in(profile)
    sync: SyncController = attached.args[0]
    with qtbot.waitSignal(sync.runFinished, timeout=60_000):
        pass
    folder = profile.folder
    # The admin resets the password (the same one, so other tests keep it): every session of the user ends.
    env = {**os.environ, "COMMUNE_DATABASE_URL": f"sqlite:///{demo_server.folder / 'central.db'}",
           "COMMUNE_DATA_DIR": str(demo_server.folder / "data"), "DEMO_PW": DEMO_PASSWORD}
    subprocess.run([sys.executable, "-m", "server.cli", "user", "passwd", "xa03.specialist", "--password-env",
                    "DEMO_PW"], env=env, check=True, capture_output=True)
    access, _expires, refresh = sync.session.replica.load_tokens()
    sync.session.replica.save_tokens(access or "", 0.0, refresh or "")  # as if the short-lived access token expired
    with qtbot.waitSignal(controller.signInShown, timeout=60_000) as shown:
        sync.sync_now()
    dialog = shown.args[0]
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentIndex() == 1 and dialog.username.text() == "xa03.specialist"
    assert "sign-in with the server has ended" in dialog.message.text()
    assert controller.window is None and (folder / "cache.db").exists()  # nothing wiped

    assert dialog.server.text() == demo_server.url  # the profile's own server, filled in
    qtbot.waitUntil(dialog.sign_in.isEnabled)  # the profile list is read on a worker first
    type_text(qtbot, dialog.online_password, DEMO_PASSWORD)
    with qtbot.waitSignal(controller.syncAttached, timeout=30_000) as attached:
        qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(attached.args[0].runFinished, timeout=60_000) as finished:
        pass
    assert finished.args[0].error is None
    _close(controller)
