"""The document lists' query: what a list may be sorted by, and the statement of one page in one order.

Every kind and sort has its index (migration 0011): the kind, the sort as `sort_expression` writes it, the tie-break
`rid`, then the filtered columns. The statement orders by exactly that, so that a page is read by walking the index
and stopping after the page, with each filter tested on the index entry; a list of every kind merges the kinds'
walks. tests/cache/test_list_plans.py checks the plan of every sort and filter.

An issue-date range with another sort is the one filter a walk can pass most of a million entries for: a narrow
range matches one entry in thousands, and a range is mostly recent, so a walk by a date that follows the issue date
(creation, arrival, deadline) from its other end passes every earlier year first. `list_walks` therefore counts the
range first, on the issue-date index (`LIMIT n+1`, cheap): a range of at most n documents (`_sorted_at_most`) is
read from that index and sorted (`range_statement`); a wider one is walked in the sort's order, and for a date that
follows the issue date the walk starts at the nearest value any document in the range can hold (`_lag_bound`,
migration 0013's lag indexes), so it passes only the documents issued within that lag of the range's edge.

Blank values go last in both directions, as in a spreadsheet (`BLANK_BELOW`). Walked backwards, an index already
puts them last; ascending, a list is read as the walk of the valued rows, then the walks of the blank ones
(`client.cache.page_walks`): `list_page` reads a page across them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.sql import Select
from sqlalchemy.sql.visitors import replacement_traverse

from client.cache.page_walks import Row, Walk, read_page
from client.cache.schema import documents, tasks
from client.cache.search import DocumentFilter
from client.cache.textfold import sort_key
from sync.protocol.domain import DOCUMENT_STATUSES, Secrecy
from sync.protocol.lifecycle import TASK_FINISHED
from sync.protocol.text_limits import NUMBER_SYMBOL, SHORT_TEXT, SUMMARY

__all__ = ["BLANK_BELOW", "LAGS", "SORTABLE", "SORT_KEY", "UNDATED", "blank", "list_page", "list_statement",
           "list_walks", "overdue_tasks_statement", "range_statement", "sort_expression", "task_walks"]

# What a document list may be sorted by.
SORTABLE = (
    "issued_date",
    "arrival_date",
    "deadline",
    "summary",
    "issuing_body",
    "number_symbol",
    "urgency",
    "created_at",
)
_VIETNAMESE_SORTED = {"summary", "issuing_body"}
# The sort value every blank text sorts at or below, and every other text above (NULL is blank too; a secret entry's
# summary is empty). `vi_key()` ranks white space 1, below every other character, so the key of spaces alone, as many
# as the field holds, is at or above the key of any text of white space alone and below that of any text with a
# visible character (to sort lower, it would need more leading spaces than the field holds). The number and symbol
# sort as stored: spaces alone, as many as the field holds, are at or above the empty string and any run of spaces,
# and below a text with a character from `!` up after its spaces (a text that starts with a tab or another control
# character would count as blank; this client strips what it stores, records.py).
BLANK_BELOW: dict[str, Any] = {
    "summary": sort_key(" " * SUMMARY),
    "issuing_body": sort_key(" " * SHORT_TEXT),
    "number_symbol": " " * NUMBER_SYMBOL,
}
SORT_KEY = "_sort_key"  # the sort's value in a list of every kind, which orders the merged kinds by it
# An issue-date range is read from the issue-date index and sorted when that costs less than walking the sort's index
# for it. Measured at 1,000,000 documents (bench_lists): a walk passes an entry in about 0.2 microseconds and passes
# (documents in the list) / (documents in the range) entries per row shown; reading and sorting a document of the
# range costs about 1.5 (8 with the Python `vi_key()` of a text sort). `_sorted_at_most` balances the two.
WALK_ENTRY_US = 0.2
SORTED_ROW_US = 1.5
SORTED_TEXT_ROW_US = 8.0
# The dates that follow the issue date: how many days each lies after it, as migration 0013 indexes it with the
# issue date beside (`(lag, issued_date)`). Whole days, so that a bound is exact: the creation time's day; an integer
# takes a byte or two in an index entry where a real takes eight.
LAGS = {
    "created_at": "CAST(julianday(substr(created_at, 1, 10)) - julianday(issued_date) AS INTEGER)",
    "arrival_date": "CAST(julianday(arrival_date) - julianday(issued_date) AS INTEGER)",
    "deadline": "CAST(julianday(deadline) - julianday(issued_date) AS INTEGER)",
}
# `list_statement`'s start when no document in the range has the sort's date: the walk of the dated entries would
# pass them all for nothing.
UNDATED = object()
# Distinct lags looked at before settling for the last as the bound (still a bound: no document in the range has a
# lag beyond it); each look is one index seek.
_LAG_LOOKS = 64


def sort_expression(order_by: str) -> ColumnElement[Any]:
    """The SQL a list is ordered by: the column, or its Vietnamese dictionary key (`vi_key`) for text people read."""
    if order_by not in SORTABLE:
        raise ValueError(f"cannot sort by {order_by!r}; choose one of {', '.join(sorted(SORTABLE))}")
    column: ColumnElement[Any] = documents.c[order_by]
    return func.vi_key(column) if order_by in _VIETNAMESE_SORTED else column


def blank(order_by: str, key: ColumnElement[Any]) -> ColumnElement[bool]:
    """Whether `key`, a value of the sort (its expression, or a column holding it), is blank: NULL, or a text
    with no visible character (`BLANK_BELOW`)."""
    _, *blanks = _stretches_of(order_by, key)
    return or_(*blanks) if len(blanks) > 1 else blanks[0]


def _stretches_of(order_by: str, key: ColumnElement[Any]) -> list[ColumnElement[bool]]:
    """The valued values of a sort, then its blank ones in their index order (NULL, then blank text), each as a
    condition an index range is entered by."""
    bound = BLANK_BELOW.get(order_by)
    if bound is None:
        return [key.is_not(None), key.is_(None)]
    return [key > bound, key.is_(None), key <= bound]


def list_page(connection: Connection, where: DocumentFilter, order_by: str, descending: bool, limit: int,
              offset: int = 0, ceiling: Secrecy = Secrecy.TUYET_MAT, *,
              sorted_at_most: int | None = None) -> list[Row]:
    """One page of the documents matching the filter in the given order, blank values last: `list_walks` read
    one after the other (`page_walks.read_page`). The rows may hold `SORT_KEY`, the value a merge ordered by."""
    walks = list_walks(connection, where, order_by, descending, offset + limit, ceiling,
                       sorted_at_most=sorted_at_most)
    return read_page(connection, walks, limit, offset)


def list_walks(connection: Connection, where: DocumentFilter, order_by: str, descending: bool, shown: int,
               ceiling: Secrecy = Secrecy.TUYET_MAT, *, sorted_at_most: int | None = None) -> list[Walk]:
    """The walks a list's order is read from, one after the other: `document_walks`, unless the filter holds an
    issue-date range and the sort is another, in which case the range's size decides (module docstring; `shown`:
    the rows up to the page's end). Reads a little of the indexes to decide (a bounded count, a few seeks); the
    caller runs the walks on the same connection."""
    sort_expression(order_by)  # refuses a sort the lists do not offer before anything is read
    if order_by == "issued_date" or (where.issued_from is None and where.issued_to is None):
        return document_walks(where, order_by, descending, ceiling)
    if sorted_at_most is None:
        sorted_at_most = _sorted_at_most(connection, order_by, shown)
    if _range_count(connection, where, ceiling, max(sorted_at_most + 1, 0)) <= sorted_at_most:
        return [Walk(lambda limit, offset: range_statement(where, order_by, descending, limit, offset, ceiling),
                     lambda: _range_entries(where, ceiling))]
    edge = where.issued_to if descending else where.issued_from
    # A sort that does not follow the issue date meets the range's documents spread along its walk; a date that
    # does, walked from the range's open side, meets them at once.
    if order_by not in LAGS or edge is None:
        return document_walks(where, order_by, descending, ceiling)
    lag = _lag_bound(connection, where, order_by, descending)
    return document_walks(where, order_by, descending, ceiling,
                          start=UNDATED if lag is None else _start(order_by, edge, lag, descending))


def document_walks(where: DocumentFilter, order_by: str, descending: bool, ceiling: Secrecy = Secrecy.TUYET_MAT,
                   start: Any = None) -> list[Walk]:
    """The walks of the sort's index a list is read from: descending, the index walked backwards (the blank values
    come last by themselves); ascending, the valued rows, then the blank ones (NULL, then blank text, in the
    index's order). With `start`, the valued rows' walk begins there (`list_statement`)."""
    column = sort_expression(order_by)  # refuses a sort the lists do not offer
    parts = _parts(where, ceiling)
    tested = _tested(where, order_by)
    if descending:  # walked backwards: values, then blank text, then NULL
        return [_walk(parts, tested, column, descending, _ends(order_by, descending, start), keyed=True)]
    valued, undated, *blank_text = _stretches_of(order_by, column)
    if start is UNDATED:  # no document of the range has the date: only those without it are walked
        return [_walk(parts, tested, column, descending, [[undated]], keyed=False)]
    if start is not None:
        valued = documents.c[order_by] >= start
    elif not documents.c[order_by].nullable and not blank_text:  # no blank value: the index from its start
        return [_walk(parts, tested, column, descending, [[]], keyed=True)]
    walks = [_walk(parts, tested, column, descending, [[valued]], keyed=True)]
    if documents.c[order_by].nullable:
        # ordered by row alone: with an equality on a `vi_key()` expression SQLite would sort by it all the same
        walks.append(_walk(parts, tested, column, descending, [[undated]], keyed=False))
    walks += [_walk(parts, tested, column, descending, [[condition]], keyed=True) for condition in blank_text]
    return walks


def list_statement(where: DocumentFilter, order_by: str, descending: bool, limit: int, offset: int = 0,
                   ceiling: Secrecy = Secrecy.TUYET_MAT, start: Any = None) -> Select:
    """One page of the walk of the sort's index from one end, in a cache that holds nothing above `ceiling` (the
    store's: a commune's holds nothing above Mật, so its lists merge two secrecy levels, not four): a descending
    list's order, and an ascending one's before the blank values went last (they come first in it; bench_lists
    reads it alone to compare). With `start`, the walk begins there (a sort value at or before the first document
    the filter matches, from `list_walks`), not at the end of the index; the documents with no value of the sort
    are walked beside it (alone, with `UNDATED`).

    Ties go newest row first when descending, oldest first when ascending: the index holds `(sort, rid)` in one
    direction, and `sort ASC, rid DESC` would sort every row of an equal value (Urgency "none" is most of a million
    documents).

    The index is entered by kind, secrecy and unread state; a list of several (every kind, every secrecy, read or
    not) is each one's walk, merged: SQLite reads a compound `ORDER BY` by merging its parts in that order, each
    from its own index range, and stops at the page's end. Those three are entered rather than tested on the walk
    because a walk costs about a microsecond an entry it passes: the unread documents are usually a handful among
    a million, and a secret entry's summary is empty (Law 117/2025), so by summary the secret entries are all at
    one end, and a walk from the other end would pass every other document before the first of them."""
    column = sort_expression(order_by)  # refuses a sort the lists do not offer
    walk = _walk(_parts(where, ceiling), _tested(where, order_by), column, descending,
                 _ends(order_by, descending, start), keyed=True)
    return walk.rows(limit, offset)


def _ends(order_by: str, descending: bool, start: Any) -> list[list[ColumnElement[bool]]]:
    """Where a walk of the whole index runs, each merged with the others: from `start` and, beside it, the
    documents with no value of the sort."""
    if start is None:
        return [[]]
    sort = documents.c[order_by]
    if start is UNDATED:
        return [[sort.is_(None)]]
    bounded = sort < start if descending else sort >= start
    return [[bounded], [sort.is_(None)]] if sort.nullable else [[bounded]]


def _walk(parts: list[tuple[str, int, bool]], tested: list[ColumnElement[bool]], column: ColumnElement[Any],
          descending: bool, ends: list[list[ColumnElement[bool]]], keyed: bool) -> Walk:
    """The walk of each part's index range under each of `ends`, merged by the sort then the row (`keyed`), or by
    the row alone (a stretch of one sort value)."""
    if not parts:  # a status of no workflow of these kinds: nothing to walk an index for
        return Walk(lambda limit, offset: _part(("", 0, False), tested).where(false()).limit(limit),
                    lambda: _entry(false()))
    tested_parts = [(part, [*tested, *end]) for part in parts for end in ends]

    def entries() -> Select:
        counted = [_entry(*_entered(part), *conditions) for part, conditions in tested_parts]
        return counted[0] if len(counted) == 1 else union_all(*counted)  # type: ignore[return-value]

    def rows(limit: int, offset: int) -> Select:
        by: list[ColumnElement[Any]]
        if len(tested_parts) == 1:
            by = [column, documents.c.rid] if keyed else [documents.c.rid]
            part, conditions = tested_parts[0]
            ordered = _part(part, conditions).order_by(*(c.desc() if descending else c.asc() for c in by))
            return ordered.limit(limit).offset(offset)
        by = [literal_column(SORT_KEY), literal_column("rid")] if keyed else [literal_column("rid")]
        # Past the first page the merge carries the index entries alone (row id and sort value), and only the
        # page's rows are read whole: merging whole rows read every row passed over (4-30 microseconds each: 0.2-0.45
        # s a page 50,000 rows deep at 100,000 documents, about 5 s 390,000 deep at 1,000,000). SQLite keeps the
        # merge's order through the join: no sort of the page.
        merged = union_all(*(_part(part, conditions, column.label(SORT_KEY) if keyed else None, whole=not offset)
                             for part, conditions in tested_parts))
        page = merged.order_by(*(c.desc() if descending else c.asc() for c in by)).limit(limit).offset(offset)
        if not offset:
            return page  # type: ignore[return-value]
        found = page.subquery("page")
        paged = [found.c[SORT_KEY], found.c.rid] if keyed else [found.c.rid]
        return (select(documents, *paged[:-1]).join(found, documents.c.rid == found.c.rid)
                .order_by(*(c.desc() if descending else c.asc() for c in paged)))

    return Walk(rows, entries)


def range_statement(where: DocumentFilter, order_by: str, descending: bool, limit: int, offset: int = 0,
                    ceiling: Secrecy = Secrecy.TUYET_MAT) -> Select:
    """One page of a filter with an issue-date range, read from the issue-date index and sorted: each document
    in the range (a few thousand at most, `list_walks` counted them) is read for its sort value, the page's
    row ids sorted out, and only the page's rows read whole. Ascending, the blank values after the others."""
    sort_expression(order_by)  # refuses a sort the lists do not offer
    parts = _parts(where, ceiling)
    tested = _tested(where, "issued_date")  # the range is the index's, the other filters tested on its entries
    if not parts:
        return _part(("", 0, False), tested).where(false()).limit(limit)
    # `+` keeps each part off the sort's own index: entered by the range, not walked in the sort's order
    key = (func.vi_key(literal_column(f"+{documents.name}.{order_by}")) if order_by in _VIETNAMESE_SORTED
           else literal_column(f"+{documents.name}.{order_by}"))
    found = union_all(*(select(documents.c.rid, key.label(SORT_KEY)).where(*_entered(part), *tested)
                        for part in parts)).cte("in_range").prefix_with("MATERIALIZED")

    def ordering(value: ColumnElement[Any], rid: ColumnElement[Any]) -> list[ColumnElement[Any]]:
        if descending:  # blank values sort below the others already
            return [value.desc(), rid.desc()]
        return [blank(order_by, value).asc(), value.asc(), rid.asc()]

    page = (select(found.c.rid, found.c[SORT_KEY]).order_by(*ordering(found.c[SORT_KEY], found.c.rid))
            .limit(limit).offset(offset).subquery("page"))
    return (select(documents).join(page, documents.c.rid == page.c.rid)
            .order_by(*ordering(page.c[SORT_KEY], page.c.rid)))


def _parts(where: DocumentFilter, ceiling: Secrecy) -> list[tuple[str, int, bool]]:
    """The (kind, secrecy, unread) entries of the list indexes a filter's documents lie under."""
    kinds = _kinds_holding(where.status)
    if where.kind is not None:
        kinds = [k for k in kinds if k == where.kind]
    levels = [int(where.secrecy)] if where.secrecy is not None else list(range(int(ceiling) + 1))
    unread = [where.unread] if where.unread is not None else [False, True]
    return [(kind, level, new) for kind in kinds for level in levels for new in unread]


def _sorted_at_most(connection: Connection, order_by: str, shown: int) -> int:
    """The largest range worth sorting: where reading it, `range x row`, costs what a walk for it costs,
    `shown x documents / range x entry`. The documents counted are the cache's (the last row id, one seek): a
    list of one kind holds fewer, so its walk is cheaper than this takes it to be, and each branch stays within
    about sqrt(shown x documents x entry x row), 18 ms for a text sort at 1,000,000."""
    documents_held = connection.execute(select(func.max(documents.c.rid))).scalar() or 0
    row = SORTED_TEXT_ROW_US if order_by in _VIETNAMESE_SORTED else SORTED_ROW_US
    return math.isqrt(int(shown * documents_held * WALK_ENTRY_US / row))


def _range_count(connection: Connection, where: DocumentFilter, ceiling: Secrecy, cap: int) -> int:
    """How many documents the filter matches, counted on the issue-date index up to `cap`."""
    if not _parts(where, ceiling):
        return 0
    found = _range_entries(where, ceiling).limit(cap).subquery()
    return int(connection.execute(select(func.count()).select_from(found)).scalar_one())


def _range_entries(where: DocumentFilter, ceiling: Secrecy) -> Select:
    """The documents the filter matches, one entry each of the issue-date index, unordered."""
    tested = _tested(where, "issued_date")
    found = [_entry(*_entered(part), *tested) for part in _parts(where, ceiling)] or [_entry(false())]
    return union_all(*found)  # type: ignore[return-value]


def _entry(*conditions: ColumnElement[bool], table: Any = documents) -> Select:
    """A row of the table that meets the conditions, as little as lets it be counted (an index entry)."""
    return select(literal_column("1").label("one")).select_from(table).where(*conditions)


def _lag_bound(connection: Connection, where: DocumentFilter, order_by: str, descending: bool) -> float | None:
    """The least lag (most, when descending) of the sort's date behind the issue date among the documents issued in
    the range, or a bound on it; None when no document in the range has the date.

    The lag index is walked from its end one distinct lag at a time, each looked up with the range (one seek), so a
    lag no document of the range has costs one seek however many documents hold it; after `_LAG_LOOKS` the next
    lag is a bound all the same."""
    lag = LAGS[order_by]
    order = "DESC" if descending else "ASC"
    beyond = "<" if descending else ">"
    inside = " AND ".join(["issued_date >= :low"] * (where.issued_from is not None)
                          + ["issued_date <= :high"] * (where.issued_to is not None))
    held = text(f"SELECT 1 FROM documents WHERE {lag} = :lag AND {inside} LIMIT 1")
    after = text(f"SELECT {lag} FROM documents WHERE {lag} {beyond} :lag ORDER BY {lag} {order} LIMIT 1")
    # the first lag from a bound past any: a seek, where `IS NOT NULL` would pass every document without the date
    value = connection.execute(after, {"lag": 1e300 if descending else -1e300}).scalar()
    for _ in range(_LAG_LOOKS):
        if value is None:
            return None
        if connection.execute(held, {"lag": value, "low": where.issued_from, "high": where.issued_to}).first():
            return float(value)
        value = connection.execute(after, {"lag": value}).scalar()
    return None if value is None else float(value)


def _start(order_by: str, edge: date, lag: float, descending: bool) -> Any:
    """Where the walk starts: the range's edge moved by the lag, in whole days (`LAGS` are whole days), as the
    column holds it; descending, the first value past every document of the range (the walk tests `<`)."""
    day = edge + timedelta(days=round(lag) + (1 if descending else 0))
    return datetime(day.year, day.month, day.day) if order_by == "created_at" else day


def _entered(entry: tuple[str, int, bool]) -> list[ColumnElement[bool]]:
    kind, level, unread = entry
    return [documents.c.kind == kind, documents.c.secrecy == level, documents.c.unread == unread]


def _kinds_holding(status: str | None) -> list[str]:
    """The kinds whose workflow has this status (every kind for None). The cache stores a document only in a
    status of its kind (`client.cache.records`), so a list of all kinds by status walks only those kinds' indexes:
    "in progress" is an incoming status, and a walk of every outgoing document would find none."""
    return [str(kind) for kind, statuses in DOCUMENT_STATUSES.items() if status is None or status in statuses]


def _tested(where: DocumentFilter, order_by: str) -> list[ColumnElement[bool]]:
    """The filters tested on each index entry walked: all but the kind, secrecy and unread state it is entered by.
    A range on the sort itself (dates, urgency) stays as written: it is where the walk starts and stops."""
    keep = documents.c[order_by]

    def unindexed(element: Any, **_: Any) -> Any:
        return None if element is keep else _not_for_lookup(element)

    return [replacement_traverse(c, {}, unindexed)
            for c in replace(where, kind=None, secrecy=None, unread=None).conditions()]


def _part(entry: tuple[str, int, bool], tested: list[ColumnElement[bool]],
          key: ColumnElement[Any] | None = None, *, whole: bool = True) -> Select:
    """The documents of one kind, secrecy and unread state that pass the tests, unordered (the caller orders
    them); with `key`, the sort's value as a column, which a compound statement is ordered by; not `whole`, only
    their row ids (and `key`): what the list's index holds."""
    columns: list[Any] = [documents if whole else documents.c.rid]
    if key is not None:
        columns.append(key)
    return select(*columns).where(*_entered(entry), *tested)


def task_walks(connection: Connection, resolution: str | None = None, status: str | None = None) -> list[Walk]:
    """The walks the task list is read from (the tasks tree pages through all of them): by resolution, then by
    deadline with the tasks of no deadline last, ties by row so that pages never overlap. For each resolution, the
    walk of its dated tasks on `(resolution_number, deadline)`, then of its undated ones; the resolutions are found
    on that index, a seek each (a commune follows a few)."""
    numbers = [resolution] if resolution is not None else _resolutions(connection)
    row: ColumnElement[Any] = literal_column("tasks.rowid")
    # tested on each task walked: `(status, deadline)` would sort every task of it
    tested = [] if status is None else [literal_column("+tasks.status", type_=tasks.c.status.type) == status]
    dated, undated = _stretches_of("deadline", tasks.c.deadline)
    walks = []
    for number in numbers:
        for condition, by in ((dated, [tasks.c.deadline, row]), (undated, [row])):
            chosen = [tasks.c.resolution_number == number, condition, *tested]
            walks.append(Walk(_paged(select(tasks).where(*chosen).order_by(*by)), _entries(*chosen, table=tasks)))
    return walks


def _paged(ordered: Select) -> Callable[[int, int], Select]:
    return lambda limit, offset: ordered.limit(limit).offset(offset)


def _entries(*conditions: ColumnElement[bool], table: Any) -> Callable[[], Select]:
    return lambda: _entry(*conditions, table=table)


def _resolutions(connection: Connection) -> list[str]:
    """Every resolution a task follows, in order: from the resolution index, one seek each."""
    found: list[str] = []
    while (number := connection.execute(_resolution_after(found[-1] if found else None)).scalar()) is not None:
        found.append(number)
    return found


def _resolution_after(number: str | None) -> Select:
    """The first resolution after `number` (the first of all for None)."""
    after = [] if number is None else [tasks.c.resolution_number > number]
    return select(func.min(tasks.c.resolution_number)).where(*after)


def overdue_tasks_statement(today: date) -> Select:
    """Open tasks whose deadline has passed, the most overdue first, from the deadline index."""
    finished = sorted(str(s) for s in TASK_FINISHED)
    return (select(tasks).where(tasks.c.deadline < today, tasks.c.status.not_in(finished))
            .order_by(tasks.c.deadline, literal_column("tasks.rowid")))


def _not_for_lookup(element: Any) -> ColumnElement[Any] | None:
    """A filter's column as `+column`, which SQLite never looks rows up by.

    Left to itself, the planner (no statistics) takes any index on a filtered column, `(kind, issued_date)` or
    `(status, deadline)`, and then either sorts every matching row or reads each row it passes to test the other
    filters. With `+` the index left is the list's own, in the sort's order, whose entries hold the filtered
    columns: a filter is tested there and only the rows shown are read."""
    if isinstance(element, Column) and element.table is documents:
        return literal_column(f"+{documents.name}.{element.name}", type_=element.type)
    return None
