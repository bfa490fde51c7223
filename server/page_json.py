"""Feed and snapshot pages as JSON bytes, with each record's stored JSON text spliced in as it is.

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


def _string(value: str) -> str:
    return f'"{value}"' if _PLAIN(value) else json.dumps(value, ensure_ascii=False)


def changes_json(changes: Sequence[Change], cursor: int, has_more: bool) -> bytes:
    """A `ChangesPage`."""
    items = ",".join(
        f'{{"seq":{c.seq},"entity":{_string(c.entity)},"id":{_string(c.id)},"op":{_string(c.op)},'
        f'"version":{c.version},"record":{c.record if c.record is not None else "null"}}}'
        for c in changes
    )
    return f'{{"changes":[{items}],"cursor":{cursor},"has_more":{"true" if has_more else "false"}}}'.encode()


def snapshot_json(records: Sequence[SnapshotRecord], cursor: int, next_page_token: str | None) -> bytes:
    """A `SnapshotPage`."""
    items = ",".join(
        f'{{"entity":{_string(r.entity)},"id":{_string(r.id)},"version":{r.version},"record":{r.record}}}'
        for r in records
    )
    token = "null" if next_page_token is None else _string(next_page_token)
    return f'{{"records":[{items}],"cursor":{cursor},"next_page_token":{token}}}'.encode()
