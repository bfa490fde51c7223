"""Blank values last in every sort, ascending as descending (issue 17: "soonest deadline first" showed a screen of
documents with no deadline first), with pages read across the boundary between the valued and the blank rows.

The sorts with blank values are read from the code (a nullable column, or a text `BLANK_BELOW` knows), and every
order is compared with the same rows sorted in Python (`in_list_order`, Vietnamese text by the same sort key).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select, update

from client.cache.lists import BLANK_BELOW, SORTABLE, list_page
from client.cache.profile import OpenProfile
from client.cache.records import TaskRecord
from client.cache.schema import documents
from client.cache.search import DocumentFilter
from client.cache.store import NewDocument
from sync.protocol.domain import DocumentKind, Secrecy, TaskStatus, Urgency
from tests.cache.conftest import document, in_list_order

WITH_BLANKS = [name for name in SORTABLE if documents.c[name].nullable or name in BLANK_BELOW]
KINDS: list[str | None] = [None, *(str(k) for k in DocumentKind)]
SUMMARIES = ["Đảng ủy xã", "Dân vận khéo", "An ninh trật tự", "Ấp văn hóa", "Ăn Tết", "bầu cử", "Bầu cử", "Ý kiến"]
BODIES = ["Huyện ủy Bát Xát", "Ban Tuyên giáo", "Đảng ủy khối", "Ủy ban nhân dân xã", None, "", "Hội Nông dân"]
NUMBERS = ["12-CV/HU", None, "01-NQ/TW", "", "57-NQ/TW", "3-TB/ĐU", None]
# What a pulled row may hold (the server does not strip text; this client's own entrances do): white space alone.
WHITE = {"summary": ["  ", "\t\u00a0"], "issuing_body": [" ", "\u3000 \t"], "number_symbol": ["   ", " "]}


@pytest.fixture
def mixed(opened: OpenProfile) -> OpenProfile:
    """Documents of every kind, read and unread, with blank and valued values in every sort, ties in each: secret
    register entries (no summary), documents with no number, issuing body, dates; a few white-space-only texts."""
    def made(n: int, kind: str) -> NewDocument:
        secret = n % 6 == 5
        return NewDocument(document(
            kind=kind, summary="" if secret else SUMMARIES[n % len(SUMMARIES)], secrecy=1 if secret else 0,
            original_location="Tủ mật" if secret else None, issuing_body=BODIES[n % len(BODIES)],
            number_symbol=NUMBERS[n % len(NUMBERS)], urgency=n % 3,
            issued_date=None if n % 4 == 3 else date(2025, 3, 1) + timedelta(days=n % 5),
            deadline=None if n % 3 else date(2025, 4, 1) + timedelta(days=n % 4),
            arrival_date=(None if n % 5 == 4 else date(2025, 3, 3) + timedelta(days=n % 3))
            if kind == "incoming" else None))

    numbered = list(enumerate([str(k) for k in DocumentKind for _ in range(14)]))
    opened.store.add_documents(made(n, kind) for n, kind in numbered if n % 2)
    opened.store.add_documents((made(n, kind) for n, kind in numbered if not n % 2), local=False)  # unread
    with opened.store.writer.begin() as connection:
        rids = [r for (r,) in connection.execute(select(documents.c.rid).order_by(documents.c.rid))]
        for column, values in WHITE.items():
            for n, value in enumerate(values):
                connection.execute(update(documents).where(documents.c.rid == rids[7 * n + len(column)])
                                   .values({column: value}))
    return opened


def table_rows(opened: OpenProfile, where: DocumentFilter) -> list[dict[str, Any]]:
    with opened.engine.connect() as connection:
        return [dict(r) for r in connection.execute(select(documents).where(*where.conditions())).mappings()]


def is_blank(row: dict[str, Any], order_by: str) -> bool:
    value = row[order_by]
    return value is None or (isinstance(value, str) and not value.strip())


def pages(opened: OpenProfile, where: DocumentFilter, order_by: str, descending: bool, limit: int) -> Iterator[str]:
    offset = 0
    while page := opened.store.list_documents(where, order_by=order_by, descending=descending, limit=limit,
                                              offset=offset):
        yield from (row["id"] for row in page)
        offset += limit


def test_the_mix_holds_blank_and_valued_values_of_every_sort_with_blanks(mixed: OpenProfile) -> None:
    rows = table_rows(mixed, DocumentFilter())
    for order_by in WITH_BLANKS:
        blank = [row for row in rows if is_blank(row, order_by)]
        assert 0 < len(blank) < len(rows), order_by
        assert set(WHITE.get(order_by, [])) <= {row[order_by] for row in blank}, order_by


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k or "all-kinds")
@pytest.mark.parametrize("order_by", WITH_BLANKS)
def test_a_sort_lists_its_values_then_its_blanks_in_both_directions(mixed: OpenProfile, order_by: str,
                                                                   kind: str | None) -> None:
    where = DocumentFilter(kind=kind)
    rows = table_rows(mixed, where)
    for descending in (False, True):
        expected = [row["id"] for row in in_list_order(rows, order_by, descending)]
        listed = mixed.store.list_documents(where, order_by=order_by, descending=descending, limit=1000)
        assert [row["id"] for row in listed] == expected, descending
        shown = [is_blank(row, order_by) for row in listed]
        if not all(shown):
            assert not shown[0] and shown == sorted(shown), descending  # a value first, then every blank
        for limit in (1, 3, 7, 50):
            assert list(pages(mixed, where, order_by, descending, limit)) == expected, (descending, limit)


@pytest.mark.parametrize("order_by", WITH_BLANKS)
def test_a_page_across_the_boundary_is_the_reference_slice_at_every_offset(mixed: OpenProfile, order_by: str) -> None:
    where = DocumentFilter(kind="incoming")
    expected = [row["id"] for row in in_list_order(table_rows(mixed, where), order_by, descending=False)]
    valued = sum(not is_blank(row, order_by) for row in table_rows(mixed, where))
    for offset in sorted({0, valued - 3, valued - 1, valued, valued + 1, valued + 4, len(expected) - 1,
                          len(expected), len(expected) + 5} - {-1, -3}):
        for limit in (1, 2, 5, 40):
            page = mixed.store.list_documents(where, order_by=order_by, descending=False, limit=limit, offset=offset)
            assert [row["id"] for row in page] == expected[offset:offset + limit], (offset, limit)


FILTERS = {
    "unread": DocumentFilter(unread=True),
    "secret": DocumentFilter(secrecy=Secrecy.MAT),
    "urgent and open": DocumentFilter(kind="incoming", urgency_at_least=Urgency.KHAN, status="received"),
    "issued and unread": DocumentFilter(issued_from=date(2025, 3, 2), issued_to=date(2025, 3, 4), unread=False),
    "overdue": DocumentFilter(overdue_on=date(2025, 4, 3)),
    "type": DocumentFilter(doc_type="Công văn", kind="outgoing"),
}


@pytest.mark.parametrize("name", FILTERS)
@pytest.mark.parametrize("sorted_at_most", [None, 10**9, -1], ids=["chosen", "range sorted", "walked"])
def test_filters_and_blanks_last_together(mixed: OpenProfile, name: str, sorted_at_most: int | None) -> None:
    where = FILTERS[name]
    rows = table_rows(mixed, where)
    assert rows, name
    with mixed.engine.connect() as connection:
        for order_by in WITH_BLANKS:
            for descending in (False, True):
                expected = [row["id"] for row in in_list_order(rows, order_by, descending)]

                def page(limit: int, offset: int, o: str = order_by, d: bool = descending) -> list[str]:
                    return [row["id"] for row in list_page(connection, where, o, d, limit, offset,
                                                           sorted_at_most=sorted_at_most)]

                assert page(1000, 0) == expected, (order_by, descending)
                assert [i for offset in range(0, len(expected), 3) for i in page(3, offset)] == expected


def test_the_valued_rows_are_counted_only_for_a_page_that_starts_past_them(mixed: OpenProfile) -> None:
    where = DocumentFilter(kind="incoming")
    valued = sum(row["deadline"] is not None for row in table_rows(mixed, where))
    counts: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT COUNT("):
            counts.append(statement)

    event.listen(mixed.engine, "before_cursor_execute", seen)
    try:
        def read(offset: int) -> None:
            mixed.store.list_documents(where, order_by="deadline", descending=False, limit=4, offset=offset)

        read(0)
        read(valued - 2)  # across the boundary: the first walk's rows say where the blank ones start
        assert counts == []
        read(valued + 1)  # past every valued row: they are counted, up to the offset
        assert len(counts) == 1
    finally:
        event.remove(mixed.engine, "before_cursor_execute", seen)


def test_tasks_with_no_deadline_come_last_in_their_resolution(opened: OpenProfile) -> None:
    made = [("57-NQ/TW", None), ("18-NQ/TW", date(2026, 5, 1)), ("57-NQ/TW", date(2026, 3, 1)), ("18-NQ/TW", None),
            ("57-NQ/TW", None), ("57-NQ/TW", date(2026, 1, 1)), ("09-NQ/TW", None), ("18-NQ/TW", date(2026, 2, 1)),
            ("57-NQ/TW", date(2026, 3, 1))]
    opened.store.add_tasks([TaskRecord(resolution_number=number, title=f"Việc {n}", deadline=deadline,
                                       status=TaskStatus.IN_PROGRESS if n % 2 else TaskStatus.NOT_STARTED)
                            for n, (number, deadline) in enumerate(made)])
    order = sorted(range(len(made)), key=lambda n: (made[n][0], made[n][1] is None, made[n][1] or date.min, n))
    expected = [f"Việc {n}" for n in order]
    assert [t["title"] for t in opened.store.list_tasks(limit=100)] == expected
    for limit in (1, 2, 4):
        paged = [t["title"] for offset in range(0, len(made) + limit, limit)
                 for t in opened.store.list_tasks(limit=limit, offset=offset)]
        assert paged == expected, limit
    assert [t["title"] for t in opened.store.list_tasks(resolution="57-NQ/TW", limit=100)] == [
        title for title, n in zip(expected, order, strict=True) if made[n][0] == "57-NQ/TW"]
    assert [t["title"] for t in opened.store.list_tasks(status="in_progress", limit=100)] == [
        title for title, n in zip(expected, order, strict=True) if n % 2]
