"""A reading checked on a few candidate documents only, in a small full-text index of its own (issue 17).

FTS5 checks a phrase eagerly: asked for the documents where `hoi dong nhan dan tinh lao cai` stands together, it reads
and compares the positions of those seven words in every document holding them all, most of 1,000,000, even
when the rare word pairs it is ANDed with (`searchtext.pair_token`, migration 0014) already name the 17 that can
match; asked for one document (`rowid = ?`) it does the same from that document down. So `search` finds the
candidates with the reading's bound (the pairs and words alone, no positions: a short walk of the rarest lists),
and when they are few, this module indexes just those documents in a temporary FTS5 table made like the real one
and runs the reading there: same tokenizer, same row statement, same expression, so the same documents match.

The table and its row statement are read from `sqlite_master` (the real table's CREATE and its insert trigger), so
they follow any later migration of the index; while a snapshot has the trigger dropped (deferred_indexes) there is
no check and the search reads the index directly, as before.
"""

from __future__ import annotations

import hashlib
import json
import re

from sqlalchemy import Connection

__all__ = ["matching"]

_FTS = "documents_fts"
_CREATE = re.compile(r"^\s*CREATE\s+VIRTUAL\s+TABLE\s+\"?documents_fts\"?\s+(?P<rest>USING\s+fts5\s*\(.*\))\s*$",
                     re.I | re.S)
_TRIGGER = re.compile(r"\bBEGIN\s+INSERT\s+INTO\s+documents_fts\s*(?P<columns>\([^)]*\))\s*"
                      r"(?P<select>SELECT\b.*\bWHERE)\s+d\.id\s*=\s*new\.id\s*;\s*END\s*$", re.I | re.S)


def _statements(connection: Connection) -> tuple[str, str] | None:
    """The temporary table's name and its fill statement (taking a JSON list of document rids), made on this
    connection when first needed; None when the index has no insert trigger of the known shape."""
    rows: dict[str, str] = dict(connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE name IN ('documents_fts', 'documents_fts_ai')").all())
    create = _CREATE.match(rows.get(_FTS) or "")
    trigger = _TRIGGER.search(rows.get("documents_fts_ai") or "")
    if create is None or trigger is None:
        return None
    # Named after both statements: a pooled connection that outlives a migration makes the new shape beside the old.
    name = "search_check_" + hashlib.sha256((create.group(0) + trigger.group(0)).encode()).hexdigest()[:12]
    connection.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{name} {create.group('rest')}")
    fill = (f"INSERT INTO temp.{name}{trigger.group('columns')} {trigger.group('select')} "
            "d.rid IN (SELECT value FROM json_each(?))")
    return name, fill


def matching(connection: Connection, match: str, rids: list[int], reach: int) -> list[int] | None:
    """The newest `reach` of `rids` that the FTS5 expression `match` finds, newest first, checked on those documents
    alone; None when it cannot be checked so (see the module)."""
    made = _statements(connection)
    if made is None:
        return None
    name, fill = made
    connection.exec_driver_sql(f"INSERT INTO temp.{name}({name}) VALUES ('delete-all')")
    connection.exec_driver_sql(fill, (json.dumps(rids),))
    return [rid for (rid,) in connection.exec_driver_sql(
        f"SELECT rowid FROM temp.{name} WHERE {name} MATCH ? ORDER BY rowid DESC LIMIT ?", (match, reach))]
