"""Document opens waiting for the server's audit log: kept in the cache from the moment of the open, so a view of
a secret entry made offline is reported at the next sync (Law 117/2025: every view of a secret item is audited)."""

from __future__ import annotations

from sqlalchemy import delete, select

from client.cache.replica_rows import ReplicaRows
from client.cache.schema import document_opens


class AuditSide(ReplicaRows):
    """The opens queue as the engine's audit step sees it."""

    def pending_opens(self, limit: int) -> list[tuple[int, str, str]]:
        """The oldest opens not yet reported: (seq, document id, ISO time)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(document_opens).order_by(document_opens.c.seq).limit(limit)).all()
        return [(row.seq, row.document_id, row.opened_at.isoformat(timespec="seconds")) for row in rows]

    def forget_opens(self, up_to_seq: int) -> None:
        """Remove the opens the server has recorded."""
        with self.writer.begin() as conn:
            conn.execute(delete(document_opens).where(document_opens.c.seq <= up_to_seq))
