"""The document workflow over the cache replica: assign, change status, send; each a queued edit, sent at the next sync.

The server checks every status step, so an action that spans several steps (send a draft: draft → in review →
signed → issued → sent) queues one edit per step; the push sends a record's edits in order, each on the version
the previous one made. No Qt: these run on worker threads.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from client.cache.replica import CacheReplica
from client.cache.schema import documents
from client.office.errors import OfficeError
from client.office.queries import unit_names

# The register's forward path of each kind; a step back is never taken by these actions.
OUTGOING_PATH = ("draft", "in_review", "signed", "issued", "sent")
INCOMING_PATH = ("received", "registered", "assigned", "in_progress", "done", "archived")


class ActionError(OfficeError):
    """An action that does not fit the document's present state."""


def steps_to(path: tuple[str, ...], current: str, target: str) -> list[str]:
    """The statuses to go through, in order, from `current` to `target` along a path ([] when already there)."""
    if current == target:
        return []
    if current not in path or target not in path or path.index(target) < path.index(current):
        raise ActionError("bad_transition", f"A document in status {current!r} cannot move to {target!r}.",
                          current=current, target=target)
    return list(path[path.index(current) + 1: path.index(target) + 1])


class DocumentWorkflow:
    """Edits of synced documents through CacheReplica, queued for the server."""

    def __init__(self, replica: CacheReplica) -> None:
        self.replica = replica

    def _document(self, doc_id: str) -> dict[str, Any]:
        with self.replica.engine.connect() as conn:
            row = conn.execute(select(documents.c.kind, documents.c.status, documents.c.owner_unit_id)
                               .where(documents.c.id == doc_id)).mappings().first()
        if row is None:
            raise ActionError("document_missing", "This document is no longer in the cache.", id=doc_id)
        return dict(row)

    def kind_of(self, doc_id: str) -> str:
        """The document's kind (incoming, outgoing, draft)."""
        return str(self._document(doc_id)["kind"])

    def assign(self, doc_id: str, handler_id: str, deadline: date | None, direction_note: str) -> None:
        """Assign to a handler with a deadline and the leader's direction note; registers it first if needed."""
        doc = self._document(doc_id)
        if doc["kind"] != "incoming":
            raise ActionError("assign_not_incoming", "Only incoming documents are assigned.", kind=doc["kind"])
        changes: dict[str, Any] = {"handler_id": handler_id, "deadline": deadline.isoformat() if deadline else None,
                                   "direction_note": direction_note or None}
        status = doc["status"]
        if status == "received":
            self.replica.set_document_status(doc_id, "registered")  # the server gives the arrival number
            status = "registered"
        if status in ("registered", "in_progress"):
            changes["status"] = "assigned"
        elif status != "assigned":
            raise ActionError("bad_transition", f"A document in status {status!r} cannot be assigned.",
                              current=status, target="assigned")
        self.replica.edit("document", doc_id, changes)

    def change_status(self, doc_id: str, status: str) -> str:
        """Move the document forward to a status step by step along its register; return its kind."""
        doc = self._document(doc_id)
        path = INCOMING_PATH if doc["kind"] == "incoming" else OUTGOING_PATH
        for step in steps_to(path, doc["status"], status):
            self.replica.set_document_status(doc_id, step)
        return str(doc["kind"])

    def send(self, doc_id: str, unit_ids: list[str]) -> None:
        """Send an outgoing document to units of the platform: recipients, then each status up to "sent"."""
        doc = self._document(doc_id)
        if doc["kind"] != "outgoing":
            raise ActionError("send_not_outgoing",
                              "Only outgoing documents are sent; make the draft an outgoing document first.",
                              kind=doc["kind"])
        if not unit_ids:
            raise ActionError("send_no_recipient", "Choose at least one unit to send to.")
        names = unit_names(self.replica, unit_ids)
        recipients = [{"name": names.get(unit_id, unit_id), "unit_id": unit_id} for unit_id in unit_ids]
        steps = steps_to(OUTGOING_PATH, doc["status"], "sent")
        if not steps:
            raise ActionError("already_sent", "This document has been sent already.")
        self.replica.edit("document", doc_id, {"recipients": recipients, "status": steps[0]})
        for step in steps[1:]:
            self.replica.set_document_status(doc_id, step)
