"""`commune-office --demo`: a working office in one command, with the reference server in the background.

A temporary folder holds the server's database and a demo profile home; the server is seeded and started as a
child process, the health check and the online sign-in run on a worker while a small window says what is going
on, then the main window opens and syncs. Closing the window stops the server and removes the folder.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from client.machine_config import MachineConfig
from client.office import Office, OfficeSession
from client.ui.app import AppController, handle_termination, make_application, print_run
from client.ui.demo_server import DEMO_PASSWORD, DEMO_USER, DemoServer
from client.ui.error_text import describe
from client.ui.garbage_collector import collect_on_gui_thread
from client.ui.settings import AppSettings
from client.ui.worker import run_in_background


class StartingWindow(QWidget):
    """What the user sees for the few seconds the demo server needs."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Commune Office — demo"))
        self.label = QLabel(self.tr("Starting the demo office: the reference server with demo data, then "
                                    "signing in as %1…").replace("%1", DEMO_USER))
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.resize(420, 140)


def _print(line: str) -> None:
    print(line, flush=True)  # read by people and by the end-to-end test


def run_demo(args: argparse.Namespace, qt_args: list[str]) -> int:
    """Run the app on a fresh demo server; return the exit code."""
    app = make_application(qt_args)
    collect_on_gui_thread()
    folder = Path(tempfile.mkdtemp(prefix="commune-office-demo-"))
    server = DemoServer(folder / "server")
    # The demo ignores this computer's machine configuration: its server is the one started here.
    settings = AppSettings(folder / "settings.ini", machine=MachineConfig())
    settings.language = args.language or "vi"
    office = Office(folder / "profiles")
    controller = AppController(office, settings, quit_after_sync=args.quit_after_sync, retry_interval=5.0)
    ticker = handle_termination(controller)
    controller.on_run = print_run
    starting = StartingWindow()
    starting.show()

    def start_and_sign_in() -> OfficeSession:
        server.seed()
        server.start()
        _print(f"demo server: {server.url} (pid {server.process.pid if server.process else '?'}); data in {folder}")
        server.wait_healthy()
        return office.sign_in_online(server.url, DEMO_USER, DEMO_PASSWORD)

    def signed_in(session: OfficeSession) -> None:
        starting.close()
        _print(f"signed in: {session.info.username} ({session.info.unit.name})")
        controller.signed_in(session)

    def failed(error: BaseException) -> None:
        starting.close()
        QMessageBox.critical(None, QCoreApplication.translate("StartingWindow", "Commune Office — demo"),
                             QCoreApplication.translate("StartingWindow", "The demo could not start: %1")
                             .replace("%1", describe(error)))
        controller.exit_code = 1
        app.quit()

    run_in_background(start_and_sign_in, signed_in, failed)
    try:
        code = app.exec()
    finally:
        ticker.stop()
        controller.shutdown()
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return code or controller.exit_code

