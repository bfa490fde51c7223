"""The document lists' query: what a list may be sorted by, and the statement of one page in one order.

Every kind and sort has its index (migration 0011): the kind, the sort as `sort_expression` writes it, the tie-break
`rid`, then the filtered columns. The statement orders by exactly that, so that a page is read by walking the index
and stopping after the page, with each filter tested on the index entry; a list of every kind merges the kinds'
walks. tests/cache/test_list_plans.py checks the plan of every sort and filter.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import Column, ColumnElement, func, literal_column, select, union_all
from sqlalchemy.sql import Select
from sqlalchemy.sql.visitors import replacement_traverse

from client.cache.schema import documents
from client.cache.search import DocumentFilter
from sync.protocol.domain import DocumentKind

__all__ = ["SORTABLE", "SORT_KEY", "list_statement", "sort_expression"]

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


def list_statement(where: DocumentFilter, order_by: str, descending: bool, limit: int, offset: int = 0) -> Select:
    """One page of the documents matching the filter in the given order.

    Ties go newest row first when descending, oldest first when ascending: the index holds `(sort, rid)` in one
    direction, and `sort ASC, rid DESC` would sort every row of an equal value (Urgency "none" is most of a million
    documents). A list of every kind is each kind's walk, merged: SQLite reads a compound `ORDER BY` by merging
    its parts in that order, each from its own index, and stops at the page's end."""
    if where.kind is not None:
        return _one_kind(where, order_by, descending).limit(limit).offset(offset)
    parts = [_one_kind(replace(where, kind=str(kind)), order_by, descending, keyed=True) for kind in DocumentKind]
    merged = union_all(*parts)
    key, rid = literal_column(SORT_KEY), literal_column("rid")
    ordering = [key.desc(), rid.desc()] if descending else [key.asc(), rid.asc()]
    return merged.order_by(*ordering).limit(limit).offset(offset)  # type: ignore[return-value]


def _one_kind(where: DocumentFilter, order_by: str, descending: bool, keyed: bool = False) -> Select:
    column = sort_expression(order_by)
    conditions = [replacement_traverse(c, {}, _not_for_lookup) for c in replace(where, kind=None).conditions()]
    if where.kind is not None:  # the one filter the index is entered by
        conditions.insert(0, documents.c.kind == where.kind)
    statement = select(documents, column.label(SORT_KEY)) if keyed else select(documents)
    statement = statement.where(*conditions)
    if keyed:
        return statement  # a part of a compound statement is ordered by the compound
    ordering = [column.desc(), documents.c.rid.desc()] if descending else [column.asc(), documents.c.rid.asc()]
    return statement.order_by(*ordering)


def _not_for_lookup(element: Any) -> ColumnElement[Any] | None:
    """A filter's column as `+column`, which SQLite never looks rows up by.

    Left to itself, the planner (no statistics) takes any index on a filtered column, `(kind, issued_date)` or
    `(status, deadline)`, and then either sorts every matching row or reads each row it passes to test the other
    filters. With `+` the index left is the list's own, in the sort's order, whose entries hold the filtered
    columns: a filter is tested there and only the rows shown are read."""
    if isinstance(element, Column) and element.table is documents:
        return literal_column(f"+{documents.name}.{element.name}", type_=element.type)
    return None
