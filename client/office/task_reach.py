"""Who a task may be given to, checked on this computer with the shared rule (sync/protocol/lifecycle.py).

A commune assigns tasks only within itself; an upper unit assigns to itself and the units below it. The units
below the task's owner are read from the unit directory the cache holds (a commune's holds none below it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine, select

from client.cache.schema import units
from sync.protocol import lifecycle
from sync.protocol.lifecycle import Refusal


def units_below(engine: Engine, unit_id: str) -> set[str]:
    """The units under `unit_id` at any depth, as far as this computer's directory knows them."""
    with engine.connect() as conn:
        parent_of = dict(conn.execute(select(units.c.id, units.c.parent_id)).tuples().all())
    below: set[str] = set()
    frontier = {unit_id}
    while frontier:
        frontier = {child for child, parent in parent_of.items() if parent in frontier} - below
        below |= frontier
    return below


def task_reach_error(engine: Engine, owner_unit_id: str | None, fields: Mapping[str, Any]) -> Refusal | None:
    """The shared rule's refusal when the task's lead or cooperating units are beyond its owner's reach."""
    given = {fields.get("lead_unit_id"), *(fields.get("cooperating_unit_ids") or [])} - {None, ""}
    if not given or not owner_unit_id:
        return None
    return lifecycle.task_units_error(owner_unit_id, {str(u) for u in given}, units_below(engine, owner_unit_id))
