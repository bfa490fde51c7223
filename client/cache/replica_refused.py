"""Changes the server refused: listed with the record they concern, discarded (the server's copy comes back) or
sent again (as a new outbox entry carrying the record's current local values).

A refused entry stays in the outbox with state "failed", the server's code and its reason (replica_push.py).
Sending it again cannot reuse the entry: the server keeps each mutation's answer by its id and each device's last
sequence, so the same mutation would only get the same refusal back. A retry is therefore a fresh entry (new
mutation id, next device sequence) and the refused one goes, in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from client.cache.outbox import outbox_entry
from client.cache.record_bases import base_source, read_base
from client.cache.replica_rows import ReplicaRows, Row
from client.cache.schema import document_attachments, document_notes, documents, outbox, task_reports, tasks
from client.cache.store import RecordNotFoundError
from client.cache.wire_rows import TABLES, columns, mutation_fields, wire_fields

# Register numbers the server gives: a discarded change never leaves a locally chosen (provisional) one behind,
# or it could collide with the number the server gave another document.
_SERVER_NUMBERS = ("arrival_number", "arrival_date", "outgoing_number")
_CREATES = ("create", "append")


@dataclass(frozen=True)
class RefusedOutcome:
    """What discarding or retrying a refused change touched: the record, its document kind, whether it is gone."""

    entity: str
    record_id: str
    kind: str | None
    removed: bool = False
    parent_id: str | None = None  # the document of a note, the task of a report


class RefusedSide(ReplicaRows):
    """The refused entries of the outbox, and the user's two ways out of one: discard or send again."""

    def refused_entries(self) -> list[Row]:
        """Refused changes, oldest first, with the fields they carried and what names their record."""
        with self.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(select(outbox).where(outbox.c.state == "failed")
                                                  .order_by(outbox.c.seq)).mappings()]
            for row in rows:
                row.update(self._naming(conn, row["entity"], row["record_id"], row["fields"] or {}))
        return rows

    def _naming(self, conn: Connection, entity: str, record_id: str, fields: Row) -> Row:
        """The number, summary and kind of the document (or the title of the task) a refused change concerns."""
        doc_id = fields.get("document_id") if entity == "document_note" else record_id
        task_id = fields.get("task_id") if entity == "task_report" else record_id
        out: Row = {"kind": None, "number_symbol": None, "summary": None, "title": None, "base": None}
        if entity in ("document", "document_note"):
            base, source = base_source(documents)
            found = conn.execute(select(documents.c.kind, documents.c.number_symbol, documents.c.summary,
                                        base.label("base")).select_from(source)
                                 .where(documents.c.id == doc_id)).mappings().first()
            if found is not None:
                out.update(dict(found))
        elif entity in ("task", "task_report"):
            found = conn.execute(select(tasks.c.title, tasks.c.base).where(tasks.c.id == task_id)).mappings().first()
            if found is not None:
                out.update(dict(found))
        if entity not in ("document", "task"):
            out["base"] = None  # a note's or report's parent copy says nothing about the refused record
        return out

    def _refused(self, conn: Connection, seq: int) -> Row:
        entry = conn.execute(select(outbox).where(outbox.c.seq == seq, outbox.c.state == "failed")).mappings().first()
        if entry is None:
            raise RecordNotFoundError(f"No refused change {seq}.")
        return dict(entry)

    def _kind(self, conn: Connection, entity: str, record_id: str, fields: Row) -> tuple[str | None, str | None]:
        if entity == "document":
            return conn.execute(select(documents.c.kind).where(documents.c.id == record_id)).scalar(), None
        if entity == "document_note":
            parent = fields.get("document_id")
            return conn.execute(select(documents.c.kind).where(documents.c.id == parent)).scalar(), parent
        if entity == "task_report":
            return None, fields.get("task_id")
        return None, None

    # -- discard -------------------------------------------------------------------------------------------------

    def discard_refused(self, seq: int) -> RefusedOutcome:
        """Drop a refused change and put the server's copy of what it touched back.

        An update: the fields it carried (and the register numbers) take their values from `base`, the record as
        the server last sent it, except fields a later unsent change sets again. A create the server never
        accepted: the record goes from this computer, with its attachments' references, its notes or reports and
        every other change queued for it (they could only be refused too); vault files nothing else uses are freed.
        """
        with self.writer.begin() as conn:
            entry = self._refused(conn, seq)
            entity, record_id, op = entry["entity"], entry["record_id"], entry["op"]
            fields: Row = entry["fields"] or {}
            kind, parent = self._kind(conn, entity, record_id, fields)
            conn.execute(delete(outbox).where(outbox.c.seq == seq))
            if op in _CREATES and not self._on_server(conn, entity, record_id):
                freed = self._forget_local_record(conn, entity, record_id)
                removed = True
            else:
                self._restore_server_copy(conn, entity, record_id, fields)
                freed, removed = [], False
        self.release_attachments(freed + [r["sha256"] for r in _refs(entity, fields)])
        return RefusedOutcome(entity, record_id, kind, removed, parent)

    @staticmethod
    def _on_server(conn: Connection, entity: str, record_id: str) -> bool:
        table = TABLES[entity]
        return conn.execute(select(table.c.server_version).where(table.c.id == record_id)).scalar() is not None

    def _forget_local_record(self, conn: Connection, entity: str, record_id: str) -> list[str]:
        """A record only this computer ever held: it, its children and every entry queued for them go."""
        ids = [record_id]
        freed: list[str] = []
        if entity == "document":
            ids += list(conn.execute(select(document_notes.c.id).where(
                document_notes.c.document_id == record_id)).scalars())
            conn.execute(delete(document_notes).where(document_notes.c.document_id == record_id))
        elif entity == "task":
            reports = list(conn.execute(select(task_reports.c.id).where(task_reports.c.task_id == record_id)).scalars())
            freed += self._delete_rows(conn, "task_report", task_reports, reports)
            ids += reports
        freed += self._delete_rows(conn, entity, TABLES[entity], [record_id])
        for child_entity, child_fields in conn.execute(select(outbox.c.entity, outbox.c.fields).where(
                outbox.c.record_id.in_(ids))).all():
            freed += [r["sha256"] for r in _refs(child_entity, child_fields or {})]
        conn.execute(delete(outbox).where(outbox.c.record_id.in_(ids)))
        return freed

    def _restore_server_copy(self, conn: Connection, entity: str, record_id: str, fields: Row) -> None:
        if entity not in ("document", "task"):
            return  # a note or report the server holds already: nothing local to put back
        table = TABLES[entity]
        base = read_base(conn, table, record_id)
        if base is None:
            return
        later = self._fields_queued(conn, record_id)
        names = (set(fields) | (set(_SERVER_NUMBERS) if entity == "document" else set())) - later
        values = columns(entity, {name: base.get(name) for name in names if name != "attachments"})
        if values:
            conn.execute(update(table).where(table.c.id == record_id).values(**values))
        if entity == "document" and "attachments" in names:
            self._write_attachments(conn, [(record_id, base.get("attachments") or [])], replace=True)

    @staticmethod
    def _fields_queued(conn: Connection, record_id: str) -> set[str]:
        """Fields the record's other outbox entries (waiting or refused) still carry: the user's latest values."""
        names: set[str] = set()
        for fields in conn.execute(select(outbox.c.fields).where(outbox.c.record_id == record_id)).scalars():
            names |= set(fields or {})
        return names

    # -- send again ------------------------------------------------------------------------------------------------

    def retry_refused(self, seq: int, only: Collection[str] | None = None) -> RefusedOutcome:
        """Queue a refused change again with the record's current local values, as a new outbox entry.

        `only` keeps just these of its fields (dropping one the server will not take): the fields left out get the
        server's copy back, as a discard would. A create takes along the updates queued for the same record after
        it (they could not be applied before it). Raises InvalidChangeError when the values cannot be sent.
        """
        with self.writer.begin() as conn:
            entry = self._refused(conn, seq)
            entity, record_id, op = entry["entity"], entry["record_id"], entry["op"]
            fields: Row = dict(entry["fields"] or {})
            kind, parent = self._kind(conn, entity, record_id, fields)
            conn.execute(delete(outbox).where(outbox.c.seq == seq))
            if only is not None:
                dropped = {name: value for name, value in fields.items() if name not in set(only)}
                fields = {name: value for name, value in fields.items() if name in set(only)}
                if op == "update":
                    self._restore_server_copy(conn, entity, record_id, dropped)
            if op == "update" and not fields:
                return RefusedOutcome(entity, record_id, kind, False, parent)  # nothing left to send
            if op == "create" and entity in ("document", "task"):
                later = conn.execute(select(outbox.c.seq, outbox.c.fields).where(
                    outbox.c.record_id == record_id, outbox.c.op == "update").order_by(outbox.c.seq)).all()
                for later_seq, later_fields in later:
                    fields.update(later_fields or {})
                    conn.execute(delete(outbox).where(outbox.c.seq == later_seq))
            if op in ("create", "update") and entity in ("document", "task"):
                fields.update(self._current_values(conn, entity, record_id, fields))
            now = self.clock()
            conn.execute(insert(outbox).values(outbox_entry(
                entity, record_id, op, mutation_fields(entity, op, fields) if fields else {}, now,
                entry["base_version"])))
        return RefusedOutcome(entity, record_id, kind, False, parent)

    @staticmethod
    def _current_values(conn: Connection, entity: str, record_id: str, fields: Row) -> Row:
        """The record's present local values of these fields, in the wire's shape."""
        table = TABLES[entity]
        row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if row is None:
            raise RecordNotFoundError(f"No {entity} with id {record_id} in this cache.")
        out: Row = {}
        for name in fields:
            if name == "attachments" and entity == "document":
                refs = conn.execute(select(document_attachments).where(
                    document_attachments.c.document_id == record_id).order_by(document_attachments.c.position))
                out[name] = [{"sha256": a.sha256, "name": a.name, "size": a.size, "mime": a.mime} for a in refs]
            elif name == "recipients" and entity == "document":
                out[name] = row["recipient_units"] or [{"name": n} for n in row["recipients"] or []]
            elif name in row:
                value = row[name]
                out[name] = value.isoformat() if isinstance(value, dt.date) else value
        return wire_fields(entity, "update", out)


def _refs(entity: str, fields: Row) -> list[Row]:
    key = "evidence" if entity == "task_report" else "attachments"
    return list(fields.get(key) or [])
