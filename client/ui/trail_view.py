"""A document's processing trail on screen: who registered, submitted, assigned, forwarded, returned, changed its
status or corrected which fields, and when, in the reader's language, with the notes in between and this
computer's unsent steps marked as waiting to be sent.

The words come from the event's action code (`sync.protocol.events`), never from stored text, so the same trail
reads in Vietnamese or English; people are named from the unit's directory the caller hands in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from client.office import TrailEntry
from client.ui import labels

PENDING_COLOUR = "#8a6d00"


class TrailView(QListWidget):
    """The trail as a list, oldest first; each line says when, who and what, the note below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(self.tr("Processing trail"))
        self.entries: list[TrailEntry] = []

    def show_trail(self, entries: Iterable[TrailEntry], people: Mapping[str, str]) -> None:
        """Show these entries; `people` maps person ids to the names shown."""
        self.clear()
        self.entries = list(entries)
        if not self.entries:
            self.addItem(self.tr("Nothing has happened to this document yet."))
            return
        for entry in self.entries:
            self.addItem(self._item(entry, people))
        self.scrollToBottom()

    def _item(self, entry: TrailEntry, people: Mapping[str, str]) -> QListWidgetItem:
        when = labels.format_date(entry.at)
        who = entry.actor_name or self.tr("the server")
        head = f"{when} — {who}"
        if entry.source == "pending":
            head += " " + self.tr("(waiting to be sent)")
        text = head + "\n" + self.describe(entry, people)
        note = entry.note if entry.action != "note" else ""
        if note and entry.action not in ("delivered", "sent"):
            text += "\n“" + note + "”"
        item = QListWidgetItem(text)
        item.setToolTip(text)
        if entry.source == "pending":
            item.setForeground(QColor(PENDING_COLOUR))
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
        return item

    def describe(self, entry: TrailEntry, people: Mapping[str, str]) -> str:
        """What happened, in words: the action with the people, statuses or fields it concerned."""

        def name(person_id: str | None) -> str:
            return people.get(person_id or "", "") or self.tr("(unknown person)")

        def names(ids: Iterable[str]) -> str:
            return ", ".join(name(i) for i in ids)

        action = entry.action
        if action == "note":
            return entry.note
        if action == "created":
            return self.tr("Entered the document (%1)").replace("%1", labels.status_label(entry.to_status))
        if action == "delivered":
            return self.tr("Received the document from %1").replace("%1", entry.note or self.tr("another unit"))
        if action == "registered":
            return self.tr("Entered in the incoming register")
        if action == "submitted":
            return self.tr("Submitted to %1").replace("%1", name(entry.submitted_to_id))
        if action in ("assigned", "forwarded"):
            words = (self.tr("Assigned to %1 (main handler)") if action == "assigned"
                     else self.tr("Forwarded to %1 (main handler)")).replace("%1", name(entry.handler_id))
            if entry.co_handler_ids:
                words += "; " + self.tr("co-handlers: %1").replace("%1", names(entry.co_handler_ids))
            if entry.informed_ids:
                words += "; " + self.tr("informed: %1").replace("%1", names(entry.informed_ids))
            return words
        if action == "returned":
            return self.tr("Returned to the leader")
        if action == "sent":
            return self.tr("Sent to %1").replace("%1", entry.note or self.tr("the recipients"))
        if action == "status_changed":
            return self.tr("Status: %1 → %2").replace("%1", labels.status_label(entry.from_status)).replace(
                "%2", labels.status_label(entry.to_status))
        fields = ", ".join(labels.field_label(f) for f in entry.fields)
        if action == "corrected":
            return self.tr("Corrected %1").replace("%1", fields)
        return self.tr("Changed %1").replace("%1", fields) if fields else self.tr("Changed the document")
