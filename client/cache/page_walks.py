"""One page of a list whose order is several index walks one after the other (issue 17: blank values last).

SQLite's index order puts NULL, then the empty string's sort key, before every value, so an ascending list that
shows its blank rows last is two walks or more: the valued rows in the index's order, then the blank ones. One
`UNION ALL` with a constant column to order the walks by makes SQLite sort each of them whole, so the walks are
read one after the other instead: a page takes what it can from the first walk it reaches and the rest from the
next. A walk the page starts beyond (its rows all before the offset) is counted, up to the offset, to know how far
into the next walk the page starts: that count passes the entries the page's own read has just passed, and it is
made only when that read came back empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, select

Row = dict[str, Any]


@dataclass(frozen=True)
class Walk:
    """One stretch of a list's order: `rows(limit, offset)` is the statement of that page of it, in order;
    `entries()` the same rows unordered and unlimited, as little as lets them be counted (an index-only read).
    Both are built when asked for: most pages are read from the first walk alone, and a list of every kind merges
    two dozen index ranges, whose statements take a millisecond or two to build."""

    rows: Callable[[int, int], Select[Any]]
    entries: Callable[[], Select[Any]]

    def count(self, at_most: int) -> Select[Any]:
        """How many rows the walk holds, counted up to `at_most`."""
        return select(func.count()).select_from(self.entries().limit(at_most).subquery())


def read_page(connection: Connection, walks: Sequence[Walk], limit: int, offset: int = 0) -> list[Row]:
    """Rows `offset` to `offset + limit` of the walks read one after the other."""
    page: list[Row] = []
    for walk in walks:
        wanted = limit - len(page)
        if wanted <= 0:
            break
        found = [dict(r) for r in connection.execute(walk.rows(wanted, offset)).mappings()]
        if found:
            offset = 0  # the walk held the offset's rows and these: the next walk's rows come right after
        elif offset:
            offset -= int(connection.execute(walk.count(offset)).scalar_one())
        page += found
    return page
