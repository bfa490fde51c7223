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
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, select
from sqlalchemy.sql import Select

from client.cache.lists import SORT_KEY, SORTABLE, list_statement, overdue_tasks_statement, tasks_statement
from client.cache.profile import OpenProfile
from client.cache.records import TaskRecord
from client.cache.schema import documents
from client.cache.search import DocumentFilter
from client.cache.store import NewDocument
from client.cache.textfold import sort_key
from client.office.registers import RegisterRange, register_statement
from sync.protocol.domain import DOCUMENT_STATUSES, DocumentKind, Secrecy, TaskStatus, Urgency
from tests.cache.conftest import document

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


def plan_of(connection: Connection, statement: Select) -> list[str]:
    compiled = statement.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    parameters = tuple(compiled.params[name] for name in compiled.positiontup or ())
    return [str(row[3]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", parameters)]


def unindexed(plan: list[str]) -> list[str]:
    """The steps of a plan that grow with the whole set: a sort of all its rows, or a table read end to end."""
    return [step for step in plan
            if "USE TEMP B-TREE FOR ORDER BY" in step
            or (step.startswith("SCAN documents") and "INDEX" not in step)]


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
        for name, fields in filters(kind):
            for descending in (False, True):
                statement = list_statement(DocumentFilter(kind=kind, **fields), order_by, descending, limit=200)
                plan = plan_of(connection, statement)
                if unindexed(plan) or not any("USING INDEX" in step for step in plan):
                    failures.append(f"{name}, {'descending' if descending else 'ascending'}: {plan}")
    assert failures == []


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k or "all-kinds")
@pytest.mark.parametrize("order_by", SORTABLE)
def test_pages_follow_the_sort_with_ties_in_the_sorts_direction(stocked: OpenProfile, kind: str | None,
                                                               order_by: str) -> None:
    store = stocked.store
    where = DocumentFilter(kind=kind)

    def key(row: dict[str, Any]) -> tuple[bool, Any, int]:
        value = sort_key(row[order_by] or "") if order_by in ("summary", "issuing_body") else row[order_by]
        return value is not None, value, row["rid"]  # SQLite puts NULL first when ascending

    for descending in (False, True):
        whole = store.list_documents(where, order_by=order_by, descending=descending, limit=1000)
        pages = [row for offset in range(0, len(whole), 3)
                 for row in store.list_documents(where, order_by=order_by, descending=descending, limit=3,
                                                 offset=offset)]
        assert pages == whole
        assert len(whole) == store.count_documents(where) > 0
        assert all(SORT_KEY not in row for row in whole)
        assert [key(row) for row in whole] == sorted(map(key, whole), reverse=descending)


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
    with stocked.engine.connect() as connection:
        listed = plan_of(connection, tasks_statement(resolution, status).limit(1000))
        overdue = plan_of(connection, overdue_tasks_statement(date(2026, 11, 25)).limit(500))
    assert [step for step in listed + overdue if "TEMP B-TREE" in step or step == "SCAN tasks"] == []


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
    assert [row["id"] for row in drafts] == [row["id"] for row in sorted(
        (r for r in store.list_documents(limit=1000) if r["status"] == "draft"),
        key=lambda r: (sort_key(r["summary"]), r["rid"]))]
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
