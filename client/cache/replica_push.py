"""Push from the cache: outbox entries as wire mutations, and the server's answers stored as they remove them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from client.cache.outbox import outbox_entry
from client.cache.queue_status import queue_counts
from client.cache.record_bases import has_base, read_base, write_bases
from client.cache.replica_rows import DELETE_FIELD, ReplicaRows, Row
from client.cache.schema import conflicts, outbox
from client.cache.wire_rows import TABLES, attachment_refs, columns, new_row, wire_fields
from sync.engine.merge import keep_local
from sync.engine.replica import PendingMutation, QueueCounts


class PushSide(ReplicaRows):
    """The outbox as the engine sends it, refusals and conflicts included."""

    def pending_mutations(self, limit: int) -> list[PendingMutation]:
        """The oldest unsent entries as wire mutations; base versions are the record's current server version."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(outbox).where(outbox.c.state == "pending").order_by(outbox.c.seq)
                                .limit(limit)).mappings().all()
            out = []
            for row in rows:
                base_version = row["base_version"]
                if row["op"] in ("update", "delete") and row["entity"] in ("document", "task"):
                    table = TABLES[row["entity"]]
                    current = conn.execute(select(table.c.server_version).where(
                        table.c.id == row["record_id"])).scalar()
                    base_version = current if current is not None else base_version
                fields = wire_fields(row["entity"], row["op"], row["fields"])
                refs = [r for r in attachment_refs(row["entity"], fields) if self.vault.contains(r["sha256"])]
                out.append(PendingMutation(row["seq"], row["mutation_id"], row["entity"], row["op"],
                                           row["record_id"], base_version, fields, refs))
        return out

    def mark_failed(self, seq: int, code: str, reason: str) -> None:
        """A permanent refusal, kept on the entry for the user to see."""
        with self.writer.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.seq == seq).values(
                state="failed", code=code, last_error=reason, attempts=outbox.c.attempts + 1))

    def store_answers(self, answers: list[tuple[int, dict[str, Any]]]) -> None:
        """Store each answer and remove its entry, all in one transaction."""
        freed: list[str] = []
        with self.writer.begin() as conn:
            for seq, result in answers:
                entry = conn.execute(select(outbox).where(outbox.c.seq == seq)).mappings().first()
                if entry is None:
                    continue
                if result["status"] == "rejected":
                    reason = result.get("reason") or "The server refused this change."
                    conn.execute(update(outbox).where(outbox.c.seq == seq).values(
                        state="failed", code=result.get("code"), last_error=reason,
                        attempts=outbox.c.attempts + 1))
                    continue
                conn.execute(delete(outbox).where(outbox.c.seq == seq))
                if result["status"] == "conflict":
                    self._store_conflict(conn, dict(entry), result)
                elif entry["op"] == "delete":
                    freed += self._delete_rows(conn, entry["entity"], TABLES[entry["entity"]], [entry["record_id"]])
                if result.get("record") is not None:
                    self._store_server_copy(conn, entry["entity"], result["record"])
        self.release_attachments(freed)

    def _store_server_copy(self, conn: Connection, entity: str, record: Row) -> None:
        shown = record
        if entity in ("document", "task"):
            held, open_conflicts = self._held_fields(conn, [record["id"]])
            # Fields still waiting in later entries stay as the user typed them (they are sent next).
            shown = keep_local(record, held.get(record["id"], {}), open_conflicts.get(record["id"], {}))
        self._write_one(conn, entity, record, shown)

    def _write_one(self, conn: Connection, entity: str, record: Row, shown: Row) -> None:
        table = TABLES[entity]
        exists = conn.execute(select(table.c.id).where(table.c.id == record["id"])).first() is not None
        if exists:
            conn.execute(update(table).where(table.c.id == record["id"]).values(**columns(entity, shown)))
        else:
            row = new_row(entity, shown, self.clock())
            if entity == "document":
                row["unread"] = False
            conn.execute(insert(table).values(**row))
        if has_base(table):
            write_bases(conn, table, [(record["id"], record)])
        if entity == "document":
            self._write_attachments(conn, [(record["id"], record.get("attachments", []))], replace=True)

    def _store_conflict(self, conn: Connection, entry: Row, result: dict[str, Any]) -> None:
        record = result["record"]
        entity, record_id = entry["entity"], entry["record_id"]
        table = TABLES[entity]
        base = read_base(conn, table, record_id) or {}
        now = self.clock()
        if entry["op"] == "delete":
            conn.execute(insert(conflicts).values(
                entity=entity, record_id=record_id, field=DELETE_FIELD, base_value=None, local_value=True,
                remote_value=None, remote_version=result.get("version"), created_at=now))
            return
        fields = wire_fields(entity, entry["op"], entry["fields"])
        clashing = set(result.get("conflicting_fields") or [])
        for name in sorted(clashing & set(fields)):
            conn.execute(insert(conflicts).values(
                entity=entity, record_id=record_id, field=name, base_value=base.get(name),
                local_value=fields[name], remote_value=record.get(name), remote_version=result.get("version"),
                created_at=now))
        # The server applied none of this mutation: its other fields go back in the queue, unless a later
        # entry sets them again (then the later value is the one the user wants).
        later = self._held_fields(conn, [record_id])[0].get(record_id, {})
        rest = {k: v for k, v in fields.items() if k not in clashing and k not in later}
        if rest:
            conn.execute(insert(outbox).values(outbox_entry(entity, record_id, "update", rest, now)))

    def counts(self) -> QueueCounts:
        """Unsent, refused and conflicting changes."""
        return queue_counts(self.engine)  # the one count every screen and command shows

    def failed_changes(self) -> list[dict[str, Any]]:
        """Refused changes with the server's reason."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(outbox.c.seq, outbox.c.entity, outbox.c.record_id, outbox.c.op,
                                       outbox.c.code, outbox.c.last_error).where(outbox.c.state == "failed")
                                .order_by(outbox.c.seq)).mappings().all()
        return [dict(r) for r in rows]
