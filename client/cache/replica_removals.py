"""Records leaving the cache: removals from the feed, and the ones deferred while they hold an unsent change."""

from __future__ import annotations

from sqlalchemy import Connection, delete, func, insert, select

from client.cache.replica_rows import ReplicaRows
from client.cache.schema import deferred_removals, outbox
from client.cache.store import batched
from client.cache.wire_rows import TABLES


class RemovalSide(ReplicaRows):
    """Purging what left the unit's scope (DESIGN principle 8)."""

    def count_present(self, ids: list[tuple[str, str]]) -> int:
        """How many of these records are here."""
        found = 0
        with self.engine.connect() as conn:
            for entity in {e for e, _ in ids}:
                table = TABLES.get(entity)
                if table is None:
                    continue
                wanted = [i for e, i in ids if e == entity]
                for chunk in batched(wanted, 500):
                    found += conn.execute(select(func.count()).select_from(table).where(
                        table.c.id.in_(chunk))).scalar_one()
        return found

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
