"""Each unit's change feed: writing entries when records change or move in or out of scope, and reading pages."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, case, delete, insert, literal_column, null, select, tuple_, update
from sqlalchemy.orm import Session

from server.models import FeedEntry, Record, RecordAudience, Unit
from server.record_bytes import BodyQuery, joined
from server.scope import Principal, audience_of
from server.secret_policy import SECRET_DOCUMENT, feed_record, is_secret_document, policy_of
from sync.protocol.domain import Secrecy
from sync.protocol.records import ENTITIES


def _next_seq(session: Session, unit_id: str) -> int:
    # The UPDATE holds the unit's row lock until commit, so a unit's sequence numbers commit in order and a
    # reader never sees seq N+1 before seq N (which a shared database sequence would allow).
    return int(session.execute(
        update(Unit).where(Unit.id == unit_id).values(feed_head=Unit.feed_head + 1).returning(Unit.feed_head)
    ).scalar_one())


def _write_entries(session: Session, record: Record, units: Iterable[str], op: str) -> None:
    for unit_id in sorted(units):  # one global lock order keeps concurrent writers from deadlocking
        seq = _next_seq(session, unit_id)
        session.execute(delete(FeedEntry).where(FeedEntry.unit_id == unit_id, FeedEntry.record_id == record.id))
        session.execute(insert(FeedEntry).values(unit_id=unit_id, seq=seq, entity=record.entity,
                                                 record_id=record.id, op=op, version=record.version))


def current_audience(session: Session, record_id: str) -> set[str]:
    """The units the record is published to now."""
    return set(session.scalars(select(RecordAudience.unit_id).where(RecordAudience.record_id == record_id)))


def publish(session: Session, record: Record, *, content_changed: bool = True) -> set[str]:
    """Bring a changed record's audience and feed entries up to date; return its new audience."""
    session.flush()
    old = current_audience(session, record.id)
    new = audience_of(session, record)
    gone, added = old - new, new - old
    if gone:
        session.execute(delete(RecordAudience).where(RecordAudience.record_id == record.id,
                                                     RecordAudience.unit_id.in_(gone)))
        _write_entries(session, record, gone, "remove")
    if added:
        session.execute(insert(RecordAudience), [
            {"unit_id": unit_id, "entity": record.entity, "record_id": record.id} for unit_id in sorted(added)
        ])
    _write_entries(session, record, new if content_changed else added, "upsert")
    if gone or added:
        # Notes and reports follow their parent in and out of scope.
        for child in session.scalars(select(Record).where(Record.parent_id == record.id, Record.deleted.is_(False))):
            publish(session, child, content_changed=False)
    return new


class Change(NamedTuple):
    """One feed entry as a page sends it; `record` is the record's stored JSON (UTF-8), or None for a removal."""

    seq: int
    entity: str
    id: str
    op: str
    version: int
    record: bytes | None


class SnapshotRecord(NamedTuple):
    """One current record as a snapshot page sends it; `record` is its stored JSON (UTF-8)."""

    entity: str
    id: str
    version: int
    record: bytes


def _written_by_database(flat: Any, plain: Any, item: Callable[[Any], list[Any]], keep: int) -> Any:
    """`flat` with PostgreSQL writing out the JSON item of each plain row (see record_bytes), as the second column.

    `plain` is computed once a row, in a subquery; `item(c)` lists the item's parts, literals and the subquery's
    columns `c`. A plain row keeps only the first `keep` columns of `flat` (its order, which the cursor or page
    token is made of); the others are NULL, as the item holds them already and building them is Python's time.
    """
    rows = flat.add_columns(plain.label("plain")).subquery()
    columns: list[Any] = list(rows.c)[:-1]
    written = case((rows.c.plain, joined(*item(rows.c))), else_=null())
    rest = [case((rows.c.plain, null()), else_=column) for column in columns[keep:]]
    return select(columns[0], written, *columns[1:keep], *rest).order_by(*columns[:keep])


def _plain_text(column: Any) -> Any:
    # When `"` + value + `"` is the value as a JSON string, as page_json's `_PLAIN` decides it in Python. Ids are
    # UUIDs and entities fixed words, so this holds for every row; a row where it does not goes through Python.
    return column.regexp_match("^[0-9A-Za-z_.:=-]*$")


def _known_entity(column: Any) -> Any:
    # The protocol's entity names are plain words; written into the statement (not an expanding parameter), so
    # the statement compiled once runs as it is.
    return column.in_([literal_column(f"'{entity}'") for entity in ENTITIES])


def _changes_query(body: Any, in_database: bool) -> Any:
    flat = (
        select(FeedEntry.seq, FeedEntry.entity, FeedEntry.record_id, FeedEntry.op, FeedEntry.version,
               body.label("data"), Record.version.label("current_version"), Record.secrecy)
        .outerjoin(Record, Record.id == FeedEntry.record_id)
        .where(FeedEntry.unit_id == bindparam("unit_id"), FeedEntry.seq > bindparam("after"))
        .order_by(FeedEntry.seq)
        .limit(bindparam("rows"))
    )
    if not in_database:  # the same columns, every item left to Python
        columns = list(flat.selected_columns)
        return flat.with_only_columns(columns[0], null(), *columns[1:])
    plain = ((FeedEntry.op == "upsert") & Record.id.is_not(None) & (FeedEntry.entity == Record.entity)
             & (Record.secrecy <= bindparam("ceiling")) & ~SECRET_DOCUMENT
             & _known_entity(FeedEntry.entity) & _plain_text(FeedEntry.record_id))
    return _written_by_database(flat, plain, lambda c: [
        '{"seq":', c.seq, ',"entity":"', c.entity, '","id":"', c.record_id, '","op":"upsert","version":',
        c.current_version, ',"record":', c.data, "}"], keep=1)


# Built once: a page pull is the server's busiest query, and building the statement cost more than running it.
# The record body comes as stored bytes, unparsed: pages splice it into their JSON (server/page_json.py).
_CHANGES = BodyQuery(_changes_query, body=6)


def _sent_form(entity: str, secrecy: int, data: bytes, summary_allowed: bool) -> bytes:
    # Checked here first: the call and the decoding are for the rare secret document only.
    if entity == "document" and secrecy >= Secrecy.MAT:
        return feed_record(entity, secrecy, data.decode(), summary_allowed=summary_allowed).encode()
    return data


def read_changes(conn: Connection, who: Principal, after: int, limit: int, *,
                 in_database: bool = True) -> tuple[list[Change | bytes], int, bool]:
    """One page of the unit's feed after a cursor: (changes, new cursor, has_more).

    A change is its JSON item when PostgreSQL wrote it out (a record sent as stored), else a `Change`;
    `in_database=False` leaves every item to Python (the portable path, which SQLite always takes).
    """
    params = {"unit_id": who.unit_id, "after": after, "rows": limit + 1, "ceiling": who.ceiling}
    rows = _CHANGES.rows(conn, params, in_database=in_database)
    has_more = len(rows) > limit
    rows = rows[:limit]
    summary_allowed = _summary_allowed(conn, who, [(row[2], row[8]) for row in rows if row[1] is None])
    ceiling = who.ceiling
    changes = [
        item if item is not None
        else Change(seq, entity, record_id, "upsert", current_version,
                    _sent_form(entity, secrecy, data, summary_allowed))
        if op == "upsert" and data is not None and secrecy <= ceiling
        # Defence in depth: anything above the ceiling that slipped into a feed goes out as a removal.
        else Change(seq, entity, record_id, "remove", version, None)
        for seq, item, entity, record_id, op, version, data, current_version, secrecy in rows
    ]
    cursor = rows[-1][0] if rows else after
    return changes, cursor, has_more


def _summary_allowed(db: Connection, who: Principal, entities: Iterable[tuple[str, int | None]]) -> bool:
    """The receiving unit's summary policy, read only for a page that holds a secret document."""
    if not any(is_secret_document(entity, secrecy) for entity, secrecy in entities):
        return False
    return policy_of(db, who.unit_id).summary_allowed


def encode_page_token(cursor: int, entity: str, record_id: str) -> str:
    """An opaque snapshot position: the feed cursor it belongs to and the last (entity, id) sent."""
    return base64.urlsafe_b64encode(json.dumps([cursor, entity, record_id]).encode()).decode().rstrip("=")


def decode_page_token(token: str) -> tuple[int, str, str]:
    """Inverse of `encode_page_token`; ValueError when the token was not made by this server."""
    try:
        cursor, entity, record_id = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, TypeError) as error:
        raise ValueError("malformed page token") from error
    if not (isinstance(cursor, int) and isinstance(entity, str) and isinstance(record_id, str)):
        raise ValueError("malformed page token")
    return cursor, entity, record_id


def _snapshot_query(body: Any, in_database: bool, after_token: bool) -> Any:
    flat = (
        select(RecordAudience.entity, RecordAudience.record_id, body.label("data"), Record.version, Record.secrecy)
        .join(Record, Record.id == RecordAudience.record_id)
        .where(RecordAudience.unit_id == bindparam("unit_id"))
        .order_by(RecordAudience.entity, RecordAudience.record_id)
        .limit(bindparam("rows"))
    )
    if after_token:
        flat = flat.where(tuple_(RecordAudience.entity, RecordAudience.record_id)
                          > tuple_(bindparam("entity"), bindparam("record_id")))
    if not in_database:
        columns = list(flat.selected_columns)
        return flat.with_only_columns(columns[0], null(), *columns[1:])
    plain = ((RecordAudience.entity == Record.entity) & (Record.secrecy <= bindparam("ceiling")) & ~SECRET_DOCUMENT
             & _known_entity(RecordAudience.entity) & _plain_text(RecordAudience.record_id))
    return _written_by_database(flat, plain, lambda c: [
        '{"entity":"', c.entity, '","id":"', c.record_id, '","version":', c.version, ',"record":', c.data, "}"],
        keep=2)


_SNAPSHOT = BodyQuery(lambda body, in_database: _snapshot_query(body, in_database, False), body=3)
_SNAPSHOT_AFTER = BodyQuery(lambda body, in_database: _snapshot_query(body, in_database, True), body=3)


def read_snapshot(
    conn: Connection, who: Principal, page_token: str | None, limit: int, *, in_database: bool = True,
) -> tuple[list[SnapshotRecord | bytes], int, str | None]:
    """One page of the unit's current records in (entity, id) order, with the cursor to follow afterwards.

    Items as in `read_changes`: JSON bytes written by PostgreSQL, or `SnapshotRecord`s.
    """
    params: dict[str, Any] = {"unit_id": who.unit_id, "rows": limit + 1, "ceiling": who.ceiling}
    if page_token:
        cursor, params["entity"], params["record_id"] = decode_page_token(page_token)
        rows = _SNAPSHOT_AFTER.rows(conn, params, in_database=in_database)
    else:
        # Capture the feed position before reading any record: whatever commits later has a higher sequence
        # number, so following the feed from here misses nothing (at worst it repeats a newer version).
        cursor = int(conn.execute(select(Unit.feed_head).where(Unit.id == who.unit_id)).scalar() or 0)
        rows = _SNAPSHOT.rows(conn, params, in_database=in_database)
    summary_allowed = _summary_allowed(conn, who, [(row[0], row[5]) for row in rows[:limit] if row[1] is None])
    ceiling = who.ceiling
    items = [
        item if item is not None
        else SnapshotRecord(entity, record_id, version, _sent_form(entity, secrecy, data, summary_allowed))
        for entity, item, record_id, data, version, secrecy in rows[:limit]
        if item is not None or secrecy <= ceiling
    ]
    next_token = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_token = encode_page_token(cursor, last[0], last[2])
    return items, cursor, next_token
