"""Every document list, in every order it offers and with every filter, reads its first page from an index.

The sorts and filters are read from the query builder itself (`client.cache.lists.SORTABLE`, the fields of
`DocumentFilter`), so a sort or a filter added later is checked here without anyone editing this file. A plan that
sorts the matching rows ("USE TEMP B-TREE FOR ORDER BY") or scans the table grows with the cache: Incoming by
summary took 1.3-1.9 s at 100,000 documents before migration 0011 (bench/bench_lists.py has the figures).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, select
from sqlalchemy.sql import Select

from client.cache.lists import (
    LAGS,
    SORT_KEY,
    SORTABLE,
    _resolution_after,
    document_walks,
    list_page,
    list_walks,
    overdue_tasks_statement,
    task_walks,
)
from client.cache.page_walks import Walk
from client.cache.profile import OpenProfile
from client.cache.records import TaskRecord
from client.cache.schema import documents
from client.cache.search import DocumentFilter
from client.cache.store import NewDocument
from client.office.registers import RegisterRange, register_statement
from sync.protocol.domain import DOCUMENT_STATUSES, DocumentKind, Secrecy, TaskStatus, Urgency
from tests.cache.conftest import document, in_list_order

# One value of each type a filter field may hold: the plan does not depend on the value, only on the column.
_SAMPLES: dict[type, Any] = {str: "received", date: date(2026, 11, 25), bool: True, Secrecy: Secrecy.MAT,
                             Urgency: Urgency.KHAN}
KINDS: list[str | None] = [None, *(str(k) for k in DocumentKind)]


def _sample(field: dataclasses.Field[Any]) -> Any:
    hints = typing.get_type_hints(DocumentFilter)
    hint = hints[field.name]
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    for option in options:
        if option in _SAMPLES:
            return _SAMPLES[option]
    raise AssertionError(f"DocumentFilter.{field.name} is a {hint}: give this test a sample value of that type")


def filters(kind: str | None) -> list[tuple[str, dict[str, Any]]]:
    """Each filter the lists offer on its own, then all of them at once; a status is one of the kind's workflow
    (another kind's status finds nothing and reads nothing)."""
    fields = [f for f in dataclasses.fields(DocumentFilter) if f.name != "kind"]
    single = [(f.name, {f.name: _sample(f)}) for f in fields]
    if kind is not None:
        single = [(name, {"status": str(DOCUMENT_STATUSES[DocumentKind(kind)][0])} if name == "status" else value)
                  for name, value in single]
    return [("none", {}), *single, ("all", {name: value for _, one in single for name, value in one.items()})]


def every_list(kind: str | None, order_by: str) -> Iterator[tuple[str, list[Walk]]]:
    """Each filter of `filters(kind)` in each direction: its name and the walks its list is read from."""
    for name, fields in filters(kind):
        for descending in (False, True):
            yield (f"{name}, {'descending' if descending else 'ascending'}",
                   document_walks(DocumentFilter(kind=kind, **fields), order_by, descending))


def plan_of(connection: Connection, statement: Select) -> list[str]:
    compiled = statement.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    parameters = tuple(compiled.params[name] for name in compiled.positiontup or ())
    return [str(row[3]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", parameters)]


def unindexed(plan: list[str]) -> list[str]:
    """The steps of a plan that grow with the whole set: a sort of all its rows, or a table read end to end."""
    return [step for step in plan
            if "USE TEMP B-TREE FOR ORDER BY" in step
            or (step.startswith("SCAN documents") and "INDEX" not in step)]


def walk_plans(connection: Connection, walks: list[Walk], limit: int = 200) -> list[tuple[str, list[str]]]:
    """The plan of each walk's first page and of its count (up to a page), each named."""
    return [(f"{what} of walk {n}", plan_of(connection, statement))
            for n, walk in enumerate(walks)
            for what, statement in (("page", walk.rows(limit, 0)), ("count", walk.count(limit)))]


def not_from_an_index(plans: list[tuple[str, list[str]]]) -> list[str]:
    """The plans that sort or scan, or read no index; a count that reads any row of the table (not index-only)."""
    return [f"{name}: {plan}" for name, plan in plans
            if unindexed(plan) or not any("USING" in step and "INDEX" in step for step in plan)
            or (name.startswith("count") and any(step.startswith(("SEARCH documents", "SCAN documents"))
                                                 and "COVERING INDEX" not in step for step in plan))]


@pytest.fixture
def stocked(opened: OpenProfile) -> OpenProfile:
    """A few documents of each kind, read and unread, some of them secret register entries (no summary), with
    ties in every sort. The planner has no statistics: its choice is by the schema, whatever the rows."""
    def made(n: int, kind: str) -> NewDocument:
        secret = n % 5 == 0
        return NewDocument(document(
            kind=kind, summary="" if secret else f"Về việc {n}", issuing_body=f"Huyện ủy {n % 3}",
            number_symbol=f"{n % 4}-CV/HU", issued_date=date(2025, 1, 1) + timedelta(days=n % 6),
            deadline=date(2025, 2, 1) + timedelta(days=n % 4), urgency=n % 3, secrecy=1 if secret else 0,
            original_location="Tủ mật" if secret else None,
            arrival_date=date(2025, 1, 3) + timedelta(days=n % 5) if kind == "incoming" else None))

    numbered = list(enumerate([str(k) for k in DocumentKind for _ in range(6)]))
    opened.store.add_documents(made(n, kind) for n, kind in numbered if n % 2)
    opened.store.add_documents((made(n, kind) for n, kind in numbered if not n % 2), local=False)  # unread
    return opened


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k or "all-kinds")
@pytest.mark.parametrize("order_by", SORTABLE)
def test_every_sort_and_filter_reads_its_first_page_from_an_index(stocked: OpenProfile, kind: str | None,
                                                                  order_by: str) -> None:
    failures = []
    with stocked.engine.connect() as connection:
        for name, walks in every_list(kind, order_by):
            failures += [f"{name}, {wrong}" for wrong in not_from_an_index(walk_plans(connection, walks))]
    assert failures == []


def read_whole_rows_while_merging(plan: list[str]) -> list[str]:
    """The steps of a merged walk that read the table's rows for the entries they pass (not the index alone)."""
    if not any(step.startswith("MERGE") for step in plan):
        return []  # one index range: SQLite reads a row only when it is shown, never for the offset's rows
    return [step for step in plan if step.startswith("SEARCH documents") and "COVERING INDEX" not in step
            and "INTEGER PRIMARY KEY" not in step]


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k or "all-kinds")
@pytest.mark.parametrize("order_by", SORTABLE)
def test_a_deep_page_passes_its_offset_on_the_index_alone(stocked: OpenProfile, kind: str | None,
                                                        order_by: str) -> None:
    # A merged walk that read each row it passed cost 4-30 microseconds a row: 0.2-0.45 s for a page 50,000 rows
    # deep at 100,000 documents, 4.7-12.3 s 390,000 rows deep at 1,000,000 (bench_lists --deep).
    failures = []
    with stocked.engine.connect() as connection:
        for name, walks in every_list(kind, order_by):
            for n, walk in enumerate(walks):
                plan = plan_of(connection, walk.rows(200, 1000))
                if wrong := unindexed(plan) + read_whole_rows_while_merging(plan):
                    failures.append(f"{name}, walk {n}: {wrong}")
    assert failures == []


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k or "all-kinds")
@pytest.mark.parametrize("order_by", SORTABLE)
def test_pages_follow_the_sort_with_ties_in_the_sorts_direction(stocked: OpenProfile, kind: str | None,
                                                               order_by: str) -> None:
    store = stocked.store
    where = DocumentFilter(kind=kind)
    for descending in (False, True):
        whole = store.list_documents(where, order_by=order_by, descending=descending, limit=1000)
        pages = [row for offset in range(0, len(whole), 3)
                 for row in store.list_documents(where, order_by=order_by, descending=descending, limit=3,
                                                 offset=offset)]
        assert pages == whole
        assert len(whole) == store.count_documents(where) > 0
        assert all(SORT_KEY not in row for row in whole)
        assert [row["id"] for row in whole] == [row["id"] for row in in_list_order(whole, order_by, descending)]


def test_a_sort_the_lists_do_not_offer_is_refused_by_name(stocked: OpenProfile) -> None:
    with pytest.raises(ValueError, match="cannot sort by 'signer'"):
        stocked.store.list_documents(order_by="signer")


@pytest.mark.parametrize("kind", ["incoming", "outgoing"])
def test_a_registers_lines_come_from_an_index_in_register_order(stocked: OpenProfile, kind: str) -> None:
    where = RegisterRange(kind, date(2025, 1, 1), date(2025, 12, 31), "Xã")  # type: ignore[arg-type]
    with stocked.engine.connect() as connection:
        plan = plan_of(connection, register_statement(where))
    assert unindexed(plan) == [], plan


@pytest.mark.parametrize("resolution", [None, "57-NQ/TW"])
@pytest.mark.parametrize("status", [None, "in_progress"])
def test_the_task_lists_come_from_an_index_in_their_order(stocked: OpenProfile, resolution: str | None,
                                                          status: str | None) -> None:
    stocked.store.add_tasks([TaskRecord(resolution_number=number, title="Việc", deadline=deadline,
                                        status=TaskStatus.IN_PROGRESS)
                             for number in ("57-NQ/TW", "18-NQ/TW") for deadline in (date(2026, 3, 1), None)])
    with stocked.engine.connect() as connection:
        walks = task_walks(connection, resolution, status)
        plans = [*walk_plans(connection, walks, 1000),
                 ("overdue", plan_of(connection, overdue_tasks_statement(date(2026, 11, 25)).limit(500)))]
        plans += [(f"resolutions after {after}", plan_of(connection, _resolution_after(after)))
                  for after in (None, "18-NQ/TW")]
    assert len(walks) == (2 if resolution else 4)  # each resolution's dated tasks, then its undated ones
    assert [(name, step) for name, plan in plans for step in plan
            if "TEMP B-TREE" in step or step.startswith("SCAN tasks")] == []
    # index-only: the resolutions, and the counts but for a status (tested on each task the count passes)
    assert all("COVERING INDEX" in step for name, plan in plans
               if name.startswith("resolutions") or (name.startswith("count") and status is None)
               for step in plan if step.startswith("SEARCH tasks")), plans


def test_task_pages_never_overlap_when_deadlines_tie(opened: OpenProfile) -> None:
    opened.store.add_tasks([TaskRecord(resolution_number="57-NQ/TW", title=f"Việc {n}", deadline=date(2026, 3, 1),
                                       status=TaskStatus.IN_PROGRESS) for n in range(7)])
    whole = opened.store.list_tasks(limit=100)
    pages = [t for offset in range(0, 7, 2) for t in opened.store.list_tasks(limit=2, offset=offset)]
    assert [t["id"] for t in pages] == [t["id"] for t in whole] and len({t["id"] for t in whole}) == 7


def test_a_status_lists_every_kind_whose_workflow_has_it_and_no_other(stocked: OpenProfile) -> None:
    store = stocked.store
    drafts = store.list_documents(DocumentFilter(status="draft"), order_by="summary", descending=False)
    assert sorted({row["kind"] for row in drafts}) == ["draft", "outgoing"]
    assert [row["id"] for row in drafts] == [row["id"] for row in in_list_order(
        [r for r in store.list_documents(limit=1000) if r["status"] == "draft"], "summary", descending=False)]
    assert store.list_documents(DocumentFilter(kind="draft", status="received")) == []
    assert store.list_documents(DocumentFilter(status="no such status")) == []


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k or "all-kinds")
def test_each_filter_lists_the_documents_its_plain_conditions_match(stocked: OpenProfile, kind: str | None) -> None:
    # The list enters its index by kind, secrecy and unread state and merges the parts: it must find exactly what
    # the filter's own conditions find on the table, in every sort.
    for name, fields in filters(kind):
        where = DocumentFilter(kind=kind, **fields)
        with stocked.engine.connect() as connection:
            expected = {row[0] for row in connection.execute(select(documents.c.id).where(*where.conditions()))}
        for order_by in SORTABLE:
            listed = [row["id"] for row in stocked.store.list_documents(where, order_by=order_by, limit=1000)]
            assert sorted(listed) == sorted(expected), (name, order_by)


# Issue-date ranges with another sort (issue 17): `list_walks` counts the range on the issue-date index, then either
# sorts the range (a few thousand at most) or walks the sort's index, from the range's edge moved by the least lag
# for a date that follows the issue date. Each branch is forced here by its threshold; the choice between them is
# by cost (bench/bench_lists.py).
RANGES = {
    "inside": (date(2025, 1, 2), date(2025, 1, 4)),
    "one day": (date(2025, 1, 1), date(2025, 1, 1)),
    "from": (date(2025, 1, 3), None),
    "to": (None, date(2025, 1, 2)),
    "empty": (date(2030, 1, 1), date(2030, 12, 31)),
}
BRANCHES = {"sorted": 10**9, "walked": -1}  # -1: walked even when the range is empty


@pytest.mark.parametrize("branch", BRANCHES)
@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k or "all-kinds")
def test_an_issue_date_range_reads_from_an_index_and_sorts_at_most_the_range(stocked: OpenProfile, kind: str | None,
                                                                             branch: str) -> None:
    failures = []
    with stocked.engine.connect() as connection:
        for order_by in SORTABLE:
            for name, fields in [("range", {}), *filters(kind)]:
                fields = {**fields, "issued_from": date(2025, 1, 2), "issued_to": date(2025, 1, 4)}
                for descending in (False, True):
                    walks = list_walks(connection, DocumentFilter(kind=kind, **fields), order_by, descending, 200,
                                       sorted_at_most=BRANCHES[branch])
                    plans = walk_plans(connection, walks)
                    pages = [plan for name, plan in plans if name.startswith("page")]
                    sorted_range = any("MATERIALIZE in_range" in plan for plan in pages)
                    searched = [step for plan in pages for step in plan
                                if step.startswith(("SEARCH documents", "SCAN documents"))]
                    wrong = (not searched or any("INDEX" not in step and "PRIMARY KEY" not in step
                                                      for step in searched)
                             # sorted: one walk, each part entered by the range on an index, only the range sorted
                             or (sorted_range and (len(walks) != 1 or not all(
                                 "issued_date>" in step or "issued_date=" in step or "rowid=?" in step
                                 for step in searched)))
                             or (not sorted_range and not_from_an_index(plans))
                             or (order_by != "issued_date" and sorted_range != (branch == "sorted"))
                             # walked by a date that follows the issue date: from the range's edge, not the end
                             or (order_by in LAGS and not sorted_range
                                 and not any(f"{order_by}{'<' if descending else '>'}?" in step
                                             for step in pages[0])))
                    if wrong:
                        failures.append(f"{order_by}, {name}, {'desc' if descending else 'asc'}: {plans}")
    assert failures == []


@pytest.mark.parametrize("branch", BRANCHES)
@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k or "all-kinds")
def test_a_range_lists_what_its_conditions_match_in_the_sorts_order_page_by_page(stocked: OpenProfile,
                                                                                kind: str | None, branch: str) -> None:
    with stocked.engine.connect() as connection:
        for low, high in RANGES.values():
            for name, fields in [("range", {}), *filters(kind)]:
                where = DocumentFilter(kind=kind, **{**fields, "issued_from": low, "issued_to": high})
                table = [dict(r) for r in connection.execute(select(documents).where(*where.conditions())).mappings()]
                for order_by in SORTABLE:
                    for descending in (False, True):
                        expected = [row["id"] for row in in_list_order(table, order_by, descending)]

                        def page(offset: int, limit: int, w: DocumentFilter = where, o: str = order_by,
                                 d: bool = descending) -> list[str]:
                            return [row["id"] for row in list_page(connection, w, o, d, limit, offset,
                                                                   sorted_at_most=BRANCHES[branch])]

                        assert page(0, 1000) == expected, (low, high, name, order_by, descending)
                        if name == "range":
                            assert [i for offset in range(0, len(expected), 4) for i in page(offset, 4)] == expected


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("looks", [64, 1])
def test_a_walk_from_the_ranges_edge_misses_no_document_whatever_its_lag(opened: OpenProfile, descending: bool,
                                                                        looks: int, monkeypatch: Any) -> None:
    # Arrival a day or two after issue for most documents; in the range, one that arrived a year before its issue
    # date (ascending: it comes first) or a year after (descending); outside it, many lags beyond both.
    monkeypatch.setattr("client.cache.lists._LAG_LOOKS", looks)
    issued = date(2025, 6, 1)
    made = [document(issued_date=issued + timedelta(days=n % 20), arrival_date=issued + timedelta(days=n % 20 + 1),
                     summary=f"Về việc {n}") for n in range(30)]
    made += [document(issued_date=date(2020, 1, 1), arrival_date=date(2020, 1, 1) + timedelta(days=lag),
                      summary=f"Ngoài {lag}") for lag in (*range(-400, -380), *range(380, 400))]
    made.append(document(issued_date=issued + timedelta(days=5), arrival_date=issued + timedelta(days=5 - 365),
                         summary="Đến sớm"))
    made.append(document(issued_date=issued + timedelta(days=6), arrival_date=issued + timedelta(days=6 + 365),
                         summary="Đến muộn"))
    opened.store.add_documents(NewDocument(d) for d in made)
    where = DocumentFilter(kind="incoming", issued_from=issued, issued_to=issued + timedelta(days=10))
    with opened.engine.connect() as connection:
        first = [row["summary"] for row in list_page(connection, where, "arrival_date", descending, limit=3,
                                                     sorted_at_most=-1)]
    assert first[0] == ("Đến muộn" if descending else "Đến sớm")
    listed = opened.store.list_documents(where, order_by="arrival_date", descending=descending, limit=100)
    assert len(listed) == opened.store.count_documents(where) == 23  # 21 of the 30, the early and the late


def test_the_lag_of_each_dated_sort_is_read_from_its_own_index(stocked: OpenProfile) -> None:
    with stocked.engine.connect() as connection:
        for order_by, lag in LAGS.items():
            seek = connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN SELECT 1 FROM documents WHERE {lag} = 1 AND issued_date >= '2025-01-01' "
                f"AND issued_date <= '2025-12-31' LIMIT 1").all()
            step = connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN SELECT {lag} FROM documents WHERE {lag} > 1 ORDER BY {lag} LIMIT 1").all()
            assert "COVERING INDEX" in seek[0][3] and "<expr>=? AND issued_date>?" in seek[0][3], (order_by, seek)
            assert "COVERING INDEX" in step[0][3] and "<expr>>?" in step[0][3], (order_by, step)


def test_a_range_none_of_whose_documents_has_the_date_walks_only_the_undated(opened: OpenProfile) -> None:
    # Outgoing documents have no arrival date: a range holding only them, listed by arrival date with every kind,
    # must not walk the incoming documents' dated entries (all outside the range) to find nothing.
    issued = date(2025, 6, 1)
    opened.store.add_documents(NewDocument(document(kind="incoming", issued_date=date(2020, 1, 1) + timedelta(days=n),
                                                    arrival_date=date(2020, 1, 2) + timedelta(days=n)))
                               for n in range(10))
    opened.store.add_documents(NewDocument(document(kind="outgoing", issued_date=issued + timedelta(days=n % 5),
                                                    summary=f"Đi {n}")) for n in range(8))
    where = DocumentFilter(issued_from=issued, issued_to=issued + timedelta(days=10))
    with opened.engine.connect() as connection:
        for descending in (False, True):
            walks = list_walks(connection, where, "arrival_date", descending, 50, sorted_at_most=-1)
            plans = walk_plans(connection, walks, 50)
            searched = [step for _, plan in plans for step in plan if step.startswith("SEARCH documents")]
            assert searched and all("arrival_date=?" in step for step in searched), plans  # IS NULL, entered
            listed = [row["summary"] for row in list_page(connection, where, "arrival_date", descending, 50,
                                                          sorted_at_most=-1)]
            assert sorted(listed) == sorted(f"Đi {n}" for n in range(8))
