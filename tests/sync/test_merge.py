"""The client's three-way field merge, case by case (no cache, no server)."""

from __future__ import annotations

from typing import Any

import pytest

from sync.engine.merge import keep_local, merge_record

BASE = {"id": "r1", "version": 1, "summary": "Cũ", "deadline": "2025-03-01", "status": "received"}


def _remote(**changes: Any) -> dict[str, Any]:
    return {**BASE, "version": 2, **changes}


CASES = [
    pytest.param(_remote(), BASE, {"summary": "Mới"}, {},
                 {"summary": "Mới"}, {}, set(), [], id="edited-only-here-keeps-local"),
    pytest.param(_remote(summary="Từ máy chủ"), BASE, {}, {},
                 {"summary": "Từ máy chủ"}, {}, set(), [], id="edited-only-there-takes-remote"),
    pytest.param(_remote(summary="Giống"), BASE, {"summary": "Giống"}, {},
                 {"summary": "Giống"}, {}, {"summary"}, [], id="same-value-both-sides-is-agreement"),
    pytest.param(_remote(summary="Của họ"), BASE, {"summary": "Của tôi"}, {},
                 {"summary": "Của tôi"}, {"summary": "Của tôi"}, {"summary"}, [], id="different-values-conflict"),
    pytest.param(_remote(deadline="2025-04-01"), BASE, {"summary": "Mới"}, {},
                 {"summary": "Mới", "deadline": "2025-04-01"}, {}, set(), [], id="disjoint-edits-merge"),
    pytest.param(_remote(summary="Lần hai"), BASE, {}, {"summary": "Của tôi"},
                 {"summary": "Của tôi"}, {}, set(), ["summary"], id="open-conflict-keeps-local"),
    pytest.param(_remote(), BASE, {}, {"(delete)": True},
                 {"summary": "Cũ"}, {}, set(), [], id="open-conflict-on-a-field-the-record-lacks"),
    pytest.param(_remote(summary="Từ máy chủ"), None, {"summary": "Của tôi"}, {},
                 {"summary": "Của tôi"}, {"summary": "Của tôi"}, {"summary"}, [], id="base-missing-conflicts"),
    pytest.param(_remote(summary="Giống"), None, {"summary": "Giống"}, {},
                 {"summary": "Giống"}, {}, {"summary"}, [], id="base-missing-same-value-agrees"),
    pytest.param(_remote(status="registered", summary="Khác"), BASE, {"status": "registered", "summary": "Mới"}, {},
                 {"status": "registered", "summary": "Mới"}, {"summary": "Mới"}, {"status", "summary"}, [],
                 id="agreement-and-conflict-in-one-record"),
    pytest.param(_remote(deadline=None), BASE, {"deadline": "2025-05-01"}, {},
                 {"deadline": "2025-05-01"}, {"deadline": "2025-05-01"}, {"deadline"}, [],
                 id="cleared-there-set-here-conflicts"),
]


@pytest.mark.parametrize(("remote", "base", "held", "open_conflicts", "shows", "conflicting", "settled", "reopened"),
                         CASES)
def test_merge_record(remote: dict[str, Any], base: dict[str, Any] | None, held: dict[str, Any],
                      open_conflicts: dict[str, Any], shows: dict[str, Any], conflicting: dict[str, Any],
                      settled: set[str], reopened: list[str]) -> None:
    outcome = merge_record(remote, base, held, open_conflicts)
    assert {name: outcome.shown[name] for name in shows} == shows
    assert outcome.shown["version"] == remote["version"] and "(delete)" not in outcome.shown
    assert outcome.conflicting == conflicting
    assert outcome.settled == settled
    assert outcome.reopened == reopened


def test_merge_does_not_change_its_inputs() -> None:
    remote, held, open_conflicts = _remote(summary="Của họ"), {"summary": "Của tôi"}, {"deadline": "2025-09-09"}
    merge_record(remote, BASE, held, open_conflicts)
    assert remote == _remote(summary="Của họ") and held == {"summary": "Của tôi"}
    assert open_conflicts == {"deadline": "2025-09-09"}


@pytest.mark.parametrize(("held", "open_conflicts", "shows"), [
    pytest.param({}, {}, {"summary": "Máy chủ"}, id="nothing-held-takes-the-server-copy"),
    pytest.param({"summary": "Gõ sau"}, {}, {"summary": "Gõ sau"}, id="later-entry-keeps-its-value"),
    pytest.param({}, {"summary": "Của tôi"}, {"summary": "Của tôi"}, id="open-conflict-keeps-local"),
    pytest.param({}, {"(delete)": True}, {"summary": "Máy chủ"}, id="delete-conflict-shows-nothing"),
])
def test_keep_local_for_a_push_answer(held: dict[str, Any], open_conflicts: dict[str, Any],
                                      shows: dict[str, Any]) -> None:
    shown = keep_local(_remote(summary="Máy chủ"), held, open_conflicts)
    assert {name: shown[name] for name in shows} == shows and "(delete)" not in shown
