"""The mass-purge guard decides on a run's removals as a whole, before any is applied (DESIGN principle 8).

Its own module, so its own server: the counts below depend on what the unit holds.
"""

from __future__ import annotations

import pytest

from client.cache.records import DocumentRecord, NoteRecord
from sync.engine import MassPurgeError
from sync.engine.replica import IncomingChange
from tests.sync.conftest import Device, LiveServer


class Asked:
    """A confirm_mass_purge callback that answers as told and notes what the cache held when it was asked."""

    def __init__(self, device: Device, answer: bool) -> None:
        self.device = device
        self.answer = answer
        self.calls: list[tuple[int, int]] = []
        self.held_when_asked: list[int] = []

    def __call__(self, removing: int, total: int) -> bool:
        self.calls.append((removing, total))
        self.held_when_asked.append(self.device.replica.count_records())
        return self.answer


def _hundred_then_sixty_leave(live: LiveServer, b: Device) -> list[tuple[str, int]]:
    """Bring b's cache to 100 tasks, then take 60 of them out of b's scope; b then pulls in pages of 10."""
    province = live.api("leader_tinh")
    b.sync()
    before = b.replica.count_records()
    assert before <= 40
    made = []
    for i in range(100 - before):
        created = province.push_one("task", "create", resolution_number="NQ-60", title=f"Nhiệm vụ {i}",
                                    lead_unit_id=live.org.province, cooperating_unit_ids=[live.org.commune_b])
        assert created["status"] == "applied", created
        made.append((created["record"]["id"], created["version"]))
    b.sync()
    assert b.replica.count_records() == 100
    leaving = made[:60]
    for task_id, version in leaving:
        assert province.push_one("task", "update", task_id, version, cooperating_unit_ids=[])["status"] == "applied"
    b.engine.page_size = 10
    return leaving


def _task_ids(b: Device) -> set[str]:
    return {t["id"] for t in b.store.list_tasks(limit=1000)}


def test_declining_removes_nothing_and_the_retry_asks_again(live: LiveServer, device_factory) -> None:
    b: Device = device_factory("leader_b")
    _hundred_then_sixty_leave(live, b)
    no = Asked(b, answer=False)
    with pytest.raises(MassPurgeError) as stopped:
        b.sync(confirm_mass_purge=no)
    assert no.calls == [(60, 100)] and no.held_when_asked == [100]
    assert (stopped.value.removing, stopped.value.total) == (60, 100)
    assert b.replica.count_records() == 100
    with pytest.raises(MassPurgeError):
        b.sync()  # the scheduler's retry, with no one to ask
    assert b.replica.count_records() == 100
    again = Asked(b, answer=False)
    with pytest.raises(MassPurgeError):
        b.sync(confirm_mass_purge=again)
    assert again.calls == [(60, 100)] and b.replica.count_records() == 100


def test_accepting_removes_exactly_the_ones_that_left(live: LiveServer, device_factory) -> None:
    b: Device = device_factory("leader_b")
    leaving = {task_id for task_id, _ in _hundred_then_sixty_leave(live, b)}
    staying = _task_ids(b) - leaving
    yes = Asked(b, answer=True)
    report = b.sync(confirm_mass_purge=yes)
    assert yes.calls == [(60, 100)] and yes.held_when_asked == [100]
    assert report.pull.removed == 60
    assert b.replica.count_records() == 40 and _task_ids(b) == staying
    assert b.sync(confirm_mass_purge=Asked(b, answer=True)).pull.removed == 0  # nothing left staged


def test_allow_mass_purge_still_means_yes(live: LiveServer, device_factory) -> None:
    b: Device = device_factory("leader_b")
    _hundred_then_sixty_leave(live, b)
    assert b.sync(allow_mass_purge=True).pull.removed == 60
    assert b.replica.count_records() == 40


def test_a_record_that_comes_back_is_not_removed(live: LiveServer, device_factory) -> None:
    b: Device = device_factory("leader_b")
    leaving = _hundred_then_sixty_leave(live, b)
    with pytest.raises(MassPurgeError):
        b.sync(confirm_mass_purge=Asked(b, answer=False))  # all 60 removals are staged now
    province = live.api("leader_tinh")
    back_id, _ = leaving[0]
    version = province.all_changes()[back_id]["version"]
    result = province.push_one("task", "update", back_id, version, cooperating_unit_ids=[live.org.commune_b])
    assert result["status"] == "applied", result
    yes = Asked(b, answer=True)
    report = b.sync(confirm_mass_purge=yes)
    assert yes.calls == [(59, 100)] and report.pull.removed == 59
    assert back_id in _task_ids(b) and b.replica.count_records() == 41


def test_small_removals_go_without_asking(live: LiveServer, device_factory) -> None:
    b: Device = device_factory("leader_b")
    b.sync()
    province = live.api("leader_tinh")
    created = province.push_one("task", "create", resolution_number="NQ-1", title="Một nhiệm vụ",
                                lead_unit_id=live.org.province, cooperating_unit_ids=[live.org.commune_b])
    b.sync()
    province.push_one("task", "update", created["record"]["id"], created["version"], cooperating_unit_ids=[])
    never = Asked(b, answer=False)
    assert b.sync(confirm_mass_purge=never).pull.removed == 1 and never.calls == []


def test_a_documents_notes_are_counted_with_it(live: LiveServer, device_factory) -> None:
    clerk: Device = device_factory("clerk_a")
    clerk.sync()
    before = clerk.replica.count_records()
    docs = [DocumentRecord(kind="incoming", doc_type="Công văn", summary=f"Công văn {i}") for i in range(before + 10)]
    for doc in docs:
        clerk.store.add_document(doc)
        for text in ("Đã nhận", "Trình lãnh đạo"):
            clerk.store.add_note(NoteRecord(document_id=doc.id, author_name="Lan", text=text))
    clerk.sync()
    total = clerk.replica.count_records()
    assert total == before + 3 * len(docs)
    # Only the documents' removals arrive; removing them deletes their notes too, and that is what is counted.
    clerk.replica.apply_changes([IncomingChange("document", d.id, "remove", 9, None) for d in docs],
                                clerk.replica.feed_cursor() or 0)
    assert clerk.replica.count_staged_removals() == 3 * len(docs)
    assert clerk.replica.count_records() == total  # staged, not applied
    no = Asked(clerk, answer=False)
    with pytest.raises(MassPurgeError):
        clerk.sync(confirm_mass_purge=no)
    assert no.calls == [(3 * len(docs), total)] and clerk.replica.count_records() == total
    assert clerk.sync(confirm_mass_purge=Asked(clerk, answer=True)).pull.removed == 3 * len(docs)
    assert clerk.replica.count_records() == before
