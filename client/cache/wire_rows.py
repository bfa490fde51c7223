"""Wire records (sync/protocol/records.py) and cache rows: the one place where the two shapes meet.

Records from the server become rows; outbox entries, however the local write paths shaped them, become the
fields the server's `*Fields` models accept.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import Table

from client.cache.errors import InvalidChangeError
from client.cache.schema import document_events, document_notes, documents, people, task_reports, tasks, units

Row = dict[str, Any]
TABLES: dict[str, Table] = {
    "document": documents, "document_note": document_notes, "task": tasks, "task_report": task_reports,
    "unit": units, "person": people, "document_event": document_events,
}
PURGEABLE = ("document", "document_note", "task", "task_report")
# Records that go with their parent (ON DELETE CASCADE) and are never edited here: the trail's events.
FOLLOWERS = ("document_event",)
_DATES = frozenset({"issued_date", "arrival_date", "deadline", "term_start"})
_TIMES = frozenset({"created_at", "updated_at", "submitted_at", "at"})


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def _time(value: Any) -> dt.datetime | None:
    """A wire time as the cache stores it: the computer's local time, naive."""
    if not isinstance(value, str) or not value:
        return None
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed
    # The local time of the same instant by whole seconds: the same answer as `astimezone()`, which builds a
    # timezone object each time, at a third of its cost (two per record of an initial sync).
    try:
        seconds = (parsed - _EPOCH) // _SECOND
        return dt.datetime.fromtimestamp(seconds).replace(microsecond=parsed.microsecond)
    except (OverflowError, OSError, ValueError):  # outside what the platform's local time reads (Windows: < 1970)
        return parsed.astimezone().replace(tzinfo=None)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_SECOND = dt.timedelta(seconds=1)


def columns(entity: str, record: Row) -> Row:
    """Cache columns for the wire fields present in `record` (a whole record or just the changed fields)."""
    kinds = _field_kinds(entity)
    out: Row = {}
    for name, value in record.items():
        kind = kinds.get(name)
        if kind is None:
            continue
        if kind == "same":
            out[name] = value
        elif kind == "version":
            out["server_version"] = value
        elif kind == "owner":
            out["owner_unit_id"] = value
        elif kind == "date":
            out[name] = _date(value)
        elif kind == "time":
            out[name] = _time(value)
        elif kind == "recipients":
            out["recipients"] = [r["name"] for r in value]
            out["recipient_units"] = value
        elif kind == "figures":
            out["figures"] = {f["name"]: f.get("actual") for f in value if f.get("actual") is not None}
            out["figure_list"] = value
        else:  # roles
            out["roles"] = value
            out["role"] = value[0] if value else ""
    return out


@functools.cache
def _field_kinds(entity: str) -> dict[str, str]:
    """What each wire field of `entity` becomes (the first rule that fits wins; a field not here is not stored).

    Worked out once per entity: `columns` runs for every record of every page, in the initial sync's hot path.
    """
    table = TABLES[entity]
    kinds = {"version": "version"}
    if entity in PURGEABLE or entity in FOLLOWERS:
        kinds["unit_id"] = "owner"
    for name in [column.key for column in table.columns]:
        if name in kinds:
            continue
        if name in _DATES:
            kinds[name] = "date"
        elif name in _TIMES:
            kinds[name] = "time"
        elif name != "id":
            kinds[name] = "same"
    for name in _DATES | _TIMES:  # a wire date or time is converted even where the table has no such column
        kinds.setdefault(name, "date" if name in _DATES else "time")
    if entity == "document":
        kinds["recipients"] = "recipients"
    elif entity == "task_report":
        kinds["figures"] = "figures"
    elif entity == "person":
        kinds["roles"] = "roles"
    return kinds


def new_row(entity: str, record: Row, now: dt.datetime) -> Row:
    """A whole row for a record the cache does not hold yet."""
    row = {"id": record["id"], **columns(entity, record)}
    if "created_at" in TABLES[entity].c:
        row["created_at"] = row.get("created_at") or now
    if "updated_at" in TABLES[entity].c:
        row["updated_at"] = row.get("updated_at") or now
    if entity == "document":
        row["unread"] = True
    if entity == "task":
        row.setdefault("secrecy", 0)
    return row


def unstorable(entity: str, values: Row, *, whole: bool) -> str | None:
    """Why these column values cannot be stored (a NOT NULL column left empty), or None when they can.

    `whole` is a new row (every required column must be there); otherwise only the columns given are written.
    Checked before a page is applied, so a record the server sent that breaks a local constraint fails the run
    with its name and the reason instead of a bare database error, and nothing of the page is stored.
    """
    for name in _required(entity):
        if (whole or name in values) and values.get(name) is None:
            return f"{name} is empty"
    return None


@functools.cache
def _required(entity: str) -> tuple[str, ...]:
    # Computed once per table: the check runs on every row of every page, in the initial sync's hot path.
    return tuple(column.name for column in TABLES[entity].columns if not (
        column.nullable or column.primary_key or column.default is not None or column.server_default is not None))


def wire_fields(entity: str, op: str, fields: Row) -> Row:
    """Shape an outbox entry's fields as the server's `*Fields` models take them (the one place this is done).

    New entries are written in this shape already (`mutation_fields`); entries written by older versions hold
    the local record shape (ids, display-only columns, names instead of recipient objects, figures as a map),
    and the server forbids unknown keys, so they are mapped or dropped here at push time. Idempotent.
    """
    from sync.protocol.mutations import FIELD_MODELS  # pydantic: not for opening a profile (issue 17)

    allowed = FIELD_MODELS[entity].model_fields if entity in FIELD_MODELS else {}
    out: Row = {}
    for name, value in fields.items():
        if name not in allowed or (value is None and op != "update"):
            continue
        if name == "recipients":
            value = [{"name": r} if isinstance(r, str) else r for r in value]
        elif name in ("indicators", "figures") and isinstance(value, list):
            value = [{k: v for k, v in item.items() if v is not None} for item in value]
        elif name == "figures" and isinstance(value, dict):
            value = [{"name": k, "actual": v} for k, v in value.items()]
        out[name] = value
    return out


def mutation_fields(entity: str, op: str, fields: Row) -> Row:
    """The fields of a new outbox entry: in wire shape and checked by the protocol's write model now, so a change
    the server would refuse is refused at save instead of failing at every sync."""
    from pydantic import ValidationError

    from sync.protocol.mutations import FIELD_MODELS

    shaped = wire_fields(entity, op, fields)
    try:
        parsed = FIELD_MODELS[entity].model_validate(shaped)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'fields'}: {e['msg']}" for e in error.errors()[:5]
        )
        raise InvalidChangeError(f"This {entity.replace('_', ' ')} cannot be sent to the server as it is, so it "
                                 f"was not saved: {problems}") from error
    return parsed.model_dump(mode="json", exclude_unset=True)


def attachment_refs(entity: str, fields: Row) -> list[Row]:
    key = "evidence" if entity == "task_report" else "attachments"
    return list(fields.get(key) or [])
