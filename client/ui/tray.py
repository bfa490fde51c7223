"""The tray icon: tells the user about new incoming documents after a sync and about deadlines coming up.

Where the platform has no system tray (the offscreen platform of the tests, some Linux desktops) the notices are
kept in `messages` and logged, and nothing else happens: the app must not fail for want of a tray.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from client.ui import labels

if TYPE_CHECKING:  # for annotations only: the app starts without loading them
    from client.office import Deadlines

log = logging.getLogger(__name__)


class TrayNotifier(QObject):
    """The app's tray icon and its balloon notices."""

    activated = Signal()  # the user clicked the icon or a notice: show the window
    notified = Signal(str, str)  # title, text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages: list[tuple[str, str]] = []
        self._reminded: set[tuple[str, date]] = set()
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable() and QApplication.platformName() != "offscreen":
            style = QApplication.style()
            self.icon = QSystemTrayIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView), self)
            self.icon.setToolTip(self.tr("Commune Office"))
            menu = QMenu()
            show = QAction(self.tr("Show the window"), menu)
            show.triggered.connect(self.activated)
            menu.addAction(show)
            self._menu = menu
            self.icon.setContextMenu(menu)
            self.icon.activated.connect(lambda _reason: self.activated.emit())
            self.icon.messageClicked.connect(self.activated)
            self.icon.show()

    def set_icon(self, icon: QIcon) -> None:
        """Use the app's icon in the tray."""
        if self.icon is not None:
            self.icon.setIcon(icon)

    def new_incoming(self, count: int, titles: list[str]) -> None:
        """Say that a sync brought new incoming documents."""
        if count <= 0:
            return
        title = self.tr("%n new incoming document(s)", "", count)
        self._show(title, "\n".join(titles))

    def deadlines(self, due: Deadlines, days: int, today: date | None = None) -> None:
        """Remind once a day of documents and tasks due within `days` days."""
        today = today or date.today()
        fresh = [(i, text, when) for i, text, when in [*due.documents, *due.tasks] if (i, today) not in self._reminded]
        if not fresh:
            return
        self._reminded |= {(i, today) for i, _text, _when in fresh}
        title = self.tr("%n deadline(s) within %1 days", "", len(fresh)).replace("%1", str(days))
        lines = [f"{labels.format_date(when)}: {text}" for _i, text, when in fresh[:5]]
        self._show(title, "\n".join(lines))

    def update_ready(self, version: str) -> None:
        """Say that a verified update waits for the next start."""
        self._show(self.tr("An update is ready"),
                   self.tr("Version %1 will be installed the next time Commune Office starts.").replace("%1",
                                                                                                      version))

    def update_refused(self, text: str) -> None:
        """Say that the update channel offered something that failed verification."""
        self._show(self.tr("An update was refused"), text)

    def _show(self, title: str, text: str) -> None:
        self.messages.append((title, text))
        log.info("notice: %s — %s", title, text)
        if self.icon is not None:
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        self.notified.emit(title, text)

    def hide(self) -> None:
        """Take the icon away (at sign-out and exit)."""
        if self.icon is not None:
            self.icon.hide()
