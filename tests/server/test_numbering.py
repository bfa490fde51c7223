"""Register numbers by the unit's scheme: state per year, Party per type through the committee term.

Numbers are given through `server.lifecycle.number_for` on a stated day (the push path gives today's), so a year end
and a congress date can be crossed without a clock; the push path is checked for the scheme and for two devices
registering at the same moment.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.orm import Session

from server import lifecycle, organisation
from server.config import Settings
from server.db import in_write_transaction, open_database
from server.models import Record
from sync.protocol.numbering import NumberingScheme
from tests.server.org import DemoOrg, new_document, sign_in, signed_outgoing
from tests.server.server_process import run_server_process
from tests.server.test_cli_and_demo import _cli
from tests.server.test_secret_documents import _audit

MAT = 1
CONGRESS = dt.date(2025, 10, 15)


def _numbers(settings: Settings, steps: list[tuple[str, str, int, dt.date]], org: DemoOrg,
             scheme: tuple[NumberingScheme, dt.date | None] | None = None) -> list[int]:
    """Number (register, doc_type, secrecy, day) steps for commune A in order, one transaction each."""
    db = open_database(settings.database_url)
    try:
        if scheme:
            in_write_transaction(db, lambda s: organisation.set_numbering(s, "XA-A", *scheme))
        out = []
        for register, doc_type, secrecy, day in steps:
            def give(s: Session, r: str = register, t: str = doc_type, m: int = secrecy, d: dt.date = day) -> int:
                return lifecycle.number_for(s, org.commune_a, r, t, m, d)
            out.append(in_write_transaction(db, give))
        return out
    finally:
        db.engine.dispose()


def test_state_numbers_restart_on_the_first_of_january_with_secret_ones_apart(settings: Settings,
                                                                             org: DemoOrg) -> None:
    steps = [("outgoing", "Quyết định", 0, dt.date(2025, 12, 30)), ("outgoing", "Công văn", 0, dt.date(2025, 12, 31)),
             ("outgoing", "Quyết định", MAT, dt.date(2025, 12, 31)), ("outgoing", "Công văn", 0, dt.date(2026, 1, 1)),
             ("outgoing", "Quyết định", MAT, dt.date(2026, 1, 2)), ("outgoing", "Báo cáo", 0, dt.date(2026, 1, 2))]
    assert _numbers(settings, steps, org, (NumberingScheme.STATE, None)) == [1, 2, 1, 1, 1, 2]


def test_party_numbers_run_per_type_through_the_year_end_and_restart_at_the_congress(settings: Settings,
                                                                                    org: DemoOrg) -> None:
    before = CONGRESS - dt.timedelta(days=1)
    steps = [("outgoing", "Nghị quyết", 0, before),  # last of the old term
             ("outgoing", "Nghị quyết", 0, CONGRESS),  # the new term begins at 01
             ("outgoing", "Báo cáo", 0, CONGRESS),  # each type its own sequence
             ("outgoing", "Nghị quyết", MAT, dt.date(2025, 12, 31)),  # secret shares the type's sequence
             ("outgoing", "Nghị quyết", 0, dt.date(2026, 1, 1)),  # no restart on 1 January
             ("outgoing", "Báo cáo", 0, dt.date(2027, 6, 1))]
    assert _numbers(settings, steps, org, (NumberingScheme.PARTY, CONGRESS)) == [1, 1, 1, 2, 3, 2]


def test_party_arrival_numbers_still_run_per_calendar_year(settings: Settings, org: DemoOrg) -> None:
    steps = [("incoming", "Công văn", 0, dt.date(2025, 12, 31)), ("incoming", "Nghị quyết", 0, dt.date(2025, 12, 31)),
             ("incoming", "Công văn", 0, dt.date(2026, 1, 1))]
    assert _numbers(settings, steps, org, (NumberingScheme.PARTY, CONGRESS)) == [1, 2, 1]


def test_a_new_congress_date_starts_every_type_again(settings: Settings, org: DemoOrg) -> None:
    first = _numbers(settings, [("outgoing", "Kết luận", 0, dt.date(2030, 9, 1))] * 2, org,
                     (NumberingScheme.PARTY, CONGRESS))
    next_term = _numbers(settings, [("outgoing", "Kết luận", 0, dt.date(2030, 10, 20))], org,
                         (NumberingScheme.PARTY, dt.date(2030, 10, 20)))
    assert first == [1, 2] and next_term == [1]


def test_a_party_scheme_without_its_term_start_is_refused_and_changes_nothing(settings: Settings,
                                                                              org: DemoOrg) -> None:
    db = open_database(settings.database_url)
    try:
        with pytest.raises(organisation.AdminError, match="congress date"):
            in_write_transaction(db, lambda s: organisation.set_numbering(s, "XA-A", NumberingScheme.PARTY))
        with db.read() as session:
            unit = organisation.unit_by_code(session, "XA-A")
            assert (unit.numbering_scheme, unit.term_start) == ("state", None)
    finally:
        db.engine.dispose()


def test_the_push_path_numbers_a_party_units_issue_by_its_type(client: Any, settings: Settings,
                                                               org: DemoOrg) -> None:
    _numbers(settings, [], org, (NumberingScheme.PARTY, dt.date.today() - dt.timedelta(days=30)))
    clerk = sign_in(client, "clerk_a")
    numbers = []
    for doc_type, symbol in (("Nghị quyết", "01-NQ/ĐU"), ("Báo cáo", "01-BC/ĐU"), ("Nghị quyết", "02-NQ/ĐU")):
        signed = signed_outgoing(client, "a", number_symbol=symbol, doc_type=doc_type, summary="Về công tác")
        issued = clerk.push_one("document", "update", signed["record"]["id"], signed["version"], status="issued")
        numbers.append(issued["record"]["outgoing_number"])
    assert numbers == [1, 1, 2]


@pytest.fixture
def two_servers(settings: Settings, org: DemoOrg, tmp_path: Path) -> Iterator[tuple[str, str]]:
    first = run_server_process(settings, tmp_path, workers=1)
    second = run_server_process(settings, tmp_path, workers=1)
    yield next(first), next(second)
    for gen in (first, second):
        next(gen, None)


def _together(calls: list[Callable[[], Any]]) -> list[Any]:
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        results[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_two_devices_registering_at_once_get_distinct_consecutive_numbers(two_servers: tuple[str, str],
                                                                         org: DemoOrg) -> None:
    rounds = 6
    with httpx.Client(base_url=two_servers[0], timeout=30) as one, httpx.Client(base_url=two_servers[1],
                                                                               timeout=30) as two:
        first, second = sign_in(one, "clerk_a"), sign_in(two, "clerk_a")
        numbers = []
        for _ in range(rounds):
            a, b = new_document(first)["record"], new_document(second)["record"]
            results = _together([
                lambda a=a: first.push_one("document", "update", a["id"], 1, status="registered"),
                lambda b=b: second.push_one("document", "update", b["id"], 1, status="registered")])
            assert all(r["status"] == "applied" for r in results), results
            numbers += [r["record"]["arrival_number"] for r in results]
    assert sorted(numbers) == list(range(1, 2 * rounds + 1))


def test_the_numbering_command_shows_sets_audits_and_refuses_bad_input(settings: Settings, org: DemoOrg) -> None:
    shown = _cli(settings, "numbering", "XA-A")
    assert shown.returncode == 0 and "numbering state, secret register shared" in shown.stdout
    changed = _cli(settings, "numbering", "XA-A", "--scheme", "party", "--term-start", "2025-10-15")
    assert changed.returncode == 0, changed.stderr
    assert "numbering party, term from 2025-10-15, secret register shared" in changed.stdout
    audit = _audit(settings, "unit_numbering")[-1].detail
    assert audit["after"] == {"scheme": "party", "term_start": "2025-10-15", "register_separate": False}
    no_term = _cli(settings, "numbering", "XA-B", "--scheme", "party")
    assert no_term.returncode == 1 and "congress date" in no_term.stderr
    bad_day = _cli(settings, "numbering", "XA-A", "--term-start", "15/10/2025")
    assert bad_day.returncode == 2 and "write it as yyyy-mm-dd" in bad_day.stderr
    assert "term from 2025-10-15" in _cli(settings, "numbering", "XA-A").stdout  # nothing changed by the refusals


def _unit_record(settings: Settings, code: str) -> tuple[int, dict[str, Any]]:
    db = open_database(settings.database_url)
    try:
        with db.read() as session:
            unit = organisation.unit_by_code(session, code)
            record = session.get(Record, unit.id)
            assert record is not None
            return record.version, dict(record.data)
    finally:
        db.engine.dispose()


def test_the_units_record_carries_its_numbering_to_the_devices(settings: Settings, org: DemoOrg) -> None:
    _numbers(settings, [], org, (NumberingScheme.PARTY, CONGRESS))
    _version, data = _unit_record(settings, "XA-A")
    assert (data["numbering_scheme"], data["term_start"], data["secret_register_separate"]) == (
        "party", "2025-10-15", False)


def test_a_scheme_set_before_the_record_carried_it_is_published_when_the_admin_sets_it_again(
        settings: Settings, org: DemoOrg) -> None:
    db = open_database(settings.database_url)
    try:
        def as_an_older_server_left_it(session: Session) -> None:
            unit = organisation.unit_by_code(session, "XA-A")
            unit.numbering_scheme, unit.term_start, unit.secret_register_separate = "party", CONGRESS, False
            record = session.get(Record, unit.id)
            assert record is not None
            record.data = {k: v for k, v in record.data.items() if k not in ("numbering_scheme", "term_start")}
        in_write_transaction(db, as_an_older_server_left_it)
        before, _data = _unit_record(settings, "XA-A")
        in_write_transaction(db, lambda s: organisation.set_numbering(s, "XA-A", NumberingScheme.PARTY))
    finally:
        db.engine.dispose()
    version, data = _unit_record(settings, "XA-A")
    assert version == before + 1 and (data["numbering_scheme"], data["term_start"]) == ("party", "2025-10-15")
