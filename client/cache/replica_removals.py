"""Records leaving the cache: removals from the feed, and the ones deferred while they hold an unsent change.

Feed pages only stage their removals; the engine counts them at the feed head and applies them all at once, so
that a mass purge is asked about before anything is removed (DESIGN principle 8), however many pages it spans.
"""

from __future__ import annotations

from sqlalchemy import Connection, Select, delete, func, insert, or_, select

from client.cache.replica_rows import ENTITY_ORDER, ReplicaRows
from client.cache.schema import (
    deferred_removals,
    document_notes,
    documents,
    outbox,
    staged_removals,
    task_reports,
    tasks,
)
from client.cache.store import batched
from client.cache.wire_rows import TABLES


class RemovalSide(ReplicaRows):
    """Purging what left the unit's scope (DESIGN principle 8)."""

    # -- staged at each feed page, applied at the feed head -------------------------------------------------------

    def _stage_removals(self, conn: Connection, keys: list[tuple[str, str]]) -> None:
        """Note removals from a feed page without applying them (in the page's transaction)."""
        self._unstage(conn, keys)
        # A record not here has nothing to remove; should it arrive later, its next removal is staged then.
        keys = [(e, i) for e, i in keys if self._present(conn, e, i)]
        now = self.clock()
        if keys:
            conn.execute(insert(staged_removals), [{"entity": e, "record_id": i, "created_at": now} for e, i in keys])

    def _unstage(self, conn: Connection, keys: list[tuple[str, str]]) -> None:
        """Take back staged removals of records the server sent again: they came back into scope."""
        if len(keys) > 1 and conn.execute(select(staged_removals.c.record_id).limit(1)).first() is None:
            return  # nothing staged, as in every initial sync: one probe instead of a lookup per 500 records
        for entity in {e for e, _ in keys}:
            for chunk in batched([i for e, i in keys if e == entity], 500):
                conn.execute(delete(staged_removals).where(staged_removals.c.entity == entity,
                                                           staged_removals.c.record_id.in_(chunk)))

    @staticmethod
    def _present(conn: Connection, entity: str, record_id: str) -> bool:
        table = TABLES[entity]
        return conn.execute(select(table.c.id).where(table.c.id == record_id)).first() is not None

    def count_staged_removals(self) -> int:
        """How many records applying the staged removals would delete, notes and reports of removed parents too."""
        with self.engine.connect() as conn:
            return self._count_staged(conn)

    @staticmethod
    def _count_staged(conn: Connection) -> int:
        def staged(entity: str) -> Select[tuple[str]]:
            return select(staged_removals.c.record_id).where(staged_removals.c.entity == entity)

        # Each record once, however many ways it goes: its own removal or its parent's (ON DELETE CASCADE).
        wheres = [
            documents.c.id.in_(staged("document")),
            or_(document_notes.c.id.in_(staged("document_note")), document_notes.c.document_id.in_(staged("document"))),
            tasks.c.id.in_(staged("task")),
            or_(task_reports.c.id.in_(staged("task_report")), task_reports.c.task_id.in_(staged("task"))),
        ]
        tables = [documents, document_notes, tasks, task_reports]
        return sum(conn.execute(select(func.count()).select_from(t).where(w)).scalar_one()
                   for t, w in zip(tables, wheres, strict=True))

    def apply_staged_removals(self) -> int:
        """Apply every staged removal in one transaction; return how many records they removed (or deferred)."""
        with self.writer.begin() as conn:
            removing = self._count_staged(conn)
            rows = conn.execute(select(staged_removals.c.entity, staged_removals.c.record_id)).all()
            pending = self._records_with_pending(conn, [i for _, i in rows])
            freed: list[str] = []
            for entity in sorted({e for e, _ in rows}, key=ENTITY_ORDER.__getitem__):
                freed += self._remove(conn, entity, [i for e, i in rows if e == entity], pending)
            conn.execute(delete(staged_removals))
        self.release_attachments(freed)
        return removing

    def _remove(self, conn: Connection, entity: str, ids: list[str], pending: set[str]) -> list[str]:
        table = TABLES[entity]
        keep = [i for i in ids if i in pending]
        for record_id in keep:
            # Principle 8: not while it holds an unsent change; it goes once the change is sent.
            conn.execute(delete(deferred_removals).where(deferred_removals.c.entity == entity,
                                                         deferred_removals.c.record_id == record_id))
            conn.execute(insert(deferred_removals).values(entity=entity, record_id=record_id,
                                                          created_at=self.clock()))
        gone = [i for i in ids if i not in pending]
        return self._delete_rows(conn, entity, table, gone)

    def purge_deferred(self) -> list[str]:
        """Remove records that left scope once nothing unsent holds them."""
        freed: list[str] = []
        with self.writer.begin() as conn:
            rows = conn.execute(select(deferred_removals)).mappings().all()
            for row in rows:
                waiting = conn.execute(select(outbox.c.seq).where(
                    outbox.c.record_id == row["record_id"], outbox.c.state == "pending").limit(1)).first()
                if waiting is not None:
                    continue
                freed += self._delete_rows(conn, row["entity"], TABLES[row["entity"]], [row["record_id"]])
                conn.execute(delete(deferred_removals).where(deferred_removals.c.entity == row["entity"],
                                                             deferred_removals.c.record_id == row["record_id"]))
        return freed
