"""The processing trail: the server records a `document_event` with each document write, in its transaction."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.server.org import Api, DemoOrg, new_document, sign_in


def _events(api: Api, doc_id: str) -> list[dict[str, Any]]:
    """The events of one document the device's feed holds, in the order the server wrote them."""
    changes = api.all_changes()
    found = [c for c in changes.values() if c["entity"] == "document_event" and c["op"] == "upsert"
             and c["record"]["document_id"] == doc_id]
    return [c["record"] for c in sorted(found, key=lambda c: c["seq"])]


def test_each_step_of_a_working_day_is_one_event_with_who_what_and_when(client: TestClient, org: DemoOrg) -> None:
    clerk = sign_in(client, "clerk_a")
    doc = new_document(clerk)["record"]
    doc_id = doc["id"]
    registered = clerk.push_one("document", "update", doc_id, 1, status="registered")
    corrected = clerk.push_one("document", "update", doc_id, registered["version"], summary="Về việc sửa đổi",
                               number_symbol="12-CV/HU")
    submitted = clerk.push_one("document", "update", doc_id, corrected["version"],
                               submitted_to_id=org.users["leader_a"])
    leader = sign_in(client, "leader_a")
    assigned = leader.push_one("document", "update", doc_id, submitted["version"], status="assigned",
                               handler_id=org.users["specialist_a"], co_handler_ids=[org.users["admin_a"]],
                               informed_ids=[org.users["clerk_a"]], direction_note="Tham mưu trả lời")
    forwarded = leader.push_one("document", "update", doc_id, assigned["version"], handler_id=org.users["admin_a"],
                                co_handler_ids=[])
    admin = sign_in(client, "admin_a")
    returned = admin.push_one("document", "update", doc_id, forwarded["version"], status="registered")
    assert returned["status"] == "applied", returned

    events = _events(leader, doc_id)
    assert [e["action"] for e in events] == ["created", "registered", "corrected", "submitted", "assigned",
                                             "forwarded", "returned"]
    assert [e["actor_name"] for e in events] == ["Clerk A"] * 4 + ["Leader A"] * 2 + ["Admin A"]
    assert events[1]["from_status"] == "received" and events[1]["to_status"] == "registered"
    assert events[2]["fields"] == ["number_symbol", "summary"]
    assert events[3]["submitted_to_id"] == org.users["leader_a"]
    assert events[4]["handler_id"] == org.users["specialist_a"]
    assert events[4]["co_handler_ids"] == [org.users["admin_a"]]
    assert events[4]["informed_ids"] == [org.users["clerk_a"]]
    assert events[4]["note"] == "Tham mưu trả lời"
    assert events[5]["handler_id"] == org.users["admin_a"] and events[5]["informed_ids"] == []
    assert events[6]["from_status"] == "assigned" and events[6]["to_status"] == "registered"
    assert all(e["at"] and e["unit_id"] == org.commune_a for e in events)


def test_a_refused_write_leaves_no_event_and_an_unchanged_write_none(client: TestClient, org: DemoOrg) -> None:
    clerk = sign_in(client, "clerk_a")
    doc_id = new_document(clerk)["record"]["id"]
    refused = clerk.push_one("document", "update", doc_id, 1, status="registered", handler_id=org.users["leader_a"])
    assert refused["status"] == "rejected", refused
    same = clerk.push_one("document", "update", doc_id, 1, summary="V/v triển khai chuyển đổi số")
    assert same["status"] == "applied" and same["version"] == 1, same
    assert [e["action"] for e in _events(clerk, doc_id)] == ["created"]


def test_events_reach_the_documents_audience_only_and_a_sending_tells_both_sides(
        client: TestClient, org: DemoOrg) -> None:
    clerk = sign_in(client, "clerk_a")
    made = clerk.push_one("document", "create", None, None, kind="outgoing", status="draft",
                          summary="Báo cáo quý", number_symbol="05-BC/ĐU")
    doc_id = made["record"]["id"]
    leader = sign_in(client, "leader_a")
    specialist = sign_in(client, "specialist_a")
    version = made["version"]
    for api, status in ((specialist, "in_review"), (leader, "signed"), (clerk, "issued")):
        result = api.push_one("document", "update", doc_id, version, status=status)
        assert result["status"] == "applied", result
        version = result["version"]
    sent = clerk.push_one("document", "update", doc_id, version, status="sent",
                          recipients=[{"name": "Đảng ủy xã Bình Minh", "unit_id": org.commune_b}])
    assert sent["status"] == "applied", sent
    mine = _events(clerk, doc_id)
    assert [e["action"] for e in mine] == ["created", "status_changed", "status_changed", "status_changed", "sent"]
    assert mine[-1]["note"] == "Đảng ủy xã Bình Minh"

    other = sign_in(client, "clerk_b")
    theirs = other.all_changes()
    assert not [c for c in theirs.values() if c["entity"] == "document_event" and c["record"]
                and c["record"]["document_id"] == doc_id]  # the sender's trail stays with the sender
    copy = next(c["record"] for c in theirs.values() if c["entity"] == "document" and c["record"]
                and c["record"].get("source_document_id") == doc_id)
    arrived = _events(other, copy["id"])
    assert [(e["action"], e["note"], e["actor_name"]) for e in arrived] == [
        ("delivered", "Đảng ủy xã An Bình", "Clerk A")]


def test_a_client_cannot_push_an_event(client: TestClient, org: DemoOrg) -> None:
    clerk = sign_in(client, "clerk_a")
    doc_id = new_document(clerk)["record"]["id"]
    forged = clerk.mutation("document_event", "append", None, None, document_id=doc_id, action="assigned",
                            actor_name="Leader A", at="2026-01-01T00:00:00+00:00")
    response = clerk.post("/v1/sync/push", json={"mutations": [forged]})
    assert response.status_code == 422, response.text
    assert [e["action"] for e in _events(clerk, doc_id)] == ["created"]


def test_snapshot_of_a_new_device_carries_the_trail(client: TestClient, org: DemoOrg) -> None:
    clerk = sign_in(client, "clerk_a")
    doc_id = new_document(clerk)["record"]["id"]
    clerk.push_one("document", "update", doc_id, 1, status="registered")
    fresh = sign_in(client, "leader_a")
    response = fresh.get("/v1/sync/snapshot", params={"limit": 1000})
    assert response.status_code == 200, response.text
    events = [r["record"] for r in response.json()["records"] if r["entity"] == "document_event"
              and r["record"]["document_id"] == doc_id]
    assert sorted(e["action"] for e in events) == ["created", "registered"]
