"""Outbox entries: the local changes waiting for the server, one per mutation of the sync protocol."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any


def outbox_entry(
    entity: str, record_id: str, op: str, fields: dict[str, Any], now: dt.datetime, base_version: int | None = None
) -> dict[str, Any]:
    """A new pending outbox row; the mutation id is made here, once, so a retry can never apply it twice."""
    return {
        "mutation_id": str(uuid.uuid4()),
        "entity": entity,
        "record_id": record_id,
        "op": op,
        "base_version": base_version,
        "fields": fields,
        "created_at": now,
        "attempts": 0,
        "state": "pending",
    }
