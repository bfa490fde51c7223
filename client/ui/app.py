"""The app's life: translations, sign-in, the main window, language switch, sign-out and a clean shutdown."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from client.cache.profile import OpenProfile, Profiles
from client.ui.document_actions import DocumentActions
from client.ui.i18n import Translations
from client.ui.main_window import MainWindow
from client.ui.settings import AppSettings
from client.ui.sign_in_dialog import SignInDialog
from client.ui.worker import run_in_background, wait_for_idle

STYLE = Path(__file__).resolve().parents[2] / "resources" / "style" / "app.qss"


class AppController(QObject):
    """Owns the open profile and the window showing it; the profile is closed only after its jobs have run."""

    windowShown = Signal(object)  # MainWindow
    signInShown = Signal(object)  # SignInDialog

    def __init__(
        self,
        profiles: Profiles,
        settings: AppSettings,
        *,
        actions: DocumentActions | None = None,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.profiles = profiles
        self.settings = settings
        self.actions = actions
        self.idle_ms = idle_ms
        self.translations = Translations()
        self.translations.install(settings.language)
        self.profile: OpenProfile | None = None
        self.window: MainWindow | None = None
        self.dialog: SignInDialog | None = None
        self._replacing = False

    def start(self) -> None:
        """Sign in with the saved sign-in of the last profile if there is one, else show the sign-in dialog."""
        last = self.settings.last_profile
        if last and self.settings.remembers(last):
            run_in_background(lambda: self.profiles.open(last, None), self.signed_in, lambda _e: self.show_sign_in())
        else:
            self.show_sign_in()

    def show_sign_in(self) -> SignInDialog:
        """Show the profile picker and password form."""
        self.dialog = SignInDialog(self.profiles, self.settings)
        self.dialog.signedIn.connect(self.signed_in)
        self.dialog.show()
        self.signInShown.emit(self.dialog)
        return self.dialog

    def signed_in(self, profile: OpenProfile) -> None:
        """Open the main window on a freshly opened profile."""
        self.profile = profile
        self.dialog = None
        self._open_window()
        if self.window is not None:
            self.window.show_notices(profile.notices)

    def _open_window(self) -> None:
        assert self.profile is not None
        window = MainWindow(self.profile, self.settings, actions=self.actions, idle_ms=self.idle_ms)
        window.languageChangeRequested.connect(self.change_language)
        window.signOutRequested.connect(self.sign_out)
        window.closed.connect(self._window_closed)
        window.show()
        self.window = window
        self.windowShown.emit(window)

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
        """Close the window and the profile, and show the sign-in dialog again."""
        self._replacing = True
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self._replacing = False
        self._close_profile()
        self.show_sign_in()

    def _window_closed(self) -> None:
        if self._replacing:
            return
        self.window = None
        self._close_profile()
        QApplication.quit()

    def _close_profile(self) -> None:
        # Jobs still running hold connections of this profile: let them finish before the engine is disposed.
        wait_for_idle()
        if self.profile is not None:
            self.profile.close()
            self.profile = None


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app; return its exit code."""
    parser = argparse.ArgumentParser(prog="commune-office gui", description="The Commune Office desktop app.")
    parser.add_argument("--home", help="folder of the profiles (default: the user's data folder)")
    parser.add_argument("--language", choices=["vi", "en"], help="interface language (saved as the new default)")
    parser.add_argument("--settings", help="settings file (default: the user's CommuneOffice.ini)")
    args, qt_args = parser.parse_known_args(list(argv) if argv is not None else sys.argv[1:])
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Commune Office")
    app.setOrganizationName("CommuneOffice")
    if STYLE.is_file():
        app.setStyleSheet(STYLE.read_text(encoding="utf-8"))
    settings = AppSettings(Path(args.settings) if args.settings else None)
    if args.language:
        settings.language = args.language
    profiles = Profiles(Path(args.home) if args.home else None)
    controller = AppController(profiles, settings)
    controller.start()
    code = app.exec()
    controller._close_profile()
    return code
