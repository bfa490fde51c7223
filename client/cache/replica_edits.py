"""Local edits of synced records and the user's decisions on conflicts, both queued in the outbox."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Connection, insert, select, update

from client.cache.errors import CacheError
from client.cache.outbox import outbox_entry
from client.cache.record_bases import read_base
from client.cache.replica_rows import DELETE_FIELD, ReplicaRows, Row
from client.cache.schema import conflicts, document_attachments, documents, outbox
from client.cache.secret_purge import purge_secret_content, settle
from client.cache.secret_stubs import cleared, refuse_content, summary_allowed
from client.cache.store import RecordNotFoundError
from client.cache.wire_rows import TABLES, columns
from sync.engine.replica import ConflictView
from sync.protocol.secrecy import is_secret


class LocalEditError(CacheError):
    """A local edit that cannot be stored (unknown field, wrong value)."""

    code = "local_edit"


class EditSide(ReplicaRows):
    """What the user changes in a synced document or task, and how conflicts are settled."""

    def open_conflicts(self) -> list[ConflictView]:
        """Conflicts waiting for a decision, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(conflicts).where(conflicts.c.resolved_at.is_(None))
                                .order_by(conflicts.c.id)).mappings().all()
        return [ConflictView(r["id"], r["entity"], r["record_id"], r["field"], r["base_value"], r["local_value"],
                             r["remote_value"], r["remote_version"]) for r in rows]

    def resolve_conflict(self, conflict_id: int, choice: Literal["mine", "theirs", "merged"],
                         value: Any = None) -> None:
        """Apply the user's decision; a kept or merged value is queued as a new edit on the current version."""
        with self.writer.begin() as conn:
            row = conn.execute(select(conflicts).where(conflicts.c.id == conflict_id)).mappings().first()
            if row is None or row["resolved_at"] is not None:
                raise RecordNotFoundError(f"No open conflict {conflict_id}.")
            entity, record_id, field = row["entity"], row["record_id"], row["field"]
            conn.execute(update(conflicts).where(conflicts.c.id == conflict_id).values(
                resolved_at=self.clock(), resolution=choice))
            table = TABLES[entity]
            base = read_base(conn, table, record_id)
            if field == DELETE_FIELD:
                if choice != "theirs":
                    conn.execute(insert(outbox).values(outbox_entry(entity, record_id, "delete", {}, self.clock())))
                return
            if choice == "theirs":
                if base is not None and field in base:
                    conn.execute(update(table).where(table.c.id == record_id).values(
                        **columns(entity, {field: base[field]})))
                return
            chosen = row["local_value"] if choice == "mine" else value
            self._queue_edit(conn, entity, record_id, {field: chosen})
        settle(self.engine, self.vault)

    def edit(self, entity: Literal["document", "task"], record_id: str, changes: dict[str, Any]) -> None:
        """Change fields of a document or task here and queue the update (status, assignment, any field)."""
        from pydantic import ValidationError  # with the write models, not when a profile opens (issue 17)

        from sync.protocol.mutations import FIELD_MODELS

        try:
            clean = FIELD_MODELS[entity].model_validate(changes).model_dump(mode="json", exclude_unset=True)
        except ValidationError as error:
            err = error.errors()[0]
            raise LocalEditError(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}") from error
        if entity == "document" and int(clean.get("secrecy") or 0) > self.ceiling:
            raise LocalEditError("This unit may not hold a document at that secrecy level.")
        with self.writer.begin() as conn:
            self._queue_edit(conn, entity, record_id, clean)
        settle(self.engine, self.vault)  # the files of a document this edit made secret

    def _queue_edit(self, conn: Connection, entity: str, record_id: str, clean: Row) -> None:
        table = TABLES[entity]
        if conn.execute(select(table.c.id).where(table.c.id == record_id)).first() is None:
            raise RecordNotFoundError(f"No {entity} with id {record_id} in this cache.")
        secret = self._secret_edit(conn, record_id, clean) if entity == "document" else None
        now = self.clock()
        values = columns(entity, clean)
        if "updated_at" in table.c:
            values["updated_at"] = now
        conn.execute(update(table).where(table.c.id == record_id).values(**values))
        # Typing a new value into a field that has an open conflict is the user's decision on that conflict.
        conn.execute(update(conflicts).where(
            conflicts.c.record_id == record_id, conflicts.c.field.in_(list(clean)),
            conflicts.c.resolved_at.is_(None)).values(resolved_at=now, resolution="merged"))
        if entity == "document" and "attachments" in clean:
            self._write_attachments(conn, [(record_id, clean["attachments"])], replace=True)
        if secret is not None:
            allowed, unlinked, upgraded = secret
            purge_secret_content(conn, summary_allowed=allowed, ids=[record_id], unlinked={record_id: unlinked},
                                 raised=upgraded)
            if upgraded:  # the server strips its copy too: the update says the content is gone
                clean = {**clean, **cleared(summary_allowed=allowed)}
        create = conn.execute(select(outbox.c.seq, outbox.c.fields).where(
            outbox.c.record_id == record_id, outbox.c.state == "pending", outbox.c.op == "create")).first()
        if create is not None:
            # Not on the server yet: the create carries the new values, no update needs a base.
            conn.execute(update(outbox).where(outbox.c.seq == create.seq).values(fields={**create.fields, **clean}))
            return
        version = conn.execute(select(table.c.server_version).where(table.c.id == record_id)).scalar()
        conn.execute(insert(outbox).values(outbox_entry(entity, record_id, "update", clean, now, version)))

    def _secret_edit(self, conn: Connection, doc_id: str, clean: Row) -> tuple[bool, list[str], bool] | None:
        """Refuse content on a document that is or becomes secret; for one that does: the unit's policy, the files
        it holds now, and whether this edit is what makes it secret (None for a document that stays normal)."""
        old = conn.execute(select(documents.c.secrecy).where(documents.c.id == doc_id)).scalar()
        new = clean.get("secrecy", old)
        if not is_secret(new):
            return None
        allowed = summary_allowed(conn, self.opened.info.unit.id)
        refuse_content(clean, secrecy=new, summary_allowed=allowed, what=f"document {doc_id}")
        files = list(conn.execute(select(document_attachments.c.sha256).where(
            document_attachments.c.document_id == doc_id)).scalars())
        return allowed, files, not is_secret(old)

    def set_document_status(self, doc_id: str, status: str) -> None:
        """Move a document along its register (received -> registered -> assigned ...)."""
        self.edit("document", doc_id, {"status": status})

    def assign_document(self, doc_id: str, handler_id: str | None, deadline: str | None,
                        direction_note: str | None = None) -> None:
        """The leader's assignment: handler, processing deadline and direction note (bút phê)."""
        changes: Row = {"handler_id": handler_id, "deadline": deadline}
        if direction_note is not None:
            changes["direction_note"] = direction_note
        self.edit("document", doc_id, changes)
