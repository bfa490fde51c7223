"""A snapshot of several pages lands without its secondary and search indexes and builds them once at the end
(issue 17): the cache then searches and sorts exactly as one filled row by row, and a run stopped in the middle
(an error, a cancel, a killed process) leaves a cache that has them again."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from client.cache import search_builder
from client.cache.deferred_indexes import DEFERRED, _every_row
from client.cache.keys import KdfParams
from client.cache.profile import Profiles
from sync.engine import SyncCancelledError
from sync.engine.progress import CancelToken, Progress
from sync.protocol.domain import Secrecy
from tests.cache.conftest import COMMUNE, PASSWORD
from tests.server.org import new_document
from tests.sync.conftest import Device, LiveServer

SMALL_PAGE = 7
# Covers what a later migration adds (issue 17: migration 0011 adds per-column indexes): found, not named.
EXTRA_INDEX = "CREATE INDEX ix_test_kind_summary ON documents (kind, vi_key(summary))"
QUERIES = ["chuyển đổi số", "chuyen doi", "nghị quyết", "nq 57", "ubnd", "đảng ủy", "họp chi bộ", "Hà Nội",
           "Tỉnh ủy", "kế hoạch", "qd", "12"]
SUMMARIES = ["V/v triển khai chuyển đổi số", "Nghị quyết về công tác cán bộ", "Họp chi bộ tháng 3",
             "Kế hoạch kiểm tra, giám sát", "Báo cáo kết quả Đảng ủy xã", "Ủy ban nhân dân huyện Ba Vì, Hà Nội",
             "Áo dài và ào ạt", "ba bà bả bã bá bạ", "Ăn uống", "Âm nhạc"]


@pytest.fixture(scope="module")
def seeded(live: LiveServer) -> int:
    """About 60 documents of the commune: several snapshot pages of SMALL_PAGE."""
    leader = live.api("leader_a")
    count = 0
    for i in range(60):
        fields: dict[str, Any] = {"summary": f"{SUMMARIES[i % len(SUMMARIES)]} số {i}",
                                  "number_symbol": f"{i + 1}-NQ/ĐU" if i % 3 else f"{i + 1}/QĐ-UBND",
                                  "issuing_body": ["UBND tỉnh", "Đảng ủy xã", "Huyện ủy Ba Vì"][i % 3]}
        if i % 11 == 0:  # a register entry only: no summary
            result = leader.push_one("document", "create", kind="incoming", doc_type="Nghị quyết",
                                     number_symbol=fields["number_symbol"], issuing_body="Tỉnh ủy",
                                     secrecy=int(Secrecy.MAT), original_location="Tủ mật số 2")
            assert result["status"] == "applied", result
        else:
            new_document(leader, **fields)
        count += 1
    return count


def schema_objects(device: Device) -> set[tuple[str, str, str]]:
    with device.opened.engine.connect() as conn:
        return {tuple(row) for row in conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL")}


def deferred(device: Device) -> bool:
    with device.opened.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT 1 FROM sync_state WHERE name = ?", (DEFERRED,)).first() is not None


def answers(device: Device) -> dict[str, list[str]]:
    """Every query's results and every sorted list, as ids in order."""
    store = device.store
    out = {f"search {q}": [r["id"] for r in store.search(q)] for q in QUERIES}
    for column in ("summary", "issuing_body", "number_symbol", "issued_date"):
        for descending in (False, True):
            out[f"sort {column} {descending}"] = [r["id"] for r in store.list_documents(
                order_by=column, descending=descending, limit=500)]
    out["suggest"] = [store.suggest("chuyen doi sô") or ""]
    return out


def add_extra_index(device: Device) -> None:
    with device.opened.engine.execution_options(write=True).begin() as conn:
        conn.exec_driver_sql(EXTRA_INDEX)


def row_by_row(device_factory: Any) -> Device:
    """The reference: the whole snapshot in one page, so nothing is deferred."""
    device: Device = device_factory("clerk_a")
    add_extra_index(device)
    device.engine.page_size = 1000
    device.sync()
    return device


def test_deferred_indexes_give_the_same_search_and_order(seeded: int, device_factory: Any) -> None:
    reference = row_by_row(device_factory)
    device: Device = device_factory("clerk_a")
    add_extra_index(device)
    device.engine.page_size = SMALL_PAGE
    seen: list[tuple[bool, set[str]]] = []

    def watch(event: Progress) -> None:
        if event.phase == "snapshot":
            seen.append((deferred(device), {name for _t, name, _s in schema_objects(device)}))

    report = device.sync(on_progress=watch)
    assert report.pull.snapshot_records >= seeded
    # While pages landed, the sort-key indexes, the extra index and the search triggers were gone...
    assert seen[0][0] and not {"ix_documents_summary_vi", "ix_test_kind_summary", "documents_fts_ai"} & seen[0][1]
    # ...and they are back, exactly as a cache filled row by row has them.
    assert not deferred(device)
    assert schema_objects(device) == schema_objects(reference)
    expected = answers(reference)
    assert answers(device) == expected
    assert expected["search chuyển đổi số"] and expected["search nq 57"] and expected["search họp chi bộ"]
    assert expected["search Tỉnh ủy"]  # secret register entries are found by what a stub may show


def test_a_snapshot_stopped_by_an_error_builds_its_indexes_before_the_run_ends(seeded: int,
                                                                               device_factory: Any) -> None:
    reference = row_by_row(device_factory)
    device: Device = device_factory("clerk_a")
    add_extra_index(device)
    device.engine.page_size = SMALL_PAGE
    cancel = CancelToken()

    def stop_after_two_pages(event: Progress) -> None:
        if event.phase == "snapshot" and event.items_done >= 2 * SMALL_PAGE:
            cancel.cancel()

    with pytest.raises(SyncCancelledError):
        device.sync(on_progress=stop_after_two_pages, cancel=cancel)
    assert device.replica.snapshot_position() is not None  # stopped mid-snapshot
    assert not deferred(device)
    assert schema_objects(device) == schema_objects(reference)
    stored = device.store.list_documents(limit=500)
    assert stored and len(stored) < seeded
    # What landed is searchable now, as it would be in a cache filled row by row with the same records.
    first = stored[0]
    assert first["id"] in [r["id"] for r in device.store.search(first["number_symbol"])]
    device.sync()
    assert answers(device) == answers(reference)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the syncing process is forked and killed")
def test_a_process_killed_mid_snapshot_leaves_a_cache_that_rebuilds_on_open(seeded: int,
                                                                            device_factory: Any) -> None:
    reference = row_by_row(device_factory)
    device: Device = device_factory("clerk_a")
    add_extra_index(device)
    device.close()
    pid = os.fork()
    if pid == 0:  # the child: open, sync, die by SIGKILL after the second page is stored
        try:
            device.reopen()
            device.engine.page_size = SMALL_PAGE

            def die(event: Progress) -> None:
                if event.phase == "snapshot" and event.items_done >= 2 * SMALL_PAGE:
                    os.kill(os.getpid(), signal.SIGKILL)

            device.sync(on_progress=die)
        finally:
            os._exit(3)  # never reached when the kill landed
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    device.reopen()  # opening the profile builds what the killed run left dropped
    assert device.replica.snapshot_position() is not None
    assert not deferred(device)
    assert schema_objects(device) == schema_objects(reference)
    stored = device.store.list_documents(limit=500)
    assert stored and all(r["id"] in [s["id"] for s in device.store.search(r["number_symbol"])]
                          for r in stored if r["number_symbol"])
    device.engine.page_size = SMALL_PAGE
    device.sync()
    assert not deferred(device)
    assert answers(device) == answers(reference)


def test_the_search_index_is_refilled_by_its_insert_trigger_in_one_statement_or_row_by_row() -> None:
    # The refill reads the insert trigger stored in the cache; a trigger of another shape (a later migration's)
    # is not guessed at: the update trigger then indexes row by row, slower but from the same definition.
    stored = ("CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
              "INSERT INTO documents_fts(rowid, summary) SELECT d.rid, search_text(d.summary) "
              "FROM documents d WHERE d.id = new.id; END")
    assert _every_row([stored]) == ("INSERT INTO documents_fts(rowid, summary) SELECT d.rid, search_text(d.summary) "
                                    "FROM documents d WHERE 1")
    two_statements = stored.replace("; END", "; DELETE FROM documents_fts WHERE rowid = new.rid; END")
    by_name = stored.replace("d.id = new.id", "d.number_symbol = new.number_symbol")
    assert _every_row([two_statements]) is None and _every_row([by_name]) is None


def test_the_caches_own_insert_trigger_is_refilled_in_one_statement(tmp_path: Path) -> None:
    profile = Profiles(tmp_path, kdf=KdfParams.fast_for_tests()).create("lan.nt", PASSWORD, COMMUNE)
    try:
        with profile.store.engine.connect() as conn:
            stored = [sql for (sql,) in conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%documents_fts%'")]
    finally:
        profile.close()
    every = _every_row(stored)
    assert every is not None and every.rstrip().endswith("FROM documents d WHERE 1")


def fts_integrity(device: Device) -> None:
    with device.opened.engine.execution_options(write=True).begin() as conn:
        conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 0)")


def test_a_child_writes_the_search_index_beside_a_large_snapshot(
        seeded: int, device_factory: Any, search_children: list[search_builder.SearchBuilder]) -> None:
    reference = row_by_row(device_factory)  # one page: nothing deferred, no child
    started = search_children
    device: Device = device_factory("clerk_a")
    add_extra_index(device)
    device.engine.page_size = SMALL_PAGE
    device.sync()
    assert len(started) == 1 and started[0].failure is None and started[0].upto is not None
    with device.opened.engine.connect() as conn:
        last = conn.exec_driver_sql("SELECT max(rid) FROM documents").scalar_one()
    assert 10 <= started[0].upto <= last
    assert not deferred(device)
    assert schema_objects(device) == schema_objects(reference)
    assert answers(device) == answers(reference)
    fts_integrity(device)
    assert not (device.opened.folder / search_builder.SCRATCH).exists()
