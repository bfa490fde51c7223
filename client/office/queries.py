"""Read-only queries the screens need that are not a single store call: the directory and open conflicts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from client.cache.replica import CacheReplica
from client.cache.schema import conflicts, documents, people, units

Row = dict[str, Any]


def unit_names(replica: CacheReplica, unit_ids: list[str]) -> dict[str, str]:
    """Names of units from the directory in the cache."""
    with replica.engine.connect() as conn:
        return dict(conn.execute(select(units.c.id, units.c.name).where(units.c.id.in_(unit_ids))).all())


def handlers(replica: CacheReplica) -> list[Row]:
    """The people of the user's unit who can be assigned a document (from the directory synced into the cache)."""
    unit_id = replica.opened.info.unit.id
    with replica.engine.connect() as conn:
        rows = conn.execute(select(people.c.id, people.c.username, people.c.full_name, people.c.position,
                                   people.c.roles)
                            .where(people.c.unit_id == unit_id, people.c.active.is_not(False))
                            .order_by(people.c.full_name)).mappings().all()
    return [dict(r) for r in rows]


def recipient_units(replica: CacheReplica) -> list[Row]:
    """Units a document can be sent to: every unit in the directory but the user's own."""
    own = replica.opened.info.unit.id
    with replica.engine.connect() as conn:
        rows = conn.execute(select(units.c.id, units.c.name, units.c.code, units.c.level)
                            .where(units.c.id != own).order_by(units.c.level, units.c.name)).mappings().all()
    return [dict(r) for r in rows]


def conflict_rows(engine: Engine, limit: int = 1000) -> list[Row]:
    """Conflicts waiting for a decision, oldest first, with their document's number and summary."""
    # The document's number and summary name the record better than its id.
    statement = (
        select(conflicts, documents.c.number_symbol, documents.c.summary)
        .outerjoin(documents, documents.c.id == conflicts.c.record_id)
        .where(conflicts.c.resolved_at.is_(None)).order_by(conflicts.c.id).limit(limit)
    )
    with engine.connect() as connection:
        return [dict(r) for r in connection.execute(statement).mappings()]
