"""Asked to quit (an upgrade's Restart Manager, a logoff, SIGTERM): the open forms are kept, the app exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from client.cache.profile import Profiles
from client.office import DocumentFilter, Office, OfficeSession
from client.ui.app import AppController
from client.ui.quit_request import kept_record, quit_on_request
from client.ui.settings import AppSettings
from sync.protocol.secrecy import is_secret
from tests.ui.conftest import PASSWORD, type_text

ROOT = Path(__file__).resolve().parents[2]
# The real app (client.ui.app.main, its SIGTERM and commitDataRequest wiring) in its own process: once the main
# window is up, three forms are opened as a clerk would leave them, then the process asks itself to quit.
DRIVER = """
import os, signal, sys
from PySide6.QtCore import QTimer
from client.ui.app import main, make_application
from client.ui.main_window import MainWindow

app = make_application([])

def drive():
    shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not shown:
        QTimer.singleShot(50, drive)
        return
    window = shown[0]
    draft = window.new_document("draft")
    draft.summary.setPlainText("Dự thảo báo cáo chuyển đổi số quý IV")
    draft.number.setText("12-BC/ĐU")
    incoming = window.new_document("incoming")
    incoming.summary.setPlainText("Công văn về lịch tiếp công dân tháng 12")
    incoming.issuing_body.setText("Huyện ủy Bát Xát")
    window.new_document("outgoing")  # opened, nothing typed: must not become an empty draft
    os.kill(os.getpid(), signal.SIGTERM)

QTimer.singleShot(0, drive)
sys.exit(main(sys.argv[1:]))
"""


def test_sigterm_keeps_the_typed_draft_and_the_incoming_form_unregistered_and_the_app_exits_zero(
    make_profile: Callable[..., OfficeSession], profiles: Profiles, tmp_path: Path
) -> None:
    make_profile(2, with_pdf=False, close=True)
    before = _count(profiles)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "COMMUNE_OFFICE_PASSWORD": PASSWORD, "COMMUNE_OFFICE_MACHINE_CONFIG": str(tmp_path / "none.ini")}
    app = subprocess.run(
        [sys.executable, "-c", DRIVER, "--home", str(profiles.home), "--settings", str(tmp_path / "s.ini"),
         "--user", "lan.nt", "--language", "en"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)

    assert app.returncode == 0, app.stderr
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


def _count(profiles: Profiles) -> int:
    with Office(profiles=profiles).open("lan.nt", PASSWORD) as session:
        return session.count_documents()


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


def test_the_system_s_close_request_stores_the_forms_before_it_is_answered(
    qtbot, qapp: QApplication, make_profile: Callable[..., OfficeSession], profiles: Profiles,
    settings: AppSettings
) -> None:
    # Qt calls this for Windows' WM_QUERYENDSESSION (an upgrade's Restart Manager, a logoff). Offscreen there is
    # no session manager to send one, so the answer is called as Qt calls it, after main()'s wiring is checked.
    profile = make_profile(1, with_pdf=False)
    controller = AppController(Office(profiles=profiles), settings, idle_ms=0, sync=False)
    controller.signed_in(profile)
    window = controller.window
    assert window is not None
    form = window.new_document("outgoing")
    type_text(qtbot, form.summary, "Tờ trình về kế hoạch năm 2027")
    window.lock()  # the clerk is away: the idle lock hid the form, the upgrade comes now
    assert not form.isVisible()
    before = qapp.receivers("2commitDataRequest(QSessionManager&)")
    answer = quit_on_request(qapp, controller)
    try:
        assert qapp.receivers("2commitDataRequest(QSessionManager&)") == before + 1
        answer(None)  # type: ignore[arg-type]  # the manager is not used
        # Stored when the answer returns: at logoff Windows may end the process right after.
        outgoing = profile.list_documents(DocumentFilter(kind="outgoing"))
        assert [(d["summary"], d["status"]) for d in outgoing if d["summary"].startswith("Tờ trình")] == \
            [("Tờ trình về kế hoạch năm 2027", "draft")]
        assert not form.isVisible()
    finally:
        qapp.commitDataRequest.disconnect(answer)
        controller._replacing = True  # the queued close ends the window, not the shared test application
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
        controller._close_profile()
