"""The server's copy of each synced record (`base`): what the three-way merge compares the user's unsent edits
with, what a refused change puts back, what the processing trail is walked from.

A document's copy is kept in `document_bases`, keyed by the document's rid, not in the documents table. The copy
is the whole record as JSON, 795 bytes on average and most of a row, and the documents table is what each list
index and the search index are built from at the end of a snapshot: with the copies in it, every one of those
builds read them too. Apart, the end of an initial sync of 1,000,003 records took 63.5 s instead of 84.0 s
(issue 17). Units, people and tasks, with far fewer rows and indexes, keep theirs in their `base` column.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.sql import ColumnElement, FromClause

from client.cache.bulk_insert import rows_per_statement, value_rows
from client.cache.schema import document_bases, documents
from client.cache.store import batched

Row = dict[str, Any]


def has_base(table: Table) -> bool:
    """Whether `table`'s records keep a server copy (notes, events and reports do not)."""
    return table is documents or "base" in table.c


def base_source(table: Table) -> tuple[ColumnElement[Any], FromClause]:
    """The column holding `table`'s server copies, and the FROM clause that selects it beside `table`'s own
    columns (a record without a copy reads None)."""
    if table is documents:
        return document_bases.c.base, documents.outerjoin(document_bases, document_bases.c.rid == documents.c.rid)
    return table.c.base, table


def read_base(conn: Connection, table: Table, record_id: str) -> Row | None:
    """The server's copy of one record, None when there is none (or no such record)."""
    base, source = base_source(table)
    found: Row | None = conn.execute(select(base).select_from(source).where(table.c.id == record_id)).scalar()
    return found


def read_bases(conn: Connection, table: Table, ids: Iterable[str]) -> dict[str, Row | None]:
    """The records of `ids` that `table` holds, each with its server copy (None when it has none)."""
    # Through the driver, the statement made once per table and size: SQLAlchemy's building of an `IN` of 500
    # values was two thirds of the asking for a snapshot's pages, whose records are all new (0.17 s against
    # 0.07 s for 100,000 documents).
    found: dict[str, Row | None] = {}
    for chunk in batched(list(ids), 500):
        for record_id, text in conn.exec_driver_sql(_read_sql(table.name, has_base(table), len(chunk)),
                                                    tuple(chunk)):
            found[record_id] = None if text is None else json.loads(text)
    return found


def write_bases(conn: Connection, table: Table, bases: Sequence[tuple[str, Row | str]]) -> None:
    """Store the server's copy of records `table` already holds: (id, the record or its JSON text), replacing the
    copy each had. One statement per 500 records, the rows in the given order (a snapshot's new documents get
    their copies appended in rid order)."""
    if not bases:
        return
    per = rows_per_statement(2)
    for start in range(0, len(bases), per):
        chunk = bases[start:start + per]
        parameters: list[Any] = []
        for record_id, base in chunk:
            parameters += (record_id, base if isinstance(base, str) else json.dumps(base))
        conn.exec_driver_sql(_write_sql(table.name, len(chunk)), tuple(parameters))


@functools.lru_cache(maxsize=16)
def _read_sql(table: str, keeps_base: bool, rows: int) -> str:
    given = ", ".join("?" * rows)
    if table == documents.name:
        return (f'SELECT d.id, b.base FROM documents d LEFT JOIN "{document_bases.name}" b ON b.rid = d.rid '
                f"WHERE d.id IN ({given})")
    return f'SELECT id, {"base" if keeps_base else "NULL"} FROM "{table}" WHERE id IN ({given})'


@functools.lru_cache(maxsize=16)
def _write_sql(table: str, rows: int) -> str:
    given = f"WITH incoming(id, base) AS ({value_rows(2, rows)}) "
    if table == documents.name:
        # The incoming rows drive the join (CROSS JOIN keeps SQLite from choosing otherwise): one lookup of the
        # document's rid each. `WHERE true` is SQLite's way to tell the upsert clause from a join constraint.
        return (given + f'INSERT INTO "{document_bases.name}" (rid, base) SELECT documents.rid, incoming.base '
                "FROM incoming CROSS JOIN documents ON documents.id = incoming.id WHERE true "
                "ON CONFLICT (rid) DO UPDATE SET base = excluded.base")
    return given + f'UPDATE "{table}" SET base = incoming.base FROM incoming WHERE "{table}".id = incoming.id'
