"""The status bar's view of sync: online or offline, last sync, pending changes, conflicts, the current transfer.

The sync engine is not wired yet: the app shows "offline" and the counts it reads from the cache. Phase 2 feeds
`show_state` from the engine's progress events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from client.cache.store import CacheStore
from client.ui import labels
from client.ui.worker import run_in_background


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows about sync."""

    online: bool = False
    last_sync: datetime | None = None
    pending: int = 0
    conflicts: int = 0
    transfer: str | None = None  # e.g. "Downloading 57-NQ/TW.pdf"
    transfer_done: int = 0
    transfer_total: int = 0


def read_counts(store: CacheStore) -> tuple[int, int]:
    """Pending changes and open conflicts (runs on a worker)."""
    return store.pending_changes(), store.open_conflicts()


class SyncStatusBar(QWidget):
    """Permanent widgets of the main window's status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = QLabel()
        self.last = QLabel()
        self.pending = QLabel()
        self.conflicts = QLabel()
        self.transfer = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setAccessibleName(self.tr("Transfer progress"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.link, self.last, self.pending, self.conflicts, self.transfer, self.bar):
            layout.addWidget(widget)
        self.state = SyncState()
        self.show_state(self.state)

    def show_state(self, state: SyncState) -> None:
        """Show a new sync state."""
        self.state = state
        self.link.setText(("● " + self.tr("Online")) if state.online else ("○ " + self.tr("Offline")))
        self.link.setStyleSheet("color: #2e7d32" if state.online else "color: #8d6e63")
        self.link.setToolTip(
            self.tr("Connected to the server.")
            if state.online
            else self.tr("Working offline. Your changes are saved and will be sent when the connection returns.")
        )
        last = labels.format_date(state.last_sync) if state.last_sync else self.tr("never")
        self.last.setText(self.tr("Last sync: %1").replace("%1", last))
        self.pending.setText(self.tr("%n change(s) to send", "", state.pending))
        self.conflicts.setText(self.tr("%n conflict(s)", "", state.conflicts) if state.conflicts else "")
        self.transfer.setText(state.transfer or "")
        self.bar.setVisible(state.transfer is not None)
        self.bar.setRange(0, max(state.transfer_total, 1))
        self.bar.setValue(state.transfer_done)

    def refresh_counts(self, store: CacheStore) -> None:
        """Read the pending changes and conflicts from the cache on a worker, then show them."""
        run_in_background(lambda: read_counts(store), self._counts)

    def _counts(self, counts: tuple[int, int]) -> None:
        pending, conflicts = counts
        self.show_state(
            SyncState(
                online=self.state.online,
                last_sync=self.state.last_sync,
                pending=pending,
                conflicts=conflicts,
                transfer=self.state.transfer,
                transfer_done=self.state.transfer_done,
                transfer_total=self.state.transfer_total,
            )
        )
