"""Assignment as commune offices do it: co-handlers and people informed, forward, return, submit to the leader."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.server.org import DemoOrg, new_document, sign_in

STRANGER = "00000000-0000-4000-8000-000000000000"


def _registered(client: TestClient) -> dict[str, Any]:
    clerk = sign_in(client, "clerk_a")
    doc = new_document(clerk)["record"]
    return clerk.push_one("document", "update", doc["id"], 1, status="registered")


def _assigned(client: TestClient, org: DemoOrg, **fields: Any) -> dict[str, Any]:
    registered = _registered(client)
    leader = sign_in(client, "leader_a")
    result = leader.push_one("document", "update", registered["record"]["id"], registered["version"],
                             status="assigned", handler_id=org.users["specialist_a"], **fields)
    assert result["status"] == "applied", result
    return result


def test_co_handlers_and_people_informed_are_people_of_the_unit_set_by_the_leader(
        client: TestClient, org: DemoOrg) -> None:
    registered = _registered(client)
    doc_id, version = registered["record"]["id"], registered["version"]
    leader = sign_in(client, "leader_a")
    for field in ("co_handler_ids", "informed_ids"):
        for stranger in (STRANGER, org.users["specialist_b"]):
            refused = leader.push_one("document", "update", doc_id, version, status="assigned",
                                      handler_id=org.users["specialist_a"], **{field: [stranger]})
            assert refused["status"] == "rejected" and refused["code"] == "unknown_handler", refused
    twice = leader.push_one("document", "update", doc_id, version, status="assigned",
                            handler_id=org.users["specialist_a"], informed_ids=[org.users["clerk_a"]] * 2)
    assert twice["status"] == "rejected" and twice["code"] == "invalid_fields", twice
    both = leader.push_one("document", "update", doc_id, version, status="assigned",
                           handler_id=org.users["specialist_a"], co_handler_ids=[org.users["specialist_a"]])
    assert both["status"] == "rejected" and "co-handler" in both["reason"], both
    for role in ("clerk_a", "specialist_a"):
        refused = sign_in(client, role).push_one("document", "update", doc_id, version,
                                                 co_handler_ids=[org.users["admin_a"]])
        assert refused["status"] == "rejected" and refused["code"] == "forbidden", refused
    applied = leader.push_one("document", "update", doc_id, version, status="assigned",
                              handler_id=org.users["specialist_a"], co_handler_ids=[org.users["admin_a"]],
                              informed_ids=[org.users["clerk_a"], org.users["leader_a"]])
    assert applied["status"] == "applied", applied
    assert applied["record"]["co_handler_ids"] == [org.users["admin_a"]]
    assert applied["record"]["informed_ids"] == [org.users["clerk_a"], org.users["leader_a"]]


def test_the_leader_forwards_and_only_the_leader(client: TestClient, org: DemoOrg) -> None:
    assigned = _assigned(client, org, co_handler_ids=[org.users["admin_a"]])
    doc_id = assigned["record"]["id"]
    specialist = sign_in(client, "specialist_a")
    started = specialist.push_one("document", "update", doc_id, assigned["version"], status="in_progress")
    refused = specialist.push_one("document", "update", doc_id, started["version"], handler_id=org.users["clerk_a"])
    assert refused["status"] == "rejected" and refused["code"] == "forbidden", refused
    leader = sign_in(client, "leader_a")
    forwarded = leader.push_one("document", "update", doc_id, started["version"], status="assigned",
                                handler_id=org.users["admin_a"], co_handler_ids=[])
    assert forwarded["status"] == "applied", forwarded
    assert forwarded["record"]["handler_id"] == org.users["admin_a"]


def test_the_main_handler_returns_the_work_and_the_handler_is_cleared(client: TestClient, org: DemoOrg) -> None:
    assigned = _assigned(client, org)
    doc_id, version = assigned["record"]["id"], assigned["version"]
    for role in ("clerk_a", "leader_a"):
        refused = sign_in(client, role).push_one("document", "update", doc_id, version, status="registered")
        assert refused["status"] == "rejected" and refused["code"] == "forbidden", refused
    returned = sign_in(client, "specialist_a").push_one("document", "update", doc_id, version, status="registered")
    assert returned["status"] == "applied", returned
    assert returned["record"]["status"] == "registered" and returned["record"]["handler_id"] is None
    assert returned["record"]["arrival_number"] == assigned["record"]["arrival_number"]  # the register keeps it
    # and the leader assigns it again
    leader = sign_in(client, "leader_a")
    again = leader.push_one("document", "update", doc_id, returned["version"], status="assigned",
                            handler_id=org.users["specialist_a"])
    assert again["status"] == "applied", again


def test_only_the_main_handler_returns(client: TestClient, org: DemoOrg) -> None:
    registered = _registered(client)
    leader = sign_in(client, "leader_a")
    # the leader hands it to the admin of the unit: the specialist is not its handler
    assigned = leader.push_one("document", "update", registered["record"]["id"], registered["version"],
                               status="assigned", handler_id=org.users["admin_a"])
    refused = sign_in(client, "specialist_a").push_one("document", "update", assigned["record"]["id"],
                                                       assigned["version"], status="registered")
    assert refused["status"] == "rejected" and "main handler" in refused["reason"], refused


def test_the_clerk_submits_to_a_leader_of_the_unit(client: TestClient, org: DemoOrg) -> None:
    registered = _registered(client)
    doc_id, version = registered["record"]["id"], registered["version"]
    clerk = sign_in(client, "clerk_a")
    for not_a_leader in (org.users["specialist_a"], org.users["leader_b"], STRANGER):
        refused = clerk.push_one("document", "update", doc_id, version, submitted_to_id=not_a_leader)
        assert refused["status"] == "rejected" and refused["code"] == "unknown_leader", refused
    for role in ("specialist_a", "leader_a"):
        refused = sign_in(client, role).push_one("document", "update", doc_id, version,
                                                 submitted_to_id=org.users["leader_a"])
        assert refused["status"] == "rejected" and refused["code"] == "forbidden", refused
    submitted = clerk.push_one("document", "update", doc_id, version, submitted_to_id=org.users["leader_a"])
    assert submitted["status"] == "applied", submitted
    assert submitted["record"]["submitted_to_id"] == org.users["leader_a"]
    assert submitted["record"]["submitted_at"]
    assert submitted["record"]["status"] == "registered"
