"""Two server processes on one database, pushing to the same record at the same moment."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.config import Settings
from tests.server.org import Api, DemoOrg, new_document, sign_in
from tests.server.server_process import run_server_process

ROUNDS = 8


@pytest.fixture
def two_servers(settings: Settings, org: DemoOrg, tmp_path: Path) -> Iterator[tuple[str, str]]:
    first = run_server_process(settings, tmp_path, workers=1)
    second = run_server_process(settings, tmp_path, workers=1)
    yield next(first), next(second)
    for gen in (first, second):
        next(gen, None)


def _together(calls: list[Any]) -> list[Any]:
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


def test_simultaneous_pushes_to_one_record_lose_no_update(two_servers: tuple[str, str], org: DemoOrg) -> None:
    with httpx.Client(base_url=two_servers[0], timeout=30) as one, httpx.Client(base_url=two_servers[1],
                                                                               timeout=30) as two:
        clerk: Api = sign_in(one, "clerk_a")
        leader: Api = sign_in(two, "leader_a")
        doc = new_document(clerk)["record"]
        version = 1
        for round_no in range(ROUNDS):
            same_field = round_no % 2 == 0
            a = clerk.mutation("document", "update", doc["id"], version, summary=f"clerk {round_no}")
            fields = {"summary": f"leader {round_no}"} if same_field else {"direction_note": f"note {round_no}"}
            b = leader.mutation("document", "update", doc["id"], version, **fields)
            ra, rb = _together([lambda a=a: clerk.push(a)[0], lambda b=b: leader.push(b)[0]])
            statuses = sorted([ra["status"], rb["status"]])
            if same_field:
                assert statuses == ["applied", "conflict"], (ra, rb)
                loser = ra if ra["status"] == "conflict" else rb
                assert loser["conflicting_fields"] == ["summary"]
                version += 1
            else:
                assert statuses == ["applied", "applied"], (ra, rb)
                assert sorted([ra["version"], rb["version"]]) == [version + 1, version + 2]
                version += 2
            final = clerk.all_changes()[doc["id"]]
            assert final["version"] == version
            if not same_field:
                assert final["record"]["summary"] == f"clerk {round_no}"
                assert final["record"]["direction_note"] == f"note {round_no}"


def test_same_mutation_sent_to_both_servers_applies_once(two_servers: tuple[str, str], org: DemoOrg) -> None:
    with httpx.Client(base_url=two_servers[0], timeout=30) as one, httpx.Client(base_url=two_servers[1],
                                                                               timeout=30) as two:
        api = sign_in(one, "clerk_a")
        twin = Api(http=two, token=api.token, device_id=api.device_id, login=api.login)
        doc = new_document(api)["record"]
        m = api.mutation("document", "update", doc["id"], 1, summary="một lần duy nhất")
        ra, rb = _together([lambda: api.push(m)[0], lambda: twin.push(m)[0]])
        assert ra == rb and ra["status"] == "applied" and ra["version"] == 2
        assert api.all_changes()[doc["id"]]["version"] == 2
