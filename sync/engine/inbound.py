"""Checks on everything the server sends before any of it reaches the cache (DESIGN principles 12 and 13).

A server with a bug, or one that is not ours, must not be able to write malformed records, records above the
unit's secrecy ceiling, or move the cursor backwards: such a page is refused whole, with a clear error.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from sync.engine.errors import ProtocolError
from sync.engine.replica import IncomingChange
from sync.protocol.records import RECORD_MODELS
from sync.protocol.wire import ChangesPage, PushResponse, SnapshotPage, UploadState

SECRET_ENTITIES = frozenset({"document", "document_note"})


def _first_error(error: ValidationError) -> str:
    err = error.errors()[0]
    where = ".".join(str(part) for part in err.get("loc", ())) or "body"
    return f"{where}: {err.get('msg', 'invalid')}"


def record(entity: str, record_id: str, raw: Any, ceiling: int) -> dict[str, Any]:
    """A record checked against its wire model, its id and the ceiling; returned in canonical JSON form."""
    model = RECORD_MODELS.get(entity)
    if model is None:
        raise ProtocolError(f"an unknown kind of record {entity!r}")
    try:
        parsed = model.model_validate(raw)
    except ValidationError as error:
        raise ProtocolError(f"a malformed {entity} record ({_first_error(error)})") from error
    data = parsed.model_dump(mode="json")
    if data["id"] != record_id:
        raise ProtocolError(f"a {entity} record whose id {data['id']} differs from its entry {record_id}")
    if int(data.get("secrecy", 0) or 0) > ceiling:
        raise ProtocolError(f"{entity} {record_id} is classified above what this unit may hold")
    return data


def changes_page(raw: Any, after: int, limit: int, ceiling: int) -> tuple[list[IncomingChange], int, bool]:
    """A feed page: entries in order after the cursor, the new cursor not behind it, every record valid."""
    try:
        page = ChangesPage.model_validate(raw)
    except ValidationError as error:
        raise ProtocolError(f"a malformed page of changes ({_first_error(error)})") from error
    if len(page.changes) > limit:
        raise ProtocolError(f"{len(page.changes)} changes in a page of at most {limit}")
    if page.cursor < after:
        raise ProtocolError(f"the cursor moved backwards, from {after} to {page.cursor}")
    previous = after
    out = []
    for change in page.changes:
        if change.seq <= previous:
            raise ProtocolError(f"change {change.seq} is out of order (after {previous})")
        previous = change.seq
        data = None
        if change.op == "upsert":
            if change.record is None:
                raise ProtocolError(f"an update of {change.entity} {change.id} without its record")
            data = record(change.entity, change.id, change.record, ceiling)
        out.append(IncomingChange(change.entity, change.id, change.op, change.version, data))
    if page.changes and page.cursor != previous:
        raise ProtocolError(f"the page ends at change {previous} but moves the cursor to {page.cursor}")
    if page.has_more and not page.changes:
        raise ProtocolError("an empty page that claims more changes follow")
    return out, page.cursor, page.has_more


def snapshot_page(raw: Any, limit: int, ceiling: int, expected_cursor: int | None) -> tuple[list[IncomingChange],
                                                                                          int, str | None]:
    """A snapshot page: bounded, every record valid, the same cursor on every page."""
    try:
        page = SnapshotPage.model_validate(raw)
    except ValidationError as error:
        raise ProtocolError(f"a malformed snapshot page ({_first_error(error)})") from error
    if len(page.records) > limit:
        raise ProtocolError(f"{len(page.records)} records in a snapshot page of at most {limit}")
    if page.cursor < 0 or (expected_cursor is not None and page.cursor != expected_cursor):
        raise ProtocolError(f"the snapshot's cursor changed from {expected_cursor} to {page.cursor}")
    if page.next_page_token is not None and not 0 < len(page.next_page_token) <= 500:
        raise ProtocolError("a snapshot page token of an impossible length")
    items = [IncomingChange(item.entity, item.id, "upsert", item.version,
                            record(item.entity, item.id, item.record, ceiling)) for item in page.records]
    return items, page.cursor, page.next_page_token


def push_results(raw: Any, sent: list[str], ceiling: int) -> list[dict[str, Any]]:
    """The answers to a push: one per mutation sent, in order, records valid."""
    try:
        answer = PushResponse.model_validate(raw)
    except ValidationError as error:
        raise ProtocolError(f"a malformed push answer ({_first_error(error)})") from error
    if [r.mutation_id for r in answer.results] != sent:
        raise ProtocolError("a push answer that does not answer the mutations sent, in order")
    return [r.model_dump() for r in answer.results]


def upload_state(raw: Any, sha256: str, size: int) -> UploadState:
    """An upload's state for the file we are sending."""
    try:
        state = UploadState.model_validate(raw)
    except ValidationError as error:
        raise ProtocolError(f"a malformed upload state ({_first_error(error)})") from error
    if state.sha256 != sha256 or state.size != size or not 0 <= state.offset <= size:
        raise ProtocolError("an upload state for another file or with an impossible offset")
    if not 0 < state.chunk_limit <= 256 * 1024 * 1024:
        raise ProtocolError(f"an impossible chunk limit of {state.chunk_limit} bytes")
    return state
