"""The document actions that edit synced records (assign, change status, send), as an interface the sync layer fills.

These edits need base versions and outbox entries that only the cache replica writes correctly
(`client/ui/replica_actions.py` implements them over it). A profile that is not bound to a server has no
implementation: its buttons are disabled and say why.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

UNAVAILABLE_TIP = QT_TRANSLATE_NOOP("DocumentActions", "Available once this profile has signed in online.")


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

    def handlers(self) -> list[dict[str, Any]]:
        """People of the unit a document can be assigned to (id, full_name, position)."""
        ...

    def recipient_units(self) -> list[dict[str, Any]]:
        """Units a document can be sent to (id, name, code, level)."""
        ...

    def resolve_conflict(self, conflict_id: int, choice: str, value: Any = None) -> None:
        """Keep mine, keep theirs ("mine", "theirs") or store a value merged by hand ("merged")."""
        ...


def unavailable_tip() -> str:
    """The tooltip of an action whose implementation has not been provided."""
    return QCoreApplication.translate("DocumentActions", UNAVAILABLE_TIP)
