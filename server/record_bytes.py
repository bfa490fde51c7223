"""Running a page query with each record's body coming back as the UTF-8 bytes stored, not as a str.

A page splices 500 stored bodies into its answer. Read as text, psycopg decodes them from UTF-8 and the page
encodes them again: about 2 ms of a page's CPU for nothing. On PostgreSQL the query runs on the driver's own
cursor with a loader that hands the `json` column over as bytes (only on that cursor; the connection's other
readers still get parsed JSON). SQLite gives text, encoded once here.
"""

from __future__ import annotations

from typing import Any

from psycopg.adapt import Buffer, Loader
from sqlalchemy import Connection, Select, Text, cast
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

from server.models import Record


class _StoredBytes(Loader):
    def load(self, data: Buffer) -> bytes:
        return bytes(data)


class BodyQuery:
    """A page query whose column `body` is the record body: the stored JSON bytes, or None (an outer join)."""

    def __init__(self, build: Any, body: int) -> None:
        # `build(column)` makes the SELECT with `column` as the body: JSON as stored on PostgreSQL, text on SQLite
        # (where SQLAlchemy would otherwise parse it).
        self.body = body
        self.postgres_sql = str(build(Record.data).compile(dialect=PGDialect_psycopg()))
        self.portable: Select[Any] = build(cast(Record.data, Text))

    def rows(self, conn: Connection, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        if conn.dialect.name == "postgresql":
            driver: Any = conn.connection.driver_connection
            with driver.cursor() as cursor:
                cursor.adapters.register_loader("json", _StoredBytes)
                cursor.execute(self.postgres_sql, params)
                return list(cursor.fetchall())
        body = self.body
        return [(*row[:body], None if row[body] is None else row[body].encode(), *row[body + 1:])
                for row in conn.execute(self.portable, params)]
