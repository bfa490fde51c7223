"""Many new rows of one table inserted through the driver, up to 500 rows per statement (issue 17).

SQLAlchemy Core's `execute(insert(table), rows)` builds the parameters of each row through its compiler and
execution context: with the snapshot's indexes deferred, that per-row work was about a third of storing a page.
Here the statement is compiled by SQLAlchemy once per table and set of columns, and each value goes through the
very bind processor SQLAlchemy would apply (dates, times, JSON, booleans). A column a row leaves out gets what
SQLAlchemy's insert of that row alone would store: its Python-side default, or NULL. So the stored rows are the
same, byte for byte, and in the same order, so the row ids that break ties in sorted lists follow the page
(tests/cache/test_bulk_insert.py). A table whose missing column has a database-side default, or a default that
is neither a plain value nor a plain function, keeps SQLAlchemy's own path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import JSON, Column, Connection, Date, DateTime, Table, Text, bindparam, insert
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault

Row = dict[str, Any]
# One parameter of the prepared statement: its column, the value when a row leaves it out, the bind processor.
_Part = tuple[str, Callable[[], Any], Callable[[Any], Any] | None]
_NULL = object()
_ABSENT = object()  # the row has no such key (`None` is a value)
_plans: dict[tuple[int, tuple[str, ...], frozenset[str], int], tuple[str, list[_Part]] | None] = {}
# Rows per INSERT, fewer when their parameters would pass SQLite's limit (its default since 3.32).
ROWS_PER_STATEMENT = 500
MAX_PARAMETERS = 32_766


def insert_rows(conn: Connection, table: Table, rows: Sequence[Row], *, as_text: frozenset[str] = frozenset()) -> None:
    """Insert `rows` (each a column -> value dict) into `table`, in their order; columns in `as_text` hold text
    already made (a JSON column's encoded value) and are bound as they are."""
    if not rows:
        return
    keys = tuple(dict.fromkeys(key for row in rows for key in row))
    cache_key = (id(table), keys, as_text, id(conn.dialect))
    if cache_key not in _plans:
        _plans[cache_key] = _compile(conn, table, keys, as_text)
    plan = _plans[cache_key]
    if plan is None:
        for row in rows:  # SQLAlchemy's executemany wants the same columns in every row
            conn.execute(insert(table).values({name: bindparam(name, type_=Text) for name in as_text if name in row}),
                         [row])
        return
    sql, parts = plan
    try:
        # Column by column: one comprehension per column instead of a function call per value (a page of 1,000
        # documents has 35,000 values; per value, that loop was a fifth of storing a snapshot page).
        columns = [_column(rows, part) for part in parts]
    except _Unknown:
        _plans[cache_key] = None
        insert_rows(conn, table, rows, as_text=as_text)
        return
    # Many rows per statement, not one run of the statement per row: each run of a statement whose triggers write
    # the search index makes FTS5 write what it holds as a segment of its own, so a feed page of 200 new documents
    # left the index in 8 segments, which the session's tidy then merged whole after the sync (issue 17).
    per = rows_per_statement(len(parts))
    head = sql.rpartition(" VALUES ")[0]
    for start in range(0, len(rows), per):
        count = min(per, len(rows) - start)
        values = [value for row in zip(*(column[start:start + count] for column in columns), strict=True)
                  for value in row]
        conn.exec_driver_sql(f"{head} {value_rows(len(parts), count)}", tuple(values))


def rows_per_statement(columns: int) -> int:
    """How many rows of `columns` parameters one statement carries: `ROWS_PER_STATEMENT`, fewer when their
    parameters would pass SQLite's limit."""
    return max(1, min(ROWS_PER_STATEMENT, MAX_PARAMETERS // columns))


def value_rows(columns: int, rows: int) -> str:
    """`VALUES (?, ...), ...`: `rows` rows of `columns` parameters."""
    row = "(" + ", ".join("?" * columns) + ")"
    return "VALUES " + ", ".join([row] * rows)


def _column(rows: Sequence[Row], part: _Part) -> list[Any]:
    """One column's values over the rows, as SQLAlchemy binds them."""
    name, absent, process = part
    values = [row.get(name, _ABSENT) for row in rows]
    if _ABSENT in values:
        values = [absent() if value is _ABSENT else value for value in values]
    if process is None:
        return [None if value is _NULL else value for value in values] if _NULL in values else values
    # Every value, None too, goes through the processor: a JSON column stores None as the text 'null', as there;
    # a column left out with no default is SQL NULL, never a processed None.
    return [None if value is _NULL else process(value) for value in values]


def _compile(conn: Connection, table: Table, keys: tuple[str, ...],
             as_text: frozenset[str]) -> tuple[str, list[_Part]] | None:
    dialect = conn.dialect
    if dialect.paramstyle != "qmark" or any(key not in table.c for key in keys):
        return None
    absent: dict[str, Callable[[], Any]] = {}
    for column in table.columns:
        filler = _absent(column)
        if filler is None:
            return None
        if column.key in keys or column.default is not None:
            absent[column.key] = filler
    compiled = insert(table).values({name: bindparam(name, type_=table.c[name].type) for name in absent}).compile(
        dialect=dialect)
    order = list(compiled.positiontup or [])
    if sorted(order) != sorted(absent):
        return None
    return compiled.string, [(name, absent[name], None if name in as_text else _processor(table.c[name], dialect))
                             for name in order]


_DATE = "%(year)04d-%(month)02d-%(day)02d"
_DATETIME = _DATE + " %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"


def _processor(column: Column[Any], dialect: Any) -> Callable[[Any], Any] | None:
    """SQLAlchemy's bind processor of the column, or, for the values an initial sync stores most (naive times,
    dates, empty JSON lists), a shortcut to the same text: SQLAlchemy's formatting of three times and dates and
    encoding of four JSON lists per document was a sixth of storing a page."""
    process = column.type._cached_bind_processor(dialect)
    if process is None:
        return None
    impl = column.type.dialect_impl(dialect)
    shape = getattr(impl, "_storage_format", None)
    if isinstance(impl, DateTime) and shape == _DATETIME:
        def stored_time(value: Any) -> Any:
            if type(value) is dt.datetime and value.tzinfo is None:
                return value.isoformat(" ", "microseconds")
            return process(value)
        return stored_time
    if isinstance(impl, Date) and shape == _DATE:
        def stored_date(value: Any) -> Any:
            return value.isoformat() if type(value) is dt.date else process(value)
        return stored_date
    if (isinstance(impl, JSON) and getattr(dialect, "_json_serializer", None) is None and not impl.none_as_null
            and impl._str_impl.bind_processor(dialect) is None):
        def stored_json(value: Any) -> Any:
            if value is None:
                return "null"
            return "[]" if type(value) is list and not value else process(value)
        return stored_json
    return process


class _Unknown(Exception):
    """A row leaves out a column whose value then is the database's default: SQLAlchemy's path stores it."""


def _unknown() -> Any:
    raise _Unknown


def _absent(column: Column[Any]) -> Callable[[], Any] | None:
    """What SQLAlchemy stores in a column an inserted row leaves out (None: not something known here)."""
    default = column.default
    if default is None:
        return _unknown if column.server_default is not None else lambda: _NULL
    if isinstance(default, ScalarElementColumnDefault):
        value = default.arg
        return lambda: value
    if isinstance(default, CallableColumnDefault):
        return lambda: default.arg(cast(Any, None))  # list, dict: no use of the context
    return None
