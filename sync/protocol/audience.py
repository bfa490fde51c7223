"""Which records a unit may receive, as far as a record alone tells (the server's scope.py decides for real).

The server computes each record's audience from its database; a client can check only what the record itself
says. A document or a person belongs to one unit (a sent document reaches another unit as its own copy), and a
task is seen by its owner, its lead unit and its cooperating units. A unit record is the directory (neighbours are
seen too), and a note or a report is seen where its parent is: neither can be judged from the record alone.
"""

from __future__ import annotations

from typing import Any


def units_that_hold(entity: str, record: dict[str, Any]) -> frozenset[str] | None:
    """The units that may hold this record, or None when the record alone cannot tell."""
    if entity in ("document", "person"):
        return frozenset({str(record.get("unit_id"))})
    if entity == "task":
        return frozenset({str(record.get("unit_id")), str(record.get("lead_unit_id")),
                          *(str(u) for u in record.get("cooperating_unit_ids") or ())})
    return None


def outside_unit(entity: str, record: dict[str, Any], unit_id: str) -> bool:
    """True when the record says it belongs to units that do not include `unit_id`."""
    holders = units_that_hold(entity, record)
    return holders is not None and unit_id not in holders
