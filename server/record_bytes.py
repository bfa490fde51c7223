"""Running a page query with each record's body coming back as the UTF-8 bytes stored, not as a str.

A page splices 500 stored bodies into its answer. Read as text, psycopg decodes them from UTF-8 and the page
encodes them again: about 2 ms of a page's CPU for nothing. On PostgreSQL the query runs on the driver's own
cursor with loaders that hand the `json` column, and the `text` of an item PostgreSQL already wrote out, over as
bytes (only on that cursor; the connection's other readers still get parsed JSON and str). SQLite gives text,
encoded once here.

On PostgreSQL a page query also writes each plain item (a record sent as stored, the common case) as its JSON
bytes, in the column `item`: the database concatenates the few values around the stored body in C, where Python
spent more than a millisecond a page formatting them and building rows to do it. Every other row (a removal, a
secret document, a record above the ceiling) comes with `item` NULL and its columns, for the rules in Python.
"""

from __future__ import annotations

from typing import Any

from psycopg.adapt import Buffer, Loader
from sqlalchemy import Connection, Select, Text, cast, literal_column
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.sql.elements import ColumnElement

from server.models import Record


class _StoredBytes(Loader):
    def load(self, data: Buffer) -> bytes:
        return bytes(data)


def joined(*parts: Any) -> ColumnElement[str]:
    """Parts concatenated in SQL (`||`): str parts are SQL literals (JSON punctuation and keys), the rest are cast
    to text. Literals, not parameters, so the statement compiled once needs no values for them."""
    out: Any = None
    for part in parts:
        if isinstance(part, str):
            if "'" in part or "%" in part:  # neither quoting nor the driver's %-placeholders are handled here
                raise ValueError(f"not a plain literal: {part!r}")
            piece: ColumnElement[str] = literal_column(f"'{part}'", Text)
        else:
            piece = cast(part, Text)
        out = piece if out is None else out.op("||")(piece)
    return out


class BodyQuery:
    """A page query whose column `body` is the record body (the stored JSON bytes, or None: an outer join, or an
    item the database wrote) and whose second column is the item PostgreSQL wrote as bytes, or None."""

    def __init__(self, build: Any, body: int) -> None:
        # `build(body, in_database)` makes the SELECT with `body` as the body column: JSON as stored on PostgreSQL,
        # text on SQLite (where SQLAlchemy would otherwise parse it); with `in_database` PostgreSQL writes the items.
        self.body = body
        compiled = build(Record.data, True).compile(dialect=PGDialect_psycopg())
        self.postgres_sql = str(compiled)
        # The constants the statement holds as parameters (the rule's words and levels), with their values.
        self.postgres_constants = {name: value for name, value in compiled.params.items() if value is not None}
        self.portable: Select[Any] = build(cast(Record.data, Text), False)

    def rows(self, conn: Connection, params: dict[str, Any], *, in_database: bool = True) -> list[tuple[Any, ...]]:
        """The rows; `in_database=False` runs the portable query (every item left to Python) on any backend."""
        if conn.dialect.name == "postgresql" and in_database:
            driver: Any = conn.connection.driver_connection
            with driver.cursor() as cursor:
                cursor.adapters.register_loader("json", _StoredBytes)
                cursor.adapters.register_loader("text", _StoredBytes)
                cursor.execute(self.postgres_sql, {**self.postgres_constants, **params})
                return list(cursor.fetchall())
        body = self.body
        return [(*row[:body], None if row[body] is None else row[body].encode(), *row[body + 1:])
                for row in conn.execute(self.portable, params)]
