"""Snapshot pages are fetched and checked on a thread of their own while the page before is stored (issue 17): a
bad later page is refused with the same error as a bad first page, the pages before it stay stored with the token
that follows them (their indexes built), and the next run goes on from there."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from client.cache.deferred_indexes import DEFERRED
from client.cache.keys import KdfParams
from client.cache.profile import OpenProfile, Profiles, UnitInfo
from sync.engine import ProtocolError
from sync.protocol.domain import UnitLevel
from tests.sync.test_hostile_server import UNIT, FakeServer, Reply, _doc, _json, bad_answers, empty_feed, engine_for

FIRST_PAGE = 3
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")  # a bad page makes new ids per call


def paged(first: list[dict[str, Any]], second: Callable[[str], Reply]) -> Callable[[str], Reply]:
    """Page one holds `first` and points to page two, which `second` answers; page one has page two's cursor when
    it has one (a changed cursor is a refusal of its own)."""
    items = [{"entity": "document", "id": r["id"], "version": 1, "record": r} for r in first]
    try:
        cursor = json.loads(second("/v1/sync/snapshot?page_token=p2")[2])["cursor"]
    except (ValueError, TypeError, KeyError):
        cursor = 5

    def answer(path: str) -> Reply:
        if parse_qs(urlsplit(path).query).get("page_token") == ["p2"]:
            return second(path)
        return _json({"records": items, "cursor": cursor, "next_page_token": "p2"})

    return answer


def refusal(fake: FakeServer, opened: OpenProfile) -> ProtocolError:
    fake.routes["/v1/sync/changes"] = empty_feed()
    with pytest.raises(ProtocolError) as refused:
        engine_for(opened, fake.url, max_response_bytes=1024 * 1024).run()
    return refused.value


def stored_cursor(opened: OpenProfile) -> int:
    with opened.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT value FROM sync_cursors WHERE name = 'snapshot.cursor'").scalar_one())


def new_profile(tmp_path: Any, name: str) -> OpenProfile:
    profiles = Profiles(tmp_path / name, kdf=KdfParams.fast_for_tests())
    return profiles.create("clerk", "mat-khau-123", UnitInfo(UNIT, "XA", "Xã", UnitLevel.COMMUNE))


@pytest.mark.parametrize("case", list(bad_answers()))
def test_a_bad_later_page_is_refused_as_a_first_one_and_the_pages_before_it_stay(case: str, tmp_path: Any) -> None:
    bad = bad_answers()[case]["/v1/sync/snapshot"]
    fake = FakeServer()
    alone, later = new_profile(tmp_path, "alone"), new_profile(tmp_path, "later")
    try:
        fake.routes["/v1/sync/snapshot"] = bad
        first = refusal(fake, alone)
        good = [_doc(str(uuid.uuid4()), summary=f"Văn bản số {i}") for i in range(FIRST_PAGE)]
        fake.routes["/v1/sync/snapshot"] = paged(good, bad)
        second = refusal(fake, later)
        assert (second.code, UUID.sub("<id>", str(second))) == (first.code, UUID.sub("<id>", str(first)))
        with later.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM documents").scalar() == FIRST_PAGE
            assert conn.exec_driver_sql("SELECT value FROM sync_cursors WHERE name = 'snapshot.token'").scalar() == "p2"
            assert conn.exec_driver_sql("SELECT 1 FROM sync_state WHERE name = ?", (DEFERRED,)).first() is None
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'van'").scalar() == FIRST_PAGE
        # The server mends its page: the next run asks for page two only and finishes the snapshot.
        fake.routes["/v1/sync/snapshot"] = paged([], lambda _p: _json({"records": [
            {"entity": "document", "id": doc["id"], "version": 1, "record": doc} for doc in
            [_doc(str(uuid.uuid4()))]], "cursor": stored_cursor(later), "next_page_token": None}))
        engine_for(later, fake.url).run()
        with later.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM documents").scalar() == FIRST_PAGE + 1
            assert conn.exec_driver_sql("SELECT value FROM sync_cursors WHERE name = 'feed'").scalar() is not None
    finally:
        alone.close()
        later.close()
        fake.close()
