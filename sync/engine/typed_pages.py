"""Pages validated straight from the answer's bytes: pydantic's `validate_json` with each record typed by its entity.

Decoding a page with `json` and then validating every record from Python dicts cost about three times what
pydantic-core's own JSON reading does. This is only the fast path: a page it cannot take whole (malformed, too
many items, text that needs the per-record check) is read by `pagejson` and `inbound` as before, so every refusal
keeps its error. It is taken only when the page cannot be a memory bomb: its count of JSON values (bounded by its
commas and brackets) must fit what a page of `limit` real records needs, so a page of a million `{}` never gets
here, and when no string in it can hold NUL or a lone surrogate (they are written as `\\u` escapes in JSON).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, Field, TypeAdapter, ValidationError, create_model

from sync.protocol.records import RECORD_MODELS
from sync.protocol.wire import Change, ChangesPage, SnapshotItem, SnapshotPage

# JSON values a page may hold per allowed item for the fast path: a document with recipients and attachments has
# about 60; beyond this the bounded item-by-item reading of pagejson takes the page.
VALUES_PER_ITEM = 400
# \u0000, or a \uD800-\uDFFF escape (a surrogate; a valid pair is checked the slow way too, which is rare).
_BAD_TEXT_ESCAPE = re.compile(rb"\\u0000|\\u[dD][89a-fA-F]")


def _typed(base: type[BaseModel], key: str, item_base: type[BaseModel], optional: bool) -> TypeAdapter[Any]:
    items = []
    for entity, model in RECORD_MODELS.items():
        record: Any = (model | None) if optional else model
        fields: dict[str, Any] = {"entity": (Literal[entity], ...), "record": (record, ...)}
        items.append(create_model(f"{item_base.__name__}_{entity}", __base__=item_base, **fields))
    item: Any = Annotated[Union[tuple(items)], Field(discriminator="entity")]  # noqa: UP007
    page: dict[str, Any] = {key: (list[item], ...)}
    return TypeAdapter(create_model(f"Typed{base.__name__}", __base__=base, **page))


_CHANGES = _typed(ChangesPage, "changes", Change, optional=True)
_SNAPSHOT = _typed(SnapshotPage, "records", SnapshotItem, optional=False)


def may_hold_bad_text(body: bytes) -> bool:
    """Whether a string of this JSON may hold NUL or a lone surrogate (a raw one is not valid JSON or UTF-8)."""
    return _BAD_TEXT_ESCAPE.search(body) is not None


def _bounded(body: bytes, limit: int) -> bool:
    return body.count(b",") + body.count(b"{") + body.count(b"[") <= limit * VALUES_PER_ITEM


def changes(body: bytes, limit: int) -> Any | None:
    """The feed page with typed records, or None when the careful path must read it."""
    return _read(_CHANGES, body, limit, "changes")


def snapshot(body: bytes, limit: int) -> Any | None:
    """The snapshot page with typed records, or None when the careful path must read it."""
    return _read(_SNAPSHOT, body, limit, "records")


def _read(adapter: TypeAdapter[Any], body: bytes, limit: int, key: str) -> Any | None:
    if not _bounded(body, limit) or may_hold_bad_text(body):
        return None
    try:
        page = adapter.validate_json(body)
    except (ValidationError, ValueError, RecursionError):
        return None
    return page if len(getattr(page, key)) <= limit else None
