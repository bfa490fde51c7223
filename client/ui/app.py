"""The app's life: translations, sign-in, the main window with its sync, language switch, sign-out, clean shutdown."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from client.office import Office, OfficeSession
from client.ui.error_text import describe
from client.ui.garbage_collector import collect_on_gui_thread
from client.ui.i18n import Translations
from client.ui.quit_request import keep_work_and_quit, quit_on_request
from client.ui.settings import AppSettings
from client.ui.sync_controller import RunOutcome, SyncController
from client.ui.tray import TrayNotifier
from client.ui.worker import run_in_background, wait_for_idle

if TYPE_CHECKING:
    from client.office import Updates
    from client.ui.main_window import MainWindow
    from client.ui.sign_in_dialog import SignInDialog
    from client.ui.update_prompt import UpdatePrompt

STYLE = Path(__file__).resolve().parents[2] / "resources" / "style" / "app.qss"
PASSWORD_ENV = "COMMUNE_OFFICE_PASSWORD"
log = logging.getLogger(__name__)


def _prepare_window() -> None:
    """Load the main window's code while the password is checked on a worker (Argon2 leaves this thread free),
    instead of before the sign-in starts: start-up then costs the longer of the two, not their sum."""
    import client.ui.main_window  # noqa: F401


class AppController(QObject):
    """Owns the open session, its sync and the window showing it; the session is closed after its jobs have run."""

    windowShown = Signal(object)  # MainWindow
    signInShown = Signal(object)  # SignInDialog
    syncAttached = Signal(object)  # SyncController

    def __init__(
        self,
        office: Office,
        settings: AppSettings,
        *,
        idle_ms: int | None = None,
        sync: bool = True,
        sync_transport: dict[str, Any] | None = None,
        retry_interval: float = 30.0,
        quit_after_sync: bool = False,
        updates: Updates | None = None,
    ) -> None:
        super().__init__()
        self.office = office
        self.settings = settings
        self.idle_ms = idle_ms
        self.sync_enabled = sync
        self.sync_transport = sync_transport
        self.retry_interval = retry_interval
        self.quit_after_sync = quit_after_sync
        self.exit_code = 0
        self.on_run: Callable[[RunOutcome], None] | None = None  # e.g. the demo prints each run
        self.translations = Translations()
        self.translations.install(settings.language)
        self.session: OfficeSession | None = None
        self.sync: SyncController | None = None
        self.window: MainWindow | None = None
        self.dialog: SignInDialog | None = None
        self.tray = TrayNotifier(self)
        self.tray.activated.connect(self._raise_window)
        self._replacing = False
        # None: this run does not touch the update channel (tests, the demo, --quit-after-sync scripts).
        self.update_prompt: UpdatePrompt | None = None
        if updates is not None:
            from client.ui.update_prompt import UpdatePrompt

            self.update_prompt = UpdatePrompt(updates, self.tray, self)

    def begin(self, go_on: Callable[[], None]) -> None:
        """Offer a staged update first (the admin's policy decides how), then `go_on` (sign in as usual)."""
        if self.update_prompt is None:
            go_on()
        else:
            self.update_prompt.at_start(go_on)

    def start(self) -> None:
        """Sign in with the saved sign-in of the last profile if there is one, else show the sign-in dialog."""
        last = self.settings.last_profile
        if last and self.settings.remembers(last):
            def saved_sign_in_failed(_error: BaseException) -> None:
                self.show_sign_in()  # the saved sign-in did not open the profile: ask for the password

            run_in_background(lambda: self.office.open(last, None), self.signed_in, saved_sign_in_failed)
            QTimer.singleShot(0, _prepare_window)
        else:
            self.show_sign_in()

    def sign_in_with(self, username: str, password: str, server: str | None = None) -> None:
        """Sign in without the dialog (scripts, kiosks, the end-to-end test): online when a server is given."""
        office = self.office

        def open_it() -> OfficeSession:
            if server:
                return office.sign_in_online(server, username, password)
            return office.open(username, password)

        def failed(error: BaseException) -> None:
            dialog = self.show_sign_in()
            dialog.message.setText(describe(error))

        run_in_background(open_it, self.signed_in, failed)
        QTimer.singleShot(0, _prepare_window)

    def show_sign_in(self, message: str = "") -> SignInDialog:
        """Show the profile picker and password form."""
        from client.ui.sign_in_dialog import SignInDialog

        self.dialog = SignInDialog(self.office, self.settings)
        self.dialog.signedIn.connect(self.signed_in)
        self.dialog.rejected.connect(self._sign_in_closed)
        self.dialog.show()
        if message:
            self.dialog.message.setText(message)
        self.signInShown.emit(self.dialog)
        QTimer.singleShot(0, _prepare_window)  # while the user types the password
        return self.dialog

    def _sign_in_closed(self) -> None:
        if self.window is None and self.session is None:
            QApplication.quit()  # the sign-in was closed without signing in: the app ends

    def signed_in(self, session: OfficeSession) -> None:
        """Open the main window on a freshly opened session, then start its sync."""
        self.session = session
        self.dialog = None
        if self.update_prompt is not None:
            self.update_prompt.check()  # in the background; a verified MSI waits for the next start
        self._open_window()
        if self.window is not None:
            self.window.show_notices(session.notices)
            self.window.tell_secret_purge()
        if self.sync_enabled:
            transport = self.sync_transport
            run_in_background(lambda: SyncController.prepare(session, transport),
                              lambda _made: self._attach_sync(session), self._no_sync)

    def _attach_sync(self, session: OfficeSession) -> None:
        if session is not self.session:  # signed out meanwhile
            return
        minutes = self.settings.sync_interval_minutes
        sync = SyncController(session, interval=minutes * 60.0, retry_interval=self.retry_interval, parent=self)
        sync.revoked.connect(self._revoked)
        # Queued: the controller is still delivering that run's outcome when it says so.
        sync.signInRequired.connect(self._sign_in_required, Qt.ConnectionType.QueuedConnection)
        sync.runFinished.connect(self._run_finished)
        self.sync = sync
        if self.window is not None:
            self.window.attach_sync(sync)
        sync.start()
        self.syncAttached.emit(sync)

    def _no_sync(self, error: BaseException) -> None:
        # A profile never signed in online has no server: it works offline only, as in phase 1.
        log.info("no sync for this profile: %s", error)
        if self.quit_after_sync:
            self.exit_code = 1
            self.quit()

    def _run_finished(self, outcome: RunOutcome) -> None:
        if self.on_run is not None:
            self.on_run(outcome)
        if outcome.new_incoming:
            self.tray.new_incoming(outcome.new_incoming, outcome.new_titles)
        if outcome.deadlines is not None and self.sync is not None:
            self.tray.deadlines(outcome.deadlines, self.sync.deadline_days)
        if self.quit_after_sync:
            self.exit_code = 0 if outcome.error is None else 1
            self.quit()

    def _discard_window(self) -> None:
        """Close the main window without ending the app (it is being replaced by the sign-in)."""
        self._replacing = True
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self._replacing = False

    def _revoked(self, message: str) -> None:
        # The engine has wiped the profile: nothing of it may stay on screen; say why and sign in again.
        self._stop_sync()
        self._discard_window()
        wait_for_idle()
        self.session = None
        self.show_sign_in(message)

    def _sign_in_required(self, message: str) -> None:
        # The server ended this PC's session (password changed, session expired): the data stays, but sync can
        # only resume after an online sign-in, so take the user there with their name filled in.
        username = self.session.info.username if self.session is not None else ""
        server = self.sync.server_url if self.sync is not None else ""
        self._discard_window()
        self._close_profile()
        dialog = self.show_sign_in()
        dialog.show_online(username, message, server)

    def _open_window(self) -> None:
        from client.ui.main_window import MainWindow

        assert self.session is not None
        window = MainWindow(self.session, self.settings, idle_ms=self.idle_ms, sync=self.sync)
        window.languageChangeRequested.connect(self.change_language)
        window.signOutRequested.connect(self.sign_out)
        window.closed.connect(self._window_closed)
        window.show()
        self.window = window
        self.windowShown.emit(window)

    def _raise_window(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def change_language(self, language: str) -> None:
        """Switch the interface language now: the window is rebuilt in the new language on the same profile."""
        if language == self.translations.language:
            return
        self.settings.language = language
        self.translations.install(language)
        old = self.window
        self._replacing = True
        if old is not None:
            geometry = old.saveGeometry()
            current = old.nav.currentRow()
            old.close()
            old.deleteLater()
        self._replacing = False
        self._open_window()
        if old is not None and self.window is not None:
            self.window.restoreGeometry(geometry)
            self.window.show_view(current)

    def sign_out(self) -> None:
        """Close the window, stop the sync, close the profile, and show the sign-in dialog again."""
        self._replacing = True
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self._replacing = False
        self._close_profile()
        self.show_sign_in()

    def quit(self) -> None:
        """Close the window (which ends the app) or, with no window, end the app."""
        if self.window is not None:
            self.window.close()
        else:
            self._close_profile()
            QApplication.quit()

    def _window_closed(self) -> None:
        if self._replacing:
            return
        self.window = None
        self._close_profile()
        QApplication.quit()

    def _stop_sync(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync.deleteLater()
            self.sync = None

    def _close_profile(self) -> None:
        self._stop_sync()
        # Jobs still running hold connections of this profile: let them finish before the engine is disposed.
        wait_for_idle()
        if self.session is not None:
            self.session.close()
            self.session = None

    def shutdown(self) -> None:
        """Everything down before the process ends: update check, sync, profile, tray."""
        if self.update_prompt is not None:
            self.update_prompt.stop()
        self._close_profile()
        self.tray.hide()


def print_run(outcome: RunOutcome) -> None:
    """One line per sync run on the console (the demo's, and scripts' with --quit-after-sync)."""
    if outcome.report is not None:
        pull = outcome.report.pull
        print(f"sync: ok, {pull.snapshot_records + pull.changes} record(s) received, "
              f"{outcome.report.push.applied} change(s) sent", flush=True)
    elif outcome.error is not None:
        print(f"sync: {outcome.error}", file=sys.stderr, flush=True)


def handle_termination(controller: AppController) -> QTimer:
    """SIGTERM / SIGINT keep the open forms and close the window as the Quit action does (quit_request.py)."""

    def on_signal(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, lambda: keep_work_and_quit(controller))

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    # Python runs signal handlers only when it gets control; a short idle timer gives it control while Qt waits.
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    return ticker


def make_application(qt_args: list[str]) -> QApplication:
    """The QApplication with the app's names and style sheet."""
    existing = QApplication.instance()
    if existing is None:
        app = QApplication([sys.argv[0], *qt_args])
    elif isinstance(existing, QApplication):
        app = existing
    else:  # a QCoreApplication (no widgets) cannot show the app's windows; say so rather than fail on first use
        raise RuntimeError(f"a {type(existing).__name__} is already running; the desktop app needs a QApplication")
    app.setApplicationName("Commune Office")
    app.setOrganizationName("CommuneOffice")
    if STYLE.is_file():
        app.setStyleSheet(STYLE.read_text(encoding="utf-8"))
    app.setQuitOnLastWindowClosed(False)  # the controller decides when the app ends (dialogs come and go)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app; return its exit code."""
    parser = argparse.ArgumentParser(prog="commune-office gui", description="The Commune Office desktop app.")
    parser.add_argument("--demo", action="store_true",
                        help="start the reference server with demo data on loopback and sign into a demo profile")
    parser.add_argument("--home", help="folder of the profiles (default: the user's data folder)")
    parser.add_argument("--language", choices=["vi", "en"], help="interface language (saved as the new default)")
    parser.add_argument("--settings", help="settings file (default: the user's CommuneOffice.ini)")
    parser.add_argument("--user", "-u", help=f"sign in as this user without the dialog (password from ${PASSWORD_ENV})")
    parser.add_argument("--server", help="with --user: sign in online against this server")
    parser.add_argument("--quit-after-sync", action="store_true",
                        help="close after the first sync (exit 0 if it succeeded): for scripts and tests")
    args, qt_args = parser.parse_known_args(list(argv) if argv is not None else sys.argv[1:])
    if args.demo:
        from client.ui.demo import run_demo  # the demo's server plumbing is not loaded otherwise

        return run_demo(args, qt_args)
    app = make_application(qt_args)
    collect_on_gui_thread()
    settings = AppSettings(Path(args.settings) if args.settings else None)
    if args.language:
        settings.language = args.language
    office = Office(Path(args.home) if args.home else None)
    from client.office import Updates  # the signed update channel (TUF) is loaded only by the real app

    updates = None if args.quit_after_sync else Updates()
    controller = AppController(office, settings, quit_after_sync=args.quit_after_sync, updates=updates)
    if args.quit_after_sync:
        controller.on_run = print_run
    ticker = handle_termination(controller)
    quit_on_request(app, controller)  # an upgrade's Restart Manager or a logoff asks the app to close
    password = os.environ.get(PASSWORD_ENV)
    if args.user and password:
        user, secret, server = str(args.user), password, args.server
        controller.begin(lambda: controller.sign_in_with(user, secret, server))
    else:
        controller.begin(controller.start)
    code = app.exec()
    ticker.stop()
    controller.shutdown()
    return code or controller.exit_code
