"""The document actions that edit synced records (assign, change status, send), as an interface the sync layer fills.

These edits need base versions and outbox entries that only the sync engine's store methods write correctly, so the
GUI does not fake them: until an implementation is handed to the main window, their buttons are disabled and say
why.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

UNAVAILABLE_TIP = QT_TRANSLATE_NOOP("DocumentActions", "Available when the sync engine lands.")


class DocumentActions(Protocol):
    """Edits of a synced document; each call runs on a worker thread and raises on failure."""

    def assign(self, doc_id: str, handler_id: str, deadline: date | None, direction_note: str) -> None:
        """Assign the document to a handler with a deadline and the leader's direction note."""
        ...

    def change_status(self, doc_id: str, status: str) -> None:
        """Move the document to another status of its workflow (e.g. mark it done)."""
        ...

    def send(self, doc_id: str, unit_ids: list[str]) -> None:
        """Send an outgoing document to units (queued while offline)."""
        ...


def unavailable_tip() -> str:
    """The tooltip of an action whose implementation has not been provided."""
    return QCoreApplication.translate("DocumentActions", UNAVAILABLE_TIP)
