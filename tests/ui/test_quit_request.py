"""Asked to quit (an upgrade's Restart Manager, a logoff, SIGTERM): the open forms are kept, the app exits 0."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from client.cache.profile import Profiles
from client.office import DocumentFilter, Office, OfficeSession
from client.ui.app import AppController, handle_termination
from client.ui.quit_request import kept_record, quit_on_request
from client.ui.settings import AppSettings
from sync.protocol.secrecy import is_secret
from tests.ui.conftest import PASSWORD, type_text


def _run_until_quit(app: QApplication, request: Callable[[], None]) -> int:
    # The app's own event loop, as main() runs it; a hang ends in 99 instead of blocking the suite.
    QTimer.singleShot(0, request)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: app.exit(99))
    guard.start(60_000)
    try:
        return app.exec()
    finally:
        guard.stop()


def test_sigterm_keeps_the_typed_draft_and_the_incoming_form_unregistered_then_exits_zero(
    qtbot, qapp: QApplication, make_profile: Callable[..., OfficeSession], profiles: Profiles,
    settings: AppSettings
) -> None:
    profile = make_profile(2, with_pdf=False)
    controller = AppController(Office(profiles=profiles), settings, idle_ms=0)
    controller.signed_in(profile)
    window = controller.window
    assert window is not None
    draft = window.new_document("draft")
    type_text(qtbot, draft.summary, "Dự thảo báo cáo chuyển đổi số quý IV")
    draft.number.setText("12-BC/ĐU")
    incoming = window.new_document("incoming")
    type_text(qtbot, incoming.summary, "Công văn về lịch tiếp công dân tháng 12")
    incoming.issuing_body.setText("Huyện ủy Bát Xát")
    window.new_document("outgoing")  # opened, nothing typed: must not become an empty draft
    before = profile.count_documents()

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    ticker = handle_termination(controller)
    try:
        code = _run_until_quit(qapp, lambda: os.kill(os.getpid(), signal.SIGTERM))
    finally:
        ticker.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    controller.shutdown()

    assert code == 0
    assert controller.window is None and controller.session is None
    reopened = Office(profiles=profiles).open("lan.nt", PASSWORD)
    try:
        assert reopened.count_documents() == before + 2
        drafts = reopened.list_documents(DocumentFilter(kind="draft"))
        assert [(d["summary"], d["number_symbol"], d["status"]) for d in drafts] == \
            [("Dự thảo báo cáo chuyển đổi số quý IV", "12-BC/ĐU", "draft")]
        received = [d for d in reopened.list_documents(DocumentFilter(kind="incoming"))
                    if d["summary"] == "Công văn về lịch tiếp công dân tháng 12"]
        assert [(d["status"], d["arrival_number"]) for d in received] == [("received", None)]
    finally:
        reopened.close()


def test_a_form_that_cannot_be_kept_is_left_alone(
    qtbot, make_profile: Callable[..., OfficeSession], profiles: Profiles, settings: AppSettings
) -> None:
    controller = AppController(Office(profiles=profiles), settings, idle_ms=0)
    controller.signed_in(make_profile(1, with_pdf=False))
    window = controller.window
    assert window is not None
    empty = window.new_document("draft")
    assert kept_record(empty) is None
    secret = window.new_document("outgoing")
    type_text(qtbot, secret.summary, "Nội dung mật")
    secret.secrecy.setCurrentIndex(secret.secrecy.count() - 1)  # the highest level the unit may hold: secret
    assert is_secret(secret.secrecy.currentData())
    assert kept_record(secret) is None
    typed = window.new_document("draft")
    type_text(qtbot, typed.summary, "Dự thảo")
    record = kept_record(typed)
    assert record is not None and record.status == "draft" and record.summary == "Dự thảo"
    controller._replacing = True  # end the test without quitting the shared application
    window.close()
    controller._close_profile()


def test_the_system_s_close_request_is_answered(qapp: QApplication, settings: AppSettings,
                                                profiles: Profiles) -> None:
    # Qt emits commitDataRequest for Windows' WM_QUERYENDSESSION (Restart Manager, logoff); offscreen there is
    # no session manager to send one, so this checks that main()'s wiring listens to it.
    controller = AppController(Office(profiles=profiles), settings, idle_ms=0)
    before = qapp.receivers("2commitDataRequest(QSessionManager&)")
    slot = quit_on_request(qapp, controller)
    try:
        assert qapp.receivers("2commitDataRequest(QSessionManager&)") == before + 1
    finally:
        qapp.commitDataRequest.disconnect(slot)
