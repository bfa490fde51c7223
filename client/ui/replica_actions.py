"""DocumentActions over the cache replica: assign, change status, send — each a queued edit, sent at the next sync.

The server checks every status step (server/lifecycle.py), so an action that spans several steps (send a draft:
draft → in review → signed → issued → sent) queues one edit per step; the push sends a record's edits in order,
each on the version the previous one made. No Qt: these run on worker threads.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from client.cache.errors import CacheError
from client.cache.replica import CacheReplica
from client.cache.schema import documents, people, units

# The register's forward path of each kind; a step back is never taken by these actions.
OUTGOING_PATH = ("draft", "in_review", "signed", "issued", "sent")
INCOMING_PATH = ("received", "registered", "assigned", "in_progress", "done", "archived")


class ActionError(CacheError):
    """An action that does not fit the document's present state; the text is for the user."""


def steps_to(path: tuple[str, ...], current: str, target: str) -> list[str]:
    """The statuses to go through, in order, from `current` to `target` along a path ([] when already there)."""
    if current == target:
        return []
    if current not in path or target not in path or path.index(target) < path.index(current):
        raise ActionError(f"A document in status {current!r} cannot move to {target!r}.")
    return list(path[path.index(current) + 1: path.index(target) + 1])


class ReplicaActions:
    """Edits of synced documents through CacheReplica, queued for the server."""

    def __init__(self, replica: CacheReplica) -> None:
        self.replica = replica

    def _document(self, doc_id: str) -> dict[str, Any]:
        with self.replica.engine.connect() as conn:
            row = conn.execute(select(documents.c.kind, documents.c.status, documents.c.owner_unit_id)
                               .where(documents.c.id == doc_id)).mappings().first()
        if row is None:
            raise ActionError("This document is no longer in the cache.")
        return dict(row)

    def assign(self, doc_id: str, handler_id: str, deadline: date | None, direction_note: str) -> None:
        """Assign to a handler with a deadline and the leader's direction note; registers it first if needed."""
        doc = self._document(doc_id)
        if doc["kind"] != "incoming":
            raise ActionError("Only incoming documents are assigned.")
        changes: dict[str, Any] = {"handler_id": handler_id, "deadline": deadline.isoformat() if deadline else None,
                                   "direction_note": direction_note or None}
        status = doc["status"]
        if status == "received":
            self.replica.set_document_status(doc_id, "registered")  # the server gives the arrival number
            status = "registered"
        if status in ("registered", "in_progress"):
            changes["status"] = "assigned"
        elif status != "assigned":
            raise ActionError(f"A document in status {status!r} cannot be assigned.")
        self.replica.edit("document", doc_id, changes)

    def change_status(self, doc_id: str, status: str) -> None:
        """Move the document forward to a status (e.g. in progress, done), step by step along its register."""
        doc = self._document(doc_id)
        path = INCOMING_PATH if doc["kind"] == "incoming" else OUTGOING_PATH
        for step in steps_to(path, doc["status"], status):
            self.replica.set_document_status(doc_id, step)

    def send(self, doc_id: str, unit_ids: list[str]) -> None:
        """Send an outgoing document to units of the platform: recipients, then each status up to "sent"."""
        doc = self._document(doc_id)
        if doc["kind"] != "outgoing":
            raise ActionError("Only outgoing documents are sent; make the draft an outgoing document first.")
        if not unit_ids:
            raise ActionError("Choose at least one unit to send to.")
        names = unit_names(self.replica, unit_ids)
        recipients = [{"name": names.get(unit_id, unit_id), "unit_id": unit_id} for unit_id in unit_ids]
        steps = steps_to(OUTGOING_PATH, doc["status"], "sent")
        if not steps:
            raise ActionError("This document has been sent already.")
        self.replica.edit("document", doc_id, {"recipients": recipients, "status": steps[0]})
        for step in steps[1:]:
            self.replica.set_document_status(doc_id, step)

    def handlers(self) -> list[dict[str, Any]]:
        """People of the unit a document can be assigned to."""
        return handlers(self.replica)

    def recipient_units(self) -> list[dict[str, Any]]:
        """Units a document can be sent to."""
        return recipient_units(self.replica)

    def resolve_conflict(self, conflict_id: int, choice: str, value: Any = None) -> None:
        """Keep mine, keep theirs, or the merged value; a kept or merged value is sent at the next sync."""
        self.replica.resolve_conflict(conflict_id, choice, value)  # type: ignore[arg-type]


def unit_names(replica: CacheReplica, unit_ids: list[str]) -> dict[str, str]:
    """Names of units from the directory in the cache."""
    with replica.engine.connect() as conn:
        return dict(conn.execute(select(units.c.id, units.c.name).where(units.c.id.in_(unit_ids))).all())


def handlers(replica: CacheReplica) -> list[dict[str, Any]]:
    """The people of the user's unit who can be assigned a document (from the directory synced into the cache)."""
    unit_id = replica.opened.info.unit.id
    with replica.engine.connect() as conn:
        rows = conn.execute(select(people.c.id, people.c.full_name, people.c.position, people.c.roles)
                            .where(people.c.unit_id == unit_id, people.c.active.is_not(False))
                            .order_by(people.c.full_name)).mappings().all()
    return [dict(r) for r in rows]


def recipient_units(replica: CacheReplica) -> list[dict[str, Any]]:
    """Units a document can be sent to: every unit in the directory but the user's own."""
    own = replica.opened.info.unit.id
    with replica.engine.connect() as conn:
        rows = conn.execute(select(units.c.id, units.c.name, units.c.code, units.c.level)
                            .where(units.c.id != own).order_by(units.c.level, units.c.name)).mappings().all()
    return [dict(r) for r in rows]
