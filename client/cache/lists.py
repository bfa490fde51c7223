"""The document lists' query: what a list may be sorted by, and the statement of one page in one order.

Every kind and sort has its index (migration 0011): the kind, the sort as `sort_expression` writes it, the tie-break
`rid`, then the filtered columns. The statement orders by exactly that, so that a page is read by walking the index
and stopping after the page, with each filter tested on the index entry; a list of every kind merges the kinds'
walks. tests/cache/test_list_plans.py checks the plan of every sort and filter.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Column, ColumnElement, false, func, literal_column, select, union_all
from sqlalchemy.sql import Select
from sqlalchemy.sql.visitors import replacement_traverse

from client.cache.schema import documents, tasks
from client.cache.search import DocumentFilter
from sync.protocol.domain import DOCUMENT_STATUSES, Secrecy
from sync.protocol.lifecycle import TASK_FINISHED

__all__ = ["SORTABLE", "SORT_KEY", "list_statement", "overdue_tasks_statement", "sort_expression",
           "tasks_statement"]

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
SORT_KEY = "_sort_key"  # the sort's value in a list of every kind, which orders the merged kinds by it


def sort_expression(order_by: str) -> ColumnElement[Any]:
    """The SQL a list is ordered by: the column, or its Vietnamese dictionary key (`vi_key`) for text people read."""
    if order_by not in SORTABLE:
        raise ValueError(f"cannot sort by {order_by!r}; choose one of {', '.join(sorted(SORTABLE))}")
    column: ColumnElement[Any] = documents.c[order_by]
    return func.vi_key(column) if order_by in _VIETNAMESE_SORTED else column


def list_statement(where: DocumentFilter, order_by: str, descending: bool, limit: int, offset: int = 0,
                   ceiling: Secrecy = Secrecy.TUYET_MAT) -> Select:
    """One page of the documents matching the filter in the given order, in a cache that holds nothing above
    `ceiling` (the store's: a commune's holds nothing above Mật, so its lists merge two secrecy levels, not four).

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
    kinds = _kinds_holding(where.status)
    if where.kind is not None:
        kinds = [k for k in kinds if k == where.kind]
    levels = [int(where.secrecy)] if where.secrecy is not None else list(range(int(ceiling) + 1))
    unread = [where.unread] if where.unread is not None else [False, True]
    parts = [(kind, level, new) for kind in kinds for level in levels for new in unread]
    tested = _tested(where, order_by)
    if not parts:  # a status of no workflow of these kinds: nothing to walk an index for
        return _part(("", 0, False), tested).where(false()).limit(limit)
    if len(parts) == 1:
        ordering = [column.desc(), documents.c.rid.desc()] if descending else [column.asc(), documents.c.rid.asc()]
        return _part(parts[0], tested).order_by(*ordering).limit(limit).offset(offset)
    merged = union_all(*(_part(part, tested, column.label(SORT_KEY)) for part in parts))
    key: ColumnElement[Any] = literal_column(SORT_KEY)
    rid: ColumnElement[Any] = literal_column("rid")
    ordering = [key.desc(), rid.desc()] if descending else [key.asc(), rid.asc()]
    return merged.order_by(*ordering).limit(limit).offset(offset)  # type: ignore[return-value]


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
          key: ColumnElement[Any] | None = None) -> Select:
    """The documents of one kind, secrecy and unread state that pass the tests, unordered (the caller orders
    them); with `key`, the sort's value as a column, which a compound statement is ordered by."""
    kind, level, unread = entry
    columns = [documents] if key is None else [documents, key]
    return select(*columns).where(documents.c.kind == kind, documents.c.secrecy == level,
                                  documents.c.unread == unread, *tested)


def tasks_statement(resolution: str | None = None, status: str | None = None) -> Select:
    """Tasks by resolution then deadline (the tasks tree pages through all of them), from the index in that order;
    ties by row, so that pages never overlap."""
    statement = select(tasks)
    if resolution is not None:
        statement = statement.where(tasks.c.resolution_number == resolution)
    if status is not None:  # tested on each task walked: `(status, deadline)` would sort every task of it
        statement = statement.where(literal_column("+tasks.status", type_=tasks.c.status.type) == status)
    return statement.order_by(tasks.c.resolution_number, tasks.c.deadline, literal_column("tasks.rowid"))


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
