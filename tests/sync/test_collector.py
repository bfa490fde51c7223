"""The cycle collector is held back while a pull stores pages, and given back as it was (sync/engine/collector.py)."""

from __future__ import annotations

import gc
import threading
import uuid
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from client.cache.profile import OpenProfile
from client.cache.replica_pull import PullSide
from sync.engine import ProtocolError
from sync.engine.collector import PULL_THRESHOLD, fewer_collections
from tests.sync.test_hostile_server import FakeServer, _doc, _json, empty_feed, engine_for
from tests.sync.test_snapshot_pipeline import new_profile


@pytest.fixture(autouse=True)
def usual_collector() -> Iterator[None]:
    before = gc.get_threshold()
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_a_block_raises_the_threshold_freezes_what_was_there_and_gives_both_back() -> None:
    held = [object() for _ in range(10)]  # noqa: F841 (tracked objects that exist before the block)
    with fewer_collections():
        assert gc.get_threshold()[0] == PULL_THRESHOLD
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_cycles_made_inside_are_still_collected() -> None:
    class Node:
        other: Any = None

    with fewer_collections():
        first, second = Node(), Node()
        first.other, second.other = second, first
        gone = weakref.ref(first)
        del first, second
        gc.collect()
        assert gone() is None


def test_an_error_inside_gives_the_collector_back() -> None:
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("the pull failed")
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_overlapping_pulls_restore_when_the_last_one_ends() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other_pull() -> None:
        with fewer_collections():
            inside.set()
            leave.wait(10)

    other = threading.Thread(target=other_pull)
    other.start()
    assert inside.wait(10)
    with fewer_collections():
        pass
    assert gc.get_threshold()[0] == PULL_THRESHOLD  # the other pull still runs
    leave.set()
    other.join(10)
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_a_process_that_froze_its_own_objects_keeps_them_frozen() -> None:
    # the CLI freezes what starting made, for good (client/cli/main.py); a pull must not thaw it
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with fewer_collections():
            assert gc.get_threshold()[0] == PULL_THRESHOLD
        assert gc.get_freeze_count() == frozen
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.unfreeze()


def test_a_process_that_turned_collection_off_keeps_it_off() -> None:
    gc.set_threshold(0, 10, 10)
    with fewer_collections():
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == (0, 10, 10)


def test_a_real_pull_stores_its_pages_with_the_collector_held_back(tmp_path: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    store = PullSide.apply_snapshot_page

    def observed(self: PullSide, *args: Any, **kwargs: Any) -> None:
        seen.append(gc.get_threshold()[0])
        store(self, *args, **kwargs)

    monkeypatch.setattr(PullSide, "apply_snapshot_page", observed)
    fake = FakeServer()
    opened: OpenProfile = new_profile(tmp_path, "home")
    try:
        docs = [_doc(str(uuid.uuid4())) for _ in range(3)]
        fake.routes["/v1/sync/snapshot"] = lambda _path: _json({"records": [
            {"entity": "document", "id": d["id"], "version": 1, "record": d} for d in docs], "cursor": 5,
            "next_page_token": None})
        fake.routes["/v1/sync/changes"] = empty_feed()
        engine_for(opened, fake.url).run()
        assert seen == [PULL_THRESHOLD]
        assert gc.get_threshold() == (700, 10, 10)
        # and a pull that fails gives it back too
        fake.routes["/v1/sync/changes"] = lambda _path: _json({"changes": "not a list", "cursor": 5})
        with pytest.raises(ProtocolError):
            engine_for(opened, fake.url).run()
        assert gc.get_threshold() == (700, 10, 10)
        assert gc.get_freeze_count() == 0
    finally:
        opened.close()
        fake.close()
