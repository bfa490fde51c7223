"""Undo before the server has it: a document's unsent changes taken back, the server's copy restored.

A change stays undoable while its outbox entry is "pending": not yet answered by the server. The caller holds the
sync's run lock while undoing (client/office), so no push can be sending the same entries at that moment; refused
entries ("failed") are left to the refused-changes view. Undo works like discarding a refused change
(replica_refused.py): the fields the entries carried take their values from `base`, the record as the server last
sent it; a document created here and never sent leaves this computer with its notes; a processing note added here
and never sent goes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, select

from client.cache.replica_refused import RefusedSide, _refs
from client.cache.replica_rows import Row
from client.cache.schema import document_notes, documents, outbox
from client.cache.store import RecordNotFoundError


@dataclass(frozen=True)
class UndoOutcome:
    """What an undo took back: how many entries, the document's kind, whether the document is gone."""

    document_id: str
    kind: str
    undone: int
    removed: bool = False
    notes_removed: int = 0


@dataclass(frozen=True)
class Unsent:
    """A document's changes still waiting for the server: how many entries, and whether its status is one."""

    count: int = 0
    status: bool = False


class UndoSide(RefusedSide):
    """A document's pending outbox entries: counted for the screens, taken back on the user's word."""

    def _pending_of(self, conn: Connection, doc_id: str) -> list[Row]:
        """The pending entries of a document and of its notes, oldest first."""
        note_ids = list(conn.execute(select(document_notes.c.id).where(
            document_notes.c.document_id == doc_id)).scalars())
        return [dict(r) for r in conn.execute(select(outbox).where(
            outbox.c.state == "pending", outbox.c.record_id.in_([doc_id, *note_ids])).order_by(outbox.c.seq))
            .mappings()]

    def unsent(self, doc_id: str) -> Unsent:
        """How many changes of this document (its notes included) wait to be sent, and whether its status does."""
        with self.engine.connect() as conn:
            entries = self._pending_of(conn, doc_id)
        status = any(e["record_id"] == doc_id and (e["op"] == "create" or "status" in (e["fields"] or {}))
                     for e in entries)
        return Unsent(len(entries), status)

    def undo_unsent(self, doc_id: str) -> UndoOutcome:
        """Take back every unsent change of a document; `undone` is 0 when nothing was waiting (nothing changed)."""
        with self.writer.begin() as conn:
            kind = conn.execute(select(documents.c.kind).where(documents.c.id == doc_id)).scalar()
            if kind is None:
                raise RecordNotFoundError(f"No document with id {doc_id} in this cache.")
            entries = self._pending_of(conn, doc_id)
            if not entries:
                return UndoOutcome(doc_id, str(kind), 0)
            mine = [e for e in entries if e["record_id"] == doc_id]
            notes = [e for e in entries if e["record_id"] != doc_id]
            freed = [r["sha256"] for e in entries for r in _refs(e["entity"], e["fields"] or {})]
            if any(e["op"] == "create" for e in mine) and not self._on_server(conn, "document", doc_id):
                freed += self._forget_local_record(conn, "document", doc_id)
                outcome = UndoOutcome(doc_id, str(kind), len(entries), removed=True, notes_removed=len(notes))
            else:
                conn.execute(delete(outbox).where(outbox.c.seq.in_([e["seq"] for e in entries])))
                fields: Row = {}
                for entry in mine:
                    fields.update(entry["fields"] or {})
                if mine:
                    self._restore_server_copy(conn, "document", doc_id, fields)
                unsent_notes = [e["record_id"] for e in notes if e["op"] in ("create", "append")]
                if unsent_notes:
                    conn.execute(delete(document_notes).where(document_notes.c.id.in_(unsent_notes),
                                                              document_notes.c.server_version.is_(None)))
                outcome = UndoOutcome(doc_id, str(kind), len(entries), notes_removed=len(unsent_notes))
        self.release_attachments(freed)
        return outcome
