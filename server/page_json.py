"""Feed and snapshot pages as JSON bytes, with each record's stored JSON bytes spliced in as they are.

Decoding 500 stored records only to encode them again was most of a page's CPU. Here only the few small values
around each record are written, and those are ints and strings from our own tables, so plain formatting does it;
a string that would need escaping (none of ours does: ids are UUIDs, entities and ops are fixed words) goes
through `json.dumps` instead. The output is ordinary JSON, as `ChangesPage` and `SnapshotPage` describe it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from server.feed import Change, SnapshotRecord

_PLAIN = re.compile(r"[\w.:=-]*", re.ASCII).fullmatch  # nothing JSON escapes, so quoting is all it needs
_CHANGE = b'{"seq":%d,"entity":%b,"id":%b,"op":%b,"version":%d,"record":%b}'
_RECORD = b'{"entity":%b,"id":%b,"version":%d,"record":%b}'


_WORDS: dict[str, bytes] = {}  # entity and op names, quoted once: they are most of the values written


def _string(value: str) -> bytes:
    quoted = _WORDS.get(value)
    if quoted is not None:
        return quoted
    quoted = b'"%b"' % value.encode() if _PLAIN(value) else json.dumps(value, ensure_ascii=False).encode()
    if len(value) <= 20 and len(_WORDS) < 64:  # ids are longer; a fixed bound all the same
        _WORDS[value] = quoted
    return quoted


def changes_json(changes: Sequence[Change | bytes], cursor: int, has_more: bool) -> bytes:
    """A `ChangesPage`; an item given as bytes is its JSON already (written by the database, see feed.py)."""
    items = b",".join(
        c if isinstance(c, bytes)
        else _CHANGE % (c.seq, _string(c.entity), _string(c.id), _string(c.op), c.version,
                        c.record if c.record is not None else b"null")
        for c in changes
    )
    return b'{"changes":[%b],"cursor":%d,"has_more":%b}' % (items, cursor, b"true" if has_more else b"false")


def snapshot_json(records: Sequence[SnapshotRecord | bytes], cursor: int, next_page_token: str | None) -> bytes:
    """A `SnapshotPage`; an item given as bytes is its JSON already."""
    items = b",".join(r if isinstance(r, bytes) else _RECORD % (_string(r.entity), _string(r.id), r.version, r.record)
                      for r in records)
    token = b"null" if next_page_token is None else _string(next_page_token)
    return b'{"records":[%b],"cursor":%d,"next_page_token":%b}' % (items, cursor, token)
