"""A document's processing trail: the server's events and the notes, merged in time, then this computer's
changes that the server has not had yet, named by the same rule the server uses (`sync.protocol.events`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, literal_column, select

from client.cache.record_bases import base_source
from client.cache.replica import CacheReplica
from client.cache.schema import document_events, document_notes, documents, outbox
from sync.protocol.events import event_fields

Row = dict[str, Any]


@dataclass(frozen=True)
class TrailEntry:
    """One line of the trail. `source`: "event" (recorded by the server), "note" (a processing note) or
    "pending" (a change or note of this computer the server has not had yet); `action` is an event code of
    `sync.protocol.events`, or "note"."""

    at: dt.datetime
    source: Literal["event", "note", "pending"]
    action: str
    actor_name: str
    from_status: str | None = None
    to_status: str | None = None
    fields: tuple[str, ...] = ()
    handler_id: str | None = None
    co_handler_ids: tuple[str, ...] = ()
    informed_ids: tuple[str, ...] = ()
    submitted_to_id: str | None = None
    note: str = ""


def document_trail(replica: CacheReplica, doc_id: str, me: str) -> list[TrailEntry]:
    """The trail of one document, oldest first; `me` names the signed-in person on this computer's changes."""
    with replica.engine.connect() as conn:
        notes = _notes(conn, doc_id, me)
        synced = _events(conn, doc_id) + [n for n in notes if n.source == "note"]
        pending = _pending(conn, doc_id, me) + [n for n in notes if n.source == "pending"]
    # Python's sort is stable: events and notes of one instant keep the order they were read in.
    return sorted(synced, key=lambda e: e.at) + sorted(pending, key=lambda e: e.at)


def _events(conn: Connection, doc_id: str) -> list[TrailEntry]:
    rows = conn.execute(select(document_events).where(document_events.c.document_id == doc_id)
                        .order_by(document_events.c.at, literal_column("document_events.rowid"))).mappings()
    return [TrailEntry(at=r["at"], source="event", action=r["action"], actor_name=r["actor_name"],
                       from_status=r["from_status"], to_status=r["to_status"], fields=tuple(r["fields"] or ()),
                       handler_id=r["handler_id"], co_handler_ids=tuple(r["co_handler_ids"] or ()),
                       informed_ids=tuple(r["informed_ids"] or ()), submitted_to_id=r["submitted_to_id"],
                       note=r["note"]) for r in rows]


def _notes(conn: Connection, doc_id: str, me: str) -> list[TrailEntry]:
    rows = conn.execute(select(document_notes).where(document_notes.c.document_id == doc_id)
                        .order_by(document_notes.c.created_at, literal_column("document_notes.rowid"))).mappings()
    unsent = set(conn.execute(select(outbox.c.record_id).where(
        outbox.c.entity == "document_note", outbox.c.state == "pending")).scalars())
    return [TrailEntry(at=r["created_at"], source="pending" if r["id"] in unsent else "note", action="note",
                       actor_name=r["author_name"] or me, note=r["text"]) for r in rows]


def _pending(conn: Connection, doc_id: str, me: str) -> list[TrailEntry]:
    """The document's unsent changes, each named as the server will name it: walked from the server's copy."""
    base, source = base_source(documents)
    doc = conn.execute(select(documents.c.kind, base.label("base")).select_from(source)
                       .where(documents.c.id == doc_id)).first()
    if doc is None:
        return []
    state: Row | None = dict(doc.base) if doc.base else None
    entries = conn.execute(select(outbox).where(
        outbox.c.entity == "document", outbox.c.record_id == doc_id, outbox.c.state == "pending")
        .order_by(outbox.c.seq)).mappings()
    out = []
    for entry in entries:
        changed = dict(entry["fields"] or {})
        if entry["op"] == "delete":
            continue
        if entry["op"] == "create" or state is None:
            new = {"status": "", **changed}
            fields = event_fields(str(doc.kind), None, new, changed)
        else:
            new = {**state, **changed}
            fields = event_fields(str(doc.kind), state, new, changed)
        state = new
        out.append(TrailEntry(
            at=entry["created_at"], source="pending", action=fields["action"], actor_name=me,
            from_status=fields["from_status"], to_status=fields["to_status"] or None,
            fields=tuple(fields["fields"]), handler_id=fields["handler_id"],
            co_handler_ids=tuple(fields["co_handler_ids"]), informed_ids=tuple(fields["informed_ids"]),
            submitted_to_id=fields["submitted_to_id"], note=fields["note"]))
    return out
