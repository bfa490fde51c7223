"""Who may lead and cooperate on a task: a commune assigns only within itself, upper units assign downward."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from sync.protocol.lifecycle import task_units_error
from tests.server.org import Api, DemoOrg, sign_in


def _task(api: Api, lead: str, cooperating: list[str] | None = None) -> dict[str, Any]:
    return api.push_one("task", "create", resolution_number="57-NQ/TW", title="Số hóa hồ sơ", lead_unit_id=lead,
                        cooperating_unit_ids=cooperating or [])


def test_a_commune_assigns_only_within_itself(client: TestClient, org: DemoOrg) -> None:
    commune = sign_in(client, "leader_a")
    for lead, cooperating in ((org.commune_b, [org.province]), (org.commune_a, [org.commune_b]),
                              (org.province, [])):
        refused = _task(commune, lead, cooperating)
        assert refused["status"] == "rejected" and refused["code"] == "forbidden", refused
        assert "below it" in refused["reason"]
    assert _task(commune, org.commune_a)["status"] == "applied"


def test_an_upper_unit_assigns_downward_and_not_upward(client: TestClient, org: DemoOrg) -> None:
    province = sign_in(client, "leader_tinh")
    task = _task(province, org.commune_a, [org.commune_b, org.province])
    assert task["status"] == "applied", task
    commune = sign_in(client, "leader_a")  # the lead unit may edit the task, but not hand it sideways
    moved = commune.push_one("task", "update", task["record"]["id"], task["version"], lead_unit_id=org.commune_b)
    assert moved["status"] == "applied"  # still below the owner (the province): allowed


def test_an_update_may_not_reach_outside_the_owner(client: TestClient, org: DemoOrg) -> None:
    commune = sign_in(client, "leader_a")
    task = _task(commune, org.commune_a)
    moved = commune.push_one("task", "update", task["record"]["id"], task["version"],
                             cooperating_unit_ids=[org.commune_b])
    assert moved["status"] == "rejected" and moved["code"] == "forbidden"


def test_the_rule_is_one_function_in_the_protocol() -> None:
    assert task_units_error("xa", ["xa"], ()) is None
    refusal = task_units_error("xa", ["xa", "xa-ben"], ())
    assert refusal is not None and refusal.code == "task_units_out_of_reach"
    assert dict(refusal.params) == {"units": ["xa-ben"]}
    assert task_units_error("tinh", ["xa", "tinh"], {"huyen", "xa"}) is None
