"""Take screenshots of the main screens into docs/screenshots/ (under Xvfb when there is one, else offscreen).

    .venv/bin/python tools/screenshots.py [--language vi|en] [--scale 2]

With --scale the screens are drawn at that display scaling (QT_SCALE_FACTOR) into docs/screenshots/scale-N/, to
check that layouts stay sane from 100% to 200%.

The reference server is seeded and started in a temporary folder (as `commune-office --demo` does), a leader's
profile signs in online and syncs, a second profile makes a real conflict; nothing outside that folder is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "docs" / "screenshots"


def shoot(language: str, out: Path) -> list[Path]:
    """Open the screens on a demo server's data (synced for real) and save one PNG per screen."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from client.cache.keys import KdfParams
    from client.cache.profile import Profiles
    from client.machine_config import MachineConfig
    from client.office import Changes, NoteRecord, Office
    from client.office.secret_entries import ORIGINAL_LOCATIONS, SecretEntry, register_secret_entry
    from client.ui.app import AppController
    from client.ui.demo_server import DEMO_PASSWORD, DemoServer
    from client.ui.handover_dialogs import HandoverDialog
    from client.ui.main_window import CONFLICTS, REFUSED, SEARCH, TASKS
    from client.ui.settings import AppSettings
    from client.ui.worker import wait_for_idle

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive while the screens are shot
    scratch = Path(tempfile.mkdtemp(prefix="commune-office-shots-"))
    server = DemoServer(scratch / "server")
    written: list[Path] = []
    try:
        server.seed()
        server.start()
        server.wait_healthy()
        office = Office(profiles=Profiles(scratch / "profiles", kdf=KdfParams.fast_for_tests()))
        leader = office.sign_in_online(server.url, "xa01.leader", DEMO_PASSWORD)
        settings = AppSettings(scratch / "settings.ini", machine=MachineConfig())
        settings.language = language
        controller = AppController(office, settings, idle_ms=0)

        def settle(ms: int = 400) -> None:
            wait_for_idle()
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        def wait_until(condition, timeout_ms: int = 60_000) -> None:  # type: ignore[no-untyped-def]
            waited = 0
            while not condition() and waited < timeout_ms:
                settle(100)
                waited += 100

        def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
            settle()
            path = out / f"{name}.png"
            widget.grab().save(str(path))
            written.append(path)

        dialog = controller.show_sign_in()
        wait_until(lambda: dialog.tabs.currentIndex() == 0 and dialog.profile_box.count() > 0)
        dialog.show_online("xa01.leader")
        dialog.server.setText(server.url)
        save(dialog, "sign-in")
        dialog.close()
        controller.signed_in(leader)
        wait_until(lambda: controller.sync is not None and controller.sync.runs >= 1)
        sync = controller.sync
        window = controller.window
        assert window is not None and sync is not None
        window.resize(1400, 860)

        # A real conflict: the clerk on another PC and the leader here change the same summary.
        doc = next(d for d in leader.store.list_documents(limit=500) if d["status"] == "received")
        clerk_office = Office(profiles=Profiles(scratch / "clerk", kdf=KdfParams.fast_for_tests()))
        clerk = clerk_office.sign_in_online(server.url, "xa01.clerk", DEMO_PASSWORD)
        clerk.sync()
        clerk.edit_document(doc["id"], {"summary": doc["summary"] + " (bản của văn thư)"})
        clerk.sync()
        clerk.close()
        leader.edit_document(doc["id"], {"summary": doc["summary"] + " (bản của lãnh đạo)"})
        runs = sync.runs
        sync.sync_now()
        wait_until(lambda: sync.runs > runs)

        model = window.incoming.model
        wait_until(lambda: model.rowCount() > 0)
        row = next(r for r in range(model.rowCount())
                   if leader.store.get_document(model.row_data(r)["id"])["attachments"])
        window.incoming.table.setCurrentIndex(model.index(row, 0))
        settle(800)
        window.incoming.document.tabs.setCurrentIndex(2)
        save(window, "incoming-with-pdf")
        window.show_view(TASKS)
        save(window, "tasks-by-resolution")
        window.show_view(SEARCH)
        window.search.box.setText("nghi quyet")
        window.search.run_search()
        save(window, "search")
        window.show_view(CONFLICTS)
        wait_until(lambda: window.conflicts.model.rowCount() > 0)
        save(window, "conflicts")
        shoot_working_day(window, leader, sync, wait_until, save, NoteRecord, HandoverDialog, REFUSED)
        files = QFileDialog(window, "Lưu bản sao", str(scratch), "Tất cả các tệp (*)")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)  # as the viewer's "save a copy" opens it
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        files.open()
        save(files, "file-dialog")
        files.close()
        window.show_view(0)
        # The leader assigns a registered document (a received one is the clerk's to register first).
        registered = next((r for r in range(model.rowCount()) if model.row_data(r)["status"] == "registered"), None)
        if registered is not None:
            window.incoming.table.setCurrentIndex(model.index(registered, 0))
            wait_until(lambda: window.incoming.document.assign_button.isEnabled())
        assign = window.incoming.document.open_assign()
        if assign is not None:
            wait_until(lambda: assign.handler.count() > 0)
            save(assign, "assign")
            assign.close()
        form = window.new_document("incoming")
        save(form, "register-incoming")
        form.close()
        # A paper secret document is a register entry only (Law 117/2025): its view, then its form.
        entry = SecretEntry(kind="incoming", number_symbol="09-CV/HU", doc_type="Công văn",
                            issuing_body="Huyện ủy Bát Xát", issued_date=date.today(), urgency=1,
                            original_location=ORIGINAL_LOCATIONS[0])
        stub_id = next(iter(register_secret_entry(leader, entry).records))
        window.apply_changes(Changes(frozenset({"incoming"}), counts=True))
        wait_until(lambda: any(model.row_data(r)["id"] == stub_id for r in range(model.rowCount())))
        stub_row = next(r for r in range(model.rowCount()) if model.row_data(r)["id"] == stub_id)
        window.incoming.table.setCurrentIndex(model.index(stub_row, 0))
        wait_until(lambda: window.incoming.document.secret_banner.isVisible())
        window.incoming.document.tabs.setCurrentIndex(0)
        save(window, "secret-entry")
        stub_form = window.new_secret_entry("incoming")
        save(stub_form, "register-secret-entry")
        stub_form.close()
        window.lock()
        save(window, "locked")
        controller._replacing = True
        window.close()
        controller.shutdown()
    finally:
        server.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    return written


def shoot_working_day(window, leader, sync, wait_until, save, NoteRecord, HandoverDialog,  # type: ignore[no-untyped-def]
                      refused_view: int) -> None:
    """A refused change, the hand-over dialogs and a document's processing trail, made for real on the server."""
    import datetime as dt

    def sync_now() -> None:
        runs = sync.runs
        sync.sync_now()
        wait_until(lambda: sync.runs > runs)

    documents = leader.store.list_documents(limit=500)
    # A leader cannot register (the clerk's step): queued past the office layer's check, the server refuses it.
    received = [d for d in documents if d["status"] == "received"]
    leader.replica.edit("document", received[-1]["id"], {"status": "registered"})
    sync_now()
    window.show_view(refused_view)
    wait_until(lambda: window.refused.model.rowCount() > 0)
    save(window, "refused")

    people = {p["username"]: p for p in leader.handlers()}
    specialist, clerk, me = people["xa01.specialist"], people["xa01.clerk"], people["xa01.leader"]
    registered = [d for d in documents if d["status"] == "registered"]
    doc_id = registered[-1]["id"]
    leader.assign(doc_id, specialist["id"], dt.date.today() + dt.timedelta(days=7),
                  "Đề nghị đồng chí chủ trì tham mưu văn bản trả lời.", co_handler_ids=[clerk["id"]],
                  informed_ids=[me["id"]])
    sync_now()
    leader.forward(doc_id, clerk["id"], "Chuyển văn thư chủ trì tổng hợp, báo cáo trước ngày 15.")
    sync_now()
    leader.add_note(NoteRecord(document_id=doc_id, author_id=me["id"], author_name=me["full_name"],
                               text="Lưu ý gửi kèm số liệu của các chi bộ."))  # left unsent: shown as waiting
    window.show_view(0)
    model = window.incoming.model
    wait_until(lambda: any(model.row_data(r)["id"] == doc_id for r in range(model.rowCount())))
    row = next(r for r in range(model.rowCount()) if model.row_data(r)["id"] == doc_id)
    window.incoming.table.setCurrentIndex(model.index(row, 0))
    pane = window.incoming.document
    wait_until(lambda: pane.document is not None and pane.document["id"] == doc_id)
    pane.tabs.setCurrentIndex(1)
    save(window, "trail")

    forward = pane.open_handover("forward")
    if forward is not None:
        wait_until(lambda: forward.person.count() > 0)
        save(forward, "forward")
        forward.close()
    row_data = leader.document(doc_id)
    for mode in ("return", "submit"):  # the specialist's and the clerk's forms, shown with this unit's data
        dialog = HandoverDialog(leader, row_data, mode, window)
        dialog.open()
        if mode == "submit":
            wait_until(lambda d=dialog: d.person.count() > 0)  # type: ignore[misc]
        save(dialog, mode)
        dialog.close()


def main() -> int:
    """Run under Xvfb when available, else on Qt's offscreen platform."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", choices=["vi", "en"], default="vi")
    parser.add_argument("--scale", type=float, default=None, help="display scaling, e.g. 1.5 or 2")
    args = parser.parse_args()
    out = OUT if args.scale is None else OUT / f"scale-{args.scale:g}"
    out.mkdir(parents=True, exist_ok=True)
    if "DISPLAY" not in os.environ and shutil.which("xvfb-run") and not os.environ.get("_SHOTS_CHILD"):
        env = dict(os.environ, _SHOTS_CHILD="1")
        extra = ["--scale", str(args.scale)] if args.scale is not None else []
        command = [sys.executable, __file__, "--language", args.language, *extra]
        return subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 3200x2000x24", *command], env=env)
    if "DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale is not None:
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    for path in shoot(args.language, out):
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
