"""The one count of the outbox and the conflicts that every screen and command shows.

Two counts used to disagree: one counted every outbox row, the engine only the pending ones, so a single refused
change showed as "1 change to send · 1 refused". Everything reads this function instead.
"""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from client.cache.schema import conflicts, outbox
from sync.engine.replica import QueueCounts


def queue_counts(engine: Engine) -> QueueCounts:
    """Changes waiting to be sent, changes the server refused, and conflicts waiting for a decision."""
    with engine.connect() as conn:
        by_state: dict[str, int] = {
            state: count for state, count in conn.execute(
                select(outbox.c.state, func.count()).group_by(outbox.c.state))
        }
        open_conflicts = conn.execute(select(func.count()).select_from(conflicts).where(
            conflicts.c.resolved_at.is_(None))).scalar_one()
    return QueueCounts(by_state.get("pending", 0), by_state.get("failed", 0), int(open_conflicts))
