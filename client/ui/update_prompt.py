"""The update channel on screen: the staged update offered at start as the admin's policy says, and the
background check after sign-in that tells the user when a newer version is ready.

All disk and network work (re-hashing the staged MSI, the TUF refresh, the download) runs on worker threads; the
GUI thread only asks and shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from client.office import CancelToken, ReadyUpdate, Updates, problem_of
from client.ui.error_text import describe
from client.ui.tray import TrayNotifier
from client.ui.worker import run_in_background

log = logging.getLogger(__name__)
# No link is the normal state of a commune, and a check cut by closing the app resumes at the next: no notice.
_QUIET = frozenset({"update_unavailable", "cancelled"})


class UpdatePrompt(QObject):
    """Offers a staged update at start and checks for a new one in the background."""

    questionShown = Signal(object)  # QMessageBox: the user is asked (policy ask)
    installing = Signal(str)  # version: the installer was started and the app is closing
    ready = Signal(str)  # version: a newer MSI was verified and staged for the next start
    refused = Signal(str)  # the worded reason a check failed

    def __init__(self, updates: Updates, tray: TrayNotifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.updates = updates
        self.tray = tray
        self.question: QMessageBox | None = None
        self._checking = False
        self._cancel = CancelToken()

    def at_start(self, go_on: Callable[[], None]) -> None:
        """Install or offer a staged update first; `go_on` starts the app as usual when nothing is installed."""
        def could_not_read(error: BaseException) -> None:
            log.warning("staged update not readable: %s", error)
            go_on()

        run_in_background(self.updates.ready, lambda ready: self._offer(ready, go_on), could_not_read)

    def check(self) -> None:
        """Refresh the channel and fetch a newer MSI, off the GUI thread (once at a time)."""
        if self._checking:
            return
        self._checking = True
        cancel = self._cancel
        run_in_background(lambda: self.updates.check_and_fetch(cancel), self._fetched, self._failed)

    def stop(self) -> None:
        """Cut a running check short (the app is closing); what was downloaded stays for the next run."""
        self._cancel.cancel()
        self._cancel = CancelToken()

    def _offer(self, ready: ReadyUpdate | None, go_on: Callable[[], None]) -> None:
        if ready is None:
            go_on()
            return
        if not ready.ask:
            self._install(ready, go_on)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("An update is ready"),
                          self.tr("Version %1 of Commune Office is ready to install. Install it now? The program "
                                  "closes while it installs; open it again in a minute or two.")
                          .replace("%1", ready.version))
        install = box.addButton(self.tr("Install now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is install:
                self._install(ready, go_on)
            else:
                go_on()

        box.finished.connect(answered)
        self.question = box
        box.open()
        self.questionShown.emit(box)

    def _install(self, ready: ReadyUpdate, go_on: Callable[[], None]) -> None:
        def started(_none: object) -> None:
            self.installing.emit(ready.version)
            QApplication.quit()  # msiexec replaces the app's files: the app must not hold them open

        def failed(error: BaseException) -> None:
            log.warning("the installer did not start: %s", error)
            self.tray.update_refused(describe(error))
            go_on()

        run_in_background(lambda: self.updates.install(ready), started, failed)

    def _fetched(self, staged: object) -> None:
        self._checking = False
        version = getattr(staged, "version", None)
        if isinstance(version, str):
            self.tray.update_ready(version)
            self.ready.emit(version)

    def _failed(self, error: BaseException) -> None:
        self._checking = False
        log.warning("update check: %s", error)
        if problem_of(error).code in _QUIET:
            return
        text = describe(error)
        self.tray.update_refused(text)
        self.refused.emit(text)
