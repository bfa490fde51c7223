"""How an import recognises a record the cache already holds, so importing a bundle twice stores nothing twice.

A record is the one with the id the bundle gives it. A record without an id is recognised by what names it on
paper: a document by its issuer, number and symbol and year (a document without a number by its whole register
line: kind, type, summary, issuer and date of issue); a task by its resolution and title; a note by its document
and text; a report by its task, period and text. Text is compared after Unicode normalisation, case
folding and collapsing of spaces, so a retyped bundle still matches; diacritics count (they change the word).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, select

from client.cache.store import batched

Row = dict[str, Any]
Key = tuple[Any, ...]
DOCUMENT_KEY_COLUMNS = ("id", "kind", "number_symbol", "doc_type", "summary", "issuing_body", "issued_date",
                        "arrival_date")
TASK_KEY_COLUMNS = ("id", "resolution_number", "title")
_BATCH = 500  # bound parameters per IN list, well under SQLite's limit


def norm(text: str | None) -> str:
    """Text as compared for identity: NFC, case-folded, inner runs of spaces made one."""
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def plain(value: Any) -> str:
    """An enum member as the text a cache row holds."""
    return str(getattr(value, "value", value))


def document_key(fields: Mapping[str, Any]) -> Key:
    """A document's natural key from its fields (a record's dump or a cache row)."""
    number = norm(fields.get("number_symbol"))
    if number:
        # Numbers restart each year (and each term for Party units), so the year belongs to the key.
        day: date | None = fields.get("issued_date") or fields.get("arrival_date")
        return ("number", norm(fields.get("issuing_body")), number, day.year if day else None)
    issued = fields.get("issued_date")
    return ("register", plain(fields.get("kind")), norm(fields.get("doc_type")), norm(fields.get("summary")),
            norm(fields.get("issuing_body")), issued.isoformat() if issued else None)


def describe_document_key(key: Key) -> str:
    if key[0] == "number":
        return "same issuer, number and symbol and year"
    return "same kind, type, summary, issuer and date of issue"


def task_key(fields: Mapping[str, Any]) -> Key:
    return (norm(fields.get("resolution_number")), norm(fields.get("title")))


# Not the author: the server writes the name of the person who sent a note or report over the bundle's, so after a
# sync the bundle's author is no longer in the cache to compare with.
def note_key(fields: Mapping[str, Any]) -> Key:
    return (fields.get("document_id"), norm(fields.get("text")))


def report_key(fields: Mapping[str, Any]) -> Key:
    return (fields.get("task_id"), norm(fields.get("period_label")), norm(fields.get("text")))


def rows_where_in(connection: Connection, table: Table, column: str, values: Iterable[str],
                  columns: Sequence[str]) -> list[Row]:
    """The rows whose `column` is one of `values`, in batches of IN lists."""
    wanted = sorted(set(values))
    found: list[Row] = []
    for batch in batched(wanted, _BATCH):
        statement = select(*(table.c[name] for name in columns)).where(table.c[column].in_(batch))
        found += [dict(r) for r in connection.execute(statement).mappings()]
    return found


def rows_by_id(connection: Connection, table: Table, ids: Iterable[str], columns: Sequence[str]) -> dict[str, Row]:
    return {row["id"]: row for row in rows_where_in(connection, table, "id", ids, ("id", *columns))}


def all_rows(connection: Connection, table: Table, columns: Sequence[str]) -> list[Row]:
    """Every row's key columns: a bundle of records without ids is matched against the whole table once."""
    statement = select(*(table.c[name] for name in columns))
    return [dict(r) for r in connection.execute(statement).mappings()]
