"""The status bar's view of sync: online or offline, last sync, pending changes, conflicts, the current transfer.

Fed by the SyncController's signals (the engine's status after each run and its progress events during one);
a profile with no server shows "offline" and the counts it reads from the cache.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from client.ui import labels
from client.ui.error_text import describe_status_error
from client.ui.worker import run_in_background

if TYPE_CHECKING:  # for annotations only: the app starts without loading them
    from client.office import OfficeSession, Progress, QueueCounts, SyncStatus


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows about sync."""

    online: bool = False
    last_sync: datetime | None = None
    pending: int = 0
    conflicts: int = 0
    transfer: str | None = None  # e.g. "Receiving changes 200/1000"
    transfer_done: int = 0
    transfer_total: int = 0
    syncing: bool = False
    failed: int = 0
    error: str | None = None
    not_received: tuple[str, ...] = ()  # server records skipped and files not downloaded, each worded for the user




class ClickableLabel(QLabel):
    """A status bar label that says when it is clicked."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def parse_time(stamp: str | None) -> datetime | None:
    """An ISO time of the engine's status (UTC) as local time, for display."""
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return None


class SyncStatusBar(QWidget):
    """Permanent widgets of the main window's status bar."""

    cancelRequested = Signal()
    refusedClicked = Signal()  # the user clicked the count of refused changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = QLabel()
        self.link.setAccessibleName(self.tr("Connection"))
        self.last = QLabel()
        self.pending = ClickableLabel()
        self.pending.clicked.connect(self._pending_clicked)
        self.conflicts = QLabel()
        self.not_received = QLabel()
        self.not_received.setStyleSheet("color: #b26a00")
        self.transfer = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setAccessibleName(self.tr("Transfer progress"))
        self.cancel_button = QToolButton()
        self.cancel_button.setText("✕")
        self.cancel_button.setToolTip(self.tr("Cancel the sync (Ctrl+Shift+X)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the sync"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.link, self.last, self.pending, self.conflicts, self.not_received, self.transfer, self.bar,
                       self.cancel_button):
            layout.addWidget(widget)
        layout.addStretch()
        self.state = SyncState()
        self.show_state(self.state)

    def show_state(self, state: SyncState) -> None:
        """Show a new sync state."""
        self.state = state
        failing = state.online and state.error is not None and not state.syncing
        if state.syncing and state.transfer is None:
            self.link.setText("◌ " + self.tr("Syncing…"))
        elif failing:
            # The server answers but the run fails (a record it cannot store, a refused request): not "online".
            self.link.setText("⚠ " + self.tr("Sync failing"))
        else:
            self.link.setText(("● " + self.tr("Online")) if state.online else ("○ " + self.tr("Offline")))
        colour = "color: #b00020" if failing else "color: #2e7d32" if state.online else "color: #8d6e63"
        if self.link.styleSheet() != colour:  # a new style sheet restyles the label: not on every progress step
            self.link.setStyleSheet(colour)
        tip = (self.tr("The server answers, but the sync did not finish.") if failing else
               self.tr("Connected to the server.") if state.online else
               self.tr("Working offline. Your changes are saved and will be sent when the connection returns."))
        if state.error:
            tip += "\n" + state.error
        self.link.setToolTip(tip)
        last = labels.format_date(state.last_sync) if state.last_sync else self.tr("never")
        self.last.setText(self.tr("Last sync: %1").replace("%1", last))
        pending = self.tr("%n change(s) to send", "", state.pending)
        if state.failed:
            pending += " · " + self.tr("%n refused", "", state.failed)
        self.pending.setText(pending)
        self.pending.setToolTip(self.tr("Click to see the refused changes") if state.failed else "")
        self.pending.setCursor(Qt.CursorShape.PointingHandCursor if state.failed else Qt.CursorShape.ArrowCursor)
        self.conflicts.setText(self.tr("%n conflict(s)", "", state.conflicts) if state.conflicts else "")
        count = len(state.not_received)
        self.not_received.setText("⚠ " + self.tr("%n item(s) not received", "", count) if count else "")
        self.not_received.setToolTip("\n".join(state.not_received))
        self.transfer.setText(state.transfer or "")
        self.bar.setVisible(state.transfer is not None)
        self.bar.setRange(0, max(state.transfer_total, 0))  # 0..0 is Qt's "busy" bar for an unknown total
        self.bar.setValue(state.transfer_done)
        self.cancel_button.setVisible(state.syncing)

    def _pending_clicked(self) -> None:
        if self.state.failed:
            self.refusedClicked.emit()

    # -- fed by the sync controller ----------------------------------------------------------------------------

    def show_status(self, status: SyncStatus) -> None:
        """The engine's stored status (after a run, or at start)."""
        self.show_state(replace(self.state, online=bool(status.online), last_sync=parse_time(status.last_success_at),
                                pending=status.pending_changes, failed=status.failed_changes,
                                conflicts=status.open_conflicts, error=describe_status_error(status),
                                not_received=self._not_received(status)))

    def _not_received(self, status: SyncStatus) -> tuple[str, ...]:
        lines = []
        for record in status.refused_records:
            name = f"{labels.entity_label(record.get('entity', ''))} {record.get('id', '')[:8]}"
            sentence = (self.tr("%1 belongs to another unit and was not stored.") if record.get("code") == "other_unit"
                        else self.tr("%1 holds characters that cannot be stored and was not stored."))
            lines.append(sentence.replace("%1", name))
        for attachment in status.failed_attachments:
            lines.append(self.tr("The file %1 did not arrive intact; it is tried again at the next sync.")
                         .replace("%1", attachment.get("name", "")))
        return tuple(lines)

    def run_started(self) -> None:
        """A run began."""
        self.show_state(replace(self.state, syncing=True))

    def run_finished(self) -> None:
        """A run ended (its status arrives separately)."""
        self.show_state(replace(self.state, syncing=False, transfer=None, transfer_done=0, transfer_total=0))

    def show_progress(self, event: Progress) -> None:
        """One progress event of the engine: what is moving, and how far it got."""
        if event.phase == "done":
            self.run_finished()
            return
        total = event.bytes_total if event.bytes_total else event.items_total
        done = event.bytes_done if event.bytes_total else event.items_done
        text = {
            "push": self.tr("Sending changes"),
            "upload": self.tr("Uploading attachments"),
            "snapshot": self.tr("Downloading the office's records"),
            "pull": self.tr("Receiving changes"),
            "download": self.tr("Downloading attachments"),
        }.get(event.phase, event.phase)
        if event.items_total:
            text += f" {event.items_done}/{event.items_total}"
        elif event.items_done:
            text += f" {event.items_done}"
        if event.bytes_total:
            text += f" ({event.bytes_done // 1024:,} / {event.bytes_total // 1024:,} KB)"
        self.show_state(replace(self.state, syncing=True, online=True, transfer=text, transfer_done=done or 0,
                                transfer_total=total or 0))

    def refresh_counts(self, session: OfficeSession) -> None:
        """Read the changes to send, refused and conflicting from the cache on a worker, then show them."""
        run_in_background(session.counts, self._counts)

    def _counts(self, counts: QueueCounts) -> None:
        self.show_state(replace(self.state, pending=counts.pending, failed=counts.failed, conflicts=counts.conflicts))
