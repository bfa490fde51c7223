"""What the parts of the cache replica share: the open profile, and the row work that pull, push and local edits
all do (the fields unsent edits hold, a document's attachment rows, deleting records and the files they free)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Table, delete, insert, select

from client.cache.schema import conflicts, document_attachments, outbox, task_reports
from client.cache.store import batched
from client.cache.vault_refs import release_unreferenced

if TYPE_CHECKING:
    from client.cache.keys import KeyringSlot
    from client.cache.profile import OpenProfile

Row = dict[str, Any]
# The conflicts table's field name for a delete the server refused because the record changed there.
DELETE_FIELD = "(delete)"
# Parents before children, so that a note or report finds the document or task it belongs to.
ENTITY_ORDER: dict[str, int] = {"unit": 0, "person": 1, "document": 2, "document_note": 3, "document_event": 4,
                                "task": 5, "task_report": 6}


class ReplicaRows:
    """The profile the replica works on, and the row writes its parts have in common."""

    def __init__(self, opened: OpenProfile, keyring: KeyringSlot | None = None, *,
                 clock: Any = dt.datetime.now) -> None:
        self.opened = opened
        self.engine: Engine = opened.engine
        self.writer = opened.engine.execution_options(write=True)
        self.vault = opened.vault
        self.keyring = keyring
        self.clock = clock

    @property
    def ceiling(self) -> int:
        return int(self.opened.info.unit.secrecy_ceiling)

    @property
    def unit_id(self) -> str:
        return self.opened.info.unit.id

    def _records_with_pending(self, conn: Connection, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in batched(ids, 500):
            found |= set(conn.execute(select(outbox.c.record_id).where(
                outbox.c.record_id.in_(chunk), outbox.c.state == "pending")).scalars())
        return found

    def _held_fields(self, conn: Connection, ids: list[str]) -> tuple[dict[str, Row], dict[str, Row]]:
        """Per record, what the merge must not overwrite: the unsent update entries' fields (oldest first, so a
        later value wins) and the fields with an open conflict, each with the local side it keeps."""
        held: dict[str, Row] = {}
        open_conflicts: dict[str, Row] = {}
        # Most pages meet an empty outbox and no open conflict (always so in an initial sync): two one-row probes
        # instead of two lookups per 500 records.
        if len(ids) > 1 and conn.execute(select(outbox.c.seq).where(
                outbox.c.state == "pending", outbox.c.op == "update").limit(1)).first() is None and conn.execute(
                select(conflicts.c.id).where(conflicts.c.resolved_at.is_(None)).limit(1)).first() is None:
            return held, open_conflicts
        for chunk in batched(ids, 500):
            rows = conn.execute(select(outbox.c.record_id, outbox.c.fields).where(
                outbox.c.record_id.in_(chunk), outbox.c.state == "pending", outbox.c.op == "update",
            ).order_by(outbox.c.seq)).all()
            for record_id, fields in rows:
                held.setdefault(record_id, {}).update(fields)
            open_rows = conn.execute(select(conflicts.c.record_id, conflicts.c.field, conflicts.c.local_value).where(
                conflicts.c.record_id.in_(chunk), conflicts.c.resolved_at.is_(None)).order_by(conflicts.c.id)).all()
            for record_id, field, local_value in open_rows:
                open_conflicts.setdefault(record_id, {})[field] = local_value  # the newest conflict wins
        return held, open_conflicts

    def _write_attachments(self, conn: Connection, docs: list[tuple[str, list[Row]]], *, replace: bool) -> None:
        known: dict[tuple[str, str], Row] = {}
        if replace:
            for chunk in batched([d for d, _ in docs], 500):
                for row in conn.execute(select(document_attachments).where(
                        document_attachments.c.document_id.in_(chunk))).mappings():
                    known[(row["document_id"], row["sha256"])] = dict(row)
                conn.execute(delete(document_attachments).where(document_attachments.c.document_id.in_(chunk)))
        rows = []
        for doc_id, refs in docs:
            seen: set[str] = set()
            for position, ref in enumerate(refs):
                if ref["sha256"] in seen:
                    continue
                seen.add(ref["sha256"])
                old = known.get((doc_id, ref["sha256"]), {})
                rows.append({"document_id": doc_id, "sha256": ref["sha256"], "name": ref["name"],
                             "size": ref["size"], "mime": ref.get("mime") or "application/octet-stream",
                             "position": position, "text": old.get("text"),
                             "present": self.vault.contains(ref["sha256"])})
        if rows:
            conn.execute(insert(document_attachments), rows)

    def _delete_rows(self, conn: Connection, entity: str, table: Table, ids: list[str]) -> list[str]:
        freed: list[str] = []
        for chunk in batched(ids, 500):
            if entity == "document":
                freed += conn.execute(select(document_attachments.c.sha256).where(
                    document_attachments.c.document_id.in_(chunk))).scalars().all()
            if entity in ("task_report", "task"):
                reports = task_reports.c.task_id if entity == "task" else task_reports.c.id
                for evidence in conn.execute(select(task_reports.c.evidence).where(reports.in_(chunk))).scalars():
                    freed += [e["sha256"] for e in evidence or []]
            conn.execute(delete(table).where(table.c.id.in_(chunk)))
            conn.execute(delete(conflicts).where(conflicts.c.record_id.in_(chunk)))
        return freed

    def release_attachments(self, hashes: list[str]) -> None:
        """Delete vault files that no record references any more (after the purge's transaction)."""
        release_unreferenced(self.engine, self.vault, hashes)
