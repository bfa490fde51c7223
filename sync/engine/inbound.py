"""Checks on everything the server sends before any of it reaches the cache (DESIGN principles 12 and 13).

A server with a bug, or one that is not ours, must not be able to write malformed records, records above the
unit's secrecy ceiling, or move the cursor backwards: such a page is refused whole, with a clear error.

A page's item count is checked on the raw JSON list before any item is validated: a page of a million `{}` costs
one `len()`, not a million validation errors. Two faults of a single record are refused without refusing its
page (DESIGN principle 15: one bad record is never a wall): a record that says it belongs to another unit, and
text the cache cannot store (NUL, a lone surrogate). That record is skipped and returned as `Refused`, naming it;
the puller lists it in the status (`REFUSED_RECORDS`) and the rest of the page, and its cursor, are stored. It
comes back when the server sends it again, corrected. Everything else that is wrong refuses the page whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from sync.engine import pagejson, typed_pages
from sync.engine.errors import ProtocolError
from sync.engine.replica import IncomingChange
from sync.protocol.audience import outside_unit
from sync.protocol.records import RECORD_MODELS
from sync.protocol.wire import ChangesPage, PushResponse, SnapshotPage, UploadState

SECRET_ENTITIES = frozenset({"document", "document_note"})


@dataclass(frozen=True)
class Refused:
    """A server record refused and skipped: which one and why (code: "other_unit" or "bad_text")."""

    entity: str
    id: str
    code: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"entity": self.entity, "id": self.id, "code": self.code, "reason": self.reason}


class _SkipRecord(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _printable(text: str) -> str:
    """Text that names a bad record safely (it may itself hold the bad characters)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")[:100]


def _bad_text(raw: Any) -> str | None:
    """Where the record holds text no database stores (NUL, a lone surrogate), or None; walked without recursion."""
    stack: list[tuple[str, Any]] = [("", raw)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                stack.append((f"{where}.{key}" if where else str(key), item))
                stack.append((f"{where} (a field name)", key))
        elif isinstance(value, list):
            stack.extend((f"{where}[{index}]", item) for index, item in enumerate(value))
        elif isinstance(value, str):
            if "\x00" in value:
                return f"{_printable(where) or 'a value'} holds a NUL character"
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return f"{_printable(where) or 'a value'} holds a lone surrogate (not a character)"
    return None


def _count_first(raw: Any, key: str, limit: int, what: str) -> None:
    """Refuse a page with too many items by the length of its raw list, before validating a single item."""
    if not isinstance(raw, dict):
        raise ProtocolError(f"a page that is not a JSON object but {type(raw).__name__}")
    items = raw.get(key)
    if isinstance(items, list) and len(items) > limit:
        raise ProtocolError(f"{len(items)} {what} in a page of at most {limit}")


def _screened(entity: str, record_id: str, raw: Any, ceiling: int, unit_id: str) -> dict[str, Any]:
    """A record checked as `record` does, raising _SkipRecord for the faults that skip only this record.

    `raw` is the record as decoded JSON, or already validated by its wire model from a page whose text was found
    clean as a whole (typed_pages.py).
    """
    if isinstance(raw, BaseModel):
        data = _checked(entity, record_id, raw.model_dump(mode="json"), ceiling)
    else:
        if (where := _bad_text(raw)) is not None or (where := _bad_text(record_id)) is not None:
            raise _SkipRecord("bad_text", f"{entity} {_printable(record_id)}: {where}")
        data = record(entity, record_id, raw, ceiling)
    if outside_unit(entity, data, unit_id):
        owner = _printable(str(data.get("unit_id")))
        raise _SkipRecord("other_unit", f"{entity} {record_id} belongs to another unit ({owner}) and was not stored")
    return data


def answer_record(entity: str, record_id: str, raw: Any, ceiling: int, unit_id: str) -> dict[str, Any]:
    """The record in the server's answer to our own change: checked like a page's, but it cannot be skipped (the
    change needs its answer), so every fault is a ProtocolError naming the record."""
    try:
        return _screened(entity, record_id, raw, ceiling, unit_id)
    except _SkipRecord as skip:
        raise ProtocolError(skip.reason) from skip


def _json(record: Any) -> str | None:
    """A validated record's JSON text, made by pydantic-core (for the replica's base copy); None for raw dicts."""
    return record.model_dump_json() if isinstance(record, BaseModel) else None


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
    return _checked(entity, record_id, parsed.model_dump(mode="json"), ceiling)


def _checked(entity: str, record_id: str, data: dict[str, Any], ceiling: int) -> dict[str, Any]:
    if data["id"] != record_id:
        raise ProtocolError(f"a {entity} record whose id {data['id']} differs from its entry {record_id}")
    if int(data.get("secrecy", 0) or 0) > ceiling:
        raise ProtocolError(f"{entity} {record_id} is classified above what this unit may hold")
    return data


def changes_page(raw: Any, after: int, limit: int, ceiling: int,
                 unit_id: str) -> tuple[list[IncomingChange], int, bool, list[Refused]]:
    """A feed page: entries in order after the cursor, the new cursor not behind it, every record valid."""
    _count_first(raw, "changes", limit, "changes")
    try:
        page = ChangesPage.model_validate(raw)
    except ValidationError as error:
        raise ProtocolError(f"a malformed page of changes ({_first_error(error)})") from error
    if len(page.changes) > limit:
        raise ProtocolError(f"{len(page.changes)} changes in a page of at most {limit}")
    return _changes(page, after, ceiling, unit_id, text_checked=False)


def read_changes_page(body: bytes, after: int, limit: int, ceiling: int,
                      unit_id: str) -> tuple[list[IncomingChange], int, bool, list[Refused]]:
    """`changes_page` from the answer's bytes: validated by pydantic from the raw JSON when the page allows it
    (typed_pages.py), else read item by item and checked as before, with the same errors."""
    page = typed_pages.changes(body, limit)
    if page is None:
        return changes_page(pagejson.load_page(body, "changes", limit), after, limit, ceiling, unit_id)
    return _changes(page, after, ceiling, unit_id, text_checked=True)


def _changes(page: ChangesPage, after: int, ceiling: int, unit_id: str,
             *, text_checked: bool) -> tuple[list[IncomingChange], int, bool, list[Refused]]:
    if page.cursor < after:
        raise ProtocolError(f"the cursor moved backwards, from {after} to {page.cursor}")
    previous = after
    out = []
    refused = []
    for change in page.changes:
        if change.seq <= previous:
            raise ProtocolError(f"change {change.seq} is out of order (after {previous})")
        previous = change.seq
        data = None
        if change.op == "upsert":
            if change.record is None:
                raise ProtocolError(f"an update of {change.entity} {_printable(change.id)} without its record")
            try:
                data = _screened(change.entity, change.id, change.record, ceiling, unit_id)
            except _SkipRecord as skip:
                refused.append(Refused(change.entity, _printable(change.id), skip.code, skip.reason))
                continue
        elif not text_checked and _bad_text(change.id) is not None:
            refused.append(Refused(change.entity, _printable(change.id), "bad_text", "an id that is not text"))
            continue
        out.append(IncomingChange(change.entity, change.id, change.op, change.version, data,
                                  _json(change.record) if data is not None else None))
    if page.changes and page.cursor != previous:
        raise ProtocolError(f"the page ends at change {previous} but moves the cursor to {page.cursor}")
    if page.has_more and not page.changes:
        raise ProtocolError("an empty page that claims more changes follow")
    return out, page.cursor, page.has_more, refused


def snapshot_page(raw: Any, limit: int, ceiling: int, expected_cursor: int | None,
                  unit_id: str) -> tuple[list[IncomingChange], int, str | None, list[Refused]]:
    """A snapshot page: bounded, every record valid, the same cursor on every page."""
    _count_first(raw, "records", limit, "records")
    try:
        page = SnapshotPage.model_validate(raw)
    except ValidationError as error:
        raise ProtocolError(f"a malformed snapshot page ({_first_error(error)})") from error
    if len(page.records) > limit:
        raise ProtocolError(f"{len(page.records)} records in a snapshot page of at most {limit}")
    return _snapshot(page, ceiling, expected_cursor, unit_id)


def read_snapshot_page(body: bytes, limit: int, ceiling: int, expected_cursor: int | None,
                       unit_id: str) -> tuple[list[IncomingChange], int, str | None, list[Refused]]:
    """`snapshot_page` from the answer's bytes, as `read_changes_page` reads a feed page."""
    page = typed_pages.snapshot(body, limit)
    if page is None:
        return snapshot_page(pagejson.load_page(body, "records", limit), limit, ceiling, expected_cursor, unit_id)
    return _snapshot(page, ceiling, expected_cursor, unit_id)


def _snapshot(page: SnapshotPage, ceiling: int, expected_cursor: int | None,
              unit_id: str) -> tuple[list[IncomingChange], int, str | None, list[Refused]]:
    if page.cursor < 0 or (expected_cursor is not None and page.cursor != expected_cursor):
        raise ProtocolError(f"the snapshot's cursor changed from {expected_cursor} to {page.cursor}")
    if page.next_page_token is not None and not 0 < len(page.next_page_token) <= 500:
        raise ProtocolError("a snapshot page token of an impossible length")
    items = []
    refused = []
    for item in page.records:
        try:
            data = _screened(item.entity, item.id, item.record, ceiling, unit_id)
        except _SkipRecord as skip:
            refused.append(Refused(item.entity, _printable(item.id), skip.code, skip.reason))
            continue
        items.append(IncomingChange(item.entity, item.id, "upsert", item.version, data, _json(item.record)))
    return items, page.cursor, page.next_page_token, refused


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
